"""A clause whose subject is an office or a body named by a common noun ("the president", "her
party", "the government" in a story that names no country) states a position, as domestic
political copy writes most of them; a subject naming nobody in particular does not. Sentences
written for these tests; real pipeline."""

from __future__ import annotations

import pytest


def _found(statements):
    return [(s.holder_name, s.proposition_text, s.stance, s.hedge)
            for s in statements]


@pytest.mark.parametrize("text, holder, proposition, stance", [
    pytest.param("Senator Maren Lund said her party would not support the pension bill.",
                 "Maren Lund", "Maren Lund's party supports the pension bill", "against",
                 id="speaker-possessive"),
    pytest.param("Governor Ray Okafor said the president would never sign the border bill.",
                 "Ray Okafor", "The president signs the border bill", "against", id="office"),
    pytest.param("Justice Secretary Ellen Marsh said the government should scrap the early "
                 "release scheme.", "Ellen Marsh", "The government scraps the early release scheme",
                 "favor", id="government-no-country"),
    pytest.param("Union leader Pat Doyle said his union would back the new contract.",
                 "Pat Doyle", "Pat Doyle's union backs the new contract", "favor",
                 id="body-head"),
])
def test_an_office_or_body_subject_states_a_position(read, text, holder, proposition, stance):
    found = _found(read(text))
    assert (holder, proposition, stance) in [(h, p, s) for h, p, s, _ in found], found


@pytest.mark.parametrize("text", [
    pytest.param("Senator Maren Lund said a minister would not support the pension bill.",
                 id="indefinite"),
    pytest.param("Senator Maren Lund said their party would not support the pension bill.",
                 id="someone-elses-possessive"),
    pytest.param("Senator Maren Lund said the bill would not pass the chamber.", id="not-an-agent"),
])
def test_a_subject_naming_nobody_in_particular_states_none(read, text):
    assert _found(read(text)) == []
