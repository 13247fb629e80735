"""One holder's keys worded apart (wirecoder.corpus.holderkeys): an object said more fully on
another day is the same position; sibling objects, other holders and bare objects between two
fuller ones are not. Real embedder, real Corpus; statements written here."""

from __future__ import annotations

import pytest

from wirecoder.corpus.holderkeys import _candidates, _Key
from wirecoder.corpus.positions import Corpus
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.store.sqlite import StoredStatement


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def row(n: int, text: str, key: str, obj: str, stance: str, hedge: str, date: str, *,
        holder: str = "Camila Ortuzar", article: str | None = None) -> StoredStatement:
    return StoredStatement(
        article_id=article or f"a{n}", statement_id=f"s{n}", quote_id=f"q{n}", holder_entity="e1",
        holder_name=holder, holder_type="PERSON", holder_country=None, speaker_name=holder,
        speaker_mention=holder, subject="Chile", predicate=key.partition(":")[0], object=obj,
        proposition_text=text, proposition_key=key, stance=stance, hedge=hedge, date=date,
        date_source="published", evidence_start=0, evidence_end=4, evidence_text=text,
        quote_text=f"quote {n}: {text}", outlet="Reuters", source=f"{article or f'a{n}'}.txt",
        published=date)


LEVY = [
    row(1, "Chile accepts this levy", "accept:levy", "this levy", "against", "absolute",
        "2025-02-03"),
    row(2, "Chile accepts a levy on the copper exports of state mines",
        "accept:levy_copper_exports_state_mines", "a levy on the copper exports of state mines",
        "favor", "conditional", "2025-06-10"),
]


def test_an_object_said_more_fully_by_the_same_holder_is_one_position_and_its_shift_shows(gaz):
    # cosine 0.69: below the corpus-wide 0.80, so the keys stood apart and no shift was seen
    corpus = Corpus.from_rows(LEVY, gaz)
    positions = corpus.positions(actor="Camila Ortuzar")
    assert len(positions) == 1
    assert [c.row.stance for c in positions[0].claims] == ["against", "favor"]
    assert [s.kind for s in corpus.shifts(actor="Camila Ortuzar")] == ["reversal"]


def test_without_embeddings_a_holders_keys_stay_the_stages(gaz):
    corpus = Corpus.from_rows(LEVY, gaz, embeddings=False)
    assert len(corpus.positions(actor="Camila Ortuzar")) == 2


def test_two_holders_keep_their_keys_apart(gaz):
    rows = [LEVY[0], row(2, LEVY[1].proposition_text, LEVY[1].proposition_key, LEVY[1].object,
                         "favor", "conditional", "2025-06-10", holder="Bruno Aravena")]
    corpus = Corpus.from_rows(rows, gaz)
    assert {c.row.proposition_key for c in corpus.claims} == {r.proposition_key for r in rows}
    assert corpus.shifts() == []


def test_sibling_objects_stay_apart_however_alike_they_read(gaz):
    # "steel imports" / "aluminium imports": cosine 0.89, one word each of their own
    rows = [
        row(1, "Chile raises tariffs on steel imports", "raise:tariffs_steel_imports",
            "tariffs on steel imports", "favor", "firm", "2025-02-03"),
        row(2, "Chile raises tariffs on aluminium imports", "raise:tariffs_aluminium_imports",
            "tariffs on aluminium imports", "against", "firm", "2025-06-10"),
    ]
    corpus = Corpus.from_rows(rows, gaz)
    assert len(corpus.positions(actor="Camila Ortuzar")) == 2
    assert corpus.shifts() == []


def test_a_bare_object_joins_one_fuller_object_never_two(gaz):
    rows = [
        row(1, "Chile raises taxes", "raise:taxes", "taxes", "favor", "firm", "2025-02-03"),
        row(2, "Chile raises taxes on bread", "raise:taxes_bread", "taxes on bread", "against",
            "firm", "2025-03-03"),
        row(3, "Chile raises taxes on fuel", "raise:taxes_fuel", "taxes on fuel", "favor",
            "firm", "2025-04-03"),
    ]
    keys = {c.row.proposition_text: c.row.proposition_key
            for c in Corpus.from_rows(rows, gaz).claims}
    assert keys["Chile raises taxes on bread"] != keys["Chile raises taxes on fuel"]
    assert keys["Chile raises taxes"] in (keys["Chile raises taxes on bread"],
                                          keys["Chile raises taxes on fuel"])


def test_a_coded_object_is_compared_by_the_words_it_was_said_in(gaz):
    rows = [
        row(1, "Spain extradites Tomas Berenguer to Chile", "extradite:CHL",
            "Tomas Berenguer to Chile", "against", "conditional", "2025-02-03"),
        row(2, "Spain extradites Tomas Berenguer", "extradite:tomas_berenguer", "Tomas Berenguer",
            "favor", "firm", "2025-05-03"),
    ]
    corpus = Corpus.from_rows(rows, gaz)
    assert len({c.row.proposition_key for c in corpus.claims}) == 1
    assert [s.kind for s in corpus.shifts()] == ["reversal"]


def test_two_different_codes_never_meet(gaz):
    rows = [
        row(1, "Chile recognizes Kosovo", "recognize:XKX", "Kosovo", "against", "firm",
            "2025-02-03"),
        row(2, "Chile recognizes Palestine", "recognize:PSE", "Palestine", "favor", "firm",
            "2025-05-03"),
    ]
    corpus = Corpus.from_rows(rows, gaz)
    assert len({c.row.proposition_key for c in corpus.claims}) == 2


def test_candidate_pairs_grow_linearly_with_the_keys():
    """Blocking: every key shares the bare word "tax", the key "tax" alone is inside all of
    them, and a chain of nested objects ("tax w1", "tax w1 w2", ...) nests every key in every
    longer one; each key is still compared with at most BLOCK_LIMIT others."""
    def keys(n: int) -> list[_Key]:
        flat = [_Key("raise:tax", "tax", None)]
        flat += [_Key(f"raise:tax_w{i}", f"tax_w{i}", None) for i in range(n)]
        flat += [_Key("raise:tax_" + "_".join(f"c{j}" for j in range(i + 1)),
                      "tax_" + "_".join(f"c{j}" for j in range(i + 1)), None) for i in range(n)]
        return flat

    small, large = len(_candidates(keys(100))), len(_candidates(keys(400)))
    assert 0 < small and large <= 4 * small + 4 * 50
