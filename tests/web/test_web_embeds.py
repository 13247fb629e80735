"""The article page shows the social posts embedded in an article (``article.embeds``): each
drawn on the text (``hl-embed``, linked to its record) and listed with its author, handle,
platform and date, escaped. Before session 8 the page showed neither (only the JSON had them).
A page read from HTML with an embedded post, ingested with the real CLI, served by the app."""

from __future__ import annotations

import html

import pytest

from .conftest import cli

PAGE = """<!doctype html><html><head><title>Harbour ferry fares to rise | Bayside Courier</title>
<meta property="og:site_name" content="Bayside Courier">
<meta property="article:published_time" content="2026-03-04T09:00:00Z"></head>
<body><article><h1>Harbour ferry fares to rise</h1>
<p>Ferry fares across the harbour will rise by a fifth in April, the transport board said on
Tuesday, the first increase in six years.</p>
<p>The board's chair, Priya Castellane, said the rise would pay for two new boats.</p>
<blockquote class="twitter-tweet"><p lang="en">Fares go up, service goes down. Commuters
deserve better &amp; we will fight this.</p>&mdash; Tomas Reyler &lt;b&gt; (@reyler_tomas)
<a href="https://twitter.example/reyler_tomas/status/1">March 3, 2026</a></blockquote>
<p>Commuter groups said they would ask the council to review the decision.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    from fastapi.testclient import TestClient

    from wirecoder.web.app import create_app

    folder = tmp_path_factory.mktemp("embeds")
    page = folder / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    db = folder / "news.db"
    cli("ingest", str(page), "--db", str(db), "--no-progress")
    client = TestClient(create_app(db), raise_server_exceptions=False)
    hit = client.get("/api/v1/articles?q=ferry").json()["items"][0]
    return client, hit["id"]


def test_the_article_page_lists_and_draws_each_embedded_post(embedded):
    client, article_id = embedded
    body = client.get(f"/api/v1/articles/{article_id}").json()
    embeds = body["article"]["embeds"]
    assert len(embeds) == 1 and embeds[0]["handle"] == "@reyler_tomas"
    text = body["article"]["text"]
    assert text[embeds[0]["start"]:embeds[0]["end"]] == embeds[0]["text"]
    page = client.get(f"/articles/{article_id}").text
    assert "Embedded posts (1)" in page
    assert '<li id="embed-1" class="side-embed">' in page
    assert 'class="hl-embed" data-ref="embed-1"' in page
    assert "@reyler_tomas" in page
    assert html.escape(embeds[0]["text"], quote=True) in page or "Commuters" in page
    assert "<b>" not in page.split('id="article-text"')[1].split("</article>")[0]


def test_a_page_without_embeds_has_no_embeds_section(tmp_path):
    from fastapi.testclient import TestClient

    from wirecoder.web.app import create_app

    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"text": "The mayor said on Monday that the bridge would reopen in May."}\n',
                     encoding="utf-8")
    db = tmp_path / "news.db"
    cli("ingest", str(jsonl), "--db", str(db), "--no-progress")
    client = TestClient(create_app(db), raise_server_exceptions=False)
    hit = client.get("/api/v1/articles?q=bridge").json()["items"][0]
    page = client.get(f"/articles/{hit['id']}").text
    assert "Embedded posts" not in page and "hl-embed" not in page
