"""``wirecoder ingest PATH... --db FILE``: analyse articles into the store, resumably."""

from __future__ import annotations

import argparse
import os
import sys

from ..readers import Failure
from ..errors import StoreError
from ..store.sqlite import DEFAULT_LOCK_TIMEOUT
from .common import add_input_options, add_jobs_options, analyzer, message, read_inputs, report_failure

HELP = ("analyse articles and store them in a SQLite file or PostgreSQL database (rerun to "
        "resume)")


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". Articles already stored (same text) are skipped, so an interrupted "
        "ingest resumes where it stopped. Progress and a summary go to stderr.",
    )
    add_input_options(parser)
    add_jobs_options(parser)
    parser.add_argument("--db", default="wirecoder.db", metavar="DB",
                        help="the database: a SQLite file (created if missing), or a PostgreSQL "
                        "URL postgresql://USER@HOST:PORT/DBNAME (default: wirecoder.db)")
    parser.add_argument("--force", action="store_true",
                        help="re-analyse articles that are already stored")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--lock-timeout", type=float, default=DEFAULT_LOCK_TIMEOUT, metavar="S",
                        help="seconds to keep retrying a write while another process locks the "
                        f"database (default {DEFAULT_LOCK_TIMEOUT:g})")
    parser.add_argument("--index", action="store_true",
                        help="then rebuild the corpus index (with the settings it was built "
                        "with, else the defaults), so that one-speaker and one-actor queries "
                        "stay fast; see `wirecoder index`")
    parser.add_argument("--engine", choices=("processes", "dask"), default="processes",
                        help="where articles are analysed: worker processes on this machine "
                        "(default, see --jobs), or a Dask cluster (a local one of --jobs worker "
                        "processes, or --scheduler's) through Parquet shards (see --shards); with dask even a small "
                        "input goes to the cluster")
    parser.add_argument("--scheduler", metavar="ADDR",
                        help="with --engine dask: the address of a running Dask scheduler "
                        "(tcp://HOST:8786) whose workers have wirecoder and its model installed")
    parser.add_argument("--shards", metavar="DIR",
                        help="with --engine dask: the folder of the Parquet shards (one table per "
                        "kind of record, TABLE/part-*.parquet; default: the database's name "
                        "followed by .shards)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..store.ingest import IngestReport, ingest
    from ..store.opening import open_store, store_name

    if args.engine != "dask" and (args.scheduler is not None or args.shards is not None):
        message("ingest", "--scheduler and --shards go with --engine dask")
        return 2
    analyze_many = _dask_analyzer(args) if args.engine == "dask" else analyzer(args)
    report = IngestReport()
    empty: list[str] = []  # paths that gave nothing at all
    with open_store(args.db, lock_timeout=args.lock_timeout) as store, tqdm(
        desc="ingest", unit=" articles", file=sys.stderr, disable=True if args.no_progress else None,
    ) as bar:
        items = _without_database(read_inputs(args, empty.append), args.db,
                                  _shards_folder(args) if args.engine == "dask" else None)
        try:
            ingest(items, store, force=args.force, analyze_many=analyze_many, on_item=bar.update, report=report)
        except KeyboardInterrupt:
            bar.close()
            print(f"wirecoder ingest: interrupted after {report.summary()}; "
                  "rerun the same command to resume", file=sys.stderr)
            return 130
        except StoreError:
            bar.close()
            print(f"wirecoder ingest: stopped after {report.summary()}; the articles stored "
                  "are kept, rerun the same command to resume", file=sys.stderr)
            raise
        print(f"wirecoder ingest: {report.summary()} (database: {store_name(args.db)})",
              file=sys.stderr)
        _refresh_index(store, args, changed=report.stored > 0)
    for failure in report.failures:
        report_failure("ingest", failure)
    for path in empty:
        message("ingest", f"no articles found in {path}; pass text, HTML, feed or JSON Lines "
                "files, or a folder holding some")
    return 1 if report.failed or empty else 0


def _refresh_index(store, args: argparse.Namespace, *, changed: bool) -> None:
    """With ``--index``, rebuild the corpus index; without it, say when the ingest has made an
    existing index out of date (the queries then read the whole store until it is rebuilt)."""
    from ..corpus.index import index_settings

    settings = index_settings(store)
    if not args.index:
        if settings is not None and changed:
            message("ingest", "the corpus index is out of date now (queries read the whole store "
                    f"until it is rebuilt): `wirecoder index --db {store.path}`, or ingest "
                    "with --index, rebuilds it")
        return
    from .index import rebuild

    message("index", rebuild(store, **(settings or {})).summary())


def _dask_analyzer(args: argparse.Namespace):
    from ..engines.dask import DaskAnalyzer
    from ..engines.processes import DEFAULT_CHUNK

    return DaskAnalyzer(scheduler=args.scheduler, jobs=args.jobs, chunk=args.chunk or DEFAULT_CHUNK,
                        shards=_shards_folder(args), force=args.force,
                        notes=lambda text: message("ingest", text)).analyze_many


def _shards_folder(args: argparse.Namespace) -> str:
    return args.shards or args.db + ".shards"


def _without_database(items, db: str, shards: str | None = None):
    """The inputs less the database's own files (``ingest . --db ./news.db`` must not report
    news.db, news.db-wal and news.db-shm as unreadable articles on every run), and less the
    files of the shards folder of ``--engine dask``."""
    own = {os.path.realpath(db) + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    inside = os.path.join(os.path.realpath(shards), "") if shards else None
    for item in items:  # realpath, not Path.resolve: that raises on a symbolic link loop
        if isinstance(item, Failure) and _realpath(item.source) in own:
            continue
        if inside is not None and (_realpath(item.source) or "").startswith(inside):
            continue
        yield item


def _realpath(source: str) -> str | None:
    try:
        return os.path.realpath(source)
    except (OSError, ValueError):  # a NUL byte: not the database's own file either way
        return None
