"""Start-up time of ``wirecoder --help`` (and any other command line), in paired rounds against
another source tree (e.g. the main checkout), wall and CPU time of each fresh interpreter.

    .venv/bin/python bench/bench_startup.py [--rounds 10] [--against ../main/src] [-- ARGS...]

On a machine shared with other work read the CPU figures: the wall time includes waiting for a
core. The load average is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "src"


def run(src: str, args: list[str]) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wirecoder", *args], env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--against", help="another src folder, measured in alternation")
    parser.add_argument("args", nargs="*", default=["--help"])
    args = parser.parse_args()
    trees = {"this tree": str(HERE)} | ({"against": args.against} if args.against else {})
    print(f"wirecoder {' '.join(args.args)}; load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, src in trees.items():
            times[name].append(run(src, args.args))
    for name, rows in times.items():
        print(f"{name}: wall median {statistics.median(w for w, _ in rows):.3f} s "
              f"(min {min(w for w, _ in rows):.3f}), CPU median {statistics.median(c for _, c in rows):.3f} s")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
