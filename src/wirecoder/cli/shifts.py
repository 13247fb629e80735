"""``wirecoder shifts``: reversals, softenings and hardenings, the two pieces of evidence side by
side."""

from __future__ import annotations

import argparse
import textwrap

from ..corpus.positions import Attributed, Shift
from .common import (
    add_corpus_parser,
    load_corpus,
    note,
    print_jsonl,
    store_name,
    terminal_width,
)

HELP = "positions that shifted: reversal, softening, hardening, with both pieces of evidence"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = add_corpus_parser(
        sub, name, help=HELP,
        description="Within a position, a statement on a later day shifts when its stance flips "
        "(reversal) or its hedge moves along absolute → firm → conditional → uncertain "
        "(softening; the other way, hardening). A restatement is no shift.",
        actor_help="holder, or speaker of either statement")
    parser.add_argument("--kind", action="append", choices=("reversal", "softening", "hardening"),
                        help="only shifts of this kind (repeat for several)")
    parser.set_defaults(run=run)


def _side(claim: Attributed) -> tuple[str, str]:
    r = claim.row
    head = f"{r.date}  {r.stance}, {r.hedge}  {claim.speaker or '-'} ({r.outlet or r.source or '-'})"
    return head, f"“{r.evidence_text or r.quote_text or ''}”"


def side_by_side(shift: Shift, width: int) -> list[str]:
    """The shift's header line, then the two statements in two columns."""
    p = shift.position
    lines = [f"{p.holder.name} · {p.proposition}  [{p.key}]: {shift.kind} "
             f"({shift.before.row.stance}, {shift.before.row.hedge} → "
             f"{shift.after.row.stance}, {shift.after.row.hedge})"]
    column = max((width - 5) // 2, 30)
    left = [w for part in _side(shift.before) for w in textwrap.wrap(part, column) or [""]]
    right = [w for part in _side(shift.after) for w in textwrap.wrap(part, column) or [""]]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        lines.append(f"  {a.ljust(column)} │ {b}".rstrip())
    return lines


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args, holders=args.by == "holder")
    if args.actor and not corpus.actor(args.actor).known:
        note("shifts", f"no holder or speaker named {args.actor!r} in {store_name(args.db)}")
        return 0
    shifts = corpus.shifts(actor=args.actor, about=args.about, since=args.since, until=args.until,
                           by=args.by, kinds=args.kind)
    if args.json:
        print_jsonl(s.to_dict() for s in shifts)
    else:
        width = terminal_width()
        for i, shift in enumerate(shifts):
            if i:
                print()
            for line in side_by_side(shift, width):
                print(line)
    note("shifts", f"{len(shifts)} shift(s)" if shifts else "no shifts found")
    return 0
