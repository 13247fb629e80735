"""A speaker's commitment put as an infinitive of the cue ("vowed to reject ...", "pledged to
raise ..."): the quote's content has no subject of its own; the act is the speaker's side's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import wirecoder


def _statements(text: str) -> list[tuple[str, str, str]]:
    a = wirecoder.analyze(text)
    return [(s.holder_name, s.proposition_text, s.stance) for s in a.statements]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("ATHENS (Reuters) - Prime Minister Nikos Andrianakis vowed on Tuesday to reject any "
                 "new loan agreement that demands more pension cuts.",
                 "Greece accepts any new loan agreement that demands more pension cuts", "against",
                 id="vow-to-reject"),
    pytest.param("SANTIAGO (Reuters) - Chilean Labour Minister Ana Rojas pledged to raise the minimum "
                 "wage by 2027.", "Chile raises the minimum wage by 2027", "favor", id="pledge"),
])
def test_a_commitment_infinitive_is_the_speakers_sides_act(text, proposition, stance):
    found = _statements(text)
    assert any(p == proposition and s == stance for _, p, s in found), found


def test_an_addressee_still_does_what_it_is_urged_to_do():
    found = _statements("WARSAW (Reuters) - Polish Foreign Minister Jan Nowak urged Belarus to reopen "
                        "the border crossings.")
    assert any(p.startswith("Belarus reopens") for _, p, _ in found), found


def test_a_threat_is_a_commitment_on_its_condition():
    a = wirecoder.analyze("MOSCOW (TASS) - Russia threatened to close its airspace to Polish airlines "
                          "if Warsaw expelled more diplomats.")
    found = [(s.proposition_text, s.stance, s.hedge) for s in a.statements]
    assert ("Russia closes its airspace to Polish airlines", "favor", "conditional") in found, found
