"""The SQLite store: one file, WAL, a schema version with migrations, idempotent upserts by
article id, FTS5 over article text, and tables Datasette can browse.

Tables (schema version in ``PRAGMA user_version``):
    articles       one row per article: metadata, text, the full analysis as JSON
    articles_fts   FTS5 over title and text (external content = articles; kept in sync by triggers)
    entities       one row per entity of an article
    mentions       one row per entity mention (character offsets into articles.text)
    quotes, times  one row per quote / time expression
    failures       inputs that could not be read or analysed, with the reason
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import StoreError
from .records import Analysis

__all__ = ["SCHEMA_VERSION", "SearchHit", "Store"]

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
            for table in ("entities", "mentions", "quotes", "times"):
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
                "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(a.id, q.id, q.kind, q.content.start, q.content.end, q.content.text,
                  q.cue.text if q.cue else None,
                  q.speaker.mention.text if q.speaker.mention else None,
                  q.speaker.entity, q.speaker.name) for q in analysis.quotes],
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
        tables = ("articles", "entities", "mentions", "quotes", "times", "failures")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def analysis(self, article_id: str) -> dict | None:
        row = self.db.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

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
