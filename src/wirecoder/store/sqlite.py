"""The SQLite store: one file, WAL, a schema version with migrations, idempotent upserts by
article id, FTS5 over article text, and tables Datasette can browse.

Tables (schema version in ``PRAGMA user_version``):
    articles       one row per article: metadata, text, the full analysis as JSON
    articles_fts   FTS5 over title and text (external content = articles; kept in sync by triggers)
    entities       one row per entity of an article
    mentions       one row per entity mention (character offsets into articles.text)
    quotes, times  one row per quote / time expression (``quotes.date``: the day it was said)
    statements     one row per statement: holder, proposition, stance, hedge, its date, its
                   evidence, and the speaker, outlet and source it came from (schema 2)
    failures       inputs that could not be read or analysed, with the reason

Migrations are appended to ``_MIGRATIONS`` and never edited: a file at version N gets
migrations N+1 onwards, in order, when it is opened.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterator

from ..errors import StoreError
from ..records import Analysis

__all__ = ["SCHEMA_VERSION", "SearchHit", "Store", "StoredQuote", "StoredStatement"]

_MIGRATIONS: tuple[str, ...] = (
    # 1: the foundation
    """
    CREATE TABLE articles (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT, url TEXT, outlet TEXT, title TEXT,
        published TEXT, published_source TEXT,
        dateline_place TEXT, dateline_agency TEXT, language TEXT,
        text TEXT NOT NULL,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT,
        mention_count INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    );
    CREATE INDEX entities_name ON entities(name);
    CREATE INDEX entities_country ON entities(country);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_id, start)
    );
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL,
        cue TEXT, speaker_mention TEXT, speaker_entity TEXT, speaker_name TEXT,
        PRIMARY KEY (article_id, quote_id)
    );
    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
        PRIMARY KEY (article_id, start)
    );
    CREATE TABLE failures (
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
    CREATE TABLE statements (
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
    CREATE INDEX statements_key ON statements(proposition_key);
    CREATE INDEX statements_date ON statements(date);
    CREATE INDEX statements_holder ON statements(holder_name);
    ALTER TABLE quotes ADD COLUMN date TEXT;
    UPDATE quotes SET date = (
        SELECT json_extract(q.value, '$.date')
        FROM articles a, json_each(a.analysis, '$.quotes') q
        WHERE a.id = quotes.article_id AND json_extract(q.value, '$.id') = quotes.quote_id
    );
    """,
)

#: The schema version this code writes; older files are migrated on open.
SCHEMA_VERSION = len(_MIGRATIONS)


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


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _fts_query(text: str) -> str:
    """Plain words become a query of quoted terms (all must match), so user input never trips
    FTS5 syntax (quotes, hyphens, colons)."""
    terms = [t.replace('"', '""') for t in text.split()]
    return " ".join(f'"{t}"' for t in terms if t)


class Store:
    """A wirecoder database. Use as a context manager; each ``put`` is its own transaction, so a
    killed run keeps everything stored before it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{self.path}: cannot open as a wirecoder database ({err}); "
                "check the path, or give a new file name"
            ) from err

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this wirecoder's "
                f"({SCHEMA_VERSION}); upgrade wirecoder"
            )
        for number in range(version, SCHEMA_VERSION):
            self.db.execute("BEGIN IMMEDIATE")  # a migration is applied whole or not at all
            for statement in _split_sql(_MIGRATIONS[number]):
                self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {number + 1}")
            self.db.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def put(self, analysis: Analysis) -> None:
        """Insert or replace one article's analysis (idempotent by article id)."""
        a = analysis.article
        data = analysis.to_dict()
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(
                """INSERT INTO articles (id, source, url, outlet, title, published, published_source,
                       dateline_place, dateline_agency, language, text, analysis, ingested_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT(id) DO UPDATE SET source=excluded.source, url=excluded.url,
                       outlet=excluded.outlet, title=excluded.title, published=excluded.published,
                       published_source=excluded.published_source,
                       dateline_place=excluded.dateline_place,
                       dateline_agency=excluded.dateline_agency, language=excluded.language,
                       text=excluded.text, analysis=excluded.analysis,
                       ingested_at=excluded.ingested_at""",
                (
                    a.id, a.source, a.url, a.outlet, a.title, a.published, a.published_source,
                    a.dateline.place if a.dateline else None,
                    a.dateline.agency if a.dateline else None,
                    a.language, a.text, json.dumps(data, ensure_ascii=False), _now(),
                ),
            )
            for table in ("entities", "mentions", "quotes", "times", "statements"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (a.id,))
            self.db.executemany(
                "INSERT INTO entities VALUES (?,?,?,?,?,?,?)",
                [(a.id, e.id, e.type, e.name, e.country, e.role, len(e.mentions))
                 for e in analysis.entities],
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?)",
                [(a.id, e.id, m.start, m.end, m.text) for e in analysis.entities for m in e.mentions],
            )
            self.db.executemany(
                """INSERT INTO quotes (article_id, quote_id, kind, start, "end", content, cue,
                       speaker_mention, speaker_entity, speaker_name, date)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                [(a.id, q.id, q.kind, q.content.start, q.content.end, q.content.text,
                  q.cue.text if q.cue else None,
                  q.speaker.mention.text if q.speaker.mention else None,
                  q.speaker.entity, q.speaker.name, q.date) for q in analysis.quotes],
            )
            self.db.executemany(
                f"INSERT OR REPLACE INTO statements ({_STATEMENT_COLUMNS}) "
                f"VALUES ({','.join('?' * len(fields(StoredStatement)))})",
                _statement_rows(analysis),
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO times VALUES (?,?,?,?,?)",
                [(a.id, t.span.start, t.span.end, t.span.text, t.value) for t in analysis.times],
            )
            self.db.execute("DELETE FROM failures WHERE source = ?", (a.source,))
            self.db.execute("COMMIT")
        except sqlite3.Error as err:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot store article {a.id} ({err})") from err

    def record_failure(self, source: str, reason: str, line: int | None = None) -> None:
        self.db.execute(
            "INSERT INTO failures VALUES (?,?,?,?) ON CONFLICT(source, line) "
            "DO UPDATE SET reason=excluded.reason, seen_at=excluded.seen_at",
            (source, line or 0, reason, _now()),
        )

    # -- reading ---------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "mentions", "quotes", "times", "statements", "failures")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored :class:`Analysis` of an article, or None when the store has no such id."""
        row = self.db.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Analysis.from_dict(json.loads(row[0])) if row else None

    def search(self, text: str, *, limit: int = 20) -> Iterator[SearchHit]:
        """Articles matching all words of ``text``, best first, with a highlighted snippet."""
        query = _fts_query(text)
        if not query:
            return iter(())
        rows = self.db.execute(
            """SELECT a.id, a.source, a.title, a.outlet, a.published,
                      snippet(articles_fts, 1, '[', ']', ' … ', 16)
               FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
            (query, limit),
        )
        return (SearchHit(*row) for row in rows.fetchall())


    def statements(
        self, *, since: str | None = None, until: str | None = None
    ) -> list[StoredStatement]:
        """Stored statements said from ``since`` to ``until`` (inclusive, YYYY-MM-DD; undated
        statements only when neither is given), in date order."""
        where, params = _date_range("date", since, until)
        rows = self.db.execute(
            f"SELECT {_STATEMENT_COLUMNS} FROM statements {where} "
            "ORDER BY date IS NULL, date, published, source, evidence_start, statement_id",
            params,
        )
        return [StoredStatement(*row) for row in rows.fetchall()]

    def quotes(self, *, since: str | None = None, until: str | None = None) -> list[StoredQuote]:
        """Stored quotes said (else published) from ``since`` to ``until``, in date order."""
        where, params = _date_range("coalesce(q.date, a.published)", since, until)
        rows = self.db.execute(
            f"""SELECT q.article_id, q.quote_id, q.kind, q.start, q."end", q.content,
                       q.speaker_name, q.speaker_mention, e.type, e.country,
                       coalesce(q.date, a.published), a.outlet, a.source, a.published
                FROM quotes q JOIN articles a ON a.id = q.article_id
                LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity
                {where}
                ORDER BY coalesce(q.date, a.published) IS NULL, coalesce(q.date, a.published),
                         a.published, a.source, q.start""",
            params,
        )
        return [StoredQuote(*row) for row in rows.fetchall()]

    def speaker_names(self) -> list[tuple[str, str | None, int]]:
        """``(name, country, count)`` of every person quoted (institutions left out): what a
        :class:`~wirecoder.corpus.identity.PeopleIndex` is built from."""
        rows = self.db.execute(
            """SELECT q.speaker_name, e.country, count(*)
               FROM quotes q LEFT JOIN entities e
                    ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity
               WHERE q.speaker_name IS NOT NULL AND coalesce(e.type, 'PERSON') = 'PERSON'
               GROUP BY q.speaker_name, e.country ORDER BY q.speaker_name"""
        )
        return [tuple(row) for row in rows.fetchall()]

    def propositions_of_quotes(self) -> dict[tuple[str, str], list[str]]:
        """``(article_id, quote_id) → [proposition text and key, ...]`` of stored statements."""
        out: dict[tuple[str, str], list[str]] = {}
        for article_id, quote_id, text, key in self.db.execute(
            "SELECT article_id, quote_id, proposition_text, proposition_key FROM statements"
        ):
            out.setdefault((article_id, quote_id), []).extend((text, key))
        return out


_STATEMENT_COLUMNS = ", ".join(f.name for f in fields(StoredStatement))


def _date_range(column: str, since: str | None, until: str | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _split_sql(script: str) -> list[str]:
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
