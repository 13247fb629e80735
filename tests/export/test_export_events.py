"""Events exported as PLOVER records and as a GDELT-like TSV that parses back (issue 12, item 4:
the functions; the store-backed commands come with the store's events table)."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from wirecoder import analyze
from wirecoder.export.events import TSV_COLUMNS, plover_records, read_tsv, write_tsv


@pytest.fixture(scope="module")
def seeds():
    return [analyze(p.read_text(encoding="utf-8"), source=str(p)) for p in sorted(SEEDS.glob("*.txt"))]


def test_plover_records_carry_the_events(seeds):
    records = list(plover_records(seeds))
    assert len(records) == sum(len(a.events) for a in seeds) >= 3
    rally = next(r for r in records if r["size"] == 140000)
    assert rally["event_type"] == "PROTEST" and rally["actor_country"] == "SRB"
    assert rally["size_range"] == [140000, 150000] and rally["cameo"] == "14"
    text = seeds[0].article.text
    assert all(text[r["event_start"]:r["event_end"]] == r["event_text"] for r in records
               if r["story_id"] == seeds[0].article.id)


def test_tsv_parses_back_to_the_same_rows(seeds):
    text = write_tsv(seeds)
    rows = read_tsv(text)
    assert len(rows) == len(list(plover_records(seeds)))
    assert all(len(line.split("\t")) == len(TSV_COLUMNS) for line in text.splitlines())
    buses = next(r for r in rows if r["event_type"] == "COERCE")
    assert (buses["actor_country"], buses["recipient_country"]) == ("XKX", "SRB")
    rally = next(r for r in rows if r["size"] == 140000)
    assert (rally["size_low"], rally["size_high"]) == (140000, 150000)
    assert isinstance(rally["evidence_start"], int)


def test_tsv_of_no_events_is_a_header_and_a_bad_header_is_refused():
    assert read_tsv(write_tsv([])) == []
    with pytest.raises(ValueError):
        read_tsv("a\tb\n1\t2\n")


# ------------------------------------------------------------------ from a store, by the CLI
import csv
import io
import json
import os
import subprocess
import sys


def _cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(SEEDS.parent / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    return subprocess.run([sys.executable, "-m", "wirecoder", *args], capture_output=True,
                          text=True, timeout=600, env=env, cwd=cwd)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("events") / "seeds.db"
    done = _cli("ingest", str(SEEDS), "--db", str(db), "--jobs", "1", "--no-progress")
    assert done.returncode == 0, done.stderr
    return db


def _seed_events_are_there(rows: list[dict]) -> None:
    """The seeds' acceptance events: the rally, the buses at the border, the protests."""
    rally = [r for r in rows if r["category"] == "PROTEST" and r["size"] == 140000]
    assert len(rally) == 1 and rally[0]["actor_country"] == "SRB"
    assert (rally[0]["size_low"], rally[0]["size_high"]) == (140000, 150000)
    buses = [r for r in rows if r["category"] == "COERCE"]
    assert len(buses) == 1 and (buses[0]["actor_country"], buses[0]["recipient_country"]) == ("XKX", "SRB")
    assert "buses" in buses[0]["text"]
    protests = [r for r in rows if r["category"] == "PROTEST" and r["size"] is None]
    assert len(protests) == 1 and protests[0]["actor_country"] == "SRB"
    assert "protests" in protests[0]["text"]
    assert len(rows) == 3


def test_export_events_tsv_from_a_store_parses_back_with_the_csv_module(seed_db, tmp_path):
    done = _cli("export", "events", "--format", "tsv", "--db", str(seed_db))
    assert done.returncode == 0, done.stderr
    assert "3 events row(s)" in done.stderr
    table = list(csv.DictReader(io.StringIO(done.stdout), delimiter="\t"))
    assert tuple(table[0]) == TSV_COLUMNS
    rows = [{"category": r["event_type"], "actor_country": r["actor_country"],
             "recipient_country": r["recipient_country"] or None,
             "size": int(r["size"]) if r["size"] else None,
             "size_low": int(r["size_low"]) if r["size_low"] else None,
             "size_high": int(r["size_high"]) if r["size_high"] else None,
             "text": r["evidence_text"]} for r in table]
    _seed_events_are_there(rows)
    assert read_tsv(done.stdout) and len(read_tsv(done.stdout)) == 3
    # -o writes the same file (complete, no .part left behind)
    out = tmp_path / "events.tsv"
    again = _cli("export", "events", "--format", "tsv", "--db", str(seed_db), "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert out.read_text(encoding="utf-8") == done.stdout
    assert not (tmp_path / "events.tsv.part").exists()


def test_export_events_plover_from_a_store(seed_db):
    done = _cli("export", "events", "--format", "plover", "--db", str(seed_db))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    rows = [{"category": r["event_type"], "actor_country": r["actor_country"],
             "recipient_country": r["recipient_country"], "size": r["size"],
             "size_low": (r["size_range"] or [None, None])[0],
             "size_high": (r["size_range"] or [None, None])[1], "text": r["event_text"]}
            for r in records]
    _seed_events_are_there(rows)
    assert all(r["cameo"] in {"14", "17"} and r["story_id"] for r in records)


def test_events_json_from_the_store_of_the_seeds(seed_db):
    done = _cli("events", "--json", "--db", str(seed_db))
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    rows = [{"category": e["category"], "actor_country": e["actors"][0]["country"],
             "recipient_country": e["recipients"][0]["country"] if e["recipients"] else None,
             "size": e["size"], "size_low": (e["size_range"] or [None, None])[0],
             "size_high": (e["size_range"] or [None, None])[1], "text": e["evidence"]["text"]}
            for e in events]
    _seed_events_are_there(rows)
    assert all({"article_id", "outlet", "id", "cameo", "place", "date", "mode"} <= set(e)
               for e in events)


def test_plover_and_tsv_are_for_events_only(seed_db):
    done = _cli("export", "quotes", "--format", "tsv", "--db", str(seed_db))
    assert done.returncode == 2 and done.stdout == ""
    assert "--format tsv is for events" in done.stderr and "Traceback" not in done.stderr
