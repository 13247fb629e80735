"""The gazetteer: surface forms of countries, capitals, organizations, known people and role nouns.

Built once by :func:`load_gazetteer` from

- the Phoenix/CAMEO dictionaries in ``data/phoenix/`` (MIT, openeventdata/petrarch2): country
  entries (``SERBIA [SRB]`` with ``+BELGRADE``/``+SERBIAN`` synonyms), leaders
  (``ALEKSANDAR_VUCIC_`` ``[SRBGOV >20120727]``), international actors, and agents
  (``DEPUTY_PRIME_MINISTER [~GOV]``);
- pycountry (ISO 3166-1 names and alpha-3 codes);
- the hand-kept tables of :mod:`wirecoder.lexicon.tables` (display names, capitals, seats of
  government, organizations, demonym gaps).

Every lookup key is :func:`wirecoder.lexicon.names.normalize`-d (case and diacritics folded, ``_`` and runs of spaces
made one space), so "Vučić", "VUCIC" and "Vucic" meet. Matching against a text is done by
:mod:`wirecoder.stages.entities.find`; the gazetteer only answers "what does this surface form name?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Iterable, Iterator, Literal, Mapping, Sequence

import pycountry

from . import tables
from .names import normalize
from .roles import RoleVocabulary, build_role_vocabulary

__all__ = ["Gazetteer", "KnownActor", "Referent", "SurfaceMatch", "load_gazetteer"]

ReferentType = Literal["COUNTRY", "ORG", "PLACE", "REGION"]


@dataclass(frozen=True, slots=True)
class Referent:
    """What a surface form names.

    ``COUNTRY``: a country (``country`` its ISO alpha-3, ``name`` its display name); ``metonym``
    marks a capital or seat of government, which names the country only when it acts
    ("Belgrade is reluctant"), not as a place ("a rally in Belgrade"). ``ORG``: an organization
    (``country`` None for international bodies). ``PLACE``: a demonym, city or province that
    tells a country but is never a mention of it ("Serbian", "Novi Sad"). ``REGION``: a
    multi-country region ("Latin America"), which only blocks shorter matches.
    """

    type: ReferentType
    name: str
    country: str | None
    metonym: bool = False


@dataclass(frozen=True, slots=True)
class KnownActor:
    """A person or body from the Phoenix dictionaries, with its current country (or None).

    ``org`` marks firms, NGOs and media (undated MNC/NGO/MED codes): never a person, whatever the
    NER says ("Lockheed Martin", "General Motors").
    """

    name: str
    country: str | None
    org: bool = False


@dataclass(frozen=True, slots=True)
class SurfaceMatch:
    """A surface form found in a text: tokens ``[first, last)``, characters ``[start, end)``."""

    first: int
    last: int
    start: int
    end: int
    referent: Referent


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Read-only lookups; build with :func:`load_gazetteer` (cached), never by hand in production."""

    countries: Mapping[str, str]  # ISO alpha-3 → display name ("RUS" → "Russia")
    surfaces: Mapping[str, Referent]  # normalized surface → referent
    upper_only: frozenset[str]  # short forms that match only in capitals ("US", "WHO")
    max_words: int
    prefixes: frozenset[str]  # every leading part of a surface key, to stop scans early
    actors: Mapping[str, KnownActor]  # normalized full name → actor
    surnames: Mapping[str, KnownActor]  # normalized surname → actor (Phoenix lists it alone)
    roles: RoleVocabulary
    demonyms: Mapping[str, str]  # ISO alpha-3 → "Eritrean" (from the Phoenix synonyms)

    def lookup(self, text: str) -> Referent | None:
        """The referent of ``text`` as written, or None. Proper names must be capitalized."""
        if not text[:1].isupper():
            return None
        if " " in text and any(
            w[:1].islower() and w not in _LOWER_WORDS and not w.startswith(("d'", "d\u2019", "l'"))
            for w in text.split()
        ):
            return None  # "Russia today" is not "Russia Today"
        key = normalize(text)
        ref = self.surfaces.get(key)
        if ref is not None and key in self.upper_only and text != text.upper():
            return None
        return ref

    def match_tokens(self, text: str, tokens: Sequence[tuple[int, int]]) -> list[SurfaceMatch]:
        """Longest, leftmost surface forms in ``text`` whose bounds fall on token bounds.

        ``tokens`` are the ``(start, end)`` character offsets of the tokens, in order. A token
        that wraps a name in punctuation ("/TASS/.") is looked into as well.
        """
        out: list[SurfaceMatch] = []
        n = len(tokens)
        i = 0
        while i < n:
            start = tokens[i][0]
            token = text[start : tokens[i][1]]
            if not token[:1].isupper() or not token[-1:].isalnum() and self.lookup(token) is None:
                core = self._wrapped(text, *tokens[i])
                if core is not None:
                    out.append(SurfaceMatch(i, i + 1, core[0], core[1], core[2]))
                    i += 1
                    continue
            if not text[start : start + 1].isupper():
                i += 1
                continue
            best: SurfaceMatch | None = None
            for j in range(i, min(n, i + 3 * self.max_words)):
                surface = text[start : tokens[j][1]]
                if "\n" in surface:
                    break
                key = normalize(surface)
                if key not in self.prefixes:
                    break
                ref = self.lookup(surface)
                if ref is not None:
                    best = SurfaceMatch(i, j + 1, start, tokens[j][1], ref)
            if best is not None:
                out.append(best)
                i = best.last
            else:
                i += 1
        return out

    def _wrapped(self, text: str, start: int, end: int) -> tuple[int, int, Referent] | None:
        token = text[start:end]
        if token.isalnum() or len(token) < 3:
            return None
        left = 0
        while left < len(token) and not token[left].isalnum():
            left += 1
        right = len(token)
        while right > left and not token[right - 1].isalnum():
            right -= 1
        if left == 0 and right == len(token) or right <= left:
            return None
        ref = self.lookup(token[left:right])
        return (start + left, start + right, ref) if ref is not None else None

    def actor(self, name: str) -> KnownActor | None:
        """A known person or body by full name ("Vladimir Putin")."""
        return self.actors.get(normalize(name))

    def is_org(self, name: str) -> bool:
        """Is ``name`` a body the gazetteer or the Phoenix actors know ("Amnesty International",
        "Greenpeace"), not a person, place or country?"""
        ref = self.lookup(name)
        if ref is not None:
            return ref.type == "ORG"
        actor = self.actor(name)
        return actor is not None and actor.org

    def surname(self, name: str) -> KnownActor | None:
        """The one known person Phoenix lists under this surname alone ("Putin")."""
        return self.surnames.get(normalize(name))

    def demonym(self, code: str | None) -> str | None:
        """The word news puts before a country's institutions: "Polish", "U.S.", else the
        country's name ("Cyprus Police")."""
        if not code:
            return None
        if code in tables.INSTITUTION_ADJECTIVES:
            return tables.INSTITUTION_ADJECTIVES[code]
        forms = tables.DEMONYMS.get(code)
        return forms[0] if forms else self.demonyms.get(code) or self.countries.get(code)

    def country_name(self, code: str | None) -> str | None:
        return self.countries.get(code) if code else None


# ---------------------------------------------------------------- Phoenix (TABARI) files

_CODE = re.compile(r"\[([^\]]*)\]")
_LOWER_WORDS = frozenset({"of", "and", "the", "for", "de", "da", "du", "des", "la", "le", "al",
                          "el", "bin", "on", "in"})


@dataclass(frozen=True, slots=True)
class _Block:
    names: tuple[str, ...]  # primary first, then + synonyms; normalized, no leading "the"
    code: str | None  # the current code (open-ended or latest end date)
    dated: bool  # some code has a date range (people have terms of office; firms rarely)


def _phoenix_date(text: str) -> int:
    digits = text.strip()
    if not digits.isdigit():
        return 0
    if len(digits) == 6:  # YYMMDD
        year = int(digits[:2])
        return (2000 + year if year <= 30 else 1900 + year) * 10000 + int(digits[2:])
    return int(digits[:8])


def _current_code(codes: Iterable[str]) -> str | None:
    """The code in force now: open-ended (``>date`` or none) beats the latest end date."""
    best, best_end = None, -1
    for raw in codes:
        parts = raw.split()
        if not parts or not parts[0].strip("-~"):
            continue
        end = 99_999_999
        if len(parts) > 1:
            when = parts[1]
            if when.startswith("<"):
                end = _phoenix_date(when[1:])
            elif "-" in when:
                end = _phoenix_date(when.split("-", 1)[1])
        if end >= best_end:
            best, best_end = parts[0], end
    return best


def _clean_name(text: str) -> str:
    key = normalize(text.strip().lstrip("+"))
    if key.startswith("the "):
        key = key[4:]
    return key


def _block(names: list[str], codes: list[str]) -> _Block:
    dated = any(len(c.split()) > 1 for c in codes)
    return _Block(tuple(n for n in names if n), _current_code(codes), dated)


def _phoenix_blocks(text: str) -> Iterator[_Block]:
    """The entries of a TABARI ``.actors`` file: a name, ``+`` synonyms, ``[CODE dates]`` lines."""
    names: list[str] = []
    codes: list[str] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0]
        stripped = line.strip()
        if not stripped:
            continue
        found = _CODE.findall(stripped)
        name_part = _CODE.sub(" ", stripped).strip()
        if stripped.startswith("+"):
            if name_part.lstrip("+").strip():
                names.append(_clean_name(name_part))
            codes.extend(found)
        elif stripped.startswith("[") and names:
            codes.extend(found)
        else:
            if names:
                yield _block(names, codes)
            names = [_clean_name(name_part)] if name_part else []
            codes = list(found)
    if names:
        yield _block(names, codes)


def _agent_phrases(text: str) -> Iterator[str]:
    """Role phrases of the agents file with its ``!PERSON!``/``!MINIST!`` sets expanded."""
    sets: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        phrase = re.split(r"[\[{]", line, maxsplit=1)[0].strip()
        if not phrase:
            continue
        variants = [phrase]
        for marker, words in sets.items():
            variants = [v.replace(marker, w) for v in variants for w in words] if any(
                marker in v for v in variants) else variants
        for v in variants:
            yield normalize(v)


def _read(name: str) -> str:
    return resources.files("wirecoder").joinpath("data", "phoenix", name).read_text(
        encoding="utf-8", errors="replace"
    )


# ---------------------------------------------------------------- building


def _iso_codes() -> dict[str, str]:
    """ISO alpha-3 → display name: pycountry's common name, else name, else the override."""
    out: dict[str, str] = {}
    for c in pycountry.countries:
        out[c.alpha_3] = tables.DISPLAY_NAMES.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
    out.update(tables.EXTRA_COUNTRIES)
    return out


def _iso(code: str | None, valid: Mapping[str, str]) -> str | None:
    if not code:
        return None
    code = tables.PHOENIX_CODES.get(code, code)
    return code if code in valid else None


def _actor_country(code: str, valid: Mapping[str, str]) -> str | None:
    """Country of a CAMEO actor code: SRBGOV → SRB, MNCUSA → USA, IGOUNO → None."""
    prefix = code[:3]
    if prefix == "IGO":
        return None
    if prefix in ("NGO", "MNC"):
        return _iso(code[3:6], valid)
    return _iso(prefix, valid)


def _display_person(key: str) -> str:
    parts = []
    for word in key.split():
        word = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
        if word.startswith("Mc") and len(word) > 2:
            word = "Mc" + word[2].upper() + word[3:]
        parts.append(word)
    return " ".join(parts)


# How demonyms end ("eritrean", "maltese", "omani", "danish", "cypriot"): the Phoenix synonym
# that shares the country name's first letters and ends so is the country's demonym.
_DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ic", "ot", "ch", "ene", "ine")

_STATE_WORDS = frozenset(
    "republic kingdom state federation federal principality commonwealth sultanate emirate duchy".split()
)


def _build() -> Gazetteer:
    countries = _iso_codes()
    surfaces: dict[str, Referent] = {}
    ambiguous: set[str] = set()

    def put_place(surface: str, country: str) -> None:
        key = normalize(surface)
        if not key or key in tables.NOT_COUNTRY_WORDS:
            return
        old = surfaces.get(key)
        if old is not None and old.country != country:
            ambiguous.add(key)
        surfaces[key] = Referent("PLACE", surface, country)

    def put(surface: str, referent: Referent) -> None:
        key = normalize(surface)
        if key.startswith("the "):
            key = key[4:]
        if key:
            surfaces[key] = referent
            ambiguous.discard(key)

    actors: dict[str, KnownActor] = {}
    surnames: dict[str, KnownActor] = {}
    bad_surnames: set[str] = set()
    country_primaries: list[tuple[str, str]] = []
    demonyms: dict[str, str] = {}
    for file_name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for block in _phoenix_blocks(_read(file_name)):
            if not block.names or not block.code:
                continue
            code = block.code
            if len(code) == 3 and code.isalpha():
                iso = _iso(code, countries)
                if iso is None:
                    continue
                country_primaries.append((block.names[0], iso))
                display = normalize(countries[iso])
                if iso not in demonyms:
                    demonym = next((w for w in block.names[1:] if " " not in w and w[:3] == display[:3]
                                    and w != display and len(w) >= len(display) - 1
                                    and w.endswith(_DEMONYM_ENDINGS) and not w.endswith("stan")), None)
                    if demonym is not None:
                        demonyms[iso] = _display_person(demonym)
                for name in block.names[1:]:
                    if _STATE_WORDS.intersection(name.split()) and f" {display} " in f" {name} ":
                        country_primaries.append((name, iso))  # "republic of serbia"
                    else:
                        put_place(name, iso)
                continue
            is_org = not block.dated and (code[:3] in ("MNC", "NGO") or code.endswith("MED"))
            actor = KnownActor(_display_person(block.names[0]), _actor_country(code, countries), is_org)
            for name in block.names:
                actors.setdefault(name, actor)
            if len(block.names[0].split()) >= 2:
                for name in block.names[1:]:
                    if " " in name or len(name) < 3:
                        continue
                    old = surnames.get(name)
                    if old is not None and old.name != actor.name:
                        bad_surnames.add(name)
                    surnames.setdefault(name, actor)
    for key in ambiguous:
        surfaces.pop(key, None)

    for iso, forms in tables.DEMONYMS.items():
        for form in forms:
            put(form, Referent("PLACE", form, iso))
    for form, iso in tables.PLACES.items():
        put(form, Referent("PLACE", form, iso))
    for primary, iso in country_primaries:
        put(primary, Referent("COUNTRY", countries[iso], iso))
    for c in pycountry.countries:
        ref = Referent("COUNTRY", countries[c.alpha_3], c.alpha_3)
        for form in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if form and "," not in form and "(" not in form:
                put(form, ref)
    for iso, name in countries.items():
        put(name, Referent("COUNTRY", name, iso))
    for iso, forms in tables.COUNTRY_ALIASES.items():
        for form in forms:
            put(form, Referent("COUNTRY", countries[iso], iso))
    for form in tables.REGIONS:
        put(form, Referent("REGION", form, None))
    for iso, forms in tables.CAPITALS.items():
        for form in forms:
            put(form, Referent("COUNTRY", countries[iso], iso, metonym=True))
    for name, (forms, iso) in tables.BREAKAWAYS.items():
        for form in (name, *forms):
            put(form, Referent("COUNTRY", name, iso))
    for form, name in tables.BREAKAWAY_SEATS.items():
        put(form, Referent("COUNTRY", name, tables.BREAKAWAYS[name][1], metonym=True))
    for name, (forms, iso) in tables.ORGANIZATIONS.items():
        for form in (name, *forms):
            put(form, Referent("ORG", name, iso))
            for a, b in (("Organization", "Organisation"), ("Organisation", "Organization")):
                if a in form and form.replace(a, b) not in forms:
                    put(form.replace(a, b), Referent("ORG", name, iso))  # British and American spelling
    for form, (org, _city_country) in tables.ORG_SEATS.items():
        put(form, Referent("ORG", org, tables.ORGANIZATIONS[org][1], metonym=True))

    # short forms match only in capitals ("US", "WHO"); a word and a number ("No 10") as written
    upper_only = frozenset(k for k in surfaces if sum(ch.isalpha() for ch in k) <= 3
                           and not (" " in k and any(ch.isdigit() for ch in k)))
    for key in list(surnames):
        if key in bad_surnames or key in surfaces:
            del surnames[key]
    return Gazetteer(
        countries=MappingProxyType(countries),
        surfaces=MappingProxyType(surfaces),
        upper_only=upper_only,
        max_words=max(len(k.split()) for k in surfaces),
        prefixes=frozenset(k[:i] for k in surfaces for i in range(1, len(k) + 1)),
        actors=MappingProxyType(actors),
        surnames=MappingProxyType(surnames),
        roles=build_role_vocabulary(_agent_phrases(_read("Phoenix.agents.txt"))),
        demonyms=MappingProxyType(demonyms),
    )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (about a second) and shared afterwards."""
    return _build()
