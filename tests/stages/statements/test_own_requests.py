"""A verb of asking in the speaker's own mouth ("would not ask parliament to V") is the speaker's
side's own act: the statement is on V by that side, its stance from the chain; "going to" is a
future of intent whose negation refuses. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("Her government would not ask parliament to lift the tax on imported fuel, Croatian Finance "
                 "Minister Ana Kovac said.", "Croatia lifts the tax on imported fuel", "against", id="would-not-ask"),
    pytest.param("“We will not ask lawmakers to extend the state of emergency,” Chilean Interior Minister "
                 "Carolina Toha said.", "Chile extends the state of emergency", "against", id="will-not-ask"),
    pytest.param("“We will ask the courts to speed up the asylum cases,” Greek Migration Minister Nikos "
                 "Panagiotis said.", "Greece speeds up the asylum cases", "favor", id="will-ask"),
])
def test_asking_an_unnamed_body_is_the_speakers_side(read, text, proposition, stance):
    found = _found(read(text))
    assert any(same_proposition(p, proposition) and s == stance for p, s, _ in found), found


def test_a_named_addressee_keeps_its_own_subject(read):
    found = _found(read("“We will urge Moldova to withdraw its troops from the border,” Romanian Defence "
                        "Minister Ana Kovac said."))
    assert ("Moldova withdraws its troops from the border", "favor", "firm") in found, found


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("“We are not going to raise the fuel tax,” Chilean Finance Minister Mario Marcel said.",
                 "Chile raises the fuel tax", "against", id="not-going-to"),
    pytest.param("“Chile is going to sign the lithium agreement with Bolivia,” Chilean Finance Minister "
                 "Mario Marcel said.", "Chile signs the lithium agreement with Bolivia", "favor", id="going-to"),
])
def test_going_to_is_a_future_of_intent(read, text, proposition, stance):
    found = _found(read(text))
    assert any(same_proposition(p, proposition) and (s, h) == (stance, "firm") for p, s, h in found), found
