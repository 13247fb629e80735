"""A stance verb over the story's act holds whatever its subject is ("the city supported the
restart"); an act done by a plural agent agrees with it ("coalition forces staying" → they
stay). Session 14; texts written for these tests, real pipeline."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = ("TOKYO (Reuters) - Niigata Governor Hiroshi Tanabe said on Wednesday he may approve the restart of the "
         "Kashiwazaki-Kariwa nuclear plant this year.\n\n")


def test_a_stance_on_the_story_s_act_by_a_subject_that_names_no_actor():
    statements = analyze(_LEAD + "Kashiwazaki Mayor Yumi Sato said the city supported the restart because the plant "
                                 "employed thousands of local residents.").statements
    assert ("Yumi Sato", "Japan restarts the Kashiwazaki-Kariwa nuclear plant", "favor", "firm") in _found(
        statements), _found(statements)


def test_a_stance_on_a_thing_by_such_a_subject_is_no_statement():
    statements = analyze(_LEAD + "Kashiwazaki Mayor Yumi Sato said the city supported the governor.").statements
    assert [s.holder_name for s in statements] == ["Hiroshi Tanabe"], _found(statements)


def test_a_plural_agent_of_the_act_agrees_with_its_verb(read):
    found = _found(read("Kurdish official Peshawa Rostami said the region would welcome coalition forces staying "
                        "in Erbil “for as long as the threat exists.”"))
    assert [p for _, p, _, _ in found] == ["Coalition forces stay in Erbil"], found
