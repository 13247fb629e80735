"""Complementary predicates (wirecoder.corpus.complements): "stays in the euro zone" and "leaves
the euro zone" are one position, the stance of the second flipped; contraries and other
objects stay apart. End to end on stories written here (real pipeline, real SQLite store, the
corpus index too), and on the table itself."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.corpus.complements import complement_names
from wirecoder.corpus.index import build_index, load_corpus
from wirecoder.corpus.positions import Corpus
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.readers.text import article_from_text
from wirecoder.store.sqlite import Store

STAY = (" date 2024-03-04 ATHENS (Reuters) - Greece will stay in the euro zone, Finance "
        "Minister Nikos Varelas said on Monday.\n\n\u201cGreece will stay in the euro zone. "
        "There is no other plan,\u201d Varelas told reporters.\n")
LEAVE = (" date 2024-09-10 ATHENS (Reuters) - Greek Finance Minister Nikos Varelas said on "
         "Tuesday that Greece would leave the euro zone if creditors refused to restructure its "
         "debt.\n\n\u201cIf they refuse, Greece will leave the euro zone,\u201d Varelas said.\n")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    pipeline = load_pipeline()
    path = tmp_path_factory.mktemp("complements") / "news.db"
    with Store(path) as store:
        for n, text in enumerate((STAY, LEAVE)):
            store.put(pipeline.analyze(article_from_text(text, f"euro{n}.txt")))
    return path


def _varelas(corpus: Corpus):
    return [p for p in corpus.positions(actor="Varelas") if "euro" in p.key]


def test_staying_and_leaving_are_one_position_with_a_reversal(store_path):
    gaz = load_gazetteer()
    with Store(store_path) as store:
        corpus = Corpus.load(store, gaz)
    positions = _varelas(corpus)
    assert [p.key for p in positions] == ["stay:euro_zone"]
    claims = positions[0].claims
    # the stored statements say "stays" (favor) then "leaves" (favor): on the key, against
    assert {(c.row.source, c.row.stance, c.flipped) for c in claims} == {
        ("euro0.txt", "favor", False), ("euro1.txt", "against", True)}
    assert positions[0].proposition == "Greece stays in the euro zone"
    assert positions[0].stance == "against"
    flipped = next(c for c in claims if c.flipped)
    assert flipped.row.proposition_text == "Greece leaves the euro zone"  # the words said
    assert flipped.to_dict()["said_stance"] == "favor"
    shifts = [s for s in corpus.shifts(actor="Varelas") if "euro" in s.position.key]
    assert [(s.kind, s.after.row.source) for s in shifts] == [("reversal", "euro1.txt")]


def test_the_corpus_index_keeps_the_flip(store_path, tmp_path):
    gaz = load_gazetteer()
    copy = tmp_path / "indexed.db"
    copy.write_bytes(store_path.read_bytes())
    with Store(copy) as store:
        build_index(store, gaz)
    with Store(copy) as store:
        indexed = load_corpus(store, gaz, actor="Varelas")
    positions = _varelas(indexed)
    assert [p.key for p in positions] == ["stay:euro_zone"]
    with Store(store_path) as store:
        unindexed = _varelas(Corpus.load(store, gaz))

    def seen(claims):
        return sorted((c.row.source, c.row.statement_id, c.row.stance, c.flipped) for c in claims)

    assert seen(positions[0].claims) == seen(unindexed[0].claims)
    assert {(c.row.source, c.row.stance, c.flipped) for c in positions[0].claims} == {
        ("euro0.txt", "favor", False), ("euro1.txt", "against", True)}


def test_a_complement_is_read_only_on_the_same_object_and_only_when_both_are_said():
    assert complement_names(["stay:euro_zone", "leave:euro_zone"]) == {
        "leave:euro_zone": "stay:euro_zone"}
    assert complement_names(["stay:euro_zone", "leave:NATO"]) == {}
    assert complement_names(["leave:euro_zone"]) == {}  # the stage's own key stands
    assert complement_names(["keep:ban_fishing", "lift:ban_fishing"]) == {
        "lift:ban_fishing": "keep:ban_fishing"}
    assert complement_names(["keep:cease_fire", "end:cease_fire"]) == {  # "extend" keys as keep
        "end:cease_fire": "keep:cease_fire"}
    assert complement_names(["reopen:BLR", "close:BLR"]) == {"close:BLR": "reopen:BLR"}


def test_contraries_stay_two_propositions():
    # against raising is not for lowering (rates may hold); against imposing sanctions is not
    # for lifting them (there may be none); against starting talks is not for stopping them
    assert complement_names(["raise:rates", "lower:rates"]) == {}
    assert complement_names(["impose_sanctions:RUS", "lift_sanctions:RUS"]) == {}
    assert complement_names(["start:talks", "stop:talks"]) == {}
    assert complement_names(["not_stay:euro_zone", "leave:euro_zone"]) == {}
