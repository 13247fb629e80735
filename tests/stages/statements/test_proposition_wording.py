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
