"""HTML pages: article text without boilerplate, metadata, truncated and empty pages."""

from __future__ import annotations

from wirecoder.readers import article_from_html, read_file
from wirecoder.readers.html import fragment_text, read_page_metadata

from .support import FIXTURES, only_article, only_failure

PAGE = FIXTURES / "article.html"


def test_article_page_gives_text_and_metadata():
    article = only_article(list(read_file(PAGE)))
    assert article.text.startswith("Despite foreign pressure, Serbia will never impose sanctions")
    assert "bussing in state employees" in article.text
    for boilerplate in ("Subscribe", "Cookie policy", "Related stories", "Lithium protests", "track()"):
        assert boilerplate not in article.text
    assert article.title == "Serbia will never impose sanctions on Russia, Vucic tells rally"
    assert not article.text.startswith(article.title)  # the headline is the title, not the text
    assert (article.published, article.published_source) == ("2024-09-06", "html")
    assert article.outlet == "Balkan Wire"
    assert article.url == "https://balkanwire.example/politics/2024/09/06/vucic-rally"
    assert article.language == "en"
    assert article.source == str(PAGE)


def test_paragraphs_are_separated_by_newlines():
    text = only_article(list(read_file(PAGE))).text
    paragraphs = text.split("\n")
    assert len(paragraphs) == 4
    assert paragraphs[1].startswith("“Serbia wants to join the European Union")


def test_truncated_page_still_yields_what_it_holds(write):
    html = PAGE.read_text(encoding="utf-8")
    cut = html.index("improve relations with China")  # in the middle of the second paragraph
    article = only_article(list(read_file(write("truncated.html", html[:cut]))))
    assert article.text.startswith("Despite foreign pressure")
    assert "strategic partners" not in article.text
    assert article.title and article.outlet == "Balkan Wire"


def test_page_cut_inside_the_head_is_a_clear_failure(write):
    html = PAGE.read_text(encoding="utf-8")
    path = write("head-only.html", html[: html.index("<body>") - 200])
    failure = only_failure(list(read_file(path)))
    assert failure.message.startswith(f"{path}: no article text found in the HTML")
    assert "save the article as plain text" in failure.reason


def test_page_without_article_text_is_a_failure(write):
    path = write("menu.htm", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "no article text found" in only_failure(list(read_file(path))).reason


def test_no_date_is_never_guessed_from_the_page_text():
    html = (
        "<html><head><title>Rally</title></head><body>"
        "<p>Serbia will never impose sanctions on Russia, Vucic said on Friday at the rally.</p>"
        "<p>Tens of thousands attended, police said.</p>"
        "<footer>Copyright 2019 Example. Updated 2021.</footer></body></html>"
    )
    article = article_from_html(html, "page.html")
    assert article.published is None and article.published_source is None


def test_site_name_falls_back_to_og_site_name_and_language_to_the_lang_attribute():
    meta = read_page_metadata(
        '<html xml:lang="sr-Latn"><head><meta property="og:site_name" content=" Wire  Name ">'
        '<link rel="canonical" href="https://x.example/a"></head><body></body></html>'
    )
    assert (meta.site_name, meta.language, meta.url) == ("Wire Name", "sr", "https://x.example/a")


def test_relative_canonical_url_is_dropped():
    assert read_page_metadata('<html><head><link rel="canonical" href="/a"></head></html>').url is None


def test_declared_charset_is_honoured(write):
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>T</title></head><body><p>Le café était plein, “we will never impose sanctions” "
        "he said to the crowd.</p></body></html>"
    )
    article = only_article(list(read_file(write("cp1252.html", html.encode("cp1252")))))
    assert "café" in article.text and "“we will never impose sanctions”" in article.text


def test_fragment_text_keeps_blocks_apart_and_drops_scripts():
    html = "Lead<p>One <b>bold</b>\n  word.</p><script>x()</script><ul><li>A</li><li>B</li></ul>"
    assert fragment_text(html) == "Lead\nOne bold word.\nA\nB"
    assert fragment_text("plain  text\r\n") == "plain  text"
