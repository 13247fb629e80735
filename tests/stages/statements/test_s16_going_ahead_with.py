""""Go ahead with a plan to X", "press ahead with plans to X", "proceed with its decision to X":
the statement is X, not going ahead with a plan."""

from __future__ import annotations

from .found import found as _found

_SAID = ", Treasury Secretary Daniel Mutai said on Wednesday."


def test_going_ahead_with_a_plan_is_its_act(read):
    assert _found(read("NAIROBI (Reuters) - Kenya will go ahead with a plan to raise value added tax on bread"
                       + _SAID)) == [("Daniel Mutai", "Kenya raises value added tax on bread", "favor", "firm")]


def test_pressing_ahead_with_plans_is_their_act(read):
    assert _found(read("NAIROBI (Reuters) - Kenya will press ahead with plans to sell the port" + _SAID)) == [
        ("Daniel Mutai", "Kenya sells the port", "favor", "firm")]


def test_not_proceeding_with_a_decision_is_against_its_act(read):
    assert _found(read("NAIROBI (Reuters) - Kenya will not proceed with its decision to close the mine" + _SAID)) == [
        ("Daniel Mutai", "Kenya closes the mine", "against", "firm")]

