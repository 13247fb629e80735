"""``wirecoder search TEXT --db FILE``: full-text search over stored articles."""

from __future__ import annotations

import argparse
import shutil

from .common import bounded_int, clip, message, write_json

HELP = "full-text search over stored articles (all words must match)"


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(name, help=HELP, description=HELP + ".")
    parser.add_argument("text", nargs="+", type=search_words, metavar="TEXT",
                        help="words to search for")
    parser.add_argument("--db", default="wirecoder.db", metavar="DB",
                        help="the database: a SQLite file, or a PostgreSQL URL "
                        "postgresql://USER@HOST:PORT/DBNAME (default: wirecoder.db)")
    parser.add_argument("--limit", type=bounded_int(1), default=20, metavar="N",
                        help="most hits to show (default 20)")
    parser.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    parser.set_defaults(run=run, parser=parser)


def search_words(value: str) -> str:
    """Search words as text: bytes the locale could not decode (lone surrogates from the command
    line) are read as UTF-8 when they are, else refused; a NUL is refused."""
    if "\x00" in value:
        raise argparse.ArgumentTypeError("search words cannot hold a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        try:
            value = value.encode("utf-8", "surrogateescape").decode("utf-8")
        except UnicodeError:
            raise argparse.ArgumentTypeError(
                f"{value[:40]!r} is not text in UTF-8; type the words in UTF-8"
            ) from None
    return value


def run(args: argparse.Namespace) -> int:
    from ..store.opening import open_store

    text = " ".join(args.text)
    if not any(char.isalnum() for char in text):  # the index holds words only
        args.parser.error(f"{text[:40]!r} holds no word to search for (punctuation alone "
                          "matches nothing); give words, e.g. wirecoder search sanctions Russia")
    with open_store(args.db, readonly=True) as store:
        hits = list(store.search(text, limit=args.limit))
    if args.json:
        for hit in hits:
            write_json(hit.to_dict())
        return 0
    width = shutil.get_terminal_size((120, 20)).columns
    for hit in hits:
        print(clip(_head(hit), width))
        snippet = " ".join(hit.snippet.split())  # a snippet spans paragraphs: one line here
        print(clip(f"    {hit.id}  {snippet}", width * 3))
    message("search", f"{len(hits)} article(s) match")
    return 0


def _head(hit) -> str:
    """A hit's first line: date, outlet (clipped to 14 characters, with "…" when cut), title
    or source."""
    outlet = clip(hit.outlet or "-", 14)
    return f"{hit.published or '----------'}  {outlet:<14}  {hit.title or hit.source}"
