"""Datelines: ``BELGRADE, September 6. /TASS/.``, ``KYIV (Reuters) -``, ``BELGRADE, Serbia (AP) —``.

:func:`find_dateline` reads the opening of an article's text; :func:`apply_dateline` attaches the
result to the article: the dateline itself, ``outlet`` when the agency names it (the agency wins
over a host site's name, which is kept as ``site``), and ``published``
when the dateline gives a month and day and the year is already known (from a partial date in the
metadata). The clock is never read.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import re
from dataclasses import dataclass

from ..article import Article, Dateline
from ..lexicon.tables import NEWS_OUTLETS
from ..spans import span_at

__all__ = ["DatelineMatch", "apply_dateline", "find_dateline"]

# Agencies as they appear in datelines ("(AP)", "/TASS/", "(AA)"), lower case, with the outlet
# name wirecoder reports: from the one outlet table.
_AGENCIES: dict[str, str] = {
    form.lower(): outlet
    for outlet, name, aliases, dateline_only, _home in NEWS_OUTLETS
    for form in (outlet, name, *aliases, *dateline_only)
}

_PARTICLES = frozenset({"de", "da", "du", "la", "el", "al"})
_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_AGENCY_RE = "|".join(sorted((re.escape(a) for a in _AGENCIES), key=len, reverse=True))
# An upper-case place of one to four words ("NEW YORK", "ST. PETERSBURG", "RIO DE JANEIRO").
# Capitals include accented ones ("CIUDAD JUÁREZ", "SÃO PAULO", "ŁÓDŹ") and either apostrophe
# ("COX’S BAZAR"); a place is on one line.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
_PLACE = (r"(?P<place>[" + _UPPER + r"][" + _UPPER + r"'\u2019.\-]+(?:[ \t]+(?:[" + _UPPER + r"][" + _UPPER
          + r"'\u2019.\-]*|de|da|du|la|el|al))*)")
# An optional region or country in title case after a comma ("BELGRADE, Serbia"), of up to
# four words joined by "and", "of", "the" ("SARAJEVO, Bosnia and Herzegovina").
_TITLE_WORD = r"[" + _UPPER + r"][a-zß-öø-ÿ'.\-]+"
# A dateline is on one line: its parts are joined by spaces, never by a line break (a byline
# "By Lena Hoffmann, dpa" over the dateline is not a place and a region).
_REGION = (r"(?:,[ \t]+(?P<region>(?!(?i:" + _MONTH_RE + r")\b)" + _TITLE_WORD
           + r"(?:[ \t]+(?:(?:and|of|the|de|del|do|da)[ \t]+)*" + _TITLE_WORD + r"){0,3}))?")
_DATE = (
    r"(?:,?[ \t]+(?:(?P<month>(?i:" + _MONTH_RE + r"))\.?[ \t]+(?P<day>\d{1,2})"
    r"|(?P<day2>\d{1,2})[ \t]+(?P<month2>(?i:" + _MONTH_RE + r"))\.?)(?:,?[ \t]+(?P<year>\d{4}))?)?"
)
_DASH = r"(?:--|-|—|–|:)"

_AGENCY_DATELINE = re.compile(
    r"\A\s*(?!by[ \t])" + _PLACE + _REGION + _DATE + r"\.?[ \t]*"
    r"(?:/(?P<slash>" + _AGENCY_RE + r")/\.?|\((?P<paren>" + _AGENCY_RE + r")\)\s*" + _DASH + r"?)",
    re.IGNORECASE,
)
# Bare form: "BELGRADE —" or "BELGRADE:" (place strictly upper case, no agency).
_BARE_DATELINE = re.compile(r"\A\s*" + _PLACE + _REGION + _DATE + r"\s*(?:--|—|–|:)(?=\s)")
# "SOFIA - " with a plain hyphen: also the way many sites type a dash, but "NATO - " or
# "EXCLUSIVE - " open headlines too, so it counts only with a region or date, or for a place the
# gazetteer knows ("SOFIA", "NEW YORK"; not "NATO").
_HYPHEN_DATELINE = re.compile(r"\A\s*" + _PLACE + _REGION + _DATE + r"\s+-(?=\s)")


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    dateline: Dateline
    outlet: str | None
    month: int | None
    day: int | None
    year: int | None
    headline: str | None = None


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline at the start of ``text``, or None. Only the first 200 characters are read.

    Text files and feeds often open with the headline (and a byline) on lines of their own before
    the dateline ("Greek PM rules out pension cuts" / "ATHENS (Reuters) - ..."): up to two such
    lines are passed over, and the headline is kept so a reader without a title can use it."""
    pos, headline = 0, None
    for _ in range(3):
        found = _dateline_at(text, pos)
        if found is not None:
            return dataclasses.replace(found, headline=headline) if headline else found
        line_end = text.find("\n", pos, pos + 200)
        if line_end < 0:
            return None
        line = text[pos:line_end].strip()
        if not _is_heading_line(line) or not text[line_end:].strip():
            return None
        if headline is None and not _BYLINE.match(line):
            headline = line
        pos = line_end + 1
    return None


# A line of its own before the dateline: a headline or a byline, not a sentence of the story.
_BYLINE = re.compile(r"(?i)by\s+[A-Z]")


def _is_heading_line(line: str) -> bool:
    return 0 < len(line) <= 160 and line[-1] not in ".,;:\"\u201d\u2019'"


def _dateline_at(text: str, pos: int) -> DatelineMatch | None:
    head = text[pos:pos + 200]
    m = _AGENCY_DATELINE.match(head)
    agency = None
    if m:
        agency_text = m.group("slash") or m.group("paren")
        agency = _AGENCIES[agency_text.lower()]
        words = m.group("place").split()
        if not all(w[:1].isupper() or w in _PARTICLES for w in words):
            m = None  # "Paris (AFP)" is a dateline, "The president (AP)" is not
    if m is None:
        m = _BARE_DATELINE.match(head) or _hyphen_dateline(head)
        if m is None or not m.group("place").replace(" ", "").isupper():
            return None
    start = pos + m.start("place")
    end = pos + m.end()
    # trim trailing whitespace; the separator after "(Reuters)" is part of the formula
    # ("KYIV (Reuters) -", "BELGRADE, Serbia (AP) —"), a bare dateline's is not ("NEW YORK")
    separators = " \t\n" if agency is not None and m.group("paren") else " \t\n-—–:"
    while end > start and text[end - 1] in separators:
        end -= 1
    month_name = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    span = span_at(text, start, end)
    return DatelineMatch(
        dateline=Dateline(place=m.group("place").strip(), agency=agency, span=span),
        outlet=agency,
        month=_MONTHS[month_name.lower()] if month_name else None,
        day=int(day) if day else None,
        year=int(m.group("year")) if m.group("year") else None,
    )


def _hyphen_dateline(head: str) -> re.Match[str] | None:
    m = _HYPHEN_DATELINE.match(head)
    if m is None or m.group("region") or m.group("month") or m.group("month2"):
        return m
    from ..lexicon.gazetteer import load_gazetteer

    ref = load_gazetteer().lookup(m.group("place").strip().title())
    return m if ref is not None and (ref.metonym or ref.type in ("COUNTRY", "PLACE", "CITY")) else None


def _known_year(article: Article) -> int | None:
    if article.published and re.fullmatch(r"\d{4}(-\d{2})?", article.published):
        return int(article.published[:4])
    return None


def apply_dateline(article: Article) -> Article:
    """The article with its dateline, outlet and (when derivable) published date filled in.

    An agency the dateline names ("WASHINGTON (AP) —") is the ``outlet``: it wrote the story,
    whatever site carries it. An outlet the input gave (a page's site name, a feed's title, a
    JSON Lines field) that differs is then where the story was published: it becomes ``site``
    unless a site is already known."""
    found = find_dateline(article.text)
    if found is None:
        return article
    changes: dict[str, object] = {"dateline": found.dateline}
    if found.headline and not article.title:
        changes["title"] = found.headline
    if found.outlet is not None and article.outlet != found.outlet:
        changes["outlet"] = found.outlet
        if article.site is None and article.outlet is not None:
            changes["site"] = article.outlet
    full_date = article.published is not None and len(article.published) == 10
    year = found.year or _known_year(article)
    if not full_date and year and found.month and found.day:
        try:
            changes["published"] = datetime.date(year, found.month, found.day).isoformat()
            changes["published_source"] = "dateline"
        except ValueError:
            pass  # "February 30": keep what the metadata said
    return article.with_(**changes)
