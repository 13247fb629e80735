"""Issue 8, reader side: no input stops a batch, one bad record loses only itself, sources are
safe to store and print, no absurd date leaves a reader, decoding never garbles mostly-UTF-8
text, folder walks survive loops, special files and links out of the tree."""

from __future__ import annotations

import json
import logging
import os
import random
import socket
import threading
from pathlib import Path

import pytest

from wirecoder.article import Article
from wirecoder.readers import Failure, read_file, read_paths
from wirecoder.readers.detect import decode
from wirecoder.readers.html import MAX_HTML_ELEMENTS
from wirecoder.readers.notice import LOGGER_NAME

from .support import SAMPLES, articles, failures, only_article, only_failure

STORY = "Serbia will never impose sanctions on Russia, President Aleksandar Vucic said on Friday."
SEED_000 = SAMPLES / "000_da1156ca9ab1c740.txt"


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME]


def _story(root: Path, name: str, n: int = 0) -> Path:
    path = root / name
    path.write_text(f"Story {n}. {STORY}\n", encoding="utf-8")
    return path


# --- folder walks ---------------------------------------------------------------------------


def test_a_symlink_loop_in_a_folder_is_one_failure_and_the_rest_is_read(tmp_path):
    for n in range(3):
        _story(tmp_path, f"a{n}.txt", n)
    (tmp_path / "self").symlink_to(tmp_path / "self")  # self -> self: ELOOP
    (tmp_path / "ping").symlink_to(tmp_path / "pong")
    (tmp_path / "pong").symlink_to(tmp_path / "ping")
    items = list(read_paths([tmp_path]))
    assert len(articles(items)) == 3
    assert sorted(f.message for f in failures(items)) == [
        f"{tmp_path / name}: cannot read: a symbolic link loop; remove or fix the link"
        for name in ("ping", "pong", "self")
    ]


def test_a_broken_link_in_a_folder_is_a_failure(tmp_path):
    _story(tmp_path, "a.txt")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere.txt")
    items = list(read_paths([tmp_path]))
    assert len(articles(items)) == 1
    assert "a broken symbolic link" in only_failure(failures(items)).reason


def test_links_out_of_the_folder_are_not_followed_unless_asked(tmp_path, caplog):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = _story(outside, "passwd", 7)
    (outside / "dir").mkdir()
    _story(outside / "dir", "b.txt", 8)
    folder = tmp_path / "news"
    folder.mkdir()
    _story(folder, "a.txt", 1)
    (folder / "passwd").symlink_to(secret)
    (folder / "elsewhere").symlink_to(outside / "dir", target_is_directory=True)
    (folder / "inside").symlink_to(folder / "a.txt")  # a link inside the tree is followed

    with caplog.at_level(logging.WARNING, logger=LOGGER_NAME):
        items = list(read_paths([folder]))
    assert sorted(a.source for a in articles(items)) == [
        str(folder / "a.txt"), str(folder / "inside")
    ]
    assert not failures(items)
    assert sorted(_warnings(caplog)) == [
        f"{folder / name}: warning: symbolic link to a path outside the folder, not followed; "
        "pass --follow-links to read it, or pass its target itself"
        for name in ("elsewhere", "passwd")
    ]

    followed = list(read_paths([folder], follow_links=True))
    assert sorted(a.source for a in articles(followed)) == sorted(
        [str(folder / "a.txt"), str(folder / "elsewhere" / "b.txt"), str(folder / "inside"),
         str(folder / "passwd")]
    )
    # a link named on the command line is read wherever it points
    assert only_article(list(read_paths([folder / "passwd"]))).text.startswith("Story 7.")


def test_a_directory_link_to_an_ancestor_is_walked_once_even_when_following(tmp_path):
    _story(tmp_path, "a.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    for follow in (False, True):
        items = list(read_paths([tmp_path], follow_links=follow))
        assert [a.source for a in articles(items)] == [str(tmp_path / "a.txt")]
        assert not failures(items)


def test_fifos_sockets_and_devices_in_a_folder_are_skipped_without_blocking(tmp_path, caplog):
    _story(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "pipe")  # opening it for reading would block forever
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    (tmp_path / "null").symlink_to("/dev/null")
    result: list = []
    reader = threading.Thread(
        target=lambda: result.extend(read_paths([tmp_path], follow_links=True)), daemon=True
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER_NAME):
        reader.start()
        reader.join(60)
    server.close()
    assert not reader.is_alive(), "the walk blocked"
    assert [a.source for a in articles(result)] == [str(tmp_path / "a.txt")]
    assert not failures(result)
    assert sorted(_warnings(caplog)) == [
        f"{tmp_path / 'null'}: warning: a character device, not a file; skipped",
        f"{tmp_path / 'pipe'}: warning: a FIFO (named pipe), not a file; skipped",
        f"{tmp_path / 'sock'}: warning: a socket, not a file; skipped",
    ]


def test_a_fifo_named_itself_is_a_failure_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    failure = only_failure(list(read_paths([tmp_path / "pipe"])))
    assert failure.reason == "not a regular file (a FIFO (named pipe)); pass a file or a directory"


@pytest.mark.parametrize("hidden", [False, True])
def test_an_empty_folder_says_no_articles_were_found(tmp_path, hidden):
    if hidden:
        _story(tmp_path, ".hidden.txt")
        (tmp_path / "empty-sub").mkdir()
    failure = only_failure(list(read_paths([tmp_path])))
    assert failure.message == (
        f"{tmp_path}: no articles found: the folder holds no files to read (hidden ones and "
        "READMEs or licences are skipped); check the path"
    )


def test_a_folders_readme_and_licence_are_skipped_with_a_warning_but_read_when_named(tmp_path, caplog):
    _story(tmp_path, "a.txt", 1)
    for name in ("README.md", "LICENSE", "licence.txt", "CHANGELOG.md"):
        (tmp_path / name).write_text("# About this folder\n\nFictional stories for testing.\n", encoding="utf-8")
    _story(tmp_path, "readme-not.txt", 2)  # a story whose name only starts like one is read
    with caplog.at_level(logging.WARNING, logger=LOGGER_NAME):
        items = list(read_paths([tmp_path]))
    assert sorted(a.source for a in articles(items)) == [str(tmp_path / "a.txt"), str(tmp_path / "readme-not.txt")]
    assert sorted(_warnings(caplog)) == sorted(
        f"{tmp_path / name}: warning: the folder's documentation, not an article; skipped (pass the "
        "file itself to read it)" for name in ("README.md", "LICENSE", "licence.txt", "CHANGELOG.md"))
    named = list(read_paths([tmp_path / "README.md"]))
    assert [a.source for a in articles(named)] == [str(tmp_path / "README.md")]


@pytest.mark.parametrize("name", ["README.md", "LICENSE"])
def test_a_folder_of_documentation_only_says_no_articles_were_found(tmp_path, name):
    (tmp_path / name).write_text("About this folder.\n", encoding="utf-8")
    assert "no articles found" in only_failure(list(read_paths([tmp_path]))).message


# --- sources: file names that are not UTF-8 or hold control characters ---------------------


def test_a_file_name_that_is_not_utf8_gives_a_source_that_encodes(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9 \xff.txt"
    with open(raw, "wb") as out:
        out.write(STORY.encode())
    with open(os.fsencode(tmp_path) + b"/bin\xe9.txt", "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = list(read_paths([tmp_path]))
    article = only_article(articles(items))
    assert article.source == f"{tmp_path}/caf\\xe9 \\xff.txt"
    assert only_failure(failures(items)).source == f"{tmp_path}/bin\\xe9.txt"
    for item in items:
        item.source.encode("utf-8")  # would raise on a surrogate-escaped name


def test_control_characters_in_file_names_are_escaped_in_sources_and_messages(tmp_path):
    (tmp_path / "new\nline.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "esc\x1b[31m.txt").write_bytes(b"")
    (tmp_path / "rtl\u202etxt.exe").write_text(STORY + " Again.", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    sources = sorted(a.source for a in articles(items))
    assert sources == [f"{tmp_path}/new\\nline.txt", f"{tmp_path}/rtl\\u202etxt.exe"]
    assert only_failure(failures(items)).message == (
        f"{tmp_path}/esc\\x1b[31m.txt: empty file; nothing to analyse"
    )


def test_a_failure_is_always_one_printable_line():
    failure = Failure("a\nb\udcff", "broke:\n\x1b[2J \u2028 done")
    assert failure.message == "a\\nb\\udcff: broke:\\n\\x1b[2J \\u2028 done"
    failure.message.encode("utf-8")


# --- JSON Lines: one bad record loses only itself --------------------------------------------


def _jsonl(tmp_path: Path, lines: list[str]) -> list[Article | Failure]:
    path = tmp_path / "batch.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8", errors="surrogatepass") + b"\n")
    return list(read_file(path))


def _good(n: int) -> str:
    return json.dumps({"text": f"Record {n}. {STORY}"})


@pytest.mark.parametrize(
    "bad, reason",
    [
        ('{"text": "x", "title": ' + "9" * 5000 + "}", '"title" is a JSON number, not a string'),
        ('{"text": "A lone \\ud800 surrogate."}', '"text" holds invalid Unicode (a lone surrogate'),
        ('{"text": "x", "published": "9999-12-31"}', "'9999-12-31' has a year outside 1000..2999"),
        ('{"text": "x", "published": "0001-01-01T00:00:00Z"}', "has a year outside 1000..2999"),
        ('{"text": "date 9999-12-31 Body, Friday."}', "marker '9999-12-31' has a year outside"),
        ('{"text": "date 0001-01-01 Body."}', "has a year outside 1000..2999"),
    ],
)
def test_one_bad_jsonl_record_is_one_failure_and_the_file_carries_on(tmp_path, bad, reason):
    items = _jsonl(tmp_path, [_good(1), bad, _good(3)])
    assert [a.source for a in articles(items)] == [
        f"{tmp_path / 'batch.jsonl'}#L1", f"{tmp_path / 'batch.jsonl'}#L3"
    ]
    failure = only_failure(failures(items))
    assert (failure.source, failure.line) == (str(tmp_path / "batch.jsonl"), 2)
    assert reason in failure.reason
    assert "please report this as a bug" not in failure.reason


def test_a_huge_number_in_an_ignored_field_costs_nothing(tmp_path):
    items = _jsonl(tmp_path, ['{"text": "Counted.", "views": -' + "1" * 5000 + "}"])
    assert only_article(items).text == "Counted."


def test_998_good_records_around_a_bad_one_all_come_through(tmp_path):
    lines = [_good(n) for n in range(999)]
    lines[500] = '{"text": "A lone \\udfff surrogate."}'
    items = _jsonl(tmp_path, lines)
    assert len(articles(items)) == 998 and only_failure(failures(items)).line == 501


@pytest.mark.parametrize("field", ["title", "outlet", "url", "source", "language"])
def test_a_lone_surrogate_in_metadata_becomes_u_fffd_with_a_warning(tmp_path, caplog, field):
    record = '{"text": "Kept.", "%s": "Bad \\udc80 value"}' % field
    with caplog.at_level(logging.WARNING, logger=LOGGER_NAME):
        article = only_article(_jsonl(tmp_path, [record]))
    for value in (article.title, article.outlet, article.url, article.source, article.language):
        if value is not None:
            value.encode("utf-8")
    if field in ("title", "outlet", "url"):
        assert getattr(article, field) == "Bad \ufffd value"
        assert _warnings(caplog) == [
            f'{tmp_path / "batch.jsonl"}#L1: warning: "{field}" holds invalid Unicode '
            "(a lone surrogate); replaced by U+FFFD"
        ]


def test_published_years_at_the_edges_are_kept(tmp_path):
    records = [{"text": "Old.", "published": "1000-01-01"},
               {"text": "New.", "published": "2999-12-31"}]
    items = _jsonl(tmp_path, [json.dumps(record) for record in records])
    assert [a.published for a in articles(items)] == ["1000-01-01", "2999-12-31"]


# --- feeds: one bad entry loses only itself ---------------------------------------------------

FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>One</title><content type="text">Entry one. {story}</content>
  <updated>2024-09-06T10:00:00Z</updated></entry>
<entry><title>Two</title><content type="text">Entry two. {story}</content>
  <updated>{bad}</updated></entry>
<entry><title>Three</title><content type="text">Entry three. {story}</content>
  <updated>2024-09-07T10:00:00Z</updated></entry>
</feed>"""


@pytest.mark.parametrize(
    "bad", ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00", "9999-12-31T00:00:00Z",
            "0001-01-01T00:00:00+01:00", "0999-06-01T00:00:00Z"]
)
def test_a_feed_entry_with_an_absurd_date_keeps_its_text_and_the_feed_carries_on(
    tmp_path, caplog, bad
):
    path = tmp_path / "wire.atom"
    path.write_text(FEED.format(story=STORY, bad=bad), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=LOGGER_NAME):
        items = list(read_file(path))
    assert not failures(items)
    assert [a.published for a in articles(items)] == ["2024-09-06", None, "2024-09-07"]
    (warning,) = _warnings(caplog)
    assert warning.startswith(f"{path}#2: warning: date ")
    assert warning.endswith("has a year outside 1000..2999; dropped")


def test_a_text_file_with_an_absurd_date_marker_is_refused_with_a_message(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("date 9999-12-31 The minister said on Friday that taxes rise.", "utf-8")
    assert only_failure(list(read_file(path))).reason == (
        "the leading date marker '9999-12-31' has a year outside 1000..2999; "
        "fix it (date YYYY-MM-DD) or remove the marker"
    )


# --- decoding ----------------------------------------------------------------------------------


def _corrupt(data: bytes, count: int, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(count):
        damaged[rng.randrange(len(damaged))] = rng.randrange(0x80, 0x100)
    return bytes(damaged)


def test_utf8_with_a_few_corrupt_bytes_is_read_as_utf8_and_reported(caplog):
    original = SEED_000.read_bytes()
    assert sum(ord(c) > 127 for c in original.decode("utf-8")) >= 10  # real UTF-8 characters
    rng = random.Random(8)
    cases = 0
    for count in range(1, 6):
        for _ in range(12):
            data = _corrupt(original, count, rng)
            if data == original or data.decode("utf-8", "replace") == original.decode():
                continue
            caplog.clear()
            with caplog.at_level(logging.WARNING, logger=LOGGER_NAME):
                text = decode(data, "story.txt")
            assert text == data.decode("utf-8", errors="replace"), (count, data)
            escaped = data.decode("utf-8", "surrogateescape")  # one U+DCxx per bad byte
            bad = sum("\udc80" <= c <= "\udcff" for c in escaped)
            assert _warnings(caplog) == [
                f"story.txt: warning: {bad} byte{'s' if bad > 1 else ''} not valid UTF-8 in an "
                "otherwise UTF-8 file; read as UTF-8 with U+FFFD in their place (fix the file "
                "if those characters matter)"
            ]
            cases += 1
    assert cases >= 50


def test_legacy_code_pages_are_still_read_as_such():
    for text, encoding in [
        ("Le café était plein, “dit-il” – très élevé. " * 10, "cp1252"),
        ("Президент Сербии заявил в пятницу, что Сербия не введёт санкции. " * 10, "cp1251"),
        ("塞尔维亚总统武契奇周五表示，塞尔维亚永远不会对俄罗斯实施制裁。" * 10, "gb18030"),
    ]:
        assert decode(text.encode(encoding), "s") == text


RUSSIAN = "Президент Сербии заявил в пятницу, что Сербия не введёт санкции.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [STORY + "\n“Quoted,” he said.\n", RUSSIAN])
def test_utf16_without_a_bom_is_decoded(tmp_path, encoding, text):
    path = tmp_path / "story.txt"
    path.write_bytes((text * 3).encode(encoding))
    assert only_article(list(read_file(path))).text == (text * 3).strip()


def test_a_nul_byte_after_the_first_64_kib_is_binary(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes((STORY + "\n").encode() * 1000 + b"\x00\x01\x02" + STORY.encode())
    assert path.stat().st_size > 64 * 1024
    failure = only_failure(list(read_file(path)))
    assert failure.reason.startswith("binary file (holds NUL or control bytes, the first NUL at")


# --- HTML work budget ------------------------------------------------------------------------


def _page(paragraphs: int) -> str:
    body = "".join(f"<p>Paragraph {n}: {STORY}</p>" for n in range(paragraphs))
    head = "<!DOCTYPE html><html><head><title>T</title></head>"
    return f"{head}<body><article>{body}</article></body></html>"


def test_html_over_the_element_budget_is_refused_with_a_message(tmp_path):
    path = tmp_path / "huge.html"
    path.write_text(_page(MAX_HTML_ELEMENTS + 1), encoding="utf-8")
    failure = only_failure(list(read_file(path)))
    assert failure.reason == (
        f"HTML page with {MAX_HTML_ELEMENTS + 6:,} elements, over the "
        f"{MAX_HTML_ELEMENTS:,}-element limit for one page (the work of reading it grows with them); "
        "split it, or save the article text as plain text"
    )


def test_a_long_news_page_is_within_the_budget(tmp_path):
    path = tmp_path / "long.html"
    path.write_text(_page(3000), encoding="utf-8")
    assert only_article(list(read_file(path))).text.count("Paragraph") == 3000
