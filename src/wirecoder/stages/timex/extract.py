"""``find_timexes``: recognition (:mod:`.grammar`), tense (:mod:`.tense`) and interpretation
(:mod:`.interpret`) over one Doc, in one linear pass. Pure: the anchor is the ``published``
argument, never the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...records import TimeExpression
from ...spans import Span, span_at
from .grammar import Candidate, TimexType, scan
from .interpret import Context, interpret
from .resolve import Anchor, Tense, in_calendar
from .tense import clause_tense

__all__ = ["Timex", "find_timexes", "find_times"]

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PERIOD = re.compile(r"[0-9]{4}-(?:[0-9]{2}|W[0-9]{2}|Q[1-4]|H[12]|SP|SU|FA|WI).*")
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "season", "quarter", "decade", "period",
                         "election", "elections", "olympics", "games", "cup", "census",
                         "budget", "accord", "agreement", "law", "act", "campaign", "war"})


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression with its TIMEX3 type (DATE, TIME, DURATION, SET).

    ``value``: the calendar value for DATE expressions, at the text's granularity (see
    :mod:`.resolve`; a season's is its year, "autumn 2027" → 2027, its TIMEX3 "2027-FA" in
    ``timex3``), None when it cannot be known (a relative expression without a publication
    date, "three days later") and for other types. ``timex3``: the TIMEX3 value: ``value`` when
    there is one, else a length for DURATION and SET ("P3Y") or a reference for "now",
    "recently", "the future" (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``), else None.
    ``rule``: the grammar rule that found it.
    """

    span: Span
    type: TimexType
    value: str | None
    timex3: str | None = None
    rule: str = ""

    def to_time_expression(self) -> TimeExpression:
        return TimeExpression(span=self.span, value=self.value, type=self.type)

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "type": self.type, "value": self.value,
                "timex3": self.timex3}


def find_times(doc, published: str | None) -> tuple[TimeExpression, ...]:
    """The time expressions of ``doc`` (a spaCy Doc over the article text), each with its value
    resolved against ``published`` ("YYYY-MM-DD", or a partial "YYYY-MM"/"YYYY", or None).

    TIMEX3 reference times ("now", "recently", "the future", "at the moment") are left out: they
    refer to no date of the calendar (the wire convention drops them as vague, and a record with
    no value and no date to give says nothing); :func:`find_timexes` keeps them, with their
    ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``."""
    return tuple(t.to_time_expression() for t in find_timexes(doc, published) if t.rule != "reference")


def find_timexes(doc, published: str | None, text: str | None = None) -> tuple[Timex, ...]:
    """Like :func:`find_times`, with types. ``doc`` may be None (then ``text`` is required):
    without a parse there is no tense, and ambiguous dates take the nearest reading."""
    text = doc.text if doc is not None else text
    if text is None:
        raise ValueError("find_timexes needs a Doc or a text")
    anchor = Anchor.parse(published)
    found: list[Timex] = []
    last_day = anchor.date.isoformat() if anchor is not None and anchor.date else None
    last_period: str | None = None  # the last value finer than a year ("January" → 2009-01)
    for cand in scan(text):
        if doc is not None and cand.rule == "year" and "mod" not in cand.groups and _is_count(doc, cand):
            continue
        if doc is not None and cand.rule == "season" and _names_a_thing(doc, cand):
            continue
        context = Context(text[max(0, cand.start - 40) : cand.start], text[cand.end : cand.end + 40])
        meaning = interpret(cand, anchor, _tense_getter(doc, cand), context)
        value = meaning.value
        if meaning.anaphor == "day":
            value = last_day  # "later in the day": the day last mentioned, else the publication's
        elif meaning.anaphor == "year_before" and last_period is not None:
            value = f"{int(last_period[:4]) - 1:04d}{last_period[4:]}"
            value = value if in_calendar(value) else None  # a year before year 1
        elif value is not None and _DAY.fullmatch(value):
            last_day = value
        if value is not None and _PERIOD.fullmatch(value):
            last_period = value
        found.append(Timex(span_at(text, cand.start, cand.end), meaning.type, value,
                           meaning.timex3 or value, cand.rule))
    return tuple(found)


def _tense_getter(doc, cand: Candidate):
    def tense_of() -> Tense:
        return clause_tense(doc, cand.start, cand.end) if doc is not None else None

    return tense_of


def _names_a_thing(doc, cand: Candidate) -> bool:
    """"the summer recess", "the spring wage talks", "a winter offensive": a season without a
    year that modifies the noun after it names that thing (a vague time at most), not a date.
    A season the parser hangs on a subject ("In the spring prices rose") stays a time."""
    if cand.groups.get("y") or cand.groups.get("y2"):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    head = token.head
    return (token.dep_ in ("compound", "amod", "nmod") and head.i > token.i and head.pos_ == "NOUN"
            and head.dep_ not in ("nsubj", "nsubjpass"))


def _is_count(doc, cand: Candidate) -> bool:
    """"2000 people": a number counting something, not a year ("1990 levels", "the 2008 crash").
    spaCy's entity label decides when there is one; else a bare number before a plural noun."""
    span = doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.ent_type_:
        return token.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
    head = token.head
    if token.dep_ != "nummod" or head.tag_ != "NNS" or head.lemma_.lower() in _TIME_NOUNS:
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    return not (before is not None and before.tag_ in ("DT", "PRP$", "POS")
                and before.lower_ not in ("some", "any", "no", "another", "all"))
