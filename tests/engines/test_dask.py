"""``ingest --engine dask``: a real Dask LocalCluster (two worker processes, shared by the tests
of this module through ``--scheduler``, and one run of the default local cluster), the real
pipeline, real SQLite and Parquet: the same rows as a plain ingest, shards that hold the flat
records, resume without duplicates, failures recorded, a clear error for a scheduler that is
not there."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import dask
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from wirecoder.analysis import load_pipeline
from wirecoder.cli import main
from wirecoder.config import Config
from wirecoder.errors import ModelError, WirecoderError
from wirecoder.engines.dask import ARTICLE_COLUMNS, SHARD_TABLES, DaskAnalyzer
from wirecoder.export.store_rows import EVENT_COLUMNS, INTEGER_COLUMNS, event_rows
from wirecoder.export.tables import COLUMNS, to_records
from wirecoder.readers import Failure
from wirecoder.records import Analysis
from wirecoder.store import Store
from wirecoder.store.ingest import read_articles

# wire copy in the agencies' shape: dateline, attributed quotes, relative dates (our own words)
WIRE = {
    "w1.txt": (
        "BELGRADE, Sept 6 (Reuters) - Serbia will not impose sanctions on Russia, President "
        "Aleksandar Vucic said on Friday, rejecting renewed calls from Brussels.\n\n"
        "\"We will never join the sanctions against Moscow,\" Vucic told reporters after a "
        "meeting with the government. He said the decision would be reviewed next month.\n"
    ),
    "w2.txt": (
        "BRUSSELS (AP) — The European Commission urged Serbia on Thursday to align its foreign "
        "policy with the bloc, a spokesman said.\n\n"
        "\"Candidate countries are expected to follow our common positions,\" spokesman Peter "
        "Stano said. Officials will meet again on Monday.\n"
    ),
    "w3.txt": (
        "KYIV, Sept 5 (Reuters) - Ukraine's foreign minister Dmytro Kuleba said on Wednesday that "
        "Kyiv needed more air defence systems before winter.\n\n"
        "\"Every day without them costs lives,\" Kuleba said in a statement. NATO ministers are "
        "due to discuss the request in October.\n"
    ),
    "w4.txt": (
        "MOSCOW (AFP) - Kremlin spokesman Dmitry Peskov said on Tuesday that Russia saw no "
        "grounds for talks with the West at present.\n\n"
        "\"There is nothing to discuss until our concerns are heard,\" Peskov told journalists. "
        "He added that President Vladimir Putin would travel to China next week.\n"
    ),
    "w5.txt": (
        "BERLIN, Sept 4 (Reuters) - German Chancellor Olaf Scholz said on Monday that Germany "
        "would keep supporting Ukraine for as long as necessary.\n\n"
        "\"We will not waver,\" Scholz said at a news conference in Berlin, adding that a new "
        "aid package would be agreed in the coming weeks.\n"
    ),
    "w6.txt": (
        "ANKARA (AP) — Turkey's President Recep Tayyip Erdogan said on Saturday that Ankara was "
        "ready to host new talks between Russia and Ukraine.\n\n"
        "\"Our door is open to both sides,\" Erdogan said in Istanbul. Diplomats said a first "
        "round could take place in November.\n"
    ),
}

TABLES = ("entities", "mentions", "quotes", "times", "statements", "failures")


def _folder(path: Path, *, failures: bool = True) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, text in WIRE.items():
        (path / name).write_text(text, encoding="utf-8")
    if failures:
        (path / "empty.txt").write_text("", encoding="utf-8")  # fails while reading (here)
        # refused by the work budget (a run of 400 symbols): fails on a Dask worker
        (path / "symbols.txt").write_text("MOSCOW (Reuters) - " + "&" * 400 + " said.\n", encoding="utf-8")
    return path


def _rows(db: Path) -> dict[str, list]:
    """Every row of every table, less the timestamps (articles in the order stored)."""
    con = sqlite3.connect(db)
    try:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "seen_at"]
            out[table] = sorted(con.execute(f"SELECT {', '.join(map(repr, columns))} FROM {table}"))
        columns = [r[1] for r in con.execute("PRAGMA table_info(articles)") if r[1] != "ingested_at"]
        out["articles"] = list(con.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY pk"))
        return out
    finally:
        con.close()


def _without_pk(rows: dict[str, list]) -> dict[str, list]:
    """The rows with the articles' pk left out and in any order (a rerun stores anew)."""
    return {**rows, "articles": sorted(r[1:] for r in rows["articles"])}


def _ingest(folder: Path, db: Path, *extra: str) -> int:
    return main(["ingest", str(folder), "--db", str(db), "--no-progress", *extra])


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0",
                      scheduler_kwargs={"dashboard": False}) as c:
        yield c


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """The folder and the store of a plain ingest (one process) of it."""
    root = tmp_path_factory.mktemp("plain")
    folder = _folder(root / "in")
    db = root / "plain.db"
    assert _ingest(folder, db, "--jobs", "1") == 1  # two inputs fail
    return folder, db


def _shard_rows(folder: Path, table: str) -> list[dict]:
    files = sorted((folder / table).glob("part-*.parquet"))
    assert files
    return [r for f in files for r in pq.read_table(f).to_pylist()]


def test_dask_ingest_stores_the_same_rows_as_a_plain_ingest(cluster, plain, tmp_path, capsys):
    folder, plain_db = plain
    db = tmp_path / "dask.db"
    assert _ingest(folder, db, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                   "--chunk", "2") == 1
    err = capsys.readouterr().err
    assert f"scheduler {cluster.scheduler_address} with 2 worker(s)" in err
    assert "read 7, stored 6, skipped as duplicate 0, failed 2" in err
    assert "empty.txt" in err and "symbols.txt" in err

    expected, got = _rows(plain_db), _rows(db)
    assert len(expected["articles"]) == 6 and expected["quotes"] and expected["statements"]
    assert len(expected["failures"]) == 2
    assert got == expected


def test_the_shards_hold_the_flat_records_of_the_stored_analyses(cluster, plain, tmp_path, capsys):
    folder, _ = plain
    db = tmp_path / "dask.db"
    shards = tmp_path / "shards"
    _ingest(folder, db, "--engine", "dask", "--scheduler", cluster.scheduler_address,
            "--chunk", "2", "--shards", str(shards))
    capsys.readouterr()
    assert sorted(p.name for p in shards.iterdir()) == sorted(SHARD_TABLES)
    with Store(db, readonly=True) as store:
        analyses = sorted(store.analyses(), key=lambda a: a.article.id)
    by_id = lambda rows: sorted(rows, key=lambda r: (r["article_id"], json.dumps(r, default=str)))  # noqa: E731
    for table in SHARD_TABLES[:-1]:
        rows = _shard_rows(shards, table)
        columns = EVENT_COLUMNS if table == "events" else COLUMNS[table]
        want = [r for a in analyses for r in event_rows(a)] if table == "events" else to_records(analyses, table)
        for f in (shards / table).glob("*.parquet"):
            assert tuple(pq.read_schema(f).names) == columns
        assert by_id(rows) == by_id(want), table
        assert rows or table in ("events", "embeds")  # no page with an embedded post here
    schema = pq.read_schema(next((shards / "quotes").glob("*.parquet")))
    assert str(schema.field("start").type) == "int64" and "start" in INTEGER_COLUMNS
    articles = _shard_rows(shards, "articles")
    assert tuple(articles[0]) == ARTICLE_COLUMNS
    ids = [r["article_id"] for r in articles]
    assert sorted(ids) == [a.article.id for a in analyses]  # each article in one shard only
    assert all(isinstance(r["analysis"], bytes) for r in articles)


def test_the_articles_shard_has_every_column_of_the_stores_articles_table(cluster, tmp_path, capsys):
    """Schema 8's ``authors`` too: the shard's article rows hold what the store's rows hold."""
    folder = _folder(tmp_path / "in", failures=False)
    (folder / "byline.txt").write_text("By Dana Whitfield and Omar Haddad\n\n" + WIRE["w1.txt"]
                                       .replace("Friday", "Thursday"), encoding="utf-8")
    (folder / "wire.jsonl").write_text(json.dumps({
        "text": WIRE["w3.txt"].replace("Wednesday", "Tuesday"), "authors": ["Ana Ruiz"],
        "outlet": "Reuters", "url": "https://example.org/kyiv", "title": "Kyiv"}) + "\n", encoding="utf-8")
    db, shards = tmp_path / "news.db", tmp_path / "shards"
    assert _ingest(folder, db, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                   "--chunk", "3", "--shards", str(shards)) == 0
    capsys.readouterr()
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    stored = {r["id"]: dict(r) for r in con.execute("SELECT * FROM articles")}
    con.close()
    assert len(stored) == len(WIRE) + 2
    shard = {r["article_id"]: r for r in _shard_rows(shards, "articles")}
    assert shard.keys() == stored.keys()
    columns = {"article_id" if c == "id" else c for c in next(iter(stored.values()))} - {"pk", "ingested_at"}
    assert "authors" in columns and columns <= set(ARTICLE_COLUMNS)
    for article_id, row in stored.items():
        for column in columns - {"article_id", "analysis"}:  # the analysis is packed otherwise
            assert shard[article_id][column] == row[column], (article_id, column)
    by_authors = sorted(json.loads(r["authors"]) for r in shard.values() if r["authors"])
    assert by_authors == [["Ana Ruiz"], ["Dana Whitfield", "Omar Haddad"]]
    assert sum(r["authors"] is None for r in shard.values()) == len(WIRE)


# a page with a post embedded in it (our own words)
EMBED_PAGE = """<!doctype html><html><head><title>Harbour ferry fares to rise</title>
<meta property="og:site_name" content="Bayside Courier"></head><body><article>
<h1>Harbour ferry fares to rise</h1>
<p>Ferry fares across the harbour will rise by a fifth in April, the transport board said on
Tuesday.</p>
<blockquote class="twitter-tweet"><p lang="en">Fares go up, service goes down. We will fight
this.</p>&mdash; Tomas Reyler (@reyler_tomas)
<a href="https://twitter.example/reyler_tomas/status/1">March 3, 2026</a></blockquote>
<p>Commuter groups said they would ask the council to review the decision.</p>
</article></body></html>
"""


def test_the_shards_have_the_embeds_table_that_export_embeds_gives(cluster, tmp_path, capsys):
    """Session 8: the shards had no ``embeds`` table, so a Dask run's Parquet lacked the posts
    embedded in its pages that ``wirecoder export embeds`` gives from the store."""
    folder = _folder(tmp_path / "in", failures=False)
    (folder / "ferry.html").write_text(EMBED_PAGE, encoding="utf-8")
    db, shards = tmp_path / "news.db", tmp_path / "shards"
    assert _ingest(folder, db, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                   "--chunk", "2", "--shards", str(shards)) == 0
    capsys.readouterr()
    rows = _shard_rows(shards, "embeds")
    for f in (shards / "embeds").glob("*.parquet"):
        assert tuple(pq.read_schema(f).names) == COLUMNS["embeds"]
    assert len(rows) == 1 and rows[0]["handle"] == "@reyler_tomas"
    assert rows[0]["text"].startswith("Fares go up")
    out = tmp_path / "embeds.jsonl"
    assert main(["export", "embeds", "--db", str(db), "--format", "jsonl", "-o", str(out)]) == 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert exported == rows


def test_a_second_run_skips_what_is_stored_and_an_interrupted_one_resumes_from_its_shards(
        cluster, plain, tmp_path, capsys):
    # the store and its shards (default: news.db.shards) inside the folder ingested: they are
    # not read as articles by the next runs
    folder = _folder(tmp_path / "in")
    db, shards = folder / "news.db", folder / "news.db.shards"
    run = ("--engine", "dask", "--scheduler", cluster.scheduler_address, "--chunk", "2")
    assert _ingest(folder, db, *run) == 1
    capsys.readouterr()
    first = _rows(db)
    files = {p: p.stat().st_mtime_ns for p in shards.rglob("*.parquet")}
    assert len(files) == 4 * len(SHARD_TABLES)  # 7 articles to analyse in chunks of 2

    assert _ingest(folder, db, *run) == 1
    assert "read 7, stored 0, skipped as duplicate 6, failed 2" in capsys.readouterr().err
    assert _rows(db) == first
    assert {p: p.stat().st_mtime_ns for p in shards.rglob("*.parquet")} == files

    # a run interrupted after its shards were written, before it stored their articles: the
    # rerun stores them from the shards, analyses nothing again and writes no new shard
    con = sqlite3.connect(db)
    gone = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY pk DESC LIMIT 3")]
    con.execute("PRAGMA foreign_keys = ON")
    con.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in gone])
    con.commit()
    con.close()
    assert _ingest(folder, db, *run) == 1
    assert "read 7, stored 3, skipped as duplicate 3, failed 2" in capsys.readouterr().err
    assert {p: p.stat().st_mtime_ns for p in shards.rglob("*.parquet")} == files
    assert _without_pk(_rows(db)) == _without_pk(first)
    articles = _shard_rows(shards, "articles")
    assert len(articles) == len({r["article_id"] for r in articles}) == 6  # no duplicate

    # --force analyses everything again: shards replaced, still one row per article
    assert _ingest(folder, db, *run, "--force") == 1
    assert "stored 6" in capsys.readouterr().err
    articles = _shard_rows(shards, "articles")
    assert len(articles) == len({r["article_id"] for r in articles}) == 6
    assert not list(shards.rglob("*.part"))


def test_the_default_local_cluster_gives_the_same_rows(plain, tmp_path, capsys):
    folder, plain_db = plain
    db = tmp_path / "local.db"
    assert _ingest(folder, db, "--engine", "dask", "--jobs", "2", "--chunk", "3") == 1
    err = capsys.readouterr().err
    assert "a local cluster of 2 worker process(es)" in err
    assert (tmp_path / "local.db.shards" / "articles").is_dir()
    assert _rows(db) == _rows(plain_db)


def _refused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_a_clear_error(plain, tmp_path, capsys):
    folder, _ = plain
    address = f"tcp://127.0.0.1:{_refused_port()}"
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        status = _ingest(folder, tmp_path / "x.db", "--engine", "dask", "--scheduler", address)
    err = capsys.readouterr().err
    assert status == 2
    assert f"cannot reach the Dask scheduler at {address!r}" in err
    assert "Traceback" not in err and len([l for l in err.splitlines() if "error" in l]) == 1


@pytest.mark.parametrize("address", ["http://127.0.0.1:8786", "127.0.0.1", "tcp://[::1"])
def test_a_malformed_scheduler_address_is_one_line_and_no_traceback_at_exit(plain, tmp_path, address):
    folder, _ = plain
    done = subprocess.run([sys.executable, "-m", "wirecoder", "ingest", str(folder), "--db",
                           str(tmp_path / "x.db"), "--engine", "dask", "--scheduler", address],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert done.stderr.startswith(f"wirecoder ingest: error: cannot reach the Dask scheduler at {address!r}")
    assert len(done.stderr.splitlines()) == 1, done.stderr  # a Client left to the collector printed one
    assert not (tmp_path / "x.db.shards").exists()


def test_a_scheduler_without_workers_is_a_clear_error_not_a_wait_for_ever(tmp_path):
    with LocalCluster(n_workers=0, processes=True, dashboard_address=":0",
                      scheduler_kwargs={"dashboard": False}) as empty:
        analyzer = DaskAnalyzer(scheduler=empty.scheduler_address, shards=tmp_path / "s",
                                wait_for_workers=1)
        with pytest.raises(WirecoderError, match="has no worker .waited 1 s.; start some with"):
            list(analyzer.analyze_many(["Serbia will not impose sanctions, Vucic said."]))


def test_scheduler_and_shards_need_the_dask_engine(plain, tmp_path, capsys):
    folder, _ = plain
    assert _ingest(folder, tmp_path / "x.db", "--scheduler", "tcp://127.0.0.1:8786") == 2
    assert "--scheduler and --shards go with --engine dask" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_help_and_a_plain_ingest_parser_do_not_import_dask():
    probe = ("import sys, contextlib, io\n"
             "from wirecoder.cli import main\n"
             "for argv in (['--help'], ['ingest', '--help']):\n"
             "    with contextlib.redirect_stdout(io.StringIO()):\n"
             "        try: main(argv)\n"
             "        except SystemExit: pass\n"
             "print(sorted(m for m in ('dask', 'distributed', 'pyarrow', 'spacy') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                          check=True)
    assert done.stdout.split() == ["[]"]


def test_a_pipeline_the_workers_cannot_load_stops_the_run_with_a_model_error(cluster, tmp_path):
    analyzer = DaskAnalyzer(Config(model="no_such_model_here"), scheduler=cluster.scheduler_address,
                            chunk=1, shards=tmp_path / "s")
    with pytest.raises(ModelError, match="cannot load the spaCy pipeline 'no_such_model_here'"):
        list(analyzer.analyze_many([f"Article {i} said nothing." for i in range(3)]))
    assert not (tmp_path / "s").exists()  # no shard written


def test_workers_killed_mid_run_are_replaced_and_every_article_is_analysed(cluster, plain, tmp_path):
    """Last in the module: the cluster's workers are killed (their nannies start new ones)."""
    folder, _ = plain
    articles = [a for a in read_articles([str(folder)]) if not isinstance(a, Failure)]
    articles = [a for a in articles if "&&&" not in a.text]
    expected = list(load_pipeline().analyze_many(articles))
    analyzer = DaskAnalyzer(scheduler=cluster.scheduler_address, chunk=1, shards=tmp_path / "s")
    stream = analyzer.analyze_many(articles)
    results = [next(stream)]
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        for pid in client.run(os.getpid).values():
            os.kill(pid, signal.SIGKILL)
    results.extend(stream)
    assert len(results) == len(articles)
    for got, want in zip(results, expected):
        assert isinstance(got, Analysis) and got == want
