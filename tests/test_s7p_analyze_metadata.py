"""``wirecoder.analyze()`` takes every article field a reader sets (``authors``, ``site``,
``embeds`` besides ``published``, ``source``, ``outlet``, ``title``, ``url``, ``language``), so
a notebook user can give what a reader would have found. Real pipeline, real store."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest

import wirecoder
from wirecoder import Article, InputError
from wirecoder.article import Embed
from wirecoder.readers.jsonl import article_from_record
from wirecoder.spans import span_at
from wirecoder.store import Store

TEXT = ("Serbia will never impose sanctions on Russia, President Aleksandar Vucic said on "
        "Friday.\n\nWe will stay neutral, the minister wrote on X.")
POST = "We will stay neutral"


def _embed(text: str = TEXT) -> Embed:
    start = text.index(POST)
    return Embed(span_at(text, start, start + len(POST)), author="Ivica Dacic", handle="@idacic",
                 platform="x", date="2024-09-06")


def test_every_field_a_reader_sets_is_a_keyword_of_analyze():
    """The mechanism, not one field: every Article field a reader fills (all but the text,
    the id it hashes, the dateline the text stage finds and the published_source that
    ``published`` sets) is accepted by analyze()."""
    derived = {"text", "id", "dateline", "published_source"}
    fields = {f.name for f in dataclasses.fields(Article)} - derived
    given = {"authors": ["Dana Whitfield"], "embeds": [_embed()], "published": "2024-09-06",
             "source": "note.txt", "outlet": "TASS", "site": "tass.com", "title": "Vucic",
             "url": "https://tass.com/1", "language": "en"}
    assert set(given) == fields
    a = wirecoder.analyze(TEXT, **given)
    art = a.article
    assert art.authors == ("Dana Whitfield",)
    assert art.embeds == (_embed(),)
    assert (art.source, art.outlet, art.site, art.title, art.url, art.language) == (
        "note.txt", "TASS", "tass.com", "Vucic", "https://tass.com/1", "en")
    assert (art.published, art.published_source) == ("2024-09-06", "user")


def test_authors_reach_the_json_the_flat_rows_and_the_store(tmp_path):
    a = wirecoder.analyze(TEXT, authors=["Dana Whitfield", "Omar  Haddad", "Dana Whitfield"],
                          published="2024-09-06")
    assert a.article.authors == ("Dana Whitfield", "Omar Haddad")  # in order, each once
    data = a.to_dict()
    assert data["article"]["authors"] == ["Dana Whitfield", "Omar Haddad"]
    jsonschema.validate(data, wirecoder.json_schema())
    assert wirecoder.Analysis.from_dict(json.loads(json.dumps(data))) == a
    rows = wirecoder.to_records([a], "quotes")
    assert rows and {r["authors"] for r in rows} == {"Dana Whitfield; Omar Haddad"}
    with Store(tmp_path / "w.db") as store:
        store.put(a)
        stored = store.db.execute("SELECT authors FROM articles").fetchone()[0]
        assert json.loads(stored) == ["Dana Whitfield", "Omar Haddad"]
        assert store.analysis(a.article.id).article.authors == ("Dana Whitfield", "Omar Haddad")


def test_authors_given_as_a_reader_finds_them_give_the_same_article():
    """A JSON Lines record's authors and analyze(authors=) agree on an ordinary byline."""
    record = {"text": TEXT, "authors": ["Dana Whitfield", "Omar Haddad"], "published": "2024-09-06"}
    read = wirecoder.analyze(article_from_record(record, "wire.jsonl:1"))
    given = wirecoder.analyze(TEXT, authors=["Dana Whitfield", "Omar Haddad"],
                              published="2024-09-06", source="wire.jsonl:1")
    assert given.article.authors == read.article.authors
    assert given.quotes == read.quotes and given.statements == read.statements


def test_one_name_as_a_string_and_an_empty_list_that_clears():
    assert wirecoder.analyze(TEXT, authors="Dana Whitfield").article.authors == ("Dana Whitfield",)
    article = Article(text=TEXT, authors=("Omar Haddad",), embeds=(_embed(),))
    assert wirecoder.analyze(article).article.authors == ("Omar Haddad",)  # kept when not given
    cleared = wirecoder.analyze(article, authors=[], embeds=[]).article
    assert cleared.authors == () and cleared.embeds == ()


@pytest.mark.parametrize("authors, shown", [([42], "42"), (["Dana Whitfield", None], "None"), (7, "7")])
def test_authors_that_are_not_names_are_an_input_error_naming_the_input(authors, shown):
    with pytest.raises(InputError, match=f"note.txt: authors holds {shown}, not a name") as err:
        wirecoder.analyze(TEXT, source="note.txt", authors=authors)
    assert "authors=[" in str(err.value)  # says how to give them


def test_an_embed_whose_span_is_not_in_the_text_is_an_input_error():
    other = "x" * 10 + TEXT  # the same words ten characters further on
    start = other.index(POST)
    with pytest.raises(InputError) as err:
        wirecoder.analyze(TEXT, embeds=[_embed(other)])
    assert str(err.value).startswith(
        f"<memory>: embed span {start}:{start + len(POST)} is "
        f"{TEXT[start:start + len(POST)]!r}, not {POST!r}; give each embed the offsets")
    with pytest.raises(InputError, match="embeds holds a dict, not an Embed"):
        wirecoder.analyze(TEXT, embeds=[{"start": 0, "end": 6, "text": "Serbia"}])


def test_an_unknown_keyword_is_a_type_error():
    with pytest.raises(TypeError, match="author"):
        wirecoder.analyze(TEXT, author="Dana Whitfield")
