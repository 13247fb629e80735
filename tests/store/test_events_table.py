"""The events and event_actors tables (schema 4): written with the article, replaced on
re-ingest, deleted with it, filled in when an older store is migrated, read back as the events
the stage made; and the query behind ``wirecoder events`` and the web app's events."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

import wirecoder
from wirecoder.article import Article
from wirecoder.corpus.events import query_events
from wirecoder.errors import StoreError
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.records import Analysis, Event, EventActor
from wirecoder.spans import span_at
from wirecoder.store import SCHEMA_VERSION, Store
from wirecoder.store.packing import pack
from wirecoder.store.schema import EVENTS_DDL, MIGRATIONS, split_sql

SEEDS = Path(__file__).resolve().parents[1].parent / "samples"


@pytest.fixture(scope="module")
def seeds() -> list[Analysis]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out = list(wirecoder.analyze_many(texts))
    assert sum(len(a.events) for a in out) >= 3
    return out


def _made(published: str = "2023-07-01") -> Analysis:
    """An article with three hand-made events: two dated, one dated by its article."""
    text = ("Bulgaria rejected the demand of Serbia on Monday. Officials of the European Union "
            "accused Vučić of stalling. Protesters marched in Sofia in June.")
    art = Article(text=text, source="made.txt", published=published, outlet="Made")

    def span(words):
        i = text.index(words)
        return span_at(text, i, i + len(words))

    bgr, srb = EventActor("Bulgaria", "BGR", "GOV"), EventActor("Serbia", "SRB", "GOV")
    events = (
        Event("ev1", "REJECT", "verbal", (bgr,), (srb,), "Sofia", "2023-06-26", None, "12",
              span("Bulgaria rejected the demand of Serbia"), trigger=span("rejected")),
        Event("ev2", "ACCUSE", None, (EventActor("Officials", "EUR", "GOV"),),
              (EventActor("Vučić", "SRB", "GOV"),), None, None, None, "11",
              span("accused Vučić of stalling")),
        Event("ev3", "PROTEST", "demonstrate", (EventActor("Protesters", "BGR", "CVL"),), (),
              "Sofia", "2023-06", 2000, "14", span("Protesters marched in Sofia"),
              size_range=(2000, 3000), size_estimates=(2000, 5000), dead=0, injured=4),
    )
    return Analysis(article=art, events=events)


def _rows(db: sqlite3.Connection, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_stored_events_read_back_as_the_stage_made_them(tmp_path, seeds):
    with Store(tmp_path / "w.db") as store:
        for a in [*seeds, _made()]:
            store.put(a)
        by_article = {}
        for stored in store.events():
            by_article.setdefault(stored.article_id, []).append(stored.event)
        for a in [*seeds, _made()]:
            assert sorted(by_article.get(a.article.id, []), key=lambda e: e.id) == \
                sorted(a.events, key=lambda e: e.id)
        n_actors = sum(len(e.actors) + len(e.recipients) for a in [*seeds, _made()] for e in a.events)
        assert _rows(store.db, "event_actors") == n_actors
        roles = {r for (r,) in store.db.execute("SELECT DISTINCT role FROM event_actors")}
        assert roles == {"actor", "recipient"}


def test_to_dict_has_the_contract_fields_and_the_article(tmp_path):
    made = _made()
    with Store(tmp_path / "w.db") as store:
        store.put(made)
        (first, *_) = store.events()
    row = first.to_dict()
    assert {"id", "category", "mode", "actors", "recipients", "place", "date", "size", "cameo",
            "evidence"} <= set(row)
    assert row["article_id"] == made.article.id and row["outlet"] == "Made"
    assert row["published"] == "2023-07-01" and row["source"] == "made.txt"
    assert row == {**made.events[2].to_dict(), "article_id": made.article.id, "outlet": "Made",
                   "source": "made.txt", "published": "2023-07-01"}  # 2023-06 starts first


def test_reingest_replaces_the_rows_and_never_duplicates_them(tmp_path):
    made = _made()
    with Store(tmp_path / "w.db") as store:
        store.put(made)
        store.put(made)
        assert (_rows(store.db, "events"), _rows(store.db, "event_actors")) == (3, 5)
        store.put(dataclasses.replace(made, events=made.events[:1]))
        assert (_rows(store.db, "events"), _rows(store.db, "event_actors")) == (1, 2)
        assert [e.event.id for e in store.events()] == ["ev1"]


def test_events_go_with_their_article(tmp_path):
    made = _made()
    other = dataclasses.replace(made, article=Article(
        text=made.article.text + " More later.", source="other.txt", published="2023-08-01"))
    with Store(tmp_path / "w.db") as store:
        store.put(made)
        store.put(other)
        assert _rows(store.db, "events") == 6
        store.db.execute("DELETE FROM articles WHERE id = ?", (made.article.id,))
        assert _rows(store.db, "events") == 3 and _rows(store.db, "event_actors") == 5
        left = {r for (r,) in store.db.execute("SELECT DISTINCT article_id FROM event_actors")}
        assert left == {other.article.id}
        # an event's actors go with the event
        store.db.execute("DELETE FROM events WHERE event_id = 'ev1'")
        assert _rows(store.db, "event_actors") == 3


def _version_3_store(path: Path, analyses) -> None:
    """A store as schema 3 wrote it: packed analyses, no events tables."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=ON")
    for number in range(3):
        step = MIGRATIONS[number]
        if callable(step):
            step(db)
        else:
            for statement in split_sql(step):
                db.execute(statement)
    db.execute("PRAGMA user_version = 3")
    for a in analyses:
        art = a.article
        db.execute("INSERT INTO articles (id, source, outlet, published, text, analysis, "
                   "ingested_at) VALUES (?,?,?,?,?,?,?)",
                   (art.id, art.source, art.outlet, art.published, art.text, pack(a), "then"))
    db.execute("INSERT INTO articles (id, source, text, analysis, ingested_at) VALUES "
               "('junk', 'j.txt', 'some text', '{}', 'then')")  # not an analysis: no events
    db.close()


def test_an_older_store_is_migrated_and_its_events_filled_in(tmp_path, seeds):
    path = tmp_path / "old.db"
    analyses = [*seeds, _made()]
    _version_3_store(path, analyses)
    with Store(path, readonly=True) as store:  # read-only: no migration, and it says so
        with pytest.raises(StoreError, match="schema version 3 is older.*wirecoder ingest"):
            store.events()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
        found = sorted(((s.article_id, s.event.id), s.event) for s in store.events())
        want = sorted(((a.article.id, e.id), e) for a in analyses for e in a.events)
        assert found == want
        made = [s for s in store.events() if s.article_id == analyses[-1].article.id]
        assert {s.outlet for s in made} == {"Made"} and {s.published for s in made} == {"2023-07-01"}
    with Store(path) as store:  # opening again migrates nothing twice
        assert _rows(store.db, "events") == len(want)


def test_a_version_2_store_with_whole_json_is_filled_in_too(tmp_path):
    made = _made()
    path = tmp_path / "v2.db"
    db = sqlite3.connect(path, isolation_level=None)
    for number in range(2):
        for statement in split_sql(MIGRATIONS[number]):
            db.execute(statement)
    db.execute("PRAGMA user_version = 2")
    db.execute("INSERT INTO articles (id, source, published, text, analysis, ingested_at) "
               "VALUES (?,?,?,?,?,?)", (made.article.id, made.article.source, "2023-07-01",
                                        made.article.text, json.dumps(made.to_dict()), "then"))
    db.close()
    with Store(path) as store:
        assert sorted(s.event.id for s in store.events()) == ["ev1", "ev2", "ev3"]


def test_the_tables_and_their_indexes(tmp_path):
    with Store(tmp_path / "w.db") as store:
        indexes = {name for (name,) in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
            "('events', 'event_actors') AND sql IS NOT NULL")}
    assert indexes == {"events_category", "events_date", "event_actors_country",
                       "event_actors_name"}
    # plain SQL the PostgreSQL store can run as well: no SQLite-only options nor functions
    for word in ("WITHOUT ROWID", "json_", "AUTOINCREMENT", "STRICT"):
        assert word.upper() not in EVENTS_DDL.upper()


@pytest.fixture
def made_store(tmp_path):
    path = tmp_path / "q.db"
    with Store(path) as store:
        store.put(_made())
    with Store(path, readonly=True) as store:
        yield store


def _ids(found) -> list[str]:
    return [s.event.id for s in found]


def test_query_by_actor_in_any_case_spelling_or_code(made_store):
    gaz = load_gazetteer()
    assert _ids(query_events(made_store, gaz, actor="bulgaria")) == ["ev3", "ev1"]
    assert _ids(query_events(made_store, gaz, actor="BGR")) == ["ev3", "ev1"]
    assert _ids(query_events(made_store, gaz, actor="bgr")) == ["ev3", "ev1"]
    assert _ids(query_events(made_store, gaz, actor="Serbia")) == ["ev1", "ev2"]  # recipients
    assert _ids(query_events(made_store, gaz, actor="vucic")) == ["ev2"]
    assert _ids(query_events(made_store, gaz, actor="eur")) == ["ev2"]  # a non-state code
    assert _ids(query_events(made_store, gaz, actor="PROTESTERS")) == ["ev3"]
    assert query_events(made_store, gaz, actor="Hungary") == []
    assert query_events(made_store, gaz, actor="  ") == []


def test_query_by_category_date_and_limit(made_store):
    gaz = load_gazetteer()
    assert _ids(query_events(made_store, gaz, category="accuse")) == ["ev2"]
    assert _ids(query_events(made_store, gaz, category=" Protest ")) == ["ev3"]
    assert query_events(made_store, gaz, category="SANCTION") == []
    # ev2 has no date of its own: its article's (2023-07-01); ev3 is dated by its month
    assert _ids(query_events(made_store, gaz, since="2023-07")) == ["ev2"]
    assert _ids(query_events(made_store, gaz, until="2023-06-30")) == ["ev3", "ev1"]
    assert _ids(query_events(made_store, gaz, since="2023-06-27", until="2023-06-30")) == ["ev3"]
    # the week of 26 June to 2 July 2023 holds ev1, ev2's article day and the end of June
    assert _ids(query_events(made_store, gaz, since="2023-W26", until="2023-W26")) == ["ev3", "ev1", "ev2"]
    assert _ids(query_events(made_store, gaz, since="2023-W25", until="2023-W25")) == ["ev3"]
    assert _ids(query_events(made_store, gaz, limit=2)) == ["ev3", "ev1"]
    assert _ids(query_events(made_store, gaz, actor="BGR", category="REJECT",
                             since="2023", limit=5)) == ["ev1"]


def test_an_undated_event_is_left_out_by_a_date_bound(tmp_path):
    undated = _made(published=None)
    gaz = load_gazetteer()
    with Store(tmp_path / "u.db") as store:
        store.put(undated)
        assert _ids(query_events(store, gaz)) == ["ev3", "ev1", "ev2"]  # undated last
        assert _ids(query_events(store, gaz, since="2000")) == ["ev3", "ev1"]
