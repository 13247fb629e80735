"""The lean store (schema 6): no span text beside its offsets in the tables (rebuilt on read from
the article's text), spans packed as ``[start, length]`` under the second preset dictionary, a
search index without positions (every token of the query must match), and a schema 5 store
migrated to it with every record read back equal. Both backends where a test takes
``store_url``."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

import wirecoder
from wirecoder.records import Analysis
from wirecoder.store import SCHEMA_VERSION, open_store
from wirecoder.store import postgres as pg_module
from wirecoder.store import schema as schema_module
from wirecoder.store import sqlite as sqlite_module
from wirecoder.store.events import ACTOR_COLUMNS, INSERT_ACTORS, INSERT_EVENTS, rows_of_events
from wirecoder.store.packing import (
    ARTICLE_COLUMNS,
    ZDICT,
    ZDICT2,
    dictionary_of,
    pack,
    pack_row,
    unpack,
    unpacked_json,
)
from wirecoder.store.schema import SPAN_TEXT_COLUMNS
from wirecoder.store.sqlite import StoredStatement, _statement_rows, fts_terms

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT.parent / "shared" / "data" / "wire_dev"
FIXTURES = ROOT / "tests" / "fixtures" / "positions" / "articles"

#: Characters outside the BMP and accents before the quote: offsets count code points, and so
#: must the SQL that cuts the text (SQLite and PostgreSQL count characters, not bytes).
ASTRAL = ("ANKARA (Reuters) - 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 😀 Çavuşoğlu said on Monday: \u201cTurkey will never accept "
          "a deal that divides Cyprus,\u201d adding that talks with the U.S. and al-Assad's "
          "envoys would go on. The foreign minister told reporters the sanctions on Russia "
          "would stay.\n")


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:6]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(WIRE.glob("*.txt"))[:8]]
    texts.append(ASTRAL)
    out = list(wirecoder.analyze_many(texts))
    assert all(isinstance(a, Analysis) for a in out)
    assert sum(len(a.events) for a in out) and sum(len(a.statements) for a in out)
    return out


# -- the records a store gives back ---------------------------------------------------------
def _records(store, analyses) -> dict[str, object]:
    """Everything the queries, exports and Analysis.from_dict read from a store."""
    return {
        "analyses": [store.analysis(a.article.id) for a in analyses],
        "all": sorted((a.article.id, a) for a in store.analyses()),
        "quotes": sorted(store.quotes(), key=lambda q: (q.article_id, q.quote_id)),
        "statements": sorted(store.statements(), key=lambda s: (s.article_id, s.statement_id)),
        "events": sorted((s.article_id, s.event.id, s) for s in store.events()),
        "search": {w: sorted(h.id for h in store.search(w, limit=-1))
                   for w in ("sanctions", "Serbia", "Cyprus", "minister said")},
        "speakers": store.speaker_names(),
    }


def test_the_tables_rebuild_every_span_text_from_the_articles_text(store_url, analyses):
    with open_store(store_url) as store:
        for a in analyses:
            store.put(a)
        by_id = {a.article.id: a for a in analyses}
        quotes = store.quotes()
        assert len(quotes) == sum(len(a.quotes) for a in analyses) > 20
        for q in quotes:
            quote = next(x for x in by_id[q.article_id].quotes if x.id == q.quote_id)
            assert q.text == quote.content.text and (q.start, q.end) == (quote.content.start,
                                                                          quote.content.end)
        statements = store.statements()
        assert len(statements) == sum(len(a.statements) for a in analyses) > 3
        for s in statements:
            a = by_id[s.article_id]
            st = next(x for x in a.statements if x.id == s.statement_id)
            quote = next((x for x in a.quotes if x.id == st.quote), None)
            assert s.evidence_text == (st.evidence.text if st.evidence else None)
            assert s.quote_text == (quote.content.text if quote else None)
        events = store.events()
        assert len(events) == sum(len(a.events) for a in analyses) > 3
        for e in events:
            assert e.event in by_id[e.article_id].events  # evidence and trigger texts too
        astral = next(a for a in analyses if a.article.text == ASTRAL)
        assert any(q.article_id == astral.article.id and "Cyprus" in q.text for q in quotes)
        assert [store.analysis(a.article.id) for a in analyses] == analyses


def _columns(store, table: str) -> set[str]:
    if isinstance(store, pg_module.PgStore):
        return {r[0] for r in store.db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema()", (table,)).fetchall()}
    return {r[1] for r in store.db.execute(f"PRAGMA table_info({table})").fetchall()}


def test_a_new_store_holds_no_span_text_beside_its_offsets(store_url):
    with open_store(store_url) as store:
        for table, column in SPAN_TEXT_COLUMNS:
            columns = _columns(store, table)
            assert "article_id" in columns and column not in columns, (table, column)
        if not isinstance(store, pg_module.PgStore):
            sql = dict(store.db.execute("SELECT name, sql FROM sqlite_master").fetchall())
            assert "WITHOUT ROWID" in sql["quotes"].upper()
            assert "detail=none" in sql["articles_fts"]


# -- search without positions ---------------------------------------------------------------
def test_a_query_is_every_token_the_index_tokenizer_makes():
    assert fts_terms('al-Assad "no" U.S.') == '"al" "assad" "no" "u" "s"'
    assert fts_terms("Çavuşoğlu VUČIĆ") == '"cavusoglu" "vucic"'  # folded as the index folds
    assert fts_terms("AND OR NEAR deal deal") == '"and" "or" "near" "deal"'
    assert fts_terms("— ... ") == "" and fts_terms("") == ""


def test_words_the_tokenizer_splits_are_searched_as_their_parts(store_url, analyses):
    # schema 5's index kept positions and searched "al-Assad" as a phrase; an index without
    # positions refuses phrases ("phrase queries are not supported"), so a word is its tokens
    astral = next(a for a in analyses if a.article.text == ASTRAL)
    with open_store(store_url) as store:
        for a in analyses:
            store.put(a)
        for words in ("al-Assad's", "U.S.", "Çavuşoğlu", "CAVUSOGLU", "😀 Cyprus"):
            assert astral.article.id in {h.id for h in store.search(words)}, words
        hits, total = store.find_articles("al-Assad", limit=5)
        assert total >= 1 and astral.article.id in {h.id for h in hits}
        assert list(store.search("al-Assad absentword")) == []


# -- migrating a schema 5 store -------------------------------------------------------------
def _v5_packed(analysis: Analysis) -> bytes:
    """An analysis as schema 5 packed it: span texts out, spans as objects, :data:`ZDICT`."""
    text = analysis.article.text

    def strip(value):
        if isinstance(value, dict):
            out = {k: strip(v) for k, v in value.items()}
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) \
                    and value.get("text") == text[value["start"]:value["end"]]:
                del out["text"]
            return out
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    data = strip(analysis.to_dict())
    del data["article"]["text"]
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    compressor = zlib.compressobj(6, zdict=ZDICT)
    return compressor.compress(raw) + compressor.flush()


def _put_v5(db, analysis: Analysis) -> None:
    """One article's rows as schema 5's ``Store.put`` wrote them (span texts in the tables)."""
    a = analysis.article
    db.execute(
        "INSERT INTO articles (id, source, url, outlet, title, published, published_source, "
        "dateline_place, dateline_agency, language, text, analysis, ingested_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, a.source, a.url, a.outlet, a.title, a.published, a.published_source,
         a.dateline.place if a.dateline else None, a.dateline.agency if a.dateline else None,
         a.language, a.text, _v5_packed(analysis), "then"))
    db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?)",
                   [(a.id, e.id, e.type, e.name, e.country, e.role, len(e.mentions))
                    for e in analysis.entities])
    db.executemany("INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?)",
                   [(a.id, e.id, m.start, m.end, m.text)
                    for e in analysis.entities for m in e.mentions])
    db.executemany(
        'INSERT INTO quotes (article_id, quote_id, kind, start, "end", content, cue, '
        "speaker_mention, speaker_entity, speaker_name, date) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(a.id, q.id, q.kind, q.content.start, q.content.end, q.content.text,
          q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker.mention else None,
          q.speaker.entity, q.speaker.name, q.date) for q in analysis.quotes])
    names = [f.name for f in StoredStatement.__dataclass_fields__.values()]
    db.executemany(f"INSERT OR REPLACE INTO statements ({', '.join(names)}) "
                   f"VALUES ({','.join('?' * len(names))})", _statement_rows(analysis))
    db.executemany("INSERT OR IGNORE INTO times VALUES (?,?,?,?,?)",
                   [(a.id, t.span.start, t.span.end, t.span.text, t.value)
                    for t in analysis.times])
    events, actors = rows_of_events(a.id, a.outlet, a.source, a.published, analysis.events)
    db.executemany(INSERT_EVENTS, events)
    db.executemany(INSERT_ACTORS, actors)
    assert len(ACTOR_COLUMNS) == 8


def _v5_store(target: str, analyses, monkeypatch) -> None:
    """A store made by schema 5's migrations, filled as schema 5 wrote (SQL of its ``put``)."""
    with monkeypatch.context() as patch:
        for module in (schema_module, sqlite_module, pg_module):
            patch.setattr(module, "SCHEMA_VERSION", 5)
        with open_store(target) as store:
            assert store.version == 5
            for a in analyses:
                _put_v5(store.db, a)


def _stored(store) -> list[bytes]:
    return [bytes(b) for (b,) in store.db.execute(
        "SELECT analysis FROM articles ORDER BY pk").fetchall()]


def test_a_schema_5_store_migrates_and_reads_back_every_record_equal(
        store_url, analyses, monkeypatch, new_store):
    _v5_store(store_url, analyses, monkeypatch)
    with open_store(store_url, readonly=True) as old:  # read as it is: no migration
        assert old.version == 5
        assert all(dictionary_of(b) == ZDICT for b in _stored(old))
        before = _records(old, analyses)
        if not isinstance(old, pg_module.PgStore):
            assert "content" in _columns(old, "quotes")
    assert before["analyses"] == analyses and len(before["quotes"]) > 20 and before["events"]
    with open_store(store_url) as store:  # migrated
        assert store.version == SCHEMA_VERSION >= 6
        for table, column in SPAN_TEXT_COLUMNS:
            assert column not in _columns(store, table), (table, column)
        assert all(dictionary_of(b) == ZDICT2 for b in _stored(store))
        after = _records(store, analyses)
        if not isinstance(store, pg_module.PgStore):
            store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            (sql,) = store.db.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
            assert "detail=none" in sql
            counts = store.counts()
    assert after == before
    with open_store(new_store()) as fresh:  # what a new store of the same analyses gives
        for a in analyses:
            fresh.put(a)
        assert _records(fresh, analyses) == before
    with open_store(store_url) as store:  # opened again: nothing migrates twice
        assert _records(store, analyses) == before
        if not isinstance(store, pg_module.PgStore):
            assert store.counts() == counts


def test_an_older_packing_is_read_and_the_new_one_is_smaller(analyses):
    old = [_v5_packed(a) for a in analyses]
    new = [pack(a) for a in analyses]
    for a, o, n in zip(analyses, old, new):
        assert unpack(o, a.article.text) == a == unpack(n, a.article.text)
        assert dictionary_of(o) == ZDICT and dictionary_of(n) == ZDICT2
        data = json.loads(unpacked_json(n))
        assert all(isinstance(m, list) for e in data["entities"] for m in e["mentions"])
        assert all(isinstance(q["content"], list) for q in data["quotes"])
    assert sum(map(len, new)) < 0.95 * sum(map(len, old))


def test_the_back_fill_repacks_analyses_only(analyses):
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE TABLE articles (pk INTEGER PRIMARY KEY, analysis, text, "
               f"{', '.join(ARTICLE_COLUMNS)})")
    a = analyses[0]
    art = a.to_dict()["article"]
    columns = {k: art[k] for k in ARTICLE_COLUMNS}
    rows = [_v5_packed(a), zlib.compress(b"not json"), b"\x78\xbb\x00\x00", '{"whole": 1}',
            zlib.compress(b'{"article": {"text": "kept whole"}}'), pack(a)]
    db.executemany(f"INSERT INTO articles (analysis, text, {', '.join(ARTICLE_COLUMNS)}) "
                   f"VALUES (?, ?{', ?' * len(ARTICLE_COLUMNS)})",
                   [(r, a.article.text, *columns.values()) for r in rows])
    schema_module.repack_analyses(db)
    once = [r for (r,) in db.execute("SELECT analysis FROM articles ORDER BY pk")]
    schema_module.repack_analyses(db)  # twice: nothing changes the second time
    out = [r for (r,) in db.execute("SELECT analysis FROM articles ORDER BY pk")]
    assert out == once
    for packed in (out[0], out[5]):
        assert dictionary_of(packed) == ZDICT2 and unpack(packed, a.article.text, columns) == a
        assert not set(json.loads(unpacked_json(packed))["article"]) & set(ARTICLE_COLUMNS)
    assert out[1:5] == rows[1:5]


def test_the_row_holds_the_articles_fields_unless_a_column_would_change_them(analyses):
    a = analyses[0]
    art = a.to_dict()["article"]
    stored = pack_row(a)
    assert not set(json.loads(unpacked_json(stored))["article"]) & set(ARTICLE_COLUMNS)
    assert unpack(stored, a.article.text, {k: art[k] for k in ARTICLE_COLUMNS}) == a
    assert len(stored) < len(pack(a))
    odd = Analysis.from_dict({**a.to_dict(), "article": {**art, "title": "a\x00b \ud800"}})
    kept = json.loads(unpacked_json(pack_row(odd)))["article"]
    assert kept["title"] == "a\x00b \ud800" or kept["title"] == "a\x00b \ufffd"
