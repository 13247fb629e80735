"""Interpretation: what a recognised expression means, as a TIMEX3 type and value.

:func:`interpret` takes a :class:`~.grammar.Candidate`, the anchor (None when the publication
date is unknown) and a zero-argument function giving the clause's tense (called only when the
value depends on it). Absolute expressions ("4 September 2024", "2008") get values without an
anchor; relative ones ("Friday", "last December") get None without one. Durations and sets get
no calendar value (their TIMEX3 length, "P3Y", is kept apart in ``timex3``).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Callable

from .grammar import Candidate, TimexType
from .lexicon import MONTHS, SEASONS, UNITS, WEEKDAYS, parse_number
from .resolve import (
    Anchor,
    Tense,
    easter,
    in_calendar,
    month_day,
    month_of_year,
    month_value,
    nth_weekday,
    quarter_of_year,
    quarter_value,
    season_of_year,
    season_value,
    shift_days,
    shift_months,
    shift_quarters,
    shift_weeks,
    shift_years,
    weekday_date,
    yearly,
)

__all__ = ["Context", "Meaning", "interpret"]


@dataclass(frozen=True, slots=True)
class Meaning:
    """``value``: the calendar value (DATE only). ``timex3``: a TIMEX3 value that is not a
    calendar value: a length ("P3Y") for DURATION and SET, ``PAST_REF``/``PRESENT_REF``/
    ``FUTURE_REF`` for "recently", "now", "the future". ``anaphor``: "day" when the expression
    means the day last mentioned ("later in the day"), "year_before" when it means the period
    last mentioned a year earlier ("the same month a year ago"); :mod:`.extract` fills the value."""

    type: TimexType
    value: str | None = None
    timex3: str | None = None
    anaphor: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """The text around an expression: ``before`` it and ``after`` it (a few dozen characters)."""

    before: str = ""
    after: str = ""


TenseOf = Callable[[], Tense]
_DIRECTION = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next"}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4}
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                  "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                  "nineteenth twentieth").split()


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"[0-9]+", text).group())


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def interpret(
    cand: Candidate, anchor: Anchor | None, tense_of: TenseOf, context: Context = Context()
) -> Meaning:
    """The meaning of ``cand``; ``context`` is the text around it ("500 barrels a day"). A value
    outside the calendar (years 1-9999: "next year" of 9999, "Christmas 0000") is None."""
    handler = _HANDLERS.get(cand.rule)
    if handler is None:
        return Meaning(cand.type)
    try:
        meaning = handler(cand.groups, anchor, tense_of, context)
    except (OverflowError, ValueError):  # calendar arithmetic past year 1 or 9999
        return Meaning(cand.type)
    if meaning.value is not None and not in_calendar(meaning.value):
        return Meaning(meaning.type, None, meaning.timex3, meaning.anaphor)
    return meaning


_ATTACKS = re.compile(r",?\s+(?:terrorist\s+|terror\s+)?attacks?\b", re.IGNORECASE)


def _month_day(g, anchor, tense_of, ctx) -> Meaning:
    month = _month(g.get("m1") or g["m2"])
    day = _day(g.get("d1") or g["d2"])
    if "y" in g:
        return Meaning("DATE", _iso(int(g["y"]), month, day))
    if (month, day) == (9, 11) and _ATTACKS.match(ctx.after):
        return Meaning("DATE", "2001-09-11")  # "the September 11 attacks": a named event
    if anchor is None:
        return Meaning("DATE")
    weekday = WEEKDAYS.get(g.get("wd", "").lower())
    if weekday is not None:  # "Friday, September 6": the year in which it is a Friday
        def on(year: int) -> _dt.date | None:
            try:
                d = _dt.date(year, month, day)
            except ValueError:
                return None
            return d if d.weekday() == weekday else None

        found = yearly(anchor, on, None)
        if found:
            return Meaning("DATE", found)
    return Meaning("DATE", month_day(anchor, month, day, tense_of()))


def _numeric(g, anchor, tense_of, ctx) -> Meaning:
    if "iy" in g:
        return Meaning("DATE", _iso(int(g["iy"]), int(g["im"]), int(g["id"])))
    if "sa" in g:
        a, b, y = int(g["sa"]), int(g["sb"]), g["sy"]
        month, day = (b, a) if a > 12 else (a, b)  # US order unless the first cannot be a month
    else:
        day, month, y = int(g["da"]), int(g["db"]), g["dy"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    return Meaning("DATE", _iso(year, month, day))


def _month_year(g, anchor, tense_of, ctx) -> Meaning:
    if "y" in g:
        return Meaning("DATE", month_value(int(g["y"]), _month(g["m"])))
    if anchor is None:  # "October of next year"
        return Meaning("DATE")
    shift = {"this": 0, "last": -1, "the previous": -1, "next": 1, "the following": 1}[_norm(g["rel"])]
    return Meaning("DATE", month_value(anchor.year + shift, _month(g["m"])))


def _short_year(g, anchor, tense_of, ctx) -> Meaning:
    """"since '82": the nearest such year not after the anchor (or 1930-2029 without one)."""
    yy = int(g["yy"])
    if anchor is None:
        return Meaning("DATE", f"{(1900 if yy >= 30 else 2000) + yy:04d}")
    century = anchor.year // 100 * 100
    year = century + yy if century + yy <= anchor.year + 1 else century - 100 + yy
    return Meaning("DATE", f"{year:04d}")


def _same_period(g, anchor, tense_of, ctx) -> Meaning:
    return Meaning("DATE", anaphor="year_before")  # "January ... the same month a year ago"


def _the_day(g, anchor, tense_of, ctx) -> Meaning:
    return Meaning("DATE", anaphor="day")


def _reference(g, anchor, tense_of, ctx) -> Meaning:
    ref = "PRESENT_REF" if "present" in g else "PAST_REF" if "past" in g else "FUTURE_REF"
    return Meaning("DATE", timex3=ref)


def _month_alone(g, anchor, tense_of, ctx) -> Meaning:
    if anchor is None:
        return Meaning("DATE")
    rel = _norm(g.get("rel", ""))
    month = _month(g["m"])
    if rel == "this":
        return Meaning("DATE", month_value(anchor.year, month))
    direction = _DIRECTION.get(rel)
    return Meaning("DATE", month_of_year(anchor, month, None if direction else tense_of(), direction))


def _year(g, anchor, tense_of, ctx) -> Meaning:
    return Meaning("DATE", g["y"])


def _decade(g, anchor, tense_of, ctx) -> Meaning:
    if "dec" in g:
        return Meaning("DATE", g["dec"][:3])
    two = g.get("dec2") or g["dec3"]
    return Meaning("DATE", ("19" if two >= "20" else "20") + two[0])


def _century(g, anchor, tense_of, ctx) -> Meaning:
    word = _norm(g["ord"])
    if word[0].isdigit():
        n = _day(word)
    elif word.startswith("twenty-"):
        n = 20 + _ORDINAL_WORDS.index(word[len("twenty-") :]) + 1
    else:
        n = _ORDINAL_WORDS.index(word) + 1
    return Meaning("DATE", f"{n - 1:02d}")


_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2, "this": 0, "last": -1}


def _day_ref(g, anchor, tense_of, ctx) -> Meaning:
    word = _norm(g.get("w") or g.get("w2") or g["dem"])
    return Meaning("DATE", shift_days(anchor, _DAY_SHIFT[word]) if anchor else None)


def _weekday(g, anchor, tense_of, ctx) -> Meaning:
    if anchor is None or anchor.date is None:
        return Meaning("DATE")
    rel = _norm(g.get("rel", ""))
    direction = _DIRECTION.get(rel)
    tense = None if direction else (tense_of() or ("future" if rel == "this" else None))
    day = weekday_date(anchor.date, WEEKDAYS[g["wd"].lower()], tense, direction)
    return Meaning("DATE", day.isoformat() if day else None)


_SHIFT = {"last": -1, "the previous": -1, "the prior": -1, "this": 0, "the current": 0,
          "next": 1, "the coming": 1}


def _unit_value(anchor: Anchor, unit: str, n: int) -> str | None:
    if unit == "week":
        return shift_weeks(anchor, n)
    if unit == "weekend":
        return shift_weeks(anchor, n, weekend=True)
    if unit == "month":
        return shift_months(anchor, n)
    if unit == "quarter":
        return shift_quarters(anchor, n)
    if unit == "year":
        return shift_years(anchor, n)
    if unit == "decade":
        year = anchor.year + 10 * n
        return f"{year:04d}"[:3] if 0 <= year <= 9999 else None
    if unit == "century":
        century = anchor.year // 100 + n
        return f"{century:02d}" if 0 <= century <= 99 else None
    return None


def _relative(g, anchor, tense_of, ctx) -> Meaning:
    rel, unit = _norm(g["rel"]), _norm(g["unit"])
    if rel in ("the past", "the last", "the next") and unit not in ("quarter", "weekend"):
        return Meaning("DURATION", timex3="P1" + UNITS[unit].replace("10Y", "DE").replace("100Y", "CE"))
    if rel in ("the past", "the last"):  # "the last quarter": the one before this
        rel = "last"
    elif rel == "the next":
        rel = "next"
    shift = _SHIFT.get(rel)
    if anchor is None or shift is None:
        return Meaning("DATE")
    return Meaning("DATE", _unit_value(anchor, unit, shift))


def _the_unit(g, anchor, tense_of, ctx) -> Meaning:
    if anchor is None:
        return Meaning("DATE")
    if "we" in g:  # "the weekend": the one before or after the anchor, by tense
        d = anchor.date
        if d is None:
            return Meaning("DATE")
        tense = tense_of()
        if d.weekday() >= 5:
            n = 0
        elif tense == "future" or (tense is None and d.weekday() >= 3):
            n = 0
        else:
            n = -1
        return Meaning("DATE", shift_weeks(anchor, n, weekend=True))
    return Meaning("DATE", _unit_value(anchor, _norm(g["unit"]), 0))


def _ago(g, anchor, tense_of, ctx) -> Meaning:
    unit = _norm(g["unit"]).rstrip("s").replace("centurie", "century")
    if unit in ("second", "minute", "hour"):
        return Meaning("TIME")
    tail = _norm(g["tail"])
    n = parse_number(g["num"])
    if tail in ("earlier", "later", "previously") or anchor is None or n is None or n != int(n):
        return Meaning("DATE")  # anchored on another event, not on the publication
    n = int(n) * (1 if tail in ("from now", "hence") else -1)
    if unit in ("day", "night"):
        return Meaning("DATE", shift_days(anchor, n))
    if unit in ("week", "fortnight"):
        return Meaning("DATE", shift_days(anchor, n * (7 if unit == "week" else 14)))
    if unit == "month":
        return Meaning("DATE", shift_months(anchor, n))
    if unit == "quarter":
        return Meaning("DATE", shift_quarters(anchor, n))
    if unit == "weekend":
        return Meaning("DATE", shift_weeks(anchor, n, weekend=True))
    years = {"year": 1, "decade": 10, "century": 100}[unit]
    return Meaning("DATE", shift_years(anchor, n * years))


# "500 barrels a day", "$2 billion a year", "twice a week": a rate, not a stretch of time.
_RATE_BEFORE = re.compile(
    r"(?:[0-9%]|\b(?:million|billion|trillion|thousand|hundred|percent|cents?|once|twice|times"
    r"|dollars|euros|pounds|barrels|tons|tonnes|people|units|cars|vehicles|jobs|hours|meals|"
    r"miles|kilometres|kilometers))\s*$",
    re.IGNORECASE,
)


def _duration(g, anchor, tense_of, ctx) -> Meaning:
    num = _norm(g["num"])
    if num in ("a", "an") and _RATE_BEFORE.search(ctx.before):
        return Meaning("SET")
    n = parse_number(num)
    unit = _norm(g["unit"]).rstrip("s").replace("centurie", "century")
    code = UNITS.get(unit)
    if n is None or code is None:
        return Meaning("DURATION", timex3=f"PX{(code or 'Y').lstrip('T0123456789')}")
    count = int(n) if n == int(n) else n
    if code == "10Y":
        return Meaning("DURATION", timex3=f"P{count * 10}Y")
    if code == "100Y":
        return Meaning("DURATION", timex3=f"P{count * 100}Y")
    if code == "2W":
        return Meaning("DURATION", timex3=f"P{count * 2}W")
    if code == "WE":
        return Meaning("DURATION", timex3=f"P{count}WE")
    if code.startswith("T"):
        return Meaning("DURATION", timex3=f"PT{count}{code[1:]}")
    return Meaning("DURATION", timex3=f"P{count}{code}")


def _duration_adj(g, anchor, tense_of, ctx) -> Meaning:
    """"five-year", "12-hour", "single-day"; "decades-long" has no length."""
    unit = _norm(g["unit"])
    num = _norm(g["num"])
    n = 1.0 if num == "single" else parse_number(num)
    if unit == "long" or n is None:
        return Meaning("DURATION")
    return _duration({"num": str(int(n) if n == int(n) else n), "unit": unit}, anchor, tense_of, ctx)


def _fiscal(g, anchor, tense_of, ctx) -> Meaning:
    y = g.get("y") or g["y2"]
    return Meaning("DATE", "FY" + (y if len(y) == 4 else "20" + y))


def _quarter(g, anchor, tense_of, ctx) -> Meaning:
    if "h" in g:
        half = 1 if _norm(g["h"]) == "first" else 2
        if "hy" in g:
            return Meaning("DATE", f"{g['hy']}-H{half}")
        if anchor is None:
            return Meaning("DATE")
        shift = _SHIFT[_norm(g["hrel"])]
        return Meaning("DATE", f"{anchor.year + shift:04d}-H{half}")
    if "qn" in g:
        q = int(g["qn"])
        year = g.get("y4") or (("20" + g["yy"]) if "yy" in g else None)
    elif "q3" in g:
        q, year = _ORDINALS[_norm(g["q3"])], g["y3"]
    else:
        word = _norm(g["q"])
        year = g.get("y") or g.get("fy")
        if word == "last":
            if year is None and "rel" not in g:
                return Meaning("DATE", shift_quarters(anchor, -1) if anchor else None)
            word = "final"
        q = _ORDINALS[word]
        if year is None and "rel" in g and anchor is not None:
            rel = _norm(g["rel"])
            year = str(anchor.year + (-1 if rel in ("last", "the previous", "the prior", "the past")
                                      else 1 if rel == "next" else 0))
    if year is not None:
        return Meaning("DATE", quarter_value(int(year), q))
    if anchor is None:
        return Meaning("DATE")
    return Meaning("DATE", quarter_of_year(anchor, q, tense_of()))


def _season(g, anchor, tense_of, ctx) -> Meaning:
    """A season's calendar value is its year ("autumn 2027" → 2027, as the wire convention and
    the output contract have it: a season is no month, and its months depend on the
    hemisphere); the TIMEX3 season ("2027-FA") is kept as ``timex3``."""
    code = SEASONS[g["s"].lower()]
    year = g.get("y") or g.get("y2")
    if year:
        return _season_meaning(season_value(int(year), code))
    if anchor is None:
        return Meaning("DATE")
    rel = _norm(g.get("rel", ""))
    if rel == "this":  # the season now, else the one of the anchor's year
        return _season_meaning(season_of_year(anchor, code, None, "this"))
    direction = _DIRECTION.get(rel)
    return _season_meaning(season_of_year(anchor, code, None if direction else tense_of(), direction))


def _season_meaning(timex3: str | None) -> Meaning:
    return Meaning("DATE", timex3[:4] if timex3 else None, timex3)


def _holiday_day(name: str):
    name = _norm(name).replace("’", "'")
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "boxing day": (12, 26), "valentine's day": (2, 14), "may day": (5, 1)}
    if name in fixed:
        month, day = fixed[name]
        return lambda y: _dt.date(y, month, day)
    if name.startswith("thanksgiving"):
        return lambda y: nth_weekday(y, 11, 3, 4)
    shift = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}[name]
    return lambda y: easter(y) + _dt.timedelta(days=shift)


def _holiday(g, anchor, tense_of, ctx) -> Meaning:
    on = _holiday_day(g["h"])
    if "y" in g:
        return Meaning("DATE", on(int(g["y"])).isoformat())
    if anchor is None:
        return Meaning("DATE")
    direction = _DIRECTION.get(_norm(g.get("rel", "")))
    return Meaning("DATE", yearly(anchor, on, None if direction else tense_of(), direction))


def _typed(type_: TimexType):
    return lambda g, anchor, tense_of, ctx: Meaning(type_)


_HANDLERS = {
    "month_day": _month_day,
    "numeric": _numeric,
    "month_year": _month_year,
    "month": _month_alone,
    "short_year": _short_year,
    "same_period": _same_period,
    "the_day": _the_day,
    "reference": _reference,
    "year": _year,
    "year_range": _typed("DURATION"),
    "decade": _decade,
    "century": _century,
    "day_ref": _day_ref,
    "weekday": _weekday,
    "relative": _relative,
    "the_unit": _the_unit,
    "ago": _ago,
    "duration": _duration,
    "duration_adj": _duration_adj,
    "duration_vague": _typed("DURATION"),
    "set": _typed("SET"),
    "clock": _typed("TIME"),
    "fiscal": _fiscal,
    "quarter": _quarter,
    "season": _season,
    "holiday": _holiday,
}
