"""Canonical names of institutions as speakers: "the Saudi Foreign Ministry" → "Saudi Foreign
Ministry", "Japan's Foreign Ministry" → "Japanese Foreign Ministry", "the French Embassy in
Ouagadougou" → "French Embassy in Burkina Faso", "The Kremlin" → "Kremlin".

The country comes from the gazetteer (countries, capitals and demonyms); the demonym of a
country is the one :mod:`wirecoder.lexicon.tables` gives, else a one-word demonym the gazetteer
holds for it.
"""

from __future__ import annotations

from functools import lru_cache

from ...lexicon import tables
from ...lexicon.names import normalize

__all__ = ["canonical_body", "demonym", "place_country"]

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ch", "be", "ean", "ine")
_GENERIC_BODIES = frozenset("""ministry embassy consulate army navy police military forces
government parliament cabinet presidency mission delegation guard department office""".split())


@lru_cache(maxsize=4)
def _demonyms(gazetteer) -> dict[str, str]:
    out: dict[str, str] = {iso: forms[0] for iso, forms in tables.DEMONYMS.items()}
    for key, ref in gazetteer.surfaces.items():
        if ref.type == "PLACE" and ref.country and ref.country not in out and " " not in ref.name \
                and ref.name[:1].isupper() and ref.name.endswith(_DEMONYM_ENDINGS):
            out[ref.country] = ref.name
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
    """The canonical name of an institution phrase given as words (possessive "'s" a word of its
    own): determiners dropped, "Country's X" → "Demonym X", "X in Capital" → "X in Country" for
    embassies and missions."""
    words = [w for w in words if w.strip()]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    # "Japan's Foreign Ministry" → "Japanese Foreign Ministry"; "Mexico's National Migration
    # Institute" is a name of its own: "National Migration Institute"
    for k in range(1, min(4, len(words) - 1)):
        if words[k] in ("'s", "’s") and k + 1 < len(words):
            place = place_country(gazetteer, " ".join(words[:k]))
            if place is not None:
                rest = words[k + 1:]
                adj = demonym(gazetteer, place[0])
                generic = rest[-1].lower() in _GENERIC_BODIES and len(rest) <= 3
                if generic and adj is not None:
                    words = [adj] + rest
                elif not generic:
                    words = rest
            break
    text = " ".join(words)
    for mark in (" 's", " ’s"):
        text = text.replace(mark, mark.strip())
    return text


def folded(text: str) -> str:
    return normalize(text)
