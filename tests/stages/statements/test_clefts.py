"""Pseudo-clefts: "What we will never do is sign X" states "sign X" with the subject, negation
and modal of the "what ... do" clause (and its governors: "what we are not going to do is ...").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.evaluation.wire import same_proposition


@pytest.mark.parametrize("text, proposition, stance, hedge", [
    pytest.param("“What we will never do is give up our fishing rights,” Chilean Fisheries Minister Julio "
                 "Salas said.", "Chile gives up its fishing rights", "against", "absolute", id="never-do"),
    pytest.param("“What Chile will do is raise the minimum wage by ten percent,” Chilean Labour Minister "
                 "Jeannette Jara said.", "Chile raises the minimum wage", "favor", "firm", id="will-do"),
    pytest.param("“What we are not going to do is close the border with Peru,” Chilean Interior Minister "
                 "Carolina Toha said.", "Chile closes the border with Peru", "against", "firm", id="not-going-to-do"),
])
def test_a_pseudo_cleft_states_its_focus(read, text, proposition, stance, hedge):
    found = [(s.proposition_text, s.stance, s.hedge) for s in read(text)]
    assert any(same_proposition(p, proposition) and (s, h) == (stance, hedge) for p, s, h in found), found
