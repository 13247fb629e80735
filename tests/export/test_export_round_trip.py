"""``wirecoder export KIND --format csv|jsonl|parquet``: every kind in every format, to stdout
and to a file (``-o``), read back (csv module, json, pyarrow) and compared with the store's rows
value for value, types included: values with commas, double quotes, line breaks, tabs and
non-ASCII letters survive CSV; integer columns are int64 in Parquet and numbers in JSON; an
empty table still has its header and schema."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import wirecoder
from wirecoder.cli import main
from wirecoder.export.store_rows import EVENT_COLUMNS, INTEGER_COLUMNS, event_rows
from wirecoder.export.tables import COLUMNS, to_records
from wirecoder.records import Analysis, Event, EventActor
from wirecoder.spans import span_at
from wirecoder.store import Store

RECORD_KINDS = ("quotes", "statements", "entities", "events")
FORMATS = ("csv", "jsonl", "parquet")

# values that CSV must quote: commas, double quotes, a line break inside a quote, a tab, letters
# outside ASCII (our own words)
HOSTILE = (
    "BELGRADE, Sept 6 (Reuters) - President Aleksandar Vučić said on Friday that Serbia "
    "would \"never, ever\" join sanctions.\n\n"
    "\"We said it before,\tand we say it again:\nSerbia will not impose sanctions on Russia,\" "
    "Vučić told reporters in Niš. Ministers meet again on Monday.\n"
)
PLAIN = (
    "KYIV (AP) — Ukraine's foreign minister Dmytro Kuleba said on Wednesday that Kyiv needed "
    "more air defence before winter. \"Every day without it costs lives,\" Kuleba said.\n"
)


def _store(path: Path, *, with_event: bool) -> Path:
    with Store(path) as store:
        for n, text in enumerate((HOSTILE, PLAIN)):
            a = wirecoder.analyze(text, published="2024-09-06", source=f"wire{n}.txt")
            events = ()
            if with_event and n == 0:
                start = text.index("\"We said")
                events = (Event(
                    id="v1", category="REJECT", mode="sanction",
                    actors=(EventActor("Vučić", "SRB", "GOV"), EventActor(None, None, None)),
                    recipients=(EventActor("Russia, \"the Kremlin\"", "RUS", "GOV"),),
                    place="Niš", date="2024-09-06", size=7, cameo="120",
                    evidence=span_at(text, start, text.index("Russia,\"") + 8)),)
            store.put(Analysis(a.article, a.entities, a.quotes, a.times, a.statements, events))
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return _store(tmp_path_factory.mktemp("rt") / "news.db", with_event=True)


def _expected(db: Path, kind: str) -> list[dict]:
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY pk")]
    con.close()
    with Store(db, readonly=True) as store:
        analyses = [store.analysis(i) for i in ids]
    if kind == "events":
        return [r for a in analyses for r in event_rows(a)]
    return [r for a in analyses for r in to_records(a, kind)]


def _columns(kind: str) -> tuple[str, ...]:
    return EVENT_COLUMNS if kind == "events" else COLUMNS[kind]


def _export(db: Path, kind: str, fmt: str, out: Path | None, capsys) -> bytes | str:
    argv = ["export", kind, "--format", fmt, "--db", str(db)] + (["-o", str(out)] if out else [])
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(f"wirecoder export: ") and "row(s)" in captured.err
    if out is None:
        return captured.out
    assert captured.out == ""
    assert not out.with_name(out.name + ".part").exists()
    return out.read_bytes() if fmt == "parquet" else out.read_text(encoding="utf-8")


def _typed_csv(text: str, columns: tuple[str, ...]) -> list[dict]:
    """The rows of the CSV with its types back: empty cells None, integer columns ints."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames) == columns
    return [{c: (None if v == "" else int(v) if c in INTEGER_COLUMNS else v) for c, v in row.items()}
            for row in reader]


def _read_back(data, fmt: str, columns: tuple[str, ...]) -> list[dict]:
    if fmt == "csv":
        return _typed_csv(data, columns)
    if fmt == "jsonl":
        rows = [json.loads(line) for line in data.splitlines()]
        assert all(tuple(r) == columns for r in rows)
        return rows
    table = pq.read_table(pa.BufferReader(data))
    assert tuple(table.column_names) == columns
    for name in columns:
        want = pa.int64() if name in INTEGER_COLUMNS else pa.string()
        assert table.schema.field(name).type == want, name
    return table.to_pylist()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_every_record_kind_round_trips_in_every_format_to_a_file_and_to_stdout(
        db, kind, fmt, tmp_path, capsys):
    expected = _expected(db, kind)
    assert expected
    columns = _columns(kind)
    out = tmp_path / f"{kind}.{fmt}"
    assert _read_back(_export(db, kind, fmt, out, capsys), fmt, columns) == expected
    if fmt != "parquet":  # Parquet is refused on stdout (tested in test_export.py)
        assert _read_back(_export(db, kind, fmt, None, capsys), fmt, columns) == expected


def test_the_hostile_values_are_in_the_rows_compared(db):
    quotes = _expected(db, "quotes")
    assert any("\t" in q["text"] and "," in q["text"] for q in quotes)
    assert any('"' in q["text"] for q in quotes)
    assert any("Vučić" in (q["speaker_name"] or "") for q in quotes)
    [event] = _expected(db, "events")
    assert event["recipients"] == "Russia, \"the Kremlin\"" and "\n" in event["text"]
    assert event["size"] == 7 and event["place"] == "Niš"


@pytest.mark.parametrize("fmt", FORMATS)
def test_positions_round_trip_in_every_format_to_a_file(db, fmt, tmp_path, capsys):
    assert main(["positions", "--db", str(db), "--json"]) == 0
    flat = [{k: "; ".join(v) if isinstance(v, list) else v for k, v in json.loads(line).items()}
            for line in capsys.readouterr().out.splitlines()]
    assert flat
    columns = tuple(flat[0])
    data = _export(db, "positions", fmt, tmp_path / f"positions.{fmt}", capsys)
    assert _read_back(data, fmt, columns) == flat


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_table_has_its_header_and_schema(tmp_path, fmt, capsys):
    db = _store(tmp_path / "plain.db", with_event=False)
    out = tmp_path / f"events.{fmt}"
    data = _export(db, "events", fmt, out, capsys)
    assert _read_back(data, fmt, EVENT_COLUMNS) == []
    if fmt == "csv":
        assert data == ",".join(EVENT_COLUMNS) + "\n"
    if fmt == "jsonl":
        assert data == ""
