"""Titles, appositions and role-noun mentions: how a text says what office a person holds.

- :func:`title_before`: the title right before a name, "Serbian Deputy Prime Minister
  [Aleksandar Vulin]", "Presidents [Aleksandar] Vucic and ..." (a plural title), "U.S. Secretary
  of State [Antony Blinken]", with the country its modifiers name;
- :func:`apposition_after`: "[Aleksandar Vulin], Serbia's deputy prime minister,";
- :func:`role_mentions`: definite role nouns that stand for a person ("the Serbian leader",
  "The deputy prime minister", "the official", "Serbia's president").

All work on a parsed spaCy Doc and the gazetteer matches of :mod:`wirecoder.stages.entities.find`, indexed by
first token (``starts``) or end token (``ends``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lexicon.gazetteer import Gazetteer, SurfaceMatch
from ...lexicon.roles import (ABBREVIATED_TITLES, GENERIC_ROLES, HONORIFIC_PHRASES, HONORIFICS, INSTITUTION_WORDS,
                              display_role, honorific_length)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "RoleMention",
    "Title",
    "apposition_after",
    "country_before",
    "honorifics_before",
    "past_honorifics",
    "role_mentions",
    "title_before",
]

_POSSESSIVE = ("'s", "\u2019s")


@dataclass(slots=True)
class RoleMention:
    """A role noun that refers to a person: tokens ``[first, last)``, role in Title Case."""

    first: int
    last: int
    role: str
    generic: bool  # "the official", "the leader": fits anyone, sets no role
    country: str | None


@dataclass(slots=True)
class Title:
    """A title before a name: its role words (singular), whether it was plural, its country."""

    first: int  # first token of the title (role words)
    role_words: list[str]
    plural: bool
    country: str | None
    owner: int | None = None  # "Putin's spokesman": the token of the person it belongs to


def country_before(doc: Doc, i: int, gaz: Gazetteer, ends: dict[int, SurfaceMatch]) -> str | None:
    """A country named right before token ``i``: "Serbian", "Serbia's", "Iran's Foreign Ministry"."""
    j, steps = i, 0
    while j > 0 and steps < 5:
        m = ends.get(j)
        if m is not None and m.referent.type in ("COUNTRY", "PLACE", "ORG"):
            return m.referent.country
        tok = doc[j - 1]
        low = tok.lower_
        if low in (*_POSSESSIVE, "'"):
            j -= 1
            continue
        if tok.is_punct or not (
            tok.text[:1].isupper() or gaz.roles.is_word(low) or low in INSTITUTION_WORDS
            or tok.pos_ == "NOUN" and tok.is_alpha and tok.text.islower()  # "EU fisheries commissioner"
        ):
            return None
        j -= 1
        steps += 1
    return None


_ROMAN = frozenset({"II", "III", "IV"})


def past_honorifics(doc: Doc, i: int, end: int | None = None) -> int:
    """The first token at or after ``i`` (before ``end``) that is not a courtesy title: past
    "Mr.", "Dr.", "Tan Sri", "Datuk Seri", "Alhaji" and a title's number ("Finance Minister II
    Datuk Seri [Ahmad Zulkifli]")."""
    end = len(doc) if end is None else end
    while i < end:
        if doc[i].lower_ in HONORIFICS or doc[i].text in _ROMAN and i > 0 and doc[i - 1].text[:1].isupper():
            i += 1
            continue
        k = honorific_length([t.text for t in doc[i:min(end, i + 4)]])
        if k == 0:
            return i
        i += k
    return i


def honorifics_before(doc: Doc, j: int) -> int:
    """The first token of the courtesy titles that end right before token ``j`` ("Dr.",
    "Tan Sri", "Dato' Seri"), or ``j`` when there are none."""
    moved = True
    while moved and j > 0:
        moved = False
        if doc[j - 1].lower_ in HONORIFICS or doc[j - 1].text in _ROMAN and j > 1 and doc[j - 2].text[:1].isupper():
            j, moved = j - 1, True
            continue
        for k in (3, 2, 1):
            if j - k >= 0 and tuple(t.lower_.replace("\u2019", "'") for t in doc[j - k : j]) in HONORIFIC_PHRASES:
                j, moved = j - k, True
                break
    return j


def title_before(doc: Doc, i: int, gaz: Gazetteer, ends: dict[int, SurfaceMatch]) -> Title | None:
    """The title right before the name at token ``i`` ("Serbian Deputy Prime Minister"), past
    any courtesy titles between them ("Prime Minister Datuk Seri [Anwar Ibrahim]")."""
    roles = gaz.roles
    j = honorifics_before(doc, i)
    words: list[str] = []
    k = j
    bound = ends.get(j)  # "Ambassador to Russia [Name]": the country he is posted to, not his own
    posted: list[str] = []
    if (bound is not None and bound.referent.type == "COUNTRY" and bound.first >= 2
            and doc[bound.first - 1].lower_ == "to" and roles.head(doc[bound.first - 2].lower_) is not None):
        posted = ["to", *(t.lower_ for t in doc[bound.first : bound.last])]
        k = bound.first - 1
    while k > 0:
        tok = doc[k - 1]
        low = tok.lower_
        if roles.is_word(low) and tok.pos_ != "VERB":
            words.insert(0, low)
            k -= 1
        elif low in ("of", "for") and words and k > 1 and roles.is_word(doc[k - 2].lower_):
            words.insert(0, low)
            k -= 1
        elif tok.text == "-" and words and k > 1 and not tok.whitespace_ and roles.is_word(
            doc[k - 2].lower_
        ):
            words[0] = "-" + words[0]
            k -= 1
        else:
            break
    # Join hyphen pieces back ("secretary", "-general" → "secretary-general").
    joined: list[str] = []
    for w in words:
        if w.startswith("-") and joined:
            joined[-1] += w
        else:
            joined.append(w)
    words = joined
    # The head is the last word, or the word before "of"/"for".
    cut = next((x for x, w in enumerate(words) if w in ("of", "for")), len(words))
    if not words or cut == 0 or roles.head(words[cut - 1]) is None:
        return None
    head = words[cut - 1]
    plural = head not in roles.heads and head not in ABBREVIATED_TITLES
    if plural:
        words[cut - 1] = roles.head(head) or head
    words += posted
    owner = None
    if k > 1 and doc[k - 1].lower_ in _POSSESSIVE and doc[k - 2].pos_ == "PROPN" and k - 1 not in ends:
        owner = k - 2
    return Title(k, words, plural, country_before(doc, k, gaz, ends), owner)


_APPOSITION_DETERMINERS = frozenset({"the", "its", "his", "her", "their"})


def apposition_before(doc: Doc, first: int, last: int, gaz: Gazetteer) -> list[str] | None:
    """ "The justice secretary, Helen Marsh-Adeyemi, said", "Its president, Malcolm Dray,": the
    role words of a definite role noun and a comma right before the name at tokens
    ``first``..``last`` (closed by a comma or a verb), at a sentence's or clause's start, else
    None."""
    n = len(doc)
    if first < 3 or doc[first - 1].text != ",":
        return None
    k = first - 2
    words: list[str] = []
    while k >= 0 and doc[k].text.islower() and gaz.roles.is_word(doc[k].lower_) and doc[k].pos_ != "VERB":
        words.insert(0, doc[k].lower_)
        k -= 1
    if not words or gaz.roles.head(words[-1]) is None or words[-1] not in gaz.roles.heads:
        return None
    if k < 0 or doc[k].lower_ not in _APPOSITION_DETERMINERS:
        return None
    if k > 0 and not (doc[k - 1].is_punct or doc[k].is_sent_start):
        return None
    if last < n and not (doc[last].text == "," or doc[last].pos_ in ("VERB", "AUX")):
        return None
    return words


def apposition_after(
    doc: Doc, last: int, gaz: Gazetteer, starts: dict[int, SurfaceMatch]
) -> tuple[list[str], str | None] | None:
    """ "Name, Serbia's deputy prime minister," → (role words, country)."""
    n = len(doc)
    if last >= n or doc[last].text != ",":
        return None
    j = last + 1
    if j < n and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    country = None
    while j < n:
        m = starts.get(j)
        if m is not None and m.referent.type in ("COUNTRY", "PLACE"):
            country = m.referent.country
            j = m.last
            if j < n and doc[j].lower_ in _POSSESSIVE:
                j += 1
            continue
        break
    words: list[str] = []
    while j < n and (gaz.roles.is_word(doc[j].lower_) or doc[j].lower_ in ("of", "for") and words):
        words.append(doc[j].lower_)
        j += 1
    while words and words[-1] in ("of", "for"):
        words.pop()
        j -= 1
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    if gaz.roles.head(head) is None:
        return None
    if j < n and doc[j].lower_ == "of":
        m = starts.get(j + 1)
        if m is not None and m.referent.type == "COUNTRY":
            country = m.referent.country
            j = m.last
        else:
            return words, country  # "secretary general of the General Confederation of Labour"
    if j < n and not (doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX")):
        return None
    return words, country


def role_mentions(
    doc: Doc, gaz: Gazetteer, ends: dict[int, SurfaceMatch], starts: dict[int, SurfaceMatch], taken: set[int]
) -> list[RoleMention]:
    """Definite role nouns that may stand for a person: "the Serbian leader", "the official"."""
    roles = gaz.roles
    out: list[RoleMention] = []
    n = len(doc)
    for tok in doc:
        i = tok.i
        low = tok.lower_
        if i in taken or low not in roles.heads or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        nxt = doc[i + 1] if i + 1 < n else None
        if tok.dep_ in ("compound", "amod") or nxt is not None and (
            nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct
        ):
            continue  # a modifier ("official news agency") or a title before a name
        if nxt is not None and nxt.lower_ in ("'s", "\u2019s") and i + 2 < n and doc[i + 2].text[:1].isupper() \
                and doc[i + 2].lower_ in INSTITUTION_WORDS:
            continue  # "the Ombudsman's Office": the name of a body, not a person's role
        k = i
        while k > 0 and (roles.is_word(doc[k - 1].lower_) and doc[k - 1].pos_ != "VERB"):
            k -= 1
        words = [t.lower_ for t in doc[k : i + 1]]
        country = None
        m = ends.get(k)
        if m is not None and m.referent.type in ("COUNTRY", "PLACE"):
            country = m.referent.country
            k = m.first
        start = k
        if k > 0 and doc[k - 1].lower_ in _POSSESSIVE and ends.get(k - 1) is not None:
            owner = ends[k - 1]
            if owner.referent.type != "COUNTRY":
                continue
            country = owner.referent.country
            start = owner.first
        elif k > 0 and doc[k - 1].lower_ == "the":
            start = k - 1
        else:
            continue
        if i + 1 < n and doc[i + 1].lower_ == "of":
            after = starts.get(i + 2)
            if after is None or after.referent.type != "COUNTRY":
                continue  # "the head of the delegation": an office, not a reference
            country = after.referent.country
        generic = words[-1] in GENERIC_ROLES and len(words) == 1
        out.append(RoleMention(start, i + 1, display_role(words), generic, country))
    return out
