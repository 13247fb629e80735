"""The ``wirecoder`` command line. Each command lives in its own module as a thin shell over
library functions; data goes to stdout, progress and messages to stderr.

Exit status: 0 all well, 1 some input failed (the rest was processed), 2 usage or setup error.
"""

from __future__ import annotations

import argparse
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

__all__ = ["COMMANDS", "build_parser", "main"]

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except WirecoderError as err:
        print(f"wirecoder {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"wirecoder {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `wirecoder analyze ... | head`
        sys.stderr.close()
        return 0
