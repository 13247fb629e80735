"""``wirecoder index --db DB``: compute the corpus index (:mod:`wirecoder.corpus.index`)."""

from __future__ import annotations

import argparse

from ..store.sqlite import DEFAULT_LOCK_TIMEOUT
from .common import message

HELP = ("compute the corpus index (copies, people, merged keys) that makes quotes, positions, "
        "timeline and shifts fast; rerun after ingesting")


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    from ..corpus.echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD

    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". The queries read the index while it is fresh: once articles "
        "are stored after it, they compute their answers from the whole store again (the same "
        "answers, slower) and say so on stderr until the index is rebuilt. The index answers "
        "queries with the settings it was built with.",
    )
    parser.add_argument("--db", default="wirecoder.db", metavar="DB",
                        help="the database: a SQLite file, or a PostgreSQL URL "
                        "postgresql://USER@HOST:PORT/DBNAME (default: wirecoder.db)")
    parser.add_argument("--lexical-keys", action="store_true",
                        help="index for queries with --lexical-keys (no sentence embeddings)")
    parser.add_argument("--echo-days", type=int, default=DEFAULT_DAYS, metavar="N",
                        help=f"index for queries with --echo-days N (default {DEFAULT_DAYS})")
    parser.add_argument("--echo-threshold", type=float, default=DEFAULT_THRESHOLD, metavar="J",
                        help="index for queries with --echo-threshold J "
                        f"(default {DEFAULT_THRESHOLD})")
    parser.add_argument("--lock-timeout", type=float, default=DEFAULT_LOCK_TIMEOUT, metavar="S",
                        help="seconds to keep retrying a write while another process locks the "
                        f"database (default {DEFAULT_LOCK_TIMEOUT:g})")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..store.opening import open_store, store_name

    from ..store.postgres import is_url

    if not is_url(args.db):  # index a store, never create an empty one
        open_store(args.db, readonly=True).close()
    with open_store(args.db, lock_timeout=args.lock_timeout) as store:
        report = rebuild(store, days=args.echo_days, threshold=args.echo_threshold,
                         lexical_keys=args.lexical_keys)
    message("index", f"{report.summary()} (database: {store_name(args.db)})")
    return 0


def rebuild(store, **settings):
    """Build the corpus index of ``store`` (opened for writing) with ``settings`` (the keywords
    of :func:`~wirecoder.corpus.index.build_index`), its notes on stderr; the report."""
    from ..corpus.index import build_index
    from ..lexicon.gazetteer import load_gazetteer

    report = build_index(store, load_gazetteer(), **settings)
    for text in report.notes:
        message("index", text)
    return report
