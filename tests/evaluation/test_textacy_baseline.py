"""The textacy baseline (runs where the eval extra is installed; the hint runs everywhere)."""

from __future__ import annotations

import sys

import pytest

from wirecoder.evaluation.errors import EvaluationError
from wirecoder.evaluation.textacy_baseline import TextacyBaseline, textacy_quotes


def test_missing_textacy_gives_an_install_hint(monkeypatch):
    for name in ("textacy", "textacy.extract", "textacy.extract.triples"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(EvaluationError, match=r"pip install 'wirecoder\[eval\]'"):
        TextacyBaseline(lambda text: text)


def test_direct_quotes_become_quote_records(nlp):
    import textacy  # noqa: F401  (installed by ./setup.sh; the test must not skip)
    text = 'Ana Reyes said, "We will win the vote in the spring."'
    (quote,) = textacy_quotes(nlp(text))
    assert quote.kind == "direct"
    assert quote.content.text == '"We will win the vote in the spring."'
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "Ana Reyes"
    assert quote.speaker.name == "Ana Reyes"
    for span in (quote.content, quote.cue, quote.speaker.mention):
        assert text[span.start : span.end] == span.text


def test_unpaired_marks_cost_a_paragraph_not_the_article(nlp):
    import textacy  # noqa: F401  (installed by ./setup.sh; the test must not skip)
    text = 'A stray " mark sits here.\n\nAna Reyes said, "We will win the vote in the spring."'
    doc = nlp(text)
    assert textacy_quotes(doc, per_paragraph=False) == ()
    (quote,) = textacy_quotes(doc)
    assert text[quote.content.start : quote.content.end] == quote.content.text
    assert quote.content.text.startswith('"We will win')
