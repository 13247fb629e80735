"""Dates and periods in the corpus layer (wirecoder.corpus.periods) and everything that compares dates:
echoes, --since/--until, ordering, shifts; calendar-safe time resolution (no overflow at years
1 and 9999); --about with special characters. Issue 8 defects 1, 2, 9, 13 and issue 10 (weeks
and months kept by --until, past-tense months resolved into the past).

The CLI tests run the real CLI (a subprocess for the issue's reproduction, else ``main``) over a
real SQLite store filled by the real pipeline (`wirecoder ingest`) or by ``Store.put``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import wirecoder
from wirecoder.cli import main
from wirecoder.corpus.echoes import EchoItem, find_echoes
from wirecoder.corpus.positions import AboutQuery, Corpus, find_shifts
from wirecoder.corpus.quotes import select_quotes
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.corpus.periods import Period, parse_bound, period_key
from wirecoder.stages.timex import find_timexes
from wirecoder.store.sqlite import StoredQuote, StoredStatement

SRC = Path(wirecoder.__file__).resolve().parents[1]
VUCIC = ("Serbian President Aleksandar Vucic said in January 2005 that Serbia will never impose "
         "sanctions on Russia")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


# ------------------------------------------------------------------------------ the type


@pytest.mark.parametrize("value, first, last, granularity", [
    ("2019-11-14", "2019-11-14", "2019-11-14", "day"),
    ("2019-11-14T08:30:00Z", "2019-11-14", "2019-11-14", "day"),
    ("2019-11-14 08:30:00+01:00", "2019-11-14", "2019-11-14", "day"),
    ("2019-W46", "2019-11-11", "2019-11-17", "week"),
    ("2019-W46-WE", "2019-11-16", "2019-11-17", "weekend"),
    ("2020-W53", "2020-12-28", "2021-01-03", "week"),
    ("2019-11", "2019-11-01", "2019-11-30", "month"),
    ("2020-02", "2020-02-01", "2020-02-29", "month"),
    ("2009-Q3", "2009-07-01", "2009-09-30", "quarter"),
    ("2009-Q4", "2009-10-01", "2009-12-31", "quarter"),
    ("2009-H1", "2009-01-01", "2009-06-30", "half"),
    ("2009-SU", "2009-06-01", "2009-08-31", "season"),
    ("2009-WI", "2009-12-01", "2010-02-28", "season"),
    ("2008", "2008-01-01", "2008-12-31", "year"),
    ("FY2009", "2008-02-01", "2009-12-31", "fiscal_year"),
    ("199", "1990-01-01", "1999-12-31", "decade"),
    ("19", "1900-01-01", "1999-12-31", "century"),
    ("0001-01-01", "0001-01-01", "0001-01-01", "day"),
    ("9999-12", "9999-12-01", "9999-12-31", "month"),
    ("9999-Q4", "9999-10-01", "9999-12-31", "quarter"),
    ("9999-WI", "9999-12-01", "9999-12-31", "season"),  # clamped to the calendar's end
    ("9999-W52", "9999-12-27", "9999-12-31", "week"),
])
def test_every_value_format_is_an_interval(value, first, last, granularity):
    period = Period.parse(value)
    assert period is not None, value
    assert (period.first.isoformat(), period.last.isoformat(), period.granularity) == (
        first, last, granularity)


@pytest.mark.parametrize("value", [
    None, "", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "2019-13", "2019-02-30", "2019-W54",
    "2019-Q5", "0000", "0000-01-01", "10000-01-01", "-001", "2019/11/14", "Nov 2019", "XXXX-09-04",
    "2019-11-14junk", 2019, "9999-W52-WE",
])
def test_values_that_are_no_period_are_unknown_never_an_error(value):
    assert Period.parse(value) is None
    assert period_key(value) > period_key("9999-12-31")  # unknown dates sort last


def test_distance_between_intervals():
    day = Period.parse
    assert day("2005-01").days_apart(day("2005-01")) == 0
    assert day("2005-01").days_apart(day("2005-01-20")) == 0  # overlap
    assert day("2005-01").days_apart(day("2005-02-03")) == 3
    assert day("2005-02-03").days_apart(day("2005-01")) == 3
    assert day("2019-11-14").days_apart(day("2019-11-21")) == 7
    assert day("2009-Q3").days_apart(day("2009-10-08")) == 8
    assert day("0001-01-01").days_apart(day("9999-12-31")) == 3652058  # no overflow


def test_overlap_with_a_range():
    since, until = parse_bound("2019-11-01"), parse_bound("2019-11-30")
    assert Period.parse("2019-W46").within(None, until)  # the acceptance
    assert Period.parse("2019-W48").within(since, until)  # 25 Nov - 1 Dec overlaps
    assert Period.parse("2019-11").within(parse_bound("2019-11-05"), None)
    assert Period.parse("2019").within(since, until)
    assert not Period.parse("2019-W49").within(since, until)
    assert not Period.parse("2019-10").within(since, until)
    # bounds as periods: --since 2019-11 from its first day, --until 2019-11 to its last
    assert Period.parse("2019-11-30").within(parse_bound("2019-11"), parse_bound("2019-11"))


def test_bounds_at_the_ends_of_the_calendar_and_bad_bounds():
    assert Period.parse("2019-04-19").within(parse_bound("0001-01-01"), parse_bound("9999-12-31"))
    with pytest.raises(ValueError, match="is not a date"):
        parse_bound("2019-02-30")
    with pytest.raises(ValueError, match="is not a date"):
        parse_bound("yesterday")


def test_order_by_start_then_granularity():
    values = ["2019", "2019-11-14", "2019-W46", "2019-11", None, "2019-11-01", "PRESENT_REF",
              "2019-Q4", "201"]
    assert sorted(values, key=period_key) == [
        "201", "2019", "2019-Q4", "2019-11-01", "2019-11", "2019-W46", "2019-11-14", None,
        "PRESENT_REF"]


# ------------------------------------------------------------------------------ echoes


def test_echoes_of_month_and_quarter_dated_items():
    """Defect 1, in the library: items dated to a month or a quarter crashed in _days_apart."""
    text = "Serbia will never impose sanctions on Russia no matter how strong the pressure is"
    items = [
        EchoItem(text, "k", "a1", None, "a.txt", "2005-01", None),
        EchoItem(text + ", officials said", "k", "a2", None, "b.txt", "2005-01", None),
        EchoItem(text, "k", "a3", None, "c.txt", "2005-Q1", None),
        EchoItem(text, "k", "a4", None, "d.txt", "2005-03-20", None),  # 48 days after January
        EchoItem(text, "k", "a5", None, "e.txt", "PRESENT_REF", "not a date"),  # unknown
    ]
    (echo,) = find_echoes(items)
    assert echo.original == 0 and echo.copies == (1, 2)


# ------------------------------------------------------------------------------ the corpus


def statement(**kw) -> StoredStatement:
    base = dict(
        article_id="a1", statement_id="s1", quote_id="q1", holder_entity="e1",
        holder_name="Aleksandar Vucic", holder_type="PERSON", holder_country="SRB",
        speaker_name="Aleksandar Vucic", speaker_mention="President Aleksandar Vucic",
        subject="Serbia", predicate="impose sanctions on", object="Russia",
        proposition_text="impose sanctions on Russia", proposition_key="impose_sanctions|RUS",
        stance="against", hedge="absolute", date="2019-04-19", date_source="statement",
        evidence_start=0, evidence_end=5, evidence_text="Serbia will never impose sanctions",
        quote_text=None, outlet=None, source="000.txt", published=None,
    )
    base.update(kw)
    return StoredStatement(**base)


def quote(**kw) -> StoredQuote:
    base = dict(article_id="a1", quote_id="q1", kind="direct", start=0, end=10,
                text="Serbia will never impose sanctions on Russia", speaker_name="Aleksandar Vucic",
                speaker_mention="Vucic", speaker_type="PERSON", speaker_country="SRB",
                date="2019-11-14", outlet=None, source="a.txt", published=None)
    base.update(kw)
    return StoredQuote(**base)


def test_since_until_keep_a_week_or_month_that_overlaps(gaz):
    """Issue 10: `--since/--until` silently dropped quotes dated by week or month."""
    rows = [
        quote(article_id="w", date="2019-W46", text="A week-dated quote about the border"),
        quote(article_id="m", date="2019-11", text="A month-dated quote about the border"),
        quote(article_id="d", date="2019-12-02", text="A December quote about the border"),
        quote(article_id="u", date=None, text="An undated quote about the border"),
    ]
    kept = select_quotes(rows, gaz, until="2019-11-30", echoes=False)
    assert [q.quote.article_id for q in kept] == ["m", "w"]  # month first: it starts earlier
    kept = select_quotes(rows, gaz, since="2019-11-15", echoes=False)
    assert [q.quote.article_id for q in kept] == ["m", "w", "d"]
    kept = select_quotes(rows, gaz, since="0001-01-01", until="9999-12-31", echoes=False)
    assert len(kept) == 3


def test_positions_select_and_order_by_periods(gaz):
    rows = [
        statement(statement_id="s1", article_id="a1", date="2019-11-20"),
        statement(statement_id="s2", article_id="a2", date="2019-W46", quote_text="week words"),
        statement(statement_id="s3", article_id="a3", date="2019-11", quote_text="month words"),
        statement(statement_id="s4", article_id="a4", date="PRESENT_REF", quote_text="odd"),
    ]
    corpus = Corpus.from_rows(rows, gaz)
    assert [c.row.statement_id for c in corpus.claims] == ["s3", "s2", "s1", "s4"]
    picked = corpus.select(until="2019-11-15")
    assert [c.row.statement_id for c in picked] == ["s3", "s2"]
    (position,) = corpus.positions()
    assert (position.first, position.last) == ("2019-11", "2019-11-20")


def test_no_shift_between_periods_not_known_to_be_in_order(gaz):
    rows = [
        statement(statement_id="s1", article_id="a1", date="2019-10-01"),
        statement(statement_id="s2", article_id="a2", date="2019-11", hedge="conditional",
                  evidence_text="month words"),
        # overlaps November: not known to come after s2, so compared with s1 (before both)
        statement(statement_id="s3", article_id="a3", date="2019-11-14", stance="favor",
                  evidence_text="day words"),
    ]
    (position,) = Corpus.from_rows(rows, gaz).positions()
    assert [(s.kind, s.before.row.statement_id, s.after.row.statement_id)
            for s in find_shifts(position)] == [("softening", "s1", "s2"), ("reversal", "s1", "s3")]


# ------------------------------------------------------------------------------ --about


@pytest.mark.parametrize("about", ["'", "%", "*", "(", "_", "\\"])
def test_about_without_words_is_literal(gaz, about):
    """Defect 13: such an --about matched every quote (no words: all() of nothing)."""
    query = AboutQuery.parse(about, gaz)
    assert not query.matches(["Serbia will never impose sanctions on Russia"])
    assert query.matches([f"Inflation rose 5{about} in the year, he said"])
    rows = [quote(article_id="plain"), quote(article_id="odd", text=f"Prices rose 5{about}")]
    assert [q.quote.article_id for q in select_quotes(rows, gaz, about=about, echoes=False)] == [
        "odd"]


def test_about_blank_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["quotes", "--about", "  ", "--db", str(tmp_path / "none.db")])
    assert exc.value.code == 2
    assert "nothing to look for" in capsys.readouterr().err


# ------------------------------------------------------------------------------ time resolution


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "9999-12", "0001", "9999"])
def test_resolution_never_overflows(published):
    """Defect 2: a relative date against year 9999 or 0001 raised OverflowError."""
    text = ("He said on Friday that talks ended yesterday and resume tomorrow, next week, next "
            "month, next year, next winter, next decade and next century; last week, last December, "
            "at Christmas and Easter; since '82; later in the day; the same month a year ago.")
    found = find_timexes(None, published, text)
    assert len(found) >= 15
    for t in found:
        assert t.value is None or Period.parse(t.value) is not None, (t.span.text, t.value)


def test_resolution_in_range_still_resolves():
    found = {t.span.text: t.value for t in find_timexes(None, "9999-12-31", "on Friday, tomorrow, "
                                                        "yesterday, next year")}
    assert found == {"Friday": "9999-12-31", "tomorrow": None, "yesterday": "9999-12-30",
                     "next year": None}
    found = {t.span.text: t.value for t in find_timexes(None, "0001-01-01", "yesterday, tomorrow")}
    assert found == {"yesterday": None, "tomorrow": "0001-01-02"}


def test_analyze_with_a_published_year_9999(capsys, tmp_path):
    """Defect 2 through the CLI: `--published 9999-12-31` with "on Friday" is accepted safely."""
    path = tmp_path / "a.txt"
    path.write_text("The minister resigned on Friday, officials said.", encoding="utf-8")
    for published in ("9999-12-31", "0001-01-01"):
        code, out, err = run_cli(capsys, "analyze", "--published", published, str(path))
        assert code == 0, err
        (record,) = jsonl(out)
        (friday,) = [t for t in record["times"] if t["text"] == "Friday"]
        assert friday["value"] is None or Period.parse(friday["value"]) is not None
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "--published", "10000-01-01", str(path)])
    assert exc.value.code == 2 and "not a date" in capsys.readouterr().err


@pytest.fixture(scope="module")
def nlp():
    from wirecoder.analysis import load_pipeline

    return load_pipeline().nlp


@pytest.mark.parametrize("text, expression, value", [
    ("The May 16 attack killed 12 people.", "May 16", "2019-05-16"),
    ("He said that after the March elections the party lost its majority.", "March", "2019-03"),
    ("The law, in force since March, bans protests.", "March", "2019-03"),
    ("Talks collapsed in March.", "March", "2019-03"),
    ("The vote will take place in March.", "March", "2020-03"),
    ("A January 3 hearing has been scheduled.", "January 3", "2020-01-03"),  # ahead: nearest
])
def test_past_tense_months_resolve_into_the_past(nlp, text, expression, value):
    """Issue 10: "in March" or "on May 16" in a past-tense clause resolved to the next year."""
    found = {t.span.text: t.value for t in find_timexes(nlp(text), "2019-11-20")}
    assert found[expression] == value


# ------------------------------------------------------------------------------ the CLI


def _cli(*argv: str) -> subprocess.CompletedProcess:
    """``python -m wirecoder ARGV`` on the same wirecoder as this test imports."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])}
    return subprocess.run([sys.executable, "-m", "wirecoder", *argv], capture_output=True,
                          text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def vucic_db(tmp_path_factory) -> str:
    """The issue's reproduction: two undated articles, near-identical quotes dated to a month,
    ingested by the real CLI and pipeline."""
    folder = tmp_path_factory.mktemp("vucic")
    (folder / "a.txt").write_text(VUCIC + ".\n", encoding="utf-8")
    (folder / "b.txt").write_text(VUCIC + ", officials said.\n", encoding="utf-8")
    db = str(folder / "w.db")
    done = _cli("ingest", "--db", db, str(folder / "a.txt"), str(folder / "b.txt"))
    assert done.returncode == 0, done.stderr
    return db


def test_quotes_with_month_dated_copies_through_the_cli(vucic_db):
    """Defect 1: `wirecoder quotes` crashed with "Invalid isoformat string: '2005-01'"."""
    done = _cli("quotes", "--db", vucic_db, "--json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = jsonl(done.stdout)  # the copy is counted once
    assert line["date"] == "2005-01" and len(line["copies"]) == 1
    assert "sanctions on Russia" in line["text"]


@pytest.mark.parametrize("command", ["positions", "shifts", "timeline"])
def test_corpus_commands_with_month_dated_copies(capsys, vucic_db, command):
    argv = [command, "--db", vucic_db, "--json", "--lexical-keys"]
    if command == "timeline":
        argv += ["--about", "sanctions"]
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    if command == "positions":
        (row,) = jsonl(out)
        assert (row["first"], row["statements"], row["copies"]) == ("2005-01", 1, 1)


@pytest.mark.parametrize("bounds", [("--since", "0001-01-01"), ("--until", "9999-12-31"),
                                    ("--since", "2005-01-31"), ("--until", "2005-01-01"),
                                    ("--since", "2005"), ("--until", "2005-W01")])
def test_since_until_at_the_calendar_ends_and_periods(capsys, vucic_db, bounds):
    """Defect 9: `quotes --since 0001-01-01` or `--until 9999-12-31` raised OverflowError; and a
    quote dated 2005-01 is kept by any range that overlaps January 2005."""
    for command in ("quotes", "positions"):
        code, out, err = run_cli(capsys, command, "--db", vucic_db, "--json", "--lexical-keys",
                                 *bounds)
        assert code == 0, err
        assert len(jsonl(out)) == 1, (command, bounds)


def test_since_until_outside_the_period_and_bad_bounds(capsys, vucic_db):
    code, out, err = run_cli(capsys, "quotes", "--db", vucic_db, "--json", "--since", "2005-02-01")
    assert (code, out) == (0, "")
    with pytest.raises(SystemExit) as exc:
        main(["quotes", "--db", vucic_db, "--until", "2005-02-30"])
    assert exc.value.code == 2 and "is not a date" in capsys.readouterr().err


def test_help_says_periods_overlap(capsys):
    with pytest.raises(SystemExit):
        main(["quotes", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "overlaps the range" in out and "2019-W46" in out


def test_ingest_date_markers_at_the_calendar_ends(tmp_path):
    """Defect 2 through `wirecoder ingest`: a `date` marker of 9999 or 0001 with "on Friday"
    stopped the whole run with OverflowError. Now such a marker is refused with a message naming
    the file (the readers accept years 1000..2999), and the rest of the batch is stored; a
    `--published` date at the calendar's ends (which the user chose) resolves without overflow."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "late.txt").write_text("date 9999-12-31\nThe minister resigned on Friday and leaves "
                                     "tomorrow, officials said.\n", encoding="utf-8")
    (folder / "early.txt").write_text("date 0001-01-01\nThe minister resigned yesterday, a week "
                                      "after talks on Friday, officials said.\n", encoding="utf-8")
    (folder / "good.txt").write_text("date 2019-11-20\nThe minister resigned on Friday, officials "
                                     "said.\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    done = _cli("ingest", "--db", db, str(folder))
    assert done.returncode == 1, done.stderr
    assert "stored 1" in done.stderr and "failed 2" in done.stderr
    assert "Traceback" not in done.stderr
    assert "late.txt" in done.stderr and "early.txt" in done.stderr
    for year_end in ("9999-12-31", "0001-01-01"):
        undated = tmp_path / f"undated-{year_end}.txt"
        undated.write_text(f"The minister ({year_end}) resigned on Friday and leaves tomorrow, "
                           "officials said.\n", encoding="utf-8")
        done = _cli("ingest", "--db", db, "--published", year_end, str(undated))
        assert done.returncode == 0, done.stderr
        assert "stored 1" in done.stderr and "Traceback" not in done.stderr
    done = _cli("quotes", "--db", db, "--json", "--since", "0001-01-01", "--until", "9999-12-31")
    assert done.returncode == 0, done.stderr


def test_every_value_the_time_stage_emits_on_meantime_is_a_period():
    """One type for all: each calendar value resolved on MEANTIME (every rule, no parse) is read
    by Period.parse, so no stored date is silently unknown."""
    from wirecoder.evaluation.meantime import load_meantime

    values = [t.value for doc in load_meantime() for t in find_timexes(None, doc.dct, doc.text)
              if t.value is not None]
    assert len(values) > 250
    assert [v for v in values if Period.parse(v) is None] == []
    kinds = {Period.parse(v).granularity for v in values}
    assert {"day", "month", "year", "week", "quarter"} <= kinds
