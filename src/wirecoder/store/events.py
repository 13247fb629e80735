"""The rows of the ``events`` and ``event_actors`` tables (schema 4), and the stored event read
back from them.

``events`` holds one row per event of an article: its PLOVER category, mode, CAMEO root, place,
date, counts, evidence and trigger offsets, the article's outlet, source and publication date,
and the days its date covers (``date_first``..``date_last``: the event's date, else the article's,
as a period; what ``--since``/``--until`` compare with). ``event_actors`` holds one row per actor
and recipient (``role`` ``actor`` or ``recipient``, ``position`` its place in the list) with
``name``, ``name_key`` (the name folded: case and diacritics gone, what ``--actor`` matches),
``country`` and ``sector``.

Plain functions of an :class:`~wirecoder.records.Analysis` giving tuples in column order, so the
ingest path and the schema 4 back-fill write the same rows, and nothing here is SQLite's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..records import Analysis, Event, EventActor
from ..spans import Span

__all__ = [
    "ACTOR_COLUMNS", "EVENT_COLUMNS", "INSERT_ACTORS", "INSERT_EVENTS", "INSERT_STORED_EVENTS",
    "STORED_EVENT_COLUMNS", "StoredEvent", "event_table_rows", "rows_of_events",
    "stored_event_rows",
]

#: The columns of ``events``, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "article_id", "event_id", "category", "mode", "cameo", "place", "date",
    "date_first", "date_last", "size", "size_low", "size_high", "size_estimates", "dead",
    "injured", "evidence_start", "evidence_end", "evidence_text", "trigger_start",
    "trigger_end", "trigger_text", "outlet", "source", "published",
)

#: The columns of ``event_actors``, in order.
ACTOR_COLUMNS: tuple[str, ...] = (
    "article_id", "event_id", "role", "position", "name", "name_key", "country", "sector",
)

#: The schema 4 back-fill's insert (the table as schema 4 made it, with its span texts).
INSERT_EVENTS = (f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})")

#: The columns of ``events`` from schema 6, which holds no span text (``evidence_text`` and
#: ``trigger_text`` are ``articles.text`` cut at their offsets, rebuilt on read), and their insert.
STORED_EVENT_COLUMNS: tuple[str, ...] = tuple(
    c for c in EVENT_COLUMNS if c not in ("evidence_text", "trigger_text"))
INSERT_STORED_EVENTS = (f"INSERT INTO events ({', '.join(STORED_EVENT_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(STORED_EVENT_COLUMNS))})")
_STORED = tuple(EVENT_COLUMNS.index(c) for c in STORED_EVENT_COLUMNS)


def stored_event_rows(rows: Iterable[tuple]) -> list[tuple]:
    """Rows of :data:`EVENT_COLUMNS` (:func:`rows_of_events`) as rows of
    :data:`STORED_EVENT_COLUMNS`."""
    return [tuple(row[i] for i in _STORED) for row in rows]
INSERT_ACTORS = (f"INSERT INTO event_actors ({', '.join(ACTOR_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(ACTOR_COLUMNS))})")


def event_table_rows(analysis: Analysis) -> tuple[list[tuple], list[tuple]]:
    """The ``events`` rows and the ``event_actors`` rows of one analysis."""
    a = analysis.article
    return rows_of_events(a.id, a.outlet, a.source, a.published, analysis.events)


def rows_of_events(
    article_id: str, outlet: str | None, source: str | None, published: str | None,
    events: Iterable[Event],
) -> tuple[list[tuple], list[tuple]]:
    """The ``events`` and ``event_actors`` rows of an article's ``events``. An event id
    repeated in one article (never made by the stage) keeps its first event, so no row
    collides."""
    from ..corpus.periods import Period
    from ..lexicon.names import fold

    rows, actors, seen = [], [], set()
    for e in events:
        if e.id in seen:
            continue
        seen.add(e.id)
        period = Period.parse(e.date or published)
        low, high = e.size_range if e.size_range else (None, None)
        trigger = e.trigger
        rows.append((
            article_id, e.id, e.category, e.mode, e.cameo, e.place, e.date,
            period.first.isoformat() if period else None,
            period.last.isoformat() if period else None,
            e.size, low, high, ",".join(map(str, e.size_estimates)) or None, e.dead, e.injured,
            e.evidence.start, e.evidence.end, e.evidence.text,
            trigger.start if trigger else None, trigger.end if trigger else None,
            trigger.text if trigger else None,
            outlet, source, published,
        ))
        for role, side in (("actor", e.actors), ("recipient", e.recipients)):
            for position, x in enumerate(side):
                actors.append((article_id, e.id, role, position, x.name,
                               fold(x.name) if x.name else None, x.country, x.sector))
    return rows, actors


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One stored event with the article it was reported in."""

    article_id: str
    outlet: str | None
    source: str | None
    published: str | None
    event: Event

    def to_dict(self) -> dict[str, Any]:
        """The contract's event fields (``wirecoder analyze``'s ``events[]``), with the
        article's ``article_id``, ``outlet``, ``source`` and ``published``."""
        return {**self.event.to_dict(), "article_id": self.article_id, "outlet": self.outlet,
                "source": self.source, "published": self.published}

    @classmethod
    def from_row(cls, row: dict[str, Any], sides: dict[str, list[EventActor]]) -> StoredEvent:
        """The stored event of an ``events`` row (a dict of its columns) and its actors and
        recipients."""
        low, high = row["size_low"], row["size_high"]
        trigger = (Span(row["trigger_start"], row["trigger_end"], row["trigger_text"])
                   if row["trigger_start"] is not None else None)
        event = Event(
            id=row["event_id"], category=row["category"], mode=row["mode"],
            actors=tuple(sides.get("actor", ())), recipients=tuple(sides.get("recipient", ())),
            place=row["place"], date=row["date"], size=row["size"], cameo=row["cameo"],
            evidence=Span(row["evidence_start"], row["evidence_end"], row["evidence_text"]),
            dead=row["dead"], injured=row["injured"],
            size_range=(low, high) if low is not None and high is not None else None,
            size_estimates=tuple(int(n) for n in (row["size_estimates"] or "").split(",") if n),
            trigger=trigger,
        )
        return cls(row["article_id"], row["outlet"], row["source"], row["published"], event)
