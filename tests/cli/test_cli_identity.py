"""Speakers across articles through the real CLI: `wirecoder ingest` of short articles, then
`wirecoder quotes --speaker` by a full name, a surname, a hyphenated name (issue 10, item 4), and
a week-dated quote kept by `--until` (item 4's periods)."""

from __future__ import annotations

import json

import pytest

from wirecoder.cli import main

ARTICLES = {
    "01_tram.txt": " date 2024-03-04 \nJohn Smith, the head of the regional transport board, said "
                   "on Monday that the new tram line would open in the spring.\n",
    "02_fares.txt": " date 2024-03-12 \nThe transport board will raise fares next year, Smith said "
                    "on Tuesday.\n",
    "03_other.txt": " date 2024-03-13 \nMaria Lopez, a member of the city council, said the fares "
                    "were far too high for most families.\n",
    "04_budget.txt": " date 2024-03-14 \nAnna-Lena Berg, the council's budget chief, said the "
                     "library budget would be cut by a fifth.\n",
    "05_meeting.txt": " date 2024-03-15 \nThe council will vote on the cuts next month, Berg said "
                      "on Friday.\n",
    "06_week.txt": " date 2019-11-14 \nThe harbour tunnel will close for repairs, Maria Lopez said "
                   "earlier this week.\n",
}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "corpus.db")
    assert main(["ingest", "--no-progress", "--db", db, str(folder)]) == 0
    return db


def _quotes(capsys, db: str, *argv: str) -> list[dict]:
    code, out, err = _run(capsys, "quotes", "--json", "--db", db, *argv)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _sources(rows: list[dict]) -> list[str]:
    return sorted(r["source"].rsplit("/", 1)[-1] for r in rows)


def test_a_surname_and_the_full_name_give_the_same_quotes(capsys, store):
    by_surname = _quotes(capsys, store, "--speaker", "Smith")
    by_full = _quotes(capsys, store, "--speaker", "John Smith")
    assert by_surname == by_full
    assert _sources(by_full) == ["01_tram.txt", "02_fares.txt"]  # both forms, one person
    assert {r["speaker"] for r in by_full} == {"John Smith"}


@pytest.mark.parametrize("query", ["Anna-Lena Berg", "Anna Lena Berg", "Berg", "Ms. Berg"])
def test_a_hyphenated_name_finds_its_quotes_and_those_of_its_surname(capsys, store, query):
    rows = _quotes(capsys, store, "--speaker", query)
    assert _sources(rows) == ["04_budget.txt", "05_meeting.txt"]
    assert {r["speaker"] for r in rows} == {"Anna-Lena Berg"}


def test_a_week_dated_quote_is_kept_by_until(capsys, store):
    rows = _quotes(capsys, store, "--speaker", "Maria Lopez", "--until", "2019-11-30")
    assert [(r["source"].rsplit("/", 1)[-1], r["date"]) for r in rows] == [("06_week.txt", "2019-W46")]
    assert _quotes(capsys, store, "--speaker", "Maria Lopez", "--until", "2019-11-10") == []
