from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.article import Article, normalize_text
from wirecoder.errors import StoreError
from wirecoder.records import Analysis, Entity
from wirecoder.spans import span_at
from wirecoder.store import SCHEMA_VERSION, Store


def _analysis(text: str, source: str = "x.txt") -> Analysis:
    art = Article(text=text, source=source)
    i = text.find("Serbia")
    ents = ()
    if i >= 0:
        ents = (Entity("e1", "COUNTRY", "Serbia", "SRB", None, (span_at(text, i, i + 6),)),)
    return Analysis(article=art, entities=ents)


def test_schema_version_wal_and_fts(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.put(_analysis("Serbia will never impose sanctions on Russia, Vucic said."))
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    hits = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'sanctions'").fetchall()
    assert len(hits) == 1


def test_upsert_is_idempotent(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        for _ in range(3):
            store.put(_analysis("Serbia will never impose sanctions on Russia."))
        counts = store.counts()
    assert counts["articles"] == 1 and counts["entities"] == 1 and counts["mentions"] == 1
    with Store(path) as store:  # reopening migrates nothing and loses nothing
        assert store.counts() == counts
        assert len(list(store.search("sanctions"))) == 1


def test_search_tolerates_fts_syntax(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.put(_analysis('He said "no" to the EU-Serbia deal: AND OR NEAR.'))
        assert [h.snippet for h in store.search('"no" EU-Serbia')]
        assert len(list(store.search("AND OR NEAR"))) == 1  # operators are searched as words
        assert list(store.search("  ")) == []
        assert list(store.search("absentword")) == []


def test_not_a_database(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(bad)


def test_newer_schema_refused(tmp_path):
    path = tmp_path / "w.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StoreError, match="upgrade wirecoder"):
        Store(path)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=1, max_size=200).filter(str.strip), min_size=1, max_size=6))
def test_round_trip_property(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("db") / "w.db"
    with Store(path) as store:
        for t in texts:
            store.put(_analysis(t))
        distinct = {Article(text=t).id for t in texts}
        assert store.counts()["articles"] == len(distinct)
        for t in texts:
            stored = store.analysis(Article(text=t).id)
            assert normalize_text(stored.article.text) == normalize_text(t)
