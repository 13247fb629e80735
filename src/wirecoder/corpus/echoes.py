"""Echoes: one claim repeated in near-identical words across articles within days.

Wire copy travels: one agency's quote reappears, lightly edited, in ten outlets. To count such a
claim once, :func:`find_echoes` groups items (statements or quotes) whose texts are near
duplicates, that were published within ``days`` of each other in different articles, and names
the earliest as the original.

Texts are compared by the Jaccard similarity of their character 5-gram shingles (of the folded
text: case, accents and punctuation gone); MinHash with locality-sensitive hashing picks the
candidate pairs, each checked exactly. A **trimmed copy** is one too: a text whose shingles lie
almost all inside the other's (containment, :func:`containment`, >= ``DEFAULT_CONTAINMENT``; the
shorter text at least :data:`MIN_CONTAINED` shingles long, so that no stock phrase of a few words
is everybody's copy). Outlets cut and rejoin a quote's sentences ("We will not withdraw from the
shoal. Not today, not ever. The ship will stay where it is" / "We will not withdraw from the shoal,
not today and not ever": Jaccard 0.49 as whole quotes), so a statement is compared by the sentence
of its quote that holds it (:func:`claim_sentence`: Jaccard 0.64 here), not by the whole quote. This is the one MinHash of wirecoder, and the detector
``wirecoder eval stance`` scores (through :func:`find_echoes`, on IBM Claim Stance claim edits:
F1 0.92 cross-validated by topic; word-shingle Jaccard scored 0.90, embeddings 0.66).

:func:`find_echoes` is near-linear in the number of items: identical texts are folded first and
chained by date, distinct texts meet only inside LSH buckets where they are sorted by date and
compared only within the day window, each with a few neighbours, and the links go to a
union-find. Another matcher (:data:`NearDuplicates`: ``(texts, threshold) → pairs (i, j)`` with
``i < j``, or triples ``(i, j, score)``, e.g. over embeddings) can replace the shingles.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Iterator, Sequence, TypeVar

from ..lexicon.propositions import NEGATIONS
from .identity import fold
from .periods import Period, period_key

__all__ = [
    "DEFAULT_DAYS",
    "DEFAULT_CONTAINMENT",
    "DEFAULT_THRESHOLD",
    "Echo",
    "EchoItem",
    "MIN_CONTAINED",
    "NearDuplicates",
    "claim_sentence",
    "containment",
    "echo_components",
    "find_echoes",
    "fold_echoes",
    "jaccard",
    "negation_parity",
    "shingle_near_duplicates",
    "shingles",
]

#: Copies must be published within this many days of the original.
DEFAULT_DAYS = 7
#: Shingle Jaccard similarity from which two texts are copies of one another: the threshold
#: ``wirecoder eval stance`` tunes for F1 on all the IBM Claim Stance claim edits (each fold's
#: threshold, tuned on the four others, lies in 0.53-0.55).
DEFAULT_THRESHOLD = 0.546
#: Shingle containment (the share of the shorter text's shingles found in the longer's) from which
#: a trimmed text is a copy of the longer one, whatever their Jaccard.
DEFAULT_CONTAINMENT = 0.9  # on the Claim Stance edits F1 0.913 without, 0.914 with (0.8: 0.892)
#: The shortest text (in shingles, about its length in characters less four) that containment
#: may call a copy: "We will not" is inside every refusal.
MIN_CONTAINED = 30

NearDuplicates = Callable[[Sequence[str], float], Iterable[Sequence[float]]]

_SHINGLE = 5
_PERMUTATIONS = 126
_ROWS = 3  # 42 bands of 3 rows: a pair of similarity 0.55 becomes a candidate 99.95% of the time
_NEIGHBOURS = 4  # inside a bucket, each copy is compared with at most this many later ones
_PRIME = 4_294_967_291  # the largest prime below 2**32


def shingles(text: str, k: int = _SHINGLE) -> frozenset[int]:
    """Hashes of the character ``k``-grams of the folded text (case, accents and punctuation
    gone), so "sanctions on Russia," and "Sanctions on Russia" shingle alike."""
    norm = fold(text)
    if len(norm) <= k:
        return frozenset({zlib.crc32(norm.encode())}) if norm else frozenset()
    return frozenset(zlib.crc32(norm[i : i + k].encode()) for i in range(len(norm) - k + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets; 0.0 when either is empty (a text with no
    shingles, e.g. only punctuation, is nobody's copy)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller shingle set found in the larger; 0.0 when the smaller has fewer
    than :data:`MIN_CONTAINED` shingles (too short to tell a copy from a stock phrase)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_CONTAINED:
        return 0.0
    return len(small & large) / len(small)


def _copies(a: frozenset[int], b: frozenset[int], threshold: float, contained: float) -> bool:
    """Near-identical (Jaccard) or one a trimmed copy of the other (containment)."""
    return jaccard(a, b) >= threshold or containment(a, b) >= contained


# a sentence ends at . ! or ? (closing quotes kept) before space and a capital or an opening quote
_SENTENCE_END = re.compile(r"""[.!?]+["'\u201d\u2019]*\s+(?=["'\u201c\u2018(]?[A-Z0-9])""")


def claim_sentence(quote: str | None, evidence: str | None) -> str:
    """The sentence(s) of ``quote`` that hold ``evidence`` (a statement's evidence inside its
    quote), the text a statement's copies are looked for by; the whole quote when the evidence is
    not inside it or its sentences are shorter than :data:`MIN_CONTAINED` characters (a short
    sentence says too little to tell a copy); the evidence when there is no quote."""
    if not quote:
        return evidence or ""
    at = quote.find(evidence) if evidence else -1
    if at < 0:
        return quote
    end = at + len(evidence)
    start, stop = 0, len(quote)
    for m in _SENTENCE_END.finditer(quote):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= end:
            stop = m.start() + len(m.group().rstrip())
            break
    sentence = quote[start:stop].strip()
    return sentence if len(sentence) >= MIN_CONTAINED else quote


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def negation_parity(text: str) -> int:
    """0 or 1: the parity of the negation words of ``text`` (not, never, no, n't ...). A claim and
    its negation ("will impose sanctions" / "will never impose sanctions") share most shingles
    but are never copies of one another: only texts of one parity are compared."""
    words = (w.lower().replace("’", "'") for w in _WORD.findall(text))
    return sum(1 for w in words if w in NEGATIONS or w.endswith("n't")) % 2


def _minhash(sets: Sequence[frozenset[int]]):
    import numpy as np  # a dependency of spaCy, so always present

    rng = random.Random(20240906)  # fixed: the same texts always give the same signatures
    a = np.array([rng.randrange(1, _PRIME) for _ in range(_PERMUTATIONS)], dtype=np.uint64)
    b = np.array([rng.randrange(0, _PRIME) for _ in range(_PERMUTATIONS)], dtype=np.uint64)
    out = np.full((len(sets), _PERMUTATIONS), _PRIME, dtype=np.uint64)
    for i, s in enumerate(sets):
        if s:
            x = np.fromiter(s, dtype=np.uint64, count=len(s))[:, None]
            out[i] = ((x * a + b) % _PRIME).min(axis=0)
    return out


def _buckets(sets: Sequence[frozenset[int]]) -> Iterator[list[int]]:
    """The LSH buckets of two or more texts (indices into ``sets``), band by band."""
    signatures = _minhash(sets)
    for band in range(_PERMUTATIONS // _ROWS):
        buckets: dict[bytes, list[int]] = {}
        chunk = signatures[:, band * _ROWS : (band + 1) * _ROWS]
        for i, s in enumerate(sets):
            if s:
                buckets.setdefault(chunk[i].tobytes(), []).append(i)
        yield from (m for m in buckets.values() if len(m) > 1)


def shingle_near_duplicates(texts: Sequence[str], threshold: float) -> list[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, of texts whose shingle Jaccard similarity is at least
    ``threshold``: candidates from MinHash LSH, each checked exactly. Lists pairs, so it is
    quadratic in the copies of one text; :func:`find_echoes` does not call it (it folds
    identical texts and compares only within the day window)."""
    sets = [shingles(t) for t in texts]
    if len(texts) < 2:
        return []
    candidates = {(i, j) for members in _buckets(sets)
                  for x, i in enumerate(members) for j in members[x + 1 :]}
    return sorted((i, j) for i, j in candidates if jaccard(sets[i], sets[j]) >= threshold)


@dataclass(frozen=True, slots=True)
class EchoItem:
    """What echo detection needs of a statement or quote.

    ``group``: only items of one group can echo each other (a proposition key; one value for
    quotes). ``published``: when the article came out; ``date`` is the fallback. Either may be
    any date value of :mod:`wirecoder.corpus.periods` (a day, week, month, quarter ...); one that is no
    period counts as unknown.
    """

    text: str
    group: str
    article_id: str
    outlet: str | None
    source: str | None
    date: str | None
    published: str | None

    @property
    def day(self) -> str | None:
        """The value the item is dated by: ``published`` when it is a period, else ``date``."""
        period = self.period
        return period.value if period is not None else None

    @property
    def period(self) -> Period | None:
        return Period.parse(self.published) or Period.parse(self.date)


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Echo(Generic[T]):
    """A claim and its copies: ``original`` is the earliest, ``copies`` the rest in date order."""

    original: T
    copies: tuple[T, ...]

    @property
    def all(self) -> tuple[T, ...]:
        return (self.original, *self.copies)


def _periods(items: Sequence[EchoItem]) -> list[Period | None]:
    """Each item's period, one object for each distinct (published, date): dates repeat across a
    corpus, so this is a few thousand objects for a million items."""
    seen: dict[tuple[str | None, str | None], Period | None] = {}
    out = []
    for item in items:
        key = (item.published, item.date)
        if key not in seen:
            seen[key] = item.period
        out.append(seen[key])
    return out


def _order(item: EchoItem) -> tuple:
    return (period_key(item.day), period_key(item.date), item.source or "", item.article_id)


class _Links:
    """Union-find over item indices, counting the comparisons made to find the links."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.comparisons = 0

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.root(j)] = self.root(i)


@dataclass(frozen=True, slots=True)
class _Run:
    """Copies of one text whose dates chain within the window: ``first``..``last`` as day
    ordinals (``last`` the latest end of any of them); ``members`` item indices."""

    text: int
    first: int
    last: int
    members: tuple[int, ...]


def _runs(text: int, members: list[int], periods: Sequence[Period], days: int,
          links: _Links) -> list[_Run]:
    """Identical texts, folded first: sorted by date, an item joins the run before it when it
    starts within ``days`` of the run's end (the components of the within-``days`` graph of
    intervals), one comparison per item."""
    members = sorted(members, key=lambda i: (periods[i].first, periods[i].last))
    runs: list[_Run] = []
    current = [members[0]]
    first, last = periods[members[0]].first.toordinal(), periods[members[0]].last.toordinal()
    for i in members[1:]:
        links.comparisons += 1
        start = periods[i].first.toordinal()
        if start - last <= days:
            links.join(current[0], i)
            current.append(i)
            last = max(last, periods[i].last.toordinal())
        else:
            runs.append(_Run(text, first, last, tuple(current)))
            current, first, last = [i], start, periods[i].last.toordinal()
    runs.append(_Run(text, first, last, tuple(current)))
    return runs


def _within(a: _Run, b: _Run, days: int) -> bool:
    return max(a.first, b.first) - min(a.last, b.last) <= days


def _link_shingles(runs_of: Sequence[list[_Run]], texts: Sequence[str], threshold: float,
                   days: int, links: _Links, contained: float = DEFAULT_CONTAINMENT) -> None:
    """Links runs of distinct texts whose shingle Jaccard is at least ``threshold``, or one of
    which is a trimmed copy of the other (containment at least ``contained``): inside each
    LSH bucket the runs are sorted by date and each is compared only with later ones that start
    within ``days`` of its end, at most :data:`_NEIGHBOURS` of them (links are transitive: the
    nearest copies suffice to chain a claim's copies)."""
    sets = [shingles(t) for t in texts]
    similar: dict[tuple[int, int], bool] = {}
    for bucket in _buckets(sets):
        runs = sorted((r for t in bucket for r in runs_of[t]), key=lambda r: (r.first, r.last, r.text))
        for x, a in enumerate(runs):
            for b in runs[x + 1 : x + 1 + _NEIGHBOURS]:
                if b.first - a.last > days:
                    break
                links.comparisons += 1
                if b.text == a.text or links.root(a.members[0]) == links.root(b.members[0]):
                    continue
                pair = (min(a.text, b.text), max(a.text, b.text))
                if pair not in similar:
                    similar[pair] = _copies(sets[pair[0]], sets[pair[1]], threshold, contained)
                if similar[pair]:
                    links.join(a.members[0], b.members[0])


def _link_pairs(runs_of: Sequence[list[_Run]], texts: Sequence[str], threshold: float,
                days: int, links: _Links, near_duplicates: NearDuplicates) -> None:
    """Links runs of the distinct texts that ``near_duplicates`` pairs, within ``days``."""
    for pair in near_duplicates(texts, threshold):  # (i, j) or (i, j, score)
        for a in runs_of[int(pair[0])]:
            for b in runs_of[int(pair[1])]:
                links.comparisons += 1
                if _within(a, b, days):
                    links.join(a.members[0], b.members[0])


def echo_components(
    items: Sequence[EchoItem],
    *,
    days: int = DEFAULT_DAYS,
    threshold: float = DEFAULT_THRESHOLD,
    near_duplicates: NearDuplicates | None = None,
    contained: float = DEFAULT_CONTAINMENT,
) -> tuple[list[list[int]], int]:
    """The groups of two or more items (by index) linked as copies, and the number of
    comparisons made to find them (about linear in the number of items: see
    :func:`find_echoes`)."""
    periods = _periods(items)
    by_group: dict[tuple[str, int], dict[str, list[int]]] = {}
    for i, item in enumerate(items):
        if periods[i] is None:
            continue
        folded = fold(item.text)
        if folded:
            group = (item.group, negation_parity(item.text))
            by_group.setdefault(group, {}).setdefault(folded, []).append(i)
    links = _Links(len(items))
    for by_text in by_group.values():
        texts = list(by_text)
        runs_of = [_runs(t, by_text[text], periods, days, links) for t, text in enumerate(texts)]
        if len(texts) < 2:
            continue
        if near_duplicates is None:
            _link_shingles(runs_of, [items[by_text[t][0]].text for t in texts], threshold, days, links,
                           contained)
        else:
            _link_pairs(runs_of, [items[by_text[t][0]].text for t in texts], threshold, days,
                        links, near_duplicates)
    clusters: dict[int, list[int]] = {}
    for by_text in by_group.values():
        for members in by_text.values():
            for i in members:
                clusters.setdefault(links.root(i), []).append(i)
    return [m for m in clusters.values() if len(m) > 1], links.comparisons


def find_echoes(
    items: Sequence[EchoItem],
    *,
    days: int = DEFAULT_DAYS,
    threshold: float = DEFAULT_THRESHOLD,
    near_duplicates: NearDuplicates | None = None,
    contained: float = DEFAULT_CONTAINMENT,
) -> list[Echo[int]]:
    """Groups of items (by index) that copy one claim: same ``group``, texts near-identical (or
    one a trimmed copy of the other) and of one :func:`negation_parity`, different articles, published within ``days`` of the group's earliest item. Dates are
    periods (:class:`wirecoder.corpus.periods.Period`): two items are within ``days`` when the gap
    between their intervals is (overlapping periods are 0 apart). Only groups of two or more are
    returned, earliest item first (ties: date, then source name). Undated items never echo:
    without a date, a copy cannot be told from a repetition years later.

    Near-linear in the number of items: identical (folded) texts are folded first and chained by
    date; distinct texts meet only in MinHash LSH buckets, inside which they are compared by
    date within the window, each with a few neighbours; links go to a union-find.
    ``near_duplicates`` replaces the shingle matcher (it is given the distinct texts of a group);
    ``contained``: the containment from which a trimmed text copies a longer one (shingle matcher
    only; above 1.0 turns it off)."""
    components, _ = echo_components(items, days=days, threshold=threshold,
                                    near_duplicates=near_duplicates, contained=contained)
    periods = _periods(items)
    echoes = []
    for members in components:
        members.sort(key=lambda i: _order(items[i]))
        # a chain of copies may drift beyond the window (a stock phrase said every few days):
        # the window restarts along it, so each original takes the copies within ``days`` of
        # it in other articles, and the first item beyond them is the next original
        at = 0
        while at < len(members):
            original = members[at]
            kept, at = [], at + 1
            while at < len(members) and periods[original].days_apart(periods[members[at]]) <= days:
                if items[members[at]].article_id != items[original].article_id:
                    kept.append(members[at])
                at += 1
            if kept:
                echoes.append(Echo(original, tuple(kept)))
    echoes.sort(key=lambda e: _order(items[e.original]))
    return echoes


def fold_echoes(
    items: Sequence[EchoItem],
    *,
    days: int = DEFAULT_DAYS,
    threshold: float = DEFAULT_THRESHOLD,
    near_duplicates: NearDuplicates | None = None,
    contained: float = DEFAULT_CONTAINMENT,
) -> tuple[dict[int, tuple[int, ...]], frozenset[int]]:
    """Echoes as the corpus queries fold them: ``original → its copies`` (item indices), and
    the set of every copy (the items a query lists under their original, not on their own)."""
    copies: dict[int, tuple[int, ...]] = {}
    for echo in find_echoes(items, days=days, threshold=threshold, near_duplicates=near_duplicates,
                            contained=contained):
        copies[echo.original] = echo.copies
    return copies, frozenset(i for c in copies.values() for i in c)
