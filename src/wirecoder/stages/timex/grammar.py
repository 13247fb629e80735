"""Recognition: precompiled patterns that find time expressions in a text, one pass per rule.

Each :class:`Rule` names a kind of expression (``month_day``, ``weekday``, ``duration``...) and its
TIMEX3 type. :func:`scan` runs every rule over the text, applies each rule's context check and keeps
the longest of overlapping matches, in text order. What the expressions mean is
:mod:`.interpret`'s business; nothing here knows a date.

Extents follow TIMEX3: modifiers that are part of the expression stay in ("last December", "early
June", "the past five years", "earlier today"), a leading preposition does not ("on Friday" →
"Friday", "in 2008" → "2008").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Literal

from .lexicon import DAY, MONTH_ANY, MONTH_FULL, NUMBER, UNIT, WEEKDAY, YEAR

__all__ = ["Candidate", "RULES", "Rule", "TimexType", "scan"]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A match of one rule: character offsets and the named groups that matched."""

    start: int
    end: int
    rule: str
    type: TimexType
    groups: dict[str, str]


Check = Callable[[str, re.Match], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """``needs``: a cheap pattern the text must contain for ``pattern`` to be worth running."""

    name: str
    type: TimexType
    pattern: re.Pattern
    check: Check | None = None
    needs: re.Pattern | None = None


def _i(words: str) -> str:
    """A case-insensitive group of ``|``-separated words (spaces match any whitespace)."""
    return "(?i:" + words.replace(" ", r"\s+") + ")"


_B = r"(?<![\w'’-])"  # a word starts here
_E = r"(?![\w-])"  # a word ends here
_MODS = _i("early|late|the end of|the beginning of|the start of|the middle of|the turn of") \
    + r"\s+|" + _i("mid") + r"-?\s*"
_POD = _i("morning|afternoon|evening|night|overnight")
_TZ = r"(?:\(?(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MSK|IST|JST|local\s+time)" \
    r"(?:\s*[+-]\s*[0-9]{1,2}(?::?[0-9]{2})?)?\)?)"
_ORDINAL = _i("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
              "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
              "|twentieth|twenty-first|twenty-second")

# Words before a bare month, year or season that make it a time ("in May", "since 2008").
_PREP = re.compile(
    _i(r"in|since|until|till|by|before|after|during|through|throughout|from|to|between|and|or|of"
       r"|for|around|about|as of|starting|beginning|ending|early|late|mid|until|last|next|this"
       r"|each|every|the end of|the start of|the beginning of|the middle of|since early"
       r"|since late|that|as early as|as late as|earlier|later|circa|c\.|year|the year|summer"
       r"|winter|spring|autumn|fall|their|its|his|her|our")
    + r"[\s-]*(?:the\s+)?$"
)
# "May" is also a modal verb and a surname: only after these.
_PREP_MAY = re.compile(
    _i(r"in|since|until|till|by|before|after|during|through|from|early|late|mid|last|next|this"
       r"|of|as of|between|end of|start of|beginning of|middle of") + r"[\s-]*$"
)
# A weekday that is part of a name ("Good Friday", "Black Monday", "Super Tuesday").
_NAMED_DAY = re.compile(r"(?:Good|Black|Super|Bloody|Ash|Holy|Palm|Easter|Cyber|Maundy|Shrove|Blue"
                        r"|Giving|Manic|Fat|Orange|Freaky|Casual|Red|Gray|Grey|Green)\s+$")


# A weekday in a title: "the Sunday Times", "Monday Night Football".
_TITLE_WORD = re.compile(r"[ \t]+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Mail|Observer"
                         r"|Independent|Tribune|Journal|Night|Show|Club)\b")


def _before(text: str, start: int, width: int = 30) -> str:
    return text[max(0, start - width) : start]


def _check_month(text: str, m: re.Match) -> bool:
    if m.group("rel") or m.group("mod"):
        return True
    before = _before(text, m.start())
    if m.group("m") in ("May", "MAY"):
        return bool(_PREP_MAY.search(before))
    return bool(_PREP.search(before))


def _check_year(text: str, m: re.Match) -> bool:
    before = _before(text, m.start())
    if re.search(r"(?:[$€£¥#№]|No\.|\bNo|\bnumber|\bNos?\.?|\bRoute|\bHighway|\bFlight|\bRoom"
                 r"|\bPage|\bpp?\.|\bArticle|\bResolution|\bModel|\bVersion|\bv\.?)\s*$", before):
        return False
    if not m.group("mod"):
        name = re.search(r"\b([A-Z][\w&.-]*)\s+$", before)
        if (name and name.group(1).lower() not in _YEAR_WORDS
                and re.match(r"[ \t]+[A-Z][a-z]", text[m.end() : m.end() + 3])):
            return False  # "the Russell 2000 Index", "Windows 2000 Server"
    after = text[m.end() : m.end() + 12]
    return not re.match(r"\s*(?:%|per\s?cent|percent|[-–]\d|/\d|\.\d|(?:m|km|ft|kg)\b)", after)


# Capitalised words that may stand before a year: "Fiscal 2009", "Summer 2008" (other rules)...
_YEAR_WORDS = frozenset({"in", "since", "until", "by", "from", "before", "after", "during", "through",
                         "of", "and", "or", "to", "between", "around", "circa", "early", "late",
                         "mid", "fiscal", "spring", "summer", "autumn", "fall", "winter", "christmas",
                         "easter", "january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december", "sept", "jan",
                         "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})


def _check_reference(text: str, m: re.Match) -> bool:
    """"now" as a time ("is now smaller"), not as a discourse particle ("Now, ..." opening a
    sentence) or in "just now"/"for now"; "the past"/"the future" as nouns, not "the past year"."""
    word = m.group(0).lower()
    after = text[m.end() : m.end() + 20]
    if word in ("the past", "the future") and re.match(r"\s+[a-z]", after) and not re.match(
            r"\s+(?:and|or|but|is|was|will|as|with|of|that|to|in|on|for|has|had|\w+ly)\b", after):
        return False  # "the past week", "the future king"
    if word == "now":
        before = _before(text, m.start(), 12)
        if re.search(r"(?:^|[.!?\n“\"]\s*)$", before) and re.match(r",", after):
            return False
        if re.search(_i("just|for|until|till|from|by") + r"\s+$", before):
            return False
    if word == "soon" and re.match(r"\s+as\b", after):
        return False  # "as soon as"
    return True


def _check_season(text: str, m: re.Match) -> bool:
    rel = (m.group("rel") or "").lower()
    if m.group("y") or m.group("y2"):
        return True
    after = text[m.end() : m.end() + 8]
    if rel and rel != "the":
        return True
    if re.match(r"\s+of\b", after):  # "the fall of the Berlin Wall"
        return False
    before = _before(text, m.start())
    return bool(re.search(_i("in|during|by|until|till|since|through|over|throughout|for|before"
                             r"|after|this|last|next|early|late|and") + r"\s+(?:the\s+)?$", before)
                or re.search(_i("their|its|his|her|our|your|my") + r"\s+$", before)
                and m.group("s")[0].isupper())


def _check_weekday(text: str, m: re.Match) -> bool:
    if m.group("rel") is not None:
        return True
    after = text[m.end() : m.end() + 12]
    if re.match(r"[ \t]+[A-Z][a-z]", after) and (
            re.search(r"\b[Tt]he\s+$", _before(text, m.start(), 5)) or _TITLE_WORD.match(after)):
        return False  # "The Sunday Times", "Sunday Telegraph", "Monday Night Football"
    return not _NAMED_DAY.search(_before(text, m.start()))


def _rule(name: str, type_: TimexType, pattern: str, check: Check | None = None) -> Rule:
    # An expression never runs across a line break (a headline over a date line).
    for inside, outside in ((r"[\s-]", r"(?:[^\S\n]|-)"), (r"[\s']", r"(?:[^\S\n]|')"),
                            (r"\s", r"[^\S\n]")):
        pattern = pattern.replace(inside, outside)
    return Rule(name, type_, re.compile(pattern), check)


_RULES: tuple[Rule, ...] = (
    # "Friday, September 6, 2024", "September 6", "6 September 2024", "the 4th of July".
    _rule("month_day", "DATE",
          _B + r"(?:(?P<wd>" + WEEKDAY + r"),?\s+(?:the\s+)?)?"
          r"(?:(?P<m1>" + MONTH_ANY + r")\s+(?:the\s+)?(?P<d1>" + DAY + r")"
          r"(?:[-–](?P<d1end>" + DAY + r"))?"
          r"|(?:the\s+)?(?P<d2>" + DAY + r")(?:[-–](?P<d2end>" + DAY + r"))?(?:\s+of)?\s+(?P<m2>"
          + MONTH_ANY + r"))"
          r"(?:,?\s+(?P<y>" + YEAR + r"))?" + _E),
    # 2024-09-06, 9/6/2024 (US order unless the first number cannot be a month), 06.09.2024.
    _rule("numeric", "DATE",
          r"(?<![\w./-])(?:(?P<iy>[12][0-9]{3})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12][0-9]|3[01])"
          r"|(?P<sa>[0-9]{1,2})/(?P<sb>[0-9]{1,2})/(?P<sy>[0-9]{4}|[0-9]{2})"
          r"|(?P<da>[0-9]{1,2})\.(?P<db>[0-9]{1,2})\.(?P<dy>[0-9]{4}))(?![\w/-]|\.[0-9])"),
    # "September 2006", "early June 2009", "Sept. of 2006".
    _rule("month_year", "DATE",
          _B + r"(?:(?P<mod>" + _MODS + r"))?(?P<m>" + MONTH_ANY + r")(?:(?:\s+of)?,?\s+(?P<y>" + YEAR
          + r")" + _E + r"|(?=\s+" + _i("of") + r"\s+(?P<rel>"
          + _i("this|last|next|the previous|the following") + r")\s+" + _i("year") + _E + r"))"),
    # "December", "last December", "early June", "mid-September".
    _rule("month", "DATE",
          _B + r"(?:(?P<rel>" + _i("last|next|this|past|coming") + r")\s+)?(?:(?P<mod>" + _MODS
          + r"))?(?P<m>" + MONTH_FULL + r"|Sept\.)" + r"(?![\w-]|\s+[0-9])", _check_month),
    # "2008", "late 2006", "mid-2011", "the year 2000".
    _rule("year", "DATE",
          _B + r"(?:(?P<mod>" + _MODS + r"|" + _i("the year") + r"\s+))?(?<![\w'’])(?P<y>" + YEAR
          + r")(?!['’]?s\b)" + _E, _check_year),
    # "since '82", "in ’09".
    _rule("short_year", "DATE",
          r"(?:(?<=in )|(?<=In )|(?<=since )|(?<=Since )|(?<=of ))['’](?P<yy>[0-9]{2})" + _E),
    # "2009-2011", "2008/09": a span of years.
    _rule("year_range", "DURATION",
          _B + r"(?P<y>" + YEAR + r")\s*[-–/]\s*(?P<y2>" + YEAR + r"|[0-9]{2})(?![\w-])"),
    # "the 1990s", "the early '80s", "the 70s".
    _rule("decade", "DATE",
          r"(?:" + _i("the") + r"\s+)?(?:(?P<mod>" + _i("early|mid|late") + r")[\s-]+)?"
          r"(?:(?P<dec>1[0-9]{2}0|20[0-9]0)['’]?s|['’](?P<dec2>[0-9]0)['’]?s"
          r"|(?:(?<=the )|(?<=and )|(?<=or )|(?<=to ))(?P<dec3>[2-9]0)s)" + _E),
    # "the 19th century", "the early twenty-first century".
    _rule("century", "DATE",
          r"(?:" + _i("the") + r"\s+)?(?:(?P<mod>" + _i("early|mid|late") + r")[\s-]+)?"
          r"(?P<ord>[0-9]{1,2}(?:st|nd|rd|th)|" + _ORDINAL + r")[\s-]+" + _i("century") + _E),
    # "today", "yesterday evening", "earlier today", "tonight", "last night", "this morning".
    _rule("day_ref", "DATE",
          _B + r"(?:(?:(?P<pre>" + _i("earlier|later|early|late") + r")\s+)?(?P<w>"
          + _i("today|tonight|yesterday|tomorrow") + r")(?:\s+(?P<pod>" + _POD + r"))?"
          r"|(?P<w2>" + _i("the day before yesterday|the day after tomorrow") + r")"
          r"|(?P<dem>" + _i("this|last") + r")\s+(?P<pod2>" + _POD + r"))" + _E),
    # "Friday", "last Friday", "Friday evening".
    _rule("weekday", "DATE",
          _B + r"(?:(?P<rel>" + _i("last|next|this|past|coming|previous") + r")\s+)?(?P<wd>" + WEEKDAY
          + r")(?:\s+(?P<pod>" + _POD + r"))?" + _E, _check_weekday),
    # "last week", "this year", "earlier this month", "the end of last year", "late next year".
    _rule("relative", "DATE",
          _B + r"(?:(?P<pre>" + _i("earlier|later|early|late|the end of|the beginning of|the start of"
                                   "|the middle of|the rest of|the remainder of|the first half of"
                                   "|the second half of|the turn of|end of|start of")
          + r")\s+)?(?P<rel>" + _i("last|this|next|the previous|the prior|the coming|the current"
                                   "|the following|the same|the past|the last|the next")
          + r")\s+(?P<unit>" + _i("week|weekend|month|year|quarter|decade|century|fortnight") + r")"
          + _E),
    # "the end of the year", "earlier in the week", "the weekend", "over the weekend".
    _rule("the_unit", "DATE",
          _B + r"(?:(?P<pre>" + _i("the end of|the beginning of|the start of|the middle of"
                                   "|the rest of|the remainder of|earlier in|later in|early in"
                                   "|late in") + r")\s+the\s+(?P<unit>"
          + _i("week|month|year") + r")|(?P<we>" + _i("the weekend") + r"))" + _E),
    # "the same month a year ago", "the same period last year": anchored on another expression.
    _rule("same_period", "DATE",
          _B + _i("the same") + r"\s+(?P<unit>" + _i("period|month|quarter|week|day|time|season")
          + r")\s+(?:" + _i("of") + r"\s+)?(?P<when>"
          + _i("a year ago|a year earlier|a year before|last year|the last year|the previous year"
               "|the year before|the prior year") + r")" + _E),
    # "the day", "later in the day", "the same day", "that day": the day last mentioned.
    _rule("the_day", "DATE",
          _B + r"(?:(?P<pre>" + _i("the start of|the end of|the beginning of|the rest of|the close of"
                                   "|earlier in|later in|early in|late in") + r")\s+the\s+day"
          r"|(?P<det>" + _i("the same|the|that") + r")\s+" + _i("day") + r"(?!\s+(?:"
          + _i("before|after|of|when|that|which|on|in|he|she|they|we|it") + r")\b))" + _E),
    # TIMEX3 reference times: "now", "currently", "recently", "in the past", "the future".
    _rule("reference", "DATE",
          _B + r"(?:(?P<present>" + _i("now|currently|presently|nowadays|at present|the time being"
                                       "|at the moment|these days") + r")|(?P<past>"
          + _i("recently|more recently|lately|the past") + r")|(?P<future>"
          + _i("the future|soon|very soon|the near future|the near term|the long term|the short term"
               "|the medium term") + r"))" + _E, _check_reference),
    # "two days ago", "a year ago", "five years earlier", "three weeks from now".
    _rule("ago", "DATE",
          _B + r"(?P<num>" + NUMBER + r")\s+(?:" + _i("more|full|whole") + r"\s+)?(?P<unit>" + UNIT
          + r")\s+(?P<tail>" + _i("ago|from now|earlier|later|previously|back|hence") + r")" + _E),
    # "three years", "the past five trading days", "almost two and a half years", "for decades".
    _rule("duration", "DURATION",
          _B + r"(?:(?P<pre>" + _i("the past|the last|the next|the first|the previous|the coming"
                                   "|the following|the final|the remaining|another|more than|less than"
                                   "|fewer than|nearly|almost|about|around|at least|up to"
                                   "|roughly|approximately|some|just|only|the better part of"
                                   "|the whole|the entire|a further|an additional")
          + r")\s+)*(?:" + _i("over") + r"\s+)?(?P<num>" + NUMBER + r")\s+(?:"
          + _i("more|straight|consecutive|full|long|additional|trading|business|calendar|working"
               "|successive|further|whole") + r"\s+)*(?P<unit>" + UNIT + r")" + _E),
    # "five-year", "12-hour", "decades-long", "single-day" (not "50-year-old").
    _rule("duration_adj", "DURATION",
          _B + r"(?P<num>[0-9]+(?:\.[0-9]+)?|" + _i("single|one|two|three|four|five|six|seven|eight"
                                                      "|nine|ten|eleven|twelve|fifteen|twenty|thirty"
                                                      "|forty|fifty|hundred")
          + r"|" + _i("years|decades|months|weeks|days|hours|centuries") + r")-"
          r"(?P<unit>" + _i("second|minute|hour|day|night|week|month|year|decade|century|long")
          + r")(?:-long)?(?![\w-]|-old)"),
    # "for years", "in recent years", "over the years", "in decades".
    _rule("duration_vague", "DURATION",
          _B + _i("for|in|over|within|after|throughout") + r"\s+(?P<core>(?:(?P<pre>"
          + _i("recent|the past few|the last few|the coming|the next|the past|the last|the") + r")\s+)?"
          r"(?P<unit>" + _i("years|decades|months|weeks|days|hours|centuries|generations") + r"))"
          + _E),
    # "every Monday", "each year", "weekly", "twice a week", "on Fridays".
    _rule("set", "SET",
          _B + r"(?:" + _i("every|each") + r"\s+(?:" + _i("other|single") + r"\s+)?(?:" + NUMBER
          + r"\s+)?(?:" + UNIT + r"|(?:" + WEEKDAY + r")s?|" + MONTH_FULL + r"|"
          + _i("morning|afternoon|evening|night|weekday|weekend") + r"s?)"
          r"|" + _i("daily|weekly|monthly|yearly|annually|annual|quarterly|hourly|nightly|biweekly"
                    "|biannual|semiannual|semi-annual|bimonthly|fortnightly")
          + r"|(?:" + _i("once|twice|thrice") + r"|" + NUMBER + r"\s+" + _i("times") + r")\s+"
          + _i("a|an|per|each|every") + r"\s+" + UNIT
          + r"|" + _i("per") + r"\s+" + _i("second|minute|hour|day|week|month|quarter|year|annum")
          + r"|(?<=on )(?:" + WEEKDAY + r")s)" + _E),
    # Clock times: "18:00 UTC", "6:40 p.m. (GMT +8)", "10 a.m.", "0800 GMT", "noon".
    _rule("clock", "TIME",
          r"(?<![\w:.])(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?"
          r"(?:\s*(?:a\.m\.|p\.m\.|" + _i("am|pm") + r"\b))?(?:\s*" + _TZ + r")?"
          r"|(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?\s*(?:a\.m\.|p\.m\.|" + _i("am|pm") + r"\b)"
          r"(?:\s*" + _TZ + r")?"
          r"|(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:GMT|UTC|" + _i("hrs|local time") + r"))"
          r"|" + _B + _i("noon|midnight|midday") + _E),
    # "fiscal 2009", "FY2009", "FY09".
    _rule("fiscal", "DATE",
          _B + r"(?:" + _i("fiscal") + r"\s+(?:" + _i("year") + r"\s+)?(?P<y>" + YEAR + r")"
          r"|FY\s?-?(?P<y2>[0-9]{4}|[0-9]{2}))(?![\w-])"),
    # "the fourth quarter of 2005", "third-quarter", "Q3 2009", "the first half of 2009".
    _rule("quarter", "DATE",
          r"(?:" + _i("the") + r"\s+)?" + _B + r"(?:(?P<q>" + _i("first|second|third|fourth|final|last"
                                                                   "|1st|2nd|3rd|4th")
          + r")[\s-]+" + _i("quarter") + r"(?:\s+" + _i("of") + r"\s+(?:(?P<y>" + YEAR + r")|(?P<rel>"
          + _i("this|last|next|the current|the previous|the prior|the past") + r")\s+(?:"
          + _i("fiscal") + r"\s+)?" + _i("year") + r"|" + _i("the year") + r"|" + _i("fiscal")
          + r"\s+(?P<fy>" + YEAR + r")))?"
          r"|(?P<y3>" + YEAR + r")\s+(?P<q3>" + _i("first|second|third|fourth") + r")[\s-]+"
          + _i("quarter") + r"|Q(?P<qn>[1-4])(?:\s+(?P<y4>" + YEAR + r")|[\s']?(?P<yy>[0-9]{2}))?"
          r"|(?P<h>" + _i("first|second") + r")[\s-]+" + _i("half") + r"\s+" + _i("of") + r"\s+(?:(?P<hy>"
          + YEAR + r")|(?P<hrel>" + _i("this|last|next") + r")\s+" + _i("year") + r"))" + _E),
    # "last summer", "the spring of 2009", "in spring".
    _rule("season", "DATE",
          _B + r"(?:(?P<rel>" + _i("last|this|next|early|late|mid|the|past|coming") + r")[\s-]+)?"
          r"(?P<s>" + _i("spring|summer|autumn|fall|winter") + r")(?:\s+" + _i("of") + r"\s+(?P<y>"
          + YEAR + r")|\s+(?P<y2>" + YEAR + r"))?" + _E, _check_season),
    # "Christmas", "New Year's Day", "Easter 2010", "Thanksgiving".
    _rule("holiday", "DATE",
          _B + r"(?:(?P<rel>" + _i("last|this|next") + r")\s+)?(?P<h>Christmas(?:\s+(?:Day|Eve))?"
          r"|New\s+Year['’]s\s+(?:Day|Eve)|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
          r"|Thanksgiving(?:\s+Day)?|Halloween|Boxing\s+Day|Valentine['’]s\s+Day|May\s+Day)"
          r"(?:,?\s+(?P<y>" + YEAR + r"))?" + _E),
)

_UNITS = r"(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|generation)"
_MONTH_WORD = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
               r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)")
_NEEDS = {
    "month_day": _MONTH_WORD,
    "numeric": r"[0-9][/.-][0-9]",
    "month_year": _MONTH_WORD,
    "month": _MONTH_WORD,
    "year": r"[0-9]{4}",
    "short_year": r"['’][0-9]{2}",
    "year_range": r"[0-9]{4}",
    "decade": r"0['’]?s",
    "century": r"(?i:centur)",
    "day_ref": r"(?i:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)",
    "weekday": r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day",
    "relative": _UNITS,
    "the_unit": r"(?i:week|month|year)",
    "same_period": r"(?i:the\s+same)",
    "the_day": r"(?i:day)",
    "reference": r"(?i:now|current|present|recent|lately|past|future|soon|term|moment|these|being)",
    "ago": r"(?i:ago|from now|earlier|later|previously|back|hence)",
    "duration": _UNITS,
    "duration_adj": r"-(?i:second|minute|hour|day|night|week|month|year|decade|century|long)",
    "duration_vague": _UNITS,
    "set": r"(?i:every|each|daily|weekly|monthly|yearly|annual|quarterly|hourly|nightly|biweekly"
           r"|biannual|semi|bimonthly|fortnightly|once|twice|thrice|times|per|days)",
    "clock": r"(?i:[0-9]:[0-9]|noon|midnight|midday|[0-9]\s*(?:a\.m|p\.m|am\b|pm\b)"
             r"|[0-9]{4}\s*(?:gmt|utc|hrs|local))",
    "fiscal": r"(?i:fiscal|FY)",
    "quarter": r"(?i:quarter|Q[1-4]|half)",
    "season": r"(?i:spring|summer|autumn|fall|winter)",
    "holiday": r"Christmas|New Year|Easter|Good Friday|Thanksgiving|Halloween|Boxing Day|Valentine"
               r"|May Day",
}
RULES: tuple[Rule, ...] = tuple(
    Rule(r.name, r.type, r.pattern, r.check, re.compile(_NEEDS[r.name])) for r in _RULES
)

_PRIORITY = {rule.name: i for i, rule in enumerate(RULES)}


def scan(text: str, rules: tuple[Rule, ...] = RULES) -> list[Candidate]:
    """Every time expression the rules find, overlaps resolved (longest first, then rule order),
    in text order."""
    found: list[Candidate] = []
    for rule in rules:
        if rule.needs is not None and rule.needs.search(text) is None:
            continue
        for m in rule.pattern.finditer(text):
            if m.end() == m.start() or (rule.check is not None and not rule.check(text, m)):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            start, end = m.span("core") if "core" in groups else m.span()
            found.append(Candidate(start, end, rule.name, rule.type, groups))
    found.sort(key=lambda c: (c.start - c.end, _PRIORITY[c.rule], c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for cand in found:
        if any(occupied[cand.start : cand.end]):
            continue
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken
