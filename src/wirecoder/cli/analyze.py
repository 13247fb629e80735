"""``wirecoder analyze FILE...``: one JSON object per article on stdout (JSON Lines)."""

from __future__ import annotations

import argparse
import sys

from ..readers import Failure
from .common import (
    add_input_options, add_jobs_options, analyzer, message, read_inputs, report_failure, write_json,
)

HELP = "analyse articles and print one JSON object per article (JSON Lines)"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(name, help=HELP, description=HELP + ". Problems go to stderr.")
    add_input_options(parser)
    add_jobs_options(parser)
    parser.add_argument("--pretty", action="store_true", help="indent the JSON (one object per block)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    analyze_many = analyzer(args)
    failed = 0

    def nothing_in(path: str) -> None:
        nonlocal failed
        failed += 1
        message("analyze", f"no articles found in {path}; pass text, HTML, feed or JSON Lines "
                "files, or a folder holding some")

    def articles():
        nonlocal failed
        for item in read_inputs(args, nothing_in):
            if isinstance(item, Failure):
                failed += 1
                report_failure("analyze", item)
            else:
                yield item

    indent = 2 if args.pretty else None
    for result in analyze_many(articles()):
        if isinstance(result, Failure):
            failed += 1
            report_failure("analyze", result)
            continue
        write_json(result.to_dict(), indent=indent)
        sys.stdout.flush()  # one article at a time, as it is ready
    return 1 if failed else 0
