"""The command line, end to end, with the real pipeline."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirecoder.cli import COMMANDS, build_parser, main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SEED_004 = SAMPLES / "004_7a3b9df1f04b9edf.txt"
SEED_000 = SAMPLES / "000_da1156ca9ab1c740.txt"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_help_and_is_documented(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        with pytest.raises(SystemExit) as exit_:
            build_parser().parse_args([name, "--help"])
        assert exit_.value.code == 0
        assert "usage: wirecoder " + name in capsys.readouterr().out
        assert f"wirecoder {name}" in readme, f"README does not document `wirecoder {name}`"


def test_analyze_seed_004(capsys):
    code, out, err = run_cli(capsys, "analyze", str(SEED_004))
    assert code == 0, err
    (row,) = [json.loads(line) for line in out.splitlines()]
    art = row["article"]
    assert row["schema"] == "wirecoder.analysis/1"
    assert art["published"] == "2024-09-06" and art["published_source"] == "marker"
    assert art["dateline"]["place"] == "BELGRADE" and art["dateline"]["agency"] == "TASS"
    assert art["outlet"] == "TASS"
    assert "date 2024" not in art["text"] and art["text"].startswith("BELGRADE, September 6. /TASS/.")
    for key in ("entities", "quotes", "times", "statements", "events"):
        assert isinstance(row[key], list)
    by_name = {e["name"]: e for e in row["entities"]}
    assert (by_name["Aleksandar Vulin"]["type"], by_name["Aleksandar Vulin"]["country"],
            by_name["Aleksandar Vulin"]["role"]) == ("PERSON", "SRB", "Deputy Prime Minister")
    assert (by_name["Aleksandar Vucic"]["type"], by_name["Aleksandar Vucic"]["country"],
            by_name["Aleksandar Vucic"]["role"]) == ("PERSON", "SRB", "President")
    assert (by_name["Vladimir Putin"]["type"], by_name["Vladimir Putin"]["country"]) == ("PERSON", "RUS")
    assert (by_name["Serbia"]["type"], by_name["Serbia"]["country"]) == ("COUNTRY", "SRB")
    assert (by_name["Russia"]["type"], by_name["Russia"]["country"]) == ("COUNTRY", "RUS")
    assert "Moscow" in {m["text"] for m in by_name["Russia"]["mentions"]}
    assert by_name["NATO"]["type"] == "ORG"


def test_analyze_seed_000_invents_no_date(capsys):
    code, out, err = run_cli(capsys, "analyze", str(SEED_000))
    assert code == 0, err
    row = json.loads(out)
    assert row["article"]["published"] is None and row["article"]["published_source"] is None
    assert row["article"]["dateline"] is None
    text = row["article"]["text"]
    by_name = {e["name"]: e for e in row["entities"]}
    vucic = by_name["Aleksandar Vucic"]
    assert (vucic["type"], vucic["role"], vucic["country"]) == ("PERSON", "President", "SRB")
    serbia_mentions = {(m["start"], m["text"]) for m in by_name["Serbia"]["mentions"]}
    reluctant = text.index("Belgrade is reluctant")
    rally = text.index("rally in Belgrade") + len("rally in ")
    assert (reluctant, "Belgrade") in serbia_mentions
    assert (rally, "Belgrade") not in serbia_mentions


def test_analyze_published_option(capsys):
    code, out, _ = run_cli(capsys, "analyze", "--published", "2019-04-20", str(SEED_000), str(SEED_004))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["article"]["published"], r["article"]["published_source"]) for r in rows] == [
        ("2019-04-20", "user"), ("2024-09-06", "marker")]


def test_analyze_bad_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", "--published", "20/04/2019", str(SEED_000)])
    assert exit_.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_analyze_mixed_batch_reports_and_continues(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Serbia will never impose sanctions on Russia, Vucic said.")
    (tmp_path / "empty.txt").write_text("")
    code, out, err = run_cli(capsys, "analyze", str(tmp_path))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "empty.txt" in err


def _corpus(folder: Path, n: int) -> None:
    countries = ["Serbia", "Russia", "Hungary", "Croatia", "Bulgaria", "Romania", "Greece", "Turkey"]
    lines = []
    for i in range(n):
        a, b = countries[i % len(countries)], countries[(i * 3 + 1) % len(countries)]
        text = (f"{a} will never impose sanctions on {b}, Foreign Minister Ivan Petrov{i} told "
                f"reporters in Belgrade on Friday. \"We remain partners with {b},\" Petrov{i} said. "
                f"Article number {i}.")
        lines.append(json.dumps({"text": text, "title": f"Story {i}", "published": "2024-09-06"}))
    (folder / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "seed.txt").write_text(SEED_004.read_text(encoding="utf-8"), encoding="utf-8")


def _rows(db: Path) -> dict[str, object]:
    con = sqlite3.connect(db)
    try:
        return {
            "ids": sorted(r[0] for r in con.execute("SELECT id FROM articles")),
            "entities": con.execute("SELECT count(*) FROM entities").fetchone()[0],
            "mentions": con.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "fts": con.execute("SELECT count(*) FROM articles_fts").fetchone()[0],
        }
    finally:
        con.close()


def test_ingest_twice_same_rows_and_search(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _corpus(corpus, 12)
    db = tmp_path / "w.db"
    code, _, err = run_cli(capsys, "ingest", str(corpus), "--db", str(db))
    assert code == 0, err
    assert "read 13, stored 13, skipped as duplicate 0, failed 0" in err
    first = _rows(db)
    code, _, err = run_cli(capsys, "ingest", str(corpus), "--db", str(db))
    assert code == 0 and "stored 0, skipped as duplicate 13" in err
    assert _rows(db) == first
    code, out, _ = run_cli(capsys, "search", "strategic", "partnership", "--db", str(db), "--json")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(hits) == 1 and hits[0]["outlet"] == "TASS"
    assert "[" in hits[0]["snippet"]


def test_search_without_database(tmp_path, capsys):
    code, _, err = run_cli(capsys, "search", "x", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "wirecoder ingest" in err


def test_killed_ingest_resumes_without_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _corpus(corpus, 400)
    exe = [sys.executable, "-m", "wirecoder", "ingest", str(corpus), "--no-progress"]
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    proc = subprocess.Popen(exe + ["--db", str(killed)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            con = sqlite3.connect(killed)
            stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
        except sqlite3.OperationalError:
            continue
        if stored >= 20:
            break
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _rows(killed)
    assert 20 <= len(partial["ids"]) < 401
    resumed = subprocess.run(exe + ["--db", str(killed)], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"skipped as duplicate {len(partial['ids'])}" in resumed.stderr
    subprocess.run(exe + ["--db", str(clean)], check=True, capture_output=True)
    assert _rows(killed) == _rows(clean)
    assert len(_rows(clean)["ids"]) == 401


def test_ingest_skips_its_own_database_inside_the_folder(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Serbia will never impose sanctions on Russia, Vucic said.")
    db = tmp_path / "news.db"
    for _ in range(2):
        code, _, err = run_cli(capsys, "ingest", str(tmp_path), "--db", str(db), "--no-progress")
        assert code == 0, err
        assert "news.db" not in err.replace(f"(database: {db})", "")
    assert "skipped as duplicate 1, failed 0" in err
