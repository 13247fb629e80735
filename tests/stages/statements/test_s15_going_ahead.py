""""The plan will go ahead", "The plan is ready and it will go ahead": the act the story led with
goes ahead, by whoever does it there."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = ("SANTIAGO (Reuters) - Chile will raise the minimum wage by 10 percent in May, Labour Minister Carla Ruiz "
         "said on Monday.\n\n")


def test_the_plan_going_ahead_is_the_lead_act():
    found = _found(analyze(_LEAD + "“The plan will go ahead,” Ruiz said.").statements)
    assert len(found) == 2 and found[1] == found[0], found


def test_it_going_ahead_is_what_it_refers_to():
    statements = analyze(_LEAD + "“The plan is ready and it will go ahead,” Ruiz said.").statements
    found = _found(statements)
    assert len(found) == 2 and found[1] == found[0], found
    assert statements[1].evidence.text.startswith("it will go ahead"), statements[1].evidence.text
