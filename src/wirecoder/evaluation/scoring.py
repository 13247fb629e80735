"""Scoring quotes of one article against gold: pure functions over plain records.

Two ways to pair a predicted quote with a gold one, each one-to-one:

- **overlap**: token F1 between the two content texts is at least :data:`OVERLAP_THRESHOLD`
  (0.5); pairs are taken greedily, best score first (ties: earlier gold, then earlier prediction).
- **exact**: the two contents are equal after :func:`normalize_content` (surrounding quote marks,
  punctuation and whitespace stripped, inner whitespace runs folded).

Tokens are runs of letters and digits (``\\w+``), case-folded: punctuation and quote marks never
count. Precision, recall and F1 are given overall and per kind; a matched prediction counts in the
kind of its gold quote, an unmatched one in its own kind.

Over the overlap-matched pairs:

- **speaker mention**: right when both mentions carry character ranges into the same text and
  the ranges overlap (PolNeAR: the predicted mention overlaps the gold Source span), otherwise when
  the mention texts have token F1 ≥ 0.5 (seed gold, which gives text only). Pairs whose gold has no
  speaker mention are left out.
- **speaker name**: right when the names are equal after :func:`normalize_name` (accents,
  case and spacing ignored). Pairs whose gold gives no name are left out.
- **kind**: right when the predicted kind equals the gold kind.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, fields
from typing import Any, Literal, Sequence, get_args

from ..lexicon.names import normalize as normalize_name  # accents, case and spacing folded

__all__ = [
    "KINDS",
    "OVERLAP_THRESHOLD",
    "Counts",
    "EvalQuote",
    "Kind",
    "KindCounts",
    "QuotePair",
    "QuoteScores",
    "Ratio",
    "match_exact",
    "match_overlap",
    "normalize_content",
    "normalize_name",
    "score_document",
    "token_f1",
    "tokens",
]

Kind = Literal["direct", "indirect", "mixed"]
KINDS: tuple[Kind, ...] = get_args(Kind)
OVERLAP_THRESHOLD = 0.5

_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
#: Stripped from both ends before an exact comparison.
_EDGE_CHARS = "\"'“”„‟‘’‚‛«»‹›「」『』`.,;:!?…-–—()[]" + " \t\n\r\f\v\u00a0"


@dataclass(frozen=True, slots=True)
class EvalQuote:
    """A quote as the scorer sees it, gold or predicted.

    ``mention_ranges`` are character ranges of the speaker mention in the article text, when known
    (PolNeAR gold, predictions); the seed gold gives the mention as text only.
    """

    kind: Kind
    content: str
    speaker_mention: str | None = None
    speaker_name: str | None = None
    mention_ranges: tuple[tuple[int, int], ...] = ()
    #: gold outside the measured subset (PolNeAR's non-speech attributions): a prediction that
    #: matches it is neither credited nor counted as false
    ignored: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"quote kind must be one of {', '.join(KINDS)}, not {self.kind!r}")


def tokens(text: str) -> list[str]:
    """The case-folded word tokens of ``text`` (punctuation and quote marks dropped)."""
    return _TOKEN.findall(text.casefold())


def token_f1(a: str, b: str) -> float:
    """F1 of the two token multisets; 0.0 when either has no tokens."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if common == 0:
        return 0.0
    precision = common / sum(tb.values())
    recall = common / sum(ta.values())
    return 2 * precision * recall / (precision + recall)


_DOUBLE_QUOTES = re.compile("[\"“”„«»]|''|``")


def normalize_content(text: str) -> str:
    """``text`` without double quote marks (anywhere: split quotes join their parts at them),
    without surrounding punctuation and whitespace, spaces folded."""
    return _SPACES.sub(" ", _DOUBLE_QUOTES.sub(" ", text)).strip(_EDGE_CHARS).replace(" ,", ",")


@dataclass(frozen=True, slots=True)
class QuotePair:
    """A gold quote (index) paired with a predicted quote (index), and the pair's score."""

    gold: int
    predicted: int
    score: float


def match_overlap(
    gold: Sequence[EvalQuote],
    predicted: Sequence[EvalQuote],
    threshold: float = OVERLAP_THRESHOLD,
) -> tuple[QuotePair, ...]:
    """One-to-one pairs with content token F1 ≥ ``threshold``, greedily by best score."""
    candidates = [
        QuotePair(g, p, score)
        for g, gq in enumerate(gold)
        for p, pq in enumerate(predicted)
        if (score := token_f1(gq.content, pq.content)) >= threshold
    ]
    candidates.sort(key=lambda m: (-m.score, m.gold, m.predicted))
    return _one_to_one(candidates)


def match_exact(gold: Sequence[EvalQuote], predicted: Sequence[EvalQuote]) -> tuple[QuotePair, ...]:
    """One-to-one pairs whose contents are equal after :func:`normalize_content`."""
    normalized = [normalize_content(p.content) for p in predicted]
    candidates = [
        QuotePair(g, p, 1.0)
        for g, gq in enumerate(gold)
        if (key := normalize_content(gq.content))
        for p, pk in enumerate(normalized)
        if pk == key
    ]
    return _one_to_one(candidates)


def _one_to_one(candidates: list[QuotePair]) -> tuple[QuotePair, ...]:
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    chosen = []
    for m in candidates:
        if m.gold not in used_gold and m.predicted not in used_predicted:
            used_gold.add(m.gold)
            used_predicted.add(m.predicted)
            chosen.append(m)
    return tuple(sorted(chosen, key=lambda m: m.gold))


class PrecisionRecall:
    """Precision and recall from ``tp``, ``fp`` and ``fn`` (None when undefined); a mixin for
    the count records of every ``wirecoder eval`` task."""

    __slots__ = ()
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True, slots=True)
class Counts(PrecisionRecall):
    """True positives, false positives and false negatives, and the figures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float | None:
        """None when there is neither gold nor prediction; 0.0 when nothing matched."""
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class KindCounts:
    """:class:`Counts` over all quotes and per kind."""

    all: Counts = Counts()
    direct: Counts = Counts()
    indirect: Counts = Counts()
    mixed: Counts = Counts()

    def __add__(self, other: KindCounts) -> KindCounts:
        return KindCounts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(KindCounts))
        )

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name).to_dict() for f in fields(KindCounts)}


@dataclass(frozen=True, slots=True)
class Ratio:
    """``correct`` out of ``total``; ``value`` is None when there was nothing to judge."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


@dataclass(frozen=True, slots=True)
class QuoteScores:
    """The scores of one system over one or more articles; add them up with ``+``."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    overlap: KindCounts = KindCounts()
    exact: KindCounts = KindCounts()
    speaker_mention: Ratio = Ratio()
    speaker_name: Ratio = Ratio()
    kind: Ratio = Ratio()

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(QuoteScores))
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(QuoteScores):
            value = getattr(self, f.name)
            out[f.name] = value if isinstance(value, int) else value.to_dict()
        return out


def _kind_counts(
    gold: Sequence[EvalQuote], predicted: Sequence[EvalQuote], matches: Sequence[QuotePair]
) -> KindCounts:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    matched_gold = {m.gold for m in matches}
    matched_predicted = {m.predicted for m in matches}
    for m in matches:
        tp[gold[m.gold].kind] += 1
    for i, q in enumerate(gold):
        if i not in matched_gold:
            fn[q.kind] += 1
    for i, q in enumerate(predicted):
        if i not in matched_predicted:
            fp[q.kind] += 1
    per_kind = {k: Counts(tp[k], fp[k], fn[k]) for k in KINDS}
    total = Counts(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return KindCounts(all=total, **per_kind)


def _ranges_overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(max(s1, s2) < min(e1, e2) for s1, e1 in a for s2, e2 in b)


def _mention_right(gold: EvalQuote, predicted: EvalQuote) -> bool:
    if predicted.speaker_mention is None and not predicted.mention_ranges:
        return False
    if gold.mention_ranges and predicted.mention_ranges:
        return _ranges_overlap(gold.mention_ranges, predicted.mention_ranges)
    return token_f1(gold.speaker_mention or "", predicted.speaker_mention or "") >= OVERLAP_THRESHOLD


def score_document(gold: Sequence[EvalQuote], predicted: Sequence[EvalQuote]) -> QuoteScores:
    """Score the predicted quotes of one article against its gold quotes. Ignored gold quotes
    (outside the measured subset) are matched first against predictions left unmatched by the
    measured gold, and those predictions are dropped."""
    if any(g.ignored for g in gold):
        kept = [g for g in gold if not g.ignored]
        dropped = [g for g in gold if g.ignored]
        first = match_overlap(kept, predicted)
        used = {m.predicted for m in first}
        rest = [p for i, p in enumerate(predicted) if i not in used]
        side = {m.predicted for m in match_overlap(dropped, rest)}
        predicted = [p for i, p in enumerate(predicted) if i in used] + [
            p for j, p in enumerate(rest) if j not in side]
        gold = kept
    overlap = match_overlap(gold, predicted)
    exact = match_exact(gold, predicted)
    mention = name = kind = Ratio()
    for m in overlap:
        g, p = gold[m.gold], predicted[m.predicted]
        kind += Ratio(int(g.kind == p.kind), 1)
        if g.speaker_mention or g.mention_ranges:
            mention += Ratio(int(_mention_right(g, p)), 1)
        if g.speaker_name:
            right = p.speaker_name is not None and (
                normalize_name(p.speaker_name) == normalize_name(g.speaker_name)
            )
            name += Ratio(int(right), 1)
    return QuoteScores(
        documents=1,
        gold=len(gold),
        predicted=len(predicted),
        overlap=_kind_counts(gold, predicted, overlap),
        exact=_kind_counts(gold, predicted, exact),
        speaker_mention=mention,
        speaker_name=name,
        kind=kind,
    )
