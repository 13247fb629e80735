"""National institutions and the country they belong to, named as the wire gold names them.

:func:`find_institutions` reads, over a parsed Doc and the gazetteer matches:

- a country word and an institution: "Poland's Defence Ministry", "the Turkish navy",
  "Belarus's State Border Committee", "Seoul's Foreign Ministry" (a capital's possessive),
  "the U.S. Embassy in Sarajevo" → "Polish Defence Ministry" (POL), "Turkish Navy" (TUR),
  "Belarusian State Border Committee" (BLR), "South Korean Foreign Ministry" (KOR), "U.S. Embassy
  in Sarajevo" (USA): demonym + the institution's words in Title Case (+ "in <place>");
- a named institution and the country after "of": "the Constitutional Court of Bosnia and
  Herzegovina" (BIH), as written;
- an institution without a country word, "the Interior Ministry", "Police said", "the army":
  the story's country (``home``), "Polish Interior Ministry", "Polish Police", "Polish Army".

A bare role of an institution ("the ministry", "the embassy") is not one of these; it is
resolved afterwards to the institution of that kind last named (:func:`institution_head`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lexicon.gazetteer import Gazetteer, SurfaceMatch
from ...lexicon.roles import INSTITUTION_HEADS, INSTITUTION_MODIFIERS, NATIONAL_FORCES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["Institution", "find_institutions", "institution_head"]

_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_MAX_MODIFIERS = 5


@dataclass(frozen=True, slots=True)
class Institution:
    """An institution mention: tokens ``[first, last)``, its canonical name and country."""

    first: int
    last: int
    name: str
    country: str | None


def institution_head(word: str) -> str | None:
    """The kind of institution a (lower-case) head word names: "ministry", "forces"... or None."""
    return word if word in INSTITUTION_HEADS else None


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _country_word(gaz: Gazetteer, m: SurfaceMatch) -> str | None:
    ref = m.referent
    if ref.type in ("COUNTRY", "PLACE") and ref.country:
        return ref.country
    return None


def _its_country(doc: Doc, j: int, matches: list[SurfaceMatch], firsts: list[int]) -> str | None:
    """For "Its Foreign Ministry" at token ``j``: the country "its" stands for, the last
    country or organisation that is the subject of its clause in this sentence or the one
    before ("Egypt, which backs the army, called for a ceasefire. Its foreign ministry said"),
    when that is a country; else None."""
    if j == 0 or doc[j - 1].lower_ != "its":
        return None
    sent = doc[j].sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    # ``firsts``: the matches' first tokens, in text order (bisection, not a scan of every match)
    for m in reversed(matches[bisect_left(firsts, floor) : bisect_left(firsts, j)]):
        if m.last > j - 1:
            continue
        root = doc[m.first : m.last].root
        if root.dep_ not in ("nsubj", "nsubjpass", "ROOT"):  # a root name: the parser lost the verb
            continue
        if m.referent.type == "COUNTRY" and m.referent.country:
            return m.referent.country
        return None
    return None


def _place_opening(doc: Doc, j: int, starts: dict[int, SurfaceMatch]) -> str | None:
    """The country of the place a sentence opens with when the institution at token ``j`` is
    what follows it: "In Minsk, the State Border Committee said ..." (BLR), or None."""
    sent = doc[j].sent.start
    if doc[sent].lower_ != "in":
        return None
    k = sent + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    m = starts.get(k)
    if m is None or m.referent.type not in ("COUNTRY", "PLACE") or not m.referent.country:
        return None
    comma = m.last
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    first = comma + 1
    if first < len(doc) and doc[first].lower_ in ("the", "its"):
        first += 1
    return m.referent.country if first == j else None


def find_institutions(
    doc: Doc, gaz: Gazetteer, matches: list[SurfaceMatch], blocked: set[int], home: str | None, body: int
) -> list[Institution]:
    """National institutions of ``doc`` (see the module doc); ``blocked`` tokens are never used."""
    ends = {m.last: m for m in matches}
    starts = {m.first: m for m in matches}
    firsts = [m.first for m in matches]
    named_before: dict[str, str] = {}  # an institution's words after its country word → country
    n = len(doc)
    out: list[Institution] = []
    taken: set[int] = set()
    for tok in doc:
        i = tok.i
        low = tok.lower_
        if low not in INSTITUTION_HEADS or i in blocked or i in taken or tok.idx < body:
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        last = i + 1
        if low == "forces" and not (i > 0 and doc[i - 1].lower_ == "armed"):
            if not (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ in INSTITUTION_MODIFIERS):
                continue
        nxt = doc[last] if last < n else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct and nxt.lower_ not in ("of", "in"):
            if not (nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and low in ("ministry", "office")):
                continue  # a modifier ("police officers", "army base"), not the institution
        # Words before the head: Title Case words or known institution modifiers.
        j = i
        while j > 0 and i - j < _MAX_MODIFIERS and j not in ends:
            prev = doc[j - 1]
            plow = prev.lower_
            if j - 1 in blocked or prev.idx < body:
                break
            if prev.text[:1].isupper() and prev.is_alpha and plow not in ("the", "a", "an", "its", "his", "her", "their") and (
                prev.pos_ in ("PROPN", "NOUN", "ADJ") or plow in INSTITUTION_MODIFIERS
            ):
                j -= 1
            elif plow in INSTITUTION_MODIFIERS and prev.pos_ in ("NOUN", "ADJ", "PROPN"):
                j -= 1
            else:
                break
        words = [t.text for t in doc[j:last]]
        if j > 1 and doc[j - 1].lower_ in ("and", "of", "for", "&") and doc[j - 2].text[:1].isupper():
            continue  # the end of a longer name ("Peace and Security Council")
        if last + 1 < n and doc[last].lower_ in ("of", "for") and doc[last + 1].text[:1].isupper() and (
            last + 1 not in starts
        ):
            continue  # "Office of Citizenship and Migration Affairs": a name of its own
        country: str | None = None
        start = j
        possessive = False
        before = ends.get(j)
        if before is None and j > 0 and doc[j - 1].text in _POSSESSIVE:
            before = ends.get(j - 1)
            possessive = before is not None
        if before is not None and before.start >= body:
            code = _country_word(gaz, before)
            if code is None and before.referent.type == "ORG":
                continue  # part of another body's name ("NATO Military Committee")
            country = code
            start = before.first
        # "of <Country>", "in <Place>" after the head.
        tail: list[str] = []
        if last + 1 < n and doc[last].lower_ in ("of", "in"):
            k = last + 1
            if k < n and doc[k].lower_ == "the":
                k += 1
            after = starts.get(k)
            if after is not None and after.referent.type in ("COUNTRY", "PLACE") and after.referent.country:
                if doc[last].lower_ == "of" and country is None and words[0][:1].isupper():
                    country = after.referent.country
                    out.append(Institution(start, after.last, doc[start:after.last].text, country))
                    taken.update(range(start, after.last))
                    continue
                if doc[last].lower_ == "in" and low in ("embassy", "consulate", "mission"):
                    tail = ["in", doc[k:after.last].text]
                    last = after.last
        capitalized = all(w[:1].isupper() for w in words)
        national = low in NATIONAL_FORCES or [w.lower() for w in words] == ["armed", "forces"]
        if country is None:
            named = len(words) > 1 and (
                capitalized or low == "ministry" and all(w.lower() in INSTITUTION_MODIFIERS for w in words[:-1])
            )
            if not (named or national):
                continue  # "the committee", "a ministry": a role noun, not a name
            if len(words) > 1 and not named:
                continue
            head_words = [_title(w) for w in words]
            # the country of the last one named with these words after a country word
            # ("Belarus's State Border Committee" ... "the State Border Committee"), by look-up
            country = (named_before.get(" ".join(head_words)) or _place_opening(doc, j, starts)
                       or _its_country(doc, j, matches, firsts) or home)
        if country is None:
            continue
        head_words = [_title(w) for w in words]
        if low == "military":
            head_words[-1:] = ["Armed", "Forces"]
        generic = all(w.lower() in INSTITUTION_MODIFIERS for w in words[:-1])
        if start < j and not possessive:
            # the country word as written: "Polish", "U.S.", "China Coast Guard"
            lead = [doc[start:j].text]
        elif start < j or generic:
            lead = [gaz.demonym(country) or ""]  # "Poland's" → "Polish"; "the Interior Ministry"
        else:
            lead = []  # a proper name of its own: "National Liberation Army", as written
        name = " ".join(w for w in [*lead, *head_words, *tail] if w)
        if any(lead) and not tail:
            named_before[" ".join(head_words)] = country
        out.append(Institution(start, last, name, country))
        taken.update(range(start, last))
    return out
