"""Canonical names of institutions as speakers: "the Saudi Foreign Ministry" → "Saudi Foreign
Ministry", "Japan's Foreign Ministry" → "Japanese Foreign Ministry", "the French Embassy in
Ouagadougou" → "French Embassy in Burkina Faso", "The Kremlin" → "Kremlin".

The country comes from the gazetteer (countries, capitals and demonyms); the demonym of a
country is the one :mod:`wirecoder.lexicon.tables` gives, else a one-word demonym the gazetteer
holds for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import tables
from ...lexicon.names import normalize

__all__ = ["canonical_body", "demonym", "place_country", "seat_country", "un_spelling"]

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ch", "be", "ean", "ine")
_GENERIC_BODIES = frozenset("""ministry embassy consulate army navy police military forces
government parliament cabinet presidency mission delegation guard department office""".split())


@lru_cache(maxsize=4)
def _demonyms(gazetteer) -> dict[str, str]:
    out: dict[str, str] = {iso: forms[0] for iso, forms in tables.DEMONYMS.items()}
    for key, ref in gazetteer.surfaces.items():
        if ref.type != "PLACE" or not ref.country or ref.country in out or " " in key:
            continue
        country = normalize(gazetteer.countries.get(ref.country, ""))
        # "colombian" for Colombia, "burkinabe" for Burkina Faso: the country's stem and an ending
        if country and key.startswith(country[:4]) and key.endswith(_DEMONYM_ENDINGS) and key != country:
            out[ref.country] = key[:1].upper() + key[1:]
    return out


def demonym(gazetteer, iso: str | None) -> str | None:
    """The adjective of a country ("JPN" → "Japanese"), or None."""
    if gazetteer is None or iso is None:
        return None
    return _demonyms(gazetteer).get(iso)


def place_country(gazetteer, text: str) -> tuple[str, bool] | None:
    """(ISO code, is a capital) of a country or capital name, or None."""
    if gazetteer is None or not text[:1].isupper():
        return None
    ref = gazetteer.lookup(text)
    if ref is None or ref.type != "COUNTRY" or ref.country is None:
        return None
    return ref.country, ref.metonym


def canonical_body(words: list[str], gazetteer) -> str:
    """The canonical name of an institution phrase given as its tokens with their trailing
    white space (possessive "'s" a token of its own): determiners dropped, "Country's Ministry"
    → "Demonym Ministry", "Mexico's National Migration Institute" → "National Migration
    Institute" (a name of its own)."""
    words = [w for w in words if w.strip()]
    while words and words[0].strip().lower() in _DETERMINERS:
        words = words[1:]
    bare = [w.strip() for w in words]
    for k in range(1, min(4, len(words) - 1)):
        if bare[k] in ("'s", "’s") and k + 1 < len(words):
            place = place_country(gazetteer, "".join(words[:k]).strip())
            if place is not None:
                rest = words[k + 1:]
                adj = demonym(gazetteer, place[0])
                # "North Korea's space agency": a description, not a name of its own
                described = all(w.strip()[:1].islower() or not w.strip()[:1].isalpha() for w in rest)
                generic = (bare[-1].lower() in _GENERIC_BODIES or described) and len(rest) <= 3
                if generic and adj is not None:
                    words = [adj + " "] + rest
                elif not generic:
                    words = rest
            break
    return " ".join("".join(words).split())


# a mission named for the capital it sits in: "Embassy in Canberra", "Consulate General in Lagos"
_SEAT = re.compile(r"^(.*\b(?:Embassy|Consulate|Consulate General|High Commission|Mission|Delegation))"
                   r" (in|to) (.+)$")


def seat_country(name: str, gazetteer) -> str:
    """A diplomatic mission named for its host capital takes the host country, as a capital
    speaking for its government does: "Russian Embassy in Bamako" → "Russian Embassy in Mali".
    Other names are returned as they are."""
    m = _SEAT.match(name)
    if m is None or gazetteer is None:
        return name
    place = place_country(gazetteer, m.group(3))
    if place is None or not place[1]:
        return name
    country = gazetteer.country_name(place[0])
    return f"{m.group(1)} {m.group(2)} {country}" if country else name


_UN_DOTS = re.compile(r"(?<![\w.])U\.N\.(?=[\s-]|$)")


def un_spelling(name: str) -> str:
    """The United Nations' initials as its bodies are named, without points: "U.N. Office for the
    Coordination of Humanitarian Affairs" → "UN Office for ...". (A country's initials stay as
    written: "U.S. Embassy in Sarajevo" is the country word of the name.)"""
    return _UN_DOTS.sub("UN", name)
