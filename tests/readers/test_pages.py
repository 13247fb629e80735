"""Real-page defects at read time: wire copy on a host site, boilerplate lines trafilatura leaves."""

from __future__ import annotations

import json

from wirecoder.analysis import prepare_article
from wirecoder.readers import read_file
from wirecoder.readers.jsonl import article_from_record

from .support import only_article

WIRE_ON_HOST = """<html lang="en"><head><title>Senate panel delays vote on port funding</title>
<meta property="og:site_name" content="Riverton Evening Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Senate panel delays vote on port funding</h1>
<p>WASHINGTON (AP) — A Senate committee on Tuesday put off a vote on funding for three river
ports, saying it needed more time to study the cost estimates sent by the agency.</p>
<p>The chairman of the panel said the delay would be short and that the vote could come next
month, once the figures had been checked.</p>
</article></body></html>"""


def test_wire_agency_of_the_dateline_is_the_outlet_and_the_host_is_the_site(write):
    article = only_article(list(read_file(write("port.html", WIRE_ON_HOST))))
    assert (article.outlet, article.site) == ("Riverton Evening Ledger", "Riverton Evening Ledger")
    prepared = prepare_article(article)
    assert (prepared.outlet, prepared.site) == ("AP", "Riverton Evening Ledger")
    assert prepared.dateline is not None and prepared.dateline.agency == "AP"
    assert prepared.to_dict()["site"] == "Riverton Evening Ledger"


def test_own_copy_of_a_site_keeps_its_outlet(write):
    html = WIRE_ON_HOST.replace("WASHINGTON (AP) — ", "")
    prepared = prepare_article(only_article(list(read_file(write("own.html", html)))))
    assert (prepared.outlet, prepared.site) == ("Riverton Evening Ledger", "Riverton Evening Ledger")
    assert prepared.dateline is None


def test_jsonl_record_may_give_the_site():
    record = {"text": "KYIV (Reuters) - Ukraine said on Monday it would reopen the port.",
              "outlet": "Metro Daily", "site": "metro.example"}
    article = prepare_article(article_from_record(json.loads(json.dumps(record)), "x.jsonl:1"))
    assert (article.outlet, article.site) == ("Reuters", "metro.example")


# --- boilerplate lines -------------------------------------------------------------------------

LIVE_PAGE = """<html lang="en"><head><title>Budget hearing, day two</title>
<meta property="og:site_name" content="Northgate Chronicle"></head><body>
<article><h1>Budget hearing, day two</h1>
<p>Top stories</p>
<p>The finance committee questioned the city treasurer for a second day on Thursday about the
missing reserve fund.</p>
<p>SEE MORE</p>
<h2>The reserve question</h2>
<p>"The money was moved on my instruction," the treasurer told the committee.</p>
<p>Read more: Council approves new tram depot after long delay</p>
<p>Related:</p>
<p>Residents can read more about the plan on the council website, the clerk said.</p>
<p>Share this</p>
<p>Sign up for our newsletter</p>
<p>Leave a comment</p>
<p>Harbour Bridge Repairs To Start In Spring</p>
<p>Schools Face Cuts As Budget Gap Widens</p>
<p>Northgate Rail Link Gets Final Approval</p>
</article></body></html>"""


def test_boilerplate_lines_are_dropped_from_the_page_text(write):
    text = only_article(list(read_file(write("live.html", LIVE_PAGE)))).text
    for line in ("Top stories", "SEE MORE", "Read more:", "Related:", "Share this",
                 "Sign up for our newsletter", "Leave a comment", "Harbour Bridge Repairs",
                 "Schools Face Cuts", "Northgate Rail Link"):
        assert line not in text, line
    assert text.split("\n") == [
        "The finance committee questioned the city treasurer for a second day on Thursday "
        "about the missing reserve fund.",
        "The reserve question",
        '"The money was moved on my instruction," the treasurer told the committee.',
        "Residents can read more about the plan on the council website, the clerk said.",
    ]


def test_the_store_keeps_the_site_in_the_stored_analysis(write, tmp_path):
    import sqlite3

    from wirecoder.cli import main
    from wirecoder.store import Store

    path = write("port.html", WIRE_ON_HOST)
    db = tmp_path / "pages.db"
    assert main(["ingest", "--no-progress", "--db", str(db), str(path)]) == 0
    with sqlite3.connect(db) as connection:
        (article_id,) = [row[0] for row in connection.execute("SELECT id FROM articles")]
    with Store(db) as store:
        stored = store.analysis(article_id).article
    assert (stored.outlet, stored.site) == ("AP", "Riverton Evening Ledger")
