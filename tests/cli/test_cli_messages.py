"""What a new user sees on stderr and in tables, through real ``python -m wirecoder`` processes
(the real pipeline, real SQLite): refused inputs are reported at once, without loading the model;
reader warnings read like every other message (``wirecoder COMMAND: FILE: warning: ...``); a
feed cut short says so; ``search`` refuses what can only match nothing and prints each hit on
two lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli_errors import assert_clean, user_env, wirecoder

# main() in a fresh interpreter, then whether the model's library was ever imported.
_PROBE = """
import json, sys
from wirecoder.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "spacy": "spacy" in sys.modules}))
"""

ARTICLE = (
    "LISBON, March 9 (Reuters) - Portugal will not raise its fuel tax this year, Finance "
    "Minister Rui Carvalho told parliament on Monday.\n\n"
    "Fuel prices\n\n"
    "Carvalho said the government would review the tax in the autumn budget.\n"
)


def probe(*argv) -> tuple[dict, str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *map(str, argv)], capture_output=True,
                          text=True, env=user_env(), timeout=300)
    return json.loads(done.stdout.strip().splitlines()[-1]), assert_clean(done.stderr.encode())


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "fuel.txt").write_text(ARTICLE, encoding="utf-8")
    db = folder.parent / "fuel.db"
    done = wirecoder("ingest", folder, "--db", db, "--no-progress", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    return folder, db


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_refused_inputs_are_reported_without_loading_the_model(tmp_path, jobs):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    found, err = probe("analyze", tmp_path / "empty.txt", tmp_path / "scan.png", "--jobs", jobs)
    assert found == {"code": 1, "spacy": False}
    assert "empty.txt: empty file" in err and "scan.png: binary file" in err


def test_an_ingest_with_every_article_stored_loads_no_model(stored):
    folder, db = stored
    found, err = probe("ingest", folder, "--db", db, "--no-progress")
    assert found == {"code": 0, "spacy": False}
    assert "read 1, stored 0, skipped as duplicate 1, failed 0" in err


def test_reader_warnings_carry_the_command_name(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Portugal will not raise the fuel tax, the minister said in Setúbal on "
                     "Monday. “It is not the moment,” she said.".encode("cp1252"))
    done = wirecoder("analyze", path, "--jobs", "1")
    err = assert_clean(done.stderr)
    assert done.returncode == 0
    assert f"wirecoder analyze: {path}: warning: not UTF-8" in err.splitlines()[0]
    assert json.loads(done.stdout)["article"]["text"].startswith("Portugal will not")


def test_a_feed_cut_short_warns_and_keeps_its_whole_entries(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>'
        "<item><title>Tax</title><description>Portugal will not raise its fuel tax, the "
        "minister said on Monday.</description></item><item><title>Ports</title><descr",
        encoding="utf-8")
    done = wirecoder("analyze", path, "--jobs", "1")
    err = assert_clean(done.stderr)
    assert f"wirecoder analyze: {path}: warning: not well-formed: XML" in err
    assert "the last may be cut short" in err
    articles = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["article"]["title"] for a in articles] == ["Tax"]


@pytest.mark.parametrize("words", [['"'], ["", " "], ["%", "--"]])
def test_search_refuses_words_that_can_only_match_nothing(stored, words):
    done = wirecoder("search", "--db", stored[1], "--", *words)
    err = assert_clean(done.stderr)
    assert done.returncode == 2
    assert "holds no word to search for" in err and "wirecoder search sanctions Russia" in err


def test_search_prints_each_hit_on_two_lines_across_paragraphs(stored):
    done = wirecoder("search", "prices", "Carvalho", "--db", stored[1], env={"COLUMNS": "400"})
    assert_clean(done.stderr)
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2, lines
    assert lines[0].split()[:2] == ["----------", "Reuters"]
    assert "[prices]" in lines[1] and "[Carvalho]" in lines[1]
    assert all(line == line.rstrip() for line in lines)
