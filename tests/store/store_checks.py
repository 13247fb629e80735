"""What the crash and concurrency suites (and ``bench/crash.py``) check a database with, and
the small corpus and the ``wirecoder ingest`` subprocess they drive.

Plain functions, no fixtures, so the bench script can import them too. A database is a SQLite
file (a path) or a PostgreSQL database (a ``postgresql://`` URL).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

__all__ = [
    "article_count", "check", "ingest_command", "kill_runs", "rows", "write_corpus",
]

_COUNTRIES = ["Serbia", "Russia", "Hungary", "Croatia", "Bulgaria", "Romania", "Greece", "Turkey"]
_CHILD_TABLES = ("entities", "mentions", "quotes", "times", "statements")


def write_corpus(folder: Path, numbers: range) -> list[Path]:
    """One small article per number (``a0007.txt``): a quote, a speaker, a relative date.
    The same number gives the same text in any folder, hence the same article id."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        a, b = _COUNTRIES[i % len(_COUNTRIES)], _COUNTRIES[(i * 3 + 1) % len(_COUNTRIES)]
        text = (f"{a} will never impose sanctions on {b}, Foreign Minister Ivan Petrov{i} told "
                f"reporters in Belgrade on Friday. \"We remain partners with {b},\" Petrov{i} "
                f"said. Article number {i}.\n")
        path = folder / f"a{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def ingest_command(db: Path, *paths: Path, extra: tuple[str, ...] = ()) -> list[str]:
    """One ingest process (``--jobs 1``): the kill lands on the process that writes the store;
    worker processes (``--jobs N``) are covered by tests/engines/test_processes.py."""
    return [sys.executable, "-m", "wirecoder", "ingest", *map(str, paths), "--db", str(db),
            "--no-progress", "--published", "2024-09-06", "--jobs", "1", *extra]


def _is_url(db) -> bool:
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def _pg(db: str):
    import psycopg

    return psycopg.connect(db, autocommit=True)


def _read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True, timeout=10)


def article_count(db: Path) -> int:
    """Articles committed so far (0 while the file or its tables do not exist yet)."""
    if _is_url(db):
        import psycopg

        try:
            with _pg(db) as con:
                return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except psycopg.Error:
            return 0
    try:
        con = _read_only(db)
    except sqlite3.Error:
        return 0
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        con.close()


def check(db: Path) -> list[str]:
    """Every problem found: SQLite integrity, FTS index against its content, duplicated
    articles, rows of other tables whose article is gone. Empty when all is well."""
    if _is_url(db):
        return _check_pg(db)
    problems = []
    con = sqlite3.connect(db, timeout=30)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return []  # killed before its first migration committed: nothing half-made
        if not {"articles", "articles_fts", *_CHILD_TABLES} <= tables:
            return [f"partial schema: {sorted(tables)}"]
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:3]}")
        try:
            con.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        except sqlite3.DatabaseError as err:
            problems.append(f"fts integrity-check: {err}")
        dup = con.execute("SELECT count(*) - count(DISTINCT text) FROM articles").fetchone()[0]
        if dup:
            problems.append(f"{dup} duplicated article text(s)")
        fts = con.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        if fts != articles:
            problems.append(f"{fts} FTS documents for {articles} articles")
        for table in _CHILD_TABLES:
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            if orphans:
                problems.append(f"{orphans} {table} row(s) without their article")
    finally:
        con.close()
    return problems


def _check_pg(db: str) -> list[str]:
    """:func:`check` of a PostgreSQL store: the schema, every article in the full-text index,
    no duplicated article, no orphan rows (the server keeps its own integrity)."""
    problems = []
    with _pg(db) as con:
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        if not tables:
            return []
        if not {"articles", "wirecoder_schema", *_CHILD_TABLES} <= tables:
            return [f"partial schema: {sorted(tables)}"]
        dup = con.execute("SELECT count(*) - count(DISTINCT text) FROM articles").fetchone()[0]
        if dup:
            problems.append(f"{dup} duplicated article text(s)")
        dup_ids = con.execute("SELECT count(*) - count(DISTINCT id) FROM articles").fetchone()[0]
        if dup_ids:
            problems.append(f"{dup_ids} duplicated article id(s)")
        indexed, articles = con.execute(
            "SELECT count(*) FILTER (WHERE fts IS NOT NULL AND length(fts) > 0), count(*) "
            "FROM articles").fetchone()
        if indexed != articles:
            problems.append(f"{indexed} FTS documents for {articles} articles")
        for table in _CHILD_TABLES:
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            if orphans:
                problems.append(f"{orphans} {table} row(s) without their article")
    return problems


def rows(db: Path) -> dict[str, object]:
    """What two runs over the same inputs must agree on (not timestamps or sources)."""
    con = _pg(db) if _is_url(db) else _read_only(db)
    try:
        out: dict[str, object] = {
            "ids": sorted(r[0] for r in con.execute("SELECT id FROM articles")),
            "statements": sorted(tuple(r) for r in con.execute(
                "SELECT article_id, statement_id FROM statements")),
            "quotes": sorted(tuple(r) for r in con.execute(
                "SELECT q.article_id, q.quote_id, substr(a.text, CAST(q.start + 1 AS INTEGER), "
                'CAST(q."end" - q.start AS INTEGER)) '
                "FROM quotes q JOIN articles a ON a.id = q.article_id")),
        }
        for table in ("entities", "mentions", "times"):
            out[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out
    finally:
        con.close()


def kill_runs(
    command: list[str], db: Path, kills: int, rng: random.Random, *,
    early: float = 0.0, max_delay: float = 0.25, timeout: float = 120.0,
) -> Counter:
    """Start ``command`` (an ingest into ``db``) and SIGKILL it, ``kills`` times. A kill comes
    a random ``0..max_delay`` s after the run has stored a new article, or, with probability
    ``early``, at a random moment of its first 2.5 s (start-up, opening, migrating). After each
    kill the database is checked. Counts: kills, finished (a run that ended before its kill:
    the corpus was too small), lost (articles seen committed before a kill and missing after),
    duplicated, integrity failures; ``problems:...`` keys carry the messages."""
    stats: Counter = Counter(kills=0, finished=0, lost=0, duplicated=0, integrity_failures=0)
    for _ in range(kills):
        before = article_count(db)
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if rng.random() < early:
            time.sleep(rng.uniform(0.0, 2.5))
        else:
            deadline = time.monotonic() + timeout
            while proc.poll() is None and time.monotonic() < deadline:
                if article_count(db) > before:
                    break
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, max_delay))
        seen = article_count(db)
        if proc.poll() is not None:
            stats["finished"] += 1
            break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stats["kills"] += 1
        after = article_count(db)
        stats["lost"] += max(seen - after, 0)
        if not db.exists():
            continue  # killed before it created the file
        for problem in check(db):
            if "duplicated" in problem:
                stats["duplicated"] += int(problem.split()[0])
            else:
                stats["integrity_failures"] += 1
            stats[f"problem: {problem}"] += 1
    return stats
