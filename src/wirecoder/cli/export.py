"""``wirecoder export TABLE --format csv|jsonl|parquet --db FILE [-o FILE]``: a table of the
store as a file, streamed (one stored analysis at a time; positions are computed first, as
``wirecoder positions`` computes them). Events also go out in the formats event-data users
read: ``--format plover`` (PLOVER JSON records, one per line) and ``--format tsv`` (a GDELT-like
tab-separated table; :mod:`wirecoder.export.events`)."""

from __future__ import annotations

import argparse
import os
import sys

from .common import message

HELP = ("export quotes, statements, entities, embeds, events or positions of a store as CSV, "
        "JSON Lines or Parquet (events also as PLOVER records or TSV)")

_KINDS = ("quotes", "statements", "entities", "embeds", "events", "positions")
_FORMATS = ("csv", "jsonl", "parquet", "plover", "tsv")
_EVENT_FORMATS = ("plover", "tsv")  # events only


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". Embeds (the social posts embedded in articles) too. Rows of quotes, "
        "statements, entities and embeds have the columns of "
        "wirecoder.to_records; CSV and JSON Lines go to stdout unless -o is given.",
    )
    parser.add_argument("table", choices=_KINDS, help="what to export")
    parser.add_argument("--format", choices=_FORMATS, default="csv",
                        help="file format (default csv); events also plover (PLOVER JSON "
                        "records, one per line) or tsv (GDELT-like tab-separated, a header row)")
    parser.add_argument("--db", default="wirecoder.db", metavar="DB",
                        help="the database: a SQLite file, or a PostgreSQL URL "
                        "postgresql://USER@HOST:PORT/DBNAME (default: wirecoder.db)")
    parser.add_argument("-o", "--output", metavar="FILE", type=_output_path,
                        help="write here (replaced when complete); required for Parquet")
    parser.add_argument("--by", choices=("holder", "country"), default="holder",
                        help="positions: group by holder (default) or country")
    parser.add_argument("--lexical-keys", action="store_true",
                        help="positions: group propositions by their lexical keys only")
    parser.set_defaults(run=run)


def _output_path(value: str) -> str:
    if "\x00" in value or not value:
        raise argparse.ArgumentTypeError("give the name of a file to write (no NUL character)")
    return value


def run(args: argparse.Namespace) -> int:
    from ..export.store_rows import rows, write
    from ..store.opening import open_store

    if args.format == "parquet" and not args.output:
        message("export", "Parquet is a binary file: give -o FILE.parquet")
        return 2
    if args.format in _EVENT_FORMATS and args.table != "events":
        message("export", f"--format {args.format} is for events: give `wirecoder export events "
                f"--format {args.format}`, or csv, jsonl or parquet for {args.table}")
        return 2
    damaged: list[str] = []

    def skip(error) -> None:  # a damaged stored row: said, skipped, and the exit status is 1
        damaged.append(str(error))
        message("export", f"skipped {error}")

    with open_store(args.db, readonly=True) as store:
        if args.format in _EVENT_FORMATS:
            def put(stream):
                return _write_events(store, args.format, stream, skip)
        else:
            columns, records = rows(store, args.table, positions=lambda: _positions(args),
                                    on_damaged=skip)

            def put(stream):
                return write(columns, records, args.format, stream)
        if args.output is None:
            n = put(sys.stdout)
        else:
            part = args.output + ".part"
            try:
                if args.format == "parquet":
                    n = write(columns, records, "parquet", path=part)
                else:
                    with open(part, "w", encoding="utf-8", newline="") as stream:
                        n = put(stream)
                os.replace(part, args.output)
            except BaseException:
                if os.path.exists(part):
                    os.unlink(part)
                raise
    where = f" to {args.output}" if args.output else ""
    skipped = f"; {len(damaged)} damaged article(s) skipped" if damaged else ""
    message("export", f"{n} {args.table} row(s){where}{skipped}")
    return 1 if damaged else 0


def _write_events(store, fmt: str, stream, on_damaged) -> int:
    """The store's events as PLOVER records (JSON Lines) or TSV on ``stream``, one stored
    analysis at a time; returns the number of events."""
    from ..export.events import plover_records, write_tsv_records
    from .common import write_json

    records = plover_records(store.analyses(on_damaged=on_damaged))
    if fmt == "tsv":
        return write_tsv_records(records, stream)
    n = 0
    for n, record in enumerate(records, 1):
        write_json(record, stream=stream)
    return n


def _positions(args: argparse.Namespace) -> list:
    """The positions of everyone, as ``wirecoder positions --json`` gives them."""
    from ..corpus.echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD
    from .positions import load_corpus

    corpus = load_corpus(argparse.Namespace(db=args.db, lexical_keys=args.lexical_keys,
                                            echo_days=DEFAULT_DAYS, echo_threshold=DEFAULT_THRESHOLD))
    return corpus.positions(actor=None, about=None, since=None, until=None, by=args.by)
