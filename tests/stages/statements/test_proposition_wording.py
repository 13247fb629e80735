"""The wording of a proposition follows the parse: particles and the phrases hung on them,
adverbs of direction, nominalised adjectives, capitals read as countries before "'s" (issue
11). Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations

import pytest


def _found(read, text):
    return [(s.proposition_text, s.stance) for s in read(text)]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("“We will never walk away from the negotiating table,” Iranian Foreign Minister "
                 "Abbas Araghchi said.",
                 "Iran walks away from the negotiating table", "against", id="walk-away-from"),
    pytest.param("“We will send the migrants back to Venezuela,” U.S. Secretary of State Marco Rubio said.",
                 "United States sends back the migrants to Venezuela", "favor", id="send-back-to"),
    pytest.param("“We will bring the soldiers home before winter,” French President Emmanuel Macron said.",
                 "France brings home the soldiers", "favor", id="bring-home"),
])
def test_a_phrase_hung_on_a_particle_or_a_direction_stays(read, text, proposition, stance):
    found = _found(read, text)
    assert (proposition, stance) in found, found


def test_a_nominalised_adjective_is_an_object(read):
    found = _found(read, "“We will raise taxes on the rich to pay for hospitals,” British Finance Minister "
                         "Rachel Reeves said.")
    assert any(p.startswith("United Kingdom raises taxes on the rich") for p, _ in found), found


def test_a_capital_before_its_possessive_reads_without_a_space(read):
    found = _found(read, "“We will fight Ottawa's new cap in the courts,” Canadian Senator Denise Batters said.")
    texts = [p for p, _ in found]
    assert any("Canada's new cap" in p for p in texts), texts
    assert not any("Canada 's" in p for p in texts), texts


@pytest.mark.parametrize("text, proposition", [
    pytest.param("Senator Wade Harmon said Congress must cut the agency's budget to bring the deficit under control.",
                 "Congress cuts the agency's budget", id="reason-after-cut"),
    pytest.param("“We will raise fuel duty to pay for new trains,” British Transport Minister Heidi Alexander said.",
                 "United Kingdom raises fuel duty", id="reason-after-raise"),
])
def test_a_reason_is_not_part_of_the_proposition(read, text, proposition):
    texts = [p for p, _ in _found(read, text)]
    assert proposition in texts, texts


@pytest.mark.parametrize("text, proposition", [
    pytest.param("“We will use every legal tool to stop the merger,” German Economy Minister Katherina Reiche said.",
                 "Germany uses every legal tool to stop the merger", id="means-verb"),
    pytest.param("“We will push a bill through parliament to ban fur farming,” Polish Farm Minister Stefan "
                 "Krajewski said.",
                 "Poland pushes a bill through parliament to ban fur farming", id="instrument-noun"),
])
def test_a_purpose_that_says_what_the_act_is_stays(read, text, proposition):
    texts = [p for p, _ in _found(read, text)]
    assert proposition in texts, texts


def test_a_court_is_the_venue_of_an_act_not_its_manner(read):
    texts = [p for p, _ in _found(read, "“We will challenge the new quota in court,” Norwegian Fisheries "
                                        "Minister Marianne Sivertsen Naess said.")]
    assert "Norway challenges the new quota in court" in texts, texts


def test_voting_against_is_against_voting_for(read):
    found = _found(read, "Danish Finance Minister Nicolai Wammen said Denmark would vote against any rise in the "
                         "EU budget above inflation.")
    assert any(p.startswith("Denmark votes for any rise in the EU budget") and stance == "against"
               for p, stance in found), found


def test_a_duration_is_not_what_an_act_noun_acts_on(read):
    found = _found(read, "Portuguese Prime Minister Luis Montenegro said Lisbon could accept a delay of a few "
                         "weeks if the talks progressed.")
    texts = [p for p, _ in found]
    assert "Portugal accepts a delay of a few weeks" in texts, texts


def test_a_comparative_adverb_is_part_of_the_position(read):
    texts = [p for p, _ in _found(read, "Danish Climate Minister Lars Aagaard said Denmark should phase out coal "
                                        "more slowly if prices rise.")]
    assert any(p.endswith("more slowly") for p in texts), texts


def test_a_span_of_time_is_not_an_object(read):
    texts = [p for p, _ in _found(read, "“We cannot live from month to month,” French Farm Minister "
                                        "Annie Genevard said.")]
    assert texts == [], texts
