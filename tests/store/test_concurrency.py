"""The concurrency suite, with real processes and real SQLite: processes creating one new
database at once, writers on overlapping folders, readers during writes, and a writer blocked
by a lock another process holds (released in time, or held beyond the retries). The tests that
take ``new_store`` run on SQLite and on a real PostgreSQL server (tests/store/conftest.py)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .store_checks import article_count, check, ingest_command, rows, write_corpus

from wirecoder.cli import main
from wirecoder.store import APPLICATION_ID, SCHEMA_VERSION

# Opens each of N new databases at an agreed instant, the same in every process; prints one JSON
# line per failure.
_OPENER = """
import json, sys, time
from wirecoder.store import Store
folder, start, count, step = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
for i in range(count):
    time.sleep(max(start + i * step - time.time(), 0))
    try:
        Store(f"{folder}/{i}.db").close()
    except Exception as err:
        print(json.dumps({"db": i, "error": f"{type(err).__name__}: {err}"}), flush=True)
"""

# Takes the write lock of a database, says so, holds it until a line comes on stdin (or for
# argv[2] seconds at most), then commits.
_HOLDER = """
import select, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO failures VALUES ('lock-holder', 0, 'held the lock', 'now')")
print("locked", flush=True)
select.select([sys.stdin], [], [], float(sys.argv[2]))
db.execute("COMMIT")
"""


def test_four_processes_opening_new_databases_at_once_never_fail(tmp_path):
    """Defect 6: 4 processes × 40 opens of new databases failed 110 times in 160 with "table
    articles already exists"."""
    start = time.time() + 4  # after every process has imported wirecoder
    procs = [
        subprocess.Popen([sys.executable, "-c", _OPENER, str(tmp_path), str(start), "40", "0.1"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    failures = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        failures += [json.loads(line) for line in out.splitlines()]
    assert failures == []
    for i in range(40):
        con = sqlite3.connect(tmp_path / f"{i}.db")
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.close()


def test_four_ingests_create_and_fill_one_new_database(tmp_path, new_store):
    db = new_store()
    folders = [tmp_path / f"f{k}" for k in range(4)]
    for k, folder in enumerate(folders):
        write_corpus(folder, range(k * 6, k * 6 + 6))
    procs = [subprocess.Popen(ingest_command(db, folder), stderr=subprocess.PIPE, text=True)
             for folder in folders]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "stored 6, skipped as duplicate 0, failed 0" in err
    assert check(db) == []
    clean = new_store()
    subprocess.run(ingest_command(clean, *folders), check=True, capture_output=True)
    assert rows(db) == rows(clean)
    assert len(rows(db)["ids"]) == 24


def test_two_writers_on_overlapping_folders_end_without_duplicates(tmp_path, new_store):
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(a, range(0, 40))
    write_corpus(b, range(20, 60))  # articles 20-39 are in both
    db = new_store()
    procs = [subprocess.Popen(ingest_command(db, folder), stderr=subprocess.PIPE, text=True)
             for folder in (a, b)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    assert check(db) == []
    clean = new_store()
    subprocess.run(ingest_command(clean, a, b), check=True, capture_output=True)
    assert rows(db) == rows(clean)
    assert len(rows(db)["ids"]) == 60


def test_readers_during_writes(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, range(150))
    db = tmp_path / "w.db"
    proc = subprocess.Popen(ingest_command(db, corpus), stderr=subprocess.PIPE, text=True)
    while article_count(db) == 0 and proc.poll() is None:
        time.sleep(0.05)
    searches, hits, quotes_runs = 0, [], 0
    while proc.poll() is None:
        code = main(["search", "sanctions", "--db", str(db), "--json", "--limit", "1000"])
        out, err = capsys.readouterr()
        assert code == 0, err
        hits.append(len(out.splitlines()))
        searches += 1
        if searches % 5 == 1:
            code = main(["quotes", "--db", str(db), "--json", "--lexical-keys"])
            out, err = capsys.readouterr()
            assert code == 0, err
            quotes_runs += 1
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    assert searches >= 2 and quotes_runs >= 1
    assert hits == sorted(hits)  # a reader sees committed articles only, never fewer later
    assert hits[0] < 150
    assert check(db) == []


def _hold_lock(db: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db), str(seconds)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked", holder.stderr.read()
    return holder


def _has_open(pid: int, path: Path) -> bool:
    """Whether process ``pid`` has ``path`` open (Linux: /proc/PID/fd)."""
    target = str(path.resolve())
    try:
        return any(os.readlink(fd) == target for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:  # the process ended, or an fd closed while we looked
        return False


def test_writer_waits_for_a_lock_held_longer_than_the_busy_timeout(tmp_path):
    """Defect 10: a write lock held elsewhere for more than 5 s aborted the ingest (0 of 200
    stored); now the writes retry until the lock goes."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, range(10))
    db = tmp_path / "w.db"
    subprocess.run(ingest_command(db, corpus / "a0000.txt"), check=True, capture_output=True)
    holder = _hold_lock(db, 300)
    proc = subprocess.Popen(ingest_command(db, corpus), stderr=subprocess.PIPE, text=True)
    # the ingest opens the database once its model is loaded, and tries its first write right
    # after analysing its first article; the lock stays 10 s more (the old code gave up at 5)
    while proc.poll() is None and not _has_open(proc.pid, db):
        time.sleep(0.05)
    time.sleep(10)
    holder.communicate("release\n", timeout=60)
    assert holder.returncode == 0
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "read 10, stored 9, skipped as duplicate 1, failed 0" in err
    assert article_count(db) == 10
    assert check(db) == []


def test_lock_held_beyond_the_retries_stops_with_a_message_and_a_summary(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, range(200))
    db = tmp_path / "w.db"
    proc = subprocess.Popen(ingest_command(db, corpus, extra=("--lock-timeout", "3")),
                            stderr=subprocess.PIPE, text=True)
    while article_count(db) < 3 and proc.poll() is None:
        time.sleep(0.02)
    holder = _hold_lock(db, 120)
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    assert "the database is locked by another process" in err and "--lock-timeout" in err
    summary = next(line for line in err.splitlines() if "stopped after read" in line)
    stored = int(summary.split("stored ")[1].split(",")[0])
    assert 3 <= stored < 200
    assert article_count(db) == stored  # what was stored before the lock stays
    assert check(db) == []
