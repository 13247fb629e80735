"""Resultative keys (wirecoder.corpus.complements.resultative): "keep the terminal open" states
"open the terminal", so it meets "close the terminal" as its complement (one position, the
stance flipped) and the corpus-wide merge never joins the two as one proposition said twice.
End to end on stories written here (real pipeline, real SQLite store, real embedder), and on
keys."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.corpus.complements import resultative, resultative_names
from wirecoder.corpus.keymatch import KeyMatcher
from wirecoder.corpus.positions import Corpus
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.lexicon.keys import parse_key
from wirecoder.readers.text import article_from_text
from wirecoder.store.sqlite import Store

KEEP = (" date 2024-08-05 VILNIUS (Reuters) - Lithuania will keep the Klaipeda ferry terminal "
        "open, Interior Minister Tomas Zilinskas said on Monday.\n\n\u201cLithuania will keep "
        "the Klaipeda ferry terminal open. Trade must go on,\u201d Zilinskas told reporters.\n")
CLOSE = (" date 2024-11-12 VILNIUS (Reuters) - Lithuanian Interior Minister Tomas Zilinskas said "
         "on Tuesday that Lithuania would close the Klaipeda ferry terminal after a surge of "
         "migrants.\n\n\u201cLithuania will close the Klaipeda ferry terminal,\u201d Zilinskas "
         "said.\n")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    pipeline = load_pipeline()
    path = tmp_path_factory.mktemp("resultative") / "news.db"
    with Store(path) as store:
        for n, text in enumerate((KEEP, CLOSE)):
            store.put(pipeline.analyze(article_from_text(text, f"terminal{n}.txt")))
    return path


def test_keeping_open_then_closing_is_one_position_with_a_reversal(store_path):
    gaz = load_gazetteer()
    with Store(store_path) as store:
        said = {(r.source, r.predicate, r.stance) for r in store.statements()}
        corpus = Corpus.load(store, gaz)
    # both stored as favor: "keeps ... open", "closes ..."
    assert {("terminal0.txt", "keep", "favor"), ("terminal1.txt", "close", "favor")} <= said
    positions = [p for p in corpus.positions(actor="Zilinskas") if p.key.startswith("open:")]
    assert len(positions) == 1
    assert {(c.row.source, c.row.stance, c.flipped) for c in positions[0].claims} == {
        ("terminal0.txt", "favor", False), ("terminal1.txt", "against", True)}
    assert [(s.kind, s.after.row.source) for s in corpus.shifts(actor="Zilinskas")] == [
        ("reversal", "terminal1.txt")]


def test_a_resultative_key_is_never_one_with_its_opposite():
    matcher = KeyMatcher(None)
    assert not matcher.compatible("keep:harbour_gates_open", "close:harbour_gates")
    assert not matcher.compatible("keep:LTU", "close:LTU",
                                  ["Lithuania keeps the ferry terminal open"],
                                  ["Lithuania closes the ferry terminal"])
    assert matcher.compatible("keep:harbour_gates_open", "open:harbour_gates")


def test_what_reads_as_resultative():
    def read(key: str, said: str | None = None) -> str | None:
        found = resultative(parse_key(key), said)
        return None if found is None else str(found)

    assert read("keep:harbour_gates_closed") == "close:harbour_gates"
    assert read("leave:sanctions_lifted") == "lift:sanctions"
    assert read("not_keep:harbour_gates_open") == "not_open:harbour_gates"
    assert read("keep:ARM", "the Lachin road to Armenia open for convoys") == "open:ARM"
    # no state said, no verb of keeping, or nothing kept in it
    assert read("keep:ban") is None
    assert read("raise:gates_open") is None
    assert read("keep:open") is None
    assert read("keep:ARM") is None
    # read only when the key it states, or a complement of that, is said too
    assert resultative_names([("keep:gates_open", "the gates open")]) == {}
    assert resultative_names([("keep:gates_open", "the gates open"),
                              ("close:gates", "the gates")]) == {
        ("keep:gates_open", "the gates open"): "open:gates"}
