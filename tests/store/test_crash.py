"""The crash suite: ``wirecoder ingest`` (a real subprocess, the real spaCy pipeline) killed with
SIGKILL at random points, the database checked after every kill, and a resume that ends with
the same rows as a clean run. ``bench/crash.py`` runs the same with more kills and prints counts."""

from __future__ import annotations

import random
import subprocess

from .store_checks import check, ingest_command, kill_runs, rows, write_corpus

KILLS = 10


def test_killed_ingests_lose_nothing_and_resume_to_a_clean_run(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, range(600))  # enough that no run ends before its kill on a quiet machine
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    # one kill at a random moment of start-up (possibly while the new file is being created),
    # then kills a random fraction of a second after a run has stored something
    stats = kill_runs(ingest_command(killed, corpus), killed, 1, random.Random(8), early=1.0)
    stats += kill_runs(ingest_command(killed, corpus), killed, KILLS, random.Random(80))
    assert stats["finished"] == 0, "an ingest ended before its kill: make the corpus larger"
    assert stats["kills"] == KILLS + 1
    problems = {k: v for k, v in stats.items() if k.startswith("problem")}
    assert (stats["lost"], stats["duplicated"], stats["integrity_failures"], problems) == (0, 0, 0, {})

    resumed = subprocess.run(ingest_command(killed, corpus), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    subprocess.run(ingest_command(clean, corpus), check=True, capture_output=True)
    assert check(killed) == []
    assert rows(killed) == rows(clean)
    assert len(rows(clean)["ids"]) == 600
