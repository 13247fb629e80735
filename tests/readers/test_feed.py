"""RSS and Atom feeds: one article per entry, never a network fetch."""

from __future__ import annotations

import socket

import pytest

from wirecoder.errors import InputError
from wirecoder.readers import articles_from_feed, read_file

from .support import FIXTURES, articles, failures, only_failure


def test_rss_entries_become_articles():
    path = FIXTURES / "feed.rss"
    items = list(read_file(path))
    first, second = articles(items)
    assert first.source == f"{path}#1"
    assert first.title == "Vucic: Serbia will never impose sanctions on Russia"
    assert first.url == "https://balkanwire.example/politics/2024/09/06/vucic-rally"
    assert first.outlet == "Balkan Wire" and first.language == "en"
    # content:encoded wins over the teaser; HTML becomes text, scripts go, paragraphs stay apart
    assert first.text == (
        "Despite foreign pressure, Serbia will never impose sanctions on Russia, Serbian President "
        "Aleksandar Vucic told a rally in Belgrade on Friday.\n"
        "“We will stay out of any military bloc,” Vucic said."
    )
    # the date as written (-0200), not feedparser's UTC date (2024-09-07)
    assert (first.published, first.published_source) == ("2024-09-06", "feed")
    assert second.text.startswith("Serbia and Russia are strategic partners")
    assert second.published == "2024-09-05"


def test_entry_without_text_is_a_failure_naming_the_entry():
    path = FIXTURES / "feed.rss"
    failure = only_failure(failures(list(read_file(path))))
    assert failure.source == f"{path}#3"
    assert "entry 3 ('Photo gallery: the rally') has no text" in failure.message
    assert failure.message.startswith(f"{path}#3: ")


def test_atom_feed():
    path = FIXTURES / "feed.atom"
    (article,) = articles(list(read_file(path)))
    assert article.text == "Belgrade is reluctant to join Western sanctions against Moscow, officials said."
    assert (article.outlet, article.url, article.published, article.language) == (
        "Wire Digest", "https://digest.example/1", "2024-09-06", "en"
    )


def test_feed_that_is_not_xml_is_a_failure(write):
    path = write("broken.rss", "this is not XML, just a sentence someone saved as .rss\n")
    failure = only_failure(list(read_file(path)))
    assert failure.message.startswith(f"{path}: not a valid RSS/Atom feed: XML syntax error at line")
    assert failure.reason.endswith("check the file is a complete feed")


def test_xml_that_is_not_a_feed_is_a_failure(write):
    path = write("other.xml", '<?xml version="1.0"?><catalog><book>A</book></catalog>')
    assert "not a valid RSS/Atom feed: no entries found" in only_failure(list(read_file(path))).reason


def test_truncated_feed_keeps_the_complete_entries(write):
    text = (FIXTURES / "feed.rss").read_text(encoding="utf-8")
    path = write("cut.rss", text[: text.index("<title>Vulin")])
    items = list(read_file(path))
    assert [a.source for a in articles(items)] == [f"{path}#1"]


def test_declared_latin1_feed_decodes(write):
    xml = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café Wire</title>'
        "<item><title>Café</title><description>Le café était plein ce matin.</description></item>"
        "</channel></rss>"
    )
    (article,) = articles(list(read_file(write("latin1.rss", xml.encode("latin-1")))))
    assert (article.outlet, article.text) == ("Café Wire", "Le café était plein ce matin.")


def test_feedparser_never_fetches_a_url(monkeypatch, write):
    def no_network(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    path = write("url.rss", "https://example.com/feed.rss")
    assert "not a valid RSS/Atom feed" in only_failure(list(read_file(path))).reason
    with pytest.raises(InputError):
        list(articles_from_feed(str(path), "mem"))  # a path string is content, never opened
