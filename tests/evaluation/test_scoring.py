"""The quote scorer on hand-made cases."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirecoder.evaluation.scoring import (
    Counts,
    EvalQuote,
    Kind,
    QuoteScores,
    match_exact,
    match_overlap,
    normalize_content,
    normalize_name,
    score_document,
    token_f1,
)

D: Kind = "direct"
I: Kind = "indirect"
M: Kind = "mixed"


def q(content: str, kind: Kind = D, mention: str | None = None, name: str | None = None, ranges=()):
    return EvalQuote(kind, content, mention, name, tuple(ranges))


def test_token_f1():
    assert token_f1("We will win.", "“we WILL win”") == 1.0
    assert token_f1("a b c d", "a b") == 2 * (1 * 0.5) / 1.5
    assert token_f1("", "a") == 0.0
    assert token_f1("a", "b") == 0.0


def test_perfect_prediction():
    gold = [q("Serbia will never impose sanctions", I, "Vucic", "Aleksandar Vucic"),
            q("We want to remain neutral", D, "he", "Aleksandar Vucic")]
    s = score_document(gold, gold)
    assert (s.overlap.all, s.exact.all) == (Counts(2, 0, 0), Counts(2, 0, 0))
    assert s.overlap.all.f1 == s.overlap.all.precision == s.overlap.all.recall == 1.0
    assert s.speaker_mention.value == s.speaker_name.value == s.kind.value == 1.0


def test_overlap_threshold_is_half_token_f1():
    gold = [q("one two three four")]
    above = [q("one two three")]          # F1 = 6/7
    at = [q("one two five six")]          # F1 = 0.5: counts
    below = [q("one five six seven")]     # F1 = 0.25
    assert score_document(gold, above).overlap.all == Counts(1, 0, 0)
    assert score_document(gold, at).overlap.all == Counts(1, 0, 0)
    assert score_document(gold, below).overlap.all == Counts(0, 1, 1)


def test_exact_ignores_quote_marks_punctuation_and_spacing_only():
    gold = [q("Don’t force Serbia to give up its honor,")]
    assert score_document(gold, [q("“Don’t force Serbia to  give up its honor,”")]).exact.all.tp == 1
    near = score_document(gold, [q("“Don’t force Serbia to give up its honor, he said")])
    assert (near.overlap.all.tp, near.exact.all.tp) == (1, 0)
    assert near.exact.all == Counts(0, 1, 1)
    assert normalize_content(" «Yes.» ") == "Yes"


def test_matching_is_one_to_one_and_greedy_by_score():
    gold = [q("a b c d"), q("a b c d e f")]
    predicted = [q("a b c d e f")]
    assert match_overlap(gold, predicted)[0].gold == 1  # the better pair wins
    s = score_document(gold, predicted)
    assert s.overlap.all == Counts(1, 0, 1)
    two = [q("x y"), q("x y")]
    assert len(match_exact(two, [q("x y")])) == 1


def test_kinds_bucket_by_matched_gold_and_unmatched_prediction():
    gold = [q("alpha beta gamma", D), q("delta epsilon zeta", I), q("eta theta iota", M)]
    predicted = [
        q("alpha beta gamma", I),           # matches a direct gold: counts as direct
        q("eta theta iota", M),
        q("kappa lambda mu", I),            # unmatched: its own kind
    ]
    s = score_document(gold, predicted)
    assert s.overlap.direct == Counts(1, 0, 0)
    assert s.overlap.indirect == Counts(0, 1, 1)
    assert s.overlap.mixed == Counts(1, 0, 0)
    assert s.overlap.all == Counts(2, 1, 1)
    assert (s.kind.correct, s.kind.total) == (1, 2)


def test_speaker_mention_by_text():
    gold = [q("we will win the vote", mention="Serbian President Aleksandar Vucic")]
    right = score_document(gold, [q("we will win the vote", mention="President Aleksandar Vucic")])
    wrong = score_document(gold, [q("we will win the vote", mention="Vucic")])  # token F1 0.4
    none = score_document(gold, [q("we will win the vote")])
    assert right.speaker_mention.value == 1.0
    assert wrong.speaker_mention.value == 0.0
    assert none.speaker_mention.value == 0.0


def test_speaker_mention_by_overlapping_ranges():
    gold = [q("we will win", mention="Serbian President Aleksandar Vucic", ranges=[(10, 44)])]
    inside = score_document(gold, [q("we will win", mention="Vucic", ranges=[(39, 44)])])
    elsewhere = score_document(gold, [q("we will win", mention="Vucic", ranges=[(80, 85)])])
    assert inside.speaker_mention.value == 1.0
    assert elsewhere.speaker_mention.value == 0.0


def test_gold_without_mention_or_name_is_not_judged():
    s = score_document([q("we will win")], [q("we will win", mention="he", name="X")])
    assert s.speaker_mention.total == s.speaker_name.total == 0
    assert s.speaker_mention.value is None


def test_speaker_name_ignores_accents_and_case():
    gold = [q("we will win", name="Aleksandar Vučić")]
    assert score_document(gold, [q("we will win", name="aleksandar  vucic")]).speaker_name.value == 1.0
    assert score_document(gold, [q("we will win", name="Vucic")]).speaker_name.value == 0.0
    assert score_document(gold, [q("we will win")]).speaker_name.value == 0.0
    assert normalize_name("Vučić") == "vucic"


def test_nothing_to_score_gives_none_not_zero():
    s = score_document([], [])
    assert s.overlap.all.f1 is None and s.overlap.all.precision is None
    assert score_document([q("a b")], []).overlap.all.f1 == 0.0


def test_scores_add_up_and_serialise():
    a = score_document([q("a b c")], [q("a b c")])
    b = score_document([q("d e f", I)], [])
    total = a + b
    assert (total.documents, total.gold, total.predicted) == (2, 2, 1)
    assert total.overlap.all == Counts(1, 0, 1)
    d = total.to_dict()
    assert d["overlap"]["indirect"]["recall"] == 0.0
    assert d["speaker_mention"] == {"correct": 0, "total": 0, "value": None}
    assert QuoteScores() + total == total


words = st.lists(st.sampled_from(["we", "will", "never", "impose", "sanctions", "Russia"]), min_size=1, max_size=8)
quotes = st.builds(
    lambda w, k: EvalQuote(k, " ".join(w)), words, st.sampled_from([D, I, M])
)


@given(st.lists(quotes, max_size=6))
def test_gold_scored_against_itself_is_perfect(gold):
    s = score_document(gold, gold)
    assert s.overlap.all == s.exact.all == Counts(len(gold), 0, 0)


@given(words, words)
def test_token_f1_is_symmetric_and_bounded(a, b):
    x, y = " ".join(a), " ".join(b)
    assert token_f1(x, y) == token_f1(y, x)
    assert 0.0 < token_f1(x, x) == 1.0 and 0.0 <= token_f1(x, y) <= 1.0
