"""Keys one speaker held with opposite stances in one article are two propositions
(wirecoder.corpus.keymatch.opposed_keys): neither the corpus-wide merge nor a holder's own keys
join them, however alike they read. End to end on a story written here (real pipeline, real
SQLite store, real embedder), and on rows."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.corpus.embeddings import Embedder
from wirecoder.corpus.keymatch import KeyMatcher, opposed_keys
from wirecoder.corpus.positions import Corpus
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.readers.text import article_from_text
from wirecoder.store.sqlite import Store, StoredStatement

# one minister, one quote: he wants the partnership and will not sacrifice the farmers for it
TRADE = (" date 2024-05-07 SANTIAGO (Reuters) - Chile wants a closer trade partnership with "
         "Peru, Trade Minister Rodrigo Salvatierra said on Tuesday.\n\n\u201cWe want a closer "
         "trade partnership with Peru, but we will not sacrifice our farmers to get a closer "
         "trade partnership with Peru,\u201d Salvatierra told reporters in Santiago.\n")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    pipeline = load_pipeline()
    path = tmp_path_factory.mktemp("opposed") / "news.db"
    with Store(path) as store:
        store.put(pipeline.analyze(article_from_text(TRADE, "trade.txt")))
    return path


def test_a_speakers_opposite_stances_in_one_article_stay_two_positions(store_path, gaz):
    with Store(store_path) as store:
        rows = store.statements()
        corpus = Corpus.load(store, gaz)
    said = {(r.proposition_key, r.stance) for r in rows}
    assert {("want:PER", "favor"), ("sacrifice:PER", "against")} <= said
    # the two read alike (cosine 0.89, one object "PER"): merged, they made one position
    # that Salvatierra both favoured and opposed in one breath
    texts = [(r.proposition_key, r.proposition_text) for r in rows]
    merged = KeyMatcher(Embedder(), gazetteer=gaz).canonical(texts)
    assert merged["sacrifice:PER"] == merged["want:PER"]
    keys = {p.key: p.stance for p in corpus.positions(actor="Salvatierra")}
    assert keys.get("want:PER") == "favor" and keys.get("sacrifice:PER") == "against"


def row(n: int, text: str, key: str, stance: str, *, article: str, speaker: str = "Ana Roldan",
        date: str = "2025-02-03") -> StoredStatement:
    return StoredStatement(
        article_id=article, statement_id=f"s{n}", quote_id=f"q{n}", holder_entity="e1",
        holder_name=speaker, holder_type="PERSON", holder_country=None, speaker_name=speaker,
        speaker_mention=speaker, subject="Uruguay", predicate=key.partition(":")[0],
        object=key.partition(":")[2].replace("_", " "), proposition_text=text,
        proposition_key=key, stance=stance, hedge="firm", date=date, date_source="published",
        evidence_start=0, evidence_end=4, evidence_text=text, quote_text=f"quote {n}: {text}",
        outlet="AP", source=f"{article}.txt", published=date)


def test_opposed_keys_are_one_speakers_in_one_article_only():
    rows = [
        row(1, "Uruguay signs the fishing accord", "sign:fishing_accord", "favor", article="a1"),
        row(2, "Uruguay signs the fishing accord with its quotas", "sign:fishing_accord_quotas",
            "against", article="a1"),
        # another article, or another speaker: a change of mind, or a debate, not one breath
        row(3, "Uruguay signs the fishing accord with its quotas", "sign:fishing_accord_quotas",
            "against", article="a2"),
        row(4, "Uruguay signs the fishing accord", "sign:fishing_accord", "against",
            article="a3", speaker="Luis Ferrante"),
        row(5, "Uruguay signs the fishing accord with its quotas", "sign:fishing_accord_quotas",
            "favor", article="a3", speaker="Marta Ibarburu"),
    ]
    assert opposed_keys(rows) == {frozenset({"sign:fishing_accord", "sign:fishing_accord_quotas"})}
    assert opposed_keys(rows[2:]) == frozenset()


def test_a_holders_object_said_more_fully_stays_apart_when_opposed_in_one_article(gaz):
    # said on two days the fuller object is the same position (a reversal); said with opposite
    # stances in one article it is another proposition ("the accord, yes; its quotas, no")
    apart = [row(1, "Uruguay signs the fishing accord", "sign:fishing_accord", "favor",
                 article="a1"),
             row(2, "Uruguay signs the fishing accord with its new quota system",
                 "sign:fishing_accord_new_quota_system", "against", article="a1")]
    corpus = Corpus.from_rows(apart, gaz)
    assert {c.row.proposition_key for c in corpus.claims} == {r.proposition_key for r in apart}
    days = [apart[0], row(2, apart[1].proposition_text, apart[1].proposition_key, "against",
                          article="a2", date="2025-06-10")]
    corpus = Corpus.from_rows(days, gaz)
    assert len({c.row.proposition_key for c in corpus.claims}) == 1
    assert [s.kind for s in corpus.shifts(actor="Ana Roldan")] == ["reversal"]
