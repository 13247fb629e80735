"""``wirecoder eval stance``: claim stance on IBM Claim Stance, and echo detection on its claim edits.

IBM Debater Claim Stance (CC BY-SA 3.0; ``../shared/data/stance/ibm_claim_stance_train.csv``): Wikipedia
claims labelled PRO or CON toward a debate motion ("This house would unleash the free market").
Only the official train split (25 topics, 1,039 claims) is here, so it is cross-validated by topic:
topics sorted by numeric id, topic number ``n`` (0-based) in fold ``n % 5``; each fold is predicted by
a model tuned on the four others, and the scores pool all 1,039 predictions. No topic is ever both
tuned on and tested.

The dataset decomposes stance (Bar-Haim et al., EACL 2017): stance = the motion's sentiment toward
its target (``topicSentiment``, e.g. -1 for "would abolish congressional earmarks") × the claim's
sentiment toward its own target (``claims.claimSentiment``) × whether the two targets are consistent
or contrastive (``claims.targetsRelation``). The product equals the gold stance for 968 of the 974
claims that carry the fine-grained fields.

Systems, all in one run over the same claims:

- ``wirecoder``: the claim's polarity × ``topicSentiment``, the targets' relation taken as consistent
  (it is for 80 % of the claims). Polarity: a ridge classifier (lambda 1, fixed) on the claim's
  sentence vector (:class:`wirecoder.corpus.embeddings.Embedder`), trained on ``claims.claimSentiment`` of
  the tuning folds. Reads ``claims.claimCorrectedText`` and ``topicSentiment`` at prediction time;
  ``claims.claimSentiment`` of tuning topics only to train. It does not read the gold claim target
  spans, ``targetsRelation`` or the stance of test topics.
- ``majority``: the majority stance of the tuning folds (PRO in every fold).
- ``negation``: PRO unless the claim holds an odd number of negation words (not, no, never, n't, ...).
- ``gold-polarity`` (a ceiling, not a system): gold ``claims.claimSentiment`` × ``topicSentiment``, what
  the ``wirecoder`` composition reaches with a perfect polarity classifier.

Reported: accuracy and macro-F1 over PRO/CON, and the accuracy range over the five folds.

Echoes (:func:`wirecoder.corpus.keymatch.near_duplicates`): 265 claims were lightly edited by the annotators
(``claimOriginalText`` → ``claimCorrectedText``: tense, a dropped clause, a resolved pronoun), like a
quote retold by another outlet. Within each topic every pair among the corrected texts and the
differing originals is a candidate; the pairs (original, its correction) are the echoes, all other
pairs are not (identical texts are skipped). Word-shingle Jaccard and embedding cosine get a threshold
each, tuned for F1 on the other folds, as above.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence, TextIO

import numpy as np

from ..corpus.keymatch import jaccard, near_duplicates, polarity, shingles
from .argkp import BinaryScores, score_binary, tune_threshold
from .errors import EvaluationError
from .options import name_list

__all__ = [
    "Claim",
    "DEFAULT_PATH",
    "EchoPairs",
    "EchoResult",
    "FOLDS",
    "StanceScores",
    "add_parser",
    "echo_pairs",
    "echo_results",
    "gold_polarity_predictions",
    "load_claims",
    "majority_predictions",
    "negation_predictions",
    "polarity_predictions",
    "render_stance_table",
    "ridge_fit",
    "run",
    "run_stance_eval",
    "score_stance",
    "topic_folds",
]

CLAIM_STANCE_ENV = "WIRECODER_CLAIM_STANCE"
DEFAULT_PATH = Path("../shared/data/stance/ibm_claim_stance_train.csv")
FOLDS = 5
RIDGE_LAMBDA = 1.0
SYSTEMS = ("wirecoder", "majority", "negation", "gold-polarity")
_COLUMNS = ("topicId", "topicText", "topicTarget", "topicSentiment", "claims.claimId", "claims.stance",
            "claims.claimCorrectedText", "claims.claimOriginalText", "claims.claimSentiment",
            "claims.targetsRelation")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|neither|nothing|nobody|nowhere|cannot|without)\b"
                       r"|n['’]t\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Claim:
    claim_id: str
    topic_id: int
    topic: str
    topic_target: str
    topic_sentiment: int  # +1 / -1: the motion toward its target
    text: str  # claims.claimCorrectedText
    original_text: str  # claims.claimOriginalText, as in the Wikipedia article
    stance: int  # +1 PRO / -1 CON
    claim_sentiment: int | None  # +1 / -1 toward the claim's target; None when not annotated
    targets_relation: int | None  # +1 consistent / -1 contrastive; None when not annotated


def _optional_sign(value: str) -> int | None:
    return int(value) if value.strip() else None


def load_claims(path: Path | None = None) -> list[Claim]:
    """The claims of the Claim Stance CSV (default ``$WIRECODER_CLAIM_STANCE`` or ``DEFAULT_PATH``)."""
    path = Path(path or os.environ.get(CLAIM_STANCE_ENV) or DEFAULT_PATH)
    if not path.is_file():
        raise EvaluationError(f"{path}: no such file; give the IBM Claim Stance CSV with "
                              f"--claim-stance or ${CLAIM_STANCE_ENV}")
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (UnicodeDecodeError, csv.Error) as err:
        raise EvaluationError(f"{path}: not a UTF-8 CSV file ({err}); give the IBM Claim Stance "
                              f"CSV with --claim-stance or ${CLAIM_STANCE_ENV}") from None
    missing = [c for c in _COLUMNS if rows and c not in rows[0]]
    if not rows or missing:
        raise EvaluationError(f"{path}: missing the columns {', '.join(missing) or 'all'}; "
                              "is this the (repaired) Claim Stance CSV?")
    claims = []
    for n, r in enumerate(rows, start=2):
        if r["claims.stance"] not in ("PRO", "CON"):
            raise EvaluationError(f"{path}:{n}: stance {r['claims.stance']!r} is neither PRO nor CON")
        try:
            topic, sentiment = int(r["topicId"]), int(r["topicSentiment"])
            claim_sentiment = _optional_sign(r["claims.claimSentiment"])
            relation = _optional_sign(r["claims.targetsRelation"])
        except (TypeError, ValueError):
            raise EvaluationError(f"{path}:{n}: a number column holds something else; "
                                  "is this the (repaired) Claim Stance CSV?") from None
        claims.append(Claim(r["claims.claimId"], topic, r["topicText"], r["topicTarget"],
                            sentiment, r["claims.claimCorrectedText"],
                            r["claims.claimOriginalText"], 1 if r["claims.stance"] == "PRO" else -1,
                            claim_sentiment, relation))
    return claims


def topic_folds(claims: Sequence[Claim], k: int = FOLDS) -> np.ndarray:
    """The fold of each claim: topics sorted by id, the n-th (0-based) in fold ``n % k``."""
    rank = {t: n for n, t in enumerate(sorted({c.topic_id for c in claims}))}
    return np.array([rank[c.topic_id] % k for c in claims])


# ---------------------------------------------------------------------------------- systems


def majority_predictions(claims: Sequence[Claim], folds: np.ndarray) -> np.ndarray:
    out = np.zeros(len(claims), dtype=int)
    stance = np.array([c.stance for c in claims])
    for f in np.unique(folds):
        tune = stance[folds != f]
        out[folds == f] = 1 if (tune == 1).sum() >= (tune == -1).sum() else -1
    return out


def negation_predictions(claims: Sequence[Claim]) -> np.ndarray:
    return np.array([-1 if len(_NEGATION.findall(c.text)) % 2 else 1 for c in claims])


def ridge_fit(x: np.ndarray, y: np.ndarray, lam: float = RIDGE_LAMBDA) -> np.ndarray:
    """Weights (last one the bias, not penalised) of ridge regression of ``y`` (+1/-1) on ``x``."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    penalty = lam * np.eye(xb.shape[1])
    penalty[-1, -1] = 0.0
    return np.linalg.solve(xb.T @ xb + penalty, xb.T @ y)


def polarity_predictions(claims: Sequence[Claim], vectors: np.ndarray, folds: np.ndarray,
                         lam: float = RIDGE_LAMBDA) -> np.ndarray:
    """Stance = (claim polarity from a ridge classifier on ``vectors``) × ``topicSentiment``; each fold
    by a classifier trained on the annotated ``claimSentiment`` of the other folds."""
    out = np.zeros(len(claims), dtype=int)
    sentiment = np.array([c.claim_sentiment or 0 for c in claims])
    motion = np.array([c.topic_sentiment for c in claims])
    for f in np.unique(folds):
        tune = (folds != f) & (sentiment != 0)
        test = folds == f
        w = ridge_fit(vectors[tune], sentiment[tune].astype(float), lam)
        score = np.hstack([vectors[test], np.ones((int(test.sum()), 1))]) @ w
        out[test] = np.where(score >= 0, 1, -1) * motion[test]
    return out


def gold_polarity_predictions(claims: Sequence[Claim]) -> np.ndarray:
    return np.array([(c.claim_sentiment or 1) * c.topic_sentiment for c in claims])


# ---------------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class StanceScores:
    n: int
    correct: int
    f1_pro: float
    f1_con: float
    fold_accuracy: tuple[float, ...] = ()

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def macro_f1(self) -> float:
        return (self.f1_pro + self.f1_con) / 2

    def to_dict(self) -> dict:
        return {"claims": self.n, "correct": self.correct, "accuracy": self.accuracy,
                "macro_f1": self.macro_f1, "f1_pro": self.f1_pro, "f1_con": self.f1_con,
                "fold_accuracy": list(self.fold_accuracy)}


def score_stance(gold: Sequence[int], predicted: Sequence[int], folds: np.ndarray | None = None) -> StanceScores:
    """Accuracy and per-class F1 of +1/-1 predictions (macro-F1 their mean)."""
    y, p = np.asarray(gold), np.asarray(predicted)

    def f1(label: int) -> float:
        tp = int(((p == label) & (y == label)).sum())
        denominator = int((p == label).sum()) + int((y == label).sum())
        return 2 * tp / denominator if denominator else 0.0

    per_fold: tuple[float, ...] = ()
    if folds is not None:
        per_fold = tuple(float((p[folds == f] == y[folds == f]).mean()) for f in np.unique(folds))
    return StanceScores(len(y), int((p == y).sum()), f1(1), f1(-1), per_fold)


# ---------------------------------------------------------------------------------- echoes


@dataclass(frozen=True, slots=True)
class EchoPairs:
    """Candidate pairs (indices into ``texts``), their label (1: an edit of the same claim) and fold."""

    texts: list[str]
    pairs: list[tuple[int, int]]
    labels: np.ndarray
    folds: np.ndarray


def echo_pairs(claims: Sequence[Claim], folds: np.ndarray) -> EchoPairs:
    """Within each topic, every pair among the corrected texts and the differing originals."""
    texts: list[str] = []
    pairs: list[tuple[int, int]] = []
    labels: list[int] = []
    pair_folds: list[int] = []
    by_topic: dict[int, list[int]] = {}
    for n, c in enumerate(claims):
        by_topic.setdefault(c.topic_id, []).append(n)
    for topic in sorted(by_topic):
        members: list[tuple[int, int]] = []  # (text index, claim index)
        for n in by_topic[topic]:
            texts.append(claims[n].text)
            members.append((len(texts) - 1, n))
            if claims[n].original_text.strip() != claims[n].text.strip():
                texts.append(claims[n].original_text)
                members.append((len(texts) - 1, n))
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                (ta, ca), (tb, cb) = members[a], members[b]
                if texts[ta].strip().lower() == texts[tb].strip().lower():
                    continue
                pairs.append((ta, tb))
                labels.append(int(ca == cb))
                pair_folds.append(int(folds[ca]))
    return EchoPairs(texts, pairs, np.array(labels), np.array(pair_folds))


@dataclass(frozen=True, slots=True)
class EchoResult:
    method: str
    scores: BinaryScores
    thresholds: tuple[float, ...]
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"method": self.method, **self.scores.to_dict(), "thresholds": list(self.thresholds),
                **self.extra}


def _cross_validated(scores: np.ndarray, labels: np.ndarray, folds: np.ndarray) -> tuple[np.ndarray, tuple[float, ...]]:
    predicted = np.zeros(len(scores), dtype=bool)
    thresholds = []
    for f in np.unique(folds):
        t = tune_threshold(scores[folds != f], labels[folds != f])
        thresholds.append(round(t, 3))
        predicted[folds == f] = scores[folds == f] >= t
    return predicted, tuple(thresholds)


def echo_results(data: EchoPairs, vectors: np.ndarray | None) -> list[EchoResult]:
    """Shingle Jaccard (exact, and what :func:`near_duplicates`' LSH finds at the tuned
    thresholds) and, given ``vectors`` for ``data.texts``, embedding cosine."""
    sets = [shingles(t) for t in data.texts]
    pol = [polarity(t) for t in data.texts]
    jac = np.array([jaccard(sets[a], sets[b]) if pol[a] == pol[b] else 0.0 for a, b in data.pairs])
    predicted, thresholds = _cross_validated(jac, data.labels, data.folds)
    # LSH recall: the share of the pairs exact Jaccard accepts that near_duplicates() also returns
    found = set()
    index = {p: n for n, p in enumerate(data.pairs)}
    for f, t in zip(np.unique(data.folds), thresholds):
        members = sorted({i for (a, b), pf in zip(data.pairs, data.folds) if pf == f for i in (a, b)})
        for i, j, _ in near_duplicates([data.texts[m] for m in members], threshold=max(t, 1e-6)):
            pair = (members[i], members[j])
            if pair in index and data.folds[index[pair]] == f:
                found.add(index[pair])
    accepted = set(np.flatnonzero(predicted).tolist())
    lsh_recall = len(accepted & found) / len(accepted) if accepted else 1.0
    results = [EchoResult("shingles", score_binary(data.labels, predicted), thresholds,
                          {"lsh_recall": lsh_recall})]
    if vectors is not None:
        cos = np.array([float(vectors[a] @ vectors[b]) if pol[a] == pol[b] else -1.0 for a, b in data.pairs])
        predicted, thresholds = _cross_validated(cos, data.labels, data.folds)
        results.append(EchoResult("embeddings", score_binary(data.labels, predicted), thresholds))
    return results


# ---------------------------------------------------------------------------------- run


def _num(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def render_stance_table(claims: Sequence[Claim], results: dict[str, StanceScores],
                        echoes: Sequence[EchoResult], data: EchoPairs | None) -> str:
    counts = Counter(c.stance for c in claims)
    lines = [(f"stance on IBM Claim Stance (train split): {len(claims)} claims, "
              f"{len({c.topic_id for c in claims})} topics ({counts[1]} PRO / {counts[-1]} CON), "
              f"{FOLDS}-fold cross-validation by topic"),
             "system          accuracy  macro-F1  F1 PRO  F1 CON  fold accuracy (min-max)"]
    for name, s in results.items():
        folds = f"{min(s.fold_accuracy):.3f}-{max(s.fold_accuracy):.3f}" if s.fold_accuracy else ""
        note = "  (ceiling, reads gold claim sentiment)" if name == "gold-polarity" else ""
        lines.append(f"{name:<15} {s.accuracy:8.3f}  {s.macro_f1:8.3f}  {s.f1_pro:6.3f}  {s.f1_con:6.3f}  "
                     f"{folds}{note}")
    if data is not None:
        lines.append(f"echoes: {len(data.pairs)} candidate pairs within topics, {int(data.labels.sum())} "
                     "(original, corrected) claim pairs; thresholds tuned on the other folds")
        lines.append("method      P      R      F1     thresholds per fold")
        for r in echoes:
            extra = f"  (LSH finds {r.extra['lsh_recall']:.3f} of the exact matches)" if "lsh_recall" in r.extra else ""
            lines.append(f"{r.method:<11} {_num(r.scores.precision)}  {_num(r.scores.recall)}  "
                         f"{r.scores.f1:.3f}  {', '.join(f'{t:.3f}' for t in r.thresholds)}{extra}")
    return "\n".join(lines) + "\n"


def run_stance_eval(path: Path | None = None, systems: Sequence[str] = SYSTEMS, *, echoes: bool = True,
                    as_json: bool = False, embedder_factory: Callable[[], Any] | None = None,
                    out: TextIO = sys.stdout, log: TextIO = sys.stderr) -> int:
    """Score ``systems`` (and echo detection) on Claim Stance; a table (or JSON) to ``out``."""
    claims = load_claims(path)
    folds = topic_folds(claims)
    gold = [c.stance for c in claims]
    embedder: Any = None
    if "wirecoder" in systems or echoes:
        began = time.perf_counter()
        if embedder_factory is None:
            from ..corpus.embeddings import Embedder
            embedder = Embedder()
        else:
            embedder = embedder_factory()
        print(f"wirecoder eval stance: embedder loaded in {time.perf_counter() - began:.1f} s", file=log)
    data = echo_pairs(claims, folds) if echoes else None
    vectors = None
    if embedder is not None:
        began = time.perf_counter()
        texts = data.texts if data is not None else [c.text for c in claims]
        vectors = np.asarray(embedder.encode(texts))
        print(f"wirecoder eval stance: {len(texts)} texts embedded in {time.perf_counter() - began:.1f} s",
              file=log)
    results: dict[str, StanceScores] = {}
    for name in systems:
        if name == "wirecoder":
            assert vectors is not None
            if data is not None:  # the corrected text of each claim, in claim order
                at = {t: n for n, t in enumerate(data.texts)}
                claim_vectors = vectors[[at[c.text] for c in claims]]
            else:
                claim_vectors = vectors
            predicted = polarity_predictions(claims, claim_vectors, folds)
        elif name == "majority":
            predicted = majority_predictions(claims, folds)
        elif name == "negation":
            predicted = negation_predictions(claims)
        else:
            predicted = gold_polarity_predictions(claims)
        results[name] = score_stance(gold, predicted, folds)
    echo = echo_results(data, vectors) if data is not None else []
    if as_json:
        out.write(json.dumps({"dataset": "ibm_claim_stance_train", "claims": len(claims), "folds": FOLDS,
                              "systems": {n: s.to_dict() for n, s in results.items()},
                              "echoes": [r.to_dict() for r in echo]}) + "\n")
    else:
        out.write(render_stance_table(claims, results, echo, data))
    return 0


# ---------------------------------------------------------------------------------- CLI

HELP = "score claim stance (PRO/CON) on IBM Claim Stance, and echo detection on its claim edits"




def add_parser(sub: argparse._SubParsersAction, name: str = "stance") -> argparse.ArgumentParser:
    """Add the ``stance`` task to the sub-commands of ``wirecoder eval``."""
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + f". {FOLDS}-fold cross-validation by topic over the train split (topic n "
        f"in fold n % {FOLDS}); the wirecoder system composes an embedding polarity classifier "
        "with the motion's sentiment. Messages go to stderr.")
    parser.add_argument("--claim-stance", type=Path, metavar="CSV",
                        help=f"the Claim Stance CSV; default ${CLAIM_STANCE_ENV} or {DEFAULT_PATH}")
    parser.add_argument("--systems", type=name_list(SYSTEMS, "system"), default=SYSTEMS, metavar="LIST",
                        help=f"comma-separated systems (default {','.join(SYSTEMS)})")
    parser.add_argument("--no-echoes", dest="echoes", action="store_false",
                        help="skip the echo-detection measurement")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    return run_stance_eval(args.claim_stance, args.systems, echoes=args.echoes, as_json=args.json)
