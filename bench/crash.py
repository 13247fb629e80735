"""Kill `wirecoder ingest` with SIGKILL again and again, check the database after every kill,
resume, and compare with a clean run; print the counts.

    PYTHONPATH=src python bench/crash.py [--kills 50] [--articles 900] [--early 0.2] [--seed 1]

A kill comes a random fraction of a second after a run has stored a new article, or (with
probability --early) at a random moment of its first 2.5 s: start-up, opening, migrating. The
checks (tests/store_checks.py, shared with the crash and concurrency suites): PRAGMA
integrity_check, the FTS5 integrity-check, no duplicated article, no row without its article,
no article lost that was committed before a kill; at the end a resume must give the same rows
as a clean run.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from store_checks import check, ingest_command, kill_runs, rows, write_corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--articles", type=int, default=900)
    parser.add_argument("--early", type=float, default=0.2,
                        help="share of kills at a random moment of start-up")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        write_corpus(corpus, range(args.articles))
        killed, clean = tmp / "killed.db", tmp / "clean.db"
        stats = kill_runs(ingest_command(killed, corpus), killed, args.kills,
                          random.Random(args.seed), early=args.early)
        resumed = subprocess.run(ingest_command(killed, corpus), capture_output=True, text=True)
        subprocess.run(ingest_command(clean, corpus), check=True, capture_output=True)
        final_problems = check(killed)
        got, want = rows(killed), rows(clean)
        missing = len(set(want["ids"]) - set(got["ids"]))
        extra = len(set(got["ids"]) - set(want["ids"]))
    print(f"kills: {stats['kills']} (runs that finished before their kill: {stats['finished']})")
    print(f"lost after a kill: {stats['lost']}")
    print(f"duplicated: {stats['duplicated']}")
    print(f"integrity failures: {stats['integrity_failures']}")
    for key, value in sorted(stats.items()):
        if key.startswith("problem"):
            print(f"  {key} ×{value}")
    print(f"resume exit status: {resumed.returncode}")
    print(f"after resume: {len(got['ids'])} articles, clean run {len(want['ids'])}; missing "
          f"{missing}, extra {extra}; rows equal to the clean run: {got == want}; "
          f"problems: {final_problems or 'none'}")
    print(f"time: {time.monotonic() - started:.0f} s")
    ok = (stats["kills"] >= args.kills and not stats["lost"] and not stats["duplicated"]
          and not stats["integrity_failures"] and resumed.returncode == 0 and got == want
          and not final_problems)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
