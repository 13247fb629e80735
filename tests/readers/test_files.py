"""Batches: directories of good and bad files. Every bad file is one failure naming it (and the
line), and every good article in the same batch still comes through."""

from __future__ import annotations

import json
import os
import shutil
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.article import Article
from wirecoder.readers import DEFAULT_MAX_BYTES, Failure, read_file, read_paths

from .support import FIXTURES, articles, failures, only_article, only_failure

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
MB = 2**20


def _write_big_text(path: Path, size: int) -> None:
    chunk = b"Serbia will never impose sanctions on Russia, Vucic said. " * 1000
    with path.open("wb") as out:
        while size > 0:
            out.write(chunk[:size])
            size -= len(chunk)


def _good_batch(root: Path) -> list[str]:
    """Good files of every format under ``root``; the sources of the articles they hold."""
    (root / "sub" / "deeper").mkdir(parents=True)
    marked = " date 2024-09-06 BELGRADE, September 6. /TASS/. Text."
    (root / "a-wire.txt").write_text(marked, encoding="utf-8")
    shutil.copy(FIXTURES / "article.html", root / "b-page.html")
    shutil.copy(FIXTURES / "feed.atom", root / "c-feed.atom")
    (root / "d-lines.jsonl").write_text(
        json.dumps({"text": "Line one."}) + "\n" + json.dumps({"text": "Line two."}) + "\n", encoding="utf-8"
    )
    (root / "sub" / "wire-story").write_text("An extensionless wire story.\n", encoding="utf-8")
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    (root / "sub" / "deeper" / "saved-page").write_text(html, encoding="utf-8")
    return [
        str(root / "a-wire.txt"),
        str(root / "b-page.html"),
        f"{root / 'c-feed.atom'}#1",
        f"{root / 'd-lines.jsonl'}#L1",
        f"{root / 'd-lines.jsonl'}#L2",
        str(root / "sub" / "deeper" / "saved-page"),
        str(root / "sub" / "wire-story"),
    ]


# case: (file name, content, what the failure reason must say)
BAD_FILES = {
    "binary": ("photo.txt", PNG, "binary file (looks like PNG image data), not an article; remove it"),
    "pdf": ("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like PDF document"),
    "gzip": (
        "archive.jsonl",
        b"\x1f\x8b\x08\x00\x00\x00",
        "looks like gzip-compressed data), not an article; extract it first",
    ),
    "nul bytes": ("dump", b"head\x00\x01\x02 body", "binary file (holds NUL or control bytes)"),
    "empty": ("empty.txt", b"", "empty file; nothing to analyse"),
    "whitespace": ("blank.md", b" \n\t\r\n  ", "empty file; nothing to analyse"),
    "undecodable": (
        "noise.txt",
        bytes(range(0x80, 0x100)) * 2,
        "cannot decode: not UTF-8 and no encoding detected; convert it to UTF-8",
    ),
    "truncated html": ("cut.html", b"<!DOCTYPE html><html><head><title>Cut", "no article text found"),
    "feed not xml": ("broken.rss", b"Not XML: a page's text saved as .rss", "not a valid RSS/Atom feed"),
    "bad marker": ("bad-date.txt", b"date 2024-13-40 Text.", "not a real calendar date"),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_bad_file_is_one_failure_and_the_batch_carries_on(tmp_path, case):
    good = _good_batch(tmp_path)
    name, content, reason = BAD_FILES[case]
    (tmp_path / name).write_bytes(content)
    items = list(read_paths([tmp_path]))
    assert sorted(a.source for a in articles(items)) == sorted(good)
    failure = only_failure(failures(items))
    assert failure.source == str(tmp_path / name)
    assert failure.message.startswith(f"{tmp_path / name}: ")
    assert reason in failure.reason
    assert "\n" not in failure.message


def test_jsonl_broken_line_names_the_line_and_the_batch_carries_on(tmp_path):
    good = _good_batch(tmp_path)
    path = tmp_path / "records.ndjson"
    path.write_text('{"text": "Good first."}\n{"text": oops}\n{"text": "Good third."}\n', encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert sorted(a.source for a in articles(items)) == sorted([*good, f"{path}#L1", f"{path}#L3"])
    failure = only_failure(failures(items))
    assert (failure.source, failure.line) == (str(path), 2)
    assert failure.message.startswith(f"{path}:2: invalid JSON")


def test_file_over_50_mb_fails_fast_without_reading_it(tmp_path):
    good = _good_batch(tmp_path)
    big = tmp_path / "huge.txt"
    _write_big_text(big, 50 * MB)
    tracemalloc.start()
    items = list(read_paths([tmp_path]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert sorted(a.source for a in articles(items)) == sorted(good)
    failure = only_failure(failures(items))
    assert failure.message == (
        f"{big}: file is 50.0 MB, over the 20 MB limit for one article file; split it, or raise --max-bytes"
    )
    assert peak < 10 * MB, f"peak {peak / MB:.1f} MB: the big file was read"


def test_max_bytes_is_adjustable(tmp_path):
    path = tmp_path / "article.txt"
    _write_big_text(path, 3000)
    assert "over the 2000 bytes limit" in only_failure(list(read_file(path, max_bytes=2000))).reason
    assert only_article(list(read_file(path, max_bytes=3000))).text.startswith("Serbia")
    assert DEFAULT_MAX_BYTES == 20 * MB


def test_large_extensionless_jsonl_is_streamed_not_refused(tmp_path):
    path = tmp_path / "dump"
    lines = "".join(json.dumps({"text": f"Article {i}."}) + "\n" for i in range(100))
    path.write_text(lines, encoding="utf-8")
    items = list(read_file(path, max_bytes=500))
    assert len(articles(items)) == 100 and not failures(items)


def test_directory_recursion_is_sorted_skips_hidden_and_sniffs_extensionless_files(tmp_path):
    (tmp_path / "b" / ".git").mkdir(parents=True)
    (tmp_path / "b" / ".git" / "config.txt").write_text("hidden dir file", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden file", encoding="utf-8")
    (tmp_path / "b" / "story").write_text("Plain extensionless story.", encoding="utf-8")
    (tmp_path / "b" / "page").write_text(
        "<!DOCTYPE html><html lang='fr'><body><p>Un article assez long pour compter ici.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b" / "records").write_text('{"text": "From a JSON line."}\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("First by name.", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert not failures(items)
    by_source = {a.source: a for a in articles(items)}
    assert list(by_source) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "page"),
        f"{tmp_path / 'b' / 'records'}#L1",
        str(tmp_path / "b" / "story"),
    ]
    assert by_source[str(tmp_path / "b" / "page")].text == "Un article assez long pour compter ici."
    assert by_source[str(tmp_path / "b" / "page")].language == "fr"
    assert by_source[str(tmp_path / "b" / "story")].text == "Plain extensionless story."


def test_files_and_directories_mix_and_order_is_kept(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "x.txt").write_text("In the directory.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("Named first.", encoding="utf-8")
    items = list(read_paths([str(tmp_path / "z.txt"), tmp_path / "dir"]))
    assert [a.text for a in articles(items)] == ["Named first.", "In the directory."]


def test_missing_path_is_a_failure(tmp_path):
    missing = tmp_path / "nope.txt"
    failure = only_failure(list(read_paths([missing])))
    assert failure.message == f"{missing}: cannot read: no such file or directory; check the path"


def test_read_file_on_a_directory_is_a_failure(tmp_path):
    assert "is a directory" in only_failure(list(read_file(tmp_path))).reason


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Only once.", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    assert [a.text for a in articles(list(read_paths([tmp_path])))] == ["Only once."]


def test_cp1252_file_in_a_batch_decodes(tmp_path):
    text = "Le café était plein. “We will never impose sanctions,” he said – and left.\n"
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    article = only_article(list(read_paths([tmp_path])))
    assert "café" in article.text and "“We will never impose sanctions,”" in article.text


def test_failure_message_format():
    assert Failure("a.jsonl", "invalid JSON", 3).message == "a.jsonl:3: invalid JSON"
    assert Failure("a.txt", "empty file").message == "a.txt: empty file"


def test_a_reader_library_error_is_recorded_not_raised(tmp_path, monkeypatch):
    import wirecoder.readers.files as files

    def choke(html, source):
        raise RuntimeError("parser\nexploded")

    monkeypatch.setattr(files, "article_from_html", choke)
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Still read.", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [a.text for a in articles(items)] == ["Still read."]
    failure = only_failure(failures(items))
    assert failure.message == (
        f"{tmp_path / 'a.html'}: reading failed (RuntimeError: parser exploded); please report this as a bug"
    )


def test_xhtml_saved_as_xml_is_read_as_html(tmp_path):
    path = tmp_path / "page.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>T</title></head>'
        "<body><p>Serbia will never impose sanctions on Russia, Vučić said.</p></body></html>",
        encoding="utf-8",
    )
    article = only_article(list(read_file(path)))
    assert article.text == "Serbia will never impose sanctions on Russia, Vučić said."


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["a.txt", "a.html", "a.rss", "a.jsonl", "noext", "a.csv"]),
    content=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda s: s.encode("utf-8")),
        st.sampled_from([b"<rss", b"<html><p>", b'{"text": ', b"date 2024-01-01", b"\xef\xbb\xbf"]),
    ),
)
def test_any_bytes_give_articles_or_failures_never_an_exception(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    for item in read_file(path):
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Failure):
            assert item.source.startswith(str(path)) and "\n" not in item.message
        else:
            assert item.text and item.text == item.text.strip()
