""""Asked about X, Y said Z would support it": the answer's "it" is the act the question was
about (membership in a bloc is joining it; a gerund is its own act; an act noun its verb), by the
clause's subject; without the frame "it" stays unresolved."""

from __future__ import annotations

from .found import found as _found

_SOFIA = "SOFIA (Reuters) - Bulgaria's parliament debated the euro on Monday. "


def test_membership_asked_about_is_joining(read):
    found = _found(read(_SOFIA + "Asked about membership in the euro zone, which remains the government's goal, "
                        "Finance Minister Petar Dimov said Bulgaria would support it only if inflation fell."))
    assert found == [("Petar Dimov", "Bulgaria joins the euro zone", "favor", "conditional")]


def test_a_gerund_asked_about_is_its_act(read):
    assert _found(read(_SOFIA + "Asked about joining the euro zone, Finance Minister Petar Dimov said Bulgaria "
                                "would support it.")) == [("Petar Dimov", "Bulgaria joins the euro zone", "favor", "firm")]


def test_an_act_noun_asked_about_opposed(read):
    assert _found(read(_SOFIA + "Asked about the extradition of the banker, Finance Minister Petar Dimov said "
                                "Bulgaria would oppose it.")) == [
        ("Petar Dimov", "Bulgaria extradites the banker", "against", "firm")]


def test_without_the_question_it_is_nothing_named(read):
    assert not read(_SOFIA + "Finance Minister Petar Dimov said Bulgaria would support it.")
