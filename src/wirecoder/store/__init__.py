"""The store: where analyses land and where every cross-article command reads them.

    sqlite.py   the SQLite store: one file, WAL, FTS5 search, idempotent upserts by article id,
                read-only opening for readers, lock retries, a StoreError for every SQLite error
    events.py   the rows of the events and event_actors tables, and the stored event read back
    schema.py   the schema, its migrations (under an exclusive lock, idempotent), and how a
                wirecoder file is told from any other SQLite file (PRAGMA application_id)
    ingest.py   reading inputs into articles and ingesting them with a report of what happened
    postgres.py the same Store over PostgreSQL (psycopg 3), chosen by a postgresql:// URL
    dialect.py  the SQLite store's SQL said in PostgreSQL's dialect
    opening.py  open_store(--db): PostgreSQL for a URL, SQLite for a path

>>> from wirecoder.store import Store
>>> store = Store("news.db")  # doctest: +SKIP
"""

from __future__ import annotations

from .ingest import IngestReport, ingest, parse_date, read_articles
from .opening import open_store, store_name
from .sqlite import (
    APPLICATION_ID,
    DEFAULT_LOCK_TIMEOUT,
    SCHEMA_VERSION,
    SearchHit,
    Store,
    StoredEvent,
    StoredQuote,
    StoredStatement,
)

__all__ = [
    "APPLICATION_ID",
    "DEFAULT_LOCK_TIMEOUT",
    "SCHEMA_VERSION",
    "IngestReport",
    "SearchHit",
    "Store",
    "StoredEvent",
    "StoredQuote",
    "StoredStatement",
    "ingest",
    "open_store",
    "parse_date",
    "read_articles",
    "store_name",
]
