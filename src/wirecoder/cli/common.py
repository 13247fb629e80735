"""Options and output helpers shared by several commands."""

from __future__ import annotations

import argparse
import sys

from ..corpus.periods import parse_bound
from ..store.ingest import parse_date
from ..readers import Failure

__all__ = ["add_input_options", "date_arg", "period_arg", "report_failure", "words_arg"]


def date_arg(value: str) -> str:
    """A calendar day ``YYYY-MM-DD`` (years 0001-9999), for ``--published``."""
    try:
        return parse_date(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def period_arg(value: str) -> str:
    """A ``--since``/``--until`` bound: a day, month, year, ISO week or quarter."""
    try:
        return parse_bound(value).value
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def words_arg(value: str) -> str:
    """Words to look for (``--about``): anything but a blank."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "nothing to look for; give words of the quote or proposition, e.g. --about sanctions")
    return value


def add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="text, HTML, RSS/Atom or JSON Lines files, or folders (read recursively)",
    )
    parser.add_argument(
        "--published", type=date_arg, metavar="YYYY-MM-DD",
        help="publication date for articles that give none (relative dates resolve against it)",
    )
    parser.add_argument(
        "--max-bytes", type=int, metavar="N",
        help="largest single article file to read (default 20 MiB; JSON Lines files stream)",
    )
    parser.add_argument(
        "--follow-links", action="store_true",
        help="in folders, also follow symbolic links that point outside the folder (by default "
        "they are skipped with a warning; a PATH given itself is always read)",
    )


def report_failure(command: str, failure: Failure) -> None:
    print(f"wirecoder {command}: {failure.message}", file=sys.stderr)
