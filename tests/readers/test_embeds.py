"""Embedded social-media posts (``readers/embeds.py``): the post's words stay in the article text
(as trafilatura keeps them) and are marked as an ``Embed`` with the author, handle, platform and
date the embed names, so that they are no longer an unattributed paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import wirecoder
from wirecoder.records import Analysis
from wirecoder.readers import read_file
from wirecoder.store.packing import pack, unpack

from .support import only_article

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages"

PAGE = """<html lang="en"><head><title>Port strike ends after 12 days</title>
<meta property="og:site_name" content="Harbour Post"></head><body><article>
<h1>Port strike ends after 12 days</h1>
<p>Dock workers in Rotterdam returned to work on Tuesday after the union accepted a new pay offer,
the port authority said.</p>
<blockquote class="instagram-media" data-instgrm-permalink="https://instagram.example/p/1">
<p>Back to work tomorrow. Proud of every one of you who stood on the line.</p>
&mdash; Femke de Wit (@femkedewit_union) 3 June 2025</blockquote>
<p>The union's leader, Femke de Wit, said the deal raised wages by six percent over two years.</p>
<blockquote class="bluesky-embed"><p>No comment on the terms until members have voted.</p></blockquote>
<p>Shipping companies said the backlog of containers would take a week to clear.</p>
</article></body></html>"""


def test_an_embedded_post_is_kept_and_marked_with_its_author():
    article = only_article(list(read_file(PAGES / "02_public_broadcaster.html")))
    (embed,) = article.embeds
    assert embed.span.text == ("Today we published the final methane regulations. Canada will "
                               "cut oil and gas methane by 75% by 2030. Clean air, good jobs. "
                               "pic.twitter.example/abc")
    assert article.text[embed.span.start:embed.span.end] == embed.span.text
    assert (embed.author, embed.handle, embed.platform, embed.date) == (
        "Luc Tremblay-Asante", "@LucTA_Env", "x", "2025-03-17")


def test_posts_of_other_platforms_and_without_attribution(write):
    article = only_article(list(read_file(write("strike.html", PAGE))))
    assert [(e.span.text, e.author, e.handle, e.platform, e.date) for e in article.embeds] == [
        ("Back to work tomorrow. Proud of every one of you who stood on the line.",
         "Femke de Wit", "@femkedewit_union", "instagram", "2025-06-03"),
        ("No comment on the terms until members have voted.", None, None, "bluesky", None)]
    for e in article.embeds:
        assert article.text[e.span.start:e.span.end] == e.span.text


def test_embeds_survive_the_json_the_schema_and_the_store():
    analysis = wirecoder.analyze(only_article(list(read_file(PAGES / "02_public_broadcaster.html"))))
    data = analysis.to_dict()
    assert data["article"]["embeds"][0]["author"] == "Luc Tremblay-Asante"
    import jsonschema

    jsonschema.validate(data, wirecoder.json_schema())
    assert Analysis.from_dict(json.loads(json.dumps(data))) == analysis
    assert unpack(pack(analysis), analysis.article.text) == analysis
    old = dict(data, article={k: v for k, v in data["article"].items() if k != "embeds"})
    assert Analysis.from_dict(old).article.embeds == ()


def test_a_page_without_an_embed_has_none():
    article = only_article(list(read_file(PAGES / "01_national_daily.html")))
    assert article.embeds == () and article.to_dict()["embeds"] == []
