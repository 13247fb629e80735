"""The ``wirecoder`` command line. Each command lives in its own module as a thin shell over
library functions; data goes to stdout, progress and messages to stderr.

Exit status: 0 all well, 1 some input failed (the rest was processed), 2 usage or environment
error (a bad option, a missing database, output that cannot be written), 130 interrupted.

No traceback reaches a user: wirecoder's own errors print one line; output that cannot be written
(``> /dev/full``) prints "cannot write output: ..."; a closed pipe (``| head -1``) ends quietly;
any other exception is reported as an internal error, one line, exit 2. Set ``WIRECODER_DEBUG=1``
to get the traceback instead (for developers).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys

from .. import __version__
from ..errors import WirecoderError
from .common import configure_streams, message, printable

__all__ = ["COMMANDS", "DEBUG_ENV", "SUMMARIES", "build_parser", "command_module", "main"]

DEBUG_ENV = "WIRECODER_DEBUG"
"""Set to 1 to let unexpected exceptions through with their traceback (for developers)."""

#: Command → the module that implements it (``add_parser(sub, name)`` and the ``run`` it sets),
#: imported only when the command runs, so ``wirecoder --help`` and light commands do not pay
#: for the others' imports. A value may also be a module object (or anything with add_parser).
COMMANDS: dict[str, object] = {
    "analyze": "wirecoder.cli.analyze",
    "ingest": "wirecoder.cli.ingest",
    "index": "wirecoder.cli.index",
    "search": "wirecoder.cli.search",
    "quotes": "wirecoder.cli.quotes",
    "positions": "wirecoder.cli.positions",
    "timeline": "wirecoder.cli.timeline",
    "shifts": "wirecoder.cli.shifts",
    "events": "wirecoder.cli.events",
    "export": "wirecoder.cli.export",
    "serve": "wirecoder.cli.serve",
    "eval": "wirecoder.evaluation.cli",
}

#: Each command's one-line help in ``wirecoder --help`` (the module's own ``HELP``; a test
#: checks they agree), so that listing the commands imports none of them.
SUMMARIES: dict[str, str] = {
    "analyze": "analyse articles and print one JSON object per article (JSON Lines)",
    "ingest": ("analyse articles and store them in a SQLite file or PostgreSQL database (rerun "
               "to resume)"),
    "index": ("compute the corpus index (copies, people, merged keys) that makes quotes, "
              "positions, timeline and shifts fast; rerun after ingesting"),
    "search": "full-text search over stored articles (all words must match)",
    "quotes": "stored quotes by speaker, topic and date (a table, or JSON Lines)",
    "positions": "positions of holders on propositions across articles (a table, or JSON Lines)",
    "timeline": "dated evidence of an actor's positions on a proposition, and a chart with --plot",
    "shifts": "positions that shifted: reversal, softening, hardening, with both pieces of evidence",
    "events": "stored events by actor, PLOVER category and date (a table, or JSON Lines)",
    "export": ("export quotes, statements, entities, embeds, events or positions of a store as "
               "CSV, JSON Lines or Parquet (events also as PLOVER records or TSV)"),
    "serve": "serve the JSON API (/api/v1/) and the web pages over a database, read-only",
    "eval": ("measure against gold data (quotes: seeds, PolNeAR; times: MEANTIME; keys: ArgKP; "
             "stance: IBM Claim Stance; wire: every layer on wire gold; events: PLOVER gold, PETRARCH-2)"),
}

_EVERY = object()  # build_parser(): every command's full parser


def command_module(name: str):
    """The module of command ``name``, imported now."""
    module = COMMANDS[name]
    return importlib.import_module(module) if isinstance(module, str) else module

_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}


class ArgumentParser(argparse.ArgumentParser):
    """argparse with usage errors printed on one line (a value with a newline or a control
    character in it is escaped); sub-command parsers inherit the class."""

    def error(self, message: str):  # noqa: D401 - argparse's signature
        super().error(printable(message))


def build_parser(argv: object = _EVERY) -> argparse.ArgumentParser:
    """The parser of every command; given ``argv``, the full parser of the command it names
    only (the others are listed with their summary), so only that command's module is
    imported."""
    chosen = _EVERY if argv is _EVERY else _command_in(argv)
    parser = ArgumentParser(
        prog="wirecoder",
        description="Turn news articles into evidence-linked records: who said what, about which "
        "issue, when, reported by whom.",
    )
    parser.add_argument("--version", action="version", version=f"wirecoder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        if chosen is _EVERY or name == chosen or name not in SUMMARIES:
            command_module(name).add_parser(sub, name)
        else:
            sub.add_parser(name, help=SUMMARIES[name])
    return parser


def _command_in(argv) -> str | None:
    """The command ``argv`` names: its first word that is not an option (the top level has
    only ``--help`` and ``--version``)."""
    for word in argv:
        if not word.startswith("-"):
            return word
    return None


def main(argv: list[str] | None = None) -> int:
    configure_streams()
    command = "?"
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(argv).parse_args(argv)
        command = args.command
        _report_reader_warnings(command)
        status = args.run(args)
        _flush_stdout()  # here, not at interpreter exit where an error could not be reported
        return status
    except WirecoderError as err:
        message(command, f"error: {err}")
        return 2
    except KeyboardInterrupt:
        message(command, "interrupted")
        return 130
    except BrokenPipeError:  # `wirecoder analyze ... | head -1`: the reader has what it wanted
        _silence_stdout()
        return 0
    except OSError as err:
        if _is_output_error(err):
            _silence_stdout()
            message(command, f"cannot write output: {err.strerror or err}")
            return 2
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        where = f"{err.filename}: " if err.filename is not None else ""
        message(command, f"error: {where}{err.strerror or err}")
        return 2
    except SystemExit:  # argparse: usage error (2), --help or --version (0)
        _flush_stdout_quietly()
        raise
    except Exception as err:  # a bug: one line, never a traceback
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        detail = " ".join(str(err).split())
        if len(detail) > 300:
            detail = detail[:299] + "…"
        message(command, f"internal error ({type(err).__name__}: {detail}); please report this "
                "as a bug (set WIRECODER_DEBUG=1 for the traceback)")
        return 2


class _MessageHandler(logging.Handler):
    """Reader warnings (:mod:`wirecoder.readers.notice`) as the command's own messages:
    ``wirecoder analyze: FILE: warning: ...``, like every other line on stderr."""

    def __init__(self, command: str) -> None:
        super().__init__(logging.WARNING)
        self.command = command

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a malformed record: say what can be said, never a traceback
            text = str(record.msg)
        message(self.command, text)


def _report_reader_warnings(command: str) -> None:
    """Send the warnings of wirecoder's loggers (the readers' ``wirecoder.readers``) to
    :func:`message` for ``command``, on the parent ``wirecoder`` logger so that no reader module
    is imported for it (once per process; a later ``main`` in the same process takes the
    handler over). Records still propagate, so a handler on the root logger sees them too."""
    logger = logging.getLogger("wirecoder")
    for handler in logger.handlers:
        if isinstance(handler, _MessageHandler):
            handler.command = command
            return
    logger.addHandler(_MessageHandler(command))


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def _flush_stdout_quietly() -> None:
    try:
        _flush_stdout()
    except OSError:
        _silence_stdout()


def _is_output_error(err: OSError) -> bool:
    """Whether ``err`` is stdout failing (a full disk, a quota, an I/O error): an error of a
    write to a file descriptor, with stdout unable to take more."""
    if err.filename is not None:
        return False
    if err.errno in _OUTPUT_ERRNOS:
        return True
    try:
        _flush_stdout()
    except OSError:
        return True
    return False


def _silence_stdout() -> None:
    """Point stdout's descriptor at /dev/null, so the flush at interpreter exit of what is still
    buffered cannot fail again ("Exception ignored ... BrokenPipeError", exit 120)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
