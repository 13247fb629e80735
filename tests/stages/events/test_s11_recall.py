"""Session 11, events: recall on wire constructions (signing pacts, paired actors, votes against,
conditional threats of protest), through the real pipeline (``wirecoder.analyze``). Each test
failed before its fix."""

from __future__ import annotations

import pytest

from wirecoder import analyze


def of(text: str, category: str) -> list:
    return [e for e in analyze(text, published="2025-06-10").events if e.category == category]


@pytest.mark.parametrize("text, category", [
    ("Kenya's foreign minister on Monday urged Ethiopia to reopen the border, but his Ethiopian "
     "counterpart said Addis Ababa's position had not changed. The two ministers signed a "
     "memorandum on water sharing.", "SUPPORT"),
    ("Egypt and Sudan will reopen their embassies before the end of the year, an Egyptian "
     "official said on Tuesday. Officials from the two countries met behind closed doors in "
     "Cairo on Tuesday.", "CONSULT"),
])
def test_the_two_parties_are_both_actors(text, category):
    found = of(text, category)
    assert found
    countries = {a.country for e in found for a in e.actors}
    assert len(countries & {"KEN", "ETH", "EGY", "SDN"}) == 2


@pytest.mark.parametrize("text, country", [
    ("WARSAW (Reuters) - Poland's parliament on Friday passed a law cutting farm subsidies by 281 "
     "votes to 150. The opposition Left party voted against it, saying it would hurt small "
     "farmers.", "POL"),
    ("Hungary voted against the EU's migration pact on Thursday.", "HUN"),
])
def test_voting_against_a_measure_is_rejecting_it(text, country):
    found = of(text, "REJECT")
    assert found
    assert found[0].actors[0].country == country



def test_a_joint_task_force_clearing_mines_cooperates():
    text = ("ATHENS (Reuters) - A demining team formed by Greece, Cyprus and Egypt has cleared 15 "
            "sea mines off Crete, the Greek navy said on Tuesday.")
    found = of(text, "COOPERATE")
    assert found
    assert {a.country for a in found[0].actors} >= {"GRC", "CYP", "EGY"}


def test_a_body_formed_in_a_past_year_still_acts_now():
    # the date of the body's forming does not make its act background
    text = ("The naval task force formed by Spain and Portugal in March 2019 has neutralized "
            "nine drifting mines, the Spanish navy said.")
    assert of(text, "COOPERATE")


def test_by_phone_is_no_doer():
    text = ("TOKYO (Reuters) - Japan's deputy foreign minister Kenji Sato had demanded by phone "
            "that the Russian ambassador withdraw the patrol boats, the ministry said on Monday.")
    found = of(text, "REQUEST")
    assert found and found[0].actors[0].country == "JPN"


@pytest.mark.parametrize("text, country", [
    ("SKOPJE (Reuters) - North Macedonia will finish its accession talks by 2027, its negotiator "
     "said on Thursday, a day after EU governments gave Skopje the green light to open the "
     "first negotiating cluster.", "EUR"),
    ("Ecuador's National Assembly granted a vote of confidence to the cabinet of Prime Minister "
     "Luis Mera on Tuesday.", "ECU"),
])
def test_giving_the_green_light_is_support(text, country):
    found = of(text, "SUPPORT")
    assert found and found[0].actors[0].country == country



@pytest.mark.parametrize("text", [
    "The dispute ended with a German-brokered compromise that allowed Tirana to open accession talks.",
    ("MADRID (Reuters) - Spain and Morocco renewed a migration accord on Monday. It allows Spanish "
     "coast guards to return migrants from Mali and Senegal to Moroccan ports."),
])
def test_what_a_text_allows_is_no_concession(text):
    assert not of(text, "CONCEDE")


@pytest.mark.parametrize("text, category", [
    ('SEOUL (Reuters) - "The door is open," Trade Minister Park Ji-ho told a joint news '
     'conference after talks in Seoul.', "CONSULT"),
    ("ACCRA (Reuters) - Ghanaian police arrested 14 people after clashes in Kumasi on Sunday.", "ASSAULT"),
])
def test_a_bare_nominal_after_after_is_the_setting(text, category):
    assert not of(text, category)


def test_a_speaker_thanking_after_a_reported_clause_is_his_act():
    text = ("ANKARA (Reuters) - Turkish Foreign Minister Ali Demir said on Monday that 3,000 Turkish "
            "pilgrims had visited the shrine this year and thanked Iraq for its help.")
    found = of(text, "SUPPORT")
    assert found and found[0].actors[0].country == "TUR"


def test_scrambling_fighter_jets_is_mobilize():
    from wirecoder import analyze

    analysis = analyze("TOKYO (Kyodo) - Japan also scrambled fighters in response, the defence ministry said.")
    assert [(v.category, [a.country for a in v.actors]) for v in analysis.events] == [("MOBILIZE", ["JPN"])], \
        analysis.events


def test_a_recipient_of_two_coordinated_demonyms_is_two_recipients():
    from wirecoder import analyze

    analysis = analyze("SEOUL (Yonhap) - The foreign ministry summoned the Chinese and Russian defense attaches to "
                       "protest.")
    assert sorted((v.category, r.country) for v in analysis.events for r in v.recipients) == [
        ("ACCUSE", "CHN"), ("ACCUSE", "RUS")], analysis.events


def test_armed_factions_of_no_named_country_act_for_the_story_s():
    from wirecoder import analyze

    analysis = analyze("BAGHDAD (AFP) - Armed factions demanded a full withdrawal of US troops on Monday.")
    assert [(v.category, [a.country for a in v.actors], [r.country for r in v.recipients])
            for v in analysis.events] == [("REQUEST", ["IRQ"], ["USA"])], analysis.events
