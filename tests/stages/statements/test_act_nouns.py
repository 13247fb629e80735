"""A stance verb over a noun naming an act (issue 11): the proposition is the act as a clause,
not the stance verb ("will not object to the sale of jets" is for selling them), in sentences
written for these tests. Real pipeline, loaded once."""

from __future__ import annotations

import pytest


def _found(statements):
    return [(s.proposition_text, s.proposition_key, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, stance, hedge", [
    pytest.param("“Canada cannot approve the reopening of the Bruce mine until the inspectors finish their work,” "
                 "Canadian Prime Minister Mark Carney said.",
                 "Canada reopens the Bruce mine", "against", "conditional", id="cannot-approve-until"),
    pytest.param("“Austria will oppose any extension of the gas contract with Russia,” Austrian Chancellor Karl "
                 "Nehammer said on Tuesday.",
                 "Austria extends the gas contract with Russia", "against", "firm", id="oppose"),
    pytest.param("“Denmark supports a boycott of the tournament,” Danish Foreign Minister Lars Lokke Rasmussen said.",
                 "Denmark boycotts the tournament", "favor", "firm", id="support-zero-derived"),
    pytest.param("“Finland will support the restart of the Olkiluoto reactor,” Finnish Prime Minister Petteri "
                 "Orpo said.", "Finland restarts the Olkiluoto reactor", "favor", "firm", id="restart"),
    pytest.param("“We would never agree to the withdrawal of our troops from the border,” Polish Defence Minister "
                 "Wladyslaw Kosiniak-Kamysz said.",
                 "Poland withdraws its troops from the border", "against", "absolute", id="agree-to"),
    pytest.param("“We will fight the extradition of Julian Assange in every court,” Australian Prime Minister "
                 "Anthony Albanese said.", "Australia extradites Julian Assange", "against", "firm",
                 id="fight-irregular"),
    pytest.param("Ontario Premier Doug Ford said he cannot approve the restart of the Pickering plant until the "
                 "safety review is over.", "Canada restarts the Pickering plant", "against", "conditional",
                 id="reported-he-holders-side-not-the-plant"),
])
def test_the_act_is_the_proposition(read, text, proposition, stance, hedge):
    found = _found(read(text))
    assert any(p == proposition and s == stance and h == hedge for p, _, s, h in found), found


def test_not_objecting_to_an_act_is_for_it_and_the_agent_comes_from_its_object(read):
    found = _found(read("“Greece will not object to the sale of U.S. fighter jets to Turkey as long as the balance "
                        "holds,” Greek Foreign Minister George Gerapetritis said."))
    assert ("United States sells fighter jets to Turkey", "sell:TUR", "favor", "conditional") in found, found


def test_a_by_phrase_names_the_agent(read):
    found = _found(read("“Austria welcomes a boycott of the games by Norway,” Austrian Chancellor Karl Nehammer said."))
    assert [(p, s) for p, _, s, _ in found] == [("Norway boycotts the games", "favor")], found


def test_a_possessive_names_the_agent(read):
    found = _found(read("“Peru opposes Washington's sale of the jets to Chile,” Peruvian Foreign Minister Elmer "
                        "Schialer said."))
    assert [(p, s) for p, _, s, _ in found] == [("United States sells the jets to Chile", "against")], found


def test_a_bare_act_noun_refers_back_to_the_act_named_before(read):
    found = _found(read("The government in Rome announced the sale of the airline to Lufthansa on Monday. “We will "
                        "not support the sale,” Italian Finance Minister Giancarlo Giorgetti said."))
    assert [(p, s) for p, _, s, _ in found] == [("Italy sells the airline to Lufthansa", "against")], found


def test_the_act_keys_as_the_same_act_said_with_the_verb(read):
    (noun,) = read("“We will fight the extradition of Julian Assange,” Australian Prime Minister Anthony Albanese said.")
    (verb,) = read("“We will not extradite Julian Assange,” Australian Prime Minister Anthony Albanese said.")
    assert noun.proposition_key == verb.proposition_key == "extradite:julian_assange"
    assert (noun.stance, verb.stance) == ("against", "against")


@pytest.mark.parametrize("text, proposition", [
    pytest.param("“Portugal will not support the deal,” Portuguese Prime Minister Luis Montenegro said.",
                 "Portugal supports the deal", id="deal"),
    pytest.param("“Sweden rejects the proposal of the commission,” Swedish Prime Minister Ulf Kristersson said.",
                 "Sweden accepts the proposal of the commission", id="proposal"),
    pytest.param("“Brazil will not back the government,” Brazilian President Lula said.",
                 "Brazil backs the government", id="government"),
])
def test_a_noun_naming_a_thing_keeps_the_stance_verb(read, text, proposition):
    found = _found(read(text))
    assert [(p, s) for p, _, s, _ in found] == [(proposition, "against")], found


def test_a_bare_act_noun_takes_the_agent_of_the_act_named_before(read):
    found = _found(read("The sale of U.S. fighter jets to Chile was announced on Monday. “We will oppose the sale,” "
                        "Peruvian Foreign Minister Elmer Schialer said."))
    assert [(p, s) for p, _, s, _ in found] == [("United States sells fighter jets to Chile", "against")], found


def test_the_state_that_approves_an_act_does_it_rather_than_the_holder(read):
    found = _found(read("Peru expects the United States to approve the sale of the jets to Chile, Peruvian Foreign "
                        "Minister Elmer Schialer said."))
    assert [(p, s) for p, _, s, _ in found] == [("United States sells the jets to Chile", "favor")], found
