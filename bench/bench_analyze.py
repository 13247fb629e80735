"""Throughput of ``analyze`` against bare spaCy ``nlp.pipe`` on the same texts.

    .venv/bin/python bench/bench_analyze.py [--mb 1.0] [--rounds 3] [--batch-size 32]

Each measurement runs in a fresh child process (so peak RSS is that mode's own), bare and analyze
alternating; the figures are medians over the rounds. The ratio analyze/bare is the number to
watch: it is what wirecoder's own stages cost on top of spaCy.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus  # noqa: E402


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
    start = time.perf_counter()
    if mode == "bare":
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    else:
        articles = [Article(text=t, source=f"bench#{i}") for i, t in enumerate(texts)]
        n = sum(1 for _ in pipeline.analyze_many(articles))
    seconds = time.perf_counter() - start
    assert n == len(texts)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # before the stage timing below
    stages = _stage_seconds(pipeline, texts) if mode == "bare" else {}
    words = sum(len(t.split()) for t in texts)
    print(json.dumps({"mode": mode, "seconds": seconds, "articles": n, "words": words,
                      "bytes": sum(len(t.encode()) for t in texts), "peak_rss_mb": peak_kb / 1024,
                      "stages": stages}))


def _stage_seconds(pipeline, texts: list[str]) -> dict[str, float]:
    """Seconds each wirecoder stage takes over Docs parsed beforehand (not counted)."""
    from wirecoder.stages.entities.find import find_entities
    from wirecoder.stages.events.find import find_events
    from wirecoder.stages.quotes.find import find_quotes
    from wirecoder.stages.statements.find import find_statements
    from wirecoder.stages.timex import find_times

    out = {"entities": 0.0, "times": 0.0, "quotes and speakers": 0.0, "statements": 0.0,
           "events": 0.0}
    for doc in pipeline.nlp.pipe(texts, batch_size=32):
        t0 = time.perf_counter()
        entities = find_entities(doc, pipeline.gazetteer)
        t1 = time.perf_counter()
        times = find_times(doc, "2008-03-01")
        t2 = time.perf_counter()
        quotes = find_quotes(doc, entities, pipeline.gazetteer)
        t3 = time.perf_counter()
        find_statements(doc, quotes, entities, pipeline.gazetteer)
        t4 = time.perf_counter()
        find_events(doc, entities, quotes, times, pipeline.gazetteer, "2008-03-01")
        t5 = time.perf_counter()
        out["entities"] += t1 - t0
        out["times"] += t2 - t1
        out["quotes and speakers"] += t3 - t2
        out["statements"] += t4 - t3
        out["events"] += t5 - t4
    return out


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
    print(f"{'':10} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'peak RSS MB':>12}")
    med = {}
    for mode, rs in runs.items():
        secs = statistics.median(r["seconds"] for r in rs)
        med[mode] = secs
        peak = max(r["peak_rss_mb"] for r in rs)
        print(f"{mode:10} {secs:8.2f} {first['articles'] / secs:11.1f} {first['words'] / secs:9,.0f} {peak:12.0f}")
    print(f"ratio analyze/bare nlp.pipe: {med['analyze'] / med['bare']:.3f} "
          f"(wirecoder's own stages add {100 * (med['analyze'] / med['bare'] - 1):.1f}%)")
    for stage in runs["bare"][0]["stages"]:
        secs = statistics.median(r["stages"][stage] for r in runs["bare"])
        print(f"  stage {stage:<20} {secs:6.2f} s = {100 * secs / med['bare']:4.1f}% of bare nlp.pipe")


if __name__ == "__main__":
    main()
