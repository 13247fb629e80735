"""The store: where analyses land and where every cross-article command reads them.

    sqlite.py   the SQLite store: one file, WAL, schema version and migrations, FTS5 search,
                idempotent upserts by article id
    ingest.py   reading inputs into articles and ingesting them with a report of what happened

>>> from wirecoder.store import Store
>>> store = Store("news.db")  # doctest: +SKIP
"""

from __future__ import annotations

from .ingest import IngestReport, ingest, parse_date, read_articles
from .sqlite import SCHEMA_VERSION, SearchHit, Store, StoredQuote, StoredStatement

__all__ = [
    "SCHEMA_VERSION",
    "IngestReport",
    "SearchHit",
    "Store",
    "StoredQuote",
    "StoredStatement",
    "ingest",
    "parse_date",
    "read_articles",
]
