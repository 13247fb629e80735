"""Tables out of a store, streamed: the rows of ``wirecoder export`` and the files they go to.

``rows(store, kind)`` gives the columns and an iterator of flat dicts: ``quotes``,
``statements``, ``entities`` and ``embeds`` with the columns of :data:`wirecoder.export.tables.COLUMNS`
(one stored analysis at a time through :func:`~wirecoder.export.tables.to_records`),
``events`` with :data:`EVENT_COLUMNS`, and ``positions`` (computed over the whole store, as
``wirecoder positions --json`` gives them; list values joined with ``; ``). ``write(...)``
puts them in CSV, JSON Lines or Parquet (pyarrow, written in row groups of ``batch`` rows).
"""

from __future__ import annotations

import csv
import json
from typing import Any, Callable, Iterable, Iterator

from ..errors import WirecoderError
from ..records import Analysis
from .tables import COLUMNS, authors_cell, to_records

__all__ = ["EVENT_COLUMNS", "FORMATS", "KINDS", "INTEGER_COLUMNS", "event_rows", "rows", "write"]

KINDS = ("quotes", "statements", "entities", "embeds", "events", "positions")
FORMATS = ("csv", "jsonl", "parquet")

_ARTICLE = ("article_id", "source", "outlet", "published", "authors")

#: The columns of an event row (actors and recipients: names joined with "; ").
EVENT_COLUMNS = (
    *_ARTICLE, "event_id", "category", "mode", "actors", "actor_countries", "recipients",
    "recipient_countries", "place", "date", "size", "cameo", "start", "end", "text",
)

#: Columns written as integers (Parquet int64; CSV reads them back as text).
INTEGER_COLUMNS = frozenset(
    c for cols in (*COLUMNS.values(), EVENT_COLUMNS) for c in cols
    if c.endswith(("start", "end", "_count")) or c == "size"
) | {"statements", "copies", "articles", "unknown_outlets"}


def event_rows(a: Analysis) -> Iterator[dict[str, Any]]:
    art = a.article
    for e in a.events:
        yield {
            "article_id": art.id, "source": art.source, "outlet": art.outlet,
            "published": art.published, "authors": authors_cell(art.authors),
            "event_id": e.id, "category": e.category,
            "mode": e.mode, "actors": _names(x.name for x in e.actors),
            "actor_countries": _names(x.country for x in e.actors),
            "recipients": _names(x.name for x in e.recipients),
            "recipient_countries": _names(x.country for x in e.recipients),
            "place": e.place, "date": e.date, "size": e.size, "cameo": e.cameo,
            "start": e.evidence.start, "end": e.evidence.end, "text": e.evidence.text,
        }


def _names(values: Iterable[str | None]) -> str | None:
    kept = [v for v in values if v]
    return "; ".join(kept) if kept else None


def rows(store, kind: str, *, positions: Callable[[], list] | None = None,
         on_damaged: Callable[[WirecoderError], None] | None = None,
         ) -> tuple[tuple[str, ...], Iterator[dict[str, Any]]]:
    """The columns of ``kind`` and its rows from ``store``. ``positions``: a function giving
    the positions (as ``wirecoder positions`` computes them), needed for that kind only.
    ``on_damaged``: told of each stored analysis that cannot be read, which is then skipped
    (without it, the first such row raises :class:`~wirecoder.errors.StoreError`)."""
    if kind in ("quotes", "statements", "entities", "embeds"):
        return COLUMNS[kind], (r for a in store.analyses(on_damaged=on_damaged)
                               for r in to_records(a, kind))
    if kind == "events":
        return EVENT_COLUMNS, (r for a in store.analyses(on_damaged=on_damaged)
                               for r in event_rows(a))
    if kind == "positions":
        found = [_flat(p.to_dict()) for p in positions()]
        columns = tuple(dict.fromkeys(c for r in found for c in r))
        return columns, iter(found)
    raise WirecoderError(f"unknown table {kind!r}; choose one of: {', '.join(KINDS)}")


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """A position's dict with list values joined by "; " (a flat row for CSV and Parquet)."""
    return {k: ("; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v) for k, v in row.items()}


def write(columns: tuple[str, ...], records: Iterable[dict[str, Any]], fmt: str, stream=None,
          path: str | None = None, *, batch: int = 10_000) -> int:
    """Write ``records`` as ``fmt`` to ``stream`` (text, for CSV and JSON Lines) or to ``path``
    (Parquet needs a path); returns the number of rows."""
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        n = 0
        for n, record in enumerate(records, 1):
            writer.writerow(record)
        return n
    if fmt == "jsonl":
        from ..cli.common import write_json

        n = 0
        for n, record in enumerate(records, 1):
            write_json({c: record.get(c) for c in columns}, stream=stream)
        return n
    if fmt == "parquet":
        return _write_parquet(columns, records, path, batch)
    raise WirecoderError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def _write_parquet(columns, records, path: str, batch: int) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise WirecoderError(f"Parquet needs pyarrow ({err}); install it with "
                             "`pip install 'wirecoder[parquet]'`, or export --format csv or jsonl") from None
    schema = pa.schema([(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in columns])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for record in records:
            chunk.append({c: _cell(record.get(c), c) for c in columns})
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n


def _cell(value: Any, column: str) -> Any:
    if value is None or column in INTEGER_COLUMNS:
        return value
    return value if isinstance(value, str) else json.dumps(value) if isinstance(value, (dict, list)) else str(value)
