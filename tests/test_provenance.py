"""Provenance: every span of every output selects exactly its text in ``article.text``.

Articles are generated from wire-news fragments mixed with arbitrary Unicode, odd whitespace and
quote marks, and run through the real pipeline."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder import Article, analyze
from wirecoder.records import iter_spans

DATELINES = ["BELGRADE, September 6. /TASS/. ", "KYIV (Reuters) - ", "BELGRADE, Serbia (AP) — ",
             "PARIS (AFP) - ", "BEIJING, Sept. 6 (Xinhua) -- ", "NEW YORK — ", "MOSCOW: ", ""]
FRAGMENTS = [
    "Serbian Deputy Prime Minister Aleksandar Vulin said", "President Vucic", "Vučić",
    "the Serbian leader said.", "Moscow has never allowed itself to take steps", "the Kremlin",
    "Belgrade is reluctant to join any military bloc, saying that", "a rally in Belgrade",
    "“We will never impose sanctions on Russia,” he said.", '"Don\'t force Serbia," he said.',
    "According to police estimates,", "NATO", "the European Union", "Kosovo and Metohija",
    "Presidents [Aleksandar] Vucic and [Vladimir] Putin", "German Chancellor Olaf Scholz",
    "Ukrainian Foreign Minister Dmytro Kuleba told reporters", "Washington", "Brussels",
    "on Friday evening", "in 2008", "last December", "🙂", "東京", "e\u0301", "\u00a0", "\t", "\n\n",
    "…", "–", "'", "\"", "“", "”", "‘", "’",
]


@st.composite
def articles(draw) -> Article:
    parts = [draw(st.sampled_from(DATELINES))]
    for _ in range(draw(st.integers(1, 14))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(FRAGMENTS)))
        else:
            parts.append(draw(st.text(max_size=25)))
        parts.append(draw(st.sampled_from([" ", " ", ". ", ", ", "\n", ""])))
    text = "".join(parts)
    if not text.strip():
        text = "Serbia" + text
    return Article(text=text, source="generated")


def _spans_in(obj):
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from _spans_in(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _spans_in(value)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_every_span_selects_its_text(article):
    analysis = analyze(article)
    text = analysis.article.text
    assert text == article.text
    for where, span in iter_spans(analysis):
        assert text[span.start : span.end] == span.text, where
    data = json.loads(json.dumps(analysis.to_dict(), ensure_ascii=False))
    text = data["article"]["text"]
    spans = list(_spans_in({k: v for k, v in data.items() if k != "article"}))
    if data["article"]["dateline"]:
        spans.append(data["article"]["dateline"])
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_quotes_lie_inside_the_text_and_do_not_overlap(article):
    quotes = analyze(article).quotes
    n = len(article.text)
    spans = sorted((q.content.start, q.content.end) for q in quotes)
    for start, end in spans:
        assert 0 <= start < end <= n
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start, "two quotes overlap"
