"""``wirecoder positions [--actor X] [--about Y]``: one row per (holder, proposition), with its
stance, hedge, first and last date, statements, outlets and speakers.

Also the helpers the other store-reading commands (``quotes``, ``timeline``, ``shifts``) share:
opening the database, building the corpus, and printing aligned tables.
"""

from __future__ import annotations

import argparse
from collections import Counter
import shutil
import sys
from typing import Iterable, Sequence

from ..corpus.echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD
from ..errors import StoreError
from ..lexicon.gazetteer import load_gazetteer
from ..corpus.positions import Corpus
from ..store.sqlite import Store
from .common import message, period_arg, words_arg, write_jsonl

HELP = "positions of holders on propositions across articles (a table, or JSON Lines)"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". A position is the statements of one holder (a country or "
        "organisation its speakers speak for, else the speaker) on one proposition; its stance "
        "and hedge are those of its latest statement. Copies of a claim across outlets count once.",
    )
    add_actor_about(parser, actor_help="holder or speaker: a country, organisation or person "
                    "(any spelling: Vučić, Vucic, President Vucic)")
    add_store_options(parser)
    add_group_option(parser)
    parser.set_defaults(run=run)


# ------------------------------------------------------------------------------ shared options


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


def add_group_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", choices=("holder", "country"), default="holder",
                        help="group by holder (default), or roll people up into their country")


def open_store(path: str) -> Store:
    """The database, read-only: a read command never migrates, switches or writes it."""
    return Store(path, readonly=True)


def load_corpus(args: argparse.Namespace) -> Corpus:
    """The database's statements as a corpus; an error that says what to do when it has none."""
    with open_store(args.db) as store:
        rows = store.statements()
        if not rows:
            articles = store.counts()["articles"]
            raise StoreError(
                f"{args.db}: no statements stored ({articles} article(s)); statements come from "
                f"`wirecoder ingest PATH --db {args.db}` (add --force for articles stored by a "
                "wirecoder without the statement stage)"
            )
        names = store.speaker_names()
    gazetteer = load_gazetteer()
    if not args.lexical_keys:
        rows = merge_paraphrased_keys(rows, gazetteer)
    return Corpus.from_rows(rows, gazetteer, names=names, days=args.echo_days,
                            threshold=args.echo_threshold)


def merge_paraphrased_keys(rows, gazetteer):
    """Statements whose lexical keys differ but whose propositions are paraphrases (sentence
    embeddings plus the compatibility rules of :class:`wirecoder.corpus.keymatch.KeyMatcher`) get one
    key. Without the embedding model the lexical keys stand, with a note on stderr."""
    from dataclasses import replace

    from ..corpus.embeddings import Embedder
    from ..errors import ModelError
    from ..corpus.keymatch import KeyMatcher

    keys = {r.proposition_key for r in rows}
    if len(keys) < 2:
        return rows
    try:
        matcher = KeyMatcher(Embedder(), gazetteer=gazetteer)
    except ModelError as err:
        print(f"wirecoder: {err}; grouping by lexical keys only", file=sys.stderr)
        return rows
    canonical = matcher.canonical((r.proposition_key, r.proposition_text) for r in rows)
    # name each merged group by its most frequent original key, so keys stay the stage's own
    counts = Counter(r.proposition_key for r in rows)
    name: dict[str, str] = {}
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        name.setdefault(canonical.get(key, key), key)
    return [
        replace(r, proposition_key=name[canonical.get(r.proposition_key, r.proposition_key)])
        for r in rows
    ]


def print_jsonl(records: Iterable[dict]) -> None:
    write_jsonl(records)


def note(command: str, text: str) -> None:
    message(command, text)


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


# ------------------------------------------------------------------------------ the command


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args)
    if args.actor and not corpus.actor(args.actor).known:
        note("positions", f"no holder or speaker named {args.actor!r} in {args.db}")
        return 0
    positions = corpus.positions(actor=args.actor, about=args.about, since=args.since,
                                 until=args.until, by=args.by)
    if args.json:
        print_jsonl(p.to_dict() for p in positions)
    elif positions:
        rows = [
            (p.holder.name, p.proposition, p.stance, p.hedge, p.first or "-", p.last or "-",
             str(len(p.claims)) + (f" (+{p.copies})" if p.copies else ""),
             outlets_cell(p.outlets, p.unknown_outlets), ", ".join(p.speakers) or "-")
            for p in positions
        ]
        headers = ("holder", "proposition", "stance", "hedge", "first", "last", "statements",
                   "outlets", "speakers")
        for line in format_table(headers, rows, limits={0: 24, 1: 48, 7: 30, 8: 40}):
            print(line)
    note("positions", f"{len(positions)} position(s)"
         + (" (statements: claims counted once; (+N): copies in other outlets)"
            if any(p.copies for p in positions) and not args.json else ""))
    return 0
