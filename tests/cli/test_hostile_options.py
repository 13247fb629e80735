"""Every option of every command fed hostile strings: quotes, SQL and FTS syntax, globs, empty
and blank values, negative, zero and huge numbers, absurd dates, NUL, an RTL override, a lone
surrogate (a command-line byte that is not UTF-8), very long strings. Whatever the value, the
command ends with status 0, 1 or 2, no traceback, and the store it reads is unchanged.

The options are found by walking ``build_parser()``, so a new option is covered as soon as it
exists. Commands run in-process through ``wirecoder.cli.main`` (the pipeline and gazetteer load
once); a handful run as real processes, with the values as raw bytes in argv.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
SEED_004 = ROOT / "samples" / "004_7a3b9df1f04b9edf.txt"
SEED_000 = ROOT / "samples" / "000_da1156ca9ab1c740.txt"

HOSTILE = [
    "'", '"', "%", "*", "(", "\\", "", " ", "-1", "0", "99999999999999999999",
    "0001-01-01", "9999-12-31", "2019-13-45", "\x00", "\u202e", "\udcff",
    "; DROP TABLE articles; --", "NEAR(a b)", "x\ny", "../../../../etc/passwd",
    "a" * 100_000, "9" * 5_000, "Vučić " * 2_000,
]


def options(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """(command path, action) for every argument of every (sub-)command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from options(sub, prefix + (name,))
        elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            yield prefix, action


FLAGS = {(command, flag) for command, action in options(build_parser()) if action.nargs == 0
         for flag in action.option_strings}

CASES = [
    pytest.param(command, action, id=" ".join(command) + " " + (action.option_strings or [action.dest])[0])
    for command, action in options(build_parser())
]


@pytest.fixture(scope="module")
def places(tmp_path_factory) -> dict[str, Path]:
    """A store ingested from the two seeds, and an empty working folder the commands run in
    (so that ``--db '*'`` or ``--plot x.png`` create their files there)."""
    root = tmp_path_factory.mktemp("hostile")
    store = root / "store" / "news.db"
    store.parent.mkdir()
    assert main(["ingest", str(SEED_000), str(SEED_004), "--db", str(store), "--no-progress"]) == 0
    work = root / "work"
    work.mkdir()
    indexed = root / "store" / "indexed.db"  # `wirecoder index` writes: not the store compared
    with sqlite3.connect(store) as src, sqlite3.connect(indexed) as dst:
        src.backup(dst)
    return {"store": store, "work": work, "scratch": root / "scratch.db", "missing": root / "missing",
            "indexed": indexed}


def fingerprint(db: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts_%'")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        counts["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return counts


def baseline(command: tuple[str, ...], places) -> tuple[list[str], dict[str, str]]:
    """Positionals and options of a valid, quick invocation of ``command``."""
    store, missing = str(places["store"]), str(places["missing"])
    store_reader = {"--db": store, "--lexical-keys": ""}
    table = {
        ("analyze",): ([str(SEED_004)], {}),
        ("ingest",): ([str(SEED_004)], {"--db": str(places["scratch"]), "--no-progress": ""}),
        ("search",): (["Russia"], {"--db": store}),
        ("index",): ([], {"--db": str(places["indexed"]), "--lexical-keys": ""}),
        ("quotes",): ([], store_reader),
        ("positions",): ([], store_reader),
        ("timeline",): ([], {**store_reader, "--about": "sanctions"}),
        ("shifts",): ([], store_reader),
        ("events",): ([], {"--db": store}),
        ("export",): (["quotes"], {"--db": store}),
        # serve never starts on a database that is missing: each hostile value must give a
        # message and an exit status, never a server (the test runs it in an empty folder)
        ("serve",): ([], {"--db": missing}),
        ("eval", "quotes"): (["seeds"], {"--examples": missing, "--samples": missing}),
        ("eval", "times"): ([], {"--meantime": missing}),
        ("eval", "keys"): ([], {"--argkp": missing}),
        ("eval", "stance"): ([], {"--claim-stance": missing}),
        ("eval", "wire"): ([missing], {}),
        ("eval", "events"): ([], {"--data": missing, "--systems": "majority"}),
    }
    assert command in table, f"add a quick valid invocation of `{' '.join(command)}` here"
    return table[command]


def argv_for(command, action, value, places) -> list[str]:
    positionals, opts = baseline(command, places)
    opts = dict(opts)
    if action.option_strings:
        flag = action.option_strings[0]
        opts.pop(flag, None)
        if action.nargs == 0:  # a flag: the hostile value goes to the next positional or is dropped
            opts[flag] = ""
        else:
            opts[flag] = value
    else:
        positionals = [value]
    argv = list(command)
    for flag, val in opts.items():
        argv += [flag] if (command, flag) in FLAGS else [flag, val]
    # ``--`` keeps a positional that starts with "-" a positional
    return argv + (["--"] if positionals and positionals[0].startswith("-") else []) + positionals


def run_in_process(argv, capsys) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: usage error (2) or --help (0)
        code = exit_.code if isinstance(exit_.code, int) else 2
    _, err = capsys.readouterr()
    return code, err


@pytest.mark.parametrize("command, action", CASES)
def test_every_option_takes_every_hostile_value(command, action, places, capsys, monkeypatch,
                                               tmp_path):
    # serve with a hostile --db must find no store (the other commands leave files named
    # after hostile values in the work folder), so it runs in an empty folder of its own
    monkeypatch.chdir(tmp_path if command == ("serve",) else places["work"])
    before = fingerprint(places["store"])
    values = HOSTILE if action.nargs != 0 else [""]
    problems = []
    for value in values:
        argv = argv_for(command, action, value, places)
        try:
            code, err = run_in_process(argv, capsys)
        except BaseException as err:  # noqa: BLE001 - the test reports what escaped main()
            problems.append(f"{value[:40]!r}: {type(err).__name__}: {str(err)[:200]}")
            continue
        if code not in (0, 1, 2):
            problems.append(f"{value[:40]!r}: exit {code}")
        if "Traceback" in err or "internal error" in err:
            line = next(line for line in err.splitlines() if "Traceback" in line or "internal error" in line)
            problems.append(f"{value[:40]!r}: {line[:300]}")
    assert fingerprint(places["store"]) == before, "the store changed"
    assert not problems, f"{' '.join(command)} {action.option_strings or action.dest}:\n" + "\n".join(problems)


# ------------------------------------------------------------------------------ real processes

RAW = [b"\xff", "Vu\u010di\u0107".encode(), b"\xe2\x80\xae'; DROP TABLE articles; --"]
C_LOCALE = {"LC_ALL": "C", "PYTHONUTF8": "0"}


@pytest.mark.parametrize("argv, raws", [
    (["search", "--db", "{store}", "{value}"], RAW),
    (["search", "--db", "{store}", "Russia", "--limit", "{value}"], RAW[:1]),
    (["quotes", "--db", "{store}", "--about", "{value}", "--speaker", "{value}"], RAW),
    (["positions", "--db", "{store}", "--lexical-keys", "--actor", "{value}"], RAW[:2]),
    (["shifts", "--db", "{store}", "--lexical-keys", "--about", "{value}", "--since", "{value}"], RAW[:1]),
    (["analyze", "--published", "{value}", "{value}"], RAW[:1]),
], ids=lambda v: " ".join(a for a in v if not a.startswith("{")) if isinstance(v[0], str) else "")
def test_raw_bytes_in_argv_of_a_real_process(argv, raws, places):
    """Bytes that are not UTF-8 reach a real process's argv as lone surrogates; under the C
    locale even UTF-8 bytes do."""
    before = fingerprint(places["store"])
    env = {k: v for k, v in os.environ.items() if k != "WIRECODER_DEBUG"}
    for raw in raws:
        args = [os.fsencode(str(places["store"])) if a == "{store}" else raw if a == "{value}"
                else a.encode() for a in argv]
        for extra in ({}, C_LOCALE) if raw is RAW[0] else ({},):
            done = subprocess.run([os.fsencode(sys.executable), b"-m", b"wirecoder", *args],
                                  capture_output=True, env={**env, **extra},
                                  cwd=places["work"], timeout=300)
            err = done.stderr.decode("utf-8", "replace")
            assert done.returncode in (0, 1, 2), (raw, extra, err)
            assert "Traceback" not in err and "internal error" not in err, (raw, extra, err)
            done.stdout.decode("ascii" if extra else "utf-8")  # valid in the stream's encoding
            done.stderr.decode("ascii" if extra else "utf-8")
    assert fingerprint(places["store"]) == before
