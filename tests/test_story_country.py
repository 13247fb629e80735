"""The story's country reaches the statement stage: in a story without a dateline, "the
authorities" in an international body's mouth are the government of the country the lede is
about (the entity stage's story country), as with a dateline they are the dateline's. Sentences
written for this test; real pipeline through ``wirecoder.analyze``."""

from __future__ import annotations

import wirecoder

LEDE = "Argentina agreed a new loan programme with the International Monetary Fund on Friday. "
URGED = "The Fund urged the authorities to rebuild the central bank's reserves."


def _propositions(text: str) -> list[tuple[str, str]]:
    return [(s.proposition_text, s.stance) for s in wirecoder.analyze(text).statements]


def test_without_a_dateline_the_authorities_are_the_ledes_country():
    assert ("Argentina rebuilds the central bank's reserves", "favor") in _propositions(LEDE + URGED)


def test_with_a_dateline_they_are_the_datelines_country():
    text = "BUENOS AIRES (Reuters) - The government agreed a new loan programme on Friday. " + URGED
    assert ("Argentina rebuilds the central bank's reserves", "favor") in _propositions(text)
