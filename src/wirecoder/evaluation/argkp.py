"""``wirecoder eval keys``: claim matching on IBM ArgKP, sentence embeddings against lexical baselines.

IBM ArgKP-2021 (CDLA-Sharing-1.0; ``../shared/data/stance/argkp_train_dev/``) pairs crowd-written
arguments with the key points of the same debate topic and stance, labelled 1 when the argument
expresses the key point. Every labelled pair of the dev split (4 topics, 3,458 pairs) is scored by
every method in one run; thresholds are tuned on the train split only (24 other topics).

Methods (a score per pair, higher = more alike):

- ``embeddings``: cosine of the all-MiniLM-L6-v2 vectors (:class:`wirecoder.corpus.embeddings.Embedder`),
  the score :class:`wirecoder.corpus.keymatch.KeyMatcher` merges keys by;
- ``jaccard``: Jaccard of the two texts' lower-cased content-word sets (stop words dropped);
- ``tfidf``: cosine of sublinear TF-IDF vectors of the same words, IDF from the train split.

Decision rules, each with its own threshold tuned for F1 on train:

- ``pair``: a match when the score is >= t (what merging two keys does);
- ``best``: a match when the key point is the argument's best-scoring one and the score is >= t
  (what assigning each statement one key does, as in the 2021 shared task).

Reported on dev: precision, recall, F1 and accuracy, and for ``pair`` the average precision (AP,
threshold-free).

Key merging (:class:`wirecoder.corpus.keymatch.KeyMatcher`): the key points of one topic are distinct
propositions by construction, and those of opposite stance are often direct opposites ("Urbanization
benefits the environment" / "Urbanization harms the environment", cosine 0.91). Every key point of
train and dev is given to the matcher as its own key, topic by topic; every merge is a false merge.
Reported: merged pairs, and those of opposite stance, with the compatibility rules and with
embeddings alone, at the matcher's threshold. Caveat: crowd arguments on debate motions, not news quotes; "expresses the key
point" is looser than "says the same thing".
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence, TextIO

import numpy as np

from .errors import EvaluationError
from .options import name_list
from .scoring import PrecisionRecall

__all__ = [
    "ArgKPPair",
    "BinaryScores",
    "DEFAULT_ROOT",
    "KeyResult",
    "MergeAudit",
    "TfidfScorer",
    "add_parser",
    "average_precision",
    "best_per_argument",
    "content_words",
    "embedding_scores",
    "jaccard_scores",
    "key_scorers",
    "load_argkp",
    "load_key_points",
    "merge_audit",
    "render_keys_table",
    "run",
    "run_key_eval",
    "score_binary",
    "tune_threshold",
]

ARGKP_ENV = "WIRECODER_ARGKP"
DEFAULT_ROOT = Path("../shared/data/stance/argkp_train_dev")
METHODS = ("embeddings", "jaccard", "tfidf")
RULES = ("pair", "best")

_STOP = frozenset("""a an the of to and or but in on at for with by from as is are was were be been being
it its this that these those there their they them we our you your he she his her i me my do does did
not no so if than then too very can could would should will shall may might must have has had just
also more most all any some such into about""".split())


@dataclass(frozen=True, slots=True)
class ArgKPPair:
    arg_id: str
    kp_id: str
    argument: str
    key_point: str
    topic: str
    stance: int
    label: int


def read_csv(path: Path, columns: Sequence[str], *, absent: str, wrong: str) -> list[dict[str, str]]:
    """The rows of a data set's CSV file, which must hold ``columns``; an
    :class:`EvaluationError` naming the file, then ``absent`` (what to give) when it is missing or
    ``wrong`` (what it should be) when a column is."""
    if not path.is_file():
        raise EvaluationError(f"{path}: no such file; {absent}")
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (UnicodeDecodeError, csv.Error) as err:
        raise EvaluationError(f"{path}: not a UTF-8 CSV file ({err}); {absent}") from None
    missing = [c for c in columns if rows and c not in rows[0]]
    if not rows or missing:
        raise EvaluationError(f"{path}: missing the columns {', '.join(missing) or 'all'}; {wrong}")
    return rows


def _read_csv(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    return read_csv(path, columns, absent=f"give the ArgKP folder (holding arguments_train.csv ...) "
                    f"with --argkp or ${ARGKP_ENV}", wrong="is this an ArgKP file?")


def load_argkp(root: Path | None = None, split: str = "dev") -> list[ArgKPPair]:
    """The labelled (argument, key point) pairs of ``split`` ("train" or "dev"), in file order."""
    root = Path(root or os.environ.get(ARGKP_ENV) or DEFAULT_ROOT)
    args = {r["arg_id"]: r for r in _read_csv(root / f"arguments_{split}.csv",
                                               ("arg_id", "argument", "topic", "stance"))}
    kps = {r["key_point_id"]: r for r in _read_csv(root / f"key_points_{split}.csv",
                                                    ("key_point_id", "key_point", "topic", "stance"))}
    pairs = []
    for r in _read_csv(root / f"labels_{split}.csv", ("arg_id", "key_point_id", "label")):
        a, k = args.get(r["arg_id"]), kps.get(r["key_point_id"])
        if a is None or k is None:
            raise EvaluationError(f"{root / f'labels_{split}.csv'}: pair {r['arg_id']}/"
                                  f"{r['key_point_id']} names an unknown argument or key point")
        pairs.append(ArgKPPair(r["arg_id"], r["key_point_id"], a["argument"], k["key_point"],
                               a["topic"], int(a["stance"]), int(r["label"])))
    return pairs


# ---------------------------------------------------------------------------------- scorers


def content_words(text: str) -> list[str]:
    """Lower-cased words without stop words (the lexical baselines' tokens)."""
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP]


def jaccard_scores(pairs: Sequence[ArgKPPair]) -> np.ndarray:
    out = np.zeros(len(pairs))
    for i, p in enumerate(pairs):
        a, b = set(content_words(p.argument)), set(content_words(p.key_point))
        out[i] = len(a & b) / len(a | b) if a | b else 0.0
    return out


class TfidfScorer:
    """Cosine of sublinear TF-IDF vectors; IDF (smoothed) from the texts it is fitted on."""

    def __init__(self, texts: Sequence[str]) -> None:
        docs = [set(content_words(t)) for t in texts]
        df = Counter(w for d in docs for w in d)
        self._n = len(docs)
        self._idf = {w: math.log((1 + self._n) / (1 + n)) + 1 for w, n in df.items()}

    def vector(self, text: str) -> dict[str, float]:
        idf_unseen = math.log(1 + self._n) + 1
        v = {w: (1 + math.log(n)) * self._idf.get(w, idf_unseen)
             for w, n in Counter(content_words(text)).items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    def scores(self, pairs: Sequence[ArgKPPair]) -> np.ndarray:
        cache: dict[str, dict[str, float]] = {}

        def vec(text: str) -> dict[str, float]:
            if text not in cache:
                cache[text] = self.vector(text)
            return cache[text]

        out = np.zeros(len(pairs))
        for i, p in enumerate(pairs):
            a, b = vec(p.argument), vec(p.key_point)
            out[i] = sum(x * b.get(w, 0.0) for w, x in a.items())
        return out


def embedding_scores(pairs: Sequence[ArgKPPair], embedder) -> np.ndarray:
    """Cosine of the argument's and the key point's sentence vectors (each text encoded once)."""
    texts = list(dict.fromkeys([p.argument for p in pairs] + [p.key_point for p in pairs]))
    index = {t: i for i, t in enumerate(texts)}
    vectors = np.asarray(embedder.encode(texts))
    a = vectors[[index[p.argument] for p in pairs]]
    b = vectors[[index[p.key_point] for p in pairs]]
    return np.einsum("ij,ij->i", a, b)


def best_per_argument(pairs: Sequence[ArgKPPair], scores: np.ndarray) -> np.ndarray:
    """``scores`` where the key point is its argument's best-scoring one, -inf elsewhere."""
    best: dict[str, float] = {}
    for p, s in zip(pairs, scores):
        best[p.arg_id] = max(best.get(p.arg_id, -math.inf), float(s))
    return np.array([s if s >= best[p.arg_id] else -math.inf for p, s in zip(pairs, scores)])


# ---------------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class BinaryScores(PrecisionRecall):
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1, "accuracy": self.accuracy}


def score_binary(labels: Sequence[int], predicted: Sequence[bool]) -> BinaryScores:
    y = np.asarray(labels) == 1
    p = np.asarray(predicted, dtype=bool)
    return BinaryScores(int((p & y).sum()), int((p & ~y).sum()), int((~p & y).sum()), int((~p & ~y).sum()))


def tune_threshold(scores: np.ndarray, labels: Sequence[int]) -> float:
    """The threshold t maximising F1 of ``score >= t`` (ties: the higher t); the midpoint to the next
    lower score, so that an unseen score equal to a tuned one is not on a knife edge."""
    scores = np.asarray(scores, dtype=float)
    y = np.asarray(labels) == 1
    finite = np.isfinite(scores)
    values = np.unique(scores[finite])[::-1]  # descending
    if not len(values) or not y.any():
        return math.inf
    order = np.argsort(-np.where(finite, scores, -np.inf), kind="stable")
    sorted_scores, sorted_y = scores[order], y[order]
    tp = np.cumsum(sorted_y)
    predicted = np.arange(1, len(sorted_y) + 1)
    # the last index of each distinct finite score: predicting every score >= it
    last = np.searchsorted(-sorted_scores[np.isfinite(sorted_scores)], -values, side="right") - 1
    f1 = 2 * tp[last] / (predicted[last] + y.sum())
    k = int(np.argmax(f1))
    lower = values[k + 1] if k + 1 < len(values) else values[k] - 1.0
    return float((values[k] + lower) / 2)


def average_precision(scores: np.ndarray, labels: Sequence[int]) -> float:
    """Average precision of the ranking by ``scores`` (non-interpolated, as scikit-learn's)."""
    y = np.asarray(labels) == 1
    if not y.any():
        return 0.0
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    hits = y[order]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float(precision[hits].sum() / y.sum())


# ---------------------------------------------------------------------------------- merging


@dataclass(frozen=True, slots=True)
class MergeAudit:
    """False merges among distinct key points of the same topic, by :class:`KeyMatcher`."""

    threshold: float
    pairs: int  # key-point pairs within a topic
    opposite_pairs: int  # of which of opposite stance
    merged: int  # with the compatibility rules
    merged_opposite: int
    merged_embeddings_only: int  # every pair compatible
    merged_opposite_embeddings_only: int

    def to_dict(self) -> dict:
        return {f: getattr(self, f) for f in self.__slots__}


def load_key_points(root: Path | None = None, splits: Sequence[str] = ("train", "dev")) -> list[dict[str, str]]:
    root = Path(root or os.environ.get(ARGKP_ENV) or DEFAULT_ROOT)
    rows: list[dict[str, str]] = []
    for split in splits:
        rows.extend(_read_csv(root / f"key_points_{split}.csv", ("key_point_id", "key_point", "topic", "stance")))
    return rows


def merge_audit(key_points: Sequence[dict[str, str]], embedder, threshold: float | None = None) -> MergeAudit:
    """Run :class:`KeyMatcher` over each topic's key points (each its own key) and count merges."""
    from ..corpus.keymatch import KeyMatcher

    class EmbeddingsOnly(KeyMatcher):
        def compatible(self, a, b, texts_a=(), texts_b=()) -> bool:
            return True

    t = KeyMatcher(None).threshold if threshold is None else threshold
    matchers = (KeyMatcher(embedder, t), EmbeddingsOnly(embedder, t))
    by_topic: dict[str, list[dict[str, str]]] = {}
    for row in key_points:
        by_topic.setdefault(row["topic"], []).append(row)
    pairs = opposite = 0
    merged = [0, 0]
    merged_opposite = [0, 0]
    for topic in sorted(by_topic):
        rows = by_topic[topic]
        keys = [(r["key_point_id"], r["key_point"]) for r in rows]
        canon = [m.canonical(keys) for m in matchers]
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                a, b = rows[i], rows[j]
                opp = a["stance"] != b["stance"]
                pairs += 1
                opposite += opp
                for n, c in enumerate(canon):
                    if c[a["key_point_id"]] == c[b["key_point_id"]]:
                        merged[n] += 1
                        merged_opposite[n] += opp
    return MergeAudit(matchers[0].threshold, pairs, opposite, merged[0], merged_opposite[0],
                      merged[1], merged_opposite[1])


# ---------------------------------------------------------------------------------- run


@dataclass(frozen=True, slots=True)
class KeyResult:
    method: str
    rule: str
    threshold: float
    train_f1: float
    dev: BinaryScores
    dev_ap: float | None

    def to_dict(self) -> dict:
        return {"method": self.method, "rule": self.rule, "threshold": self.threshold,
                "train_f1": self.train_f1, "dev": self.dev.to_dict(), "dev_ap": self.dev_ap}


def _evaluate(method: str, train: Sequence[ArgKPPair], dev: Sequence[ArgKPPair],
              train_scores: np.ndarray, dev_scores: np.ndarray) -> list[KeyResult]:
    results = []
    y_train, y_dev = [p.label for p in train], [p.label for p in dev]
    for rule in RULES:
        tr, dv = train_scores, dev_scores
        if rule == "best":
            tr, dv = best_per_argument(train, tr), best_per_argument(dev, dv)
        t = tune_threshold(tr, y_train)
        results.append(KeyResult(method, rule, t, score_binary(y_train, tr >= t).f1,
                                 score_binary(y_dev, dv >= t),
                                 average_precision(dv, y_dev) if rule == "pair" else None))
    return results


def key_scorers(train: Sequence[ArgKPPair], embedder_factory: Callable[[], Any] | None = None
                ) -> dict[str, Callable[[Sequence[ArgKPPair]], np.ndarray]]:
    """Scorer per method; TF-IDF is fitted on the train texts, the embedder built on first use."""
    tfidf = TfidfScorer(list(dict.fromkeys([p.argument for p in train] + [p.key_point for p in train])))
    holder: dict[str, Any] = {}

    def embed(pairs: Sequence[ArgKPPair]) -> np.ndarray:
        if "e" not in holder:
            if embedder_factory is None:
                from ..corpus.embeddings import Embedder
                holder["e"] = Embedder()
            else:
                holder["e"] = embedder_factory()
        return embedding_scores(pairs, holder["e"]) if pairs else np.zeros(0)

    def embedder() -> Any:
        embed([])
        return holder["e"]

    embed.embedder = embedder  # type: ignore[attr-defined]
    return {"embeddings": embed, "jaccard": jaccard_scores, "tfidf": tfidf.scores}


def _num(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def render_keys_table(n_train: int, dev: Sequence[ArgKPPair], results: Sequence[KeyResult],
                      audit: MergeAudit | None = None) -> str:
    positives = sum(p.label for p in dev)
    lines = [(f"claim matching on ArgKP dev: {len(dev)} labelled pairs ({positives} matches) over "
              f"{len({p.topic for p in dev})} topics; thresholds tuned on train ({n_train} pairs)"),
             "method      rule   threshold  P      R      F1     acc    AP     (tp/fp/fn/tn)"]
    for r in results:
        d = r.dev
        lines.append(f"{r.method:<11} {r.rule:<6} {r.threshold:9.3f}  {_num(d.precision)}  "
                     f"{_num(d.recall)}  {d.f1:.3f}  {d.accuracy:.3f}  {_num(r.dev_ap)}  "
                     f"({d.tp}/{d.fp}/{d.fn}/{d.tn})")
    if audit is not None:
        lines.append(f"key merging at cosine >= {audit.threshold:.2f}: {audit.pairs} pairs of distinct key points "
                     f"within a topic ({audit.opposite_pairs} of opposite stance), every merge false")
        lines.append(f"  KeyMatcher (embeddings + compatibility rules): {audit.merged} merged, "
                     f"{audit.merged_opposite} of opposite stance")
        lines.append(f"  embeddings alone:                              {audit.merged_embeddings_only} merged, "
                     f"{audit.merged_opposite_embeddings_only} of opposite stance")
    return "\n".join(lines) + "\n"


def run_key_eval(root: Path | None = None, methods: Sequence[str] = METHODS, *, as_json: bool = False,
                 merge_threshold: float | None = None, embedder_factory: Callable[[], Any] | None = None,
                 out: TextIO = sys.stdout, log: TextIO = sys.stderr) -> int:
    """Score ``methods`` on ArgKP dev with train-tuned thresholds; a table (or JSON) to ``out``."""
    train, dev = load_argkp(root, "train"), load_argkp(root, "dev")
    scorers = key_scorers(train, embedder_factory)
    results: list[KeyResult] = []
    for name in methods:
        began = time.perf_counter()
        results.extend(_evaluate(name, train, dev, scorers[name](train), scorers[name](dev)))
        print(f"wirecoder eval keys: {name}: {len(train) + len(dev)} pairs in "
              f"{time.perf_counter() - began:.1f} s", file=log)
    audit = None
    if "embeddings" in methods:
        embedder = scorers["embeddings"].embedder()  # type: ignore[attr-defined]
        audit = merge_audit(load_key_points(root), embedder, merge_threshold)
    if as_json:
        out.write(json.dumps({"dataset": "argkp_2021", "train_pairs": len(train), "dev_pairs": len(dev),
                              "results": [r.to_dict() for r in results],
                              "merging": audit.to_dict() if audit else None}) + "\n")
    else:
        out.write(render_keys_table(len(train), dev, results, audit))
    return 0


# ---------------------------------------------------------------------------------- CLI

HELP = "score claim matching on IBM ArgKP dev: sentence embeddings vs lexical baselines"




def add_parser(sub: argparse._SubParsersAction, name: str = "keys") -> argparse.ArgumentParser:
    """Add the ``keys`` task to the sub-commands of ``wirecoder eval``."""
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". Every labelled (argument, key point) pair of dev is scored by every "
        "method; thresholds are tuned for F1 on train. Rules: pair (score >= t) and best (the "
        "argument's best key point, score >= t). Messages go to stderr.")
    parser.add_argument("--argkp", type=Path, metavar="DIR",
                        help=f"ArgKP folder (arguments_train.csv, labels_dev.csv, ...); default "
                        f"${ARGKP_ENV} or {DEFAULT_ROOT}")
    parser.add_argument("--methods", type=name_list(METHODS, "method"), default=METHODS, metavar="LIST",
                        help=f"comma-separated methods (default {','.join(METHODS)})")
    parser.add_argument("--merge-threshold", type=float, metavar="COSINE",
                        help="KeyMatcher threshold for the key-merging count (default: the matcher's, 0.80)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    return run_key_eval(args.argkp, args.methods, as_json=args.json, merge_threshold=args.merge_threshold)
