"""The store on both backends (issue 13, item 4): every test that takes ``store_url`` runs on a
SQLite file and on a real PostgreSQL server (tests/store/conftest.py), through the same
:func:`wirecoder.store.open_store` and the same commands."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import create_database
from .pg_server import PgServer
from .store_checks import write_corpus
from .test_store import _analysis

from wirecoder.article import Article
from wirecoder.cli import main
from wirecoder.errors import StoreError
from wirecoder.records import Analysis
from wirecoder.store import APPLICATION_ID, SCHEMA_VERSION, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "positions" / "articles"


def _is_pg(db: str) -> bool:
    return db.startswith("postgresql://")


def _sql(db: str, *statements: str) -> list[list[tuple]]:
    """Run ``statements`` on the backend itself (not through wirecoder); their rows."""
    if _is_pg(db):
        import psycopg

        with psycopg.connect(db, autocommit=True) as con:
            out = []
            for s in statements:
                cur = con.execute(s)
                out.append([tuple(r) for r in cur.fetchall()] if cur.description else [])
            return out
    con = sqlite3.connect(db, isolation_level=None)
    try:
        return [con.execute(s).fetchall() for s in statements]
    finally:
        con.close()


def _version(db: str) -> int:
    sql = "SELECT version FROM wirecoder_schema" if _is_pg(db) else "PRAGMA user_version"
    return _sql(db, sql)[0][0][0]


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- the store interface ---------------------------------------------------------------------


def test_a_new_store_is_migrated_and_searchable(store_url):
    analysis = _analysis("Serbia will never impose sanctions on Russia, Vucic said.")
    with open_store(store_url) as store:
        store.put(analysis)
    assert _version(store_url) == SCHEMA_VERSION
    with open_store(store_url, readonly=True) as store:
        assert store.version == SCHEMA_VERSION
        hits = list(store.search("sanctions"))
        assert [h.id for h in hits] == [analysis.article.id]
        assert "[sanctions]" in hits[0].snippet
        assert store.analysis(analysis.article.id) == analysis
        assert store.analysis("no-such-id") is None


def test_upsert_by_article_id_is_idempotent(store_url):
    with open_store(store_url) as store:
        for _ in range(3):
            store.put(_analysis("Serbia will never impose sanctions on Russia."))
        counts = store.counts()
    assert counts["articles"] == 1 and counts["entities"] == 1 and counts["mentions"] == 1
    with open_store(store_url) as store:  # reopening migrates nothing and loses nothing
        assert store.counts() == counts
        assert len(list(store.search("sanctions"))) == 1


def test_search_is_all_words_whatever_the_syntax(store_url):
    with open_store(store_url) as store:
        store.put(_analysis('He said "no" to the EU-Serbia deal: AND OR NEAR.'))
        store.put(_analysis("Vučić said no to the deal."))
        assert [h.snippet for h in store.search('"no" EU-Serbia')]
        assert len(list(store.search("AND OR NEAR"))) == 1  # operators are searched as words
        assert len(list(store.search("deal"))) == 2
        assert len(list(store.search("deal absentword"))) == 0  # every word must match
        assert len(list(store.search("VUCIC"))) == 1  # case and diacritics folded
        assert list(store.search("  ")) == []
        assert list(store.search("absentword")) == []
        assert len(list(store.search("deal", limit=1))) == 1
        assert len(list(store.search("deal", limit=-1))) == 2  # negative: no limit


def test_find_articles_filters_pages_and_counts(store_url):
    texts = [("Serbia will never impose sanctions on Russia, story one.", "AFP", "2024-09-06"),
             ("Hungary will never impose sanctions on Russia, story two.", "Reuters", "2024-10-01"),
             ("Croatia will impose sanctions on Russia, story three.", "afp", "2024-10-02"),
             ("Greece says nothing about sanctions, story four.", None, None)]
    with open_store(store_url) as store:
        for i, (text, outlet, published) in enumerate(texts):
            a = _analysis(text, source=f"{i}.txt")
            store.put(Analysis(article=a.article.with_(outlet=outlet, published=published),
                               entities=a.entities))
        hits, total = store.find_articles("sanctions", outlet="AFP")  # outlet: case folded
        assert total == 2 and sorted(h.source for h in hits) == ["0.txt", "2.txt"]
        hits, total = store.find_articles(None, since="2024-10-01", until="2024-10-01")
        assert total == 1 and hits[0].source == "1.txt"
        hits, total = store.find_articles(None, limit=2, offset=1)  # newest first, undated last
        assert total == 4 and [h.source for h in hits] == ["1.txt", "0.txt"]
        assert store.find_articles("sanctions never")[1] == 2
        assert store.find_articles("   ") == ([], 0)
        assert store.article_counts(None, by="month") == [("2024-09", 1), ("2024-10", 2),
                                                          (None, 1)]
        assert store.article_counts("never", by="day") == [("2024-09-06", 1), ("2024-10-01", 1)]
        assert sorted(store.outlets()) == sorted([("AFP", 1), ("Reuters", 1), ("afp", 1)])


def test_lone_surrogates_and_nul_characters_are_stored(store_url):
    """Lone surrogates (file names that are not UTF-8) become U+FFFD on both backends; a NUL
    (which PostgreSQL's text cannot hold) becomes U+FFFD there, one character for one, so every
    offset stays right."""
    import os

    source = os.fsdecode(b"bad-\xff\xfe-name.txt")
    text = "Serbia will never impose sanctions on Russia,\x00 Vucic said."
    with open_store(store_url) as store:
        analysis = _analysis(text, source=source)
        analysis = Analysis(article=analysis.article.with_(title="A \ud83d title"),
                            entities=analysis.entities)
        store.put(analysis)
        store.record_failure(source + "\udc80", "cannot read it")
        stored = store.analysis(analysis.article.id)
        assert [(h.source, h.title) for h in store.search("sanctions")] == [
            ("bad-\ufffd\ufffd-name.txt", "A \ufffd title")]
        assert store.counts()["failures"] == 1
    assert stored.article.title == "A \ufffd title"
    expected = analysis.article.text
    if _is_pg(store_url):
        expected = expected.replace("\x00", "\ufffd")
    assert stored.article.text == expected
    for entity in stored.entities:
        for m in entity.mentions:
            assert stored.article.text[m.start:m.end] == m.text == "Serbia"


def test_a_read_only_store_refuses_writes(store_url):
    with open_store(store_url) as store:
        store.put(_analysis("Serbia will never impose sanctions on Russia."))
    with open_store(store_url, readonly=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.put(_analysis("Croatia will never impose sanctions on Russia."))
        assert store.counts()["articles"] == 1


def test_an_empty_store_is_not_readable_but_writable(store_url, capsys):
    if not _is_pg(store_url):
        Path(store_url).write_bytes(b"")
    code, _, err = _run(capsys, "search", "x", "--db", store_url)
    assert code == 2 and "empty database" in err and "wirecoder ingest" in err, err
    assert err.count("\n") == 1
    with open_store(store_url) as store:
        assert store.counts()["articles"] == 0


def test_a_newer_schema_is_refused(store_url):
    open_store(store_url).close()
    if _is_pg(store_url):
        _sql(store_url, f"UPDATE wirecoder_schema SET version = {SCHEMA_VERSION + 5}")
    else:
        _sql(store_url, f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    for readonly in (False, True):
        with pytest.raises(StoreError, match="upgrade wirecoder"):
            open_store(store_url, readonly=readonly)


def test_a_foreign_database_is_refused_and_left_alone(store_url, capsys):
    _sql(store_url, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('mine')")
    for argv in (["search", "x"], ["quotes"], ["positions"]):
        code, _, err = _run(capsys, *argv, "--db", store_url)
        assert code == 2 and "not a wirecoder store (tables: notes)" in err, err
    for readonly in (False, True):
        with pytest.raises(StoreError, match="not a wirecoder store"):
            open_store(store_url, readonly=readonly)
    tables = ("SELECT table_name FROM information_schema.tables "
              "WHERE table_schema = current_schema()" if _is_pg(store_url)
              else "SELECT name FROM sqlite_master")
    assert _sql(store_url, tables, "SELECT body FROM notes") == [[("notes",)], [("mine",)]]


def test_a_write_lock_that_outlasts_the_timeout(store_url):
    with open_store(store_url) as store:
        store.put(_analysis("Serbia will never impose sanctions on Russia."))
    if _is_pg(store_url):
        import psycopg

        holder = psycopg.connect(store_url, autocommit=True)
        holder.execute("BEGIN")
        holder.execute("LOCK TABLE articles IN EXCLUSIVE MODE")  # writes wait, reads go on
    else:
        holder = sqlite3.connect(store_url, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    try:
        with open_store(store_url, lock_timeout=0.5) as store:
            with pytest.raises(StoreError, match="locked by another process.*--lock-timeout"):
                store.put(_analysis("Croatia will never impose sanctions on Russia."))
            assert store.counts()["articles"] == 1  # reads go on under a writer's lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(store_url) as store:  # and once the lock is gone, the write goes through
        store.put(_analysis("Croatia will never impose sanctions on Russia."))
        assert store.counts()["articles"] == 2


# -- the commands on a store -----------------------------------------------------------------


def test_commands_on_a_store(store_url, tmp_path, capsys):
    write_corpus(tmp_path / "in", range(5))
    code, _, err = _run(capsys, "ingest", str(tmp_path / "in"), "--db", store_url,
                        "--no-progress", "--published", "2024-09-06", "--jobs", "1")
    assert code == 0 and "stored 5" in err, err
    code, out, err = _run(capsys, "search", "sanctions", "Petrov3", "--db", store_url, "--json")
    assert code == 0, err
    hits = [json.loads(line) for line in out.splitlines()]
    assert [h["source"] for h in hits] == [str(tmp_path / "in" / "a0003.txt")]
    code, out, err = _run(capsys, "quotes", "--db", store_url, "--json", "--all")
    assert code == 0, err
    quotes = [json.loads(line) for line in out.splitlines()]
    assert len(quotes) == 10 and {q["speaker"] for q in quotes} == {
        f"Ivan Petrov{i}" for i in range(5)}
    code, out, err = _run(capsys, "positions", "--db", store_url, "--json")
    assert code == 0, err
    positions = [json.loads(line) for line in out.splitlines()]
    assert any(p["stance"] == "against" for p in positions) and len(positions) >= 5
    code, _, err = _run(capsys, "ingest", str(tmp_path / "in"), "--db", store_url,
                        "--no-progress", "--published", "2024-09-06", "--jobs", "1")
    assert code == 0 and "stored 0, skipped as duplicate 5" in err, err


def test_postgresql_answers_as_sqlite(tmp_path, pg_server: PgServer, capsys):
    """The same articles ingested into SQLite and into PostgreSQL: the cross-article commands
    and the exports print the same; search finds the same articles."""
    sqlite_db = str(tmp_path / "w.db")
    pg_db = create_database(pg_server, "wirecoder_same_answers")
    outputs = {}
    for db in (sqlite_db, pg_db):
        code, _, err = _run(capsys, "ingest", str(FIXTURES), "--db", db, "--no-progress",
                            "--jobs", "1")
        assert code == 0, err
        runs = {}
        for argv in (["quotes", "--json", "--all"], ["positions", "--json"],
                     ["shifts", "--json"], ["timeline", "--actor", "Poland", "--json"],
                     ["export", "statements", "--format", "jsonl"],
                     ["export", "quotes", "--format", "csv"]):
            code, out, err = _run(capsys, *argv, "--db", db)
            assert code in (0, 1), (argv, err)
            runs[" ".join(argv)] = (code, out)
        code, out, err = _run(capsys, "search", "border", "--db", db, "--json")
        assert code == 0, err
        runs["search"] = sorted(json.loads(line)["id"] for line in out.splitlines())
        outputs[db] = runs
    assert outputs[sqlite_db]["search"]
    assert len(outputs[sqlite_db]["quotes --json --all"][1].splitlines()) > 5
    for name, answer in outputs[sqlite_db].items():
        assert outputs[pg_db][name] == answer, name


# -- what an unreachable server or a bad URL says ----------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("argv", [["search", "x"], ["quotes"], ["positions"],
                                  ["timeline", "--actor", "Serbia"],
                                  ["export", "quotes", "--format", "csv"], ["ingest", "."]])
def test_an_unreachable_server_is_one_line_without_the_password(argv, capsys):
    url = f"postgresql://reader:s3cr3t@127.0.0.1:{_free_port()}/news"
    code, out, err = _run(capsys, *argv, "--db", url)
    assert code == 2 and out == ""
    assert err.count("\n") == 1, err
    assert "s3cr3t" not in err and f"postgresql://reader:***@127.0.0.1:" in err, err
    assert "cannot connect to the PostgreSQL server" in err and "Connection refused" in err, err


@pytest.mark.parametrize("url, says", [
    ("postgresql://u:pw9@127.0.0.1:notaport/db", "not a valid PostgreSQL URL"),
    ("postgres://u:pw9@127.0.0.1:5432/db?nosuchoption=1", "not a valid PostgreSQL URL"),
    ("postgresql://u:pw9@[::1/db", "not a valid PostgreSQL URL"),
    ("postgresql://u@127.0.0.1:5432/db?password=pw9&sslmode=nonsense", "not a valid PostgreSQL URL"),
])
def test_a_bad_url_is_one_line_without_the_password(url, says, capsys):
    code, _, err = _run(capsys, "search", "x", "--db", url)
    assert code == 2 and says in err and err.count("\n") == 1, err
    assert "pw9" not in err


def test_a_missing_database_says_so(pg_server: PgServer, capsys):
    url = pg_server.url("no_such_database")
    code, _, err = _run(capsys, "quotes", "--db", url)
    assert code == 2 and 'database "no_such_database" does not exist' in err, err
    assert err.count("\n") == 1


def test_no_traceback_from_a_real_process():
    url = f"postgresql://reader:s3cr3t@127.0.0.1:{_free_port()}/news"
    run = subprocess.run([sys.executable, "-m", "wirecoder", "search", "x", "--db", url],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and "s3cr3t" not in run.stderr


def test_processes_opening_one_new_postgresql_database_at_once_migrate_it_once(pg_server):
    """The advisory lock: four processes opening one new database at the same instant."""
    url = create_database(pg_server, "wirecoder_opened_at_once")
    opener = ("import sys, time\n"
              "from wirecoder.store import open_store\n"
              "time.sleep(max(float(sys.argv[2]) - time.time(), 0))\n"
              "open_store(sys.argv[1]).close()\n")
    import time

    start = str(time.time() + 3)
    procs = [subprocess.Popen([sys.executable, "-c", opener, url, start], stderr=subprocess.PIPE,
                              text=True) for _ in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert _sql(url, "SELECT application_id, version FROM wirecoder_schema") == [
        [(APPLICATION_ID, SCHEMA_VERSION)]]


def test_stores_in_two_schemas_of_one_database_are_apart(pg_server: PgServer):
    """A shared server: one database, a store per schema (``options=-csearch_path=…`` in the
    URL); each has its own tables, collation and text search configuration."""
    base = create_database(pg_server, "wirecoder_two_schemas")
    _sql(base, "CREATE SCHEMA team_a", "CREATE SCHEMA team_b")
    urls = {name: f"{base}?options=-csearch_path%3D{name}" for name in ("team_a", "team_b")}
    with open_store(urls["team_a"]) as store:
        store.put(_analysis("Vučić will never impose sanctions on Russia."))
    with open_store(urls["team_b"]) as store:
        store.put(_analysis("Orbán will never impose sanctions on Russia."))
        store.put(_analysis("Fico will never impose sanctions on Russia."))
    for name, expected in (("team_a", ["vucic"]), ("team_b", ["orban", "fico"])):
        with open_store(urls[name], readonly=True) as store:
            assert store.counts()["articles"] == len(expected)
            for word in ("vucic", "orban", "fico"):  # accents folded in every schema
                assert len(list(store.search(word))) == (word in expected), (name, word)


def test_the_web_app_sees_articles_stored_after_it_started(store_url, tmp_path, capsys):
    # its caches are keyed by the store's state: a file's size and time, a server store's rows
    from wirecoder.web.data import Data

    write_corpus(tmp_path / "first", range(2))
    write_corpus(tmp_path / "then", range(2, 4))
    ingest = ("--db", store_url, "--no-progress", "--published", "2024-09-06", "--jobs", "1")
    assert _run(capsys, "ingest", str(tmp_path / "first"), *ingest)[0] == 0
    data = Data(store_url)
    assert {q.speaker for q in data.quotes(all_copies=True)} == {"Ivan Petrov0", "Ivan Petrov1"}
    assert _run(capsys, "ingest", str(tmp_path / "then"), *ingest)[0] == 0
    assert {q.speaker for q in data.quotes(all_copies=True)} == {
        f"Ivan Petrov{i}" for i in range(4)}


def test_a_damaged_stored_analysis_is_named_skipped_and_repaired_by_a_forced_ingest(
        store_url, capsys):
    """One article's stored analysis is garbage (a disk or hand edit): ``export`` names that
    article and its source, writes every other article's rows, exits 1, and no traceback shows;
    ``ingest --force`` of that source replaces the row and the export is whole again."""
    import zlib

    sources = sorted(FIXTURES.glob("*.txt"))[:3]
    assert _run(capsys, "ingest", *map(str, sources), "--db", store_url, "--no-progress")[0] == 0
    code, whole, _ = _run(capsys, "export", "quotes", "--db", store_url, "--format", "jsonl")
    assert code == 0
    whole_rows = [json.loads(line) for line in whole.splitlines()]
    victim = whole_rows[0]["article_id"]
    victim_source = whole_rows[0]["source"]
    garbage = zlib.compress(b"not json")
    if _is_pg(store_url):
        import psycopg

        with psycopg.connect(store_url, autocommit=True) as con:
            con.execute("UPDATE articles SET analysis = %s WHERE id = %s", (garbage, victim))
    else:
        con = sqlite3.connect(store_url, isolation_level=None)
        con.execute("UPDATE articles SET analysis = ? WHERE id = ?", (garbage, victim))
        con.close()

    code, out, err = _run(capsys, "export", "quotes", "--db", store_url, "--format", "jsonl")
    assert code == 1
    assert "Traceback" not in err and "internal error" not in err
    assert victim in err and victim_source in err and "ingest --force" in err
    kept = [json.loads(line) for line in out.splitlines()]
    assert kept == [r for r in whole_rows if r["article_id"] != victim] and kept
    code, _, err = _run(capsys, "export", "events", "--db", store_url, "--format", "plover")
    assert code == 1 and victim in err
    with open_store(store_url, readonly=True) as store, pytest.raises(StoreError, match=victim):
        store.analysis(victim)

    assert _run(capsys, "ingest", victim_source, "--db", store_url, "--no-progress",
                "--force")[0] == 0
    assert _run(capsys, "export", "quotes", "--db", store_url, "--format", "jsonl")[:2] \
        == (0, whole)
