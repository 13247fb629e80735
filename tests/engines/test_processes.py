"""``--jobs``: analysis in worker processes (real forked or spawned processes, the real pipeline, real
SQLite), with the same results as one process, in input order, and a worker's death a recorded
failure, never a hung run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.store.store_checks import write_corpus

from wirecoder.analysis import load_pipeline
from wirecoder.cli import main
from wirecoder.config import Config
from wirecoder.errors import ModelError
from wirecoder.engines.processes import ParallelAnalyzer, default_jobs
from wirecoder.readers import Failure
from wirecoder.records import Analysis
from wirecoder.store.ingest import read_articles

WIRE = Path(__file__).resolve().parents[3] / "shared" / "data" / "wire_dev"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_corpus(folder, range(5))
    for path in sorted(WIRE.glob("*.txt"))[:3]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a failure among the articles
    return folder


def _all_rows(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for table in ("entities", "mentions", "quotes", "times", "statements", "failures"):
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "seen_at"]
            out[table] = sorted(con.execute(f"SELECT {', '.join(map(repr, columns))} FROM {table}"))
        out["articles"] = sorted(con.execute(
            "SELECT id, source, outlet, title, published, text, analysis FROM articles"))
        return out
    finally:
        con.close()


def test_ingest_with_two_jobs_stores_the_same_rows_as_one(tmp_path, capsys):
    folder = _folder(tmp_path)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert main(["ingest", str(folder), "--db", str(one), "--jobs", "1", "--no-progress"]) == 1
    assert main(["ingest", str(folder), "--db", str(two), "--jobs", "2", "--chunk", "2",
                 "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert err.count("empty.txt") == 2  # the failure is reported by both runs
    rows_one, rows_two = _all_rows(one), _all_rows(two)
    assert len(rows_one["articles"]) == 8 and rows_one["quotes"]
    assert rows_two == rows_one


def test_analyze_with_two_jobs_keeps_the_input_order(tmp_path, capsys):
    folder = _folder(tmp_path)
    files = sorted(str(p) for p in folder.glob("*.txt") if p.name != "empty.txt")
    files = files[::-1]  # an order that is not the folder's
    assert main(["analyze", *files, "--jobs", "1"]) == 0
    one = capsys.readouterr().out.splitlines()
    assert main(["analyze", *files, "--jobs", "2", "--chunk", "1"]) == 0
    two = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["article"]["source"] for line in one] == files
    assert two == one


def test_the_workers_are_other_processes_and_results_equal_one_process():
    articles = list(read_articles(sorted(map(str, WIRE.glob("*.txt")))[:6]))
    analyzer = ParallelAnalyzer(jobs=2, chunk=2)
    results = list(analyzer.analyze_many(articles))
    assert results == list(load_pipeline().analyze_many(articles))
    assert len(analyzer.worker_cpu) == 2 and os.getpid() not in analyzer.worker_cpu
    assert analyzer.pids() == {}  # all stopped at the end


def test_a_worker_killed_mid_chunk_fails_its_articles_and_the_run_goes_on():
    texts = [p.read_text(encoding="utf-8") for p in sorted(WIRE.glob("*.txt"))[:8]]
    articles = [a for a in read_articles(sorted(map(str, WIRE.glob("*.txt")))[:8])] * 2
    expected = list(load_pipeline().analyze_many(articles))
    analyzer = ParallelAnalyzer(jobs=2, chunk=2)
    stream = analyzer.analyze_many(articles)
    results = [next(stream)]
    held = analyzer.pids()  # the worker that returned the first chunk just got a new one
    pid, chunks = max(held.items(), key=lambda kv: max(kv[1], default=-1))
    assert chunks
    os.kill(pid, signal.SIGKILL)
    results.extend(stream)
    assert len(results) == len(articles) and texts
    killed = {k for number in chunks for k in range(number * 2, number * 2 + 2)}
    for k, (got, want) in enumerate(zip(results, expected)):
        if k in killed:
            assert isinstance(got, Failure), k
            assert got.source == articles[k].source
            assert "worker died (killed by signal 9)" in got.reason
        else:
            assert isinstance(got, Analysis) and got == want, k
    assert analyzer.restarts == 1
    assert max(killed) < len(articles) - 2  # articles after the death were analysed


def test_a_worker_that_cannot_load_the_model_is_a_model_error():
    articles = [f"Article {i} said nothing." for i in range(4)]
    with pytest.raises(ModelError, match="a worker could not load the pipeline"):
        list(ParallelAnalyzer(Config(model="no_such_model_here"), jobs=2, chunk=1).analyze_many(articles))


def test_default_jobs_is_the_cores_this_process_may_use():
    assert default_jobs() == len(os.sched_getaffinity(0))


def test_forked_workers_share_the_loaded_pipeline_and_load_no_model():
    # On Linux the model is loaded once, here, and the workers are forked with it: each runs
    # the very object loaded here (same id in the copied address space), none loads its own.
    import multiprocessing

    assert "fork" in multiprocessing.get_all_start_methods()
    articles = [f"Minister {i} said on Monday that talks would resume." for i in range(8)]
    analyzer = ParallelAnalyzer(jobs=2, chunk=2)
    results = list(analyzer.analyze_many(articles))
    assert analyzer._pipeline is not None
    assert results == list(analyzer._pipeline.analyze_many(articles))
    assert len(analyzer.worker_pipelines) == 2
    assert set(analyzer.worker_pipelines.values()) == {id(analyzer._pipeline)}


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's wait is missing


def test_workers_exit_when_the_main_process_is_killed(tmp_path):
    # A killed ingest (kill -9, the out-of-memory killer) must not leave its workers behind: before
    # the fix each forked worker held copies of the main process's pipe ends, so no pipe closed
    # and the workers waited on a dead parent for ever, each holding the model's memory.
    import subprocess
    import sys
    import time

    folder = tmp_path / "in"
    write_corpus(folder, range(400))
    proc = subprocess.Popen([sys.executable, "-m", "wirecoder", "ingest", str(folder), "--no-progress",
                             "--jobs", "2", "--db", str(tmp_path / "news.db")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        workers: list[int] = []
        while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert proc.poll() is None and len(workers) == 2, "the ingest ended before its workers started"
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 120  # a liveness bound, not a speed check
    while time.monotonic() < deadline and any(map(_alive, workers)):
        time.sleep(0.2)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {left} outlived their killed main process"
