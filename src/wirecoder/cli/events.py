"""``wirecoder events --actor X --category C --since D``: stored events, as a table or JSON Lines
(:func:`wirecoder.corpus.events.query_events`, the query the web app's events run too)."""

from __future__ import annotations

import argparse
import json
from functools import lru_cache
from importlib import resources

from .common import (
    MAX_LIMIT,
    bounded_int,
    clip,
    format_table,
    note,
    open_store,
    period_arg,
    print_jsonl,
    terminal_width,
)

HELP = "stored events by actor, PLOVER category and date (a table, or JSON Lines)"


@lru_cache(maxsize=1)
def _categories() -> tuple[str, ...]:
    """The 16 PLOVER v2.0 categories (the package's copy of plover_event_types.json)."""
    path = resources.files("wirecoder").joinpath("data", "plover", "plover_event_types.json")
    return tuple(t["event"] for t in json.loads(path.read_text(encoding="utf-8")))


def category_arg(value: str) -> str:
    """A PLOVER category in any case (``protest``, ``PROTEST``), else a usage error naming them."""
    wanted = value.strip().upper()
    if wanted not in _categories():
        shown = value if len(value) <= 40 else value[:40] + "..."
        raise argparse.ArgumentTypeError(
            f"{shown!r} is not a PLOVER category; choose one of: {', '.join(_categories())}")
    return wanted


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". An event is listed under its date, else its article's; its actors "
        "and recipients with their country codes.",
    )
    parser.add_argument("--actor", metavar="X",
                        help="an actor or recipient: a name in any case or spelling (vucic, "
                        "Vučić), or a country by a name or its code (Serbia, SRB, srb; also "
                        "PLOVER's non-state codes such as EUR, IGO)")
    parser.add_argument("--category", metavar="C", type=category_arg,
                        help="a PLOVER category in any case: " + ", ".join(_categories()))
    parser.add_argument("--since", type=period_arg, metavar="YYYY-MM-DD",
                        help="only events on or after this day (or the start of this month "
                        "YYYY-MM, year YYYY, week YYYY-Www, quarter YYYY-Qn); an event dated by "
                        "a longer period is kept when the period overlaps the range")
    parser.add_argument("--until", type=period_arg, metavar="YYYY-MM-DD",
                        help="only events on or before this day (or the end of this month, "
                        "year, week or quarter)")
    parser.add_argument("--db", default="wirecoder.db", metavar="FILE",
                        help="the database file (default: wirecoder.db)")
    parser.add_argument("--json", action="store_true",
                        help="print JSON Lines (the contract's event fields, with the "
                        "article's article_id, outlet, source, published) instead of a table")
    parser.add_argument("--limit", type=bounded_int(1, MAX_LIMIT), metavar="N",
                        help="at most N events (default: all)")
    parser.set_defaults(run=run)


def _sides(actors) -> str:
    return ", ".join(
        f"{a.name} ({a.country})" if a.name and a.country else a.name or a.country or "?"
        for a in actors) or "-"


def run(args: argparse.Namespace) -> int:
    from ..corpus.events import query_events
    from ..lexicon.gazetteer import load_gazetteer

    with open_store(args.db) as store:
        found = query_events(store, load_gazetteer(), actor=args.actor, category=args.category,
                             since=args.since, until=args.until, limit=args.limit)
    if args.json:
        print_jsonl(e.to_dict() for e in found)
    elif found:
        width = terminal_width()
        table = [
            (e.event.date or e.published or "----------", e.event.category,
             _sides(e.event.actors), _sides(e.event.recipients),
             "" if e.event.size is None else str(e.event.size), e.outlet or "-",
             " ".join(e.event.evidence.text.split()))
            for e in found
        ]
        lines = format_table(("date", "category", "actors", "recipients", "size", "outlet",
                              "evidence"), table, limits={2: 28, 3: 28, 5: 14})
        for line in lines:
            print(clip(line, max(width, 60)))
    more = " (--limit reached)" if args.limit is not None and len(found) == args.limit else ""
    note("events", f"{len(found)} event(s){more}")
    return 0
