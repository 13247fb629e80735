"""A reported clause that is nothing but its "that" at the very end of the text (a parse the
property tests met on generated input) gives no quote and no error."""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.analysis import load_pipeline
from wirecoder.stages.quotes.find import find_quotes


def test_a_complement_of_only_that_at_the_end_of_the_text_is_no_quote():
    pipeline = load_pipeline()
    words, spaces = ["Vulin", "said", "that"], [True, True, False]
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, pos=["PROPN", "VERB", "SCONJ"],
              lemmas=["Vulin", "say", "that"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "ccomp"],
              tags=["NNP", "VBD", "IN"], sent_starts=[True, False, False])
    assert find_quotes(doc, (), pipeline.gazetteer, text=doc.text) == ()
