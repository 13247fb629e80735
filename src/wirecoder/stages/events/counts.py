"""Counts an event report gives: participants, dead, injured, detained, and competing estimates.

- ``"between 140,000 and 150,000 participants"`` → 140000 with the range (140000, 150000);
- ``"about 5,000"`` → 5000, ``"more than 90,000"`` → 90000, ``"some 3,000"`` → 3000,
  ``"1.2 million"`` → 1200000, ``"a dozen"`` → 12, ``"two"`` → 2;
- vague plurals ("tens of thousands", "hundreds of") give no number;
- dead and injured from "killing two soldiers", "injured eight sailors", "51 soldiers were
  killed", "an attack ... that killed three officers".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Token

__all__ = ["Count", "casualties", "count_before", "number_value", "people_count"]

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_PEOPLE = frozenset("""people person participant protester demonstrator marcher supporter
resident citizen civilian worker driver farmer student migrant refugee soldier troop officer
policeman sailor fighter militant rebel insurgent man woman child member activist opponent
official journalist correspondent prisoner detainee hostage Serb Serbs crew fisherman
villager passenger pilgrim trucker""".lower().split())
_KILL = frozenset({"kill", "murder", "massacre", "execute", "behead", "die"})
_INJURE = frozenset({"injure", "wound", "hurt", "maim"})


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    low: int | None = None
    high: int | None = None

    @property
    def range(self) -> tuple[int, int] | None:
        return (self.low, self.high) if self.low is not None and self.high is not None else None


def number_value(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(value, index after the number) of a number starting at ``tokens[i]``, or None."""
    t = tokens[i]
    text = t.text.lower().replace(",", "")
    value: float | None = None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
    elif text in _WORDS:
        value = _WORDS[text]
    elif text in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower_ == "dozen":
        return 12, i + 2
    if value is None:
        return None
    if text in ("hundred", "dozen") and i > 0 and tokens[i - 1].lower_ in ("several", "few", "many", "hundreds", "some"):
        return None  # "several hundred": vague
    j = i + 1
    while j < len(tokens) and tokens[j].lower_ in _SCALES:
        value *= _SCALES[tokens[j].lower_]
        j += 1
    return int(value), j


def count_before(tokens: list[Token], end: int) -> Count | None:
    """The count in the words before ``tokens[end]`` (a noun): "between 140,000 and 150,000",
    "about 300", "more than 90,000", "30"."""
    start = max(0, end - 8)
    nums: list[tuple[int, int, int]] = []  # (value, first, after)
    k = start
    while k < end:
        got = number_value(tokens, k)
        if got is not None:
            nums.append((got[0], k, got[1]))
            k = got[1]
        else:
            k += 1
    nums = [n for n in nums if n[2] >= end - 3]
    if not nums:
        return None
    if len(nums) >= 2:
        (a, fa, _), (b, fb, ab) = nums[-2], nums[-1]
        words = {x.lower_ for x in tokens[max(start, fa - 2):fb]}
        if ("between" in words and "and" in words) or {"to", "-", "–"} & words and a < b:
            return Count(a, a, b)
    value, first, after = nums[-1]
    if after < end and tokens[after].lower_ in ("of",) and tokens[after - 1].lower_ in _SCALES:
        return None  # "thousands of": vague
    return Count(value)


def people_count(noun: Token) -> Count | None:
    """The count of a people noun ("about 300 people", "a group of 30 migrants" at "group")."""
    doc = noun.doc
    words = list(doc[max(0, noun.i - 8): noun.i])
    if not words:
        return None
    base = words[0].i
    c = count_before(list(doc[base: noun.i + 1]), noun.i - base)
    if c is not None:
        return c
    if noun.lower_ in ("group", "crowd", "total", "convoy"):
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return people_count(obj)
    return None


def _is_people(token: Token) -> bool:
    return token.lemma_.lower() in _PEOPLE or token.lower_ in _PEOPLE


def participants(scope: Iterable[Token]) -> Count | None:
    """The first counted people noun in ``scope``."""
    for t in scope:
        if t.pos_ in ("NOUN", "PROPN", "NUM") and (_is_people(t) or t.pos_ == "NUM" and t.dep_ in ("nsubj", "pobj", "dobj")):
            if t.pos_ == "NUM":
                got = number_value(list(t.doc), t.i)
                if got is not None and not re.fullmatch(r"(1[89]|20)\d\d", t.text):
                    left = t.doc[max(0, t.i - 3): t.i]
                    words = [x.lower_ for x in left]
                    if "between" in words:
                        continue
                    return Count(got[0])
                continue
            c = people_count(t)
            if c is not None:
                return c
    return None


def casualties(scope: Iterable[Token]) -> tuple[int | None, int | None]:
    """(dead, injured) reported in ``scope``: a killing or injuring verb with a counted object
    ("killing two soldiers") or passive subject ("51 soldiers were killed")."""
    dead = injured = None
    for t in scope:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in _KILL and lemma not in _INJURE:
            continue
        for child in t.children:
            if child.dep_ in ("dobj", "nsubjpass", "nsubj") and child.pos_ in ("NOUN", "PROPN", "NUM"):
                c = people_count(child) if child.pos_ != "NUM" else None
                if c is None and child.pos_ == "NUM":
                    got = number_value(list(child.doc), child.i)
                    c = Count(got[0]) if got else None
                if c is None:
                    continue
                if child.dep_ == "nsubj" and lemma != "die":
                    continue
                if lemma in _KILL and dead is None:
                    dead = c.value
                elif lemma in _INJURE and injured is None:
                    injured = c.value
    return dead, injured
