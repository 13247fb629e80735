"""``wirecoder search TEXT --db FILE``: full-text search over stored articles."""

from __future__ import annotations

import argparse
import json
import shutil
import sys

from ..store.sqlite import Store

HELP = "full-text search over stored articles (all words must match)"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(name, help=HELP, description=HELP + ".")
    parser.add_argument("text", nargs="+", metavar="TEXT", help="words to search for")
    parser.add_argument("--db", default="wirecoder.db", metavar="FILE",
                        help="the database file (default: wirecoder.db)")
    parser.add_argument("--limit", type=int, default=20, help="most hits to show (default 20)")
    parser.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with Store(args.db, readonly=True) as store:
        hits = list(store.search(" ".join(args.text), limit=args.limit))
    if args.json:
        for hit in hits:
            print(json.dumps(hit.to_dict(), ensure_ascii=False))
        return 0
    width = shutil.get_terminal_size((120, 20)).columns
    for hit in hits:
        head = f"{hit.published or '----------'}  {hit.outlet or '-':<10.10}  {hit.title or hit.source}"
        print(head[:width])
        print(f"    {hit.id}  {hit.snippet}"[: width * 3])
    print(f"{len(hits)} article(s) match", file=sys.stderr)
    return 0
