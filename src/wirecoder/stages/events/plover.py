"""The PLOVER and CAMEO tables the events stage codes with, read once from the package data.

- ``data/plover/`` (CC BY-SA 4.0, Open Event Data Alliance): the 16 categories, the modes of
  each, CAMEO code → PLOVER category and mode, sector codes and non-state actor codes;
- ``data/phoenix/Phoenix.agents.txt`` (MIT): generic agent nouns with their sector
  (``POLICE [~COP]``, ``TROOP [~MIL]``), read as lemma phrases → PLOVER sector.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

__all__ = ["PloverTables", "load_tables"]


@dataclass(frozen=True, eq=False)
class PloverTables:
    categories: tuple[str, ...]
    modes: Mapping[str, frozenset[str]]  # category → its modes
    cameo: Mapping[str, tuple[str, str | None]]  # CAMEO code → (category, mode)
    sectors: frozenset[str]
    nonstate: frozenset[str]
    agents: Mapping[str, str]  # lower-cased agent phrase ("border guard") → sector

    def mode(self, category: str, cameo: str, explicit: str | None) -> str | None:
        """The trigger's own mode, else the CAMEO table's, if PLOVER defines it for the category."""
        allowed = self.modes.get(category, frozenset())
        if explicit in allowed:
            return explicit
        row = self.cameo.get(cameo)
        if row is not None and row[0] == category and row[1] in allowed:
            return row[1]
        return None

    def sector(self, words: tuple[str, ...]) -> str | None:
        """The sector of the longest agent phrase ending a noun phrase's words (lemmas)."""
        for k in range(min(4, len(words)), 0, -1):
            found = self.agents.get(" ".join(words[-k:]))
            if found is not None:
                return found
        return None


def _read(*parts: str) -> str:
    return resources.files("wirecoder").joinpath("data", *parts).read_text(encoding="utf-8")


#: Agent sectors wirecoder reads differently from Phoenix ("people" is PPL there; protesters
#: are civilians in PLOVER unless an opposition is named).
_SECTOR_OVERRIDES = {
    "people": "CVL", "protester": "CVL", "demonstrator": "CVL", "crowd": "CVL", "resident": "CVL",
    "driver": "CVL", "activist": "CVL", "participant": "CVL", "civilian": "CVL", "worker": "LAB",
    "union": "LAB", "federation": "LAB", "opposition": "OPP", "party": "PTY", "guard": "COP",
    "border guard": "COP", "authority": "GOV", "government": "GOV", "ministry": "GOV",
    "official": "GOV", "embassy": "GOV", "president": "GOV", "minister": "GOV",
    "spokesperson": "GOV", "spokesman": "GOV", "spokeswoman": "GOV", "police": "COP",
    "prosecutor": "JUD", "court": "JUD", "parliament": "LEG", "lawmaker": "LEG",
    "army": "MIL", "troop": "MIL", "soldier": "MIL", "navy": "MIL", "force": "MIL",
    "drone": "MIL", "warship": "MIL", "jet": "MIL", "fighter": "REB", "rebel": "REB",
    "guerrilla": "REB", "militant": "REB", "insurgent": "REB", "jihadist": "REB", "faction": "REB",
    "militia": "REB", "armed group": "REB",
    "attacker": "UAF", "gunman": "UAF", "coast guard": "COP", "agent": "COP",
    "journalist": "JRN", "student": "EDU", "farmer": "AGR", "fisherman": "AGR",
    "crew": "CVL", "diaspora": "CVL", "migrant": "REF", "refugee": "REF",
}


def _agents(text: str, sectors: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        m = re.match(r"\s*([A-Z][A-Z_'!.-]*?)\s*(?:\{\})?\s*\[~([A-Z]{3})", line)
        if m is None:
            continue
        phrase, code = m.groups()
        if code not in sectors:
            continue
        phrase = phrase.replace("!PERSON!", "").replace("!MINIST!", "_MINISTER").strip("_")
        words = [w for w in phrase.lower().split("_") if w]
        if words:
            out.setdefault(" ".join(words), code)
    out.update(_SECTOR_OVERRIDES)
    return out


@lru_cache(maxsize=1)
def load_tables() -> PloverTables:
    types = json.loads(_read("plover", "plover_event_types.json"))
    categories = tuple(t["event"] for t in types)
    modes: dict[str, set[str]] = {c: set() for c in categories}
    for row in csv.DictReader(io.StringIO(_read("plover", "plover_modes.csv"))):
        modes.setdefault(row["event"], set()).add(row["mode"])
    cameo = {}
    for row in csv.DictReader(io.StringIO(_read("plover", "cameo_to_plover.csv"))):
        cameo.setdefault(row["cameo"], (row["plover_event"], row["plover_mode"] or None))
    sectors = frozenset(r["sector"] for r in csv.DictReader(io.StringIO(_read("plover", "plover_sector_codes.csv"))))
    rows = list(csv.reader(io.StringIO(_read("plover", "plover_nonstate_actor_codes.csv"))))
    nonstate = frozenset(r[0] for r in rows if re.fullmatch(r"[A-Z]{3}", r[0] or ""))
    agents = _agents(_read("phoenix", "Phoenix.agents.txt"), sectors)
    return PloverTables(
        categories=categories,
        modes=MappingProxyType({k: frozenset(v) for k, v in modes.items()}),
        cameo=MappingProxyType(cameo),
        sectors=sectors,
        nonstate=nonstate,
        agents=MappingProxyType(agents),
    )
