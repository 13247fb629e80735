"""Calendar arithmetic against an explicit anchor (the publication date). No clock anywhere.

Values follow TIMEX3 (ISO 8601 at the granularity the text gives): ``2019-04-19``, ``2018-12``,
``2008``, ``2019-W16`` (ISO week), ``2019-W16-WE`` (its weekend), ``2009-Q3``, ``2009-H1``,
``2009-SU`` (season), ``199`` (the 1990s), ``19`` (the 20th century), ``FY2009``.

Direction follows the clause's tense, the news convention: in a past-tense clause a weekday,
"September 4" or "December" is the latest such day or month on or before the anchor, in a
future-tense clause the first on or after it, otherwise the nearest. ``last``/``next`` are
strict: "last December" in December 2019 is December 2018.

Nothing here overflows: candidates outside the calendar (years 1-9999) are left out, and a
result outside it is None ("tomorrow" of 9999-12-31 has no value). Functions that build a value
string from numbers (:func:`month_value`, :func:`shift_years` ...) may give one outside the
calendar; :func:`in_calendar` tells, and :mod:`.interpret` and :mod:`.extract` drop such
values.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Literal

from ...corpus.periods import Period

__all__ = [
    "Anchor",
    "in_calendar",
    "Tense",
    "add_months",
    "day_value",
    "easter",
    "month_day",
    "month_of_year",
    "quarter_of_year",
    "season_of_year",
    "shift_quarters",
    "yearly",
    "month_value",
    "nth_weekday",
    "pick",
    "quarter_value",
    "season_value",
    "shift_days",
    "shift_months",
    "shift_weeks",
    "shift_years",
    "week_value",
    "weekday_date",
    "weekend_value",
]

Tense = Literal["past", "future"] | None
#: "last"/"next" (strictly before/after the anchor) or None (by tense, the anchor itself allowed).
Direction = Literal["last", "next"] | None

_PUBLISHED = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date relative expressions are resolved against, as precise as it is known."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Anchor | None:
        """``"2019-04-20"``, ``"2019-04"``, ``"2019"`` or an ISO datetime; None when unknown or
        not a real date."""
        if not published:
            return None
        m = _PUBLISHED.match(published)
        if m is None:
            return None
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            _dt.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)

    @property
    def date(self) -> _dt.date | None:
        if self.month is None or self.day is None:
            return None
        return _dt.date(self.year, self.month, self.day)


def in_calendar(value: str | None) -> bool:
    """Is ``value`` a date or period inside years 1-9999 (see :mod:`wirecoder.corpus.periods`)?"""
    return Period.parse(value) is not None


def _plus(day: _dt.date, days: int) -> _dt.date | None:
    """``day`` + ``days``, None outside the calendar."""
    try:
        return day + _dt.timedelta(days=days)
    except OverflowError:
        return None


def _years_around(year: int, before: int, after: int) -> range:
    """The years ``year - before`` .. ``year + after`` that the calendar has."""
    return range(max(year - before, _dt.MINYEAR), min(year + after, _dt.MAXYEAR) + 1)


def day_value(d: _dt.date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: _dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def weekend_value(d: _dt.date) -> str:
    return week_value(d) + "-WE"


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def season_value(year: int, season: str) -> str:
    return f"{year:04d}-{season}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def pick(candidates, anchor, tense: Tense, direction: Direction = None):
    """From comparable ``candidates`` (one per year around the anchor), the one the text means:
    strictly before/after for ``last``/``next``, else on-or-before (past tense), on-or-after
    (future tense) or the nearest (ties go to the past). Distances are ``candidate - anchor``."""
    cands = sorted(candidates, key=lambda c: c[0])
    if direction == "last":
        before = [c for c in cands if c[0] < anchor]
        return before[-1][1] if before else None
    if direction == "next":
        after = [c for c in cands if c[0] > anchor]
        return after[0][1] if after else None
    if tense == "past":
        before = [c for c in cands if c[0] <= anchor]
        return before[-1][1] if before else None
    if tense == "future":
        after = [c for c in cands if c[0] >= anchor]
        return after[0][1] if after else None
    best = min(cands, key=lambda c: (abs(c[0] - anchor), c[0] > anchor))
    return best[1]


def weekday_date(anchor: _dt.date, weekday: int, tense: Tense, direction: Direction) -> _dt.date | None:
    """The day called ``weekday`` (0 = Monday) that the clause means (None when it falls outside
    the calendar)."""
    cands = [_plus(anchor, k) for k in range(-7, 8)]
    cands = [(d.toordinal(), d) for d in cands if d is not None and d.weekday() == weekday]
    return pick(cands, anchor.toordinal(), tense, direction)


def month_day(anchor: Anchor, month: int, day: int, tense: Tense) -> str | None:
    """"September 4" without a year: the year comes from the anchor and the tense."""

    def on(year: int) -> _dt.date | None:
        try:
            return _dt.date(year, month, day)
        except ValueError:  # 29 February outside a leap year
            return None

    return yearly(anchor, on, tense)


def yearly(anchor: Anchor, on, tense: Tense, direction: Direction = None) -> str | None:
    """A day that comes once a year (``on(year)`` gives it, or None when that year has none),
    in the year the clause means. With only the anchor's year known, that year's."""
    if anchor.date is None:
        if anchor.month is None:
            d = on(anchor.year) if direction is None else None
            return d.isoformat() if d else None
        here = anchor.year * 12 + anchor.month
        cands = [(d.year * 12 + d.month, d) for y in _years_around(anchor.year, 1, 1)
                 if (d := on(y)) is not None]
    else:
        here = anchor.date.toordinal()
        cands = [(d.toordinal(), d) for y in _years_around(anchor.year, 4, 4)
                 if (d := on(y)) is not None]
    if not cands:
        return None
    chosen = pick(cands, here, tense, direction)
    return chosen.isoformat() if chosen else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def month_of_year(anchor: Anchor, month: int, tense: Tense, direction: Direction) -> str | None:
    """"December", "last December", "next December": the month the clause means."""
    if anchor.month is None:
        return month_value(anchor.year, month) if direction is None else None
    here = anchor.year * 12 + anchor.month
    cands = [(y * 12 + month, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    year = pick(cands, here, tense, direction)
    return month_value(year, month) if year is not None else None


def quarter_of_year(anchor: Anchor, quarter: int, tense: Tense) -> str | None:
    """"the fourth quarter" without a year: by tense, else the nearest."""
    if anchor.month is None:
        return quarter_value(anchor.year, quarter)
    here = anchor.year * 4 + (anchor.month - 1) // 3
    cands = [(y * 4 + quarter - 1, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    year = pick(cands, here, tense)
    return quarter_value(year, quarter) if year is not None else None


_SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def _season_index(year: int, month: int) -> int:
    """Northern-hemisphere seasons; January and February belong to the previous year's winter."""
    if month <= 2:
        return (year - 1) * 4 + 3
    return year * 4 + (month - 3) // 3


def season_of_year(anchor: Anchor, season: str, tense: Tense, direction) -> str | None:
    """"summer", "last summer", "next summer"; ``direction="this"``: the season the anchor is
    in, else that season of the anchor's year ("this autumn" in April 2019 is 2019-FA)."""
    if anchor.month is None:
        return season_value(anchor.year, season) if direction in (None, "this") else None
    here = _season_index(anchor.year, anchor.month)
    order = _SEASON_ORDER[season]
    if direction == "this":
        year = here // 4 if here % 4 == order else anchor.year
        return season_value(year, season)
    cands = [(y * 4 + order, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    year = pick(cands, here, tense, direction)
    return season_value(year, season) if year is not None else None


def shift_days(anchor: Anchor, n: int) -> str | None:
    d = _plus(anchor.date, n) if anchor.date else None
    return d.isoformat() if d else None


def shift_weeks(anchor: Anchor, n: int, weekend: bool = False) -> str | None:
    d = _plus(anchor.date, 7 * n) if anchor.date else None
    if d is None:
        return None
    return weekend_value(d) if weekend else week_value(d)


def shift_months(anchor: Anchor, n: int) -> str | None:
    if anchor.month is None:
        return None
    return month_value(*add_months(anchor.year, anchor.month, n))


def shift_quarters(anchor: Anchor, n: int) -> str | None:
    if anchor.month is None:
        return None
    index = anchor.year * 4 + (anchor.month - 1) // 3 + n
    return quarter_value(index // 4, index % 4 + 1)


def shift_years(anchor: Anchor, n: int) -> str | None:
    return f"{anchor.year + n:04d}"


def easter(year: int) -> _dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's name)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return _dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> _dt.date:
    """The ``n``-th ``weekday`` of a month (Thanksgiving: the 4th Thursday of November)."""
    first = _dt.date(year, month, 1)
    return first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
