"""An embedded post's span is checked against the article text like every other span of an
Analysis (``iter_spans``): a record whose embed offsets do not hold its words is refused, made
in Python or read from JSON."""

from __future__ import annotations

import pytest

from wirecoder import Analysis, SpanError
from wirecoder.article import Article, Embed
from wirecoder.records import iter_spans
from wirecoder.spans import Span, span_at

TEXT = "The minister posted: We will stay neutral. Nobody replied."


def test_an_embed_span_that_is_not_the_text_is_a_span_error():
    with pytest.raises(SpanError, match="embed 1 span 0:5 is 'The m', not 'We wi'"):
        Analysis(article=Article(text=TEXT, embeds=(Embed(Span(0, 5, "We wi")),)))


def test_a_json_analysis_with_a_shifted_embed_is_refused():
    start = TEXT.index("We will")
    good = Analysis(article=Article(text=TEXT, embeds=(Embed(span_at(TEXT, start, start + 20)),)))
    assert [where for where, _ in iter_spans(good)] == ["embed 1"]
    data = good.to_dict()
    data["article"]["embeds"][0]["start"] += 1
    data["article"]["embeds"][0]["end"] += 1
    with pytest.raises(SpanError, match="embed 1 span"):
        Analysis.from_dict(data)
