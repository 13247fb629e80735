"""A verb that carries out or puts off "the move" / "the plan" the story led with takes that act:
"urged the government to postpone the move" is against it, "would implement the plan only if ..." for
it (conditional); a plan with words of its own ("a new plan for the north") stays as said."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found, has as _has

_LEAD = ("KUALA LUMPUR (Reuters) - Malaysia will cut the diesel subsidy for private cars from July, Finance "
         "Minister Ahmad Razak said on Monday.\n\n")


def test_postponing_the_move_is_against_the_lead_act():
    text = _LEAD + ("The truckers' association urged the government to postpone the move until a rebate system "
                    "was in place, its president Lim Wei Ming said.")
    found = _found(analyze(text).statements)
    assert _has(found, "Lim Wei Ming", "Malaysia cuts the diesel subsidy for private cars", "against"), found
    assert not any("postpone" in p for _, p, _, _ in found), found


def test_implementing_the_plan_is_for_the_lead_act():
    text = _LEAD + ("The chief minister of Penang, Chow Kon Yeow, said his state would apply the measure only if "
                    "the federal government paid for the checks.")
    found = _found(analyze(text).statements)
    assert _has(found, "Chow Kon Yeow", "Malaysia cuts the diesel subsidy for private cars", "favor",
                "conditional"), found


def test_a_plan_of_its_own_stays_as_said():
    text = _LEAD + ("The chief minister of Penang, Chow Kon Yeow, said his state would adopt a new plan for "
                    "the northern ports.")
    found = _found(analyze(text).statements)
    assert not _has(found, "Chow Kon Yeow", "Malaysia cuts the diesel subsidy for private cars", "favor"), found
