"""Claim stance and echoes on IBM Claim Stance (wirecoder.evaluation.claim_stance): loader, folds,
systems, scores, the report, and the floors on the real data
(../shared/data/stance/ibm_claim_stance_train.csv, CC BY-SA 3.0)."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest

from wirecoder.corpus.echoes import DEFAULT_THRESHOLD
from wirecoder.evaluation.claim_stance import (
    DEFAULT_PATH,
    Claim,
    add_parser,
    echo_pairs,
    echo_clusters,
    echo_results,
    gold_polarity_predictions,
    load_claims,
    majority_predictions,
    negation_predictions,
    polarity_predictions,
    ridge_fit,
    run_stance_eval,
    score_stance,
    topic_folds,
)
from wirecoder.evaluation.errors import EvaluationError

ROOT = Path(__file__).resolve().parents[2]
CLAIM_STANCE = (ROOT / DEFAULT_PATH).resolve()

HEADER = ["topicId", "split", "topicText", "topicTarget", "topicSentiment", "claims.claimId",
          "claims.stance", "claims.claimCorrectedText", "claims.claimOriginalText",
          "claims.claimSentiment", "claims.targetsRelation"]

GOOD = ["a benefit", "great gains", "it helps people", "a real benefit", "big gains for all"]
BAD = ["a harm", "awful losses", "it hurts people", "a real harm", "big losses for all"]


class PolarityEmbedder:
    """A stand-in for the model: axis 0 counts good words, axis 1 bad words, axis 2 a bias."""

    def encode(self, texts):
        out = np.zeros((len(texts), 3), dtype=np.float32)
        for i, t in enumerate(texts):
            words = t.lower().split()
            out[i, 0] = sum(w in ("benefit", "gains", "helps") for w in words)
            out[i, 1] = sum(w in ("harm", "losses", "hurts") for w in words)
            out[i, 2] = 0.5
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def _row(topic: int, sentiment: int, n: int, text: str, claim_sentiment: int, original: str | None = None):
    stance = "PRO" if sentiment * claim_sentiment > 0 else "CON"
    return [topic, "train", f"This house supports motion {topic}", f"motion {topic}", sentiment,
            f"{topic}{n:03d}", stance, text, original or text, claim_sentiment, 1]


def _fixture(path: Path) -> Path:
    rows = []
    for topic in range(1, 6):  # five topics, one per fold; topic 3 has a negative motion
        sentiment = -1 if topic == 3 else 1
        for n, text in enumerate(GOOD):
            rows.append(_row(topic, sentiment, n, f"{text} {topic}", 1,
                             original=f"{text} {topic} was said" if n == 0 else None))
        for n, text in enumerate(BAD):
            rows.append(_row(topic, sentiment, 10 + n, f"{text} {topic}", -1))
    rows.append([1, "train", "This house supports motion 1", "motion 1", 1, "1999", "CON",
                 "it does not matter", "it does not matter", "", ""])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


# ---------------------------------------------------------------------------------- loading


def test_load_claims(tmp_path):
    claims = load_claims(_fixture(tmp_path / "cs.csv"))
    assert len(claims) == 51
    first = claims[0]
    assert (first.topic_id, first.topic_sentiment, first.stance, first.claim_sentiment) == (1, 1, 1, 1)
    assert first.text == "a benefit 1" and first.original_text == "a benefit 1 was said"
    last = claims[-1]
    assert last.claim_sentiment is None and last.targets_relation is None and last.stance == -1


def test_load_claims_errors(tmp_path):
    with pytest.raises(EvaluationError, match="no such file.*--claim-stance"):
        load_claims(tmp_path / "missing.csv")
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="missing the columns"):
        load_claims(tmp_path / "other.csv")
    bad = _fixture(tmp_path / "bad.csv")
    bad.write_text(bad.read_text(encoding="utf-8").replace(",PRO,", ",MAYBE,", 1), encoding="utf-8")
    with pytest.raises(EvaluationError, match="neither PRO nor CON"):
        load_claims(bad)


def test_topic_folds_are_fixed_by_topic_id():
    claims = [Claim("c", t, "", "", 1, "x", "x", 1, 1, 1) for t in (990, 441, 603, 441, 1065, 442, 443)]
    # sorted topics: 441 442 443 603 990 1065 → folds 0 1 2 3 4 0
    assert topic_folds(claims).tolist() == [4, 0, 3, 0, 0, 1, 2]


# ---------------------------------------------------------------------------------- systems


def test_score_stance_by_hand():
    s = score_stance([1, 1, -1, -1], [1, -1, -1, -1], folds=np.array([0, 0, 1, 1]))
    assert s.accuracy == 0.75
    assert s.f1_pro == pytest.approx(2 / 3) and s.f1_con == pytest.approx(0.8)
    assert s.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)
    assert s.fold_accuracy == (0.5, 1.0)


def test_majority_and_negation_baselines(tmp_path):
    claims = load_claims(_fixture(tmp_path / "cs.csv"))
    folds = topic_folds(claims)
    majority = majority_predictions(claims, folds)
    # topic 1 holds the one extra CON: without it the tuning folds tie (PRO wins ties), with it CON leads
    assert (majority[folds == 0] == 1).all() and (majority[folds != 0] == -1).all()
    negation = negation_predictions(claims)
    assert negation[-1] == -1 and (negation[:-1] == 1).all()


def test_ridge_fit_separates_a_toy_problem():
    x = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]])
    w = ridge_fit(x, np.array([1.0, 1.0, -1.0, -1.0]), lam=0.1)
    assert (np.sign(np.hstack([x, np.ones((4, 1))]) @ w) == [1, 1, -1, -1]).all()


def test_polarity_composes_with_the_motion(tmp_path):
    claims = load_claims(_fixture(tmp_path / "cs.csv"))
    folds = topic_folds(claims)
    vectors = PolarityEmbedder().encode([c.text for c in claims])
    predicted = polarity_predictions(claims, vectors, folds)
    gold = np.array([c.stance for c in claims])
    assert (predicted[:-1] == gold[:-1]).all()  # topic 3's negative motion flips its claims
    assert (gold_polarity_predictions(claims)[:-1] == gold[:-1]).all()


def test_echo_pairs_and_results(tmp_path):
    claims = load_claims(_fixture(tmp_path / "cs.csv"))
    data = echo_pairs(claims, topic_folds(claims))
    assert int(data.labels.sum()) == 5  # one edited claim per topic
    original = data.texts.index("a benefit 1 was said")
    assert (data.texts.index("a benefit 1"), original) in [p for p, y in zip(data.pairs, data.labels) if y]
    results = echo_results(data, PolarityEmbedder().encode(data.texts))
    assert [r.method for r in results] == ["shingles", "embeddings"]
    shingles = results[0]
    assert shingles.scores.tp == 4  # the fixture's edits are short: Jaccard 0.44, so folds differ
    assert shingles.extra["default_threshold"] == DEFAULT_THRESHOLD
    # at the shipped default (tuned on real claims) none of the fixture's short edits is an echo
    assert shingles.extra["default"]["tp"] == 0 and shingles.extra["tuned_threshold"] < 0.45


def test_echo_clusters_run_the_product_detector_per_topic(tmp_path):
    claims = load_claims(_fixture(tmp_path / "cs.csv"))
    data = echo_pairs(claims, topic_folds(claims))
    a, b = data.texts.index("a benefit 1"), data.texts.index("a benefit 1 was said")
    # one topic: the edit is found; the same two texts told apart as two topics never pair
    assert echo_clusters(data, [a, b], [0, 0], 0.4) == {(min(a, b), max(a, b))}  # Jaccard 7/16
    assert echo_clusters(data, [a, b], [0, 1], 0.4) == set()
    assert echo_clusters(data, [a, b], [0, 0], 0.5) == set()


def test_run_stance_eval_on_the_fixture(tmp_path):
    path = _fixture(tmp_path / "cs.csv")
    out = io.StringIO()
    assert run_stance_eval(path, out=out, log=io.StringIO(), embedder_factory=PolarityEmbedder) == 0
    table = out.getvalue()
    for system in ("wirecoder", "majority", "negation", "gold-polarity"):
        assert f"\n{system:<15} " in table
    assert "echoes:" in table and "shingles" in table

    out = io.StringIO()
    run_stance_eval(path, ("majority", "negation"), echoes=False, as_json=True, out=out, log=io.StringIO())
    payload = json.loads(out.getvalue())
    assert set(payload["systems"]) == {"majority", "negation"} and payload["echoes"] == []


def test_add_parser_registers_the_stance_task():
    parser = argparse.ArgumentParser(prog="wirecoder eval")
    add_parser(parser.add_subparsers(dest="task"), "stance")
    args = parser.parse_args(["stance", "--systems", "wirecoder,majority", "--no-echoes"])
    assert args.systems == ("wirecoder", "majority") and args.echoes is False and callable(args.run)
    with pytest.raises(SystemExit):
        parser.parse_args(["stance", "--systems", "oracle"])


# ---------------------------------------------------------------------------------- real data

# Measured (5-fold CV by topic, all-MiniLM-L6-v2 int8): wirecoder accuracy 0.635, macro-F1 0.628;
# majority 0.602 / 0.376; negation 0.606 / 0.481; ceiling with gold claim sentiment 0.781 / 0.774.
# Echoes (find_echoes, character shingles): F1 0.899 cross-validated, 0.908 at the shipped default
# 0.546 (the threshold tuned on every fold); embeddings 0.652. Floors sit just under; never lower
# one without saying why in the change.


@pytest.fixture(scope="module")
def real_payload():
    out = io.StringIO()
    run_stance_eval(CLAIM_STANCE, as_json=True, out=out, log=io.StringIO())
    return json.loads(out.getvalue())


@pytest.mark.slow
def test_real_claim_stance_size(real_payload):
    assert real_payload["claims"] == 1039
    assert real_payload["systems"]["gold-polarity"]["accuracy"] == pytest.approx(0.781, abs=0.002)


@pytest.mark.slow
def test_wirecoder_stance_beats_the_lexical_baselines(real_payload):
    systems = real_payload["systems"]
    ours = systems["wirecoder"]
    for baseline in ("majority", "negation"):
        assert ours["accuracy"] > systems[baseline]["accuracy"]
        assert ours["macro_f1"] > systems[baseline]["macro_f1"] + 0.1
    assert ours["accuracy"] >= 0.62 and ours["macro_f1"] >= 0.61


@pytest.mark.slow
def test_shingle_echoes_beat_embeddings_on_claim_edits(real_payload):
    echoes = {r["method"]: r for r in real_payload["echoes"]}
    assert echoes["shingles"]["f1"] >= 0.89
    assert echoes["shingles"]["default"]["f1"] >= 0.90
    assert echoes["shingles"]["f1"] > echoes["embeddings"]["f1"]


@pytest.mark.slow
def test_the_shipped_echo_threshold_is_the_tuned_one(real_payload):
    (shingles,) = [r for r in real_payload["echoes"] if r["method"] == "shingles"]
    assert shingles["default_threshold"] == shingles["tuned_threshold"]
