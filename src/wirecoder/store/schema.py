"""The store's schema: its migrations, how a wirecoder file is told from any other SQLite file,
and migrating a file under an exclusive lock.

A wirecoder store carries ``PRAGMA application_id = APPLICATION_ID`` (stamped when it is created
or first migrated) and its schema version in ``PRAGMA user_version``. Files written by wirecoder
before the stamp existed (user_version ≥ 1 with wirecoder's tables) are wirecoder stores too, and
get the stamp the next time they are opened for writing.

Migrations are appended to ``MIGRATIONS`` and never edited: a file at version N gets migrations
N+1 onwards, in order. A migration is a SQL script, or a function of the connection for what SQL
cannot do (rewriting stored JSON). Every statement is idempotent (``IF NOT EXISTS``; a column is added only
when missing), and :func:`migrate` re-reads the version inside its ``BEGIN IMMEDIATE``
transaction, so processes opening a new file at once migrate it exactly once.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zlib
from dataclasses import dataclass
from typing import Callable, Union

from ..errors import WirecoderError

__all__ = [
    "APPLICATION_ID", "AUTHORS_DDL", "CORPUS_INDEX_DDL", "CORPUS_INDEX_TABLES", "CORPUS_INDEX_VERSION", "EVENTS_DDL",
    "FTS_DDL", "MIGRATIONS", "PAGE_SIZE", "SCHEMA_VERSION", "SPAN_TEXT_COLUMNS", "StoreKind", "identify",
    "migrate", "repack_analyses", "split_sql",
]

#: ``PRAGMA application_id`` of a wirecoder store: "WRCD" as a big-endian 32-bit integer.
APPLICATION_ID = int.from_bytes(b"WRCD", "big")

#: The page size of a new store: rows of short wire articles (text and packed analysis, ~2-3 KB)
#: fill 2 KiB pages better than SQLite's default 4 KiB (one such row left most of a 4 KiB page
#: empty). Set before the first table is created; a store keeps the page size it was made with.
PAGE_SIZE = 2048

#: Tables without which a file is not a wirecoder store, whatever its stamp says.
CORE_TABLES = frozenset({"articles", "articles_fts", "failures"})

_PACK_BATCH = 500  # rows read at a time while packing stored analyses


def _pack_stored_analyses(db: sqlite3.Connection) -> None:
    """Schema 3: the stored analysis JSON without the article text and the span texts the
    offsets give, compressed (:mod:`wirecoder.store.packing`), and entities, mentions and times WITHOUT
    ROWID. Rows that are not an analysis JSON are left as they are. The FTS trigger on updates fires only when the title
    or the text changes, so rewriting the JSON does not re-index the articles."""
    from .packing import packed_json

    for statement in split_sql("""
        DROP TRIGGER IF EXISTS articles_au;
        CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.pk, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
    """):
        db.execute(statement)
    _without_rowid(db)
    last = -1
    while True:
        rows = db.execute("SELECT pk, analysis FROM articles WHERE pk > ? ORDER BY pk LIMIT ?",
                          (last, _PACK_BATCH)).fetchall()
        if not rows:
            return
        for pk, stored in rows:
            last = pk
            if not isinstance(stored, str):  # already packed
                continue
            try:
                data = json.loads(stored)
            except (TypeError, ValueError):
                continue
            if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
                continue
            db.execute("UPDATE articles SET analysis = ? WHERE pk = ?", (packed_json(data), pk))


#: Schema 3: the child tables whose primary key holds most of the row, rebuilt WITHOUT ROWID so
#: the row lives in its key's b-tree (not in a table and again in an index of its key).
_WITHOUT_ROWID = {
    "entities": """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT,
        mention_count INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    ) WITHOUT ROWID""",
    "mentions": """CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_id, start)
    ) WITHOUT ROWID""",
    "times": """CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
        PRIMARY KEY (article_id, start)
    ) WITHOUT ROWID""",
}


def _without_rowid(db: sqlite3.Connection) -> None:
    """Rebuild the tables of :data:`_WITHOUT_ROWID` that still have a rowid, with their rows and
    indexes (the rebuild is skipped for a table already rebuilt, so running it twice is safe)."""
    for table, create in _WITHOUT_ROWID.items():
        found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                           (table,)).fetchone()
        if found is None or "WITHOUT ROWID" in found[0].upper():
            continue
        indexes = [sql for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,))]
        db.execute(f"ALTER TABLE {table} RENAME TO {table}_rowid")
        db.execute(create)
        db.execute(f"INSERT INTO {table} SELECT * FROM {table}_rowid")
        db.execute(f"DROP TABLE {table}_rowid")
        for sql in indexes:
            db.execute(sql)


#: Schema 4: the events tables (plain SQL: no SQLite-only types, functions or table options).
#: ``event_actors`` rows go with their event, and events with their article (ON DELETE CASCADE).
EVENTS_DDL = """
    CREATE TABLE IF NOT EXISTS events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        category TEXT NOT NULL, mode TEXT, cameo TEXT, place TEXT,
        date TEXT, date_first TEXT, date_last TEXT,
        size INTEGER, size_low INTEGER, size_high INTEGER, size_estimates TEXT,
        dead INTEGER, injured INTEGER,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
        outlet TEXT, source TEXT, published TEXT,
        PRIMARY KEY (article_id, event_id)
    );
    CREATE INDEX IF NOT EXISTS events_category ON events(category);
    CREATE INDEX IF NOT EXISTS events_date ON events(date_first, date_last);
    CREATE TABLE IF NOT EXISTS event_actors (
        article_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
        position INTEGER NOT NULL,
        name TEXT, name_key TEXT, country TEXT, sector TEXT,
        PRIMARY KEY (article_id, event_id, role, position),
        FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, event_id) ON DELETE CASCADE
    );
    CREATE INDEX IF NOT EXISTS event_actors_country ON event_actors(country);
    CREATE INDEX IF NOT EXISTS event_actors_name ON event_actors(name_key);
"""


def _events_tables(db: sqlite3.Connection) -> None:
    """Schema 4: the tables of :data:`EVENTS_DDL`, filled in from the events of every stored
    analysis (packed or whole; a row that is not an analysis is left out), ``_PACK_BATCH``
    articles at a time. Only each analysis's ``events`` are decoded, not the whole record."""
    from ..records import Event
    from .events import INSERT_ACTORS, INSERT_EVENTS, rows_of_events
    from .packing import _restore, unpacked_json

    for statement in split_sql(EVENTS_DDL):
        db.execute(statement)
    last = -1
    while True:
        found = db.execute(
            "SELECT pk, id, analysis, text, outlet, source, published FROM articles "
            "WHERE pk > ? ORDER BY pk LIMIT ?", (last, _PACK_BATCH)).fetchall()
        if not found:
            return
        for pk, article_id, stored, text, outlet, source, published in found:
            last = pk
            try:
                data = json.loads(unpacked_json(stored))
                events = [Event.from_dict(_restore(e, text)) for e in data.get("events") or ()]
            except (ValueError, TypeError, KeyError, AttributeError, zlib.error, WirecoderError):
                continue  # not an analysis (or a damaged one): no events
            rows, actors = rows_of_events(article_id, outlet, source, published, events)
            db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            db.executemany(INSERT_EVENTS, rows)
            db.executemany(INSERT_ACTORS, actors)


#: Schema 6: the full-text index of articles without token positions (``detail=none``): a
#: search asks for every word, never for a phrase (:func:`wirecoder.store.sqlite.fts_terms`
#: splits a word at its punctuation as the tokenizer does), and the positions were two thirds
#: of the index. Triggers keep it in step with ``articles`` (an update re-indexes an article
#: only when its title or text changes).
FTS_DDL = """
    CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, content='articles', content_rowid='pk',
        tokenize='unicode61 remove_diacritics 2', detail=none
    );
    CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END;
    CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
"""

#: Schema 6: the span texts the tables held beside their offsets, dropped: each is
#: ``articles.text`` from ``start`` to ``end`` and is rebuilt on read (``substr``), as the
#: stored analysis rebuilds its own (a statement's ``quote_text`` is its quote's content).
SPAN_TEXT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("mentions", "text"), ("times", "text"), ("quotes", "content"),
    ("statements", "evidence_text"), ("statements", "quote_text"),
    ("events", "evidence_text"), ("events", "trigger_text"),
)

#: Schema 6: ``quotes`` without its content is a short row whose key is most of it: rebuilt
#: WITHOUT ROWID (no separate index of its key). Its columns, in order.
_QUOTES_LEAN = """CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        cue TEXT, speaker_mention TEXT, speaker_entity TEXT, speaker_name TEXT, date TEXT,
        PRIMARY KEY (article_id, quote_id)
    ) WITHOUT ROWID"""
_QUOTES_COLUMNS = ('article_id, quote_id, kind, start, "end", cue, speaker_mention, '
                   'speaker_entity, speaker_name, date')


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def repack_analyses(db) -> None:
    """Schema 6's back-fill, on either backend (``db`` runs the SQLite store's SQL): every
    stored analysis packed in an older form (compressed with :data:`~.packing.ZDICT` or with
    no dictionary) packed again in the current one (spans as ``[start, length]``,
    :data:`~.packing.ZDICT2`, the article's fields its row holds left to the row:
    :func:`~.packing.packed_row_json`), ``_PACK_BATCH`` rows at a time. Rows that are not a
    packed analysis are left as they are, and a row is written only when its packed form
    changes, so running it twice is safe."""
    from .packing import ARTICLE_COLUMNS, _restore, packed_row_json, unpacked_json

    last = -1
    while True:
        rows = db.execute(f"SELECT pk, analysis, text, {', '.join(ARTICLE_COLUMNS)} FROM "
                          "articles WHERE pk > ? ORDER BY pk LIMIT ?",
                          (last, _PACK_BATCH)).fetchall()
        if not rows:
            return
        for pk, stored, text, *columns in rows:
            last = pk
            if not isinstance(stored, (bytes, memoryview)):
                continue  # the whole JSON, as schema 2 wrote it (or not an analysis)
            stored = bytes(stored)
            try:
                data = json.loads(unpacked_json(stored))
            except (ValueError, zlib.error):
                continue
            article = data.get("article") if isinstance(data, dict) else None
            if not isinstance(article, dict) or "text" in article:
                continue
            data = _restore(data, text)
            data["article"]["text"] = text
            packed = packed_row_json(data, dict(zip(ARTICLE_COLUMNS, columns)))
            if packed != stored:
                db.execute("UPDATE articles SET analysis = ? WHERE pk = ?", (packed, pk))


def _lean_tables(db: sqlite3.Connection) -> None:
    """Schema 6: the span texts of :data:`SPAN_TEXT_COLUMNS` dropped, ``quotes`` rebuilt WITHOUT
    ROWID, the search index rebuilt without positions (:data:`FTS_DDL`), and every stored
    analysis repacked (:func:`repack_analyses`). Every row is kept (a column is dropped only
    where it is, a table rebuilt only once), so running it twice is safe. The pages freed go
    back at the next compaction (stores with auto-vacuum) or VACUUM."""
    for table, column in SPAN_TEXT_COLUMNS:
        if column in _columns(db, table):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'quotes'"
                       ).fetchone()
    if found is not None and "WITHOUT ROWID" not in found[0].upper():
        indexes = [sql for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'quotes' "
            "AND sql IS NOT NULL")]
        db.execute("ALTER TABLE quotes RENAME TO quotes_rowid")
        db.execute(_QUOTES_LEAN)
        db.execute(f"INSERT INTO quotes ({_QUOTES_COLUMNS}) SELECT {_QUOTES_COLUMNS} "
                   "FROM quotes_rowid")
        db.execute("DROP TABLE quotes_rowid")
        for sql in indexes:
            db.execute(sql)
    found = db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
    if found is None or "DETAIL=NONE" not in re.sub(r"\s+", "", found[0].upper()):
        for trigger in ("articles_ai", "articles_ad", "articles_au"):
            db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        db.execute("DROP TABLE IF EXISTS articles_fts")
        for statement in split_sql(FTS_DDL):
            db.execute(statement)
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    repack_analyses(db)

#: Schema 7: the corpus index that ``wirecoder index`` writes (:mod:`wirecoder.corpus.index`),
#: so that a query reads the whole-corpus results instead of computing them: for each quote and
#: each statement, its speaker (and holder) as the corpus resolves them, whether it is a copy
#: of another, and the period it is dated by; the copies of each; the people index (each
#: person with its name forms and surnames, and the terms it is looked up by); and, per part, the
#: store's state when it was built and what it was built for (a changed state: stale). Plain
#: SQL, one self-contained step (no other table refers to these). A row's position in the
#: corpus's order is its key (the rowid: no second b-tree); tables keyed by their columns are
#: WITHOUT ROWID on SQLite (the dialect drops that on PostgreSQL).
CORPUS_INDEX_DDL = """
    CREATE TABLE IF NOT EXISTS corpus_index (
        name TEXT PRIMARY KEY,
        stamp TEXT NOT NULL,
        params TEXT NOT NULL,
        notes TEXT NOT NULL,
        built_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS quote_index (
        article_id TEXT NOT NULL,
        quote_id TEXT NOT NULL,
        position INTEGER PRIMARY KEY,
        speaker TEXT, speaker_key TEXT,
        copied INTEGER NOT NULL,
        period_first TEXT, period_last TEXT
    );
    CREATE INDEX IF NOT EXISTS quote_index_speaker ON quote_index(speaker_key, position);
    CREATE TABLE IF NOT EXISTS quote_copies (
        head INTEGER NOT NULL, rank INTEGER NOT NULL, copy INTEGER NOT NULL,
        PRIMARY KEY (head, rank)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS statement_index (
        article_id TEXT NOT NULL,
        statement_id TEXT NOT NULL,
        position INTEGER PRIMARY KEY,
        proposition_key TEXT NOT NULL,
        copied INTEGER NOT NULL,
        holder_key TEXT, holder_name TEXT, holder_kind TEXT, holder_country TEXT,
        speaker TEXT, speaker_key TEXT,
        period_first TEXT, period_last TEXT
    );
    CREATE INDEX IF NOT EXISTS statement_index_holder ON statement_index(holder_key);
    CREATE INDEX IF NOT EXISTS statement_index_speaker ON statement_index(speaker_key);
    CREATE INDEX IF NOT EXISTS statement_index_country ON statement_index(holder_country);
    CREATE TABLE IF NOT EXISTS statement_copies (
        head INTEGER NOT NULL, rank INTEGER NOT NULL, copy INTEGER NOT NULL,
        PRIMARY KEY (head, rank)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS people_index (
        scope TEXT NOT NULL,
        rank INTEGER NOT NULL,
        key TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
        forms TEXT NOT NULL, surnames TEXT NOT NULL,
        PRIMARY KEY (scope, rank)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS people_terms (
        scope TEXT NOT NULL, term TEXT NOT NULL, rank INTEGER NOT NULL,
        PRIMARY KEY (scope, term, rank)
    ) WITHOUT ROWID;
"""

#: Schema 8: ``articles.authors``, the people who wrote each article (a JSON array of names, as
#: ``article.authors``; null when nothing names them), for SQL over the store ("every article by
#: X": ``json_each(authors)`` in SQLite, ``authors::jsonb ? 'X'`` in PostgreSQL). The stored
#: analysis holds them too. Articles stored before have no authors (no wirecoder wrote any):
#: the column is null for them until they are ingested again.
AUTHORS_DDL = """
    ALTER TABLE articles ADD COLUMN authors TEXT;
"""

#: The tables of :data:`CORPUS_INDEX_DDL` (what ``wirecoder index`` empties and fills).
CORPUS_INDEX_TABLES = ("corpus_index", "quote_index", "quote_copies", "statement_index",
                       "statement_copies", "people_index", "people_terms")


Migration = Union[str, Callable[[sqlite3.Connection], None]]

MIGRATIONS: tuple[Migration, ...] = (
    # 1: the foundation
    """
    CREATE TABLE IF NOT EXISTS articles (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT, url TEXT, outlet TEXT, title TEXT,
        published TEXT, published_source TEXT,
        dateline_place TEXT, dateline_agency TEXT, language TEXT,
        text TEXT NOT NULL,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
    CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
    CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END;
    CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    CREATE TABLE IF NOT EXISTS entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT,
        mention_count INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    );
    CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
    CREATE INDEX IF NOT EXISTS entities_country ON entities(country);
    CREATE TABLE IF NOT EXISTS mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_id, start)
    );
    CREATE TABLE IF NOT EXISTS quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL,
        cue TEXT, speaker_mention TEXT, speaker_entity TEXT, speaker_name TEXT,
        PRIMARY KEY (article_id, quote_id)
    );
    CREATE TABLE IF NOT EXISTS times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
        PRIMARY KEY (article_id, start)
    );
    CREATE TABLE IF NOT EXISTS failures (
        source TEXT NOT NULL,
        line INTEGER NOT NULL DEFAULT 0,
        reason TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (source, line)
    );
    """,
    # 2: statements (one row each, denormalised with the speaker, outlet and dates positions need)
    # and the day each quote was said. Quote dates of articles stored at version 1 are filled in
    # from their analysis JSON; their statements need `wirecoder ingest --force`.
    """
    CREATE TABLE IF NOT EXISTS statements (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL,
        quote_id TEXT,
        holder_entity TEXT, holder_name TEXT, holder_type TEXT, holder_country TEXT,
        speaker_name TEXT, speaker_mention TEXT,
        subject TEXT, predicate TEXT, object TEXT,
        proposition_text TEXT NOT NULL,
        proposition_key TEXT NOT NULL,
        stance TEXT NOT NULL,
        hedge TEXT NOT NULL,
        date TEXT, date_source TEXT,
        evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
        quote_text TEXT,
        outlet TEXT, source TEXT, published TEXT,
        PRIMARY KEY (article_id, statement_id)
    );
    CREATE INDEX IF NOT EXISTS statements_key ON statements(proposition_key);
    CREATE INDEX IF NOT EXISTS statements_date ON statements(date);
    CREATE INDEX IF NOT EXISTS statements_holder ON statements(holder_name);
    ALTER TABLE quotes ADD COLUMN date TEXT;
    UPDATE quotes SET date = (
        SELECT json_extract(q.value, '$.date')
        FROM articles a, json_each(a.analysis, '$.quotes') q
        WHERE a.id = quotes.article_id AND json_extract(q.value, '$.id') = quotes.quote_id
    );
    """,
    # 3: the stored analysis JSON packed (no article text, no span texts); rows stored before
    # are rewritten here, and read as they are by a store opened read-only
    _pack_stored_analyses,
    # 4: events (one row each) and their actors and recipients (one row each, with a role),
    # filled in from the stored analyses
    _events_tables,
    # 5: the indexes of entity names and countries go: no query reads them (entities are
    # joined by their key), and they were a sixth of a store of short articles
    """
    DROP INDEX IF EXISTS entities_name;
    DROP INDEX IF EXISTS entities_country;
    """,
    # 6: a leaner store: no span text beside its offsets in the tables (rebuilt on read), quotes
    # WITHOUT ROWID, and a search index without token positions
    _lean_tables,
    # 7: the corpus index (echo groups, people forms, merged proposition keys), written by
    # `wirecoder index` and read by the cross-article queries while it is fresh
    CORPUS_INDEX_DDL,
    # 8: the article's authors (AUTHORS_DDL)
    AUTHORS_DDL,
)

#: The schema version this code writes; older files are migrated when opened for writing.
SCHEMA_VERSION = len(MIGRATIONS)

#: The schema version from which a store has the corpus index tables (the migration's place in
#: MIGRATIONS, so that moving the migration renumbers every use of it).
CORPUS_INDEX_VERSION = MIGRATIONS.index(CORPUS_INDEX_DDL) + 1


@dataclass(frozen=True, slots=True)
class StoreKind:
    """What a SQLite file is: ``kind`` is ``new`` (no tables, no version: wirecoder may create
    its schema in it), ``wirecoder`` (stamped, or an unstamped store of an older wirecoder), or
    ``foreign`` (anything else: never touched). ``version`` is its ``user_version``."""

    kind: str
    version: int
    stamped: bool
    tables: tuple[str, ...]


def identify(db: sqlite3.Connection) -> StoreKind:
    """Tell a wirecoder store from a new file and from someone else's database (reads only),
    from one snapshot: outside a transaction its reads run in one of their own, or a migration
    another process commits between them would show tables without their version."""
    if db.in_transaction:
        return _identify(db)
    db.execute("BEGIN")
    try:
        return _identify(db)
    finally:
        if db.in_transaction:
            db.execute("ROLLBACK")  # it only read


def _identify(db: sqlite3.Connection) -> StoreKind:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    tables = tuple(sorted(
        name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ))
    if app_id == APPLICATION_ID:
        kind = "new" if version == 0 and not tables else "wirecoder"
    elif app_id != 0:
        kind = "foreign"
    elif version == 0 and not tables:
        kind = "new"
    elif version >= 1 and CORE_TABLES <= set(tables):
        kind = "wirecoder"  # written by a wirecoder from before the application_id stamp
    else:
        kind = "foreign"
    return StoreKind(kind, version, app_id == APPLICATION_ID, tables)


def migrate(db: sqlite3.Connection) -> StoreKind:
    """Bring a new or older wirecoder file to :data:`SCHEMA_VERSION` and stamp it, all in one
    transaction that the caller has opened with ``BEGIN IMMEDIATE`` (so the version read here is
    the one every other writer sees). Returns what the file was before; a foreign file or a newer
    schema is left untouched (the caller refuses it)."""
    found = identify(db)
    if found.kind == "foreign" or found.version > SCHEMA_VERSION:
        return found
    for number in range(found.version, SCHEMA_VERSION):
        step = MIGRATIONS[number]
        if callable(step):
            step(db)
            db.execute(f"PRAGMA user_version = {number + 1}")
            continue
        for statement in split_sql(step):
            _apply(db, statement)
        db.execute(f"PRAGMA user_version = {number + 1}")
    if not found.stamped:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return found


_ADD_COLUMN = re.compile(r"ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)", re.IGNORECASE)


def _apply(db: sqlite3.Connection, statement: str) -> None:
    """One migration statement; adding a column that is already there is a no-op."""
    added = _ADD_COLUMN.match(statement)
    if added:
        table, column = added.groups()
        if column in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
            return
    db.execute(statement)


def split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements
