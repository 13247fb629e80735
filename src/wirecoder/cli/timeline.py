"""``wirecoder timeline --actor X --about Y [--plot FILE]``: the dated evidence of positions."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..corpus.charts import CHART_FORMATS, plot_positions
from ..corpus.positions import Position
from .common import (
    add_corpus_parser,
    format_table,
    load_corpus,
    note,
    print_jsonl,
    store_name,
)

HELP = "dated evidence of an actor's positions on a proposition, and a chart with --plot"


def _chart_path(value: str) -> str:
    if Path(value).suffix.lower() not in CHART_FORMATS:
        raise argparse.ArgumentTypeError(f"{value!r}: give a file name ending in .png or .svg")
    return value


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = add_corpus_parser(
        sub, name, help=HELP,
        description="One block per matching position: each statement with its date, stance, "
        "hedge, speaker, outlet and the words that state it. Copies of a claim in other outlets "
        "are listed with it, not repeated.",
        actor_help="holder or speaker (a country, organisation or person); for a person, only "
        "the statements they made")
    parser.add_argument("--plot", type=_chart_path, metavar="FILE",
                        help="also draw the timelines to FILE.png or FILE.svg (needs matplotlib)")
    parser.set_defaults(run=run, parser=parser)


def _block(position: Position) -> list[str]:
    head = f"{position.holder.name} · {position.proposition}  [{position.key}]"
    rows = []
    for claim in position.claims:
        r = claim.row
        evidence = r.evidence_text or r.quote_text or ""
        copies = ""
        if claim.copies:
            names = ", ".join(c.outlet or c.source or "-" for c in claim.copies)
            copies = f"  (+{len(claim.copies)} cop{'y' if len(claim.copies) == 1 else 'ies'}: {names})"
        rows.append((r.date or "----------", r.stance, r.hedge, claim.speaker or "-",
                     r.outlet or "-", f"“{evidence}”{copies}"))
    lines = format_table(("date", "stance", "hedge", "speaker", "outlet", "evidence"), rows,
                         limits={3: 24, 4: 14})
    return [head] + ["  " + line for line in lines]


def run(args: argparse.Namespace) -> int:
    if not args.actor and not args.about:
        args.parser.error("give --actor X, --about Y, or both")
    corpus = load_corpus(args, select=True)
    if args.actor and not corpus.actor(args.actor).known:
        note("timeline", f"no holder or speaker named {args.actor!r} in {store_name(args.db)}")
        return 0
    positions = corpus.positions(actor=args.actor, about=args.about, since=args.since,
                                 until=args.until, by=args.by)
    if args.plot and not positions:
        note("timeline", "nothing to draw: no chart written")
    elif args.plot:  # first, so that a missing matplotlib stops before any output
        title = " · ".join(x for x in (args.actor, args.about) if x)
        plot_positions(positions, args.plot, title=f"Position timeline: {title}")
        note("timeline", f"chart written to {args.plot}")
    if args.json:
        print_jsonl(
            {"holder": p.holder.name, "proposition": p.proposition, "key": p.key, **c.to_dict()}
            for p in positions for c in p.claims
        )
    else:
        for i, position in enumerate(positions):
            if i:
                print()
            for line in _block(position):
                print(line)
    note("timeline", f"{len(positions)} position(s), "
         f"{sum(len(p.claims) for p in positions)} statement(s)")
    return 0
