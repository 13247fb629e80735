"""A paraphrase before a quote never reaches back into a quote already found: the case the
provenance property test drew ("“...,” he said., “...,” he said.") gives two direct quotes."""

from __future__ import annotations

from wirecoder import Article, analyze

_QUOTE = "“We will never impose sanctions on Russia,” he said."


def test_a_repeated_quote_after_a_cue_is_direct_and_apart():
    text = "BELGRADE, September 6. /TASS/. " + _QUOTE + ", " + _QUOTE + " "
    quotes = analyze(Article(text=text, source="generated")).quotes
    spans = sorted((q.content.start, q.content.end) for q in quotes)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:])), spans


def test_a_paraphrase_before_its_fragment_stays_mixed():
    quotes = analyze("BEIJING (Reuters) - China will continue the patrols “as long as Japan keeps provoking,” "
                     "Foreign Ministry spokesman Li Jian said.").quotes
    assert [q.kind for q in quotes] == ["mixed"]
