"""`wirecoder index` end to end (issue 13 item 1): real ingests through the real pipeline, real
processes. The commands answer the same with the index as without it; with it they do not load
the embedding model; a stale index is not used and the command says so; bad databases are one
line and exit status 2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
ARTICLES = ROOT / "tests" / "fixtures" / "positions" / "articles"

QUERIES = [
    ["quotes", "--json"],
    ["quotes", "--speaker", "Milic", "--json"],
    ["quotes", "--speaker", "Holub", "--about", "grain", "--json"],
    ["quotes", "--all", "--since", "2023-06", "--json"],
    ["positions", "--json"],
    ["positions", "--actor", "Slovakia", "--by", "country", "--json"],
    ["timeline", "--actor", "Peter Lendvai", "--json"],
    ["timeline", "--about", "grain", "--until", "2023-09", "--json"],
    ["shifts", "--json"],
    ["shifts", "--actor", "Holub", "--json"],
]


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """The positions fixture articles ingested by `wirecoder ingest` (not indexed)."""
    db = tmp_path_factory.mktemp("index") / "news.db"
    done = subprocess.run([sys.executable, "-m", "wirecoder", "ingest", str(ARTICLES),
                           "--db", str(db), "--no-progress", "--jobs", "1"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return db


def _copy(db: Path, folder: Path) -> str:
    target = folder / db.name
    with sqlite3.connect(db) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return str(target)


def test_the_commands_answer_the_same_from_the_index(ingested, tmp_path, capsys):
    db = _copy(ingested, tmp_path)
    before = [run_cli(capsys, *q, "--db", db)[:2] for q in QUERIES]
    assert all(code == 0 for code, _ in before)
    code, out, err = run_cli(capsys, "index", "--db", db)
    assert code == 0 and out == ""
    assert err.startswith("wirecoder index: indexed ") and "statement(s)" in err and db in err
    after = [run_cli(capsys, *q, "--db", db)[:2] for q in QUERIES]
    assert after == before
    assert all(out.strip() for _, out in before)  # every query found something


def test_an_indexed_query_does_not_load_the_embedding_model(ingested, tmp_path):
    db = _copy(ingested, tmp_path)
    probe = ("import sys; from wirecoder.cli import main; code = main(sys.argv[1:]); "
             "print(json.dumps([code, 'wirecoder.corpus.embeddings' in sys.modules]), "
             "file=sys.stderr)")
    argv = ["timeline", "--actor", "Slovakia", "--json", "--db", db]

    def loaded() -> tuple[str, list]:
        done = subprocess.run([sys.executable, "-c", "import json; " + probe, *argv],
                              capture_output=True, text=True)
        return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])

    out_before, (code, model) = loaded()
    assert code == 0 and model  # without the index, keys are merged at query time
    done = subprocess.run([sys.executable, "-m", "wirecoder", "index", "--db", db],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out_after, (code, model) = loaded()
    assert code == 0 and not model and out_after == out_before and out_after


def test_a_stale_index_is_not_used_and_the_command_says_so(ingested, tmp_path, capsys):
    db = _copy(ingested, tmp_path)
    assert run_cli(capsys, "index", "--db", db)[0] == 0
    code, _, err = run_cli(capsys, "ingest", str(SAMPLES / "000_da1156ca9ab1c740.txt"),
                           "--db", db, "--no-progress", "--jobs", "1", "--published", "2019-04-20")
    assert code == 0
    code, stale_out, err = run_cli(capsys, "quotes", "--speaker", "Vucic", "--json", "--db", db)
    assert code == 0 and "out of date" in err and f"`wirecoder index --db {db}`" in err
    assert any(json.loads(line)["source"].endswith("000_da1156ca9ab1c740.txt")
               for line in stale_out.splitlines())  # the article stored after the index counts
    code, _, err = run_cli(capsys, "positions", "--db", db)
    assert code == 0 and "out of date" in err
    assert run_cli(capsys, "index", "--db", db)[0] == 0
    code, out, err = run_cli(capsys, "quotes", "--speaker", "Vucic", "--json", "--db", db)
    assert code == 0 and out == stale_out and "index" not in err


def test_an_index_for_other_settings_says_which(ingested, tmp_path, capsys):
    db = _copy(ingested, tmp_path)
    assert run_cli(capsys, "index", "--db", db, "--echo-days", "3")[0] == 0
    code, _, err = run_cli(capsys, "positions", "--db", db)
    assert code == 0 and "other settings" in err and "--echo-days 3" in err
    code, _, err = run_cli(capsys, "positions", "--db", db, "--echo-days", "3")
    assert code == 0 and "index" not in err


def test_index_of_a_missing_or_foreign_database_is_one_line(tmp_path, capsys):
    missing = tmp_path / "missing.db"
    code, out, err = run_cli(capsys, "index", "--db", str(missing))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "no such database" in err and not missing.exists()
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE t (x)")
    code, out, err = run_cli(capsys, "index", "--db", str(foreign))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "not a wirecoder store" in err


def test_ingest_says_when_it_makes_the_index_stale_and_index_rebuilds_it(tmp_path, capsys):
    """An ingest into an indexed store says the index is now out of date; `ingest --index`
    rebuilds it with the settings it was built with, and the queries read it again (no stale
    note) and answer as a store built in one go does."""
    first, second, third = (sorted(ARTICLES.glob("*.txt"))[i::3] for i in range(3))
    db = str(tmp_path / "news.db")
    assert run_cli(capsys, "ingest", *map(str, first), "--db", db, "--no-progress")[0] == 0
    assert run_cli(capsys, "index", "--db", db, "--lexical-keys")[0] == 0

    code, _, err = run_cli(capsys, "ingest", *map(str, second), "--db", db, "--no-progress")
    assert code == 0 and "index is out of date" in err and "--index" in err
    code, _, err = run_cli(capsys, "positions", "--lexical-keys", "--json", "--db", db)
    assert code == 0 and "out of date" in err

    code, _, err = run_cli(capsys, "ingest", *map(str, third), "--db", db, "--no-progress",
                           "--index")
    assert code == 0 and "wirecoder index: indexed " in err and "out of date" not in err
    indexed = run_cli(capsys, "positions", "--lexical-keys", "--json", "--db", db)
    assert indexed[0] == 0 and "out of date" not in indexed[2] and indexed[1].strip()

    whole = str(tmp_path / "whole.db")
    assert run_cli(capsys, "ingest", *map(str, first + second + third), "--db", whole,
                   "--no-progress")[0] == 0
    assert run_cli(capsys, "positions", "--lexical-keys", "--json", "--db", whole)[1] \
        == indexed[1]

    code, _, err = run_cli(capsys, "ingest", *map(str, first), "--db", db, "--no-progress")
    assert code == 0 and "out of date" not in err  # nothing stored: the index still holds
