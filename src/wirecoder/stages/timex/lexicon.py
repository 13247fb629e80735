"""The words of English time expressions: month, weekday, unit and number names.

Plain tables and the regex fragments built from them, nothing else. Month and weekday names are
matched with their capital letter (``May``, not the modal ``may``); relative words in any case.
"""

from __future__ import annotations

import re

__all__ = [
    "DAY",
    "MONTHS",
    "MONTH_FULL",
    "MONTH_ANY",
    "NUMBER",
    "NUMBER_WORDS",
    "SEASONS",
    "UNIT",
    "UNITS",
    "WEEKDAY",
    "WEEKDAYS",
    "YEAR",
    "alternation",
    "parse_number",
]


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that no word shadows a longer one."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
#: Month names and abbreviations (lower case) → month number.
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(_MONTH_NAMES, 1)}
_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                  "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS.update(_ABBREVIATIONS)

#: Full month names, capitalised or in capitals (headlines).
MONTH_FULL = alternation(_MONTH_NAMES + tuple(n.upper() for n in _MONTH_NAMES))
#: Full names or abbreviations (``Sept.``, ``Jan``): only used beside a day or a year.
MONTH_ANY = (
    "(?:" + MONTH_FULL + "|(?:" + alternation(a.capitalize() for a in _ABBREVIATIONS) + r")\.?)"
)

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Weekday names (lower case) → ``date.weekday()`` number.
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(_WEEKDAY_NAMES)}
WEEKDAY = alternation(_WEEKDAY_NAMES + tuple(n.upper() for n in _WEEKDAY_NAMES))

#: Day of the month, 1-31, with an optional ordinal suffix, not part of a longer number or a time.
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|:[0-9]|\.[0-9])"
#: A four-digit year, 1000-2199, not part of a longer number.
YEAR = r"(?<![0-9$€£.,])(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9]|,[0-9]|\.[0-9])"

#: Units of time → ISO 8601 duration designator (with ``T`` for clock units).
UNITS: dict[str, str] = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "10Y", "century": "100Y",
}
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?" \
    r"|years?|decades?|century|centuries)"

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
#: Number words → value.
NUMBER_WORDS: dict[str, float] = {w: i for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12,
                     "a couple of": 2, "a couple": 2, "half a": 0.5, "a half": 0.5,
                     "a": 1, "an": 1})
#: Vague quantities: the expression is recognised, its value stays unknown.
VAGUE = ("several", "a few", "few", "many", "some", "a number of", "a couple of", "numerous",
         "countless", "a dozen", "dozens of", "hundreds of", "thousands of")

_WORD = (
    "(?:(?:" + alternation(_TENS) + ")(?:[- ](?:" + alternation(_SMALL[1:10]) + "))?"
    "|" + alternation(_SMALL + ["hundred", "dozen"]) + ")"
)
#: A cardinal in digits or words, with an optional "and a half"; or a vague quantity.
NUMBER = (
    r"(?:[0-9]+(?:\.[0-9]+)?|" + _WORD + "|(?:" + alternation(VAGUE + ("a", "an", "half a")) + "))"
    r"(?:\s+and\s+a\s+half)?"
)

_NUMBER_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def parse_number(text: str) -> float | None:
    """The value of a :data:`NUMBER` match, or None for vague quantities (``several``)."""
    words = " ".join(text.lower().replace("-", " ").split())
    extra = 0.0
    if words.endswith(" and a half"):
        words, extra = words[: -len(" and a half")], 0.5
    if _NUMBER_TOKEN.fullmatch(words):
        return float(words) + extra
    if words in VAGUE and words not in ("a couple of", "a dozen"):
        return None
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words] + extra
    parts = words.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBER_WORDS:
        return _TENS[parts[0]] + NUMBER_WORDS[parts[1]] + extra
    return None
