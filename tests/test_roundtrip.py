"""``Analysis.from_dict(a.to_dict()) == a``, through JSON text and through the store, for
analyses built record by record and for real ``analyze()`` output on generated articles."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wirecoder
from wirecoder import Analysis, Article, InputError, Store
from wirecoder.article import Dateline
from wirecoder.records import EventActor, Entity, Event, Quote, Speaker, Statement, TimeExpression
from wirecoder.spans import Span, span_at

_maybe_text = st.none() | st.text(max_size=20)
_days = st.dates().map(lambda d: d.isoformat())


@st.composite
def analyses(draw) -> Analysis:
    text = draw(st.text(min_size=1, max_size=60))

    def span() -> Span:
        start = draw(st.integers(0, len(text)))
        return span_at(text, start, draw(st.integers(start, len(text))))

    def maybe_span() -> Span | None:
        return span() if draw(st.booleans()) else None

    country = st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)
    article = Article(
        text=text,
        source=draw(st.text(max_size=20)),
        url=draw(_maybe_text), outlet=draw(_maybe_text), title=draw(_maybe_text),
        published=draw(st.none() | _days),
        published_source=draw(st.sampled_from([None, "metadata", "marker", "dateline", "html",
                                                "feed", "user"])),
        dateline=Dateline(draw(_maybe_text), draw(_maybe_text), span()) if draw(st.booleans()) else None,
        language=draw(st.sampled_from([None, "en", "sr"])),
    )
    entities = tuple(
        Entity(f"e{i}", draw(st.sampled_from(["PERSON", "COUNTRY", "ORG"])), draw(st.text(max_size=20)),
               draw(country), draw(_maybe_text), tuple(span() for _ in range(draw(st.integers(1, 3)))))
        for i in range(1, draw(st.integers(0, 3)) + 1)
    )
    entity_ids = st.none() | st.sampled_from([e.id for e in entities] or ["e1"])
    quotes = tuple(
        Quote(f"q{i}", draw(st.sampled_from(["direct", "indirect", "mixed"])), span(), maybe_span(),
              Speaker(maybe_span(), draw(entity_ids), draw(_maybe_text)), draw(st.none() | _days))
        for i in range(1, draw(st.integers(0, 3)) + 1)
    )
    times = tuple(
        TimeExpression(span(), draw(st.none() | _days | st.just("2009-Q3")),
                       draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])))
        for _ in range(draw(st.integers(0, 3)))
    )
    statements = tuple(
        Statement(f"s{i}", draw(st.sampled_from([q.id for q in quotes] or ["q1"])), draw(entity_ids),
                  draw(_maybe_text), draw(st.text(max_size=30)), draw(st.text(max_size=30)),
                  draw(st.sampled_from(["favor", "against"])),
                  draw(st.sampled_from(["absolute", "firm", "conditional", "uncertain"])),
                  draw(_maybe_text), draw(_maybe_text), draw(_maybe_text), maybe_span(),
                  draw(st.none() | _days))
        for i in range(1, draw(st.integers(0, 3)) + 1)
    )
    actor = st.builds(EventActor, _maybe_text, country, _maybe_text)
    events = tuple(
        Event(f"v{i}", draw(st.text(min_size=1, max_size=10)), draw(_maybe_text),
              tuple(draw(st.lists(actor, max_size=2))), tuple(draw(st.lists(actor, max_size=2))),
              draw(_maybe_text), draw(st.none() | _days), draw(st.none() | st.integers(0, 10**6)),
              draw(_maybe_text), span())
        for i in range(1, draw(st.integers(0, 2)) + 1)
    )
    return Analysis(article, entities, quotes, times, statements, events)


@settings(max_examples=200)
@given(analyses())
def test_from_dict_inverts_to_dict(a):
    assert Analysis.from_dict(a.to_dict()) == a
    assert Analysis.from_dict(json.loads(json.dumps(a.to_dict(), ensure_ascii=False))) == a


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(analyses())
def test_the_store_gives_back_the_analysis(tmp_path_factory, a):
    with Store(tmp_path_factory.mktemp("db") / "w.db") as store:
        store.put(a)
        assert store.analysis(a.article.id) == a
        assert store.analysis("0" * 16) is None


# -- real analyses of generated articles ---------------------------------------------------
_SPEAKERS = ["Vucic", "Serbian President Aleksandar Vucic", "Foreign Minister Peter Szijjarto",
             "Slovak Prime Minister Robert Fico", "The Kremlin", "A spokesman for the ministry"]
_CLAIMS = ["Serbia will never impose sanctions on Russia",
           "Hungary would not support new sanctions against Moscow",
           "Slovakia may ban grain imports from Ukraine if prices fall further",
           "the two countries remain strategic partners",
           "NATO will not expand further east"]
_WHEN = ["", " on Friday", " last week", " on September 5", " in 2023"]
_VERBS = ["said", "told reporters", "stressed", "said in a statement"]


@st.composite
def sentences(draw) -> str:
    speaker, claim = draw(st.sampled_from(_SPEAKERS)), draw(st.sampled_from(_CLAIMS))
    verb, when = draw(st.sampled_from(_VERBS)), draw(st.sampled_from(_WHEN))
    if draw(st.booleans()):
        return f"\u201c{claim[0].upper()}{claim[1:]},\u201d {speaker} {verb}{when}."
    return f"{speaker} {verb}{when} that {claim}."


@st.composite
def articles(draw) -> Article:
    body = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
    if draw(st.booleans()):
        body = "BELGRADE, September 6. /TASS/. " + body
    published = draw(st.none() | st.sampled_from(["2024-09-06", "2023-03-01"]))
    return Article(text=body, published=published)


@settings(max_examples=25, deadline=None)
@given(articles())
def test_real_analyses_round_trip(article):
    a = wirecoder.analyze(article)
    assert Analysis.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_real_analyses_round_trip_through_the_store(tmp_path, seed_texts):
    analyses = [wirecoder.analyze(t, published="2024-09-06") for t in seed_texts.values()]
    assert sum(len(a.statements) for a in analyses) > 0
    with Store(tmp_path / "w.db") as store:
        for a in analyses:
            store.put(a)
        for a in analyses:
            assert store.analysis(a.article.id) == a


def test_json_written_before_the_added_fields_still_loads():
    """quotes[].date, times[].type, statements' subject/predicate/object, evidence and date came
    after the first contract: JSON without them gets their defaults."""
    a = wirecoder.analyze("Serbia will never impose sanctions on Russia, Vucic said on Friday.",
                          published="2024-09-10")
    old = a.to_dict()
    for q in old["quotes"]:
        del q["date"]
    for t in old["times"]:
        del t["type"]
    for s in old["statements"]:
        for key in ("subject", "predicate", "object"):
            del s["proposition"][key]
        del s["evidence"], s["date"]
    b = Analysis.from_dict(old)
    assert b.quotes[0].date is None and b.times[0].type == "DATE"
    assert b.statements[0].evidence is None and b.statements[0].subject is None
    assert b.quotes[0].content == a.quotes[0].content
    assert b.statements[0].proposition_key == a.statements[0].proposition_key


@pytest.mark.parametrize("data, problem", [
    ({"schema": "wirecoder.analysis/2"}, "schema is 'wirecoder.analysis/2', not 'wirecoder.analysis/1'"),
    ([], "schema is None"),
    ({"schema": "wirecoder.analysis/1"}, "malformed wirecoder.analysis/1 object (KeyError: 'article')"),
    ({"schema": "wirecoder.analysis/1", "article": {"text": "x"}, "quotes": [{"id": "q1"}]},
     "malformed wirecoder.analysis/1 object (KeyError: 'kind')"),
])
def test_other_json_is_an_input_error(data, problem):
    with pytest.raises(InputError) as err:
        Analysis.from_dict(data)
    assert problem in str(err.value)


def test_offsets_that_miss_the_text_are_a_span_error():
    data = wirecoder.analyze("Vucic said Serbia will never impose sanctions.").to_dict()
    data["article"]["text"] = data["article"]["text"].replace("Vucic", "VUCIC")
    with pytest.raises(wirecoder.SpanError, match="is 'VUCIC', not 'Vucic'"):
        Analysis.from_dict(data)
