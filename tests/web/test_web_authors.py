"""The article page and API show who wrote an article (``article.authors``), escaped: a page
read from HTML with a byline, ingested with the real CLI, served by the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import cli

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "fixtures" / "pages" / "01_national_daily.html"


@pytest.fixture(scope="module")
def authored(tmp_path_factory):
    from fastapi.testclient import TestClient

    from wirecoder.web.app import create_app

    folder = tmp_path_factory.mktemp("authors")
    db = folder / "news.db"
    jsonl = folder / "a.jsonl"
    jsonl.write_text('{"text": "The mayor said on Monday that the bridge would reopen in May.", '
                     '"authors": ["Si\u00e2n O\'Neill"]}\n', encoding="utf-8")
    cli("ingest", str(PAGE), str(jsonl), "--db", str(db), "--no-progress")
    return TestClient(create_app(db), raise_server_exceptions=False)


def test_the_article_page_and_api_show_the_authors(authored):
    hits = authored.get("/api/v1/articles?q=food aid").json()["items"]
    assert len(hits) == 1
    body = authored.get(f"/api/v1/articles/{hits[0]['id']}").json()
    assert body["article"]["authors"] == ["Dana Whitfield", "Marcus Oyelaran"]
    page = authored.get(f"/articles/{hits[0]['id']}").text
    assert '<span class="authors">by Dana Whitfield, Marcus Oyelaran</span>' in page


def test_an_author_name_is_escaped(authored):
    hit = authored.get("/api/v1/articles?q=bridge").json()["items"][0]
    page = authored.get(f"/articles/{hit['id']}").text
    assert "by Siân O&#39;Neill</span>" in page and "O'Neill</span>" not in page
