"""Pages whose story is only in script data (``readers/scripts.py``): the story is read from the
JSON a client-rendered page carries when the visible body is a shell or a stub, and only then."""

from __future__ import annotations

import json

import lxml.html

from wirecoder.readers import read_file
from wirecoder.readers.scripts import script_story

from .support import only_article

PARAGRAPHS = [
    "LIMA — Peru will hold a referendum on the new mining code in March, Prime Minister Rosa "
    "Quispe said on Friday, after weeks of protests in the southern highlands.",
    "\"The people of the south will decide this, not the capital,\" Quispe told reporters.",
    "Opposition lawmaker Julio Arce said the vote was a way to delay the reform for another year.",
]


def _page(state: object, visible: str = "<p>Loading…</p>") -> str:
    return ("<html><head><title>Andes Courier</title>"
            '<meta property="og:site_name" content="Andes Courier"></head><body>'
            f'<div id="__next">{visible}</div><script id="__NEXT_DATA__" type="application/json">'
            f"{state if isinstance(state, str) else json.dumps(state)}</script></body></html>")


def test_rich_text_blocks_give_the_paragraphs_and_skip_images_and_ads(write):
    body = [{"_type": "block", "style": "normal", "children": [
                {"_type": "span", "text": PARAGRAPHS[0][:40]}, {"_type": "span", "text": PARAGRAPHS[0][40:]}]},
            {"_type": "image", "caption": "Protesters near Juliaca in February."},
            {"_type": "block", "children": [{"_type": "span", "text": PARAGRAPHS[1]}]},
            {"_type": "adSlot", "text": "Advertisement"},
            {"_type": "block", "children": [{"_type": "span", "text": PARAGRAPHS[2]}]}]
    state = {"props": {"pageProps": {"post": {"title": "Peru to hold mining code referendum",
                                              "datePublished": "2025-01-10",
                                              "author": {"firstName": "Lucía", "lastName": "Paredes"},
                                              "content": body}}}}
    article = only_article(list(read_file(write("p.html", _page(state)))))
    assert article.text.split("\n") == PARAGRAPHS
    assert (article.title, article.published, article.authors) == (
        "Peru to hold mining code referendum", "2025-01-10", ("Lucía Paredes",))


def test_a_page_whose_visible_text_is_whole_keeps_it(write):
    """A server-rendered page repeats its story in the state: the visible text stays (with its
    markup's paragraphs), and so it does when the state holds another, longer text."""
    visible = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    other = {"props": {"pageProps": {"story": {"body": " ".join(PARAGRAPHS) + " More words "
                                                       "about something else entirely. " * 3},
                                     "related": {"body": "Another story. " * 80}}}}
    article = only_article(list(read_file(write("ssr.html", _page(other, visible)))))
    assert article.text.split("\n") == PARAGRAPHS


def test_no_story_in_script_data_is_no_article(write):
    state = {"props": {"pageProps": {"menu": [{"text": "Home"}, {"text": "Politics"}],
                                     "cookie": {"text": "We use cookies."}}}}
    failure = list(read_file(write("shell.html", _page(state))))[0]
    assert "no article text found" in failure.reason


def test_a_huge_or_deep_state_is_walked_within_a_budget():
    body = json.dumps({"body": " ".join(PARAGRAPHS)})
    deep = '{"x": ' * 5000 + body + "}" * 5000  # deeper than json.loads goes
    assert script_story(lxml.html.document_fromstring(_page(deep))) is None
    wide = json.dumps({"a": [{"k": 1}] * 250_000, "b": {"story": {"body": PARAGRAPHS}}})
    assert script_story(lxml.html.document_fromstring(_page(wide))) is None  # past the budget
    found = script_story(lxml.html.document_fromstring(_page(json.dumps(
        {"b": {"story": {"body": PARAGRAPHS}}, "a": [{"k": 1}] * 250_000}))))
    assert found is not None and found.paragraphs == tuple(PARAGRAPHS)
