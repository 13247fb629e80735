"""Options and output helpers shared by several commands.

Output rules, for every command:

- data goes to stdout through :func:`write_json` / :func:`write_line`; whatever the stream's
  encoding (``PYTHONIOENCODING=ascii``, ``LC_ALL=C``), a character it cannot hold (or a lone
  surrogate from a file name that is not UTF-8) is written as a JSON ``\\uXXXX`` escape, so JSON
  Lines stay valid JSON in the stream's encoding and tables stay readable;
- messages go to stderr through :func:`message`, one line each: control characters, line
  separators and bidirectional controls in names are escaped by :func:`printable`.
"""

from __future__ import annotations

import argparse
import codecs
import json
import re
import shutil
import sys
import unicodedata
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from ..corpus.periods import parse_bound

if TYPE_CHECKING:  # imported where used: `wirecoder --help` reads none of them
    from ..corpus.positions import Corpus
    from ..readers import Failure
    from ..store.sqlite import Store

__all__ = [
    "ESCAPE_ERRORS",
    "add_actor_about",
    "add_corpus_parser",
    "add_group_option",
    "add_input_options",
    "add_store_options",
    "add_jobs_options",
    "analyzer",
    "bounded_int",
    "clip",
    "configure_streams",
    "date_arg",
    "format_table",
    "load_corpus",
    "message",
    "note",
    "open_store",
    "outlets_cell",
    "period_arg",
    "print_jsonl",
    "printable",
    "read_inputs",
    "report_failure",
    "store_name",
    "terminal_width",
    "when_any",
    "words_arg",
    "write_json",
    "write_jsonl",
    "write_line",
]

ESCAPE_ERRORS = "wirecoder.json-escape"
"""The codec error handler :func:`configure_streams` puts on stdout: JSON ``\\uXXXX`` escapes."""

MAX_LIMIT = 10**9
"""The largest count an option such as ``--limit`` takes (SQLite and Python both hold it)."""

MAX_FILE_BYTES = 2**30
"""The largest ``--max-bytes``: 1 GiB, far above what one article can be."""


def date_arg(value: str) -> str:
    """A calendar day ``YYYY-MM-DD`` (years 0001-9999), for ``--published``."""
    from ..store.ingest import parse_date

    try:
        return parse_date(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def bounded_int(low: int = 1, high: int = MAX_LIMIT) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high``, else a usage error (exit 2)
    that says what is allowed, never an ``OverflowError`` further down."""

    def parse(value: str) -> int:
        text = value.strip()
        if not re.fullmatch(r"[+-]?[0-9]{1,30}", text):
            shown = value if len(value) <= 40 else value[:40] + "..."
            raise argparse.ArgumentTypeError(
                f"{shown!r} is not a whole number; give one from {low} to {high}"
            )
        number = int(text)
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{number} is out of range; give a whole number from {low} to {high}")
        return number

    parse.__name__ = "whole number"  # argparse names the type in its own messages
    return parse


def period_arg(value: str) -> str:
    """A ``--since``/``--until`` bound: a day, month, year, ISO week or quarter."""
    from ..corpus.periods import parse_bound

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
    from ..config import Config  # a plain dataclass: cheap, and the one place of the limit

    parser.add_argument(
        "--max-bytes", type=bounded_int(1, MAX_FILE_BYTES), metavar="N",
        help="largest single article file to read (default 20 MiB; JSON Lines files stream). "
        f"The text of one article is limited to {Config().max_chars:,} characters whatever "
        "the file's size: raise this for HTML pages heavy with markup, and split a long text "
        "file into articles instead",
    )
    parser.add_argument(
        "--follow-links", action="store_true",
        help="in folders, also follow symbolic links that point outside the folder (by default "
        "they are skipped with a warning; a PATH given itself is always read)",
    )


def add_jobs_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs", type=bounded_int(1, 1024), default=None, metavar="N",
        help="worker processes analysing articles, each with the model loaded once (default: "
        "the number of cores); 1 analyses in this process. An input of one chunk or less is "
        "always analysed in this process",
    )
    parser.add_argument(
        "--chunk", type=bounded_int(1, 100_000), default=None, metavar="N",
        help="articles sent to a worker at a time (default 16)",
    )


def analyzer(args: argparse.Namespace) -> Callable[[Iterable[object]], Iterator[object]]:
    """The ``analyze_many`` that ``--jobs``/``--chunk`` ask for: this process's pipeline for
    ``--jobs 1``, else worker processes (:mod:`wirecoder.engines.processes`)."""
    from ..engines.processes import DEFAULT_CHUNK, ParallelAnalyzer, default_jobs

    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs == 1:
        def analyze_many(items: Iterable[object]) -> Iterator[object]:
            from ..analysis import load_pipeline

            return load_pipeline().analyze_many(items)

        return when_any(analyze_many)
    return when_any(ParallelAnalyzer(jobs=jobs, chunk=args.chunk or DEFAULT_CHUNK).analyze_many)


def when_any(analyze_many: Callable[[Iterable[object]], Iterator[object]]
             ) -> Callable[[Iterable[object]], Iterator[object]]:
    """``analyze_many`` started only once its input yields a first item: the model (seconds to
    load) is never loaded for inputs that are all refused (an empty file, a binary file, a file
    over the size limit), so those are reported at once."""
    from itertools import chain

    def run(items: Iterable[object]) -> Iterator[object]:
        items = iter(items)
        for first in items:
            yield from analyze_many(chain([first], items))
            return

    return run


def read_inputs(
    args: argparse.Namespace, on_empty: Callable[[str], None]
) -> Iterator[object]:
    """The articles and failures of ``args.paths``, path by path; ``on_empty(path)`` is called
    for a path that gave nothing at all (an empty folder, a folder of hidden files), whatever
    the readers make of it, so a command never ends silently with exit 0 on no input."""
    from ..store.ingest import read_articles

    for path in args.paths:
        empty = True
        for item in read_articles([path], published=args.published, max_bytes=args.max_bytes,
                                  follow_links=getattr(args, "follow_links", False)):
            empty = False
            yield item
        if empty:
            on_empty(path)


def report_failure(command: str, failure: Failure) -> None:
    message(command, failure.message)


# ------------------------------------------------------------------------------ text on streams

_ESCAPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def printable(text: str) -> str:
    """``text`` safe to print on one line: control and format characters (newlines, tabs,
    U+2028/U+2029, bidirectional overrides such as U+202E, unassigned code points) are written
    as escapes, bytes of a file name that is not UTF-8 (lone surrogates U+DC80..U+DCFF from
    ``surrogateescape``) as ``\\xNN``; everything else is left as it is."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable() or (char == " "):
            out.append(char)
            continue
        code = ord(char)
        if unicodedata.category(char) not in _ESCAPED_CATEGORIES and not char.isspace():
            out.append(char)
        elif 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char])
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


def _json_escape(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the characters a stream cannot encode as JSON escapes (UTF-16
    surrogate pairs for astral ones), valid inside a JSON string and readable in a table."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start:error.end]:
        code = ord(char)
        if code >= 0x10000:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), error.end


codecs.register_error(ESCAPE_ERRORS, _json_escape)


def configure_streams() -> None:
    """Make stdout and stderr unable to raise ``UnicodeEncodeError``: stdout escapes what its
    encoding cannot hold (:data:`ESCAPE_ERRORS`), stderr uses ``backslashreplace``."""
    for stream, errors in ((sys.stdout, ESCAPE_ERRORS), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors=errors)
            except (ValueError, OSError):  # a closed or detached stream: nothing to configure
                pass


def _encodable(text: str, stream) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not encoding or getattr(stream, "errors", None) == ESCAPE_ERRORS:
        return True
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def write_json(record: object, *, indent: int | None = None, stream=None) -> None:
    """One JSON value and a newline on ``stream`` (stdout): UTF-8 characters as they are when
    the stream holds them, else escaped (``ensure_ascii``), so the line is always valid JSON."""
    stream = stream if stream is not None else sys.stdout
    text = json.dumps(record, ensure_ascii=False, indent=indent)
    if not _encodable(text, stream):
        text = json.dumps(record, ensure_ascii=True, indent=indent)
    stream.write(text + "\n")


def write_jsonl(records: Iterable[object], *, stream=None) -> None:
    for record in records:
        write_json(record, stream=stream)


def write_line(text: str, *, stream=None) -> None:
    """One line of a table on stdout."""
    (stream if stream is not None else sys.stdout).write(text + "\n")


def message(command: str, text: str) -> None:
    """``wirecoder COMMAND: text`` on stderr, on one line (see :func:`printable`); never raises
    for an encoding, nor for a closed stderr."""
    line = f"wirecoder {command}: {printable(text)}\n"
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except UnicodeEncodeError:
        sys.stderr.write(line.encode("ascii", "backslashreplace").decode("ascii"))
    except (OSError, ValueError, AttributeError):  # stderr closed or gone: nowhere to say it
        pass


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
    parser.add_argument("--db", default="wirecoder.db", metavar="DB",
                        help="the database: a SQLite file, or a PostgreSQL URL "
                        "postgresql://USER@HOST:PORT/DBNAME (default: wirecoder.db)")
    parser.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")
    parser.add_argument("--lexical-keys", action="store_true",
                        help="group propositions by their lexical keys only (no sentence "
                        "embeddings merging paraphrased keys)")
    from ..corpus.echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD  # when the command's parser is built

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


def open_store(target: str) -> Store:
    """The database (a SQLite file, or a PostgreSQL URL), read-only: a read command never
    migrates, switches or writes it."""
    from ..store.opening import open_store as open_any

    return open_any(target, readonly=True)


def store_name(target: str) -> str:
    """How a message names ``--db``: a PostgreSQL URL without its password, a path as it is."""
    from ..store.opening import store_name as name

    return name(target)


def load_corpus(args: argparse.Namespace, *, select: bool = False,
                holders: bool = False) -> Corpus:
    """The corpus of ``--db`` with the store options (:func:`wirecoder.corpus.index.load_corpus`:
    read from the corpus index when it is fresh, else :meth:`Corpus.load`); with ``select``, only
    what ``--actor``/``--since``/``--until`` can select (for :meth:`Corpus.positions`); with
    ``holders``, every claim of the holders ``--actor`` holds or speaks for (for
    :meth:`Corpus.shifts` by holder). Its notes (a missing embedding model, a stale index) on
    stderr."""
    from ..corpus.index import load_corpus as load
    from ..lexicon.gazetteer import load_gazetteer

    notes: list[str] = []
    narrow = {"actor": args.actor, "since": args.since, "until": args.until} if select else {}
    if holders and args.actor:
        narrow = {"holders_of": args.actor}
    with open_store(args.db) as store:
        corpus = load(store, load_gazetteer(), lexical_keys=args.lexical_keys, notes=notes,
                      days=args.echo_days, threshold=args.echo_threshold, **narrow)
    for text in notes:
        message(args.command if hasattr(args, "command") else "corpus", text)
    return corpus


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
