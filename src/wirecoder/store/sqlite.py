"""The SQLite store: one file, WAL, a schema version with migrations, idempotent upserts by
article id, FTS5 over article text, and tables Datasette can browse.

Tables (schema version in ``PRAGMA user_version``):
    articles       one row per article: metadata, text, the analysis as JSON without the text,
                   the span texts its offsets give and the fields the row's columns hold
                   (schema 3 and 6; :mod:`wirecoder.store.packing`); ``authors`` (schema 8):
                   who wrote it, a JSON array of names, or null
    articles_fts   FTS5 over title and text (external content = articles; kept in sync by
                   triggers; schema 6: ``detail=none``, no token positions: every word of a
                   search must match, none is a phrase)
    entities       one row per entity of an article (joined by its key; schema 5 dropped the
                   indexes of its name and country, which no query read)
    mentions       one row per entity mention (character offsets into articles.text)
    quotes, times  one row per quote / time expression (``quotes.date``: the day it was said)
    statements     one row per statement: holder, proposition, stance, hedge, its date, its
                   evidence, and the speaker, outlet and source it came from (schema 2)

No table holds a span's text beside its offsets (schema 6): a mention's, a time's, a quote's
content, a statement's evidence and quote, an event's evidence and trigger are
``articles.text`` cut at the offsets, which the queries do (``substr``).
    events         one row per event: PLOVER category, mode, CAMEO root, place, date and the
                   days it covers, counts, evidence, and the article's outlet, source, date
    event_actors   one row per actor or recipient of an event (role, name, folded name,
                   country, sector) (schema 4; :mod:`wirecoder.store.events`)
    failures       inputs that could not be read or analysed, with the reason
    corpus_index, quote_index, quote_copies, statement_index, statement_copies, people_index,
    people_terms   the corpus index ``wirecoder index`` writes (schema 7, CORPUS_INDEX_VERSION;
                   :mod:`wirecoder.corpus.index`): each quote's and statement's speaker, holder,
                   merged key, copies and period, the people index, and when it was built

The schema, its migrations and how a wirecoder file is recognised (``PRAGMA application_id``)
live in :mod:`wirecoder.store.schema`. Opening for writing migrates under an exclusive lock and
switches to WAL (a new file gets 2 KiB pages and incremental auto-vacuum, so the pages a
compacted search index frees go back); read commands open ``readonly`` (``?mode=ro``) and change nothing. Writes wait
for a lock held elsewhere, retrying with backoff, up to ``lock_timeout`` seconds. Any SQLite error
(a corrupt file, a full disk, a lock that never goes) surfaces as a ``StoreError`` with the file
name and what to do; any text, even with lone surrogates, can be stored.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import random
import re
import sqlite3
import time
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from ..errors import StoreError, WirecoderError
from ..records import Analysis, EventActor
from .events import (
    EVENT_COLUMNS,
    INSERT_ACTORS,
    INSERT_STORED_EVENTS,
    StoredEvent,
    event_table_rows,
    stored_event_rows,
)
from .packing import ARTICLE_COLUMNS, pack_row, unpack
from .schema import (
    APPLICATION_ID,
    CORPUS_INDEX_VERSION,
    MIGRATIONS,
    PAGE_SIZE,
    SCHEMA_VERSION,
    StoreKind,
    identify,
    migrate,
    split_sql,
)

__all__ = [
    "APPLICATION_ID", "DEFAULT_LOCK_TIMEOUT", "SCHEMA_VERSION", "SearchHit", "Store",
    "StoredEvent", "StoredQuote", "StoredStatement",
]

T = TypeVar("T")

#: Seconds a write waits, retrying with backoff, for a lock held by another process.
DEFAULT_LOCK_TIMEOUT = 60.0

_MIGRATIONS = MIGRATIONS  # the names tests of older stores build them with
_split_sql = split_sql

_BUSY_TIMEOUT = 2.0  # seconds SQLite itself waits on a lock before one retry
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
_READONLY, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 8, 11, 13, 14, 26
_MAX_INT64 = 2**63 - 1
_SQLITE_HEADER = b"SQLite format 3\x00"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    source: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class StoredStatement:
    """One row of ``statements``: a statement with what the cross-article views need.

    ``date`` is the day it was said: the statement's date, else its quote's, else the article's
    publication date (``date_source`` says which: ``statement``, ``quote``, ``published``), or
    None. ``holder_type``/``holder_country`` are those of the holder's entity in its article.
    """

    article_id: str
    statement_id: str
    quote_id: str | None
    holder_entity: str | None
    holder_name: str | None
    holder_type: str | None
    holder_country: str | None
    speaker_name: str | None
    speaker_mention: str | None
    subject: str | None
    predicate: str | None
    object: str | None
    proposition_text: str
    proposition_key: str
    stance: str
    hedge: str
    date: str | None
    date_source: str | None
    evidence_start: int | None
    evidence_end: int | None
    evidence_text: str | None
    quote_text: str | None
    outlet: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """One quote with its article's outlet and dates and its speaker entity's type and country."""

    article_id: str
    quote_id: str
    kind: str
    start: int
    end: int
    text: str
    speaker_name: str | None
    speaker_mention: str | None
    speaker_type: str | None
    speaker_country: str | None
    date: str | None
    outlet: str | None
    source: str | None
    published: str | None


def _statement_rows(analysis: Analysis) -> list[tuple]:
    a = analysis.article
    quotes = {q.id: q for q in analysis.quotes}
    entities = {e.id: e for e in analysis.entities}
    rows = []
    for st in analysis.statements:
        quote = quotes.get(st.quote)
        holder = entities.get(st.holder_entity) if st.holder_entity else None
        if holder is None and quote is not None and quote.speaker.entity:
            holder = entities.get(quote.speaker.entity)
        if st.date:
            date, date_source = st.date, "statement"
        elif quote is not None and quote.date:
            date, date_source = quote.date, "quote"
        elif a.published:
            date, date_source = a.published, "published"
        else:
            date, date_source = None, None
        ev = st.evidence
        rows.append((
            a.id, st.id, st.quote, st.holder_entity, st.holder_name,
            holder.type if holder else None, holder.country if holder else None,
            quote.speaker.name if quote else None,
            quote.speaker.mention.text if quote and quote.speaker.mention else None,
            st.subject, st.predicate, st.object, st.proposition_text, st.proposition_key,
            st.stance, st.hedge, date, date_source,
            ev.start if ev else None, ev.end if ev else None, ev.text if ev else None,
            quote.content.text if quote else None,
            a.outlet, a.source, a.published,
        ))
    return rows


def authors_column(authors: Sequence[str]) -> str | None:
    """``articles.authors`` (schema 8): the names as a JSON array, or None for none."""
    import json

    return json.dumps(list(authors), ensure_ascii=False) if authors else None


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _fts_query(text: str) -> str:
    """Plain words become a query of quoted terms (all must match), so user input never trips
    the query syntax (quotes, hyphens, colons): what PostgreSQL's ``plainto_tsquery`` reads."""
    terms = [t.replace('"', '""') for t in text.split()]
    return " ".join(f'"{t}"' for t in terms if t)


def fts_terms(text: str) -> str:
    """An FTS5 query of every token of ``text`` (all must match), each quoted, so user input
    never trips FTS5 syntax. The tokens are those of the index's own tokenizer (run on the
    text in a private in-memory database): the index keeps no positions (schema 6), so a word
    the tokenizer splits ("al-Assad", "U.S.") is asked for as its parts, not as a phrase."""
    if not text.strip():
        return ""
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE q USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(q, 'instance')")
        db.execute("INSERT INTO q VALUES (?)", (_encodable(text),))
        terms = [t for (t,) in db.execute("SELECT term FROM v ORDER BY offset")]
    finally:
        db.close()
    unique = dict.fromkeys(terms)
    return " ".join('"' + t.replace('"', '""') + '"' for t in unique)


class Store:
    """A wirecoder database. Use as a context manager; each ``put`` is its own transaction, so a
    killed run keeps everything stored before it.

    Opened for writing (the default), a new file is created and migrated under an exclusive lock
    and switched to WAL; opened with ``readonly=True`` (the read commands), the file is opened
    ``?mode=ro``: no WAL switch, no migration, nothing written. A SQLite file that is not a
    wirecoder store is refused either way. A write that finds the database locked by another
    process is retried with backoff for up to ``lock_timeout`` seconds, then fails with a
    :class:`StoreError` saying so. Every SQLite error becomes a :class:`StoreError` naming the
    file and what to do.
    """

    #: Full-text search, as SQL fragments (a dialect's: PostgreSQL's store,
    #: :mod:`wirecoder.store.postgres`, gives its own): the articles joined with their index (it
    #: may take the query as its one parameter), the condition that they match the query (with
    #: the query as a parameter, or with none when the join took it), a snippet of the text,
    #: the order best first, and the LIMIT that means no limit.
    _FTS_FROM = "articles_fts JOIN articles a ON a.pk = articles_fts.rowid"
    _FTS_MATCH = "articles_fts MATCH ?"
    _FTS_SNIPPET = "snippet(articles_fts, 1, '[', ']', ' … ', 16)"
    _FTS_RANK = "rank"
    _FTS_TERMS = staticmethod(fts_terms)  # the query of the user's words
    _NO_LIMIT: int | None = -1
    #: How a write transaction begins (SQLite: take the write lock at once).
    _BEGIN = "BEGIN IMMEDIATE"

    def __init__(
        self, path: str | Path, *, readonly: bool = False,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    ) -> None:
        if "\x00" in os.fspath(path):
            raise StoreError(f"{os.fspath(path)!r}: a database path cannot hold a NUL character; "
                             "give the path of a file")
        self.path = Path(path)
        self.readonly = readonly
        self.lock_timeout = max(float(lock_timeout), 0.0)
        self.db: sqlite3.Connection | None = None
        self.version = SCHEMA_VERSION
        _check_file(self.path, readonly=readonly)
        self._open(readonly)

    def _open(self, readonly: bool, connect: Callable[[], object] | None = None) -> None:
        """Connect (``connect()`` gives the connection, for a server; SQLite connects in its
        opening steps) and open for reading or writing; on any failure the store is closed."""
        try:
            if connect is not None:
                self.db = connect()
            with self._guard("open"):
                if readonly:
                    self._open_readonly()
                else:
                    self._open_for_writing()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    # -- opening ---------------------------------------------------------------------------
    def _connect(self, uri: str | None = None) -> sqlite3.Connection:
        busy = min(self.lock_timeout, _BUSY_TIMEOUT)
        if uri is None:
            db = sqlite3.connect(os.fsencode(self.path), isolation_level=None, timeout=busy)
        else:
            db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy)
        db.execute("PRAGMA foreign_keys=ON")
        return db

    def _open_for_writing(self) -> None:
        self.db = self._connect()
        found = self._retrying(lambda: identify(self.db))
        self._refuse(found)
        if found.kind == "new":  # before any table: a page size is fixed when the file is made
            self._retrying(lambda: self.db.execute(f"PRAGMA page_size = {PAGE_SIZE}"))
            # pages freed (a compacted search index, deleted articles) can be given back
            self._retrying(lambda: self.db.execute("PRAGMA auto_vacuum = INCREMENTAL"))
        if found.kind == "new" or found.version < SCHEMA_VERSION or not found.stamped:
            # re-read and migrate inside the lock: another process may have done it meanwhile
            self._refuse(self._transaction(lambda: migrate(self.db)))
        if self._retrying(lambda: self.db.execute("PRAGMA journal_mode").fetchone()[0]) != "wal":
            self._retrying(lambda: self.db.execute("PRAGMA journal_mode=WAL").fetchone())
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.version = SCHEMA_VERSION

    def _open_readonly(self) -> None:
        uri = self.path.resolve().as_uri() + "?mode=ro"
        self.db = self._connect(uri)
        try:
            found = self._retrying(lambda: identify(self.db))
        except sqlite3.OperationalError as err:
            # a WAL file in a folder we cannot write (no -shm can be made): with no -wal or
            # -journal left behind by a writer, the file is complete and can be read immutable
            if (err.sqlite_errorcode & 0xFF not in (_READONLY, _CANTOPEN)
                    or not _is_wal(self.path) or _side_files(self.path)):
                raise
            self.db.close()
            self.db = self._connect(uri + "&immutable=1")
            found = self._retrying(lambda: identify(self.db))
        self._accept_readable(found)

    def _accept_readable(self, found: StoreKind) -> None:
        """Read a store of this kind, or refuse it: an empty database or a foreign one."""
        if found.kind == "new":
            raise StoreError(
                f"{self.path}: an empty database, not a wirecoder store; create it with "
                f"`wirecoder ingest PATH --db {self.path}`"
            )
        self._refuse(found)
        self.version = found.version

    def _refuse(self, found: StoreKind) -> None:
        if found.kind == "foreign":
            tables = ", ".join(found.tables[:6]) + (", …" if len(found.tables) > 6 else "")
            raise StoreError(
                f"{self.path}: a SQLite database that is not a wirecoder store "
                f"(tables: {tables or 'none'}); wirecoder neither reads nor changes it: "
                "give another --db file"
            )
        if found.version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {found.version} is newer than this wirecoder's "
                f"({SCHEMA_VERSION}); upgrade wirecoder"
            )

    def _needs(self, version: int, what: str) -> None:
        """Refuse a read that needs a newer schema than a read-only file has."""
        if self.version < version:
            raise StoreError(
                f"{self.path}: schema version {self.version} is older than this wirecoder's "
                f"({SCHEMA_VERSION}) and has no {what}; run `wirecoder ingest PATH --db "
                f"{self.path}` once to migrate it (add --force to fill in articles stored before)"
            )

    # -- errors, locks and transactions ----------------------------------------------------
    @contextlib.contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Turn any SQLite error into a StoreError that names the file and what to do."""
        try:
            yield
        except sqlite3.Error as err:
            raise StoreError(self._explain(err, what)) from err

    def _explain(self, err: sqlite3.Error, what: str) -> str:
        code = getattr(err, "sqlite_errorcode", 0) & 0xFF
        if code in _BUSY_CODES:
            return (
                f"{self.path}: the database is locked by another process; gave up ({what}) after "
                f"waiting {self.lock_timeout:g} s; stop the other process, or wait longer with "
                "--lock-timeout SECONDS"
            )
        if code in (_CORRUPT, _NOTADB) or (
            isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError)
            and "malformed" in str(err)
        ):
            return f"{self.path}: {err}; restore it from a backup or re-ingest into a new file"
        if code == _READONLY:
            return f"{self.path}: the database is read-only here ({err}); {what} needs a writable file"
        if code == _FULL:
            return f"{self.path}: the disk is full ({err}); free some space and rerun"
        if code == _CANTOPEN:
            return (f"{self.path}: cannot open the database file ({err}); check that its folder "
                    "exists and can be written")
        return f"{self.path}: cannot {what} ({err})"

    def _retrying(self, work: Callable[[], T]) -> T:
        """``work()``, again with backoff while :meth:`_transient` says the error will pass (the
        database locked elsewhere; on a server, a deadlock), for up to ``lock_timeout`` seconds in
        all (each try waits up to the busy or lock timeout itself)."""
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.05
        while True:
            try:
                return work()
            except Exception as err:
                if not self._transient(err):
                    raise
                left = deadline - time.monotonic()
                if left <= 0:
                    raise
                time.sleep(min(delay * random.uniform(0.5, 1.0), left))
                delay = min(delay * 2, 1.0)

    def _transient(self, err: Exception) -> bool:
        """Is ``err`` one that a retry can outlast (SQLite: the database is busy or locked)?"""
        return (isinstance(err, sqlite3.OperationalError)
                and getattr(err, "sqlite_errorcode", 0) & 0xFF in _BUSY_CODES)

    def _driver_error(self) -> type[Exception]:
        """The base class of the database driver's errors."""
        return sqlite3.Error

    def _transaction(self, body: Callable[[], T]) -> T:
        """``body()`` in one transaction (``BEGIN IMMEDIATE`` on SQLite: the write lock first),
        whole or not at all, retried while another process holds the write lock."""
        db = self.db

        def attempt() -> T:
            db.execute(self._BEGIN)
            try:
                result = body()
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    with contextlib.suppress(self._driver_error()):
                        db.execute("ROLLBACK")
                raise
            return result

        return self._retrying(attempt)

    def _query(self, sql: str, params: Sequence[object] = (), *, what: str = "read") -> list[tuple]:
        with self._guard(what):
            return self._retrying(lambda: self.db.execute(sql, _clean(params)).fetchall())

    def _stream(self, sql: str, params: Sequence[object] = (), *, what: str = "read",
                batch: int = 1000) -> Iterator[tuple]:
        """The rows of a query from its cursor, ``batch`` at a time: memory holds one batch,
        not the result."""
        with self._guard(what):
            cursor = self._retrying(lambda: self.db.execute(sql, _clean(params)))
            while True:
                rows = cursor.fetchmany(batch)
                if not rows:
                    return
                yield from rows

    def _run(self, sql: str, params: Sequence[object] = ()) -> None:
        self.db.execute(sql, _clean(params))

    def _run_many(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        self.db.executemany(sql, [_clean(row) for row in rows])

    # -- writing ---------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def put(self, analysis: Analysis) -> None:
        """Insert or replace one article's analysis (idempotent by article id)."""
        a = analysis.article
        with self._guard(f"store article {a.id}"):
            self._transaction(lambda: self._put(analysis))

    def _put(self, analysis: Analysis) -> None:
        a = analysis.article
        self._run(
            """INSERT INTO articles (id, source, url, outlet, title, published, published_source,
                   dateline_place, dateline_agency, language, text, analysis, ingested_at,
                   authors)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET source=excluded.source, url=excluded.url,
                   outlet=excluded.outlet, title=excluded.title, published=excluded.published,
                   published_source=excluded.published_source,
                   dateline_place=excluded.dateline_place,
                   dateline_agency=excluded.dateline_agency, language=excluded.language,
                   text=excluded.text, analysis=excluded.analysis,
                   ingested_at=excluded.ingested_at, authors=excluded.authors""",
            (
                a.id, a.source, a.url, a.outlet, a.title, a.published, a.published_source,
                a.dateline.place if a.dateline else None,
                a.dateline.agency if a.dateline else None,
                a.language, a.text, pack_row(analysis), _now(), authors_column(a.authors),
            ),
        )
        for table in ("entities", "mentions", "quotes", "times", "statements", "event_actors",
                      "events"):
            self._run(f"DELETE FROM {table} WHERE article_id = ?", (a.id,))
        self._run_many(
            "INSERT INTO entities VALUES (?,?,?,?,?,?,?)",
            [(a.id, e.id, e.type, e.name, e.country, e.role, len(e.mentions))
             for e in analysis.entities],
        )
        self._run_many(
            'INSERT OR IGNORE INTO mentions (article_id, entity_id, start, "end") VALUES (?,?,?,?)',
            [(a.id, e.id, m.start, m.end) for e in analysis.entities for m in e.mentions],
        )
        self._run_many(
            """INSERT INTO quotes (article_id, quote_id, kind, start, "end", cue,
                   speaker_mention, speaker_entity, speaker_name, date)
               VALUES (?,?,?,?,?,?,?,?,?,?)""",
            [(a.id, q.id, q.kind, q.content.start, q.content.end,
              q.cue.text if q.cue else None,
              q.speaker.mention.text if q.speaker.mention else None,
              q.speaker.entity, q.speaker.name, q.date) for q in analysis.quotes],
        )
        self._run_many(
            f"INSERT OR REPLACE INTO statements ({', '.join(_STATEMENT_STORED)}) "
            f"VALUES ({','.join('?' * len(_STATEMENT_STORED))})",
            [_stored_statement(row) for row in _statement_rows(analysis)],
        )
        self._run_many(
            'INSERT OR IGNORE INTO times (article_id, start, "end", value) VALUES (?,?,?,?)',
            [(a.id, t.span.start, t.span.end, t.value) for t in analysis.times],
        )
        events, actors = event_table_rows(analysis)
        self._run_many(INSERT_STORED_EVENTS, stored_event_rows(events))
        self._run_many(INSERT_ACTORS, actors)
        self._run("DELETE FROM failures WHERE source = ?", (a.source,))

    def compact_search_index(self) -> None:
        """Merge the full-text index's segments into one (FTS5 ``optimize``: an index built
        article by article is a seventh larger than one merged), then rewrite the file
        (``VACUUM``): the tables keyed by article id are filled in id order, which is no order,
        so their pages are a fifth empty; rewritten, they are full, and the pages freed go back
        to the file system. The cost is that of rewriting the store (far less than analysing
        what it holds), so ingest calls it only after a run that stored much of the store."""
        with self._guard("compact the store"):
            self._transaction(lambda: self._run(
                "INSERT INTO articles_fts(articles_fts) VALUES ('optimize')"))
            self._retrying(lambda: self.db.execute("VACUUM"))
            # the WAL (which the rewrite went through) folded into the file
            self._retrying(lambda: self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())

    def record_failure(self, source: str, reason: str, line: int | None = None) -> None:
        with self._guard(f"record the failure of {source}"):
            self._transaction(lambda: self._run(
                "INSERT INTO failures VALUES (?,?,?,?) ON CONFLICT(source, line) "
                "DO UPDATE SET reason=excluded.reason, seen_at=excluded.seen_at",
                (source, line or 0, reason, _now()),
            ))

    # -- reading ---------------------------------------------------------------------------
    def state(self) -> tuple:
        """A token that changes whenever articles are stored, replaced or deleted (the count, the
        highest key and the latest ingest time): what a cache over a server store compares."""
        return tuple(self._query("SELECT count(*), max(pk), max(ingested_at) FROM articles",
                                 what="read the store's state")[0])

    def counts(self) -> dict[str, int]:
        present = {name for (name,) in self._query("SELECT name FROM sqlite_master")}
        tables = ("articles", "entities", "mentions", "quotes", "times", "statements", "events",
                  "event_actors", "failures")
        return {t: self._query(f"SELECT count(*) FROM {t}")[0][0] if t in present else 0
                for t in tables}

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored :class:`Analysis` of an article, or None when the store has no such id."""
        rows = self._query(f"SELECT analysis, text, {_ARTICLE_READ} FROM articles WHERE id = ?",
                           (article_id,))
        return _unpacked(rows[0][0], rows[0][1], rows[0][2:]) if rows else None

    def analyses(self, *, batch: int = 200,
                 on_damaged: Callable[[StoreError], None] | None = None) -> Iterator[Analysis]:
        """Every stored :class:`Analysis`, in the order they were first stored, read ``batch``
        rows at a time (memory stays that of one batch, whatever the store's size).

        A row whose stored analysis cannot be read raises :class:`StoreError` naming its
        article; with ``on_damaged``, that error is passed to it instead and the row skipped,
        so the other articles still come."""
        last = -1
        while True:
            rows = self._query(
                f"SELECT pk, analysis, text, {_ARTICLE_READ} FROM articles WHERE pk > ? "
                "ORDER BY pk LIMIT ?", (last, batch))
            if not rows:
                return
            for pk, stored, text, *columns in rows:
                last = pk
                try:
                    analysis = _unpacked(stored, text, columns)
                except StoreError as exc:
                    if on_damaged is None:
                        raise
                    on_damaged(exc)
                    continue
                yield analysis

    def search(self, text: str, *, limit: int = 20) -> Iterator[SearchHit]:
        """Articles matching all words of ``text``, best first, with a highlighted snippet."""
        query = self._FTS_TERMS(text)
        if not query or limit == 0:
            return iter(())
        limit = max(min(limit, _MAX_INT64), -1)  # negative: no limit
        rows = self._query(
            f"""SELECT a.id, a.source, a.title, a.outlet, a.published, {self._FTS_SNIPPET}
                FROM {self._FTS_FROM}
                WHERE {self._FTS_MATCH} ORDER BY {self._FTS_RANK} LIMIT ?""",
            (query, self._NO_LIMIT if limit < 0 else limit), what="search",
        )
        return (SearchHit(*row) for row in rows)

    def find_articles(
        self,
        text: str | None = None,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[list[SearchHit], int]:
        """Articles matching all words of ``text`` (best first; without ``text``, newest
        first), of ``outlet`` (case folded), published from ``since`` to ``until`` (days
        YYYY-MM-DD, inclusive) in ``language``: one page of hits, and how many match in all.
        The same FTS5 query and snippet as :meth:`search`."""
        found = self._article_filter(text, outlet, since, until, language)
        if found is None:
            return [], 0
        where, params, fts = found
        articles = self._FTS_FROM if fts else "articles a"
        total = self._query(f"SELECT count(*) FROM {articles} {where}", params,
                            what="search")[0][0]
        snippet = self._FTS_SNIPPET if fts else "substr(a.text, 1, 200)"
        order = self._FTS_RANK if fts else "a.published IS NULL, a.published DESC, a.pk"
        rows = self._query(
            f"""SELECT a.id, a.source, a.title, a.outlet, a.published, {snippet}
                FROM {articles} {where} ORDER BY {order} LIMIT ? OFFSET ?""",
            (*params, max(min(limit, _MAX_INT64), 0), max(min(offset, _MAX_INT64), 0)),
            what="search",
        )
        return [SearchHit(*row) for row in rows], total

    def article_counts(
        self,
        text: str | None = None,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
        by: str = "month",
    ) -> list[tuple[str | None, int]]:
        """How many articles :meth:`find_articles` finds, by publication ``day``, ``month``
        or ``year`` (``(None, n)`` for undated articles last), in date order."""
        width = {"day": 10, "month": 7, "year": 4}[by]
        found = self._article_filter(text, outlet, since, until, language)
        if found is None:
            return []
        where, params, fts = found
        rows = self._query(
            f"""SELECT substr(a.published, 1, {width}) AS period, count(*)
                FROM {self._FTS_FROM if fts else "articles a"} {where}
                GROUP BY period ORDER BY period NULLS LAST""",
            params, what="count articles",
        )
        return [tuple(row) for row in rows]

    def _article_filter(self, text, outlet, since, until, language):
        clauses: list[str] = []
        params: list[object] = []
        fts = text is not None
        if fts:
            query = self._FTS_TERMS(text)
            if not query:  # no words: nothing matches, as in search()
                return None
            clauses.append(self._FTS_MATCH)
            params.append(query)
        if outlet:
            clauses.append("a.outlet = ? COLLATE NOCASE")
            params.append(outlet)
        if since:
            clauses.append("substr(a.published, 1, 10) >= ?")
            params.append(since)
        if until:
            clauses.append("substr(a.published, 1, 10) <= ?")
            params.append(until)
        if language:
            clauses.append("a.language = ? COLLATE NOCASE")
            params.append(language)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params, fts

    def outlets(self) -> list[tuple[str, int]]:
        """``(outlet, articles)`` of every named outlet, most articles first."""
        rows = self._query(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL "
            "GROUP BY outlet ORDER BY count(*) DESC, outlet"
        )
        return [tuple(row) for row in rows]

    def events(
        self, *, names: Sequence[str] = (), countries: Sequence[str] = (),
        category: str | None = None, since: str | None = None, until: str | None = None,
        limit: int | None = None,
    ) -> list[StoredEvent]:
        """Stored events in date order (the first day of the event's date, else of its
        article's; undated last): with an actor or recipient whose folded name (``name_key``)
        is one of ``names`` or whose country is one of ``countries`` (when either is given), of
        PLOVER ``category`` (as stored: upper case), whose days (``date_first``..``date_last``)
        reach ``since`` and start by ``until`` (days YYYY-MM-DD; an undated event is left out
        by either bound), at most ``limit`` of them."""
        self._needs(4, "events table")
        clauses: list[str] = []
        params: list[object] = []
        if names or countries:
            tests = []
            if names:
                tests.append(f"name_key IN ({','.join('?' * len(names))})")
                params.extend(names)
            if countries:
                tests.append(f"country IN ({','.join('?' * len(countries))})")
                params.extend(countries)
            clauses.append("(e.article_id, e.event_id) IN (SELECT article_id, event_id FROM "
                           f"event_actors WHERE {' OR '.join(tests)})")
        if category:
            clauses.append("e.category = ?")
            params.append(category)
        if since:
            clauses.append("e.date_last >= ?")
            params.append(since)
        if until:
            clauses.append("e.date_first <= ?")
            params.append(until)
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        order = "e.date_first IS NULL, e.date_first, e.published, e.source, e.evidence_start, e.article_id, e.event_id"
        columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
        inner = ", ".join(_EVENT_READ.get(c, f"e.{c}") for c in EVENT_COLUMNS)
        page = ""
        if limit is not None:
            page = " LIMIT ?"
            params.append(max(min(limit, _MAX_INT64), 0))
        rows = self._query(
            f"""SELECT {columns}, x.role, x.name, x.country, x.sector
                FROM (SELECT {inner} FROM events e JOIN articles a ON a.id = e.article_id
                      {where} ORDER BY {order}{page}) e
                LEFT JOIN event_actors x ON x.article_id = e.article_id AND x.event_id = e.event_id
                ORDER BY {order}, x.role, x.position""",
            params, what="read events",
        )
        out: list[StoredEvent] = []
        current: tuple | None = None
        width = len(EVENT_COLUMNS)
        for row in rows:
            key = row[:2]
            if key != current:
                if current is not None:
                    out.append(StoredEvent.from_row(record, sides))
                current, record, sides = key, dict(zip(EVENT_COLUMNS, row[:width])), {}
            role, name, country, sector = row[width:]
            if role is not None:
                sides.setdefault(role, []).append(EventActor(name, country, sector))
        if current is not None:
            out.append(StoredEvent.from_row(record, sides))
        return out

    def statements(
        self, *, since: str | None = None, until: str | None = None
    ) -> list[StoredStatement]:
        """Stored statements said from ``since`` to ``until`` (inclusive, YYYY-MM-DD; undated
        statements only when neither is given), in date order."""
        return list(self.iter_statements(since=since, until=until))

    def iter_statements(
        self, *, since: str | None = None, until: str | None = None
    ) -> Iterator[StoredStatement]:
        """:meth:`statements` one at a time, read from a cursor in batches (never the whole
        table at once), repeated values (names, keys, dates, copied texts) shared."""
        self._needs(2, "statements table")
        where, params = _date_range("s.date", since, until)
        rows = self._stream(
            f"""SELECT {_STATEMENT_READ} FROM statements s
                JOIN articles a ON a.id = s.article_id
                LEFT JOIN quotes q ON q.article_id = s.article_id AND q.quote_id = s.quote_id
                {where}
                ORDER BY s.date IS NULL, s.date, s.published, s.source, s.evidence_start,
                         s.statement_id""",
            params,
        )
        return (StoredStatement(*row) for row in _shared(rows, _STATEMENT_SHARED))

    def quotes(self, *, since: str | None = None, until: str | None = None) -> list[StoredQuote]:
        """Stored quotes said (else published) from ``since`` to ``until``, in date order,
        read from a cursor in batches, repeated values shared."""
        self._needs(2, "quote dates")
        where, params = _date_range("coalesce(q.date, a.published)", since, until)
        rows = self._stream(
            f"""SELECT q.article_id, q.quote_id, q.kind, q.start, q."end",
                       {_cut("a.text", "q.start", 'q."end"')},
                       q.speaker_name, q.speaker_mention, e.type, e.country,
                       coalesce(q.date, a.published), a.outlet, a.source, a.published
                FROM quotes q JOIN articles a ON a.id = q.article_id
                LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity
                {where}
                ORDER BY coalesce(q.date, a.published) IS NULL, coalesce(q.date, a.published),
                         a.published, a.source, q.start""",
            params,
        )
        return [StoredQuote(*row) for row in _shared(rows, _QUOTE_SHARED)]

    def speaker_names(self) -> list[tuple[str, str | None, int]]:
        """``(name, country, count)`` of every person quoted (institutions left out): what a
        :class:`~wirecoder.identity.PeopleIndex` is built from."""
        rows = self._query(
            """SELECT q.speaker_name, e.country, count(*)
               FROM quotes q LEFT JOIN entities e
                    ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity
               WHERE q.speaker_name IS NOT NULL AND coalesce(e.type, 'PERSON') = 'PERSON'
               GROUP BY q.speaker_name, e.country ORDER BY q.speaker_name"""
        )
        return [tuple(row) for row in rows]

    def propositions_of_quotes(self) -> dict[tuple[str, str], list[str]]:
        """``(article_id, quote_id) → [proposition text and key, ...]`` of stored statements."""
        self._needs(2, "statements table")
        out: dict[tuple[str, str], list[str]] = {}
        for article_id, quote_id, text, key in self._query(
            "SELECT article_id, quote_id, proposition_text, proposition_key FROM statements"
        ):
            out.setdefault((article_id, quote_id), []).extend((text, key))
        return out

    # -- the corpus index (CORPUS_INDEX_VERSION; written and read by wirecoder.corpus.index) --
    def index_state(self, name: str) -> tuple[str, str, str] | None:
        """``(stamp, params, notes)`` (JSON texts) of the corpus index part ``name``
        (``quotes`` or ``statements``), or None: never built, or a store older than the corpus
        index's schema (:data:`~wirecoder.store.schema.CORPUS_INDEX_VERSION`)."""
        if self.version < CORPUS_INDEX_VERSION:
            return None
        rows = self._query("SELECT stamp, params, notes FROM corpus_index WHERE name = ?",
                           (name,), what="read the corpus index")
        return tuple(rows[0]) if rows else None

    def write_index(self, name: str, stamp: str, params: str, notes: str, *,
                    rows: Sequence[tuple], copies: Sequence[tuple], people: Sequence[tuple],
                    terms: Sequence[tuple]) -> None:
        """Replace the corpus index part ``name`` in one transaction: ``rows`` of
        ``quote_index``/``statement_index``, ``copies`` ``(head, rank, copy)`` positions,
        ``people`` ``(rank, key, name, country, forms, surnames)`` and ``terms`` ``(term,
        rank)`` of its people index, and its state row."""
        table = {"quotes": "quote", "statements": "statement"}[name]
        columns = {"quotes": 8, "statements": 13}[name]

        def body() -> None:
            self._run(f"DELETE FROM {table}_index")
            self._run(f"DELETE FROM {table}_copies")
            self._run("DELETE FROM people_index WHERE scope = ?", (name,))
            self._run("DELETE FROM people_terms WHERE scope = ?", (name,))
            self._run("DELETE FROM corpus_index WHERE name = ?", (name,))
            self._run_many(f"INSERT INTO {table}_index VALUES ({','.join('?' * columns)})", rows)
            self._run_many(f"INSERT INTO {table}_copies VALUES (?,?,?)", copies)
            self._run_many("INSERT INTO people_index VALUES (?,?,?,?,?,?,?)",
                           [(name, *p) for p in people])
            self._run_many("INSERT INTO people_terms VALUES (?,?,?)", [(name, *t) for t in terms])
            self._run("INSERT INTO corpus_index VALUES (?,?,?,?,?)",
                      (name, stamp, params, notes, _now()))

        self._needs(CORPUS_INDEX_VERSION, "corpus index tables")
        with self._guard("write the corpus index"):
            self._transaction(body)

    def indexed_people(self, scope: str, terms: Sequence[str] | None = None) -> list[tuple]:
        """``(rank, key, name, country, forms, surnames)`` of the indexed people of ``scope``
        looked up by any of ``terms`` (folded forms and surnames; None: everyone), by rank."""
        if terms is None:
            return self._query("SELECT rank, key, name, country, forms, surnames FROM "
                               "people_index WHERE scope = ? ORDER BY rank", (scope,),
                               what="read the corpus index")
        if not terms:
            return []
        return self._query(
            "SELECT rank, key, name, country, forms, surnames FROM people_index WHERE scope = ? "
            "AND rank IN (SELECT rank FROM people_terms WHERE scope = ? AND term IN "
            f"({','.join('?' * len(terms))})) ORDER BY rank", (scope, scope, *terms),
            what="read the corpus index")

    def indexed_quotes(self, *, keys: Sequence[str] | None = None, since: str | None = None,
                       until: str | None = None, heads: bool = True) -> Iterator[tuple]:
        """The indexed quotes (:class:`StoredQuote` fields, then speaker, speaker key and
        position) in the index's order: of a speaker key among ``keys`` (None: any), whose
        period reaches ``since`` and starts by ``until`` (days), only those that are no
        copy when ``heads``. Streamed from a cursor."""
        where, params = _index_filter("speaker_key", keys, None, since, until, heads)
        return self._stream(
            f"""SELECT {_QUOTE_FIELDS}, x.speaker, x.speaker_key, x.position
                FROM quote_index x
                JOIN quotes q ON q.article_id = x.article_id AND q.quote_id = x.quote_id
                JOIN articles a ON a.id = q.article_id
                LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity
                {where} ORDER BY x.position""", params, what="read the corpus index")

    def indexed_quote_copies(self, *, keys: Sequence[str] | None = None,
                             since: str | None = None, until: str | None = None) -> Iterator[tuple]:
        """``(head position, StoredQuote fields...)`` of the copies of the quotes
        :meth:`indexed_quotes` gives with ``heads``, each head's copies in their order."""
        where, params = _index_filter("speaker_key", keys, None, since, until, True)
        return self._stream(
            f"""SELECT c.head, {_QUOTE_FIELDS}
                FROM quote_copies c JOIN quote_index x ON x.position = c.head
                JOIN quote_index y ON y.position = c.copy
                JOIN quotes q ON q.article_id = y.article_id AND q.quote_id = y.quote_id
                JOIN articles a ON a.id = q.article_id
                LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity
                {where} ORDER BY c.head, c.rank""", params, what="read the corpus index")

    def indexed_quote_propositions(self, *, keys: Sequence[str] | None = None,
                                   since: str | None = None, until: str | None = None,
                                   heads: bool = True) -> dict[tuple[str, str], list[str]]:
        """:meth:`propositions_of_quotes` of the quotes :meth:`indexed_quotes` gives."""
        where, params = _index_filter("speaker_key", keys, None, since, until, heads)
        out: dict[tuple[str, str], list[str]] = {}
        for article_id, quote_id, text, key in self._stream(
            f"""SELECT s.article_id, s.quote_id, s.proposition_text, s.proposition_key
                FROM quote_index x JOIN statements s
                     ON s.article_id = x.article_id AND s.quote_id = x.quote_id {where}""",
                params, what="read the corpus index"):
            out.setdefault((article_id, quote_id), []).extend((text, key))
        return out

    def indexed_statements(self, *, keys: Sequence[str] | None = None,
                           country: str | None = None, since: str | None = None,
                           until: str | None = None) -> Iterator[tuple]:
        """The indexed statements that are no copy (:class:`StoredStatement` fields with the
        merged proposition key, then holder key, name, kind and country, speaker, speaker key,
        position) in the index's order: held or said by one of ``keys`` or held in ``country``
        (when either is given), whose period reaches ``since`` and starts by ``until``."""
        where, params = _index_filter(None, keys, country, since, until, True)
        return self._stream(
            f"""SELECT {_STATEMENT_FIELDS}, x.holder_key, x.holder_name, x.holder_kind,
                       x.holder_country, x.speaker, x.speaker_key, x.position
                FROM statement_index x JOIN statements s
                     ON s.article_id = x.article_id AND s.statement_id = x.statement_id
                JOIN articles a ON a.id = s.article_id
                LEFT JOIN quotes q ON q.article_id = s.article_id AND q.quote_id = s.quote_id
                {where} ORDER BY x.position""", params, what="read the corpus index")

    def indexed_statement_copies(self, *, keys: Sequence[str] | None = None,
                                 country: str | None = None, since: str | None = None,
                                 until: str | None = None) -> Iterator[tuple]:
        """``(head position, StoredStatement fields...)`` of the copies of the statements
        :meth:`indexed_statements` gives, each head's copies in their order."""
        where, params = _index_filter(None, keys, country, since, until, True)
        return self._stream(
            f"""SELECT c.head, {_statement_fields('y')}
                FROM statement_copies c JOIN statement_index x ON x.position = c.head
                JOIN statement_index y ON y.position = c.copy
                JOIN statements s ON s.article_id = y.article_id AND s.statement_id = y.statement_id
                JOIN articles a ON a.id = s.article_id
                LEFT JOIN quotes q ON q.article_id = s.article_id AND q.quote_id = s.quote_id
                {where} ORDER BY c.head, c.rank""", params, what="read the corpus index")


#: The columns of ``articles`` a stored analysis leaves to its row (schema 6).
_ARTICLE_READ = ", ".join(ARTICLE_COLUMNS)


def _cut(text: str, start: str, end: str) -> str:
    """SQL for ``text[start:end]`` (SQLite's and PostgreSQL's ``substr`` count characters from
    1, as Python's offsets count code points from 0); NULL when ``start`` is. The casts: an
    offset is a BIGINT on PostgreSQL, whose ``substr`` takes an INTEGER."""
    return f"substr({text}, CAST({start} + 1 AS INTEGER), CAST({end} - {start} AS INTEGER))"


#: The span texts that the tables do not hold (schema 6), cut from the article's text on read:
#: a statement's evidence and its quote's content, an event's evidence and trigger.
_SPAN_TEXTS = {
    "statements": {"evidence_text": _cut("a.text", "s.evidence_start", "s.evidence_end"),
                   "quote_text": _cut("a.text", "q.start", 'q."end"')},
    "events": {"evidence_text": _cut("a.text", "e.evidence_start", "e.evidence_end"),
               "trigger_text": _cut("a.text", "e.trigger_start", "e.trigger_end")},
}
_EVENT_READ = {c: f"{sql} AS {c}" for c, sql in _SPAN_TEXTS["events"].items()}

#: The columns of ``statements`` (schema 6: without its span texts), in the order they are written.
_STATEMENT_STORED = tuple(f.name for f in fields(StoredStatement)
                          if f.name not in _SPAN_TEXTS["statements"])
_STATEMENT_READ = ", ".join(_SPAN_TEXTS["statements"].get(f.name, f"s.{f.name}")
                            for f in fields(StoredStatement))
_STORED_INDEX = tuple(i for i, f in enumerate(fields(StoredStatement))
                      if f.name in _STATEMENT_STORED)


def _stored_statement(row: tuple) -> tuple:
    """A row of :func:`_statement_rows` (every field of StoredStatement) as written."""
    return tuple(row[i] for i in _STORED_INDEX)

# columns whose values repeat across rows (a name, a key, a date, a copied quote): one string
# object for each distinct value, not one per row
_STATEMENT_SHARED = tuple(
    i for i, f in enumerate(fields(StoredStatement))
    if f.name not in ("article_id", "statement_id", "quote_id", "source", "evidence_start",
                      "evidence_end"))
_QUOTE_SHARED = tuple(
    i for i, f in enumerate(fields(StoredQuote))
    if f.name not in ("article_id", "quote_id", "start", "end", "source"))

_QUOTE_FIELDS = ('q.article_id, q.quote_id, q.kind, q.start, q."end", '
                 + _cut("a.text", "q.start", 'q."end"')
                 + ', q.speaker_name, q.speaker_mention, e.type, e.country, '
                 'coalesce(q.date, a.published), a.outlet, a.source, a.published')


def _statement_fields(index: str) -> str:
    """A statement's columns (``s``, its span texts cut from its article ``a`` and quote ``q``),
    with the proposition key its index row (``index``) merged."""
    return ", ".join(f"{index}.proposition_key" if f.name == "proposition_key"
                     else _SPAN_TEXTS["statements"].get(f.name, f"s.{f.name}")
                     for f in fields(StoredStatement))


_STATEMENT_FIELDS = _statement_fields("x")


def _index_filter(key_column: str | None, keys: Sequence[str] | None, country: str | None,
                  since: str | None, until: str | None, heads: bool) -> tuple[str, list]:
    """The WHERE of a read of the corpus index (its row aliased ``x``): a key among ``keys``
    (in ``key_column``; None: the holder's or the speaker's key) or a holder of ``country``,
    a period reaching ``since`` and starting by ``until``, and no copy when ``heads``."""
    clauses: list[str] = []
    params: list[object] = []
    tests: list[str] = []
    if keys is not None:
        marks = ",".join("?" * len(keys)) or "NULL"
        columns = (key_column,) if key_column else ("holder_key", "speaker_key")
        for column in columns:
            tests.append(f"x.{column} IN ({marks})")
            params.extend(keys)
    if country is not None:
        tests.append("x.holder_country = ?")
        params.append(country)
    if tests:
        clauses.append("(" + " OR ".join(tests) + ")")
    if since is not None:
        clauses.append("x.period_last >= ?")
        params.append(since)
    if until is not None:
        clauses.append("x.period_first <= ?")
        params.append(until)
    if heads:
        clauses.append("x.copied = 0")
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _shared(rows: Iterable[tuple], columns: Sequence[int]) -> Iterator[list]:
    """``rows`` with equal values of ``columns`` made one object (what they hold is unchanged)."""
    seen: dict[object, object] = {}
    for row in rows:
        row = list(row)
        for i in columns:
            value = row[i]
            if value is not None:
                row[i] = seen.setdefault(value, value)
        yield row


def _date_range(column: str, since: str | None, until: str | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _clean(params: Sequence[object]) -> tuple:
    """Parameters SQLite can encode: a lone surrogate (from ``os.fsdecode`` of a file name that
    is not UTF-8, or from a JSON escape) becomes U+FFFD, one character for one, so offsets into
    a text stay right."""
    return tuple(_encodable(p) if isinstance(p, str) else p for p in params)


def _encodable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _check_file(path: Path, *, readonly: bool) -> None:
    """Refuse, before SQLite sees it, a path that is a folder or a file that is not SQLite (an
    empty file is a new database); a read needs the file to exist."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        if readonly:
            raise StoreError(
                f"{path}: no such database; create it with `wirecoder ingest PATH --db {path}`"
            ) from None
        return
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a database file; give a file name") from None
    except OSError as err:
        raise StoreError(
            f"{path}: cannot read the database file ({err.strerror}); check the path and its "
            "permissions"
        ) from None
    if head and head != _SQLITE_HEADER:
        raise StoreError(
            f"{path}: not a SQLite database (it does not start with the SQLite header); "
            "wirecoder leaves it alone: give a wirecoder database or a new file name"
        )


def _is_wal(path: Path) -> bool:
    """The file's header says WAL (read and write versions 2)."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    return header[18:20] == b"\x02\x02"


def _side_files(path: Path) -> list[Path]:
    """The non-empty -wal and -journal files a writer left beside the database."""
    sides = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
    return [p for p in sides if p.exists() and p.stat().st_size > 0]


def _unpacked(stored, text: str, columns: Sequence) -> Analysis:
    """The Analysis of one stored row (``columns``: its :data:`ARTICLE_COLUMNS`), or a
    StoreError naming the article when the row is damaged (not zlib, not JSON, or not an
    analysis)."""
    row = dict(zip(ARTICLE_COLUMNS, columns))
    try:
        return unpack(stored, text, row)
    except (zlib.error, ValueError, KeyError, TypeError, AttributeError, WirecoderError) as exc:
        raise StoreError(
            f"article {row['id']} ({row['source']}): its stored analysis cannot be read "
            f"({type(exc).__name__}: {str(exc)[:80]}); re-ingest that source with "
            "`wirecoder ingest --force` to replace it") from None
