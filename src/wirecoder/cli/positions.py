"""``wirecoder positions [--actor X] [--about Y]``: one row per (holder, proposition), with its
stance, hedge, first and last date, statements, outlets and speakers: the rows of
:meth:`wirecoder.corpus.positions.Corpus.positions` over :meth:`~wirecoder.corpus.positions.Corpus.load`.
"""

from __future__ import annotations

import argparse

from .common import (
    add_corpus_parser,
    format_table,
    load_corpus,
    note,
    outlets_cell,
    print_jsonl,
    store_name,
)

HELP = "positions of holders on propositions across articles (a table, or JSON Lines)"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = add_corpus_parser(
        sub, name, help=HELP,
        description="A position is the statements of one holder (a country or organisation its "
        "speakers speak for, else the speaker) on one proposition; its stance and hedge are those "
        "of its latest statement. Copies of a claim across outlets count once.",
        actor_help="holder or speaker: a country, organisation or person (any spelling: Vučić, "
        "Vucic, President Vucic)")
    parser.set_defaults(run=run)


# ------------------------------------------------------------------------------ the command


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args, select=True)
    if args.actor and not corpus.actor(args.actor).known:
        note("positions", f"no holder or speaker named {args.actor!r} in {store_name(args.db)}")
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
