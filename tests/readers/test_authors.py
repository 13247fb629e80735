"""``article.authors``: the people who wrote an article, from every place an input names them
(JSON-LD, author meta tags, byline elements, trafilatura's author, byline and credit lines of a
page; a plain text's leading byline; a JSON Lines record's ``authors``; a feed entry's
authors), person names only. On the 15 page fixtures the expected authors are
``tests/fixtures/pages/expected.json``'s ``authors`` (written by hand before the pages were run),
and so on the 3 client-rendered pages of ``scripted/``, whose authors are in script data only,
and on the 8 pages of ``more/`` (session 8: a byline with a role element, a German byline)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import wirecoder
from wirecoder.article import Article
from wirecoder.readers import read_file
from wirecoder.readers.authors import byline_line_names, names_in_byline, split_byline
from wirecoder.records import Analysis

from .support import only_article

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))["pages"]
for _folder in ("scripted", "more"):
    EXPECTED += [{**p, "file": f"{_folder}/{p['file']}"} for p in json.loads(
        (PAGES / _folder / "expected.json").read_text(encoding="utf-8"))["pages"]]


@pytest.mark.parametrize("page", EXPECTED, ids=lambda p: p["file"])
def test_each_page_gives_the_authors_its_byline_names(page):
    article = only_article(list(read_file(PAGES / page["file"])))
    assert list(article.authors) == page["authors"]


@pytest.fixture(scope="module")
def page_analyses() -> list[Analysis]:
    articles = [only_article(list(read_file(PAGES / p["file"]))) for p in EXPECTED]
    out = list(wirecoder.analyze_many(articles))
    assert all(isinstance(a, Analysis) for a in out)
    return out


def test_no_byline_author_is_a_speaker_or_in_the_text(page_analyses):
    authors = 0
    for analysis in page_analyses:
        names = set(analysis.article.authors)
        authors += len(names)
        speakers = {q.speaker.name for q in analysis.quotes}
        assert not names & speakers, (analysis.article.source, names & speakers)
        people = {e.name for e in analysis.entities if e.type == "PERSON"}
        assert not names & people, (analysis.article.source, names & people)
        for name in names:  # the byline and credit lines left the text: no offset points there
            assert name not in analysis.article.text, (analysis.article.source, name)
    assert authors == sum(len(p["authors"]) for p in EXPECTED) == 33  # 22 before more/


def test_authors_are_in_the_json_and_valid_under_the_schema(page_analyses):
    schema = wirecoder.json_schema()
    for analysis in page_analyses:
        data = analysis.to_dict()
        jsonschema.validate(data, schema)
        assert data["article"]["authors"] == list(analysis.article.authors)
        assert Analysis.from_dict(json.loads(json.dumps(data))) == analysis
    old = page_analyses[0].to_dict()
    del old["article"]["authors"]  # an analysis written before the field: still valid, no authors
    jsonschema.validate(old, schema)
    assert Analysis.from_dict(old).article.authors == ()


# -- bylines of every shape ------------------------------------------------------------------
SHAPES = [
    ("By Dana Whitfield and Marcus Oyelaran", ["Dana Whitfield", "Marcus Oyelaran"]),
    ("By Ana Ruiz, Tomás Vidal and Li Wei", ["Ana Ruiz", "Tomás Vidal", "Li Wei"]),
    ("By Ana Ruiz & Li Wei", ["Ana Ruiz", "Li Wei"]),
    ("BY DANA WHITFIELD AND MARCUS OYELARAN", ["Dana Whitfield", "Marcus Oyelaran"]),
    ("By DANA WHITFIELD, Associated Press", ["Dana Whitfield"]),
    ("By Reuters", []),
    ("By REUTERS", []),
    ("Reuters Staff", []),
    ("AP Staff", []),
    ("Staff Reporter", []),
    ("By Harbour Times Staff", []),
    ("Harriet Oakes, Political Correspondent · Mon 15 Sep 2025 12.47 BST", ["Harriet Oakes"]),
    ("By Siobhán Fairley, Political Correspondent", ["Siobhán Fairley"]),
    ("Liam Ferris\nPolitical reporter", ["Liam Ferris"]),
    ("Dana Whitfield, Washington Bureau Chief", ["Dana Whitfield"]),
    ("Dana Whitfield Washington correspondent", ["Dana Whitfield"]),
    ("Special Correspondent | New Delhi", []),
    ("From our Paris bureau: Élodie Marchand and Tom Achterberg", ["Élodie Marchand", "Tom Achterberg"]),
    ("(Reporting by Anna Lindqvist and Tomasz Wrona; Editing by Philip Ashdown)",
     ["Anna Lindqvist", "Tomasz Wrona"]),
    ("Reporting by Anna Lindqvist; Additional reporting by Jo Park; Writing by Sam Hale; "
     "Editing by Philip Ashdown", ["Anna Lindqvist", "Sam Hale"]),
    ("Photos by Eli Navarro", []),
    ("Jane Doe (@janedoe)", ["Jane Doe"]),
    ("By Jane Doe, jane.doe@example.com", ["Jane Doe"]),
    ("Jane Doe | Twitter: @janedoe | https://example.com/jane", ["Jane Doe"]),
    ("Written by Katalin Vörös", ["Katalin Vörös"]),
    ("By Thandiwe Mokoena | 11 February 2025", ["Thandiwe Mokoena"]),
    ("Maribel Quintero and Josh Albrecht\nDesert Sun Times", ["Maribel Quintero", "Josh Albrecht"]),
    ("Josh Albrecht for The Desert Sun Times", ["Josh Albrecht"]),
    ("Jean-Luc de la Fontaine and Ana María López", ["Jean-Luc de la Fontaine", "Ana María López"]),
    ("Dana Whitfield; Dana Whitfield", ["Dana Whitfield"]),
    ("The Capitol Ledger", []),
    ("Dr. Mia Kovacs", ["Mia Kovacs"]),
    ("Priya", []),  # one word: no full name
]


@pytest.mark.parametrize("byline, names", SHAPES, ids=[s[0][:40] for s in SHAPES])
def test_a_byline_of_any_shape_gives_only_person_names(byline, names):
    assert list(names_in_byline(byline, outlets=["Desert Sun Times", "The Capitol Ledger"])) == names


@pytest.mark.parametrize("line", [
    "By the time the vote came, the senator had left.",
    "By Monday, three ministers had resigned over the affair.",
    "By a vote of 51 to 49, the Senate rejected the plan.",
    "The plan was backed by Dana Whitfield and the committee.",
])
def test_a_sentence_with_by_is_no_byline(line):
    assert byline_line_names(line) is None


def test_a_plain_texts_leading_byline_goes_into_authors_not_the_text(write):
    text = ("date 2025-03-04\nBy JANE DOE and Omar Haddad\nAssociated Press\n\n"
            "WASHINGTON (AP) — The senator said on Monday that she would not run again. "
            "\"I have done what I came to do,\" she said.")
    article = only_article(list(read_file(write("wire.txt", text))))
    assert article.authors == ("Jane Doe", "Omar Haddad")
    assert article.text.startswith("WASHINGTON (AP) — ") and article.published == "2025-03-04"
    analysis = wirecoder.analyze(article)
    assert analysis.article.dateline is not None and analysis.article.dateline.agency == "AP"
    assert all(q.speaker.name not in article.authors for q in analysis.quotes)
    assert "Jane Doe" not in {e.name for e in analysis.entities}


def test_a_wire_storys_closing_credit_names_its_authors_and_stays(write):
    text = ("BRUSSELS (Reuters) - EU ministers agreed new sanctions on Monday, diplomats said.\n"
            "(Reporting by Anna Lindqvist and Tomasz Wrona; Editing by Philip Ashdown)")
    article = only_article(list(read_file(write("wire.txt", text))))
    assert article.authors == ("Anna Lindqvist", "Tomasz Wrona") and article.text == text


def test_a_text_that_is_only_a_byline_is_kept():
    assert split_byline("By Jane Doe") == ("By Jane Doe", ())
    assert split_byline("By the way, the minister said no.") == (
        "By the way, the minister said no.", ())


def test_json_lines_records_and_feed_entries_give_authors(write):
    lines = [{"text": "The minister said the port would reopen next week.",
              "authors": ["Ann Lee", "Harbour News Staff"], "outlet": "Harbour News"},
             {"text": "The minister said the port would reopen.", "author": "By Ann Lee and Bo Li"},
             {"text": "By Ann Lee\nThe minister said the port would reopen."},
             {"text": "The minister said.", "author": 5}]
    path = write("a.jsonl", "\n".join(json.dumps(r) for r in lines))
    items = list(read_file(path))
    assert [getattr(i, "authors", None) for i in items[:3]] == [
        ("Ann Lee",), ("Ann Lee", "Bo Li"), ("Ann Lee",)]
    assert items[2].text == "The minister said the port would reopen."
    assert '"author" holds a JSON number' in items[3].reason
    feed = """<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour News</title>
<item><title>A</title><dc:creator>Jane Doe and John Smith</dc:creator>
<description>The minister said on Monday that the port would reopen next week.</description></item>
<item><title>B</title><author>jane@example.com (Jane Doe)</author>
<description>The minister said on Monday that the port would reopen after the strike.</description></item>
<item><title>C</title><dc:creator>Harbour News</dc:creator>
<description>The minister said on Tuesday that the port would stay shut for a week.</description></item>
</channel></rss>"""
    entries = list(read_file(write("f.rss", feed)))
    assert [e.authors for e in entries] == [("Jane Doe", "John Smith"), ("Jane Doe",), ()]


def test_an_article_made_in_python_takes_authors_as_a_tuple():
    assert Article("Text.", authors=["Ann Lee"]).authors == ("Ann Lee",)
    assert Article("Text.", authors="Ann Lee").authors == ("Ann Lee",)
    assert Article("Text.").to_dict()["authors"] == []
