"""``articles.authors`` (schema 8) on both backends: stored with each article, read back in its
analysis, exported in every row; a schema 7 store (made by schema 7's migrations, filled as
schema 7 wrote) opens read-only as it is, and migrates on its first write without losing a row."""

from __future__ import annotations

import csv
import io
import json

import pytest

import wirecoder
from wirecoder.article import Article
from wirecoder.export.store_rows import rows, write
from wirecoder.records import Analysis
from wirecoder.store import SCHEMA_VERSION, open_store
from wirecoder.store import postgres as pg_module
from wirecoder.store import schema as schema_module
from wirecoder.store import sqlite as sqlite_module
from wirecoder.store.packing import pack_row
from wirecoder.store.schema import AUTHORS_DDL, MIGRATIONS

TEXTS = [
    ("BELGRADE (Reuters) - Serbia will never impose sanctions on Russia, President Aleksandar "
     "Vucic said on Friday. \"We will stay out of any alliance,\" he told a rally. "
     "On Saturday, some 20,000 people protested in Novi Sad against the government.",
     ("Ana Ruiz", "Tomás Vidal")),
    ("KYIV (AP) — Ukraine's foreign minister said on Monday that talks with the European Union "
     "on the port deal would resume next week.", ()),
]


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    articles = [Article(text, source=f"a{i}.txt", published="2024-09-06", authors=authors)
                for i, (text, authors) in enumerate(TEXTS)]
    out = list(wirecoder.analyze_many(articles))
    assert all(isinstance(a, Analysis) for a in out) and out[0].quotes and out[0].events
    return out


def _column(store, article_id: str):
    return store.db.execute("SELECT authors FROM articles WHERE id = ?",
                            (article_id,)).fetchone()[0]


def test_authors_are_stored_read_back_and_exported(store_url, analyses):
    with open_store(store_url) as store:
        for a in analyses:
            store.put(a)
        assert json.loads(_column(store, analyses[0].article.id)) == ["Ana Ruiz", "Tomás Vidal"]
        assert _column(store, analyses[1].article.id) is None
        assert store.analysis(analyses[0].article.id) == analyses[0]
        assert [a.article.authors for a in store.analyses()] == [t[1] for t in TEXTS]
        for kind in ("quotes", "statements", "entities", "events"):
            columns, found = rows(store, kind)
            assert "authors" in columns
            buffer = io.StringIO()
            write(columns, found, "csv", buffer)
            read = list(csv.DictReader(io.StringIO(buffer.getvalue())))
            assert read, kind
            by_article = {r["article_id"]: r["authors"] for r in read}
            assert by_article[analyses[0].article.id] == "Ana Ruiz; Tomás Vidal", kind
            if analyses[1].article.id in by_article:
                assert by_article[analyses[1].article.id] == "", kind


def test_authors_in_parquet(tmp_path, analyses):
    import pyarrow.parquet as pyarrow

    with open_store(str(tmp_path / "w.db")) as store:
        for a in analyses:
            store.put(a)
        columns, found = rows(store, "quotes")
        write(columns, found, "parquet", path=str(tmp_path / "q.parquet"))
    table = pyarrow.read_table(tmp_path / "q.parquet").to_pylist()
    by_article = {r["article_id"]: r["authors"] for r in table}
    assert by_article == {analyses[0].article.id: "Ana Ruiz; Tomás Vidal",
                          analyses[1].article.id: None}


# -- a schema 7 store --------------------------------------------------------------------------
def _put_v7(db, analysis: Analysis) -> None:
    """An article as schema 7's ``Store.put`` wrote its row (no authors column); the child
    tables as today's put writes them (schema 8 changed only ``articles``)."""
    a = analysis.article
    db.execute(
        "INSERT INTO articles (id, source, url, outlet, title, published, published_source, "
        "dateline_place, dateline_agency, language, text, analysis, ingested_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, a.source, a.url, a.outlet, a.title, a.published, a.published_source,
         a.dateline.place if a.dateline else None, a.dateline.agency if a.dateline else None,
         a.language, a.text, pack_row(analysis), "then"))


def _v7_store(target: str, analyses, monkeypatch) -> None:
    with monkeypatch.context() as patch:
        for module in (schema_module, sqlite_module, pg_module):
            patch.setattr(module, "SCHEMA_VERSION", 7)
        with open_store(target) as store:
            assert store.version == 7
            columns = _columns(store)
            assert "authors" not in columns
            for a in analyses:
                _put_v7(store.db, a)


def _columns(store) -> set[str]:
    if isinstance(store, pg_module.PgStore):
        return {name for (name,) in store.db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' "
            "AND table_schema = current_schema()").fetchall()}
    return {row[1] for row in store.db.execute("PRAGMA table_info(articles)").fetchall()}


def test_a_schema_7_store_opens_and_migrates_without_loss(store_url, analyses, monkeypatch):
    # what schema 7 stored: analyses without the field (no wirecoder before wrote authors)
    old = [Analysis.from_dict({**a.to_dict(), "article": {
        k: v for k, v in a.to_dict()["article"].items() if k != "authors"}}) for a in analyses]
    assert [a.article.authors for a in old] == [(), ()]
    _v7_store(store_url, old, monkeypatch)
    with open_store(store_url, readonly=True) as store:  # read as it is: no migration
        assert store.version == 7 and "authors" not in _columns(store)
        before = sorted((a.article.id, a) for a in store.analyses())
        search = sorted(h.id for h in store.search("Serbia", limit=-1))
    assert [a for _, a in before] == sorted(old, key=lambda a: a.article.id)
    with open_store(store_url) as store:  # opened for writing: migrated to schema 8
        assert store.version == SCHEMA_VERSION >= 8 and "authors" in _columns(store)
        assert sorted((a.article.id, a) for a in store.analyses()) == before
        assert sorted(h.id for h in store.search("Serbia", limit=-1)) == search
        assert {_column(store, a.article.id) for a in old} == {None}
        store.put(analyses[0])  # ingested again: now with its authors
        assert json.loads(_column(store, analyses[0].article.id)) == list(TEXTS[0][1])
        assert store.analysis(analyses[0].article.id) == analyses[0]
    with open_store(store_url) as store:  # opened again: nothing migrates twice
        assert store.analysis(analyses[0].article.id) == analyses[0]
        assert store.analysis(analyses[1].article.id) == old[1]


def test_the_migration_is_the_last_and_adds_a_column_only_where_missing(tmp_path):
    assert MIGRATIONS[-1] is AUTHORS_DDL and SCHEMA_VERSION == len(MIGRATIONS)
    import sqlite3

    from wirecoder.store.schema import _apply, split_sql

    db = sqlite3.connect(tmp_path / "x.db")
    db.execute("CREATE TABLE articles (id TEXT)")
    for _ in range(2):  # a second run finds the column there and does nothing
        for statement in split_sql(AUTHORS_DDL):
            _apply(db, statement)
    assert [r[1] for r in db.execute("PRAGMA table_info(articles)")] == ["id", "authors"]
