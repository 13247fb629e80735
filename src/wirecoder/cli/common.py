"""Options and output helpers shared by several commands."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import TYPE_CHECKING, Iterable, Sequence

from ..corpus.periods import parse_bound
from ..store.ingest import parse_date
from ..corpus.echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD
from ..readers import Failure
from ..store.sqlite import Store

if TYPE_CHECKING:  # pragma: no cover
    from ..corpus.positions import Corpus

__all__ = [
    "add_actor_about",
    "add_corpus_parser",
    "add_group_option",
    "add_input_options",
    "add_store_options",
    "clip",
    "date_arg",
    "format_table",
    "load_corpus",
    "note",
    "open_store",
    "outlets_cell",
    "period_arg",
    "print_jsonl",
    "report_failure",
    "terminal_width",
    "words_arg",
]


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


# ------------------------------------------------------------------------------ store-reading commands
# (positions, shifts, timeline, quotes): their options, the store, aligned tables


def add_actor_about(parser: argparse.ArgumentParser, *, actor_help: str) -> None:
    parser.add_argument("--actor", metavar="X", help=actor_help)
    parser.add_argument("--about", metavar="Y", type=words_arg,
                        help="words of the proposition or its key (a country name also matches "
                        "its ISO code in keys: Russia ~ RUS); characters such as %%, ' or ( "
                        "without words are looked for literally")


def add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=period_arg, metavar="YYYY-MM-DD",
                        help="only records said on or after this day (or the start of this "
                        "month YYYY-MM, year YYYY, week YYYY-Www, quarter YYYY-Qn); a record "
                        "dated by a week, month or longer period is kept when the period "
                        "overlaps the range")
    parser.add_argument("--until", type=period_arg, metavar="YYYY-MM-DD",
                        help="only records said on or before this day (or the end of this "
                        "month, year, week or quarter); a record dated 2019-W46 or 2019-11 is "
                        "kept by --until 2019-11-30")
    parser.add_argument("--db", default="wirecoder.db", metavar="FILE",
                        help="the database file (default: wirecoder.db)")
    parser.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    parser.add_argument("--lexical-keys", action="store_true",
                        help="group propositions by their lexical keys only (no sentence "
                        "embeddings merging paraphrased keys)")
    parser.add_argument("--echo-days", type=int, default=DEFAULT_DAYS, metavar="N",
                        help=f"copies of a claim count once when published within N days of it "
                        f"(default {DEFAULT_DAYS})")
    parser.add_argument("--echo-threshold", type=float, default=DEFAULT_THRESHOLD, metavar="J",
                        help="shingle Jaccard similarity from which two quotes are copies "
                        f"(default {DEFAULT_THRESHOLD})")


def add_corpus_parser(sub: argparse._SubParsersAction, name: str, *, help: str, description: str,
                      actor_help: str) -> argparse.ArgumentParser:
    """The parser of a command over the corpus of positions (``positions``, ``shifts``,
    ``timeline``): ``--actor``/``--about``, the store options and ``--by``."""
    parser = sub.add_parser(name, help=help, description=help + ". " + description)
    add_actor_about(parser, actor_help=actor_help)
    add_store_options(parser)
    add_group_option(parser)
    return parser


def add_group_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", choices=("holder", "country"), default="holder",
                        help="group by holder (default), or roll people up into their country")


def open_store(path: str) -> Store:
    """The database, read-only: a read command never migrates, switches or writes it."""
    return Store(path, readonly=True)


def load_corpus(args: argparse.Namespace) -> Corpus:
    """:meth:`Corpus.load` of ``--db`` with the store options; its notes (a missing embedding
    model) on stderr."""
    from ..corpus.positions import Corpus
    from ..lexicon.gazetteer import load_gazetteer

    notes: list[str] = []
    with open_store(args.db) as store:
        corpus = Corpus.load(store, load_gazetteer(), lexical_keys=args.lexical_keys, notes=notes,
                             days=args.echo_days, threshold=args.echo_threshold)
    for message in notes:
        print(f"wirecoder: {message}", file=sys.stderr)
    return corpus


def print_jsonl(records: Iterable[dict]) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def note(command: str, message: str) -> None:
    print(f"wirecoder {command}: {message}", file=sys.stderr)


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 20)).columns


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def format_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, limits: dict[int, int] | None = None
) -> list[str]:
    """Aligned columns, two spaces apart; column ``i`` is clipped to ``limits[i]`` characters."""
    limits = limits or {}
    cells = [[clip(str(c), limits.get(i, 10**6)) for i, c in enumerate(row)] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = []
    for row in [list(headers), *cells]:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    return lines


def outlets_cell(outlets: Sequence[str], unknown: int = 0) -> str:
    """Outlet names, then "-" for articles whose outlet is not known."""
    return ", ".join([*outlets, *(["-"] if unknown or not outlets else [])])
