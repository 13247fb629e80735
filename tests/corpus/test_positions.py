"""Across articles: identity, echoes, positions and shifts, on hand-built statements and on the
fixture corpus in tests/fixtures/positions/ (no spaCy, no statement stage needed)."""

from __future__ import annotations

import importlib.util
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from wirecoder.article import Article
from wirecoder.corpus.echoes import EchoItem, find_echoes, jaccard, shingle_near_duplicates, shingles
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.corpus.identity import PeopleIndex, fold, fold_name, resolve_body
from wirecoder.corpus.positions import Corpus, find_shifts, shift_kind
from wirecoder.records import Analysis, Entity, Quote, Speaker, Statement
from wirecoder.spans import span_at
from wirecoder.store.sqlite import SCHEMA_VERSION, Store, StoredStatement, _MIGRATIONS, _split_sql

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "positions"


def _load_fixture_module():
    spec = importlib.util.spec_from_file_location("positions_corpus", FIXTURES / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus_fixture = _load_fixture_module()


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def fixture_rows(tmp_path_factory) -> list[StoredStatement]:
    with Store(tmp_path_factory.mktemp("pos") / "w.db") as store:
        for analysis in corpus_fixture.load_analyses().values():
            store.put(analysis)
        return store.statements()


@pytest.fixture(scope="module")
def fixture_corpus(fixture_rows, gaz) -> Corpus:
    return Corpus.from_rows(fixture_rows, gaz)


def row(**kw) -> StoredStatement:
    base = dict(
        article_id="a1", statement_id="s1", quote_id="q1", holder_entity="e1",
        holder_name="Aleksandar Vucic", holder_type="PERSON", holder_country="SRB",
        speaker_name="Aleksandar Vucic", speaker_mention="Serbian President Aleksandar Vucic",
        subject="Serbia", predicate="impose sanctions on", object="Russia",
        proposition_text="impose sanctions on Russia", proposition_key="impose_sanctions:RUS",
        stance="against", hedge="absolute", date="2019-04-19", date_source="statement",
        evidence_start=0, evidence_end=5, evidence_text="Serbia will never impose sanctions",
        quote_text="Serbia will never impose sanctions on Russia", outlet=None, source="000.txt",
        published="2019-04-20",
    )
    base.update(kw)
    return StoredStatement(**base)


# ------------------------------------------------------------------------------ identity


def test_fold_strips_accents_case_and_punctuation():
    assert fold("Vučić") == "vucic"
    assert fold("ĐILAS") == "djilas"
    assert fold("O’Brien-Smith") == "obrien smith"
    assert fold_name("Serbian President [Aleksandar] Vučić") == "aleksandar vucic"
    assert fold_name("Serbian Deputy Prime Minister Aleksandar Vulin") == "aleksandar vulin"
    assert fold_name("Martin Luther King") == "martin luther king"  # a title word as surname


def test_one_person_across_spellings_and_forms(gaz):
    names = [("Aleksandar Vučić", "SRB"), ("Aleksandar Vucic", "SRB"), ("Vucic", None),
             ("President Vucic", None), ("Vučić", None), ("Aleksandar Vulin", "SRB"),
             ("Vulin", None)]
    index = PeopleIndex.build(names, gaz)
    vucic = {index.resolve(n).key for n, _ in names[:5]}
    assert vucic == {"aleksandar vucic"}
    assert index.resolve("Vulin").name == "Aleksandar Vulin"
    assert index.resolve("President Vucic").country == "SRB"
    assert [p.name for p in index.match("vucic")] == ["Aleksandar Vučić"]  # the native spelling
    assert index.resolve("Recep Tayyip Erdogan").key != index.resolve("Vucic").key


def test_ambiguous_surname_is_not_guessed(gaz):
    index = PeopleIndex.build([("John Smith", "GBR"), ("Anna Smith", "USA"), ("Smith", None)], gaz)
    assert index.resolve("Smith").name == "Smith"
    index = PeopleIndex.build([("John Smith", "GBR"), ("Anna Smith", "USA"), ("Smith", "USA")], gaz)
    assert index.resolve("Smith").name == "Anna Smith"  # the country settles it
    assert {p.name for p in index.match("Smith")} >= {"John Smith", "Anna Smith"}


def test_surname_from_the_leaders_dictionary(gaz):
    index = PeopleIndex.build([("Putin", None)], gaz)
    assert index.resolve("Putin").name == "Vladimir Putin"
    assert index.resolve("Putin").country == "RUS"


def test_middle_names_and_initials(gaz):
    index = PeopleIndex.build([("Recep Tayyip Erdogan", "TUR"), ("Tayyip Erdoğan", None),
                               ("R. T. Erdogan", None)], gaz)
    assert len({index.resolve(n).key for n in ("Tayyip Erdogan", "R. T. Erdogan", "Erdogan")}) == 1


def test_one_country_across_its_names(gaz):
    for name in ("Serbia", "Republic of Serbia", "the Republic of Serbia", "Belgrade", "SRB", "serbia"):
        body = resolve_body(name, gaz)
        assert (body.kind, body.code, body.name) == ("country", "SRB", "Serbia"), name
    assert resolve_body("the United States", gaz).code == "USA"
    assert resolve_body("EU", gaz).key == resolve_body("European Union", gaz).key
    assert resolve_body("Aleksandar Vucic", gaz) is None
    assert resolve_body(None, gaz) is None


# ------------------------------------------------------------------------------ echoes


def test_shingle_similarity_tells_copies_from_lookalikes():
    a = "Poland will keep the border crossings with Belarus closed for as long as the journalists remain"
    b = "“Poland will keep the border crossings with Belarus closed as long as the journalists remain,”"
    c = "Hungary will not support new sanctions on Russia"
    d = "Slovakia will not support new sanctions on Russia"
    assert jaccard(shingles(a), shingles(b)) >= 0.8
    assert jaccard(shingles(c), shingles(d)) < 0.8
    assert shingle_near_duplicates([a, c, b, d], 0.8) == [(0, 2)]
    assert shingle_near_duplicates([a], 0.8) == []


def _item(text, article, published, outlet, group="k"):
    return EchoItem(text, group, article, outlet, f"{article}.txt", published, published)


def test_echoes_count_once_with_the_earliest_outlet():
    text = "Poland will keep the border crossings with Belarus closed for as long as they are held"
    items = [
        _item(text, "a3", "2023-06-07", "dpa"),
        _item(text, "a1", "2023-06-05", "Reuters"),
        _item(text + ".", "a2", "2023-06-06", "AP"),
        _item(text, "a4", "2023-08-20", "Anadolu Agency"),  # weeks later: a repetition
        _item(text, "a5", "2023-06-06", "AFP", group="other key"),  # another proposition
        _item(text, "a1", "2023-06-05", "Reuters"),  # the same article again
        _item(text, "a6", None, None),  # undated
    ]
    (echo,) = find_echoes(items)
    assert items[echo.original].outlet == "Reuters"
    assert [items[i].outlet for i in echo.copies] == ["AP", "dpa"]
    assert find_echoes(items, days=0) == []


def test_echo_matcher_can_be_swapped():
    calls = []

    def same_first_word(texts, threshold):  # a matcher the shingles would not agree with
        calls.append((list(texts), threshold))
        return [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))
                if texts[i].split()[0] == texts[j].split()[0]]

    items = [_item("alpha beta gamma", "a1", "2023-01-01", "A"),
             _item("alpha delta epsilon", "a2", "2023-01-02", "B"),
             _item("alpha beta gamma", "a3", "2023-01-03", "C"),  # identical: folded, not asked
             _item("omega beta gamma", "a4", "2023-01-02", "D")]
    (echo,) = find_echoes(items, near_duplicates=same_first_word, threshold=0.5)
    assert echo.original == 0 and echo.copies == (1, 2)
    assert calls == [(["alpha beta gamma", "alpha delta epsilon", "omega beta gamma"], 0.5)]

    def scored(texts, threshold):  # (i, j, score), as an embedding matcher may give them
        return [(i, j, 1.0) for i, j in same_first_word(texts, threshold)]

    assert find_echoes(items, near_duplicates=scored)[0].copies == (1, 2)
    assert find_echoes(items)[0].copies == (2,)  # the shingles: only the identical copy


# ------------------------------------------------------------------------------ attribution


def test_speaker_for_own_country_holds_for_the_country(gaz):
    corpus = Corpus.from_rows([row()], gaz)
    (claim,) = corpus.claims
    assert (claim.holder.key, claim.holder.name, claim.speaker) == ("country:SRB", "Serbia",
                                                                    "Aleksandar Vucic")


def test_we_is_the_speakers_country(gaz):
    (claim,) = Corpus.from_rows([row(subject="we", holder_country=None)],
                                gaz, names=[("Aleksandar Vucic", "SRB", 3)]).claims
    assert claim.holder.key == "country:SRB"  # the country known from his quotes elsewhere


def test_foreign_speaker_holds_for_himself(gaz):
    r = row(holder_name="Igor Vasnetsov", speaker_name="Igor Vasnetsov", holder_country="RUS")
    (claim,) = Corpus.from_rows([r], gaz).claims
    assert (claim.holder.kind, claim.holder.name, claim.holder.country) == (
        "person", "Igor Vasnetsov", "RUS")


def test_unknown_country_is_not_guessed(gaz):
    r = row(holder_name="Jane Roe", speaker_name="Jane Roe", holder_country=None)
    (claim,) = Corpus.from_rows([r], gaz).claims
    assert claim.holder.name == "Jane Roe"


def test_country_entity_holds(gaz):
    r = row(holder_name="Serbia", holder_type="COUNTRY", holder_country="SRB", subject="Serbia",
            speaker_name="Serbia")
    (claim,) = Corpus.from_rows([r], gaz).claims
    assert claim.holder.key == "country:SRB"


def test_organisation_official_speaks_for_it(gaz):
    r = row(holder_name="Jens Olsen", speaker_name="Jens Olsen", holder_country=None,
            speaker_mention="NATO Secretary General Jens Olsen", subject="NATO",
            proposition_key="admit:XKX")
    (claim,) = Corpus.from_rows([r], gaz).claims
    assert (claim.holder.kind, claim.holder.name) == ("org", "NATO")
    r = replace(r, speaker_mention="Jens Olsen, a Danish analyst")
    assert Corpus.from_rows([r], gaz).claims[0].holder.kind == "person"


# ------------------------------------------------------------------------------ shifts


def test_shift_kinds():
    assert shift_kind(row(), row(stance="favor")) == "reversal"
    assert shift_kind(row(), row(hedge="conditional")) == "softening"
    assert shift_kind(row(hedge="uncertain"), row(hedge="firm")) == "hardening"
    assert shift_kind(row(), row(evidence_text="other words")) is None
    assert shift_kind(row(), row(hedge="unheard-of")) is None


def test_shifts_compare_days_not_statements_of_one_day(gaz):
    rows = [
        row(statement_id="s1", date="2023-01-01"),
        row(statement_id="s2", date="2023-01-01", hedge="firm"),  # same day: no shift
        row(statement_id="s3", article_id="a2", date="2023-02-01", hedge="firm",
            quote_text="another quote entirely, said later"),
        row(statement_id="s4", article_id="a2", date="2023-02-01", hedge="firm",
            quote_text="and a third one, the same hedge again"),
        row(statement_id="s5", article_id="a3", date="2023-03-01", stance="favor",
            quote_text="we will impose them after all"),
        row(statement_id="s7", article_id="a3", date="2023-03-01", stance="favor", hedge="absolute",
            quote_text="the lead paraphrases it, more firmly"),  # one reversal a day
        row(statement_id="s6", article_id="a4", date=None, stance="against",
            quote_text="undated words"),
    ]
    corpus = Corpus.from_rows(rows, gaz)
    (position,) = corpus.positions()
    assert [(s.kind, s.before.row.statement_id, s.after.row.statement_id)
            for s in find_shifts(position)] == [("reversal", "s4", "s5")]
    assert position.stance == "favor" and position.last == "2023-03-01"
    assert position.hedge == "absolute"  # the latest statement's
    assert position.claims[-1].row.statement_id == "s6"  # undated last


def test_copies_make_no_shift(gaz):
    text = "Serbia will never impose sanctions on Russia no matter how strong the pressure is"
    rows = [
        row(statement_id="s1", article_id="a1", date="2023-01-02", published="2023-01-02",
            quote_text=text, outlet="Reuters"),
        row(statement_id="s1", article_id="a2", date="2023-01-02", published="2023-01-04",
            quote_text=text + "!", outlet="AP", hedge="firm"),  # extracted differently
    ]
    corpus = Corpus.from_rows(rows, gaz)
    assert corpus.shifts() == []
    (position,) = corpus.positions()
    assert (len(position.claims), position.copies, position.outlets) == (1, 1, ["Reuters", "AP"])


# ------------------------------------------------------------------------------ the fixture corpus


def test_fixture_corpus_is_big_enough_and_dated():
    analyses = corpus_fixture.load_analyses()
    assert len(analyses) >= 12
    for name, analysis in analyses.items():
        assert analysis.article.published and analysis.article.outlet, name
        assert analysis.statements, name


def test_fixture_planted_shifts_found_and_no_false_shift(fixture_corpus):
    expected = corpus_fixture.expected()["shifts"]
    found = [
        {"holder": s.position.holder.name, "key": s.position.key, "kind": s.kind,
         "before": s.before.date, "after": s.after.date}
        for s in fixture_corpus.shifts()
    ]
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_fixture_planted_echo_counted_once_under_the_earliest_outlet(fixture_corpus):
    (expected,) = corpus_fixture.expected()["echoes"]
    (echo,) = fixture_corpus.echoes()
    assert echo.row.proposition_key == expected["key"]
    assert Path(echo.row.source).name == expected["original"] and echo.row.outlet == "Reuters"
    assert [Path(c.source).name for c in echo.copies] == expected["copies"]


def test_fixture_positions(fixture_corpus):
    got = [p.to_dict() for p in fixture_corpus.positions()]
    fields = ("holder", "key", "stance", "hedge", "first", "last", "statements", "speakers")
    want = corpus_fixture.expected()["positions"]
    assert sorted(({f: p[f] for f in fields} for p in got), key=str) == sorted(want, key=str)


def test_fixture_rolled_up_by_country(fixture_corpus):
    by_country = {(p.holder.name, p.key) for p in fixture_corpus.positions(by="country")}
    assert ("Russia", "join:NATO") in by_country  # the Russian official rolls up into Russia
    assert ("Serbia", "join:NATO") in by_country


def test_fixture_queries(fixture_corpus):
    def holders(**kw):
        return sorted({p.holder.name for p in fixture_corpus.positions(**kw)})

    assert holders(actor="Milić") == ["Serbia"]
    assert holders(actor="Defence Minister Milic") == ["Serbia"]
    assert holders(actor="Russia") == ["Igor Vasnetsov"]  # a Russian speaker's own position
    assert holders(about="nuclear") == ["Finland", "Hungary"]
    assert holders(about="Belarus") == ["Poland"]
    assert holders(about="Ukraine", since="2023-04-01") == ["Slovakia"]
    assert holders(until="2023-03-10") == ["Slovakia"]
    assert holders(actor="Nobody Known") == []
    assert [s.kind for s in fixture_corpus.shifts(actor="Finland")] == ["hardening"]
    assert [s.kind for s in fixture_corpus.shifts(kinds=["reversal"])] == ["reversal"]
    assert fixture_corpus.shifts(since="2023-12-01") == []


# ------------------------------------------------------------------------------ store


def _seed_analysis() -> Analysis:
    text = "Serbia will never impose sanctions on Russia, President Aleksandar Vučić said."
    art = Article(text=text, source="s.txt", published="2019-04-20", outlet="TASS")
    person = Entity("e1", "PERSON", "Aleksandar Vučić", "SRB", "President",
                    (span_at(text, 56, 72),))
    quote = Quote("q1", "indirect", span_at(text, 0, 44), span_at(text, 73, 77),
                  Speaker(span_at(text, 46, 72), "e1", "Aleksandar Vučić"), date="2019-04-19")
    statement = Statement("s1", "q1", "e1", "Aleksandar Vučić", "impose sanctions on Russia",
                          "impose_sanctions:RUS", "against", "absolute", "Serbia",
                          "impose sanctions on", "Russia", span_at(text, 0, 44), None)
    return Analysis(article=art, entities=(person,), quotes=(quote,), statements=(statement,))


def test_put_stores_statements_idempotently(tmp_path):
    with Store(tmp_path / "w.db") as store:
        for _ in range(2):
            store.put(_seed_analysis())
        (st,) = store.statements()
        assert store.counts()["statements"] == 1
    assert (st.holder_type, st.holder_country, st.speaker_mention) == (
        "PERSON", "SRB", "President Aleksandar Vučić")
    assert (st.date, st.date_source) == ("2019-04-19", "quote")  # no date of its own: the quote's
    assert (st.outlet, st.published, st.quote_text) == ("TASS", "2019-04-20",
                                                         "Serbia will never impose sanctions on Russia")
    assert (st.evidence_start, st.evidence_end) == (0, 44)


def test_statement_date_falls_back_to_published(tmp_path):
    analysis = _seed_analysis()
    analysis = replace(analysis, quotes=(replace(analysis.quotes[0], date=None),))
    with Store(tmp_path / "w.db") as store:
        store.put(analysis)
        (st,) = store.statements()
        assert (st.date, st.date_source) == ("2019-04-20", "published")
        assert store.statements(since="2019-04-21") == []
        (q,) = store.quotes()
        assert q.date == "2019-04-20" and q.speaker_country == "SRB"


def test_migration_from_version_1(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    for statement in _split_sql(_MIGRATIONS[0]):
        db.execute(statement)
    analysis = _seed_analysis()
    import json

    db.execute(
        "INSERT INTO articles (id, source, text, analysis, ingested_at, published) "
        "VALUES (?,?,?,?,?,?)",
        ("a1", "s.txt", analysis.article.text, json.dumps(analysis.to_dict()), "now", "2019-04-20"),
    )
    db.execute("INSERT INTO quotes VALUES ('a1','q1','indirect',0,44,'x',NULL,NULL,'e1','V')")
    db.execute("PRAGMA user_version = 1")
    db.close()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.statements() == []  # statements come from a new ingest
        (q,) = store.quotes()
        assert q.date == "2019-04-19"  # filled in from the stored analysis


# ------------------------------------------------------------------------------ key merging


def test_paraphrased_keys_merge_and_opposites_do_not(gaz):
    from wirecoder.corpus.keymatch import merge_paraphrased_keys

    rows = [
        row(statement_id="s1", proposition_key="ban_grain_import:UKR",
            proposition_text="Slovakia bans grain imports from Ukraine"),
        row(statement_id="s2", proposition_key="ban_grain_import:UKR",
            proposition_text="Slovakia bans the import of Ukrainian grain"),
        row(statement_id="s3", proposition_key="ban:import_ukrainian_grain",
            proposition_text="Slovakia bans imports of Ukrainian grain"),
        row(statement_id="s4", proposition_key="lift_ban:import_ukrainian_grain",
            proposition_text="Slovakia lifts the ban on imports of Ukrainian grain"),
    ]
    keys = [r.proposition_key for r in merge_paraphrased_keys(rows, gaz)]
    assert keys[:3] == ["ban_grain_import:UKR"] * 3  # the most frequent original key names the group
    assert keys[3] == "lift_ban:import_ukrainian_grain"
