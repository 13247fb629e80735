"""Throughput of ``analyze`` against bare spaCy ``nlp.pipe`` on the same texts.

    .venv/bin/python bench/bench_analyze.py [--mb 1.0] [--rounds 3] [--batch-size 32]

Each measurement runs in a fresh child process (so peak RSS is that mode's own), bare and analyze
alternating, each pair one round; the figures are medians over the rounds, wall time and CPU
time of the process. The ratio analyze/bare is the number to watch: it is what wirecoder's own
work costs on top of spaCy. On a shared machine read the CPU ratio (the median of the rounds'
paired ratios): wall time moves with the other processes' load.

The lines below split that overhead. In the timed analyze run each function ``analyze()``
calls around spaCy (the names of :data:`STAGES` in :mod:`wirecoder.analysis`, so each is timed
as analyze calls it, with its arguments) is wrapped in a timer, as is the bench's ``Article()``;
``other`` is what is left of the overhead (the stream around ``nlp.pipe``, garbage collection,
and the difference between the processes), so the lines add up to the overhead.
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
    stages = {label: [0.0, 0.0] for label, _ in STAGES} if mode == "analyze" else {}
    start, cpu = time.perf_counter(), time.process_time()
    if mode == "bare":
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    else:
        with _timers(stages):
            n = sum(1 for _ in pipeline.analyze_many(_articles(texts, stages[ARTICLE])))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert n == len(texts)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    words = sum(len(t.split()) for t in texts)
    print(json.dumps({"mode": mode, "seconds": seconds, "cpu": cpu, "articles": n, "words": words,
                      "bytes": sum(len(t.encode()) for t in texts), "peak_rss_mb": peak_kb / 1024,
                      "stages": stages}))


def _articles(texts: list[str], clock: list[float]):
    """The bench's Articles, as the timed loop makes them, the cost of ``Article()`` (it
    hashes the text into the id) added to ``clock`` (``[wall, CPU]``)."""
    from wirecoder import Article

    for i, text in enumerate(texts):
        w, c = time.perf_counter(), time.process_time()
        article = Article(text=text, source=f"bench#{i}")
        clock[0] += time.perf_counter() - w
        clock[1] += time.process_time() - c
        yield article


@contextmanager
def _timers(clocks: dict[str, list[float]]):
    """Every function of :data:`STAGES` in :mod:`wirecoder.analysis` wrapped in a timer adding
    its wall and CPU seconds to ``clocks[label]`` while the block runs (restored after). A timer
    costs about 3 µs a call, ten calls an article: well under 0.1 % of the run."""
    from wirecoder import analysis

    def timed(clock, function):
        def wrapper(*args, **kwargs):
            w, c = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                clock[0] += time.perf_counter() - w
                clock[1] += time.process_time() - c
        return wrapper

    saved = {name: getattr(analysis, name) for _, names in STAGES for name in names}  # fails loudly on a rename
    try:
        for label, names in STAGES:
            for name in names:
                setattr(analysis, name, timed(clocks[label], saved[name]))
        yield
    finally:
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
    overhead = statistics.median(pairs["cpu"]) - 1
    print(f"wirecoder's own work adds {100 * overhead:.1f}% of bare nlp.pipe's CPU time; by line "
          f"(CPU in the timed analyze run, as % of bare CPU; wall beside):")
    shown = 0.0
    for label in runs["analyze"][0]["stages"]:
        w = statistics.median(r["stages"][label][0] for r in runs["analyze"])
        c = statistics.median(r["stages"][label][1] for r in runs["analyze"])
        shown += c / cpu["bare"]
        print(f"  {label:<52} {c:6.2f} s CPU = {100 * c / cpu['bare']:4.1f}%   ({w:6.2f} s wall)")
    print(f"  {'other (the stream, garbage collection, noise)':<52} {'':6}         "
          f"{100 * (overhead - shown):4.1f}%")
    print(f"  {'sum':<52} {'':6}         {100 * overhead:4.1f}%")


if __name__ == "__main__":
    main()
