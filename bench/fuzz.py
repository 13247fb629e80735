"""Fuzz wirecoder's readers and pipeline over ≥ 10,000 generated inputs and print counts.

    PYTHONPATH=src python bench/fuzz.py                      # 10,000 cases
    PYTHONPATH=src python bench/fuzz.py --cases 2000 --workers 2
    PYTHONPATH=src python bench/fuzz.py --case 1234 --dump /tmp/case   # one case, its input kept
    PYTHONPATH=src python bench/fuzz.py --start 2000 --cases 300 --outcomes out.jsonl
                                               # cases 2000..2299, each case's outcome kept
    ... --src /tmp/old/src                     # the same cases on another source tree

Cases come from the generators of ``tests/fuzz_inputs.py`` (the fuzz suite's), seeded per case
(case N is the same input on every run): files of every format in arbitrary encodings and under
hostile names read with ``read_paths``, texts given straight to ``analyze()``, and every 25th
case a pathological input (long runs of ``&``, deep HTML nesting, many paragraphs or quotes,
binary junk, truncated gzip, huge tab-separated text, UTF-16 without BOM).

Each case runs in a worker process (many cases per worker; a worker that crashes or takes more
than ``--timeout`` seconds on a case is killed and restarted). Outcomes:

    ok          every input became articles, analysed, every span holding its text
    own-errors  some input was refused with wirecoder's own message (Failure / WirecoderError)
    bug-failures a Failure saying "please report this as a bug" (an exception caught in a reader)
    tracebacks  any other exception escaped the library
    span-errors a record whose span does not select its text
    hangs       over --timeout seconds
    crashes     the worker died (a segfault, out of memory)

The summary lists the failing cases by class, and the refused ones (``own-errors``) by their
reason too, so that a rise in refusals can be traced to the inputs it comes from: ``--outcomes``
keeps every case's outcome and reason (one JSON object a line) to compare two runs case by case.

Peak RSS is the worker's high-water mark (VmHWM) after each case; a worker is restarted when it
exceeds ``--rss-restart`` MB, so the figure is close to the peak of the largest single input.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import select
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import fuzz_inputs as gen  # noqa: E402

BUG = "report this as a bug"
PATHOLOGICAL_EVERY = 25
TEXT_EVERY = 5


def make_case(seed: int, number: int) -> tuple[str, str, bytes | str]:
    """(kind, file name, data) of case ``number``: the same on every run."""
    rng = random.Random(f"{seed}:{number}")
    if number % PATHOLOGICAL_EVERY == 0:
        name, data = gen.pathological(rng)
        return "pathological", name, data
    if number % TEXT_EVERY == 0:
        return "text", "", gen.article_text(rng)
    name, data = gen.input_file(rng)
    return "file", name, data


def vm_hwm_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def check_spans(record: dict) -> str | None:
    text = record["article"]["text"]
    stack = [(k, v) for k, v in record.items() if k != "article"]
    dateline = record["article"].get("dateline")
    if dateline:
        stack.append(("dateline", dateline))
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
                if text[value["start"]:value["end"]] != value["text"]:
                    return f"{path}: {value['start']}:{value['end']} != {value['text'][:40]!r}"
            stack.extend((f"{path}.{k}", v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(value))
    return None


def run_case(pipeline, seed: int, number: int, dump: str | None = None) -> dict:
    """Run one case in this process; the outcome as a dict."""
    from wirecoder.article import Article
    from wirecoder.errors import WirecoderError
    from wirecoder.readers import Failure, read_paths

    kind, name, data = make_case(seed, number)
    outcome, detail = "ok", ""
    try:
        with tempfile.TemporaryDirectory(dir=dump) as folder:
            if kind == "text":
                items = [Article(text=data, source="<fuzz>")]
            else:
                path = os.path.join(os.fsencode(folder), os.fsencode(name))
                with open(path, "wb") as out:
                    out.write(data)
                items = list(read_paths([folder]))
                if dump:
                    keep = os.path.join(os.fsencode(dump), b"case-%d-" % number + os.fsencode(name))
                    with open(keep, "wb") as out:
                        out.write(data)
            articles = []
            for item in items:
                if isinstance(item, Failure):
                    outcome, detail = ("bug-failures", item.message) if BUG in item.reason else (
                        "own-errors" if outcome == "ok" else outcome, detail or item.message)
                else:
                    articles.append(item)
            for result in pipeline.analyze_many(articles):
                if isinstance(result, Failure):
                    if BUG in result.reason:
                        outcome, detail = "bug-failures", result.message
                    elif outcome == "ok":
                        outcome, detail = "own-errors", result.message
                    continue
                problem = check_spans(result.to_dict())
                if problem:
                    outcome, detail = "span-errors", problem
    except WirecoderError as err:
        outcome, detail = ("bug-failures" if BUG in str(err) else "own-errors"), str(err)
    except Exception as err:  # noqa: BLE001 - what the bench counts
        frames = traceback.extract_tb(err.__traceback__)
        where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames)
                      if "wirecoder" in f.filename), "?")
        outcome, detail = "tracebacks", f"{type(err).__name__}: {str(err)[:200]} (at {where})"
    return {"case": number, "kind": kind, "name": name, "outcome": outcome,
            "detail": " ".join(detail.split())[:300], "rss_kb": vm_hwm_kb()}


def worker(seed: int) -> None:
    """Read case numbers on stdin, write one JSON result per line on stdout."""
    from wirecoder.analysis import load_pipeline

    pipeline = load_pipeline()
    out = sys.stdout
    print(json.dumps({"ready": True}), file=out, flush=True)
    for line in sys.stdin:
        number = int(line)
        print(json.dumps(run_case(pipeline, seed, number)), file=out, flush=True)


class Worker:
    def __init__(self, seed: int, src: Path = ROOT / "src") -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(src), *filter(None, [os.environ.get("PYTHONPATH")])])}
        for attempt in range(5):  # a worker can fail to start on a loaded machine: retry
            self.errors = tempfile.TemporaryFile()
            self.process = subprocess.Popen(
                [sys.executable, __file__, "--worker", "--seed", str(seed)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors, env=env,
                text=True, bufsize=1,
            )
            ready = self.read(600)
            if ready and ready.get("ready"):
                break
            self.process.kill()
            self.process.wait()
            self.errors.seek(0)
            tail = self.errors.read()[-500:].decode("utf-8", "replace")
            print(f"fuzz: a worker did not start (attempt {attempt + 1}): {tail}", file=sys.stderr)
            time.sleep(2)
        else:
            raise SystemExit("fuzz: the worker did not start")
        self.case: int | None = None
        self.started = 0.0

    def send(self, number: int) -> None:
        self.case, self.started = number, time.monotonic()
        self.process.stdin.write(f"{number}\n")
        self.process.stdin.flush()

    def read(self, timeout: float) -> dict | None:
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.process.stdout.readline()
        return json.loads(line) if line else {"eof": True}

    def kill(self) -> int:
        self.process.kill()
        self.process.wait()
        import resource

        return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def run(cases: int, seed: int, workers: int, timeout: float, rss_restart_mb: int, *,
        start: int = 0, src: Path = ROOT / "src", outcomes: str | None = None) -> int:
    started = time.monotonic()
    counts: Counter[str] = Counter()
    failing: dict[str, list[dict]] = defaultdict(list)
    peak = {"rss_kb": 0, "case": None}
    pending = list(range(start, start + cases))[::-1]
    pool = [Worker(seed, src) for _ in range(min(workers, cases))]
    kept = open(outcomes, "w", encoding="utf-8") if outcomes else None
    for w in pool:
        if pending:
            w.send(pending.pop())
    done = 0
    while any(w.case is not None for w in pool):
        busy = [w for w in pool if w.case is not None]
        ready, _, _ = select.select([w.process.stdout for w in busy], [], [], 1.0)
        now = time.monotonic()
        for i, w in enumerate(pool):
            if w.case is None:
                continue
            result = None
            if w.process.stdout in ready:
                result = w.read(0)
            elif now - w.started > timeout:
                result = {"case": w.case, "outcome": "hangs", "detail": f"over {timeout:g} s"}
            if result is None:
                continue
            if result.get("eof"):
                result = {"case": w.case, "outcome": "crashes",
                          "detail": f"worker exit {w.process.poll()}"}
            restart = result["outcome"] in ("hangs", "crashes")
            if result.get("rss_kb", 0) > peak["rss_kb"]:
                peak = {"rss_kb": result["rss_kb"], "case": result["case"]}
            if result.get("rss_kb", 0) > rss_restart_mb * 1024:
                restart = True
            counts[result["outcome"]] += 1
            if result["outcome"] != "ok":
                failing[result["outcome"]].append(result)
            if kept is not None:
                print(json.dumps({k: result.get(k) for k in ("case", "kind", "name", "outcome",
                                                            "detail")}), file=kept, flush=True)
            done += 1
            if done % 500 == 0:
                print(f"fuzz: {done}/{cases} cases, {time.monotonic() - started:.0f} s", file=sys.stderr)
            if restart:
                w.kill()
                w = pool[i] = Worker(seed, src)
            w.case = None
            if pending:
                w.send(pending.pop())
    for w in pool:
        w.process.stdin.close()
        w.process.wait()
    if kept is not None:
        kept.close()
    import resource

    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    elapsed = time.monotonic() - started
    report = {
        "cases": cases, "ok": counts["ok"], "own-errors": counts["own-errors"],
        "bug-failures": counts["bug-failures"], "tracebacks": counts["tracebacks"],
        "span-errors": counts["span-errors"], "hangs": counts["hangs"], "crashes": counts["crashes"],
        "max_rss_mb": round(max(peak["rss_kb"], children_peak) / 1024, 1),
        "max_rss_case": peak["case"], "seconds": round(elapsed, 1),
    }
    print(json.dumps(report))
    for outcome, results in sorted(failing.items()):
        classes: dict[str, list[int]] = defaultdict(list)
        for r in results:
            key = r.get("detail", "")
            key = key.split(" (at ")[0] if outcome == "tracebacks" else key
            classes[_class_of(outcome, r)].append(r["case"])
        print(f"\n{outcome}: {len(results)}")
        for cls, numbers in sorted(classes.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(numbers):5d}  {cls}   e.g. --case {numbers[0]} (cases {numbers[:8]})")
    bad = sum(counts[k] for k in ("bug-failures", "tracebacks", "span-errors", "hangs", "crashes"))
    return 1 if bad else 0


def _class_of(outcome: str, result: dict) -> str:
    """A failing case's class: the exception and where it was raised, or the reason with the
    input's name left out."""
    detail = result.get("detail", "")
    if outcome == "tracebacks":
        return detail.split(":")[0] + " at " + (detail.rsplit("(at ", 1)[-1].rstrip(")") if "(at " in detail else "?")
    if outcome in ("bug-failures", "own-errors"):
        reason = detail.split(": ", 1)[-1] if ": " in detail else detail
        return re.sub(r"\d[\d,.]*", "N", reason)[:120]  # "(3 words left ...)": one class
    return detail[:120]


def main() -> int:
    parser = argparse.ArgumentParser(description="fuzz wirecoder's readers and pipeline")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case (default 60)")
    parser.add_argument("--rss-restart", type=int, default=1500, metavar="MB",
                        help="restart a worker whose peak RSS passes MB (default 1500)")
    parser.add_argument("--case", type=int, help="run one case here and print its outcome")
    parser.add_argument("--dump", metavar="DIR", help="with --case: keep its input file in DIR")
    parser.add_argument("--start", type=int, default=0, help="the first case number (default 0)")
    parser.add_argument("--outcomes", metavar="FILE",
                        help="write each case's outcome and reason to FILE (JSON Lines)")
    parser.add_argument("--src", type=Path, default=ROOT / "src", metavar="DIR",
                        help="the source tree the workers import (default: this checkout's)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.seed)
        return 0
    if args.case is not None:
        from wirecoder.analysis import load_pipeline

        if args.dump:
            os.makedirs(args.dump, exist_ok=True)
        kind, name, data = make_case(args.seed, args.case)
        print(json.dumps(run_case(load_pipeline(), args.seed, args.case, dump=args.dump)))
        if kind == "text":
            print(repr(data))
        return 0
    return run(args.cases, args.seed, args.workers, args.timeout, args.rss_restart,
               start=args.start, src=args.src, outcomes=args.outcomes)


if __name__ == "__main__":
    sys.exit(main())
