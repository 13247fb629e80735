"""Every error path of the command line, through real ``python -m wirecoder`` processes: one
line on stderr, exit 2 for usage and environment errors, 1 for failed inputs, never a traceback,
and stdout always valid in its own encoding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED_004 = SAMPLES / "004_7a3b9df1f04b9edf.txt"
SEED_000 = SAMPLES / "000_da1156ca9ab1c740.txt"
NON_UTF8_NAME = b"caf\xe9 \xff\xfe.txt"  # Latin-1 bytes: not UTF-8


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no WIRECODER_DEBUG, and stdout block-buffered as it is
    by default (PYTHONUNBUFFERED, set in some CI shells, would hide errors at the final flush)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WIRECODER_DEBUG", "PYTHONUNBUFFERED")}
    env.update(extra)
    return env


def wirecoder(*argv, env=None, stdout=subprocess.PIPE, cwd=None, **kwargs):
    full_env = user_env(**(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "wirecoder", *map(os.fsdecode, argv)], stdout=stdout,
        stderr=subprocess.PIPE, env=full_env, cwd=cwd, timeout=300, **kwargs,
    )


def assert_clean(stderr: bytes) -> str:
    text = stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in text and "Exception ignored" not in text, text
    return text


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "news.db"
    done = wirecoder("ingest", SEED_000, SEED_004, "--db", db, "--no-progress")
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def odd_names(tmp_path_factory) -> Path:
    """A folder with an article under a file name that is not UTF-8, and a binary file whose
    name holds a newline, a tab, an RTL override and non-ASCII letters."""
    folder = tmp_path_factory.mktemp("odd")
    text = SEED_004.read_bytes()
    with open(os.path.join(os.fsencode(folder), NON_UTF8_NAME), "wb") as out:
        out.write(text)
    (folder / "photo\nof\tVučić\u202e.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return folder


# ------------------------------------------------------------------------------ output that fails


def test_full_disk_while_analysing_is_one_line_exit_2():
    with open("/dev/full", "wb") as full:
        done = wirecoder("analyze", SEED_004, stdout=full)
    assert done.returncode == 2
    assert assert_clean(done.stderr).splitlines() == [
        "wirecoder analyze: cannot write output: No space left on device"
    ]


def test_full_disk_at_the_final_flush_is_one_line_exit_2(store):
    """``search`` prints into the stdout buffer, written only when the process ends."""
    with open("/dev/full", "wb") as full:
        done = wirecoder("search", "Russia", "--db", store, stdout=full)
    assert done.returncode == 2
    lines = assert_clean(done.stderr).splitlines()
    assert "wirecoder search: cannot write output: No space left on device" in lines
    assert all(line.startswith("wirecoder search: ") for line in lines), lines


def test_broken_pipe_while_analysing_ends_quietly():
    """``wirecoder analyze ... | head -c 100``: the reader goes away after the first bytes."""
    process = subprocess.Popen(
        [sys.executable, "-m", "wirecoder", "analyze", str(SEED_000), str(SEED_004), str(SEED_000)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=user_env(),
    )
    assert process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=300) == 0
    assert assert_clean(stderr) == ""


def test_broken_pipe_at_the_final_flush_ends_quietly(store):
    """The reader is gone before ``search`` writes anything: the pipe breaks at exit."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = wirecoder("search", "Russia", "--json", "--db", store, stdout=write)
    finally:
        os.close(write)
    assert done.returncode == 0
    assert assert_clean(done.stderr) == ""


# ------------------------------------------------------------------------------ options


@pytest.mark.parametrize("value", ["99999999999999999999", "0", "-1", "1e3", "ten", ""])
def test_search_limit_out_of_range_is_a_usage_error(store, value):
    done = wirecoder("search", "Russia", "--db", store, "--limit", value)
    assert done.returncode == 2
    err = assert_clean(done.stderr)
    assert "usage: wirecoder search" in err and "argument --limit:" in err
    assert "from 1 to" in err


@pytest.mark.parametrize("value", ["-1", "0", "99999999999999999999"])
def test_max_bytes_must_be_positive_and_bounded(value, tmp_path):
    done = wirecoder("analyze", SEED_004, "--max-bytes", value)
    assert done.returncode == 2
    err = assert_clean(done.stderr)
    assert "argument --max-bytes:" in err and "from 1 to" in err
    assert "bytes limit" not in err and done.stdout == b""


def test_a_usage_error_names_a_value_with_a_newline_on_one_line(store):
    done = wirecoder("search", "x", "--db", store, "--limit", "3\nwirecoder: fake")
    assert done.returncode == 2
    lines = assert_clean(done.stderr).splitlines()
    assert lines[-1].startswith("wirecoder search: error: argument --limit:")
    assert not any(line.startswith("wirecoder: fake") for line in lines)


# ------------------------------------------------------------------------------ encodings


@pytest.mark.parametrize("env", [
    {"PYTHONIOENCODING": "ascii"},
    {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
    {"LC_ALL": "C.UTF-8", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
], ids=["PYTHONIOENCODING=ascii", "LC_ALL=C", "LC_ALL=C.UTF-8"])
def test_json_is_valid_in_the_streams_encoding_whatever_the_file_names(odd_names, env):
    done = wirecoder("analyze", odd_names, env=env)
    assert done.returncode == 1  # the binary file failed; the article was analysed
    encoding = "utf-8" if env.get("LC_ALL") == "C.UTF-8" else "ascii"
    rows = [json.loads(line) for line in done.stdout.decode(encoding).splitlines()]
    assert len(rows) == 1
    article = rows[0]["article"]
    assert article["text"].startswith("BELGRADE, September 6. /TASS/.")
    for quote in rows[0]["quotes"]:
        start, end = quote["content"]["start"], quote["content"]["end"]
        assert article["text"][start:end] == quote["content"]["text"]
    err = assert_clean(done.stderr)
    done.stderr.decode(encoding)  # stderr is valid in its encoding too
    assert all(line.startswith("wirecoder analyze: ") for line in err.splitlines()), err


def test_a_name_that_is_not_utf8_round_trips_through_json(odd_names):
    done = wirecoder("analyze", odd_names, env={"PYTHONIOENCODING": "ascii"})
    (row,) = [json.loads(line) for line in done.stdout.decode("ascii").splitlines()]
    source = row["article"]["source"]  # the name's bytes kept, or shown as \xNN by the readers
    assert os.fsencode(source).endswith(NON_UTF8_NAME) or source.endswith("caf\\xe9 \\xff\\xfe.txt")


def test_control_characters_in_file_names_are_escaped_in_messages(odd_names):
    done = wirecoder("analyze", odd_names)
    err = assert_clean(done.stderr)
    (line,) = [line for line in err.splitlines() if "photo" in line]
    assert line.startswith("wirecoder analyze: ") and "binary file" in line
    assert "photo\\nof\\tVučić\\u202e.png" in line
    assert "\u202e" not in err and "\t" not in err


def test_search_table_under_an_ascii_stream(store):
    done = wirecoder("search", "Vucic", "--db", store, env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0
    assert done.stdout.decode("ascii").strip()
    assert_clean(done.stderr)


# ------------------------------------------------------------------------------ inputs


def assert_no_articles_in(folder: Path, stderr: bytes) -> None:
    """One line names the folder and says no articles were found in it (the CLI says it when the
    readers yield nothing for it; the readers may say it themselves, as a failure)."""
    lines = [line for line in assert_clean(stderr).splitlines() if str(folder) in line]
    assert len(lines) == 1 and "no articles found" in lines[0], lines


def test_an_empty_folder_is_reported_exit_1(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".notes.txt").write_text("Vucic said so.", encoding="utf-8")
    for folder in ("empty", "hidden"):
        done = wirecoder("analyze", tmp_path / folder)
        assert done.returncode == 1, folder
        assert done.stdout == b""
        assert_no_articles_in(tmp_path / folder, done.stderr)


def test_an_empty_folder_beside_an_article_is_reported_the_article_analysed(tmp_path):
    (tmp_path / "empty").mkdir()
    done = wirecoder("analyze", SEED_004, tmp_path / "empty")
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1
    assert_no_articles_in(tmp_path / "empty", done.stderr)


def test_ingest_of_an_empty_folder_is_reported_exit_1(tmp_path):
    (tmp_path / "empty").mkdir()
    done = wirecoder("ingest", tmp_path / "empty", "--db", tmp_path / "news.db", "--no-progress")
    assert done.returncode == 1
    assert_no_articles_in(tmp_path / "empty", done.stderr)


# ------------------------------------------------------------------------------ bugs


BOOM = """
import sys, types
import wirecoder.cli as cli

def add_parser(sub, name):
    sub.add_parser(name).set_defaults(run=lambda args: (_ for _ in ()).throw(ValueError("first\\nsecond")))

cli.COMMANDS["boom"] = types.SimpleNamespace(add_parser=add_parser)
sys.exit(cli.main(["boom"]))
"""


def test_an_unexpected_exception_is_one_line_exit_2():
    done = subprocess.run([sys.executable, "-c", BOOM], capture_output=True, timeout=300,
                          env=user_env())
    assert done.returncode == 2
    assert assert_clean(done.stderr).splitlines() == [
        "wirecoder boom: internal error (ValueError: first second); please report "
        "this as a bug (set WIRECODER_DEBUG=1 for the traceback)"
    ]


def test_wirecoder_debug_lets_the_traceback_through():
    done = subprocess.run([sys.executable, "-c", BOOM], capture_output=True, timeout=300,
                          env=user_env(WIRECODER_DEBUG="1"))
    assert done.returncode == 1
    assert b"Traceback" in done.stderr and b"ValueError: first" in done.stderr


def test_a_missing_database_is_exit_2_one_line(tmp_path):
    done = wirecoder("search", "x", "--db", tmp_path / "none\n.db")
    assert done.returncode == 2
    (line,) = assert_clean(done.stderr).splitlines()
    assert line.startswith("wirecoder search: error: ") and "none\\n.db" in line


# ------------------------------------------------------------------------------ the helpers


def test_printable_escapes_what_breaks_a_line_and_keeps_the_rest():
    from wirecoder.cli.common import printable

    assert printable("Vučić «quoted» 東京 \U0001f600") == "Vučić «quoted» 東京 \U0001f600"
    assert printable("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert printable("x\u2028y\u2029z\x85") == "x\\u2028y\\u2029z\\x85"
    assert printable("\u202eevil\u200f") == "\\u202eevil\\u200f"
    assert printable(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
    assert printable("\x00\x1b[31m") == "\\x00\\x1b[31m"


def test_bounded_int():
    import argparse

    from wirecoder.cli.common import bounded_int

    parse = bounded_int(1, 100)
    assert parse("1") == 1 and parse(" 100 ") == 100 and parse("+7") == 7
    for bad in ("0", "-1", "101", "99999999999999999999", "1.5", "", "١٢", "\udcff", "9" * 5000):
        with pytest.raises(argparse.ArgumentTypeError):
            parse(bad)
