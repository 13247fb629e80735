"""JSON Lines: streamed records, per-line failures, metadata fields."""

from __future__ import annotations

import io
import json

import pytest

from wirecoder.readers import article_from_record, articles_from_jsonl, read_file
from wirecoder.errors import InputError

from .support import articles, failures, only_failure


def _jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_records_become_articles_with_metadata(write):
    path = write(
        "batch.jsonl",
        _jsonl(
            {
                "text": "Serbia will never impose sanctions on Russia, Vucic said.",
                "title": "Vucic rally",
                "url": "https://example.com/1",
                "published": "2024-09-06T23:30:00-02:00",
                "outlet": "Example Wire",
                "language": "en-GB",
                "extra": {"ignored": True},
            },
            {"text": "A second article.", "published": "2024-09-07"},
        ),
    )
    first, second = list(read_file(path))
    assert first.text == "Serbia will never impose sanctions on Russia, Vucic said."
    assert first.source == f"{path}#L1"
    assert (first.title, first.url, first.outlet, first.language) == (
        "Vucic rally", "https://example.com/1", "Example Wire", "en"
    )
    # the date as written in its own time zone, not converted to UTC (2024-09-07T01:30Z)
    assert (first.published, first.published_source) == ("2024-09-06", "metadata")
    assert second.source == f"{path}#L2"
    assert second.published == "2024-09-07"


def test_one_broken_line_is_a_failure_naming_the_line_and_the_rest_survive(write):
    path = write(
        "mixed.ndjson",
        _jsonl({"text": "Line one article."}, '{"text": "unterminated', {"text": "Line three article."}),
    )
    items = list(read_file(path))
    assert [a.text for a in articles(items)] == ["Line one article.", "Line three article."]
    failure = only_failure(failures(items))
    assert (failure.source, failure.line) == (str(path), 2)
    assert failure.message.startswith(f"{path}:2: invalid JSON")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "a JSON array, not an object"),
        ('"just a string"', "a JSON string, not an object"),
        ('{"title": "no text"}', 'no "text" field'),
        ('{"text": "   "}', '"text" is empty'),
        ('{"text": 42}', '"text" is a JSON number'),
        ('{"text": "ok", "title": ["a"]}', '"title" is a JSON array, not a string'),
        ('{"text": "ok", "published": "06/09/2024"}', "'06/09/2024' is not a date"),
        ('{"text": "ok", "published": "2024-02-30"}', "is not a date"),
    ],
)
def test_bad_records_name_the_problem(write, line, reason):
    path = write("bad.jsonl", _jsonl({"text": "Good one."}, line))
    items = list(read_file(path))
    assert [a.text for a in articles(items)] == ["Good one."]
    failure = only_failure(failures(items))
    assert failure.line == 2 and reason in failure.reason, failure.message


def test_blank_lines_are_skipped_and_numbering_follows_the_file(write):
    path = write("gaps.jsonl", '\n{"text": "At line two."}\n\n{"text": "At line four."}\n')
    assert [a.source for a in read_file(path)] == [f"{path}#L2", f"{path}#L4"]


def test_marker_in_text_supplies_published_when_the_record_has_none(write):
    path = write(
        "marked.jsonl",
        _jsonl(
            {"text": " date 2024-09-06 BELGRADE, September 6. /TASS/. Text."},
            {"text": "date 2024-09-06 Text two.", "published": "2024-09-05"},
        ),
    )
    first, second = list(read_file(path))
    assert (first.text, first.published, first.published_source) == (
        "BELGRADE, September 6. /TASS/. Text.", "2024-09-06", "marker"
    )
    # the record's own date wins; the marker still leaves the text
    assert (second.text, second.published, second.published_source) == ("Text two.", "2024-09-05", "metadata")


def test_rfc2822_published_is_accepted():
    article = article_from_record({"text": "x", "published": "Fri, 06 Sep 2024 23:30:00 -0200"}, "s")
    assert article.published == "2024-09-06"


def test_a_json_array_file_is_one_clear_failure(write):
    path = write("array.json", '[{"text": "a"},\n {"text": "b"}]\n')
    failure = only_failure(list(read_file(path)))
    assert failure.line is None
    assert "a JSON array, not JSON Lines" in failure.reason and "jq -c" in failure.reason


def test_jsonl_is_exempt_from_max_bytes_but_a_line_is_not(write):
    lines = [{"text": f"Article number {i} " + "word " * 20} for i in range(50)]
    path = write("big.jsonl", _jsonl(*lines))
    assert path.stat().st_size > 2000
    items = list(read_file(path, max_bytes=1000))
    assert len(articles(items)) == 50 and not failures(items)

    long_line = {"text": "x" * 2000}
    path = write("long.jsonl", _jsonl({"text": "short"}, long_line, {"text": "after"}))
    items = list(read_file(path, max_bytes=1000))
    assert [a.text for a in articles(items)] == ["short", "after"]
    failure = only_failure(failures(items))
    assert failure.line == 2 and "over the 1000-byte limit" in failure.reason


def test_streams_from_any_binary_stream():
    stream = io.BytesIO(b'\xef\xbb\xbf{"text": "with BOM"}\n{"text": "caf\xc3\xa9"}\n')
    assert [a.text for a in articles_from_jsonl(stream, "mem", max_line_bytes=100)] == ["with BOM", "café"]


def test_a_line_that_is_not_utf8_is_a_failure():
    stream = io.BytesIO(b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    items = list(articles_from_jsonl(stream, "mem", max_line_bytes=100))
    assert [a.text for a in articles(items)] == ["fine"]
    assert "not UTF-8" in only_failure(failures(items)).reason


def test_only_blank_lines_is_an_empty_file():
    with pytest.raises(InputError, match="empty file"):
        list(articles_from_jsonl(io.BytesIO(b"\n  \n"), "mem", max_line_bytes=100))
