"""The corpus index (``wirecoder index``, its tables a migration of their own; issue 13 item 1) on both backends: on a
store of the seeds and the wire_dev stories analysed by the real pipeline, every query answers
the same from the index as from the whole store; a stale index (articles stored after it) or one
built for other settings is not used, and the query says so; a one-speaker query is a search of
the index by its speaker column, not a scan."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from wirecoder.corpus.index import build_index, check_index, load_corpus
from wirecoder.corpus.quotes import query_quotes
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.store import open_store

ROOT = Path(__file__).resolve().parents[2]
WIRE_DEV = ROOT.parent / "shared" / "data" / "wire_dev"
INPUTS = [*sorted((ROOT / "samples").glob("*.txt")), *sorted(WIRE_DEV.glob("*.txt")),
          *sorted((ROOT / "tests" / "fixtures" / "positions" / "articles").glob("*.txt"))]


@pytest.fixture(scope="module")
def analyses():
    """The seeds, the wire_dev stories and the positions fixture, analysed by the real
    pipeline once (the seeds dated as the README dates them)."""
    from wirecoder.analysis import load_pipeline
    from wirecoder.store.ingest import read_articles

    assert len(INPUTS) > 40, "the seeds and ../shared/data/wire_dev are needed"
    articles = list(read_articles([str(p) for p in INPUTS], published="2019-04-20"))
    out = list(load_pipeline().analyze_many(articles))
    assert all(hasattr(a, "article") for a in out), [a for a in out if not hasattr(a, "article")]
    return out


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _fill(url: str, analyses) -> None:
    with open_store(url) as store:
        for analysis in analyses:
            store.put(analysis)


def _queries(url: str, gazetteer) -> dict[str, list[str]]:
    """What the queries to compare are about: the most quoted speakers (full names and
    surnames alone), holders, a country, a name nobody has; topics; date ranges."""
    with open_store(url, readonly=True) as store:
        speakers = Counter(q.speaker_name for q in store.quotes() if q.speaker_name)
        holders = Counter(s.holder_name for s in store.statements() if s.holder_name)
    names = [n for n, _ in speakers.most_common(8)]
    full = [n for n in names if " " in n]
    names += [n.split()[-1] for n in full][:4]  # a surname alone
    names += [f"{n[0]}. {n.split()[-1]}" for n in full][:4]  # an initial: a form never stored
    names += [f"President {n}" for n in full][:2]  # a title
    names += [n for n, _ in holders.most_common(6)] + ["Serbia", "Russia", "NATO", "Nobody Atall"]
    return {"who": list(dict.fromkeys(names)), "about": ["sanctions", "Russia", "%", "nato"],
            "dates": [(None, None), ("2019-04", None), (None, "2019-04-19"), ("2020", "2024-12")]}


def _answers(url: str, gazetteer, queries: dict, notes: list[str]) -> dict[str, object]:
    """Every query's answer as the commands print it (JSON-ready dicts)."""
    out: dict[str, object] = {}
    with open_store(url, readonly=True) as store:
        for who in [None, *queries["who"]]:
            for about in [None, queries["about"][0]]:
                for since, until in queries["dates"]:
                    for echoes in (True, False):
                        key = f"quotes {who} {about} {since} {until} {echoes}"
                        out[key] = [line.to_dict() for line in query_quotes(
                            store, gazetteer, speaker=who, about=about, since=since, until=until,
                            echoes=echoes, notes=notes)]
        everyone = load_corpus(store, gazetteer, notes=notes)
        indexed = check_index(store, "statements").fresh
        for who in [None, *queries["who"]]:
            # shifts --actor: from the index, every claim of the holders the actor holds or
            # speaks for; without it the whole store's corpus
            holders = load_corpus(store, gazetteer, notes=notes, holders_of=who) \
                if indexed and who is not None else everyone
            for about in [None, *queries["about"]]:
                for since, until in queries["dates"]:
                    out[f"actor shifts {who} {about} {since} {until}"] = [
                        s.to_dict() for s in holders.shifts(actor=who, about=about, since=since,
                                                            until=until)]
                    # from the index: only what the actor and dates select; without it the one
                    # corpus of the whole store (what load_corpus gives whatever they are)
                    corpus = load_corpus(store, gazetteer, notes=notes, actor=who, since=since,
                                         until=until) if indexed else everyone
                    if who is not None:
                        out[f"known {who}"] = corpus.actor(who).known
                    for by in ("holder", "country"):
                        positions = corpus.positions(actor=who, about=about, since=since,
                                                     until=until, by=by)
                        out[f"positions {who} {about} {since} {until} {by}"] = [
                            {**p.to_dict(), "claims": [c.to_dict() for c in p.claims]}
                            for p in positions]
                    out[f"shifts {who} {about} {since} {until}"] = [
                        s.to_dict() for s in everyone.shifts(actor=who, about=about, since=since,
                                                             until=until)]
    return out


def test_indexed_answers_are_the_unindexed_answers(store_url, analyses, gazetteer):
    _fill(store_url, analyses)
    queries = _queries(store_url, gazetteer)
    unindexed_notes: list[str] = []
    unindexed = _answers(store_url, gazetteer, queries, unindexed_notes)

    with open_store(store_url) as store:
        report = build_index(store, gazetteer)
    with open_store(store_url, readonly=True) as store:
        assert check_index(store, "quotes").fresh and check_index(store, "statements").fresh
        counts = store.counts()
    assert (report.quotes, report.statements) == (counts["quotes"], counts["statements"])
    indexed_notes: list[str] = []
    indexed = _answers(store_url, gazetteer, queries, indexed_notes)

    assert indexed.keys() == unindexed.keys()
    for key in unindexed:
        assert indexed[key] == unindexed[key], key
    assert indexed_notes == [n for n in unindexed_notes if "wirecoder index" not in n][:len(indexed_notes)]
    # the comparison is not vacuous: speakers with quotes and positions, copies folded, shifts
    assert report.quote_copies > 0 and report.statement_copies > 0
    assert sum(1 for k, v in indexed.items() if k.startswith("quotes ") and "None None None None" not in k and v) > 10
    assert any(v for k, v in indexed.items() if k.startswith("positions ") and " None None None None holder" not in k
               and not k.startswith("positions None"))
    assert any(line["copies"] for line in indexed["quotes None None None None True"])
    assert indexed["shifts None None None None"]
    assert any(v for k, v in indexed.items() if k.startswith("actor shifts ")
               and not k.startswith("actor shifts None"))


def test_a_stale_index_is_not_used_and_the_query_says_so(store_url, analyses, gazetteer):
    _fill(store_url, analyses[:-1])
    with open_store(store_url) as store:
        build_index(store, gazetteer)
    _fill(store_url, analyses[-1:])  # an article stored after the index
    notes: list[str] = []
    with open_store(store_url, readonly=True) as store:
        check = check_index(store, "statements")
        assert not check.fresh and "out of date" in check.hint and "wirecoder index --db" in check.hint
        stale = [line.to_dict() for line in query_quotes(store, gazetteer, notes=notes)]
        corpus = load_corpus(store, gazetteer, notes=notes)
        positions = [p.to_dict() for p in corpus.positions()]
    assert len(notes) == 2 and all("out of date" in n for n in notes)
    with open_store(store_url) as store:
        build_index(store, gazetteer)
    notes = []
    with open_store(store_url, readonly=True) as store:
        assert check_index(store, "quotes").fresh
        assert [line.to_dict() for line in query_quotes(store, gazetteer, notes=notes)] == stale
        assert [p.to_dict() for p in load_corpus(store, gazetteer, notes=notes).positions()] == positions
    assert notes == []


def test_an_index_built_for_other_settings_is_not_used(store_url, analyses, gazetteer):
    _fill(store_url, analyses[:12])
    with open_store(store_url) as store:
        build_index(store, gazetteer, days=3)
    with open_store(store_url, readonly=True) as store:
        assert check_index(store, "quotes", days=3).fresh
        check = check_index(store, "quotes")
        assert not check.fresh and "--echo-days 3" in check.hint
        assert not check_index(store, "statements", days=3, lexical_keys=True).fresh
        # without echoes the echo settings do not matter: the index answers
        notes: list[str] = []
        every = query_quotes(store, gazetteer, echoes=False, notes=notes)
        assert notes == [] and len(every) == store.counts()["quotes"]


def test_a_store_before_the_index_schema_has_no_index_and_answers(tmp_path, analyses, gazetteer):
    from wirecoder.store.schema import CORPUS_INDEX_VERSION, MIGRATIONS, SCHEMA_VERSION, split_sql

    before = CORPUS_INDEX_VERSION - 1
    path = tmp_path / "older.db"
    db = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:before]:
        if callable(step):
            step(db)
        else:
            for statement in split_sql(step):
                db.execute(statement)
    db.execute(f"PRAGMA user_version = {before}")
    db.close()
    with open_store(path, readonly=True) as store:
        assert store.version == before and store.index_state("quotes") is None
        assert query_quotes(store, gazetteer) == []
    with open_store(path) as store:  # opened for writing: migrated, the index tables made
        assert store.version == SCHEMA_VERSION >= CORPUS_INDEX_VERSION
        store.put(analyses[0])
        build_index(store, gazetteer)
        assert json.loads(store.index_state("quotes")[2])["rows"] == store.counts()["quotes"]


def test_a_one_speaker_query_searches_the_index_by_speaker(tmp_path, analyses, gazetteer):
    path = str(tmp_path / "plan.db")
    _fill(path, analyses)
    with open_store(path) as store:
        build_index(store, gazetteer)
    with open_store(path, readonly=True) as store:
        seen: list[str] = []
        store.db.set_trace_callback(seen.append)
        lines = query_quotes(store, gazetteer, speaker="Vucic")
        store.db.set_trace_callback(None)
        assert lines
        reads = [s for s in seen if "FROM quote_index x" in s]
        assert reads
        for sql in reads:
            plan = " ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql))
            assert "SCAN x" not in plan and "USING INDEX quote_index_speaker" in plan, plan
