"""Load bench of ``wirecoder serve``: a bounded client on loopback against a real server.

    .venv/bin/python bench/bench_serve.py [--articles 2000] [--requests 2000] [--concurrency 20]
                                          [--db FILE] [--max-seconds 600]

Builds a store of short synthetic wire stories (our own generator: fictional ministers of real
countries stating positions, with a ``date`` marker and an agency dateline) through the real
``wirecoder ingest`` (kept in --db and reused when it already holds enough articles), starts
``wirecoder serve`` on 127.0.0.1 on a free port, waits for its corpus, then sends --requests
requests over --concurrency keep-alive connections, spread over search (/api/v1/articles?q=),
one article (/api/v1/articles/ID and its page /articles/ID) and positions
(/api/v1/positions?about=). Only 127.0.0.1 is ever contacted; the run stops after the given
count of requests or --max-seconds, whichever comes first. Prints the latency p50/p90/p99 per
route kind and overall, throughput, and the errors (0 expected).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only

COUNTRIES = [("Serbia", "BELGRADE"), ("Hungary", "BUDAPEST"), ("Poland", "WARSAW"),
             ("Finland", "HELSINKI"), ("Slovakia", "BRATISLAVA"), ("Austria", "VIENNA"),
             ("Croatia", "ZAGREB"), ("Romania", "BUCHAREST"), ("Greece", "ATHENS"),
             ("Estonia", "TALLINN")]
TARGETS = ["Russia", "China", "Belarus", "Turkey", "Iran"]
AGENCIES = ["Reuters", "AP", "AFP", "TASS", "dpa", "Anadolu Agency"]
FIRST = ["Marko", "Ana", "Peter", "Jana", "Tomas", "Elena", "Ivan", "Maria", "Luka", "Sofia"]
LAST = ["Horvat", "Novak", "Kovacs", "Nagy", "Virtanen", "Kask", "Popescu", "Papadopoulos",
        "Kowalski", "Gruber"]
CLAIMS = [
    ("{c} will never impose sanctions on {t}", "sanctions"),
    ("{c} will not join any sanctions against {t}", "sanctions"),
    ("{c} could support sanctions on {t} if the European Union agrees", "sanctions"),
    ("{c} wants to join NATO", "NATO"),
    ("{c} will not join NATO", "NATO"),
    ("{c} will keep its border with {t} closed", "border"),
    ("{c} may reopen its border with {t} next month", "border"),
]


def articles(n: int, seed: int = 14) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        country, capital = COUNTRIES[i % len(COUNTRIES)]
        target = rng.choice(TARGETS)
        agency = rng.choice(AGENCIES)
        minister = f"{rng.choice(FIRST)} {LAST[(i // len(COUNTRIES)) % len(LAST)]}"
        claim, _ = rng.choice(CLAIMS)
        claim = claim.format(c=country, t=target)
        day = f"20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = (f"{capital} ({agency}) - {claim}, Foreign Minister {minister} said on Tuesday.\n\n"
                f"\"{claim.replace(country, 'We', 1)},\" {minister.split()[1]} told reporters "
                f"after talks in {capital}, story {i}.")
        out.append({"text": text, "published": day, "outlet": agency,
                    "title": f"{country} on {target}: story {i}", "language": "en"})
    return out


def wirecoder(*args: str, **kwargs) -> subprocess.Popen | subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wirecoder", *args], cwd=ROOT, **kwargs)


def build_store(db: Path, n: int) -> None:
    if db.exists():
        import sqlite3

        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            have = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        if have >= n:
            print(f"store: {db} already holds {have} articles", file=sys.stderr)
            return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in articles(n)), encoding="utf-8")
        t = time.perf_counter()
        result = wirecoder("ingest", str(source), "--db", str(db), capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"ingest failed:\n{result.stderr}")
        print(f"store: ingested {n} articles in {time.perf_counter() - t:.0f} s "
              f"({result.stderr.strip().splitlines()[-1]})", file=sys.stderr)


def start_server(db: Path) -> tuple[subprocess.Popen, int, float]:
    t = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "wirecoder", "serve", "--db", str(db),
                                "--host", HOST, "--port", "0"], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    if "http://" not in line:
        process.kill()
        raise SystemExit(f"wirecoder serve did not start: {line}{process.stderr.read()}")
    started = time.perf_counter() - t
    threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
    port = int(line.split("http://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
    return process, port, started


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "wirecoder-bench-serve.db")
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args()

    build_store(args.db, args.articles)
    process, port, started = start_server(args.db)
    try:
        conn = http.client.HTTPConnection(HOST, port, timeout=300)
        t = time.perf_counter()
        status, body = get(conn, "/api/v1/positions?limit=1")  # waits for the corpus
        warm = time.perf_counter() - t
        assert status == 200, body
        status, body = get(conn, f"/api/v1/articles?limit=500")
        ids = [a["id"] for a in json.loads(body)["items"]]
        conn.close()
        words = ["sanctions", "NATO", "border", "Russia", "minister", "talks", "Belarus China"]
        abouts = ["sanctions", "NATO", "border", "Russia", "China"]
        rng = random.Random(2000)
        plan = []
        for i in range(args.requests):
            kind = ("search", "article", "page", "positions")[i % 4]
            if kind == "search":
                path = f"/api/v1/articles?q={rng.choice(words).replace(' ', '%20')}&limit=20"
            elif kind == "article":
                path = f"/api/v1/articles/{rng.choice(ids)}"
            elif kind == "page":
                path = f"/articles/{rng.choice(ids)}"
            else:
                path = f"/api/v1/positions?about={rng.choice(abouts)}&limit=50"
            plan.append((kind, path))
        lock = threading.Lock()
        results: list[tuple[str, float, int]] = []
        errors: list[str] = []
        deadline = time.monotonic() + args.max_seconds
        next_index = [0]

        def worker():
            conn = http.client.HTTPConnection(HOST, port, timeout=60)
            while time.monotonic() < deadline:
                with lock:
                    if next_index[0] >= len(plan):
                        break
                    kind, path = plan[next_index[0]]
                    next_index[0] += 1
                t0 = time.perf_counter()
                try:
                    status, _ = get(conn, path)
                except (OSError, http.client.HTTPException) as err:
                    conn.close()
                    conn = http.client.HTTPConnection(HOST, port, timeout=60)
                    with lock:
                        errors.append(f"{path}: {err}")
                    continue
                elapsed = time.perf_counter() - t0
                with lock:
                    results.append((kind, elapsed, status))
                    if status != 200:
                        errors.append(f"{path}: HTTP {status}")
            conn.close()

        t = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t
    finally:
        process.terminate()
        process.wait(timeout=30)

    print(f"wirecoder serve on {args.articles} articles: started (listening) in {started:.2f} s, "
          f"corpus ready {warm:.2f} s after")
    print(f"{len(results)} requests over {args.concurrency} connections in {wall:.1f} s "
          f"({len(results) / wall:.0f} requests/s), errors: {len(errors)}")
    print(f"{'route':<10} {'n':>5} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8}")
    for kind in ("search", "article", "page", "positions", "all"):
        times = [r[1] * 1000 for r in results if kind == "all" or r[0] == kind]
        if times:
            print(f"{kind:<10} {len(times):>5} {percentile(times, 50):>8.1f} "
                  f"{percentile(times, 90):>8.1f} {percentile(times, 99):>8.1f}")
    for e in errors[:10]:
        print(f"error: {e}")
    return 1 if errors or len(results) < len(plan) else 0


if __name__ == "__main__":
    sys.exit(main())
