"""``wirecoder analyze FILE...``: one JSON object per article on stdout (JSON Lines)."""

from __future__ import annotations

import argparse
import json
import sys

from ..store.ingest import read_articles
from ..analysis import load_pipeline
from ..readers import Failure
from .common import add_input_options, report_failure

HELP = "analyse articles and print one JSON object per article (JSON Lines)"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(name, help=HELP, description=HELP + ". Problems go to stderr.")
    add_input_options(parser)
    parser.add_argument("--pretty", action="store_true", help="indent the JSON (one object per block)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    pipeline = load_pipeline()
    failed = 0

    def articles():
        nonlocal failed
        for item in read_articles(args.paths, published=args.published, max_bytes=args.max_bytes,
                                  follow_links=args.follow_links):
            if isinstance(item, Failure):
                failed += 1
                report_failure("analyze", item)
            else:
                yield item

    indent = 2 if args.pretty else None
    for result in pipeline.analyze_many(articles()):
        if isinstance(result, Failure):
            failed += 1
            report_failure("analyze", result)
            continue
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=indent) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0
