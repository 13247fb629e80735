"""One antecedent search for pronouns (referents.antecedent) and the words after an object that
carry its meaning. Sentences written for these tests; the whole pipeline runs."""

from __future__ import annotations

import pytest

from wirecoder.analysis import analyze, load_pipeline
from wirecoder.stages.statements.referents import antecedent, referent_text


def _texts(text):
    return [s.proposition_text for s in analyze(text).statements]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline().nlp


def _it(doc, word="it"):
    return next(t for t in doc if t.lower_ == word)


def test_a_pronoun_prefers_its_own_sentence_over_the_subject_before(nlp):
    doc = nlp("The mood has shifted. Farmers want a subsidy that is fair, and we will defend it.")
    found = antecedent(_it(doc), 0)
    assert found is not None and found.text == "subsidy", found


def test_the_object_of_the_same_verb_comes_first_even_in_a_relative_clause(nlp):
    doc = nlp("The region has ten days to lodge an appeal with the court. Its lawyer said he would lodge it soon.")
    found = antecedent(_it(doc), 0)
    assert found is not None and found.text == "appeal", found


def test_a_thing_pronoun_never_stands_for_a_government_or_a_country_noun(nlp):
    doc = nlp("The government has drafted the reform. The ministry says we should back it.")
    found = antecedent(_it(doc), 0)
    assert found is not None and found.text == "reform", found


def test_an_owner_may_be_a_body_and_the_phrase_is_definite(nlp):
    doc = nlp("The Supreme Tribunal sits in the capital, and its rulings will not be obeyed.")
    found = antecedent(_it(doc, "its"), 0, owner=True)
    assert found is not None and referent_text(found) == "the Supreme Tribunal", found


def test_a_referent_that_needs_resolving_itself_is_not_written(nlp):
    doc = nlp("Its new tariff is high, and we will fight it.")
    found = antecedent(_it(doc), 0)
    assert found is not None and found.text == "tariff" and referent_text(found) is None, found


def test_a_pronoun_for_a_mere_thing_gives_no_position():
    texts = _texts("\"Our neighbours need timber from the north, and Finland must be able to ship it,\" "
                   "Finnish Trade Minister Aino Virtanen said on Monday.")
    assert not any("ship" in t for t in texts), texts


def test_a_pronoun_for_a_measure_gives_the_position():
    texts = _texts("\"The fuel levy hurts families, and Finland will scrap it,\" Finnish Finance Minister "
                   "Aino Virtanen said on Monday.")
    assert any(t.startswith("Finland scraps the fuel levy") for t in texts), texts


def test_an_adverb_that_says_where_the_act_leaves_its_object_is_kept():
    texts = _texts("\"Poland will not carry this cost alone,\" Polish Interior Minister Adam Nowak said on Monday.")
    assert "Poland carries this cost alone" in texts, texts


def test_a_participle_completing_a_with_phrase_is_kept():
    texts = _texts("\"Madrid cannot govern with its doors closed on the regions,\" said Catalan leader Jordi Puig.")
    assert any(t.endswith("with its doors closed on the regions") for t in texts), texts
