from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.article import Article, normalize_text
from wirecoder.errors import StoreError
from wirecoder.records import Analysis, Entity
from wirecoder.spans import span_at
from wirecoder.store import APPLICATION_ID, SCHEMA_VERSION, Store, open_store


def _analysis(text: str, source: str = "x.txt") -> Analysis:
    art = Article(text=text, source=source)
    i = text.find("Serbia")
    ents = ()
    if i >= 0:
        ents = (Entity("e1", "COUNTRY", "Serbia", "SRB", None, (span_at(text, i, i + 6),)),)
    return Analysis(article=art, entities=ents)


# Upserts, search syntax, lone surrogates and a lock that outlasts the retries: in
# test_backends.py, on SQLite and PostgreSQL.


def test_schema_version_wal_and_fts(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.put(_analysis("Serbia will never impose sanctions on Russia, Vucic said."))
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    hits = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'sanctions'").fetchall()
    assert len(hits) == 1


def test_not_a_database(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(bad)


def test_newer_schema_refused(tmp_path):
    path = tmp_path / "w.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # as a newer wirecoder stamps it
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StoreError, match="upgrade wirecoder"):
        Store(path)


@settings(max_examples=40, deadline=None,  # a new PostgreSQL database per example
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=1, max_size=200).filter(str.strip), min_size=1, max_size=6))
def test_round_trip_property(new_store, texts):
    """On SQLite and PostgreSQL (where a NUL, which its text cannot hold, is stored as U+FFFD)."""
    db = new_store()
    with open_store(db) as store:
        for t in texts:
            store.put(_analysis(t))
        distinct = {Article(text=t).id for t in texts}
        assert store.counts()["articles"] == len(distinct)
        for t in texts:
            stored = store.analysis(Article(text=t).id)
            expected = normalize_text(t)
            if db.startswith("postgresql://"):
                expected = expected.replace("\x00", "\ufffd")
            assert normalize_text(stored.article.text) == expected


# ------------------------------------------------------------------------------ issue 8


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    from wirecoder.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _files(path) -> dict[str, tuple[bytes, int] | None]:
    """The database and its side files: bytes and mtime, None when absent."""
    out = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = path.with_name(path.name + suffix)
        out[suffix] = (p.read_bytes(), p.stat().st_mtime_ns) if p.exists() else None
    return out


def _filled(path, n: int = 3):
    with Store(path) as store:
        for i in range(n):
            store.put(_analysis(f"Serbia will never impose sanctions on Russia, story {i}."))
    return path


def _old_wirecoder_store(path, version: int = 1):
    """A file as a wirecoder from before the application_id stamp left it."""
    from wirecoder.store.sqlite import _MIGRATIONS as MIGRATIONS, _split_sql as split_sql

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for number in range(version):
        for statement in split_sql(MIGRATIONS[number]):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    art = Article(text="Serbia will never impose sanctions on Russia.", source="old.txt")
    db.execute("INSERT INTO articles (id, source, text, analysis, ingested_at) VALUES (?,?,?,?,?)",
               (art.id, art.source, art.text, "{}", "then"))
    db.close()
    return path


def test_ingest_of_a_file_name_that_is_not_utf8(tmp_path, capsys):
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Serbia will never impose sanctions on Russia, Vucic said.")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as handle:
        handle.write("Hungary will not send weapons to Ukraine, Orban said on Friday.")
    code, _, err = _run(capsys, "ingest", str(folder), "--db", str(tmp_path / "w.db"),
                        "--no-progress")
    assert code == 0, err
    assert "read 2, stored 2" in err


def _corrupt(path) -> None:
    """Overwrite every page after the first quarter of the file with garbage."""
    import random

    size = path.stat().st_size
    page = 4096
    rng = random.Random(9)
    with open(path, "r+b") as handle:
        for offset in range(max(size // 4 // page, 2) * page, size, page):
            handle.seek(offset)
            handle.write(bytes(rng.randrange(256) for _ in range(page)))


def test_corrupt_database_gives_a_message_not_a_traceback(tmp_path, capsys):
    """Defect 9 (store part): corrupted pages raised sqlite3.DatabaseError in search, quotes
    and positions."""
    path = tmp_path / "w.db"
    with Store(path) as store:
        for i in range(60):
            store.put(_analysis(f"Serbia will never impose sanctions on Russia, story {i}. " * 20))
    _corrupt(path)
    for argv in (["search", "sanctions"], ["quotes"], ["positions"]):
        code, out, err = _run(capsys, *argv, "--db", str(path))
        assert code == 2, (argv, err)
        assert "database disk image is malformed; restore it from a backup or re-ingest into " \
               "a new file" in err, (argv, err)
        assert err.count("\n") == 1 and str(path) in err
    with pytest.raises(StoreError, match="malformed"):
        with Store(path) as store:
            store.put(_analysis("Croatia will never impose sanctions on Russia."))
            store.counts()


def test_foreign_sqlite_file_is_refused_and_left_alone(tmp_path, capsys):
    """Defect 12: `search --db foreign.sqlite` added wirecoder's tables and switched it to WAL."""
    path = tmp_path / "foreign.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (body TEXT)")
    db.execute("INSERT INTO notes VALUES ('mine')")
    db.commit()
    db.close()
    before = _files(path)
    for argv in (["search", "x"], ["quotes"], ["positions"]):
        code, _, err = _run(capsys, *argv, "--db", str(path))
        assert code == 2 and "not a wirecoder store (tables: notes)" in err, err
    for readonly in (False, True):
        with pytest.raises(StoreError, match="not a wirecoder store"):
            Store(path, readonly=readonly)
    assert _files(path) == before


def test_sqlite_file_with_another_application_id_is_refused(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 42")
    db.execute("CREATE TABLE articles (x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a wirecoder store"):
        Store(path)


def test_non_sqlite_file_as_db(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("dear diary " * 100)
    code, _, err = _run(capsys, "search", "x", "--db", str(path))
    assert code == 2 and "not a SQLite database" in err and str(path) in err
    assert path.read_text() == "dear diary " * 100


def test_store_of_an_older_wirecoder_is_recognised_and_stamped(tmp_path):
    path = _old_wirecoder_store(tmp_path / "old.db", version=2)
    with Store(path) as store:
        assert store.counts()["articles"] == 1
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_read_commands_never_write(tmp_path, capsys):
    """Defect 11: every open set WAL mode and migrated, so a read-only database could not be
    searched. Read commands open ``?mode=ro``: the file, its mtime and its side files stay."""
    path = _filled(tmp_path / "w.db")
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=DELETE")  # as a copy from a read-only medium might be
    db.close()
    before = _files(path)
    assert before["-wal"] is None and before["-shm"] is None
    code, out, err = _run(capsys, "search", "sanctions", "--db", str(path), "--json")
    assert code == 0 and len(out.splitlines()) == 3, err
    code, _, err = _run(capsys, "quotes", "--db", str(path))
    assert code == 0, err
    code, _, err = _run(capsys, "positions", "--db", str(path))
    assert code == 2 and "no statements stored" in err  # read, and said so
    assert _files(path) == before
    with Store(path, readonly=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.put(_analysis("Croatia will never impose sanctions on Russia."))
    assert _files(path) == before


def test_read_only_open_of_an_older_schema(tmp_path, capsys):
    path = _old_wirecoder_store(tmp_path / "old.db", version=1)
    before = _files(path)
    code, out, err = _run(capsys, "search", "sanctions", "--db", str(path), "--json")
    assert code == 0 and len(out.splitlines()) == 1, err  # search needs nothing newer
    code, _, err = _run(capsys, "quotes", "--db", str(path))
    assert code == 2 and "schema version 1 is older" in err and "wirecoder ingest" in err
    assert _files(path)[""] == before[""]
    with Store(path) as store:  # a write open migrates it
        assert store.quotes() == []


def test_empty_file_is_a_new_store_but_not_readable(tmp_path, capsys):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    code, _, err = _run(capsys, "search", "x", "--db", str(path))
    assert code == 2 and "empty database" in err and "wirecoder ingest" in err
    with Store(path) as store:
        assert store.counts()["articles"] == 0


def test_statements_and_quotes_stream_with_repeated_values_shared(tmp_path):
    import wirecoder

    texts = [f"Serbia will never impose sanctions on Russia, President Aleksandar Vucic said "
             f"on Tuesday in story {n}. \u201cWe will not be intimidated by anyone,\u201d Vucic "
             "told reporters." for n in range(3)]
    path = tmp_path / "s.db"
    with Store(path) as store:
        for n, a in enumerate(wirecoder.analyze_many(texts)):
            store.put(Analysis(a.article.with_(outlet="Tanjug", published="2022-03-0" + str(n + 1),
                                               source=f"s{n}.txt"),
                               a.entities, a.quotes, a.times, a.statements, a.events))
    with Store(path, readonly=True) as store:
        stream = store.iter_statements()
        assert iter(stream) is stream  # a stream, not a list read whole
        rows = list(stream)
        assert rows == store.statements() and len(rows) >= 3
        assert len({id(r.outlet) for r in rows}) == 1 and rows[0].outlet == "Tanjug"
        assert len({id(r.proposition_key) for r in rows}) == len({r.proposition_key for r in rows})
        quotes = store.quotes()
        assert len(quotes) >= 6
        assert len({id(q.outlet) for q in quotes}) == 1
        stock = [q.text for q in quotes if "intimidated" in q.text]
        assert len(stock) == 3 and len({id(t) for t in stock}) == 1
