"""Proposition keys across articles: paraphrases land on one key, opposites never do.

A statement's proposition key is ``predicate:OBJECT`` ("impose_sanctions:RUS", "join:NATO"):
predicate words in lower case joined by ``_`` (a leading ``not_``/``never_``/``no_`` marks a negated
predicate), then the object as an ISO alpha-3 code, an organization name or lower-case words.
Paraphrases meet in three steps:

1. **Lemmas and the synonym table**: every key goes through
   :func:`wirecoder.lexicon.keys.normalize_key`, the key module the statement stage emits through
   over the one proposition lexicon (:mod:`wirecoder.lexicon.propositions`): word forms are reduced
   by lemminflect ("imposes"/"imposed" → impose) and known paraphrases rewritten to one predicate
   ("introduce_sanctions:RUS" → ``impose_sanctions:RUS``, "become_member:NATO" → ``join:NATO``);
   objects go through the gazetteer ("Kosovo" → XKX). A key the pipeline emits comes back
   unchanged.
2. **Lexical equality**: statements whose normalised keys are equal share the key.
3. **Sentence embeddings** (:class:`KeyMatcher`): two distinct normalised keys merge when the mean
   embeddings of their proposition texts have cosine >= ``threshold`` **and** they are compatible:

   - the same object (both None counts as the same): "impose sanctions on Russia" never merges with
     "impose sanctions on Belarus", however close their vectors;
   - the same polarity: a key's polarity is the parity of its negation marks and reversal words
     (``REVERSAL_WORDS`` of the lexicon: leave, quit, lift, withdraw, reject, oppose, ...), read from the key
     and from its texts; "join NATO" (0) never merges with "leave NATO" (1) nor with "not join NATO"
     (1), while "not join NATO" and "refuse to join NATO" (both 1) may;
   - not a pair of the lexicon's ``OPPOSITE_PREDICATES`` (join/leave, impose_sanctions/lift_sanctions, ...).

   Merging is greedy, most similar pair first, and two groups merge only when *every* key of one is
   compatible with every key of the other and (complete linkage, the default) has cosine >=
   ``threshold`` with it, so no chain of near neighbours can join opposites or drift off topic.
   Embeddings see only what the lexical steps left apart; the vectors cannot tell "join" from
   "leave" (cosine 0.87 for "Serbia will join NATO"/"Serbia will leave NATO"), hence the rules.

The canonical key of a group is its most frequent normalised key (ties: the shorter, then the
alphabetically first).

:func:`near_duplicates` finds echoes: one claim repeated in near-identical words across outlets.
It compares word-shingle sets (unigrams and bigrams of lower-cased words) by Jaccard similarity;
MinHash signatures with LSH banding pick the candidate pairs, so the cost grows with the number of
echoes, not with the square of the number of texts; every candidate is verified by exact Jaccard.
Texts of different polarity never pair. ``wirecoder eval stance`` measures it against embeddings
on IBM Claim Stance (a claim as written in Wikipedia vs its lightly edited version, among the other
claims of its topic): shingles F1 0.905, embeddings 0.659 (each with thresholds tuned by topic
fold; shingles keep words and their order, which is what an echo keeps, while embeddings also
draw together different claims about the same thing).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from itertools import pairwise
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from ..lexicon.propositions import NEGATIONS, OPPOSITE_PREDICATES, REVERSAL_WORDS
from ..lexicon.keys import PropositionKey, lemma, normalize_key, parse_key, words

if TYPE_CHECKING:  # pragma: no cover
    from .embeddings import Embedder
    from ..lexicon.gazetteer import Gazetteer

__all__ = ["KeyMatcher", "jaccard", "near_duplicates", "polarity", "shingles"]

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|n['’]t", re.IGNORECASE)
_NEGATIONS = NEGATIONS | {"not"}


def polarity(text: str) -> int:
    """0 or 1: the parity of negations and reversal words in ``text`` ("leave NATO" 1,
    "not leave NATO" 0, "join NATO" 0)."""
    lemmas = [lemma(w) for w in words(text)]
    return sum(1 for w in lemmas if w in _NEGATIONS or w in REVERSAL_WORDS) % 2


def _key_polarity(key: PropositionKey) -> int:
    reversal = any(lemma(w) in REVERSAL_WORDS for w in key.predicate.split("_"))
    return (int(key.negated) + int(reversal)) % 2


# ---------------------------------------------------------------------------------- matching


class KeyMatcher:
    """Merges distinct lexical keys whose proposition texts are paraphrases (see the module doc).

    ``embedder`` is a :class:`wirecoder.corpus.embeddings.Embedder` (or anything with its ``encode``;
    None: lexical steps only); ``threshold`` the cosine two keys' mean text vectors need. The
    default, 0.80: the issue's paraphrases score 0.87-0.97 as sentences ("Serbia will impose
    sanctions on Russia" / "... introduce sanctions against Russia" / "... join the anti-Russian
    sanctions"), other propositions about the same country 0.45-0.70; among the 985 pairs of
    distinct ArgKP key points of one topic, 39 reach it with the rules, 55 without (``wirecoder
    eval keys``). ``gazetteer`` (:func:`wirecoder.lexicon.gazetteer.load_gazetteer`) resolves objects to
    codes; None reads objects as given. ``linkage="single"`` merges on the closest pair only."""

    def __init__(self, embedder: Embedder | None, threshold: float = 0.80, *,
                 gazetteer: Gazetteer | None = None, linkage: str = "complete") -> None:
        if linkage not in ("complete", "single"):
            raise ValueError(f"linkage must be 'complete' or 'single', not {linkage!r}")
        self.linkage = linkage
        self.embedder = embedder
        self.threshold = threshold
        self.gazetteer = gazetteer

    def compatible(self, a: str, b: str, texts_a: Sequence[str] = (), texts_b: Sequence[str] = ()) -> bool:
        """May normalised keys ``a`` and ``b`` (with their texts) name one proposition?"""
        ka, kb = parse_key(a), parse_key(b)
        if (ka.object or "").lower() != (kb.object or "").lower():
            return False
        if frozenset((ka.predicate, kb.predicate)) in OPPOSITE_PREDICATES:
            return False
        if _key_polarity(ka) != _key_polarity(kb):
            return False
        if texts_a and texts_b:
            pa = Counter(polarity(t) for t in texts_a).most_common(1)[0][0]
            pb = Counter(polarity(t) for t in texts_b).most_common(1)[0][0]
            if pa != pb:
                return False
        return True

    def canonical(self, keys_and_texts: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Every key seen → the canonical key of its group.

        ``keys_and_texts`` holds one ``(lexical key, proposition text)`` per statement, from any
        number of articles; a key may come with many texts."""
        normal: dict[str, str] = {}
        counts: Counter[str] = Counter()
        texts: dict[str, list[str]] = defaultdict(list)
        for key, text in keys_and_texts:
            if key not in normal:
                normal[key] = normalize_key(key, gazetteer=self.gazetteer)
            n = normal[key]
            counts[n] += 1
            if text and text not in texts[n]:
                texts[n].append(text)
        groups = sorted(counts)
        parent = {k: k for k in groups}
        members: dict[str, list[str]] = {k: [k] for k in groups}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        with_text = [k for k in groups if texts[k]]
        if self.embedder is not None and len(with_text) > 1:
            flat = [t for k in with_text for t in texts[k]]
            vectors = np.asarray(self.embedder.encode(flat), dtype=np.float32)
            centroids, at = [], 0
            for k in with_text:
                c = vectors[at: at + len(texts[k])].mean(axis=0)
                at += len(texts[k])
                centroids.append(c / max(float(np.linalg.norm(c)), 1e-12))
            sims = np.stack(centroids) @ np.stack(centroids).T
            pairs = [(float(sims[i, j]), with_text[i], with_text[j])
                     for i in range(len(with_text)) for j in range(i + 1, len(with_text))
                     if sims[i, j] >= self.threshold]
            pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
            row = {k: n for n, k in enumerate(with_text)}
            for _, a, b in pairs:
                ra, rb = find(a), find(b)
                if ra == rb:
                    continue
                if self.linkage == "complete" and any(
                        sims[row[x], row[y]] < self.threshold
                        for x in members[ra] if x in row for y in members[rb] if y in row):
                    continue
                if all(self.compatible(x, y, texts[x], texts[y]) for x in members[ra] for y in members[rb]):
                    parent[rb] = ra
                    members[ra].extend(members.pop(rb))
        canonical_of: dict[str, str] = {}
        for group in members.values():
            best = min(group, key=lambda k: (-counts[k], len(k), k))
            for k in group:
                canonical_of[k] = best
        return {key: canonical_of[n] for key, n in normal.items()}


# ---------------------------------------------------------------------------------- echoes


def shingles(text: str) -> frozenset[str]:
    """Lower-cased word unigrams and bigrams of ``text`` (the sets :func:`near_duplicates` compares)."""
    words = [w.lower() for w in _WORD.findall(text.replace("’", "'"))]
    return frozenset(words) | frozenset(f"{a} {b}" for a, b in pairwise(words))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


_PRIME = (1 << 31) - 1


def _signatures(sets: Sequence[frozenset[str]], n_hashes: int) -> np.ndarray:
    rng = np.random.default_rng(20240611)  # fixed: the same texts always give the same candidates
    a = rng.integers(1, _PRIME, size=n_hashes, dtype=np.int64)
    b = rng.integers(0, _PRIME, size=n_hashes, dtype=np.int64)
    out = np.full((len(sets), n_hashes), _PRIME, dtype=np.int64)
    for i, s in enumerate(sets):
        if not s:
            continue
        h = np.fromiter((int.from_bytes(hashlib.blake2b(x.encode(), digest_size=4).digest(), "little")
                         % _PRIME for x in s), dtype=np.int64, count=len(s))
        out[i] = ((h[:, None] * a[None, :] + b[None, :]) % _PRIME).min(axis=0)
    return out


def near_duplicates(texts: Sequence[str], threshold: float = 0.5, *, bands: int = 32,
                    rows: int = 2) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, jaccard)`` (i < j) of texts whose word-shingle Jaccard is >= ``threshold``
    and whose polarity (:func:`polarity`) agrees, most similar first.

    Candidates come from MinHash LSH (``bands`` x ``rows`` hashes; the defaults find a pair of
    Jaccard 0.5 with probability 1-(1-0.5**2)**32 > 0.9999, and one of 0.3 with 0.95), then
    every candidate is checked exactly. Group the pairs (e.g. union-find) for echo clusters."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    sets = [shingles(t) for t in texts]
    signatures = _signatures(sets, bands * rows)
    candidates: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        part = signatures[:, band * rows:(band + 1) * rows]
        for i, s in enumerate(sets):
            if s:
                buckets[part[i].tobytes()].append(i)
        for ids in buckets.values():
            if 1 < len(ids) <= 2000:  # a bucket that large holds boilerplate, not echoes
                candidates.update((x, y) for n, x in enumerate(ids) for y in ids[n + 1:])
    out = []
    for i, j in candidates:
        score = jaccard(sets[i], sets[j])
        if score >= threshold and polarity(texts[i]) == polarity(texts[j]):
            out.append((i, j, score))
    out.sort(key=lambda p: (-p[2], p[0], p[1]))
    return out
