from __future__ import annotations

import pytest

from wirecoder.article import Article
from wirecoder.readers.dateline import apply_dateline, find_dateline


@pytest.mark.parametrize(
    "text, place, agency, dateline_text, month_day",
    [
        ("BELGRADE, September 6. /TASS/. Relations between", "BELGRADE", "TASS",
         "BELGRADE, September 6. /TASS/.", (9, 6)),
        ("KYIV (Reuters) - Ukraine said on Monday", "KYIV", "Reuters", "KYIV (Reuters) -", None),
        ("WASHINGTON, Jan 5 (Reuters) - The Senate", "WASHINGTON", "Reuters",
         "WASHINGTON, Jan 5 (Reuters) -", (1, 5)),
        ("BELGRADE, Serbia (AP) — Serbia's president", "BELGRADE", "AP", "BELGRADE, Serbia (AP) —", None),
        ("PARIS (AFP) - France will", "PARIS", "AFP", "PARIS (AFP) -", None),
        ("BEIJING, Sept. 6 (Xinhua) -- China and", "BEIJING", "Xinhua", "BEIJING, Sept. 6 (Xinhua) --", (9, 6)),
        ("ANKARA (AA) - Turkey's foreign minister", "ANKARA", "Anadolu", "ANKARA (AA) -", None),
        # a region of several words, accented capitals, an agency without a separator
        ("PORT LOUIS, Trinidad and Tobago (AP) — The", "PORT LOUIS", "AP",
         "PORT LOUIS, Trinidad and Tobago (AP) —", None),
        ("CIUDAD JUÁREZ, Mexico (AP) — Truck drivers", "CIUDAD JUÁREZ", "AP",
         "CIUDAD JUÁREZ, Mexico (AP) —", None),
        ("SÃO PAULO (Reuters) - Brazil's", "SÃO PAULO", "Reuters", "SÃO PAULO (Reuters) -", None),
        ("COX\u2019S BAZAR, Bangladesh (AP) \u2014 The", "COX\u2019S BAZAR", "AP",
         "COX\u2019S BAZAR, Bangladesh (AP) \u2014", None),
        ("KINSHASA, Democratic Republic of the Congo (AFP) - The", "KINSHASA", "AFP",
         "KINSHASA, Democratic Republic of the Congo (AFP) -", None),
        ("PARIS (AFP)France will", "PARIS", "AFP", "PARIS (AFP)", None),
        ("NEW YORK — The mayor said", "NEW YORK", None, "NEW YORK", None),
        ("MOSCOW: Russia's foreign ministry", "MOSCOW", None, "MOSCOW", None),
        # a bare dateline with a date (the month matched in any case), and a plain hyphen
        ("WASHINGTON, Sept. 4 — The Senate", "WASHINGTON", None, "WASHINGTON, Sept. 4", (9, 4)),
        ("SOFIA, June 26 — Bulgaria will", "SOFIA", None, "SOFIA, June 26", (6, 26)),
        ("SOFIA - Bulgaria will never", "SOFIA", None, "SOFIA", None),
        ("SOFIA, June 26 - Bulgaria will", "SOFIA", None, "SOFIA, June 26", (6, 26)),
        ("BELGRADE, Serbia - Serbia's president", "BELGRADE", None, "BELGRADE, Serbia", None),
    ],
)
def test_dateline_forms(text, place, agency, dateline_text, month_day):
    found = find_dateline(text)
    assert found is not None
    assert found.dateline.place == place
    assert found.dateline.agency == agency
    assert found.dateline.span.text == dateline_text
    assert text[found.dateline.span.start : found.dateline.span.end] == dateline_text
    assert (found.month, found.day) == (month_day or (None, None))


@pytest.mark.parametrize(
    "text",
    [
        "Despite foreign pressure, Serbia will never impose sanctions on Russia.",
        "US President Joe Biden: no comment.",
        "The president (AP) said nothing.",
        # a plain hyphen after capitals that are no place opens a headline, not a dateline
        "NATO - The alliance said",
        "EXCLUSIVE - Bulgaria will never back down",
        "UPDATE 2 - Serbia says",
        "",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_year_from_partial_metadata_gives_published():
    art = apply_dateline(Article(text="BELGRADE, September 6. /TASS/. Text.", published="2024"))
    assert art.published == "2024-09-06"
    assert art.published_source == "dateline"
    assert art.outlet == "TASS"


def test_without_year_no_published_is_invented():
    art = apply_dateline(Article(text="BELGRADE, September 6. /TASS/. Text."))
    assert art.published is None and art.published_source is None
    assert art.dateline is not None and art.dateline.place == "BELGRADE"


def test_full_metadata_date_is_kept():
    art = apply_dateline(
        Article(text="BELGRADE, September 6. /TASS/. Text.", published="2024-09-07", published_source="html")
    )
    assert art.published == "2024-09-07" and art.published_source == "html"


def test_dateline_with_year_gives_published():
    art = apply_dateline(Article(text="WASHINGTON, March 3, 2023 (AP) — The House voted."))
    assert art.published == "2023-03-03" and art.published_source == "dateline"


def test_dateline_agency_wins_over_the_host_site():
    art = apply_dateline(Article(text="KYIV (Reuters) - Text here.", outlet="The Guardian"))
    assert (art.outlet, art.site) == ("Reuters", "The Guardian")
    assert art.dateline.agency == "Reuters"


def test_a_known_site_is_kept_and_an_own_agency_is_no_host():
    art = apply_dateline(Article(text="KYIV (Reuters) - Text.", outlet="Metro Daily", site="metro.example"))
    assert (art.outlet, art.site) == ("Reuters", "metro.example")
    art = apply_dateline(Article(text="KYIV (Reuters) - Text.", outlet="Reuters"))
    assert (art.outlet, art.site) == ("Reuters", None)
    art = apply_dateline(Article(text="NEW YORK — The mayor said.", outlet="Metro Daily"))
    assert (art.outlet, art.site) == ("Metro Daily", None)  # no agency: the outlet stays


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("PYONGYANG (KCNA) - The party congress opened on Monday.", "KCNA"),
        ("BELGRADE (Tanjug) - The assembly met on Friday.", "Tanjug"),
        ("NEW DELHI (PTI) - The cabinet approved the bill.", "PTI"),
        ("WASHINGTON (Associated Press) - The Senate adjourned.", "AP"),
        ("ANKARA (AA) - The minister arrived on Tuesday.", "Anadolu"),
        # national wire agencies beyond the big four, from the one table
        ("VIENNA (APA) - The chancellor spoke on Monday.", "APA"),
        ("WARSAW (PAP) - The Sejm voted late on Friday.", "PAP"),
        ("PRAGUE (CTK) - The cabinet met.", "CTK"),
        ("LISBON (Lusa) - Fishermen protested.", "Lusa"),
        ("SYDNEY (AAP) - Rain fell.", "AAP"),
        ("TORONTO (CP) - Voters went to the polls.", "CP"),
        ("JAKARTA (Antara) - The ministry said.", "Antara"),
        ("RABAT (MAP) - The king received the envoy.", "MAP"),
    ],
)
def test_every_outlet_of_the_one_table_is_a_dateline_agency(text, outlet):
    # Datelines, the gazetteer and the news-medium test read one outlet table; "KCNA" and
    # "Tanjug" were known to the gazetteer but not to the dateline reader before.
    match = find_dateline(text)
    assert match is not None and match.outlet == outlet


def test_outlets_are_news_media_and_ambiguous_short_forms_stay_in_datelines():
    from wirecoder.lexicon.gazetteer import load_gazetteer
    from wirecoder.lexicon.roles import is_news_medium

    assert is_news_medium("Tanjug") and is_news_medium("the Associated Press") and is_news_medium("PTI")
    gaz = load_gazetteer()
    assert gaz.lookup("Press Trust of India").country == "IND"
    assert gaz.lookup("PTI") is None  # also a Pakistani party: a dateline form only
    assert gaz.lookup("Bloomberg") is None  # also a person's surname


@pytest.mark.parametrize(
    "text, headline",
    [
        # a headline line, a blank line, then the dateline (text dumps and feeds)
        ("Greek PM rules out new pension cuts\n\nATHENS, March 3 (Reuters) - Greece will", "Greek PM rules out new pension cuts"),
        # a headline and a byline on lines of their own
        ("Athens says no to pension cuts\nBy Maria Petrou\n\nATHENS (AP) — Greece's prime", "Athens says no to pension cuts"),
        # a byline only: no headline to keep
        ("By Maria Petrou\nATHENS (AP) — Greece's prime minister", None),
        # a byline that names the agency: not a place, and never run into the dateline
        ("Cabinet backs the bill\nBy Anna Keller, dpa\n\nATHENS (dpa) - Greece's", "Cabinet backs the bill"),
        ("By Anna Keller, APA\nATHENS (APA) - Greece's prime minister", None),
    ],
)
def test_dateline_after_headline_lines(text, headline):
    found = find_dateline(text)
    assert found is not None
    assert found.dateline.place == "ATHENS"
    span = found.dateline.span
    assert text[span.start:span.end] == span.text and span.text.startswith("ATHENS")
    assert found.headline == headline


@pytest.mark.parametrize(
    "text",
    [
        # a first paragraph that is a sentence of the story, not a headline
        "Greece will not accept new pension cuts.\n\nATHENS (AP) — The prime minister said",
        # three lines before: no longer the opening
        "One\nTwo\nThree\nATHENS (AP) — The prime minister said",
        # a headline and nothing after it
        "Greek PM rules out new pension cuts\n",
    ],
)
def test_no_dateline_after_story_sentences(text):
    assert find_dateline(text) is None


def test_headline_before_the_dateline_becomes_a_missing_title_only():
    text = "Greek PM rules out new pension cuts\n\nATHENS, March 3 (Reuters) - Greece will not."
    assert apply_dateline(Article(text=text)).title == "Greek PM rules out new pension cuts"
    assert apply_dateline(Article(text=text, title="Page title")).title == "Page title"
    assert apply_dateline(Article(text=text)).outlet == "Reuters"
