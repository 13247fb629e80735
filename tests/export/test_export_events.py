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
