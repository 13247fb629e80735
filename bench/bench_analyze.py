"""Throughput of ``analyze`` against bare spaCy ``nlp.pipe`` on the same texts.

    .venv/bin/python bench/bench_analyze.py [--mb 1.0] [--rounds 3] [--batch-size 32]

Each measurement runs in a fresh child process (so peak RSS is that mode's own), bare and analyze
alternating, each pair one round; the figures are medians over the rounds, wall time and CPU
time of the process. The ratio analyze/bare is the number to watch: it is what wirecoder's own
work costs on top of spaCy. On a shared machine read the CPU ratio (the median of the rounds'
paired ratios): wall time moves with the other processes' load.

The lines below split the overhead inside the analyze run itself, where it is least noisy: each
function ``analyze()`` calls around spaCy (the names of :data:`STAGES` in
:mod:`wirecoder.analysis`, so each is timed as analyze calls it, with its arguments), the bench's
``Article()``, and each step of ``nlp.pipe`` (less the text stages it pulls through its input)
are timed in the timed run, and the stream is what is left (``analyze_many``'s own loop). The lines
are shares of that run's own parse, and add up to its overhead; the last line compares that
parse with bare ``nlp.pipe`` in its own process (the rest of the difference between the ratios).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus  # noqa: E402


#: The lines of the overhead: (label, the names in :mod:`wirecoder.analysis` it times).
STAGES = (
    ("text (dateline, language, budget)", ("prepare_article", "over_budget")),
    ("entities", ("find_story_entities",)),
    ("times", ("find_times", "_outside_dateline")),
    ("quotes and speakers", ("find_quotes",)),
    ("statements", ("find_statements",)),
    ("events", ("find_events",)),
    ("records (quote dates, Analysis and its span checks)", ("_dated", "Analysis")),
    ("Article() (the id: a hash of the text)", ()),
)
ARTICLE = STAGES[-1][0]


def child(mode: str, mb: float, batch_size: int, model: str | None) -> None:
    from wirecoder import Article
    from wirecoder.config import Config
    from wirecoder.analysis import load_pipeline

    texts = build_corpus(int(mb * 1_000_000))
    config = Config(batch_size=batch_size, **({"model": model} if model else {}))
    pipeline = load_pipeline(config)
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:8]))  # warm up (and load every lazy table of wirecoder's stages)
    list(pipeline.analyze_many(Article(text=t) for t in texts[:8]))
    clocks = _Clocks()
    start, cpu = time.perf_counter(), time.process_time()
    if mode == "bare":
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    else:
        with _timers(clocks, nlp):
            n = sum(1 for _ in pipeline.analyze_many(_articles(texts, clocks)))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert n == len(texts)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    words = sum(len(t.split()) for t in texts)
    parse = [clocks.parse[k] - clocks.pulled[k] for k in (0, 1)]
    print(json.dumps({"mode": mode, "seconds": seconds, "cpu": cpu, "articles": n, "words": words,
                      "bytes": sum(len(t.encode()) for t in texts), "peak_rss_mb": peak_kb / 1024,
                      "stages": clocks.lines if mode == "analyze" else {},
                      "parse": parse if mode == "analyze" else None}))


class _Clocks:
    """``[wall, CPU]`` seconds of each line of :data:`STAGES` and of spaCy's ``nlp.pipe``;
    ``pulled``: the part of the lines that ran inside ``nlp.pipe`` (it pulls its input, hence
    the text stages and ``Article()``, as it goes), to take out of the parse's time."""

    def __init__(self) -> None:
        self.lines = {label: [0.0, 0.0] for label, _ in STAGES}
        self.parse = [0.0, 0.0]
        self.pulled = [0.0, 0.0]
        self.depth = 0  # inside nlp.pipe

    def add(self, label: str | None, wall: float, cpu: float) -> None:
        line = self.parse if label is None else self.lines[label]
        line[0] += wall
        line[1] += cpu
        if label is not None and self.depth:
            self.pulled[0] += wall
            self.pulled[1] += cpu


def _articles(texts: list[str], clocks: _Clocks):
    """The bench's Articles, as the timed loop makes them, the cost of ``Article()`` (it
    hashes the text into the id) on its line."""
    from wirecoder import Article

    for i, text in enumerate(texts):
        w, c = time.perf_counter(), time.process_time()
        article = Article(text=text, source=f"bench#{i}")
        clocks.add(ARTICLE, time.perf_counter() - w, time.process_time() - c)
        yield article


@contextmanager
def _timers(clocks: _Clocks, nlp):
    """While the block runs, every function of :data:`STAGES` in :mod:`wirecoder.analysis` is
    wrapped in a timer for its line, and ``nlp.pipe`` in one for the parse (each of its
    steps; restored after). A timer costs about 3 µs, a dozen timers an article: well under
    0.1 % of the run."""
    from wirecoder import analysis

    def timed(label, function):
        def wrapper(*args, **kwargs):
            w, c = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                clocks.add(label, time.perf_counter() - w, time.process_time() - c)
        return wrapper

    pipe = nlp.pipe

    def timed_pipe(*args, **kwargs):
        steps = pipe(*args, **kwargs)
        if clocks.depth:  # nlp.pipe calling itself (as_tuples): the outer call times it
            yield from steps
            return
        while True:
            w, c = time.perf_counter(), time.process_time()
            clocks.depth += 1
            try:
                item = next(steps)
            except StopIteration:
                return
            finally:
                clocks.depth -= 1
                clocks.add(None, time.perf_counter() - w, time.process_time() - c)
            yield item

    saved = {name: getattr(analysis, name) for _, names in STAGES for name in names}  # fails loudly on a rename
    try:
        for label, names in STAGES:
            for name in names:
                setattr(analysis, name, timed(label, saved[name]))
        nlp.pipe = timed_pipe
        yield
    finally:
        del nlp.pipe
        for name, function in saved.items():
            setattr(analysis, name, function)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1.0)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", help="spaCy model name or path (default: wirecoder's)")
    parser.add_argument("--child", choices=["bare", "analyze"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.mb, args.batch_size, args.model)
        return
    runs: dict[str, list[dict]] = {"bare": [], "analyze": []}
    for r in range(args.rounds):
        for mode in ("bare", "analyze"):
            cmd = [sys.executable, __file__, "--child", mode, "--mb", str(args.mb),
                   "--batch-size", str(args.batch_size)] + (["--model", args.model] if args.model else [])
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            runs[mode].append(json.loads(out.strip().splitlines()[-1]))
            print(f"round {r + 1}/{args.rounds} {mode}: {runs[mode][-1]['seconds']:.2f} s", file=sys.stderr)
    first = runs["bare"][0]
    print(f"corpus: {first['articles']} articles, {first['words']:,} words, "
          f"{first['bytes'] / 1e6:.2f} MB (MEANTIME English, repeated); batch size {args.batch_size}; "
          f"median of {args.rounds} rounds")
    print(f"{'':10} {'seconds':>8} {'CPU s':>8} {'articles/s':>11} {'words/s':>9} {'peak RSS MB':>12}")
    wall, cpu = {}, {}
    for mode, rs in runs.items():
        wall[mode] = statistics.median(r["seconds"] for r in rs)
        cpu[mode] = statistics.median(r["cpu"] for r in rs)
        peak = max(r["peak_rss_mb"] for r in rs)
        print(f"{mode:10} {wall[mode]:8.2f} {cpu[mode]:8.2f} {first['articles'] / wall[mode]:11.1f} "
              f"{first['words'] / wall[mode]:9,.0f} {peak:12.0f}")
    pairs = {k: [a[k] / b[k] for a, b in zip(runs["analyze"], runs["bare"])] for k in ("seconds", "cpu")}
    for k, name in (("cpu", "CPU"), ("seconds", "wall")):
        print(f"ratio analyze/bare nlp.pipe, {name:4}: {statistics.median(pairs[k]):.3f} "
              f"(median of the rounds' pairs: {', '.join(f'{x:.3f}' for x in pairs[k])})")
    analyzed = runs["analyze"]
    own = [r["cpu"] / r["parse"][1] - 1 for r in analyzed]  # beyond the run's own parse
    print(f"in the analyze run itself, CPU beyond its own spaCy parse: {100 * statistics.median(own):.1f}% "
          f"(rounds: {', '.join(f'{100 * x:.1f}%' for x in own)}); by line, as % of that parse's CPU "
          f"(mean of the rounds; wall seconds beside):")

    def line(label: str, cpu_share: list[float], wall: list[float]) -> float:
        share = statistics.fmean(cpu_share)
        print(f"  {label:<56} {100 * share:5.1f}%   ({statistics.fmean(wall):6.2f} s wall)")
        return share

    total = 0.0
    for label in analyzed[0]["stages"]:
        total += line(label, [r["stages"][label][1] / r["parse"][1] for r in analyzed],
                      [r["stages"][label][0] for r in analyzed])
    rest = [(r["cpu"] - r["parse"][1] - sum(v[1] for v in r["stages"].values())) / r["parse"][1]
            for r in analyzed]
    rest_wall = [r["seconds"] - r["parse"][0] - sum(v[0] for v in r["stages"].values()) for r in analyzed]
    total += line("the stream (analyze_many around the stages and nlp.pipe)", rest, rest_wall)
    print(f"  {'sum':<56} {100 * total:5.1f}%")
    parse = statistics.median(r["parse"][1] for r in analyzed)
    print(f"spaCy's parse inside the analyze run against bare nlp.pipe in its own process: "
          f"{100 * (parse / cpu['bare'] - 1):+.1f}% CPU (medians; the gap between the two ratios above "
          f"and this one: the difference between processes, noise on a shared machine)")

if __name__ == "__main__":
    main()
