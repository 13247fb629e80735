"""A phrasal verb keeps the particle the parser tags as an adverb: "go back on" is not "go on",
"sign away" is not "sign". Sentences written for these tests; real pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, proposition", [
    pytest.param("Japan will not go back on its commitment to cut emissions, Japanese Prime "
                 "Minister Shigeru Ishiba said.",
                 "Japan goes back on its commitment to cut emissions", id="go-back-on"),
    pytest.param("“We will not sign away our future,” Argentine union leader Ruben Arzamendi said.",
                 "Argentina signs away its future", id="sign-away"),
])
def test_the_particle_stays_in_the_proposition(read, text, proposition):
    found = [(s.proposition_text, s.stance) for s in read(text)]
    assert (proposition, "against") in found, found
