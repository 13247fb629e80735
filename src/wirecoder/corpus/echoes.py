"""Echoes: one claim repeated in near-identical words across articles within days.

Wire copy travels: one agency's quote reappears, lightly edited, in ten outlets. To count such a
claim once, :func:`find_echoes` groups items (statements or quotes) whose texts are near
duplicates, that were published within ``days`` of each other in different articles, and names
the earliest as the original.

Near-duplicate detection sits behind one function type, :data:`NearDuplicates`:
``(texts, threshold) → pairs (i, j)`` with ``i < j`` (or triples ``(i, j, score)``). The default, :func:`shingle_near_duplicates`,
is MinHash with locality-sensitive hashing over character 5-gram shingles of the folded text,
each candidate pair then checked by its exact Jaccard similarity. An embedding matcher with the
same signature can be passed instead.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Sequence, TypeVar

from .identity import fold
from .periods import Period, period_key

__all__ = [
    "DEFAULT_DAYS",
    "DEFAULT_THRESHOLD",
    "Echo",
    "EchoItem",
    "NearDuplicates",
    "find_echoes",
    "jaccard",
    "shingle_near_duplicates",
    "shingles",
]

#: Copies must be published within this many days of the original.
DEFAULT_DAYS = 7
#: Shingle Jaccard similarity from which two texts are copies of one another.
DEFAULT_THRESHOLD = 0.8

NearDuplicates = Callable[[Sequence[str], float], Iterable[Sequence[float]]]

_SHINGLE = 5
_PERMUTATIONS = 128
_BANDS = 32  # 32 bands of 4 rows: pairs of similarity 0.6 become candidates 99% of the time
_PRIME = 4_294_967_291  # the largest prime below 2**32


def shingles(text: str, k: int = _SHINGLE) -> frozenset[int]:
    """Hashes of the character ``k``-grams of the folded text (case, accents and punctuation
    gone), so "sanctions on Russia," and "Sanctions on Russia" shingle alike."""
    norm = fold(text)
    if len(norm) <= k:
        return frozenset({zlib.crc32(norm.encode())}) if norm else frozenset()
    return frozenset(zlib.crc32(norm[i : i + k].encode()) for i in range(len(norm) - k + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


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


def shingle_near_duplicates(texts: Sequence[str], threshold: float) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of texts whose shingle Jaccard similarity is at least
    ``threshold``: candidates from MinHash LSH, each checked exactly."""
    sets = [shingles(t) for t in texts]
    if len(texts) < 2:
        return []
    signatures = _minhash(sets)
    rows = _PERMUTATIONS // _BANDS
    candidates: set[tuple[int, int]] = set()
    for band in range(_BANDS):
        buckets: dict[bytes, list[int]] = {}
        chunk = signatures[:, band * rows : (band + 1) * rows]
        for i in range(len(texts)):
            if sets[i]:
                buckets.setdefault(chunk[i].tobytes(), []).append(i)
        for members in buckets.values():
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    candidates.add((i, j))
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


def _order(item: EchoItem) -> tuple:
    return (period_key(item.day), period_key(item.date), item.source or "", item.article_id)


def find_echoes(
    items: Sequence[EchoItem],
    *,
    days: int = DEFAULT_DAYS,
    threshold: float = DEFAULT_THRESHOLD,
    near_duplicates: NearDuplicates = shingle_near_duplicates,
) -> list[Echo[int]]:
    """Groups of items (by index) that copy one claim: same ``group``, texts near-identical,
    different articles, published within ``days`` of the group's earliest item. Dates are
    periods (:class:`wirecoder.corpus.periods.Period`): two items are within ``days`` when the gap
    between their intervals is (overlapping periods are 0 apart). Only groups of two or more are
    returned, earliest item first (ties: date, then source name). Undated items never echo:
    without a date, a copy cannot be told from a repetition years later."""
    by_group: dict[str, list[int]] = {}
    periods = [item.period for item in items]
    for i, item in enumerate(items):
        if periods[i] is not None and item.text.strip():
            by_group.setdefault(item.group, []).append(i)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in by_group.values():
        if len(members) < 2:
            continue
        pairs = near_duplicates([items[i].text for i in members], threshold)
        for pair in pairs:  # (i, j) or (i, j, score)
            i, j = members[pair[0]], members[pair[1]]
            a, b = items[i], items[j]
            if a.article_id != b.article_id and periods[i].days_apart(periods[j]) <= days:
                parent[root(j)] = root(i)

    clusters: dict[int, list[int]] = {}
    for members in by_group.values():
        for i in members:
            clusters.setdefault(root(i), []).append(i)
    echoes = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: _order(items[i]))
        first = items[members[0]]
        # a chain of copies may drift beyond the window: keep those within it of the original,
        # and in other articles than the original's
        kept = [i for i in members[1:] if periods[members[0]].days_apart(periods[i]) <= days
                and items[i].article_id != first.article_id]
        if kept:
            echoes.append(Echo(members[0], tuple(kept)))
    echoes.sort(key=lambda e: _order(items[e.original]))
    return echoes
