"""Page shapes of session 8 (pages written for these tests, CC0; the shapes of
``tests/fixtures/pages/more/``): a live blog whose posts are sibling ``<article>`` elements, its
summary box and feed buttons; the English edition of a German site (its labels, notices and
byline in German, ``<html lang="de">`` around ``<article lang="en">``); a byline with a role
element; an opinion page's disclaimer and an AMP page's licensing prompt. Each piece of
furniture must leave the article text, and none of the article's own sentences with it."""

from __future__ import annotations

import pytest

from wirecoder.readers import read_file
from wirecoder.readers.authors import names_in_byline
from wirecoder.readers.boilerplate import drop_boilerplate, is_boilerplate_line, is_furniture_line
from wirecoder.readers.language import reads_as_other_language

from .support import only_article

POST = """<article class="update"><time datetime="2026-05-02T{t}:00+01:00">{t}</time>
<h3>{head}</h3><p>{one}</p><p>{two}</p><div class="tools"><a href="#">Share this update</a></div></article>"""

LIVE = f"""<html lang="en"><head><title>Harbour strike: live | Estuary Echo</title>
<meta property="og:site_name" content="Estuary Echo">
<meta property="article:published_time" content="2026-05-02T08:00:00+01:00"></head><body>
<main><h1>Harbour strike: live</h1>
<div class="summary"><h2>Key points</h2><ul><li>Dockers walk out at six ports</li>
<li>Talks to resume on Monday</li></ul></div>
<button>Show 2 new updates</button>
<div class="feed">
{POST.format(t="15:20", head="Union sets out its demands",
             one="The dockers' union said on Saturday that it wanted a 7 per cent raise this year.",
             two="Its general secretary, Moira Callender, said members would stay out until the ports made an offer.")}
{POST.format(t="11:05", head="Ferries cancelled at Dunmore",
             one="All ferries from Dunmore were cancelled for the rest of the day, the operator said.",
             two="Passengers were told to rebook online or ask for a refund at the terminal.")}
</div><button>Load more updates</button></main></body></html>"""


def test_a_live_feed_of_article_posts_keeps_every_post_and_its_heading(write):
    """Before session 8 trafilatura took the first ``<article>`` for the story and then fell
    back to a whole-page pass that dropped that post's heading."""
    article = only_article(list(read_file(write("live.html", LIVE))))
    lines = article.text.split("\n")
    assert lines[0] == "Union sets out its demands"
    assert "Ferries cancelled at Dunmore" in lines
    assert any(line.startswith("Its general secretary, Moira Callender, said") for line in lines)
    assert any(line.startswith("Passengers were told to rebook") for line in lines)
    for gone in ("Key points", "Dockers walk out", "Show 2 new updates", "Share this update",
                 "Load more updates"):
        assert gone not in article.text


def test_story_cards_and_a_lone_article_are_no_feed():
    """Cards of a related rail (one dek each) and the story's own ``<article>`` stay articles."""
    import lxml.html

    from wirecoder.readers.markup import unwrap_feed_posts

    dek = "<p>A one-line teaser of the story, with enough words to be prose.</p>"
    story = ("<article><h1>Bridge reopens</h1><p>The Kelso bridge reopened to traffic on Friday "
             "after eight months of repairs, the county council said.</p><p>Engineers said the "
             "new deck would last for at least forty years.</p></article>")
    cards = "".join(f'<article class="card"><h3>Story {i}</h3>{dek}</article>' for i in range(3))
    root = lxml.html.document_fromstring(f"<html><body><main>{story}{cards}</main></body></html>")
    unwrap_feed_posts(root)
    assert len(list(root.iter("article"))) == 4
    posts = "".join(f"<article><h3>Update {i}</h3>{dek}{dek}</article>" for i in range(2))
    root = lxml.html.document_fromstring(f"<html><body><main>{posts}</main></body></html>")
    unwrap_feed_posts(root)
    assert not list(root.iter("article")) and len(list(root.iter("div"))) == 2


GERMAN_EDITION = """<html lang="de"><head><title>Port of Hamburg hires 300 | Elbkurier English</title>
<meta property="og:site_name" content="Elbkurier English"></head><body>
<nav><a href="/">Startseite</a> <a href="/en">English</a></nav>
<article lang="en"><h1>Port of Hamburg hires 300</h1>
<div class="autor">Von <a href="/a/1">Greta Holmqvist</a> und <a href="/a/2">Tobias Rennert</a></div>
<p>The port of Hamburg will hire 300 crane operators this year, its operator said on Wednesday,
as container traffic returns to pre-pandemic levels.</p>
<p class="tipp"><strong>Lesen Sie auch:</strong> Hafen: Neue Terminals für Altenwerder</p>
<p>"We have not seen demand like this in ten years," the operator's chief executive, Anke
Sommerfeld, said at a news conference.</p>
<section><h3>Kommentare (12)</h3><p>Die Kommentarfunktion ist für diesen Artikel geschlossen.</p></section>
</article></body></html>"""


def test_the_english_edition_of_a_german_site_loses_its_german_furniture(write):
    article = only_article(list(read_file(write("de.html", GERMAN_EDITION))))
    assert article.language == "en"  # the article's own lang, not the page's
    assert article.authors == ("Greta Holmqvist", "Tobias Rennert")
    for gone in ("Lesen Sie auch", "Altenwerder", "Kommentare", "Kommentarfunktion", "Von Greta"):
        assert gone not in article.text
    assert "We have not seen demand like this in ten years" in article.text


@pytest.mark.parametrize("line", [
    "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
    "Cet article est réservé aux abonnés de notre journal.",
    "Este contenido es exclusivo para los suscriptores del diario.",
])
def test_a_sentence_in_another_language_reads_as_one(line):
    assert reads_as_other_language(line)


@pytest.mark.parametrize("line", [
    "Die Linke leader Katja Brenner called for a recount.",  # English, German party name
    "Storm Edda batters Norway coast",  # a headline without function words, none foreign
    "Deutsche Bahn Fernverkehr Vorstand Henrike Sollmann",  # names only
    "“Nous ne céderons pas,” the minister said in Paris.",
])
def test_english_lines_and_names_do_not(line):
    assert not reads_as_other_language(line)


def test_a_german_text_keeps_its_german_lines():
    """Only an English article loses its lines in another language: a German article read as
    it is (wirecoder says it is not English elsewhere) keeps its text."""
    text = ("Die Bahn und die Gewerkschaft haben sich auf einen neuen Tarifvertrag geeinigt.\n"
            "Der Vertrag gilt ab dem ersten Juli und läuft zwei Jahre.")
    assert drop_boilerplate(text) == text


@pytest.mark.parametrize("line", [
    "Comments (3)", "Kommentare (24)", "Show 3 new updates", "Load 12 more posts",
    "License this article", "Reprints & Permissions", "Report an error", "Lesen Sie auch",
    "Lire aussi : La grève continue", "Anzeige",
])
def test_labels_counts_and_prompts_are_boilerplate(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The views expressed in this article are the author’s own.",
    "The opinions expressed here are those of the writer and not of the Courier.",
])
def test_an_opinion_disclaimer_is_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "The views expressed by residents at the meeting were mixed, the clerk said.",
    "Comments (3) from the minister drew criticism on Friday.",
    "She will show 3 new updates to the plan at the meeting.",
])
def test_sentences_with_those_words_stay(line):
    text = f"The council met on Monday.\n{line}\nThe vote is due in May."
    assert drop_boilerplate(text) == text


def test_a_summary_box_goes_but_a_list_in_the_story_stays():
    summary = "Key points\n- Six ports closed\n- Talks on Monday\nThe strike began at dawn."
    assert drop_boilerplate(summary) == "The strike began at dawn."
    story = ("The plan has three parts:\n- a new bus lane\n- wider pavements\n- fewer parking "
             "spaces\nWork starts in June.")
    assert drop_boilerplate(story) == story


def test_a_role_element_in_a_byline_is_no_part_of_the_name(write):
    html = ('<html lang="en"><head><title>Rates rise</title></head><body><article><h1>Rates rise'
            '</h1><div class="byline">Written by <a class="author" href="/a">Lorna Pettigrew</a> '
            '<span class="role">Municipal affairs reporter</span></div><p>Property taxes will rise '
            "by 4 per cent next year, the city's finance committee decided on Monday.</p><p>The "
            "committee said the money would pay for road repairs.</p></article></body></html>")
    article = only_article(list(read_file(write("role.html", html))))
    assert article.authors == ("Lorna Pettigrew",)


@pytest.mark.parametrize("byline, names", [
    ("Von Jonas Albrecht und Mira Ostrowski", ("Jonas Albrecht", "Mira Ostrowski")),
    ("Par Claire Dumont", ("Claire Dumont",)),
    ("Por María Luisa Ortega", ("María Luisa Ortega",)),
    ("Von Trapp", ()),  # one name word after the opener: no name, never half of one
])
def test_a_byline_in_another_language_gives_the_names(byline, names):
    assert names_in_byline(byline) == names


@pytest.mark.parametrize("line", [
    "Photograph: Ana Lima/Coast Courier",
    "Photo: Tiago Reis for The Northern Echo",
    "This story has been updated to correct the cost of the dredging.",
    "Correction: An earlier version of this article said the channel would close for a month.",
    "An earlier version of this story misstated the harbour chair's name.",
    "Editor's note: Names have been changed at the families' request.",
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "This article is for subscribers only. Subscribe now to read the rest of the story.",
    "Already a subscriber? Log in",
    "Get the Courier’s morning newsletter, with the day’s news from the coast, in your inbox "
    "every day.",
])
def test_notes_credits_and_prompts_about_the_article_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "Photo: the mayor at the rally on Saturday, where she spoke for an hour.",
    "The club is for members only, its owner said, and will stay that way.",
    "Voters must register to vote by Friday, the electoral commission said.",
    "Police said the scam emails land in your inbox looking like a bank's.",
    "The report was updated twice, the minister said, and each time the figures fell.",
    "The newspaper lost 3,000 subscribers last year, its publisher said.",
])
def test_sentences_that_hold_those_words_are_not(line):
    text = f"The council met on Monday.\n{line}\nThe vote is due in May."
    assert drop_boilerplate(text) == text


def test_a_name_only_byline_leaves_the_text_and_gives_the_author(write):
    html = ('<html lang="en"><head><title>Channel dredging</title></head><body><article>'
            '<h1>Channel dredging</h1><a rel="author" href="/people/ana-lima">Ana Lima</a>'
            "<p>The harbour authority said on Monday that it would dredge the main channel this "
            "summer.</p><p>Fishermen said the work would close the channel for three weeks.</p>"
            "</article></body></html>")
    article = only_article(list(read_file(write("name.html", html))))
    assert article.authors == ("Ana Lima",)
    assert article.text.startswith("The harbour authority said")


def test_a_credit_line_with_a_photographer_names_only_the_writer(write):
    html = ('<html lang="en"><head><title>Channel dredging</title></head><body><article>'
            '<h1>Channel dredging</h1><div class="credits">Story by Ana Lima • Photos by Tiago '
            "Reis</div><p>The harbour authority said on Monday that it would dredge the main "
            "channel this summer.</p><p>Fishermen said the work would close the channel for "
            "three weeks.</p></article></body></html>")
    article = only_article(list(read_file(write("credit.html", html))))
    assert article.authors == ("Ana Lima",)
    assert "Tiago Reis" not in article.text and "Story by" not in article.text


def test_a_line_with_only_part_of_a_name_is_no_byline():
    from wirecoder.readers.authors import is_name_line

    assert is_name_line("Ana Lima and Tiago Reis", ("Ana Lima", "Tiago Reis"))
    assert not is_name_line("Lima", ("Ana Lima",))
    assert not is_name_line("Ana Lima said the port would close.", ("Ana Lima",))


@pytest.mark.parametrize("line", [
    "5 min read", "Reading time: 4 minutes", "Topics: Ports, Fishing, Coast",
    "The Associated Press contributed to this report.",
    "Associated Press writer Tiago Reis in Porto contributed to this report.",
    "Originally published at coastcourier.example",
    "This article originally appeared in The Coast Courier.", "Follow Ana Lima on X",
    "Ana Lima is a reporter at the Courier. She can be reached at ana@courier.example.",
    "© Copyright 2026 Coast Courier", "Photo gallery: 12 images",
])
def test_more_notes_about_the_article_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "First published in 1851, the Courier is the oldest paper on the coast, its owner said.",
    "Copyright lawyers said the ruling would change how songs are licensed.",
    "She said everyone who contributed to this report had been thanked by the board.",
    "Fans follow the club on Facebook and X, the chairman said.",
    "The ministry said the 5 min limit would apply from June.",
])
def test_prose_that_holds_those_words_is_not(line):
    text = f"The council met on Monday.\n{line}\nThe vote is due in May."
    assert drop_boilerplate(text) == text


@pytest.mark.parametrize("line", ["Gift this article", "Get the app", "Story continues",
                                  "Like this: Like Loading...", "Tags"])
def test_more_labels_are_boilerplate(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("tail", [
    "<p><em>Ana Lima is the Courier’s port reporter. She said in 2020 that she would never leave "
    "the coast.</em></p>",
    "<p>— Ana Lima</p>",
    "<p>Ana Lima, the Courier's port reporter, has covered the coast since 2015.</p>",
])
def test_an_authors_bio_or_sign_off_at_the_end_leaves_the_text(write, tail):
    html = ("<html lang='en'><head><title>Channel dredging</title></head><body><article>"
            "<h1>Channel dredging</h1><p class='byline'>By Ana Lima</p><p>The harbour authority "
            "said on Monday that it would dredge the main channel this summer.</p><p>Fishermen "
            f"said the work would close the channel for three weeks.</p>{tail}</article></body></html>")
    article = only_article(list(read_file(write("bio.html", html))))
    assert article.authors == ("Ana Lima",)
    assert "Ana Lima" not in article.text
    assert article.text.endswith("close the channel for three weeks.")


def test_a_sentence_about_someone_else_at_the_end_stays():
    from wirecoder.readers.authors import is_author_bio

    assert not is_author_bio("Ana Lima said the port would reopen.", ("Ana Lima",))
    assert not is_author_bio("Nadia Ferreira is the authority's chair.", ("Ana Lima",))
    assert is_author_bio("Ana Lima was the Courier's Lisbon correspondent.", ("Ana Lima",))
