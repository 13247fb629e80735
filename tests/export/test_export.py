"""``wirecoder export``: every table in every format read back (csv, json, pyarrow) equals the
store's rows; quotes agree with the store's own quotes table, positions with `wirecoder
positions --json`."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import wirecoder
from wirecoder.cli import main
from wirecoder.export.store_rows import EVENT_COLUMNS, event_rows
from wirecoder.export.tables import COLUMNS, to_records
from wirecoder.records import Analysis, Event, EventActor
from wirecoder.spans import span_at
from wirecoder.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "positions" / "articles"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "news.db"
    assert main(["ingest", str(FIXTURES), "--db", str(path), "--jobs", "1", "--no-progress"]) == 0
    text = "Protesters marched on the parliament in Belgrade, police said, and Serbia, asked by Russia."
    a = wirecoder.analyze(text, published="2024-09-06", source="event.txt")
    start = text.index("Protesters")
    event = Event(id="v1", category="PROTEST", mode="demonstrate",
                  actors=(EventActor("Protesters", "SRB", "CIV"), EventActor(None, None, None)),
                  recipients=(EventActor("parliament", "SRB", "GOV"),), place="Belgrade",
                  date="2024-09-06", size=None, cameo="141",
                  evidence=span_at(text, start, text.index(",")))
    with Store(path) as store:
        store.put(Analysis(a.article, a.entities, a.quotes, a.times, a.statements, (event,)))
    return path


def _expected(db: Path, kind: str) -> list[dict]:
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY pk")]
    con.close()
    with Store(db, readonly=True) as store:
        analyses = [store.analysis(i) for i in ids]
    if kind == "events":
        return [r for a in analyses for r in event_rows(a)]
    return [r for a in analyses for r in to_records(a, kind)]


def _export(db: Path, kind: str, fmt: str, tmp_path: Path, capsys) -> tuple[str, Path | None]:
    out = tmp_path / f"{kind}.{fmt}" if fmt == "parquet" else None
    argv = ["export", kind, "--format", fmt, "--db", str(db)] + (["-o", str(out)] if out else [])
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "row(s)" in captured.err
    return captured.out, out


def _as_csv(value) -> str:
    return "" if value is None else str(value)


@pytest.mark.parametrize("kind", ["quotes", "statements", "entities", "events"])
def test_record_tables_round_trip_in_every_format(db, kind, tmp_path, capsys):
    expected = _expected(db, kind)
    columns = EVENT_COLUMNS if kind == "events" else COLUMNS[kind]
    assert expected and all(tuple(r) == columns for r in expected)

    out, _ = _export(db, kind, "csv", tmp_path, capsys)
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames) == columns
    assert list(reader) == [{c: _as_csv(r[c]) for c in columns} for r in expected]

    out, _ = _export(db, kind, "jsonl", tmp_path, capsys)
    assert [json.loads(line) for line in out.splitlines()] == expected

    _, path = _export(db, kind, "parquet", tmp_path, capsys)
    table = pq.read_table(path)
    assert tuple(table.column_names) == columns
    assert table.to_pylist() == expected


def test_exported_quotes_are_the_stores_quotes_rows(db, tmp_path, capsys):
    out, _ = _export(db, "quotes", "jsonl", tmp_path, capsys)
    exported = sorted((r["article_id"], r["quote_id"], r["start"], r["end"], r["text"])
                      for r in map(json.loads, out.splitlines()))
    con = sqlite3.connect(db)
    stored = sorted(con.execute(  # a quote's content is the article's text at its offsets
        'SELECT q.article_id, q.quote_id, q.start, q."end", substr(a.text, q.start + 1, '
        'q."end" - q.start) FROM quotes q JOIN articles a ON a.id = q.article_id'))
    con.close()
    assert exported == stored and len(stored) > 20


def test_positions_round_trip_and_match_the_positions_command(db, tmp_path, capsys):
    assert main(["positions", "--db", str(db), "--json"]) == 0
    command = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert command
    flat = [{k: "; ".join(v) if isinstance(v, list) else v for k, v in p.items()} for p in command]

    out, _ = _export(db, "positions", "jsonl", tmp_path, capsys)
    assert [json.loads(line) for line in out.splitlines()] == flat
    out, _ = _export(db, "positions", "csv", tmp_path, capsys)
    assert list(csv.DictReader(io.StringIO(out))) == [{k: _as_csv(v) for k, v in p.items()} for p in flat]
    _, path = _export(db, "positions", "parquet", tmp_path, capsys)
    assert pq.read_table(path).to_pylist() == flat


def test_parquet_needs_an_output_file_and_a_partial_file_is_never_left(db, tmp_path, capsys):
    assert main(["export", "quotes", "--format", "parquet", "--db", str(db)]) == 2
    assert "give -o FILE.parquet" in capsys.readouterr().err
    missing = tmp_path / "none.db"
    assert main(["export", "quotes", "--db", str(missing), "-o", str(tmp_path / "q.csv")]) == 2
    assert "no such database" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
