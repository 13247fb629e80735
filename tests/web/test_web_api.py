"""The JSON API over a store ingested with the real CLI: the same records as the CLI, pages
and CSV for every list, one error shape, nothing written to the store."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys

import pytest

from wirecoder.web.tabular import MAX_LIMIT, csv_text

from .conftest import ROOT, cli, cli_json

LISTS = ["/api/v1/articles", "/api/v1/articles?q=sanctions", "/api/v1/counts",
         "/api/v1/quotes", "/api/v1/speakers", "/api/v1/statements", "/api/v1/positions",
         "/api/v1/timeline?about=sanctions", "/api/v1/shifts", "/api/v1/events"]


def every_item(client, url: str) -> list[dict]:
    """All items of a list route, following ``next`` page by page."""
    items, seen = [], 0
    while url:
        r = client.get(url)
        assert r.status_code == 200, r.text
        body = r.json()
        items.extend(body["items"])
        url = body["next"]
        seen += 1
        assert seen < 1000
    return items


def restricted(records: list[dict], fields) -> list[dict]:
    return [{k: r[k] for k in fields} for r in records]


# ------------------------------------------------------------------------ API = CLI


@pytest.mark.parametrize("query, args", [
    ("", ()),
    ("?about=sanctions", ("--about", "sanctions")),
    ("?actor=Vu%C4%8Di%C4%87", ("--actor", "Vučić")),
    ("?by=country", ("--by", "country")),
    ("?since=2023-05&until=2023-12-31", ("--since", "2023-05", "--until", "2023-12-31")),
])
def test_positions_are_those_of_the_cli(client, web_db, query, args):
    expected = cli_json("positions", "--db", str(web_db), *args)
    got = every_item(client, f"/api/v1/positions{query}{'&' if query else '?'}limit=2")
    assert expected, "the fixture store has positions"
    assert restricted(got, expected[0].keys()) == expected
    assert all(p["holder_key"] for p in got)


@pytest.mark.parametrize("query, args", [
    ("", ()),
    ("?speaker=Vu%C4%8Di%C4%87", ("--speaker", "Vučić")),
    ("?speaker=President%20Vucic&about=sanctions", ("--speaker", "President Vucic", "--about", "sanctions")),
    ("?all=true", ("--all",)),
    ("?until=2023-06", ("--until", "2023-06")),
])
def test_quotes_are_those_of_the_cli(client, web_db, query, args):
    expected = cli_json("quotes", "--db", str(web_db), *args)
    got = every_item(client, f"/api/v1/quotes{query}{'&' if query else '?'}limit=3")
    assert expected
    assert got == expected


def test_the_echo_is_one_quote_with_copies_unless_all(client):
    folded = every_item(client, "/api/v1/quotes?about=border&limit=500")
    unfolded = every_item(client, "/api/v1/quotes?about=border&all=true&limit=500")
    copies = sum(len(q["copies"]) for q in folded)
    assert copies >= 2
    assert len(unfolded) == len(folded) + copies


def test_timeline_shifts_and_search_are_those_of_the_cli(client, web_db):
    db = str(web_db)
    assert every_item(client, "/api/v1/timeline?actor=Serbia&limit=4") == cli_json(
        "timeline", "--actor", "Serbia", "--db", db)
    shifts = cli_json("shifts", "--db", db)
    assert {s["kind"] for s in shifts} >= {"reversal", "softening", "hardening"}
    assert every_item(client, "/api/v1/shifts?limit=2") == shifts
    assert every_item(client, "/api/v1/shifts?kind=reversal") == cli_json(
        "shifts", "--kind", "reversal", "--db", db)
    hits = cli_json("search", "sanctions", "--limit", "100", "--db", db)
    assert every_item(client, "/api/v1/articles?q=sanctions&limit=2") == hits


def test_statements_are_the_corpus_claims(client, web_db):
    timeline = cli_json("timeline", "--about", "NATO", "--db", str(web_db))
    statements = every_item(client, "/api/v1/statements?about=NATO&limit=500")
    assert sorted(s["statement_id"] + s["article_id"] for s in statements) == sorted(
        s["statement_id"] + s["article_id"] for s in timeline)


def test_one_article_is_its_stored_analysis(client, web_db):
    from wirecoder.store import Store

    hit = client.get("/api/v1/articles?q=Vulin").json()["items"][0]
    body = client.get(f"/api/v1/articles/{hit['id']}").json()
    with Store(web_db, readonly=True) as store:
        assert body == store.analysis(hit["id"]).to_dict()
    assert body["schema"] == "wirecoder.analysis/1"
    for quote in body["quotes"]:
        c = quote["content"]
        assert body["article"]["text"][c["start"]:c["end"]] == c["text"]


def test_a_speaker_in_any_spelling_with_quotes_and_positions(client):
    a = client.get("/api/v1/speakers/Vu%C4%8Di%C4%87").json()
    b = client.get("/api/v1/speakers/President%20Vucic").json()
    assert a == b
    assert a["speaker"]["name"] == "Aleksandar Vucic" and a["speaker"]["country"] == "SRB"
    assert "President" in a["roles"]
    assert len(a["quotes"]) == a["speaker"]["quotes"] > 0
    assert any(p["key"] == "impose_sanctions:RUS" for p in a["positions"])
    listed = every_item(client, "/api/v1/speakers?limit=3")
    assert {s["name"] for s in listed} >= {"Aleksandar Vucic", "Aleksandar Vulin", "Ivan Petrov"}
    assert listed == sorted(listed, key=lambda s: -s["quotes"])


def test_a_position_with_its_claims_and_shifts(client):
    positions = every_item(client, "/api/v1/positions?about=NATO&limit=500")
    serbia = next(p for p in positions if p["holder_key"] == "country:SRB" and p["key"] == "join:NATO")
    r = client.get("/api/v1/position", params={"holder": "country:SRB", "key": "join:NATO"})
    assert r.status_code == 200
    body = r.json()
    assert body["position"] == serbia
    assert len(body["claims"]) == serbia["statements"]
    assert {s["kind"] for s in body["shifts"]} == {"softening", "hardening"}
    missing = client.get("/api/v1/position", params={"holder": "country:SRB", "key": "nope"})
    assert missing.status_code == 404


# ------------------------------------------------------------------------ filters


def test_article_filters(client):
    everything = every_item(client, "/api/v1/articles?limit=500")
    assert len(everything) == 16
    reuters = every_item(client, "/api/v1/articles?outlet=reuters&limit=500")
    assert reuters and all(a["outlet"] == "Reuters" for a in reuters)
    assert len(reuters) == sum(a["outlet"] == "Reuters" for a in everything)
    june = every_item(client, "/api/v1/articles?since=2023-06&until=2023-06&limit=500")
    assert june and all(a["published"].startswith("2023-06") for a in june)
    assert len(june) == sum((a["published"] or "").startswith("2023-06") for a in everything)
    assert every_item(client, "/api/v1/articles?language=en&limit=500") == everything
    assert every_item(client, "/api/v1/articles?language=fr") == []
    counts = every_item(client, "/api/v1/counts?q=sanctions&by=year")
    total = client.get("/api/v1/articles?q=sanctions").json()["total"]
    assert sum(c["count"] for c in counts) == total
    assert [c["period"] for c in counts] == sorted(c["period"] for c in counts)


def test_quote_filters_kind_and_outlet(client):
    direct = every_item(client, "/api/v1/quotes?kind=direct&limit=500")
    assert direct and all(q["kind"] == "direct" for q in direct)
    tass = every_item(client, "/api/v1/quotes?outlet=tass&limit=500")
    assert tass and all(q["outlet"] == "TASS" or any(c["outlet"] == "TASS" for c in q["copies"])
                        for q in tass)


# ------------------------------------------------------------------------ pages, CSV


def test_pages_link_to_the_next_one_in_body_and_header(client):
    r = client.get("/api/v1/quotes?limit=5")
    body = r.json()
    assert body["limit"] == 5 and body["offset"] == 0 and len(body["items"]) == 5
    assert body["next"] == "/api/v1/quotes?limit=5&offset=5"
    assert r.headers["link"] == f'<{body["next"]}>; rel="next"'
    last = client.get(f"/api/v1/quotes?limit=5&offset={body['total'] - 1}")
    assert last.json()["next"] is None and "link" not in last.headers
    beyond = client.get(f"/api/v1/quotes?offset={body['total'] + 10}").json()
    assert beyond["items"] == [] and beyond["next"] is None


@pytest.mark.parametrize("limit", [0, MAX_LIMIT + 1, -1, "many"])
def test_the_page_limit_is_stated_and_enforced(client, limit):
    r = client.get(f"/api/v1/quotes?limit={limit}")
    assert r.status_code == 422
    assert set(r.json()) == {"error"} and r.json()["error"]["code"] == "invalid_parameter"
    assert "limit" in r.json()["error"]["message"]


@pytest.mark.parametrize("url", LISTS)
def test_every_list_is_also_csv(client, url):
    as_json = client.get(url + ("&" if "?" in url else "?") + "limit=4")
    as_csv = client.get(url + ("&" if "?" in url else "?") + "limit=4&format=csv")
    assert as_csv.status_code == 200
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    items = as_json.json()["items"]
    assert len(rows) == len(items)
    if items:
        assert list(rows[0]) == list(items[0])
    link = as_json.headers.get("link")
    if link is None:
        assert "link" not in as_csv.headers
    else:  # the next page of the CSV is CSV too
        assert as_csv.headers["link"] == link.replace("limit=4", "limit=4&format=csv")


def test_csv_cells_never_run_as_spreadsheet_formulas():
    text = csv_text([{"a": "=HYPERLINK(\"x\")", "b": "+1", "c": "@SUM(A1)", "d": "plain",
                      "e": ["x", "y"], "f": 3, "g": None, "h": {"k": 1}}])
    row = next(csv.DictReader(io.StringIO(text)))
    assert row == {"a": "'=HYPERLINK(\"x\")", "b": "'+1", "c": "'@SUM(A1)", "d": "plain",
                   "e": "x; y", "f": "3", "g": "", "h": '{"k": 1}'}


# ------------------------------------------------------------------------ errors


@pytest.mark.parametrize("method, url, status, code", [
    ("GET", "/api/v1/nothing-here", 404, "not_found"),
    ("GET", "/no/such/page", 404, "not_found"),
    ("GET", "/api/v1/articles/0000000000000000", 404, "not_found"),
    ("GET", "/api/v1/speakers/Nobody%20Atall", 404, "not_found"),
    ("GET", "/api/v1/articles?since=yesterday", 422, "invalid_parameter"),  # not a date's form
    ("GET", "/api/v1/quotes?until=2019-13-45", 400, "bad_date"),  # a date's form, no date
    ("GET", "/api/v1/articles?since=2019-02-30", 400, "bad_date"),
    ("GET", "/api/v1/quotes?speaker=a%00b", 422, "invalid_parameter"),
    ("GET", "/?q=a%00b", 400, "bad_parameter"),
    ("GET", "/api/v1/timeline", 400, "missing_parameter"),
    ("GET", "/api/v1/quotes?kind=shouted", 422, "invalid_parameter"),
    ("GET", "/api/v1/articles?format=xml", 422, "invalid_parameter"),
    ("GET", "/api/v1/position", 422, "invalid_parameter"),
    ("POST", "/api/v1/quotes", 405, "method_not_allowed"),
    ("DELETE", "/api/v1/articles/x", 405, "method_not_allowed"),
])
def test_every_error_has_one_shape(client, method, url, status, code):
    r = client.request(method, url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in r.text


def test_a_browser_gets_the_error_as_a_page(client):
    r = client.get("/articles/nope", headers={"accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no article &#39;nope&#39;" in r.text
    api = client.get("/api/v1/articles/nope", headers={"accept": "text/html"})
    assert api.headers["content-type"].startswith("application/json")


def test_the_openapi_schema_lists_every_route_with_the_error_shape(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    assert paths == {"/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/counts",
                     "/api/v1/quotes", "/api/v1/speakers", "/api/v1/speakers/{name}",
                     "/api/v1/statements", "/api/v1/positions", "/api/v1/position",
                     "/api/v1/timeline", "/api/v1/shifts", "/api/v1/events"}
    for path, ops in schema["paths"].items():
        responses = ops["get"]["responses"]
        for status in ("400", "404", "422"):
            ref = responses[status]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/ErrorBody"), (path, status)
    assert "HTTPValidationError" not in json.dumps(schema)


# ------------------------------------------------------------------------ safety


def test_headers_forbid_inline_script_everywhere(client):
    for url in ("/", "/api/v1/quotes", "/static/style.css", "/nothing"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert client.get(url).headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2fapp.py",
    "/static/../../../../etc/passwd", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
    "/static/templates/base.html", "/static/../templates/base.html",
])
def test_no_file_outside_the_static_folder_is_served(client, path):
    r = client.get(path)
    assert r.status_code == 404, (path, r.text[:200])
    assert "root:" not in r.text and "create_app" not in r.text


def test_the_static_files_are_served(client):
    assert client.get("/static/style.css").status_code == 200
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]


def test_serving_writes_nothing_to_the_store(web_db, client):
    def state():
        files = sorted(web_db.parent.glob(web_db.name + "*"))
        return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}

    before = state()
    for url in LISTS + ["/", "/speakers", "/positions", "/shifts", "/events",
                        "/speakers/Vucic", "/api/v1/speakers/Vucic"]:
        assert client.get(url).status_code == 200, url
    assert state() == before


def test_help_does_not_import_the_web_stack():
    code = ("import sys, wirecoder.cli\n"
            "wirecoder.cli.build_parser().format_help()\n"
            "print([m for m in ('fastapi', 'uvicorn', 'starlette') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_serve_refuses_a_missing_database_in_one_line(tmp_path):
    result = cli("serve", "--db", str(tmp_path / "none.db"), "--port", "0", check=False)
    assert result.returncode == 2
    assert "no such database" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# ------------------------------------------------------------------------ events, freshness


@pytest.fixture(scope="module")
def event_client(web_db, tmp_path_factory):
    """A copy of the store in which only the probe article carries events, two hand-made ones
    (the events the stage found in the other articles are taken out, so the filters below are
    checked against known rows), served by its own app."""
    import dataclasses
    import shutil

    from fastapi.testclient import TestClient

    from wirecoder.records import Event, EventActor
    from wirecoder.spans import span_at
    from wirecoder.store import Store
    from wirecoder.web.app import create_app

    db = tmp_path_factory.mktemp("events") / "events.db"
    shutil.copy(web_db, db)
    with Store(db) as store:
        for (other,) in store.db.execute("SELECT id FROM articles").fetchall():
            store.put(dataclasses.replace(store.analysis(other), events=()))
        hit = next(iter(store.search("Petrov")))
        analysis = store.analysis(hit.id)
        text = analysis.article.text

        def span(words):
            i = text.index(words)
            return span_at(text, i, i + len(words))

        bulgaria = EventActor("Bulgaria", "BGR", "GOV")
        events = (
            Event("ev1", "REJECT", "verbal", (bulgaria,), (EventActor("Serbia", "SRB", "GOV"),),
                  "Sofia", "2023-06-26", None, "12", span("will never impose sanctions on Serbia")),
            Event("ev2", "ACCUSE", None, (EventActor("<b>Officials</b>", None, None),), (),
                  None, None, None, "11", span("pointed readers to javascript:alert('link')")),
        )
        store.put(dataclasses.replace(analysis, events=events))
    return TestClient(create_app(db), raise_server_exceptions=False), hit.id


def test_events_by_actor_category_and_date(event_client):
    client, article_id = event_client
    everything = every_item(client, "/api/v1/events")
    assert [e["id"] for e in everything] == ["ev1", "ev2"]
    assert all(e["article_id"] == article_id for e in everything)
    assert [e["id"] for e in every_item(client, "/api/v1/events?actor=Bulgaria")] == ["ev1"]
    assert [e["id"] for e in every_item(client, "/api/v1/events?actor=BGR")] == ["ev1"]
    assert [e["id"] for e in every_item(client, "/api/v1/events?actor=Serbia")] == ["ev1"]
    assert every_item(client, "/api/v1/events?actor=Hungary") == []
    assert [e["id"] for e in every_item(client, "/api/v1/events?category=accuse")] == ["ev2"]
    # ev2 has no date of its own: its article's (2023-07-01) counts
    assert [e["id"] for e in every_item(client, "/api/v1/events?since=2023-07")] == ["ev2"]
    assert [e["id"] for e in every_item(client, "/api/v1/events?until=2023-06-30")] == ["ev1"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/events?format=csv").text)))
    assert [r["category"] for r in rows] == ["REJECT", "ACCUSE"]


def test_events_are_drawn_on_the_article_and_listed(event_client):
    client, article_id = event_client
    page = client.get(f"/articles/{article_id}").text
    assert page.count('class="hl-event"') >= 2
    assert 'id="event-ev1"' in page and "REJECT" in page
    assert "&lt;b&gt;Officials&lt;/b&gt;" in page and "<b>Officials" not in page
    listing = client.get("/events?actor=Bulgaria").text
    assert f'/articles/{article_id}#event-ev1' in listing and "#event-ev2" not in listing


def test_the_app_sees_what_is_ingested_while_it_runs(web_db, tmp_path):
    import shutil

    from fastapi.testclient import TestClient

    from wirecoder.web.app import create_app

    db = tmp_path / "live.db"
    shutil.copy(web_db, db)
    client = TestClient(create_app(db), raise_server_exceptions=False)
    before = client.get("/api/v1/quotes?speaker=Lendvai").json()["total"]
    positions = client.get("/api/v1/positions").json()["total"]
    story = tmp_path / "new.txt"
    story.write_text("date 2024-01-15\nBUDAPEST (Reuters) - Hungary will never accept EU "
                     "sanctions on Russian gas, Foreign Minister Peter Lendvai said on Monday.\n",
                     encoding="utf-8")
    cli("ingest", str(story), "--db", str(db))
    assert client.get("/api/v1/quotes?speaker=Lendvai").json()["total"] == before + 1
    assert client.get("/api/v1/positions").json()["total"] >= positions
    assert client.get("/api/v1/articles?q=gas").json()["total"] == 1


def test_head_answers_like_get_without_a_body(server):
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(server.url)
    conn = http.client.HTTPConnection(where.hostname, where.port, timeout=60)
    conn.request("HEAD", "/api/v1/quotes?limit=1")
    response = conn.getresponse()
    assert response.status == 200 and response.read() == b""
    assert response.getheader("content-type").startswith("application/json")
    conn.close()


def test_search_snippets_mark_the_matches_and_nothing_else(client):
    page = client.get("/?q=sanctions").text
    assert "<mark>sanctions</mark>" in page
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_over_an_indexed_store_the_app_reads_the_index_and_answers_as_the_cli(web_db, tmp_path):
    """`wirecoder index` on a copy of the store: the app's positions, shifts and timeline equal
    the CLI's on the unindexed store, and building them loads no embedding model (the index's
    merged keys are read, not computed)."""
    import json
    import shutil
    import subprocess
    import sys

    db = tmp_path / "indexed.db"
    shutil.copy(web_db, db)
    cli("index", "--db", str(db))
    probe = (
        "import json, sys\n"
        "from fastapi.testclient import TestClient\n"
        "from wirecoder.web.app import create_app\n"
        "client = TestClient(create_app(sys.argv[1]))\n"
        "out = {}\n"
        "for route in ('positions', 'shifts', 'timeline?actor=Serbia'):\n"
        "    sep = '&' if '?' in route else '?'\n"
        "    out[route] = client.get(f'/api/v1/{route}{sep}limit=500').json()['items']\n"
        "out['model'] = 'wirecoder.corpus.embeddings' in sys.modules\n"
        "print(json.dumps(out))\n")
    done = subprocess.run([sys.executable, "-c", probe, str(db)], capture_output=True,
                          text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got.pop("model") is False
    positions = cli_json("positions", "--db", str(web_db))
    assert restricted(got["positions"], positions[0].keys()) == positions
    assert got["shifts"] == cli_json("shifts", "--db", str(web_db)) and got["shifts"]
    assert got["timeline?actor=Serbia"] == cli_json("timeline", "--actor", "Serbia",
                                                    "--db", str(web_db))
