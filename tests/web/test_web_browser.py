"""The pages in a real browser: Debian's Chromium driven by Playwright against a real
``wirecoder serve`` on 127.0.0.1. Search, open an article, see its highlighted quote and
speaker, open the speaker, open a position and its chart; the probe article's script and markup
run nothing and show as text. Screenshots of each page go to $WIRECODER_ARTIFACTS (default
/tmp/wirecoder-screens), outside the repository.

Chromium is installed by .ci/run (and by ./setup.sh where apt-get is available); without it these
tests fail saying how to install it."""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlsplit

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("WIRECODER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        pytest.fail("the browser tests need Debian's chromium: run `apt-get install -y chromium` "
                    "(as .ci/run does), or set WIRECODER_CHROMIUM to a Chromium binary",
                    pytrace=False)
    return path


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright's Python client: "
                    "`pip install playwright==1.65.2` (never `playwright install`)", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """Everything a page does that it should not: dialogs, console errors, script errors,
    requests to any other host."""

    def __init__(self, page, base: str) -> None:
        self.problems: list[str] = []
        host = urlsplit(base).netloc
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("console", lambda m: m.type in ("error", "warning")
                and self.problems.append(f"console {m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("request", lambda r: urlsplit(r.url).netloc not in (host, "")
                and not r.url.startswith("data:")
                and self.problems.append(f"request elsewhere: {r.url}"))


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.watch = Watch(pg, server.url)
    yield pg
    context.close()


def shoot(page, artifacts, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_search_article_speaker_position(page, server, artifacts):
    page.goto(server.url + "/")
    page.fill("input[name=q]", "sanctions")
    page.click("button[type=submit]")
    page.wait_for_url("**/?q=sanctions*")
    count = int(page.inner_text("#article-count"))
    assert count >= 5
    assert page.locator("ol.hits li.hit").count() == count
    assert page.locator("svg.spark rect").count() >= 3  # the sparkline, one bar a month
    shoot(page, artifacts, "search")

    page.click("a.hit-title:has-text('000_da1156ca9ab1c740')")
    page.wait_for_url("**/articles/*")
    quote = page.locator("#article-text .hl-quote", has_text="Serbia will never impose sanctions")
    assert quote.count() == 1
    assert quote.locator("a.hl-entity", has_text="Russia").count() == 1  # nested in the quote
    assert page.locator("#article-text .hl-speaker", has_text="Aleksandar Vucic").count() == 1
    assert page.locator("#article-text .hl-cue").count() >= 5
    assert page.locator("#article-text a.hl-time", has_text="Friday").count() >= 1
    assert page.locator("#article-text a.hl-entity", has_text="Russia").count() >= 3
    # the four layers are drawn in distinct styles
    styles = {layer: page.locator(f"#article-text .hl-{layer}").first.evaluate(
        "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).borderBottomStyle,"
        " getComputedStyle(e).fontStyle].join('|')") for layer in ("quote", "cue", "entity", "time")}
    assert len(set(styles.values())) == 4, styles
    side = page.locator("#quote-q1")
    assert "Aleksandar Vucic" in side.inner_text()
    page.click("#article-text a.ref[href='#quote-q1']")  # each quote links to its record
    assert page.url.endswith("#quote-q1")
    shoot(page, artifacts, "article")

    side.locator("a.who", has_text="Aleksandar Vucic").click()
    page.wait_for_url("**/speakers/*")
    assert page.inner_text("h1") == "Aleksandar Vucic"
    assert "President" in page.inner_text("p.meta") and "SRB" in page.inner_text("p.meta")
    assert page.locator("ol.quotes li").count() >= 5
    shoot(page, artifacts, "speaker")

    page.click("a:has-text('Serbia imposes sanctions on Russia')")
    page.wait_for_url("**/position?*")
    chart = page.locator("#timeline-chart svg.timeline")
    assert chart.count() == 1
    points = chart.locator("circle")
    rows = page.locator("table.evidence tbody tr")
    assert rows.count() == 3 and points.count() == 3
    labels = chart.locator("text.pt-label").all_text_contents()
    assert "Aleksandar Vulin · TASS" in labels
    assert labels.count("Aleksandar Vucic · -") == 2  # two statements of one day, both drawn
    boxes = [points.nth(i).bounding_box() for i in range(points.count())]
    assert len({(round(b["x"]), round(b["y"])) for b in boxes}) == 3  # none hidden under another
    shoot(page, artifacts, "position")
    assert page.watch.problems == []


def test_echoes_show_as_copies_on_the_chart(page, server, artifacts):
    page.goto(server.url + "/positions?about=border")
    page.click("a:has-text('Poland reopens the border with Belarus')")
    page.wait_for_url("**/position?*")
    chart = page.locator("svg.timeline")
    # AP and dpa retell Reuters' story: its lead and its quote each have two copies
    assert chart.locator("circle.pt-copy").count() == 4
    assert chart.locator("line.echo").count() == 4
    labels = chart.locator("text.pt-label").all_text_contents()
    assert sorted(t for t in labels if t.startswith("copy")) == [
        "copy · AP", "copy · AP", "copy · dpa", "copy · dpa"]
    shoot(page, artifacts, "position-echo")
    page.goto(server.url + "/shifts")
    assert page.locator("section.shift").count() >= 3
    pair = page.locator("section.shift .pair").first
    assert pair.locator("blockquote").count() == 2
    shoot(page, artifacts, "shifts")
    assert page.watch.problems == []


def test_the_probe_article_runs_nothing_and_shows_its_text(page, server, artifacts):
    page.goto(server.url + "/?q=Petrov")
    page.click("a.hit-title")
    page.wait_for_url("**/articles/*")
    page.wait_for_load_state("load")
    assert page.inner_text("h1") == "Probe <script>alert('title')</script> & <b>bold</b>"
    text = page.inner_text("#article-text")
    assert "<script>alert('xss')</script>" in text
    assert "<img src=x onerror=alert('img')>" in text
    assert "javascript:alert('link')" in text
    assert page.locator("#article-text img, #article-text script, h1 b, main img").count() == 0
    # the javascript: URL of the article is text, not a link; the https one in its text is one
    assert page.locator(".unsafe-url").inner_text() == "javascript:alert('url')"
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert hrefs and all(urlsplit(h).scheme in ("http", "https") for h in hrefs), hrefs
    assert page.locator("#article-text a.url[href='https://example.org/report']").count() == 1
    # the outlet's markup is text too, in the link text and in its URL
    outlet = page.locator("p.meta a.outlet")
    assert outlet.inner_text() == "Probe\"><img src=x onerror=alert('outlet')>"
    # the JSON island holds the analysis intact: parsed, the text is the article's
    island = page.evaluate("JSON.parse(document.getElementById('analysis-data').textContent)")
    assert "<script>alert('xss')</script>" in island["article"]["text"]
    assert page.evaluate("document.scripts.length") == 2  # app.js and the JSON island
    shoot(page, artifacts, "probe-article")
    for url in ("/?q=Petrov", "/speakers/Ivan%20Petrov", "/positions?actor=Petrov", "/speakers"):
        page.goto(server.url + url)
        page.wait_for_load_state("load")
    shoot(page, artifacts, "speakers")
    assert page.watch.problems == []


def test_pages_read_without_javascript_and_fit_a_phone(browser, server, artifacts):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    try:
        for name, url in (("search", "/?q=sanctions"), ("article", "/articles/7ae88853327fdd30"),
                          ("position", "/position?holder=country:SRB&key=join:NATO"),
                          ("shifts", "/shifts"), ("speakers", "/speakers")):
            page.goto(server.url + url)
            assert page.locator("main h1").count() == 1
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= 390, f"{url}: {wide}px wide on a 390px screen"
            shoot(page, artifacts, f"phone-{name}")
        page.goto(server.url + "/articles/7ae88853327fdd30")
        assert page.locator("#article-text .hl-quote").count() >= 9
        assert page.locator("button.copy-json").count() == 0  # only with JavaScript
    finally:
        context.close()
