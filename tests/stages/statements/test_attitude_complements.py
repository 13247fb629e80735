"""An attitude over an event complement (a gerund, an act noun after a copula of attitude): the
proposition is the event, not the attitude verb, and the stance comes from the attitude and its
negations ("not against" is for). Sentences written for these tests; real pipeline, loaded once."""

from __future__ import annotations

import pytest

from wirecoder.stages.statements.nominal import verb_of_noun


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, stance, hedge", [
    pytest.param("“Slovakia would never support weakening the methane rules,” Slovak Environment Minister Tomas "
                 "Taraba said.", "Slovakia weakens the methane rules", "against", "absolute", id="never-support-gerund"),
    pytest.param("“Hungary will not support Ukraine joining NATO,” Hungarian Foreign Minister Peter Szijjarto said.",
                 "Ukraine joins NATO", "against", "firm", id="gerund-with-its-own-subject"),
    pytest.param("“We are against the closure of the Narva crossing,” Estonian Foreign Minister Margus Tsahkna said.",
                 "Estonia closes the Narva crossing", "against", "firm", id="be-against-act-noun"),
    pytest.param("“We are not against the extension of the grain deal,” Turkish Foreign Minister Hakan Fidan said.",
                 "Turkey extends the grain deal", "favor", "firm", id="not-against-is-for"),
    pytest.param("“Portugal is in favour of extending the fishing agreement,” Portuguese Foreign Minister Paulo "
                 "Rangel said.", "Portugal extends the fishing agreement", "favor", "firm", id="in-favour-of-gerund"),
    pytest.param("“We are not opposed to the sale of the airline,” Italian Finance Minister Giancarlo Giorgetti said.",
                 "Italy sells the airline", "favor", "firm", id="not-opposed-to"),
    pytest.param("“Denmark will never accept drilling in the North Sea,” Danish Climate Minister Lars Aagaard said.",
                 "Denmark drills in the North Sea", "against", "absolute", id="act-noun-with-its-place"),
    pytest.param("“Chile opposes any mining that takes place outside the park's boundaries,” Chilean Mining "
                 "Minister Aurora Williams said.", "Chile mines outside the park's boundaries", "against", "firm",
                 id="happening-clause-gives-the-place"),
])
def test_the_complement_event_is_the_proposition(read, text, proposition, stance, hedge):
    found = _found(read(text))
    assert (proposition, stance, hedge) in found, found


def test_the_attitude_verb_is_not_the_predicate(read):
    found = _found(read("“Slovakia would never support weakening the methane rules,” Slovak Environment Minister "
                        "Tomas Taraba said."))
    assert not any("support" in p for p, _, _ in found), found


def test_a_gerund_with_its_own_subject_is_read_once_under_the_attitude(read):
    found = _found(read("“Hungary will not support Ukraine joining NATO,” Hungarian Foreign Minister Peter "
                        "Szijjarto said."))
    assert found == [("Ukraine joins NATO", "against", "firm")], found


def test_double_negation_over_a_gerund_is_for(read):
    found = _found(read("“We are not opposed to extending the grain deal,” Turkish Foreign Minister Hakan Fidan said."))
    assert ("Turkey extends the grain deal", "favor", "firm") in found, found


def test_an_act_harming_what_is_ours_is_not_our_act(read):
    found = _found(read("“We are against violations of our airspace,” Lithuanian Defence Minister Dovile "
                        "Sakaliene said."))
    assert not any("Lithuania violates" in p for p, _, _ in found), found


def test_a_foreign_tax_on_imports_is_not_the_speakers_taxing(read):
    found = _found(read("“India will never accept a European tax on the carbon content of its exports,” Indian "
                        "Commerce Minister Piyush Goyal said."))
    assert not any(p.startswith("India taxes") for p, _, _ in found), found


@pytest.mark.parametrize("noun, verb", [("mining", "mine"), ("voting", "vote"), ("hiring", "hire"),
                                        ("thing", None), ("string", None), ("station", None)])
def test_short_stems_of_ing_nouns(noun, verb):
    assert verb_of_noun(noun) == verb


def test_an_attitude_over_a_governing_noun_reads_its_infinitive_by_the_nouns_owner(read):
    found = _found(read("“Fiji will not support Australia's bid to host the summit,” Fijian Deputy Prime Minister "
                        "Viliame Gavoka said."))
    assert ("Australia hosts the summit", "against", "firm") in found, found


def test_a_refusal_of_someone_elses_attempt_is_on_their_act(read):
    found = _found(read("“Serbia rejects Kosovo's attempt to join UNESCO,” Serbian Foreign Minister Marko Djuric "
                        "said."))
    assert [(p, s) for p, s, _ in found] == [("Kosovo joins UNESCO", "against")], found


def test_a_bare_bid_refers_back_to_the_bid_named_before(read):
    found = _found(read("Chile on Monday launched its bid to host the Pan American Games. “Peru will support "
                        "Chile's bid,” Peruvian Foreign Minister Elmer Schialer said."))
    assert ("Chile hosts the Pan American Games", "favor", "firm") in found, found


def test_a_bare_decision_takes_the_owner_of_its_earlier_mention(read):
    found = _found(read("Lithuania's decision to close the Medininkai crossing took effect on Monday. “We support the "
                        "decision,” Latvian Foreign Minister Baiba Braze said."))
    assert ("Lithuania closes the Medininkai crossing", "favor", "firm") in found, found
