"""Start-up: ``wirecoder --help``, building the parser and ``search`` import none of the heavy
libraries (each checked in a fresh interpreter), and the one-line summaries that ``--help``
lists without importing the commands are the commands' own."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SEEDS
from wirecoder.cli import COMMANDS, SUMMARIES, command_module, main

HEAVY = ("spacy", "thinc", "onnxruntime", "matplotlib", "pandas", "pyarrow", "dask", "distributed",
         "psycopg")

_PROBE = """
import contextlib, io, json, sys
from wirecoder.cli import build_parser, main
what = sys.argv[1]
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
    if what == "help":
        try:
            main(["--help"])
        except SystemExit:
            pass
    elif what == "parser":
        build_parser()
    else:
        main(sys.argv[2:])
print(json.dumps({"loaded": sorted(m for m in %r if m in sys.modules), "out": out.getvalue()}))
""" % (HEAVY + ("numpy",),)


def _probe(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True,
                          timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_help_imports_no_heavy_library_and_lists_every_command():
    found = _probe("help")
    assert found["loaded"] == []
    for name in COMMANDS:
        assert name in found["out"]
        assert SUMMARIES[name][:30] in " ".join(found["out"].split())


def test_building_the_whole_parser_imports_no_model_library():
    assert [m for m in _probe("parser")["loaded"] if m != "numpy"] == []


def test_search_runs_without_spacy(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Serbia will not impose sanctions on Russia, Vucic said.\n",
                                  encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--no-progress"]) == 0
    capsys.readouterr()
    found = _probe("run", "search", "sanctions", "--db", str(db))
    assert found["loaded"] == []
    assert "[sanctions]" in found["out"]


def test_every_summary_is_the_command_modules_help():
    for name in COMMANDS:
        assert SUMMARIES[name] == command_module(name).HELP, name


def test_cross_article_commands_run_without_spacy(tmp_path, capsys):
    # lemminflect (proposition keys: lemmas of the seeds' predicates) imports spaCy on import
    # unless it is hidden from it
    db = tmp_path / "s.db"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--jobs", "1", "--no-progress"]) == 0
    capsys.readouterr()
    for command, *more in (("positions",), ("shifts",), ("timeline", "--actor", "Serbia"),
                           ("quotes",)):
        found = _probe("run", command, *more, "--db", str(db), "--json")
        assert "spacy" not in found["loaded"] and "thinc" not in found["loaded"], command
        assert command == "shifts" or found["out"].strip(), command  # the seeds hold no shift
    found = _probe("run", "positions", "--db", str(db), "--about", "sanctions", "--json")
    assert "imposes sanctions on Russia" in found["out"]
