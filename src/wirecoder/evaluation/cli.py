"""``wirecoder eval quotes DATASET``: score quote extraction against gold, wirecoder and the
textacy baseline side by side (a table on stdout; ``--json`` for one JSON object).

Register with ``COMMANDS["eval"] = evaluation.cli`` in ``wirecoder.cli``: ``add_parser`` adds
the ``eval`` command with its sub-commands (only ``quotes`` so far).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import argkp
from . import claim_stance
from . import events
from . import meantime
from . import wire_report
from .quotes import DATASETS, POLNEAR_ENV, SYSTEMS, DataPaths, run_quote_eval
from .options import name_list

__all__ = ["add_parser", "run"]

HELP = ("measure against gold data (quotes: seeds, PolNeAR; times: MEANTIME; keys: ArgKP; "
        "stance: IBM Claim Stance; wire: every layer on wire gold; events: PLOVER gold, PETRARCH-2)")
QUOTES_HELP = "score quotes: precision, recall and F1 by kind, speaker accuracy, per system"




def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(name, help=HELP, description=HELP + ".")
    tasks = parser.add_subparsers(dest="task", metavar="TASK", required=True)
    quotes = tasks.add_parser(
        "quotes",
        help=QUOTES_HELP,
        description=QUOTES_HELP + ". Matching: content token F1 >= 0.5 (one-to-one) and exact "
        "content; speaker mention right when it overlaps the gold one. Messages go to stderr.",
    )
    quotes.add_argument("dataset", choices=DATASETS, metavar="DATASET", help=", ".join(DATASETS))
    quotes.add_argument(
        "--polnear", type=Path, metavar="DIR",
        help=f"PolNeAR folder (holding data/SPLIT/...), kept outside the repository; "
        f"default ${POLNEAR_ENV}",
    )
    quotes.add_argument(
        "--examples", type=Path, default=Path("../shared/examples"), metavar="DIR",
        help="folder of NAME.gold.json files (default ../shared/examples)",
    )
    quotes.add_argument(
        "--samples", type=Path, default=Path("samples"), metavar="DIR",
        help="folder of the NAME.txt texts, when not beside the gold files (default samples)",
    )
    quotes.add_argument(
        "--systems", type=name_list(SYSTEMS, "system"), default=SYSTEMS, metavar="LIST",
        help=f"comma-separated systems to score (default {','.join(SYSTEMS)}); textacy needs "
        "the eval extra",
    )
    quotes.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    quotes.add_argument("--limit", type=int, metavar="N", help="score N articles spread evenly over the set (quick runs)")
    quotes.set_defaults(run=run)
    meantime.add_parser(tasks, "times")
    argkp.add_parser(tasks, "keys")
    claim_stance.add_parser(tasks, "stance")
    wire_report.add_parser(tasks, "wire")
    events.add_parser(tasks, "events")


def run(args: argparse.Namespace) -> int:
    paths = DataPaths(examples=args.examples, samples=args.samples, polnear=args.polnear)
    return run_quote_eval(args.dataset, paths, args.systems, as_json=args.json, limit=args.limit)
