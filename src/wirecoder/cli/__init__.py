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
import os
import sys

from .. import __version__
from ..errors import WirecoderError
from ..evaluation import cli as evaluate
from . import analyze
from . import ingest
from . import positions
from . import quotes
from . import search
from . import serve
from . import shifts
from . import timeline
from .common import configure_streams, message, printable

__all__ = ["COMMANDS", "DEBUG_ENV", "build_parser", "main"]

DEBUG_ENV = "WIRECODER_DEBUG"
"""Set to 1 to let unexpected exceptions through with their traceback (for developers)."""

COMMANDS = {
    "analyze": analyze,
    "ingest": ingest,
    "search": search,
    "quotes": quotes,
    "positions": positions,
    "timeline": timeline,
    "shifts": shifts,
    "serve": serve,
    "eval": evaluate,
}

_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}


class ArgumentParser(argparse.ArgumentParser):
    """argparse with usage errors printed on one line (a value with a newline or a control
    character in it is escaped); sub-command parsers inherit the class."""

    def error(self, message: str):  # noqa: D401 - argparse's signature
        super().error(printable(message))


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="wirecoder",
        description="Turn news articles into evidence-linked records: who said what, about which "
        "issue, when, reported by whom.",
    )
    parser.add_argument("--version", action="version", version=f"wirecoder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        module.add_parser(sub, name)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_streams()
    command = "?"
    try:
        args = build_parser().parse_args(argv)
        command = args.command
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
