"""The ``wirecoder_retag`` component: a coordinated base verb the tagger read as a noun is a verb
again; nouns coordinated with nouns, and nominalisations, stay nouns. Real spaCy pipeline."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline().nlp


def _tagged(nlp, text: str, word: str) -> tuple[str, str]:
    tok = next(t for t in nlp(text) if t.text == word)
    return tok.pos_, tok.tag_


def test_the_pipeline_ends_with_the_retagger(nlp):
    assert nlp.pipe_names[-1] == "wirecoder_retag"


def test_a_coordinated_verb_read_as_a_noun_is_a_verb(nlp):
    text = "The European Commission urged both sides to avoid unilateral actions and return to dialogue."
    with nlp.select_pipes(disable=["wirecoder_retag"]):
        assert _tagged(nlp, text, "return")[0] == "NOUN"  # the tagger's reading, which the component mends
    assert _tagged(nlp, text, "return") == ("VERB", "VB")


@pytest.mark.parametrize("text, word", [
    ("The government will build roads and bridges across the north.", "bridges"),
    ("The ministry promised to increase spending and investment in schools.", "investment"),
    ("Both sides signed the deal and the protocol on trade.", "protocol"),
])
def test_coordinated_nouns_stay_nouns(nlp, text, word):
    assert _tagged(nlp, text, word)[0] == "NOUN"

