"""to_records / to_frame: flat rows of analyses, one per record, offsets into the article text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas
import pytest

import wirecoder
from wirecoder import WirecoderError
from wirecoder.readers import Failure, read_paths
from wirecoder.export.tables import COLUMNS

SEEDS = Path(__file__).resolve().parents[2] / "samples"
KINDS = ("quotes", "statements", "entities", "mentions", "times")


@pytest.fixture(scope="module")
def seeds() -> list[wirecoder.Analysis]:
    return list(wirecoder.analyze_many(read_paths([SEEDS])))


def test_one_row_per_record_with_its_article(seeds):
    assert all(isinstance(a, wirecoder.Analysis) for a in seeds)
    expected = {
        "quotes": [(a.article.id, q.id) for a in seeds for q in a.quotes],
        "statements": [(a.article.id, s.id) for a in seeds for s in a.statements],
        "entities": [(a.article.id, e.id) for a in seeds for e in a.entities],
        "mentions": [(a.article.id, e.id) for a in seeds for e in a.entities for _ in e.mentions],
        "times": [(a.article.id, t.span.start) for a in seeds for t in a.times],
    }
    ids = {"quotes": "quote_id", "statements": "statement_id", "entities": "entity_id",
           "mentions": "entity_id", "times": "start"}
    for kind in KINDS:
        rows = wirecoder.to_records(seeds, kind)
        assert [(r["article_id"], r[ids[kind]]) for r in rows] == expected[kind], kind
        assert expected[kind], f"the seeds have {kind}"
        for r in rows:
            assert tuple(r) == COLUMNS[kind]


def test_offsets_select_the_texts(seeds):
    text = {a.article.id: a.article.text for a in seeds}
    pairs = {"quotes": [("start", "end", "text"), ("cue_start", "cue_end", "cue"),
                        ("speaker_start", "speaker_end", "speaker_mention")],
             "statements": [("evidence_start", "evidence_end", "evidence_text")],
             "entities": [("start", "end", "text")], "mentions": [("start", "end", "text")],
             "times": [("start", "end", "text")]}
    for kind, columns in pairs.items():
        for r in wirecoder.to_records(seeds, kind):
            for start, end, span_text in columns:
                if r[start] is not None:
                    assert text[r["article_id"]][r[start]:r[end]] == r[span_text], (kind, r)


def test_quote_rows_carry_the_speaker_entity():
    a = wirecoder.analyze("Serbia will never impose sanctions on Russia, Vucic said on Friday.",
                          published="2024-09-10", outlet="TASS")
    (row,) = wirecoder.to_records(a, "quotes")
    assert row == {
        "article_id": a.article.id, "source": "<memory>", "outlet": "TASS", "site": None,
        "published": "2024-09-10", "authors": None, "quote_id": "q1", "kind": "indirect", "start": 0, "end": 44,
        "text": "Serbia will never impose sanctions on Russia", "cue": "said", "cue_start": 52,
        "cue_end": 56, "speaker_name": "Aleksandar Vucic", "speaker_entity": "e3",
        "speaker_type": "PERSON", "speaker_country": "SRB", "speaker_mention": "Vucic",
        "speaker_start": 46, "speaker_end": 51, "date": "2024-09-06",
    }
    (st,) = wirecoder.to_records(a, "statements")
    assert (st["holder_name"], st["holder_country"], st["proposition_key"], st["stance"],
            st["hedge"], st["quote_text"]) == (
        "Aleksandar Vucic", "SRB", "impose_sanctions:RUS", "against", "absolute",
        "Serbia will never impose sanctions on Russia")


def test_failures_in_a_stream_are_skipped(seeds):
    stream = [Failure("bad.txt", "empty file"), *seeds]
    assert wirecoder.to_records(stream, "quotes") == wirecoder.to_records(seeds, "quotes")


def test_an_unknown_kind_names_the_choices(seeds):
    with pytest.raises(WirecoderError, match="unknown record kind 'quote'; choose one of: quotes, "):
        wirecoder.to_records(seeds, "quote")
    with pytest.raises(WirecoderError, match="unknown record kind"):
        wirecoder.to_frame(seeds, "speakers")


def test_something_else_than_an_analysis_is_refused():
    with pytest.raises(WirecoderError, match="got a dict, not a wirecoder Analysis"):
        wirecoder.to_records([{"quotes": []}], "quotes")


def test_to_frame_has_one_row_per_quote(seeds):
    frame = wirecoder.to_frame(seeds, "quotes")
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == sum(len(a.quotes) for a in seeds) > 0
    assert list(frame.columns) == list(COLUMNS["quotes"])
    assert frame.to_dict("records") == wirecoder.to_records(seeds, "quotes")
    assert str(frame["cue_start"].dtype) == "Int64" and str(frame["start"].dtype) == "Int64"
    assert None in frame["published"].tolist()  # the undated seed: None, not NaN


def test_to_frame_of_nothing_still_has_the_columns():
    frame = wirecoder.to_frame([], "statements")
    assert len(frame) == 0
    assert list(frame.columns) == list(COLUMNS["statements"])


def test_without_pandas_to_frame_says_how_to_install_it():
    code = (
        "import sys\n"
        "sys.modules['pandas'] = None  # as if not installed: importing it raises ImportError\n"
        "import wirecoder\n"
        "a = wirecoder.Analysis(wirecoder.Article(text='x'))\n"
        "print(wirecoder.to_records([a], 'quotes'))\n"
        "try:\n"
        "    wirecoder.to_frame([a], 'quotes')\n"
        "except wirecoder.WirecoderError as err:\n"
        "    print(err)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "[]"
    assert lines[1].startswith("to_frame needs pandas, which is not installed")
    assert lines[1].endswith("install it with: pip install 'wirecoder[pandas]' "
                             "(or use to_records for plain dicts)")
