"""A purpose clause with a light verb over a pronoun ("to get it") is part of the proposition
when the pronoun's antecedent is in the quote (issue 11): the pronoun reads as that phrase.
Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations


def test_the_purpose_pronoun_reads_as_the_phrase_it_refers_back_to(read):
    found = read('"Of course we want a trade deal with Tokyo. We will not weaken our farm standards to get it," '
                 'Canadian Agriculture Minister Ella Brandt said.')
    texts = [s.proposition_text for s in found]
    assert "Canada weakens its farm standards to get a trade deal with Japan" in texts, texts


def test_a_purpose_pronoun_without_an_antecedent_is_left_out(read):
    found = read('"We will not weaken our farm standards to get it," Canadian Agriculture Minister Ella Brandt said.')
    texts = [s.proposition_text for s in found]
    assert texts == ["Canada weakens its farm standards"], texts
