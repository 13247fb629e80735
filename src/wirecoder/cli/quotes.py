"""``wirecoder quotes --speaker X --about Y --since D``: stored quotes, copies counted once."""

from __future__ import annotations

import argparse

from ..corpus.quotes import query_quotes
from ..lexicon.gazetteer import load_gazetteer
from .common import (
    add_store_options,
    clip,
    format_table,
    note,
    open_store,
    print_jsonl,
    store_name,
    terminal_width,
    words_arg,
)

HELP = "stored quotes by speaker, topic and date (a table, or JSON Lines)"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". A quote repeated in near-identical words in other articles within "
        "--echo-days is one line under the earliest outlet, its copies counted beside it.",
    )
    parser.add_argument("--speaker", metavar="X",
                        help="a person in any spelling or form (Vučić, Vucic, President Vucic), "
                        "or a country or organisation speaking")
    parser.add_argument("--about", metavar="Y", type=words_arg,
                        help="words of the quote, or of a proposition a statement of it asserts; "
                        "characters such as %%, ' or ( without words are looked for literally")
    add_store_options(parser)
    parser.add_argument("--all", action="store_true",
                        help="list copies of a quote in other outlets as quotes of their own")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    notes: list[str] = []
    gazetteer = load_gazetteer()
    with open_store(args.db) as store:
        lines = query_quotes(store, gazetteer, speaker=args.speaker, about=args.about,
                             since=args.since, until=args.until, echoes=not args.all,
                             days=args.echo_days, threshold=args.echo_threshold, notes=notes)
        narrowed = args.about or args.since or args.until
        unknown = bool(args.speaker and not lines) and (
            not narrowed or not query_quotes(store, gazetteer, speaker=args.speaker, echoes=False))
    if unknown:
        # as `wirecoder positions --actor` says: a name no stored quote has is not "0 quotes"
        note("quotes", f"no quote by a speaker named {args.speaker!r} in {store_name(args.db)}; "
             "`wirecoder positions` lists the holders and speakers stored")
        return 0
    for text in notes:
        note("quotes", text)
    if args.json:
        print_jsonl(line.to_dict() for line in lines)
    elif lines:
        width = terminal_width()
        table = [
            (q.quote.date or "----------", q.speaker or "-", q.quote.outlet or "-",
             f"+{len(q.copies)}" if q.copies else "", q.quote.text)
            for q in lines
        ]
        out = format_table(("date", "speaker", "outlet", "copies", "quote"), table,
                           limits={1: 24, 2: 14})
        for line in out:
            print(clip(line, max(width, 60)))
    copies = sum(len(q.copies) for q in lines)
    note("quotes", f"{len(lines)} quote(s)" + (f", {copies} copies in other articles not "
                                             "listed (--all lists them)" if copies else ""))
    return 0
