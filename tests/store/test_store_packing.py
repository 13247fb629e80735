"""The packed analysis JSON (schema 3): no article text, no span text the offsets give, the same
Analysis back from the store, and stores written before it packed on migration (or read as they
are when opened read-only)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import wirecoder
from wirecoder.records import iter_spans
from wirecoder.store import SCHEMA_VERSION, Store
from wirecoder.store.packing import pack, unpack, unpacked_json
from wirecoder.store.sqlite import _MIGRATIONS, _split_sql

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "positions" / "articles"


@pytest.fixture(scope="module")
def analyses(seed_texts):
    texts = list(seed_texts.values()) + [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    out = list(wirecoder.analyze_many(texts))
    assert len(out) == len(texts) and all(isinstance(a, wirecoder.Analysis) for a in out)
    return out


def _span_texts(value) -> int:
    """How many objects with start and end carry a text."""
    if isinstance(value, dict):
        own = int("start" in value and "end" in value and "text" in value)
        return own + sum(_span_texts(v) for v in value.values())
    if isinstance(value, list):
        return sum(_span_texts(v) for v in value)
    return 0


def test_the_stored_json_holds_no_article_text_nor_span_text(analyses):
    for a in analyses:
        stored = pack(a)
        data = json.loads(unpacked_json(stored))
        assert "text" not in data["article"]
        assert list(iter_spans(a))
        assert _span_texts(data) == 0 and _span_texts(a.to_dict()) > 0
        assert unpack(stored, a.article.text) == a
        whole = json.dumps(a.to_dict(), ensure_ascii=False, separators=(",", ":"))
        assert len(unpacked_json(stored)) <= len(whole) - len(a.article.text)
        assert len(stored) < len(whole.encode()) / 4


def test_seeds_and_fixtures_round_trip_through_the_store(tmp_path, analyses):
    with Store(tmp_path / "w.db") as store:
        for a in analyses:
            store.put(a)
        for a in analyses:
            assert store.analysis(a.article.id) == a


def _version_2_store(path: Path, analyses) -> None:
    """A store as schema 2 wrote it: the whole analysis JSON in every row."""
    db = sqlite3.connect(path, isolation_level=None)
    for number in range(2):
        for statement in _split_sql(_MIGRATIONS[number]):
            db.execute(statement)
    db.execute("PRAGMA user_version = 2")
    for a in analyses:
        db.execute("INSERT INTO articles (id, source, text, analysis, ingested_at) VALUES (?,?,?,?,?)",
                   (a.article.id, a.article.source, a.article.text,
                    json.dumps(a.to_dict(), ensure_ascii=False), "then"))
    db.execute("INSERT INTO articles (id, source, text, analysis, ingested_at) VALUES "
               "('junk', 'j.txt', 'some text', '{}', 'then')")  # not an analysis: left alone
    db.close()


def test_a_version_2_store_is_read_as_it_is_and_packed_on_migration(tmp_path, analyses):
    path = tmp_path / "old.db"
    _version_2_store(path, analyses[:5])
    before = path.stat().st_size
    with Store(path, readonly=True) as store:  # no migration: the whole JSON is read
        assert store.version == 2
        assert [store.analysis(a.article.id) for a in analyses[:5]] == analyses[:5]
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
        for a in analyses[:5]:
            (stored,) = store.db.execute("SELECT analysis FROM articles WHERE id = ?",
                                         (a.article.id,)).fetchone()
            assert isinstance(stored, bytes)
            assert "text" not in json.loads(unpacked_json(stored))["article"]
            assert store.analysis(a.article.id) == a
        assert store.db.execute("SELECT analysis FROM articles WHERE id = 'junk'").fetchone() == ("{}",)
        # the FTS index still matches every article after the rewrite
        store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        word = analyses[0].article.text.split()[0].strip(".,\u201c\u201d\"")
        assert analyses[0].article.id in {h.id for h in store.search(word)}
        store.db.execute("VACUUM")
        # the corpus index's migration adds its tables, empty here: a page per b-tree
        from wirecoder.store.schema import CORPUS_INDEX_TABLES

        marks = ",".join("?" * len(CORPUS_INDEX_TABLES))
        (trees,) = store.db.execute(f"SELECT count(*) FROM sqlite_master WHERE rootpage > 0 "
                                    f"AND tbl_name IN ({marks})", CORPUS_INDEX_TABLES).fetchone()
        (page,) = store.db.execute("PRAGMA page_size").fetchone()
    assert trees and path.stat().st_size - trees * page < before


def test_the_preset_dictionary_makes_short_analyses_smaller(analyses):
    # plain zlib of the packed JSON is what schema 3 stored first; the dictionary of the
    # contract's keys must beat it on every analysis, by a fifth at least in all
    import zlib

    plain = [zlib.compress(unpacked_json(pack(a)).encode("utf-8"), 6) for a in analyses]
    preset = [pack(a) for a in analyses]
    assert all(p < q for p, q in zip(map(len, preset), map(len, plain)))
    assert sum(map(len, preset)) <= 0.8 * sum(map(len, plain))


def test_rows_compressed_without_the_dictionary_are_read(tmp_path, analyses):
    import zlib

    a = analyses[0]
    old = zlib.compress(unpacked_json(pack(a)).encode("utf-8"), 6)
    assert unpack(old, a.article.text) == a
    assert unpack(pack(a), a.article.text) == a


def test_a_new_store_is_laid_out_small_and_gives_back_what_it_frees(tmp_path, analyses):
    from wirecoder.store.schema import PAGE_SIZE

    path = tmp_path / "small.db"
    with Store(path) as store:
        for a in analyses:
            store.put(a)
        fragmented = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.compact_search_index()
        db = store.db
        assert db.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 2048
        assert db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
        assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert db.execute("PRAGMA page_count").fetchone()[0] < fragmented
        indexes = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not indexes & {"entities_name", "entities_country"}
        assert [store.analysis(a.article.id) for a in analyses] == analyses
        pages = db.execute("PRAGMA page_count").fetchone()[0]
    assert path.stat().st_size == pages * PAGE_SIZE  # checkpointed: the file is the store
    assert list(Store(path, readonly=True).search(analyses[0].article.text.split()[0]))
