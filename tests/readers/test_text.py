"""Plain text and the leading ``date YYYY-MM-DD`` marker (seeds 000 and 004)."""

from __future__ import annotations

import datetime
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.readers import read_file, split_date_marker

from .support import SAMPLES, only_article, only_failure

SEED_000 = SAMPLES / "000_da1156ca9ab1c740.txt"
SEED_004 = SAMPLES / "004_7a3b9df1f04b9edf.txt"


def test_seed_004_marker_becomes_published_and_leaves_the_text():
    article = only_article(list(read_file(SEED_004)))
    assert article.published == "2024-09-06"
    assert article.published_source == "marker"
    assert article.text.startswith("BELGRADE, September 6. /TASS/.")
    assert "date 2024" not in article.text
    assert article.title is None
    assert article.source == str(SEED_004)


def test_seed_000_has_no_date():
    article = only_article(list(read_file(SEED_000)))
    assert article.published is None
    assert article.published_source is None
    assert article.text.startswith("Despite foreign pressure")


def test_same_file_read_twice_gives_the_same_id(tmp_path):
    first = only_article(list(read_file(SEED_004)))
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED_004, copy)
    assert only_article(list(read_file(SEED_004))).id == first.id
    assert only_article(list(read_file(copy))).id == first.id


def test_crlf_bom_and_surrounding_whitespace_are_normalised(write):
    path = write("crlf.txt", "\ufeff\r\n  First line.\r\nSecond line.\r\n\r\n")
    article = only_article(list(read_file(path)))
    assert article.text == "First line.\nSecond line."


def test_text_inside_is_kept_as_it_is(write):
    body = "Para one,  with two spaces.\n\n\tPara two, indented."
    assert only_article(list(read_file(write("keep.text", body)))).text == body


def test_invalid_marker_date_is_a_failure(write):
    path = write("bad.txt", "date 2024-02-30 BELGRADE, February 30. Text.")
    failure = only_failure(list(read_file(path)))
    assert failure.message.startswith(f"{path}: ")
    assert "2024-02-30" in failure.reason and "not a real calendar date" in failure.reason


def test_marker_alone_is_a_failure(write):
    failure = only_failure(list(read_file(write("only.txt", " date 2024-09-06 \n"))))
    assert "no article text after the date marker" in failure.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2024-09-06 BELGRADE, September 6.", ("BELGRADE, September 6.", "2024-09-06")),
        ("date 2024-09-06\n\nBody.", ("Body.", "2024-09-06")),
        ("date 2024-09-06", ("", "2024-09-06")),
        ("update 2024-09-06 Body.", ("update 2024-09-06 Body.", None)),
        ("Body with date 2024-09-06 inside.", ("Body with date 2024-09-06 inside.", None)),
        ("date 2024-09-06Body.", ("date 2024-09-06Body.", None)),
        ("date 24-09-06 Body.", ("date 24-09-06 Body.", None)),
    ],
)
def test_split_date_marker(text, expected):
    assert split_date_marker(text) == expected


def test_split_date_marker_rejects_impossible_dates():
    with pytest.raises(ValueError, match="not a real calendar date"):
        split_date_marker("date 2023-13-01 Body.")


def test_split_date_marker_rejects_absurd_years():
    for marker in ("date 0001-01-01 Body.", "date 9999-12-31 Body.", "date 0999-12-31 Body."):
        with pytest.raises(ValueError, match=r"year outside 1000\.\.2999"):
            split_date_marker(marker)
    assert split_date_marker("date 1000-01-01 Body.")[1] == "1000-01-01"
    assert split_date_marker("date 2999-12-31 Body.")[1] == "2999-12-31"


SANE_DATES = st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(2999, 12, 31))


@given(SANE_DATES, st.text(min_size=1).filter(lambda s: s.strip() and s == s.lstrip()))
def test_split_date_marker_round_trip(date, body):
    text, published = split_date_marker(f" date {date.isoformat()} {body}")
    assert (text, published) == (body, date.isoformat())


@given(st.text())
def test_text_without_marker_is_untouched(text):
    if not text.lstrip().startswith("date "):
        assert split_date_marker(text) == (text, None)
