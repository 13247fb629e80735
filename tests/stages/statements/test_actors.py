"""Whom "we", "our country" and "the government" stand for in a speaker's mouth (issue 11):
the statement stage's actor index over a real parse, with the speaker given."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.records import Entity, Quote, Speaker
from wirecoder.spans import span_at
from wirecoder.stages.statements.actors import ArticleIndex, resolve_subject

TEXT = ('"We ask the government to reopen the crossing and our country to stand by us," the Guild '
        'of Road Hauliers said.')
NAME = "Guild of Road Hauliers"


@pytest.fixture(scope="module")
def index_and_quote():
    pipeline = load_pipeline()
    doc = pipeline.nlp(TEXT)
    start = TEXT.index(NAME)
    guild = Entity("e1", "ORG", NAME, "POL", None, (span_at(TEXT, start, start + len(NAME)),))
    end = TEXT.index(',"')
    quote = Quote("q1", "direct", span_at(TEXT, 1, end), None,
                  Speaker(span_at(TEXT, start, start + len(NAME)), "e1", NAME))
    return ArticleIndex(doc, (guild,), pipeline.gazetteer, None), quote, doc


def _subject(doc, word):
    return next(t for t in doc if t.text == word)


def test_we_of_a_non_state_body_is_the_body(index_and_quote):
    index, quote, doc = index_and_quote
    assert [a.name for a in resolve_subject(index, _subject(doc, "We"), quote)] == [NAME]


def test_the_government_of_a_non_state_body_is_its_country(index_and_quote):
    index, quote, doc = index_and_quote
    assert [a.code for a in resolve_subject(index, _subject(doc, "government"), quote)] == ["POL"]
    assert [a.code for a in resolve_subject(index, _subject(doc, "country"), quote)] == ["POL"]


def test_the_authorities_in_an_international_bodys_mouth_are_the_articles_country():
    pipeline = load_pipeline()
    text = "The IMF urged the authorities to move toward a more flexible exchange rate."
    doc = pipeline.nlp(text)
    imf = Entity("e1", "ORG", "International Monetary Fund", None, None, (span_at(text, 4, 7),))
    quote = Quote("q1", "indirect", span_at(text, 15, len(text) - 1), span_at(text, 8, 13),
                  Speaker(span_at(text, 4, 7), "e1", "International Monetary Fund"))
    index = ArticleIndex(doc, (imf,), pipeline.gazetteer, "ARG")
    assert [a.code for a in resolve_subject(index, _subject(doc, "authorities"), quote)] == ["ARG"]
