"""Echo detection (wirecoder.corpus.echoes): the one MinHash, and near-linear find_echoes."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from wirecoder.corpus.echoes import (
    MIN_CONTAINED,
    EchoItem,
    claim_sentence,
    containment,
    echo_components,
    find_echoes,
    jaccard,
    negation_parity,
    shingle_near_duplicates,
    shingles,
)


def _day(n: int) -> str:
    return (dt.date(2024, 1, 1) + dt.timedelta(days=n)).isoformat()


def _item(text: str, n: int, day: int) -> EchoItem:
    return EchoItem(text, "", f"a{n}", f"outlet {n % 9}", f"a{n}.txt", _day(day), _day(day))


STOCK = "We are monitoring the situation closely and will respond in due course, the ministry said"


def test_a_stock_quote_repeated_every_day_costs_linear_comparisons():
    # one stock quote in 400 articles on 400 days: before, every pair of copies was a candidate
    # (400 * 399 / 2 = 79,800) and the day window was applied after
    items = [_item(STOCK, n, n) for n in range(400)]
    components, comparisons = echo_components(items)
    assert comparisons <= 2 * len(items)
    assert len(components) == 1 and len(components[0]) == 400  # chained day after day
    # the window restarts along the chain: day 0 takes days 1-7 as copies, day 8 (beyond the
    # window of day 0) is the next original with days 9-15, ...; before, only the first week
    # folded and day 9 stood alone though it copied day 8 within a day
    echoes = find_echoes(items)
    assert [(e.original, e.copies) for e in echoes] == [
        (start, tuple(range(start + 1, min(start + 8, 400)))) for start in range(0, 400, 8)]


def test_copies_are_within_the_window_of_their_own_original():
    items = [_item(STOCK, 0, 0), _item(STOCK, 1, 5), _item(STOCK, 2, 10), _item(STOCK, 3, 12)]
    echoes = find_echoes(items)
    assert [(e.original, e.copies) for e in echoes] == [(0, (1,)), (2, (3,))]


def _retold(n_items: int) -> list[EchoItem]:
    return [_item(f"{STOCK}, as {n} people waited at the border", n, n) for n in range(n_items)]


def test_retold_variants_cost_comparisons_linear_in_their_number():
    # distinct retellings (a changing figure), one a day: they share LSH buckets, but inside a
    # bucket each is compared only with a few later ones within the 7-day window
    counts = {}
    for n in (200, 400, 800):
        components, counts[n] = echo_components(_retold(n))
        assert [len(c) for c in components] == [n]
        assert counts[n] <= 42 * 4 * n  # bands x neighbours per item at most
    assert counts[800] / counts[400] < 2.2 and counts[400] / counts[200] < 2.2  # 2 is linear


def test_many_variants_on_one_day_are_capped_but_still_chained():
    items = [_item(f"{STOCK}, as {n} people waited at the border", n, 0) for n in range(600)]
    components, comparisons = echo_components(items)
    assert comparisons < 600 * 599 // 2
    assert [len(c) for c in components] == [600]


def test_identical_texts_apart_by_more_than_the_window_never_link():
    items = [_item(STOCK, 0, 0), _item(STOCK, 1, 30), _item(STOCK, 2, 31)]
    assert [sorted(c) for c in echo_components(items)[0]] == [[1, 2]]


def test_a_claim_and_its_negation_are_never_copies():
    said = "Serbia will impose sanctions on Russia, the president said on Monday in Belgrade"
    denied = "Serbia will never impose sanctions on Russia, the president said on Monday in Belgrade"
    assert jaccard(shingles(said), shingles(denied)) > 0.8  # the shingles alone would pair them
    assert negation_parity(said) != negation_parity(denied)
    assert negation_parity("Serbia won't impose sanctions") == 1
    assert negation_parity("It is not true that Serbia will never join") == 0
    items = [_item(said, 0, 0), _item(denied, 1, 0), _item(said + ".", 2, 1)]
    (echo,) = find_echoes(items)
    assert (echo.original, echo.copies) == (0, (2,))


def test_empty_shingle_sets_are_never_similar():
    assert shingles("...") == frozenset()
    assert jaccard(frozenset(), frozenset()) == 0.0
    assert find_echoes([_item("...", 0, 0), _item("!!!", 1, 0)]) == []


def test_lsh_finds_every_pair_exact_jaccard_accepts():
    rng = random.Random(7)
    vocabulary = [f"word{n}" for n in range(80)]
    base = [" ".join(rng.choice(vocabulary) for _ in range(14)) for _ in range(40)]
    texts = base + [t.replace(t.split()[3], "changed", 1) for t in base[:20]]
    sets = [shingles(t) for t in texts]
    for threshold in (0.55, 0.7):
        exact = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))
                 if jaccard(sets[i], sets[j]) >= threshold]
        assert len(exact) >= 20
        assert shingle_near_duplicates(texts, threshold) == exact


@pytest.mark.parametrize("days", [0, 3, 7])
def test_windowed_detection_agrees_with_all_pairs_on_a_random_corpus(days):
    # the reference: every pair of items checked (same parity, Jaccard, window, other article)
    rng = random.Random(days)
    claims = [" ".join(rng.choice(["Serbia", "will", "not", "join", "NATO", "the", "talks",
                                   "on", "Kosovo", "resume", "soon", "said"]) for _ in range(12))
              for _ in range(12)]
    items = []
    for n in range(150):
        text = rng.choice(claims)
        if rng.random() < 0.5:
            text = text.replace(rng.choice(text.split()), "", 1)
        items.append(_item(text, n, rng.randrange(40)))
    parent = list(range(len(items)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    sets = [shingles(i.text) for i in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = items[i], items[j]
            if (negation_parity(a.text) == negation_parity(b.text)
                    and jaccard(sets[i], sets[j]) >= 0.546
                    and a.period.days_apart(b.period) <= days):
                parent[root(j)] = root(i)
    expected = {}
    for i in range(len(items)):
        expected.setdefault(root(i), set()).add(i)
    expected = sorted(sorted(c) for c in expected.values() if len(c) > 1)
    found = sorted(sorted(c) for c in echo_components(items, days=days)[0])
    assert found == expected


# ------------------------------------------------------------------------------ trimmed copies

WHOLE = ("We will not leave the Orla valley to the mining company. Not this year, not ever. Our "
         "farmers and their families will stay on the land their grandparents cleared,")


def test_a_statement_is_compared_by_the_sentence_of_its_quote_that_holds_it():
    assert claim_sentence(WHOLE, "We will not leave the Orla valley") == (
        "We will not leave the Orla valley to the mining company.")
    assert claim_sentence(WHOLE, "Our farmers and their families will stay") == (
        "Our farmers and their families will stay on the land their grandparents cleared,")
    # a sentence too short to tell a copy ("Not this year, not ever.") gives the whole quote
    assert claim_sentence(WHOLE, "not ever") == WHOLE
    assert claim_sentence(WHOLE, "words that are not in it") == WHOLE
    assert claim_sentence(None, "the evidence") == "the evidence"
    quote = ("\u201cNothing is decided.\u201d He paused. \u201cThe army will act wherever people "
             "are threatened,\u201d")
    assert claim_sentence(quote, "The army will act") == (
        "\u201cThe army will act wherever people are threatened,\u201d")


def test_a_sentence_cut_from_a_longer_quote_is_its_copy_but_a_stock_phrase_is_not():
    trimmed = "We will not leave the Orla valley to the mining company, not this year and not ever,"
    assert jaccard(shingles(WHOLE), shingles(trimmed)) < 0.546  # the whole quotes differ
    one, other = (EchoItem(claim_sentence(WHOLE, "We will not leave the Orla valley"), "k", "a1",
                           "AFP", "a1.txt", _day(0), _day(0)),
                  EchoItem(trimmed, "k", "a2", "Reuters", "a2.txt", _day(0), _day(0)))
    (echo,) = find_echoes([one, other])
    assert (echo.original, echo.copies) == (0, (1,))
    # containment: a text inside a longer one, unless it is too short to be told from a phrase
    shorter = "it would study the proposal before the summit in May"
    longer = ("the ministry said on Friday that it would study the proposal before the summit in May "
              "with its partners")
    assert jaccard(shingles(shorter), shingles(longer)) < 0.5
    assert containment(shingles(shorter), shingles(longer)) == 1.0
    assert containment(shingles("it would study"), shingles(longer)) == 0.0
    assert len(shingles("it would study")) < MIN_CONTAINED
    items = [EchoItem(shorter, "k", "a1", None, "a1.txt", _day(0), _day(0)),
             EchoItem(longer, "k", "a2", None, "a2.txt", _day(1), _day(1))]
    assert [(e.original, e.copies) for e in find_echoes(items)] == [(0, (1,))]
    assert find_echoes(items, contained=1.01) == []  # no containment: Jaccard alone is too low
