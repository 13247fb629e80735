"""How echo detection (``wirecoder.corpus.echoes.find_echoes``) scales with the number of quotes.

    .venv/bin/python bench/bench_echoes.py [--sizes 2000 4000 8000] [--rounds 3]

Builds a synthetic wire corpus of quotes per size, as real ones are: claims retold by several
outlets within days (lightly edited copies), stock phrases repeated every day for the whole
period ("We are monitoring the situation closely ..."), and one-off quotes; one quote a day per
``size / 365`` articles. Each size runs ``find_echoes`` (the product's path) once per round,
rounds interleaved (every size per round, in a rotated order) so that drift of a shared machine
hits all sizes alike. Printed per size: the median CPU seconds (``time.process_time``, the figure
to trust on a busy machine), wall seconds, the comparisons counted by ``echo_components`` and the
echoes found; then the growth exponent (log ratio of CPU time and of comparisons per log ratio of
sizes) from the first size to the last: 1.0 is linear, 2.0 quadratic (exit status 1 above 1.3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import statistics
import sys
import time

from wirecoder.corpus.echoes import EchoItem, echo_components, find_echoes

_STOCK = (
    "We are monitoring the situation closely and will respond in due course",
    "The government will not comment on ongoing investigations at this time",
    "All options remain on the table and we will take the necessary measures",
)
_TOPICAL = ("Serbia Kosovo NATO Russia sanctions border talks minister president will never "
            "join impose lift support reject agreement election ceasefire troops gas pipeline "
            "Brussels Moscow Washington Belgrade Pristina army refugees aid trade deal").split()
# news words: a few topical ones, frequent, among many others (a vocabulary of 2,000)
_WORDS = tuple(_TOPICAL * 20) + tuple(
    "".join(random.Random(n).choice("bcdfghklmnprstvz") + random.Random(n + 1).choice("aeiou")
            for _ in range(1 + n % 3)) + f"{n}" for n in range(2000))


def build_items(size: int, seed: int = 20240906) -> list[EchoItem]:
    """``size`` quotes over a year: 60 % retold claims (each claim told by 2-8 outlets within
    5 days, lightly edited), 15 % stock phrases, 25 % one-off quotes."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    items: list[EchoItem] = []

    def add(text: str, day: int) -> None:
        n = len(items)
        date = (start + dt.timedelta(days=day % 365)).isoformat()
        items.append(EchoItem(text, "", f"a{n}", f"outlet {n % 40}", f"a{n}.txt", date, date))

    while len(items) < size:
        r = rng.random()
        day = rng.randrange(365)
        if r < 0.6:
            words = [rng.choice(_WORDS) for _ in range(rng.randrange(10, 22))]
            for _ in range(rng.randrange(2, 9)):
                copy = list(words)
                if rng.random() < 0.5:
                    copy[rng.randrange(len(copy))] = rng.choice(_WORDS)
                add(" ".join(copy) + rng.choice(("", ".", ", he said")), day + rng.randrange(5))
        elif r < 0.75:
            add(rng.choice(_STOCK) + rng.choice(("", ", the ministry said", ", a spokesman said")), day)
        else:
            add(" ".join(rng.choice(_WORDS) for _ in range(rng.randrange(8, 25))), day)
    return items[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    corpora = {n: build_items(n) for n in args.sizes}
    cpu: dict[int, list[float]] = {n: [] for n in args.sizes}
    wall: dict[int, list[float]] = {n: [] for n in args.sizes}
    found: dict[int, int] = {}
    for r in range(args.rounds):
        order = args.sizes[r % len(args.sizes):] + args.sizes[:r % len(args.sizes)]
        for n in order:
            c0, w0 = time.process_time(), time.perf_counter()
            found[n] = len(find_echoes(corpora[n]))
            cpu[n].append(time.process_time() - c0)
            wall[n].append(time.perf_counter() - w0)
    comparisons = {n: echo_components(corpora[n])[1] for n in args.sizes}
    print("quotes   cpu s   wall s   comparisons   echoes")
    for n in args.sizes:
        print(f"{n:6d}  {statistics.median(cpu[n]):6.3f}  {statistics.median(wall[n]):7.3f}  "
              f"{comparisons[n]:12d}  {found[n]:7d}")
    lo, hi = args.sizes[0], args.sizes[-1]
    scale = math.log(hi / lo)
    cpu_exp = math.log(statistics.median(cpu[hi]) / statistics.median(cpu[lo])) / scale
    cmp_exp = math.log(comparisons[hi] / comparisons[lo]) / scale
    print(f"growth exponent {lo}->{hi}: CPU {cpu_exp:.2f}, comparisons {cmp_exp:.2f} "
          "(1.0 linear, 2.0 quadratic)")
    return 1 if max(cpu_exp, cmp_exp) > 1.3 else 0


if __name__ == "__main__":
    sys.exit(main())
