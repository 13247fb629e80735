"""``wirecoder events``: the stored events of the seeds as a table and as JSON Lines, by actor
(any case, a name or a country code), category, date and limit; usage errors in one line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from wirecoder.cli import main
from wirecoder.store.packing import pack
from wirecoder.store.schema import MIGRATIONS, split_sql

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-events") / "seeds.db"
    assert main(["ingest", str(SAMPLES), "--db", str(path), "--jobs", "1", "--no-progress"]) == 0
    return path


def _json(capsys, db, *args) -> list[dict]:
    code, out, err = run_cli(capsys, "events", "--db", str(db), "--json", *args)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_the_table_lists_the_seed_events(db, capsys):
    code, out, err = run_cli(capsys, "events", "--db", str(db))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["date", "category", "actors", "recipients", "size", "outlet",
                                "evidence"]
    assert len(lines) == 4 and "3 event(s)" in err
    assert sum("PROTEST" in line for line in lines) == 2
    (coerce,) = [line for line in lines if "COERCE" in line]
    assert "(XKX)" in coerce and "(SRB)" in coerce
    assert any("140000" in line for line in lines)


def test_json_lines_have_the_contract_fields_and_the_article(db, capsys):
    events = _json(capsys, db)
    assert len(events) == 3
    for e in events:
        assert {"id", "category", "mode", "actors", "recipients", "place", "date", "size",
                "cameo", "evidence", "article_id", "outlet", "source", "published"} <= set(e)
    (rally,) = [e for e in events if e["size"] == 140000]
    assert rally["category"] == "PROTEST" and rally["size_range"] == [140000, 150000]
    assert [a["country"] for a in rally["actors"]] == ["SRB"]


@pytest.mark.parametrize("actor", ["XKX", "xkx", "Kosovo", "kosovo", "authorities of kosovo"])
def test_actor_in_any_case_name_or_code(db, capsys, actor):
    assert [e["category"] for e in _json(capsys, db, "--actor", actor)] == ["COERCE"]


def test_actor_as_recipient_category_and_limit(db, capsys):
    assert len(_json(capsys, db, "--actor", "srb")) == 3  # actor or recipient
    assert [e["category"] for e in _json(capsys, db, "--actor", "Belgrade-bound buses")] == ["COERCE"]
    assert _json(capsys, db, "--actor", "Hungary") == []
    assert {e["category"] for e in _json(capsys, db, "--category", "protest")} == {"PROTEST"}
    assert len(_json(capsys, db, "--category", "PROTEST")) == 2
    assert _json(capsys, db, "--category", "assault") == []
    assert len(_json(capsys, db, "--limit", "1")) == 1
    # the seed of the rally has no date at all: any date bound leaves its events out
    assert _json(capsys, db, "--since", "2000") == []


def test_usage_errors_are_one_line(db, capsys):
    code, out, err = run_cli(capsys, "events", "--db", str(db), "--category", "riot")
    assert code == 2 and out == ""
    assert "not a PLOVER category" in err and "PROTEST" in err and "Traceback" not in err
    code, out, err = run_cli(capsys, "events", "--db", str(db), "--since", "2019-13-45")
    assert code == 2 and "Traceback" not in err
    code, out, err = run_cli(capsys, "events", "--db", str(db.parent / "missing.db"))
    assert code == 2 and "no such database" in err


def test_a_store_of_an_older_schema_is_read_only_and_says_what_to_do(db, tmp_path, capsys):
    from wirecoder.store import Store

    with Store(db, readonly=True) as store:
        analyses = list(store.analyses())
    path = tmp_path / "v3.db"
    old = sqlite3.connect(path, isolation_level=None)
    for number in range(3):
        step = MIGRATIONS[number]
        if callable(step):
            step(old)
        else:
            for statement in split_sql(step):
                old.execute(statement)
    old.execute("PRAGMA user_version = 3")
    for a in analyses:
        old.execute("INSERT INTO articles (id, source, text, analysis, ingested_at) VALUES "
                    "(?,?,?,?,?)", (a.article.id, a.article.source, a.article.text, pack(a), "x"))
    old.close()
    code, out, err = run_cli(capsys, "events", "--db", str(path))
    assert code == 2 and "schema version 3 is older" in err and "wirecoder ingest" in err
    with Store(path):  # a write open migrates it and fills in the events
        pass
    assert len(_json(capsys, path)) == 3
