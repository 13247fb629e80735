"""Events out in the formats event-data users read: PLOVER JSON records and a GDELT-like
tab-separated table, one row per event (an event with two recipients is already two events).

- :func:`plover_records`: dicts in the PLOVER/POLECAT record layout (``event_type``, ``mode``,
  ``actor``/``recipient`` with country and sector, ``date``, ``cameo``, counts, the evidence
  text and its offsets, the story id);
- :func:`write_tsv` / :func:`read_tsv`: the same rows as tab-separated text with a header row
  (:data:`TSV_COLUMNS`); tabs and line breaks inside values become spaces, a missing value is
  empty, so every line has every column; a value holding a double quote is quoted the CSV way,
  so the csv module (``delimiter="\\t"``), pandas and R read it back, and
  ``read_tsv(write_tsv(...))`` gives the rows back.

``wirecoder export events --format plover|tsv`` writes these from a store (one stored analysis
at a time).
"""

from __future__ import annotations

import csv
import io
from typing import Any, Iterable, Iterator, TextIO

from ..readers import Failure
from ..records import Analysis, Event

__all__ = [
    "TSV_COLUMNS", "plover_record", "plover_records", "read_tsv", "write_tsv", "write_tsv_records",
]

#: The columns of the tab-separated export, in order.
TSV_COLUMNS: tuple[str, ...] = (
    "event_id", "story_id", "date", "published", "outlet", "event_type", "mode", "cameo",
    "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country",
    "recipient_sector", "place", "size", "size_low", "size_high", "size_estimates", "dead",
    "injured", "evidence_start", "evidence_end", "evidence_text",
)

_INTS = {"size", "size_low", "size_high", "dead", "injured", "evidence_start", "evidence_end"}


def plover_records(analyses: Iterable[Analysis | Failure]) -> Iterator[dict[str, Any]]:
    """One PLOVER-style record per event of each analysis (failures are skipped)."""
    for a in analyses:
        if isinstance(a, Failure):
            continue
        art = a.article
        for e in a.events:
            yield plover_record(art.id, art.published, art.outlet, e)


def plover_record(story_id: str, published: str | None, outlet: str | None,
                  e: Event) -> dict[str, Any]:
    """The PLOVER-style record of one event of the article ``story_id``."""
    first = e.actors[0] if e.actors else None
    recipient = e.recipients[0] if e.recipients else None
    return {
        "id": f"{story_id}-{e.id}",
        "story_id": story_id,
        "date": e.date,
        "published": published,
        "outlet": outlet,
        "event_type": e.category,
        "mode": e.mode,
        "cameo": e.cameo,
        "actor": [x.to_dict() for x in e.actors],
        "recipient": [x.to_dict() for x in e.recipients],
        "actor_country": first.country if first else None,
        "recipient_country": recipient.country if recipient else None,
        "event_loc": e.place,
        "size": e.size,
        "size_range": list(e.size_range) if e.size_range else None,
        "size_estimates": list(e.size_estimates),
        "dead": e.dead,
        "injured": e.injured,
        "event_text": e.evidence.text,
        "event_start": e.evidence.start,
        "event_end": e.evidence.end,
    }


def _row(record: dict[str, Any]) -> dict[str, Any]:
    actors, recipients = record["actor"], record["recipient"]
    rng = record["size_range"] or (None, None)
    return {
        "event_id": record["id"], "story_id": record["story_id"], "date": record["date"],
        "published": record["published"], "outlet": record["outlet"],
        "event_type": record["event_type"], "mode": record["mode"], "cameo": record["cameo"],
        "actor_name": "; ".join(x["name"] or "" for x in actors) or None,
        "actor_country": "; ".join(x["country"] or "" for x in actors) or None,
        "actor_sector": "; ".join(x["sector"] or "" for x in actors) or None,
        "recipient_name": recipients[0]["name"] if recipients else None,
        "recipient_country": recipients[0]["country"] if recipients else None,
        "recipient_sector": recipients[0]["sector"] if recipients else None,
        "place": record["event_loc"], "size": record["size"], "size_low": rng[0], "size_high": rng[1],
        "size_estimates": ",".join(map(str, record["size_estimates"])) or None,
        "dead": record["dead"], "injured": record["injured"],
        "evidence_start": record["event_start"], "evidence_end": record["event_end"],
        "evidence_text": record["event_text"],
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())


def write_tsv(analyses: Iterable[Analysis | Failure], out: TextIO | None = None) -> str:
    """The events as tab-separated text with a header; written to ``out`` when given, and
    returned."""
    buf = io.StringIO()
    write_tsv_records(plover_records(analyses), buf)
    text = buf.getvalue()
    if out is not None:
        out.write(text)
    return text


def write_tsv_records(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """PLOVER records (:func:`plover_records`) as tab-separated lines on ``out``, the header
    first, one line at a time; returns the number of rows. A cell holding a double quote is
    quoted as CSV readers expect (``csv.reader(f, delimiter="\\t")``, pandas, R)."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(TSV_COLUMNS)
    n = 0
    for n, record in enumerate(records, 1):
        row = _row(record)
        writer.writerow([_cell(row[c]) for c in TSV_COLUMNS])
    return n


def read_tsv(text: str) -> list[dict[str, Any]]:
    """Rows of :func:`write_tsv`'s text: empty cells are None, counts and offsets ints."""
    lines = list(csv.reader(io.StringIO(text), delimiter="\t"))
    if not lines or tuple(lines[0]) != TSV_COLUMNS:
        raise ValueError("not a wirecoder events TSV: the header row differs from TSV_COLUMNS")
    rows = []
    for n, cells in enumerate(lines[1:], 2):
        if len(cells) != len(TSV_COLUMNS):
            raise ValueError(f"line {n}: {len(cells)} columns, not {len(TSV_COLUMNS)}")
        row: dict[str, Any] = {}
        for col, cell in zip(TSV_COLUMNS, cells):
            row[col] = None if cell == "" else int(cell) if col in _INTS else cell
        rows.append(row)
    return rows
