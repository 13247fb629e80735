""""The plan" refers back to the story's "plans for X" / "a proposal to X": implementing it,
rejecting it or being "not against it" is a position on X (introducing a thing, the act a noun
names, or the proposal's own clause), by the one who presented it; "it" after a clause whose
last noun is no measure still stands for the plan."""

from __future__ import annotations

from .found import found as _found

_VIENNA = ("VIENNA (APA) - Austria's Education Minister Markus Leitner on Wednesday presented plans for a "
           "compulsory second year of kindergarten from autumn 2027. ")
_SECOND_YEAR = "Austria introduces a compulsory second year of kindergarten"


def test_implementing_the_plan_is_introducing_what_it_is_for(read):
    found = _found(read(_VIENNA + "The governor of Tyrol, Anton Riedl, said his province would implement the plan "
                                  "only if Vienna paid for the additional staff."))
    assert found == [("Anton Riedl", _SECOND_YEAR, "favor", "conditional")]


def test_not_against_it_is_for_the_plan_not_the_staff(read):
    found = _found(read(_VIENNA + "The governor of Tyrol, Anton Riedl, said his province would implement the plan "
                                  "only if Vienna paid for the additional staff. \"We are not against it,\" Riedl "
                                  "told APA."))
    assert found == [("Anton Riedl", _SECOND_YEAR, "favor", "conditional"), ("Anton Riedl", _SECOND_YEAR, "favor", "firm")]


def test_rejecting_a_proposal_to_act_is_against_the_act(read):
    found = _found(read("VIENNA (APA) - Austria's Education Minister Markus Leitner on Wednesday presented a proposal "
                        "to cap rents in Vienna. The governor of Tyrol, Anton Riedl, said his province would reject "
                        "the proposal."))
    assert found == [("Anton Riedl", "Austria caps rents in Vienna", "against", "firm")]


def test_a_plan_for_an_act_noun_is_the_act(read):
    found = _found(read("NAIROBI (Reuters) - Kenya's Treasury Secretary Daniel Mutai presented plans for the sale "
                        "of the port of Mombasa on Tuesday. Opposition leader Grace Achieng said her party would "
                        "oppose the plan."))
    assert [(p, s) for _, p, s, _ in found] == [("Kenya sells the port of Mombasa", "against")], found
