"""``ingest --jobs 2`` against ``--jobs 1`` (and bare spaCy ``nlp.pipe(n_process=2)`` against
``n_process=1`` as the reference), in paired rounds (A B A B), CPU time beside wall time.

    .venv/bin/python bench/bench_jobs.py [--mb 1.0] [--rounds 2] [--jobs 2] [--no-bare]

Each measurement is a fresh child process that does the whole job: start-up (loading the model,
in every worker), analysis, and for wirecoder the writes into a new SQLite store. The corpus is
the MEANTIME texts and the wire_dev stories, repeated to ``--mb`` (each copy made unique, so
that ingest does not skip it as a duplicate).

Figures per mode: wall seconds, CPU seconds of all its processes, and the CPU of its busiest
process. On a machine shared with other work the wall time says little, so the number to read
is the CPU-normalised speed-up:

    CPU(jobs 1) / max(CPU of the busiest process of jobs N, CPU of all of jobs N / N)

that is, how much faster jobs N finishes than jobs 1 when each gets whole cores: the work it
adds (a model load per worker, sending articles and results between processes) counts against
it, and so does any process that stays the bottleneck. Wall-time ratios are printed too, per
pair, with the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import meantime_texts  # noqa: E402

WIRE = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wire_dev"


def corpus(mb: float) -> list[str]:
    base = meantime_texts() + [p.read_text(encoding="utf-8") for p in sorted(WIRE.glob("*.txt"))]
    texts, size, copy = [], 0, 0
    while size < mb * 1_000_000:
        for text in base:
            text = text if copy == 0 else f"{text}\n(Copy {copy}.)"
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= mb * 1_000_000:
                break
        copy += 1
    return texts


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def child(mode: str, mb: float, jobs: int) -> None:
    texts = corpus(mb)
    start = time.perf_counter()
    workers: dict[int, float] = {}
    if mode.startswith("bare"):
        import spacy

        from wirecoder.config import DEFAULT_MODEL

        nlp = spacy.load(DEFAULT_MODEL)
        n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=1 if mode == "bare1" else jobs))
    else:
        from wirecoder.article import Article
        from wirecoder.store import Store, ingest

        articles = [Article(text=t, source=f"bench#{i}") for i, t in enumerate(texts)]
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "b.db") as store:
            if mode == "jobs1":
                from wirecoder.analysis import load_pipeline

                report = ingest(articles, store, load_pipeline())
            else:
                from wirecoder.engines.processes import ParallelAnalyzer

                analyzer = ParallelAnalyzer(jobs=jobs)
                report = ingest(articles, store, analyze_many=analyzer.analyze_many)
                workers = analyzer.worker_cpu
        n = report.stored
        assert report.failed == 0, report.failures[:3]
    wall = time.perf_counter() - start
    main, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    busiest = max([main, *workers.values()])
    print(json.dumps({"mode": mode, "articles": n, "wall": wall, "cpu": main + children,
                      "main_cpu": main, "busiest_cpu": busiest,
                      "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def measure(mode: str, mb: float, jobs: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--mb", str(mb), "--jobs", str(jobs)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def speedup(one: dict, many: dict, jobs: int) -> float:
    return one["cpu"] / max(many["busiest_cpu"], many["cpu"] / jobs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1.0)")
    parser.add_argument("--rounds", type=int, default=2, help="paired rounds (default 2)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare spaCy reference")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.mb, args.jobs)
        return
    pairs = [("jobs1", "jobs2")] + ([] if args.no_bare else [("bare1", "bare2")])
    load_before = os.getloadavg()
    print(f"cores: {len(os.sched_getaffinity(0))}, jobs: {args.jobs}, corpus {args.mb} MB, "
          f"load average before: {' '.join(f'{x:.2f}' for x in load_before)}", flush=True)
    results: dict[str, list[dict]] = {}
    for r in range(args.rounds):
        for a, b in pairs:
            for mode in (a, b):
                row = measure(mode, args.mb, args.jobs)
                results.setdefault(mode, []).append(row)
                print(f"round {r + 1} {mode:5s}: {row['articles']} articles, wall {row['wall']:6.2f} s, "
                      f"CPU {row['cpu']:6.2f} s (main process {row['main_cpu']:6.2f} s, busiest "
                      f"{row['busiest_cpu']:6.2f} s), "
                      f"load {os.getloadavg()[0]:.2f}", flush=True)
    load_after = os.getloadavg()
    for a, b in pairs:
        name = "wirecoder ingest --jobs" if a == "jobs1" else "bare spaCy n_process"
        cpu_ratios = [speedup(x, y, args.jobs) for x, y in zip(results[a], results[b])]
        wall_ratios = [x["wall"] / y["wall"] for x, y in zip(results[a], results[b])]
        overhead = [y["cpu"] / x["cpu"] for x, y in zip(results[a], results[b])]
        print(f"{name} {args.jobs} vs 1: CPU-normalised speed-up "
              f"{statistics.median(cpu_ratios):.2f} (pairs: {', '.join(f'{x:.2f}' for x in cpu_ratios)}); "
              f"wall speed-up {statistics.median(wall_ratios):.2f} "
              f"(pairs: {', '.join(f'{x:.2f}' for x in wall_ratios)}); "
              f"CPU {args.jobs} / CPU 1: {statistics.median(overhead):.2f}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in load_after)} "
          f"(a load above {len(os.sched_getaffinity(0))} means other work shared the cores: "
          "read the CPU-normalised figures)")


if __name__ == "__main__":
    main()
