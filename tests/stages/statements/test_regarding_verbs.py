"""A verb of perceiving with an object and an "as" phrase regards ("will never see Russia as a
partner"); it does not report. Sentences written for these tests."""

from __future__ import annotations


def test_see_as_states_a_position(read):
    found = [(s.proposition_text, s.stance, s.hedge) for s in read(
        "“Poland will never see Russia as a partner,” Polish Foreign Minister Radoslaw Sikorski said.")]
    assert ("Poland sees Russia as a partner", "against", "absolute") in found, found


def test_see_that_still_reports(read):
    found = [s.proposition_text for s in read(
        "“We see that Russia will not withdraw its troops,” Polish Foreign Minister Radoslaw Sikorski said.")]
    assert not any(p.startswith("Poland sees") for p in found), found
