"""Dates and periods of the corpus layer: one type for every date value wirecoder stores.

A quote, statement or article is dated at the granularity its text gives: a day
(``2019-11-14``), an ISO week (``2019-W46``) or its weekend (``2019-W46-WE``), a month
(``2019-11``), a quarter (``2019-Q4``), a half (``2019-H2``), a season (``2019-SU``), a year
(``2019``), a fiscal year (``FY2019``), a decade (``201``: the 2010s) or a century (``20``: the
years 2000-2099), the TIMEX3 values :mod:`wirecoder.stages.timex` emits; publication dates may also be
ISO datetimes (``2019-11-14T08:30:00Z``). :meth:`Period.parse` reads each as the interval of days
``[first, last]`` it covers, with its granularity. Everything that compares dates goes through
it: the echo window (:meth:`Period.days_apart`, the gap between two intervals), ``--since`` and
``--until`` (:meth:`Period.within`: a record is kept when its interval overlaps the range, so a
quote dated ``2019-W46`` is kept by ``--until 2019-11-30``), ordering (:meth:`Period.sort_key`:
by first day, finer granularity first) and the order of statements in shifts (two statements are
in order only when one period ends before the other begins).

Seasons are northern-hemisphere meteorological ones (winter 2019 is December 2019 to February
2020, as :mod:`wirecoder.stages.timex` resolves them); a fiscal year, named by the year it ends
in, may start in any month, so ``FY2009`` covers February 2008 to December 2009.

A value that is not one of these (``PRESENT_REF``, a typo, a year outside 1-9999) is no period:
``parse`` gives None and callers treat the record as undated. Nothing here raises on data.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["GRANULARITIES", "Granularity", "Period", "parse_bound", "period_key"]

Granularity = Literal["day", "weekend", "week", "month", "quarter", "half", "season", "year",
                      "fiscal_year", "decade", "century"]
#: From the finest to the coarsest: the order of periods that start on one day.
GRANULARITIES: tuple[Granularity, ...] = ("day", "weekend", "week", "month", "season", "quarter",
                                          "half", "year", "fiscal_year", "decade", "century")
_RANK = {g: i for i, g in enumerate(GRANULARITIES)}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]*(?:Z|[+-][0-9:]+)?)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})")
_FISCAL = re.compile(r"FY(\d{4})")
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d{2})")
# Northern-hemisphere seasons as months (first month, months long); winter runs into next year.
_SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}


def _month_start(year: int, month: int) -> _dt.date:
    """The first day of ``month`` (which may run past 12 into the following years)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return _dt.date(year, month, 1)


def _months(year: int, month: int, n: int) -> tuple[_dt.date, _dt.date]:
    """The days of ``n`` months from ``month`` of ``year``."""
    first = _month_start(year, month)
    index = year * 12 + month - 1 + n
    if index // 12 > _dt.MAXYEAR:
        return first, _dt.date.max
    return first, _month_start(index // 12, index % 12 + 1) - _dt.timedelta(days=1)


def _years(first_year: int, last_year: int) -> tuple[_dt.date, _dt.date]:
    """The days of the years ``first_year``..``last_year``, clamped to years 1-9999."""
    first_year, last_year = max(first_year, _dt.MINYEAR), min(last_year, _dt.MAXYEAR)
    return _dt.date(first_year, 1, 1), _dt.date(last_year, 12, 31)


@dataclass(frozen=True, slots=True)
class Period:
    """The days ``first``..``last`` (inclusive) a date value covers, at its ``granularity``.
    ``value`` is the value as stored."""

    first: _dt.date
    last: _dt.date
    granularity: Granularity
    value: str

    @classmethod
    def parse(cls, value: str | None) -> Period | None:
        """The period of ``value``, or None when it is none (unknown, unparseable, out of
        range). Never raises."""
        if not isinstance(value, str):
            return None
        text = value.strip()
        try:
            span = _span(text)
        except (ValueError, OverflowError):
            return None
        if span is None:
            return None
        first, last, granularity = span
        return cls(first, last, granularity, text)

    def overlaps(self, other: Period) -> bool:
        return self.first <= other.last and other.first <= self.last

    def days_apart(self, other: Period) -> int:
        """Days between the two intervals: 0 when they overlap, else the gap from the end of the
        earlier to the start of the later (2019-11-14 and 2019-11-21 are 7 apart, 2005-01 and
        2005-02-03 are 3)."""
        if self.overlaps(other):
            return 0
        if self.last < other.first:
            return (other.first - self.last).days
        return (self.first - other.last).days

    def within(self, since: Period | None, until: Period | None) -> bool:
        """Does the period overlap the range from the first day of ``since`` to the last day of
        ``until`` (either open when None)?"""
        if since is not None and self.last < since.first:
            return False
        if until is not None and self.first > until.last:
            return False
        return True

    def sort_key(self) -> tuple:
        """By first day, then the finer granularity first, then the last day."""
        return (self.first, _RANK[self.granularity], self.last, self.value)


def period_key(value: str | None) -> tuple:
    """A sort key for a stored date value: periods by :meth:`Period.sort_key`, then the values
    that are no period (unknown dates) last."""
    period = Period.parse(value)
    if period is None:
        return (1, value or "")
    return (0, *period.sort_key())


def _span(text: str) -> tuple[_dt.date, _dt.date, Granularity] | None:
    if m := _DAY.fullmatch(text):
        day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    if m := _WEEK.fullmatch(text):
        year, week = int(m[1]), int(m[2])
        first = _dt.date.fromisocalendar(year, week, 6 if m[3] else 1)  # ValueError: no such week
        length = 1 if m[3] else 6
        last = _dt.date.max if (_dt.date.max - first).days < length else first + _dt.timedelta(length)
        return first, last, "weekend" if m[3] else "week"
    if m := _MONTH.fullmatch(text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            return None
        return (*_months(year, month, 1), "month")
    if m := _QUARTER.fullmatch(text):
        return (*_months(int(m[1]), 3 * int(m[2]) - 2, 3), "quarter")
    if m := _HALF.fullmatch(text):
        return (*_months(int(m[1]), 6 * int(m[2]) - 5, 6), "half")
    if m := _SEASON.fullmatch(text):
        month, n = _SEASONS[m[2]]
        return (*_months(int(m[1]), month, n), "season")
    if m := _YEAR.fullmatch(text):
        year = int(m[1])
        return (*_years(year, year), "year") if year >= _dt.MINYEAR else None
    if m := _FISCAL.fullmatch(text):
        # named by the year it ends in, starting in any month: the union of all such years
        year = int(m[1])
        if year < _dt.MINYEAR:
            return None
        first = _month_start(year - 1, 2) if year > _dt.MINYEAR else _dt.date.min
        return first, _dt.date(year, 12, 31), "fiscal_year"
    if m := _DECADE.fullmatch(text):
        start = int(m[1]) * 10
        return (*_years(start, start + 9), "decade") if start + 9 >= _dt.MINYEAR else None
    if m := _CENTURY.fullmatch(text):
        start = int(m[1]) * 100
        return (*_years(start, start + 99), "century")
    return None


def parse_bound(value: str | None) -> Period | None:
    """A ``--since``/``--until`` bound: any date value :meth:`Period.parse` reads (a day
    ``2019-11-30``, a month ``2019-11``, a year ``2019``, a week ``2019-W46`` ...). ``since``
    starts at its first day, ``until`` ends at its last. Raises ValueError, with a message that
    says what to give, when ``value`` is no date."""
    if value is None:
        return None
    period = Period.parse(value)
    if period is None:
        raise ValueError(
            f"{value!r} is not a date; give a day YYYY-MM-DD (years 0001-9999, e.g. 2019-11-30), "
            "a month YYYY-MM, a year YYYY, a week YYYY-Www or a quarter YYYY-Qn"
        )
    return period
