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
     "impose sanctions on Belarus", however close their vectors. A country code or an
     organization is the same object only as itself; an object in words is the same as one that
     says it with more words (:func:`same_object`): "extend the cease-fire" and "extend its
     cease-fire with the ELN beyond its expiry" are one proposition said more or less fully,
     while "close the Rafah crossing" and "close the Kerem Shalom crossing" never merge (each
     may merge with "close the crossing", never both into one group: see complete linkage);
   - the same polarity: a key's polarity is the parity of its negation marks and reversal words
     (``REVERSAL_WORDS`` of the lexicon: leave, quit, lift, withdraw, reject, oppose, ..., and
     "drop"), read from the key
     and from its texts; "join NATO" (0) never merges with "leave NATO" (1) nor with "not join NATO"
     (1), while "not join NATO" and "refuse to join NATO" (both 1) may;
   - not a pair of the lexicon's ``OPPOSITE_PREDICATES`` (join/leave,
     impose_sanctions/lift_sanctions, ...), a resultative key read as the key it states
     ("keep:centres_open" as "open:centres", never one with "close:centres":
     :func:`wirecoder.corpus.complements.resultative`);
   - not a pair **one speaker held with opposite stances in one article** (:func:`opposed_keys`):
     "Australia wants a stable relationship with China" (favor) and "Australia compromises its
     national security to get a stable relationship with China" (against), said by one minister
     in one quote, read alike (both object "CHN") but are two propositions, else that speaker
     would both favour and oppose one thing in one breath, and the position would hold a
     contradiction its own article does not.

   Keys are compared only with keys of the same object (blocking on the object's rarest word:
   no all-pairs matrix). Merging is
   greedy, most similar pair first, and two groups merge only when *every* key of one is
   compatible with every key of the other and (complete linkage, the default) has cosine >=
   ``threshold`` with it, so no chain of near neighbours can join opposites or drift off topic.
   Embeddings see only what the lexical steps left apart; the vectors cannot tell "join" from
   "leave" (cosine 0.87 for "Serbia will join NATO"/"Serbia will leave NATO"), hence the rules.

The canonical key of a group is its most frequent normalised key (ties: the shorter, then the
alphabetically first).

Echoes (one claim retold in near-identical words) are :mod:`wirecoder.corpus.echoes`' job.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Iterable, Sequence, TypeVar

import numpy as np

from ..lexicon.propositions import NEGATIONS, OPPOSITE_PREDICATES, REVERSAL_WORDS
from .complements import resultative
from ..lexicon.keys import PropositionKey, lemma, normalize_key, parse_key, words

if TYPE_CHECKING:  # pragma: no cover
    from .embeddings import Embedder
    from ..lexicon.gazetteer import Gazetteer

__all__ = ["KeyMatcher", "merge_paraphrased_keys", "opposed_keys", "paraphrase_names", "polarity",
           "same_object"]

_NEGATIONS = NEGATIONS | {"not"}

# The lexicon's reversal words, and "drop", which undoes its object as "abandon" does ("drop the
# complaint", "drop its objection", "drop the charges"): "file a complaint" and "drop the
# complaint" are not one proposition said twice.
_REVERSALS = REVERSAL_WORDS | {"drop"}


def polarity(text: str) -> int:
    """0 or 1: the parity of negations and reversal words in ``text`` ("leave NATO" 1,
    "not leave NATO" 0, "join NATO" 0)."""
    lemmas = [lemma(w) for w in words(text)]
    return sum(1 for w in lemmas if w in _NEGATIONS or w in _REVERSALS) % 2


# Words that say how much or which of a thing, not what it is: "any loan agreement requiring
# further pension cuts" and "a loan agreement that requires more pension cuts" name one object.
_OBJECT_FILLERS = frozenset("""a an the any all some more further new its their his her our my your
this that these those such every each other another which who that""".split())


def _object_words(obj: str | None) -> frozenset[str] | None:
    """An object in words as its set of lemmas, quantifiers and determiners left out; None for a
    code or a name (any capital letter: "RUS", "European_Union"), which is compared as a whole."""
    if not obj or any(ch.isupper() for ch in obj):
        return None
    return frozenset(lemma(w) for w in obj.split("_") if w and w not in _OBJECT_FILLERS)


def same_object(a: str | None, b: str | None) -> bool:
    """May two key objects name one thing? Equal (case folded; both None), or both in words and
    the lemmas of one all among the other's ("cease_fire" / "cease_fire_eln_beyond_expiry",
    "loan_agreement_requires_more_pension_cuts" / "loan_agreement_requiring_further_pension_cuts"),
    or the same words run together ("euro_zone" / "eurozone"). A code or a name is only ever
    itself."""
    if (a or "").lower() == (b or "").lower():
        return True
    wa, wb = _object_words(a), _object_words(b)
    if wa is None or wb is None or not wa or not wb:
        return False
    return wa <= wb or wb <= wa or _run_together(a) == _run_together(b)  # type: ignore[arg-type]


def _run_together(obj: str) -> str:
    return "".join(w for w in obj.split("_") if w not in _OBJECT_FILLERS)


def _candidate_pairs(objects: Sequence[str | None]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of ``objects`` that :func:`same_object` accepts, found by
    blocking: names by themselves, objects in words by their words run together and by each
    lemma, each object looked up only under its rarest lemma (every object that contains its
    lemmas is under it)."""
    names: dict[str, list[int]] = defaultdict(list)
    postings: dict[str, list[int]] = defaultdict(list)
    sets: list[frozenset[str] | None] = []
    joined: dict[str, list[int]] = defaultdict(list)
    for n, obj in enumerate(objects):
        ws = _object_words(obj)
        sets.append(ws)
        if ws is None or not ws:
            names[(obj or "").lower()].append(n)
        else:
            joined[_run_together(obj)].append(n)  # type: ignore[arg-type]
            for w in ws:
                postings[w].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in (*names.values(), *joined.values()):
        pairs.update((i, j) for x, i in enumerate(members) for j in members[x + 1:])
    for n, ws in enumerate(sets):
        if not ws:
            continue
        rarest = min(ws, key=lambda w: (len(postings[w]), w))
        for m in postings[rarest]:
            if m != n and ws <= sets[m]:  # type: ignore[operator]
                pairs.add((min(n, m), max(n, m)))
    return sorted(pairs)


def _key_polarity(key: PropositionKey) -> int:
    reversal = any(lemma(w) in _REVERSALS for w in key.predicate.split("_"))
    return (int(key.negated) + int(reversal)) % 2


def opposed_keys(rows: Iterable[Any]) -> frozenset[frozenset[str]]:
    """The pairs of distinct keys that one speaker gave opposite stances in one article, from
    ``rows`` (statements with ``article_id``, ``speaker_name``/``holder_name``,
    ``proposition_key`` and ``stance``, e.g. :class:`wirecoder.store.sqlite.StoredStatement`,
    in any order; a row without them adds nothing). Such keys are two propositions, whatever
    their words and vectors: a speaker does not favour and oppose one thing in one article.
    Linear in the rows (pairs are formed within one article's speaker only)."""
    said: dict[tuple[Any, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        voice = getattr(r, "speaker_name", None) or getattr(r, "holder_name", None)
        article, stance = getattr(r, "article_id", None), getattr(r, "stance", None)
        key = getattr(r, "proposition_key", None)
        if not voice or article is None or not key or stance not in ("favor", "against"):
            continue
        said[(article, voice)][stance].add(key)
    return frozenset(frozenset((a, b)) for stances in said.values()
                     for a in stances.get("favor", ()) for b in stances.get("against", ())
                     if a != b)


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
        # "keep the centres open" says "open the centres": compared as that key, it is never
        # one with "close the centres"
        ka = resultative(ka, texts_a[0] if texts_a else None) or ka
        kb = resultative(kb, texts_b[0] if texts_b else None) or kb
        if not same_object(ka.object, kb.object):
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

    def canonical(self, keys_and_texts: Iterable[tuple[str, str]], *,
                  apart: Iterable[frozenset[str]] = ()) -> dict[str, str]:
        """Every key seen → the canonical key of its group.

        ``keys_and_texts`` holds one ``(lexical key, proposition text)`` per statement, from any
        number of articles; a key may come with many texts. ``apart``: pairs of lexical keys
        that never share a group (:func:`opposed_keys`); a pair that normalises to one key
        stays one."""
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
        kept_apart: dict[str, set[str]] = defaultdict(set)
        for pair in apart:
            a, b = (normal.get(k) for k in pair) if len(pair) == 2 else (None, None)
            if a is not None and b is not None and a != b:
                kept_apart[a].add(b)
                kept_apart[b].add(a)
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
            # blocking: keys of different objects are never compatible, so similarities are
            # computed, and pairs formed, only between keys of one object (not all pairs)
            matrix = np.stack(centroids)
            row = {k: n for n, k in enumerate(with_text)}
            pairs = []
            for i, j in _candidate_pairs([parse_key(k).object for k in with_text]):
                sim = float(matrix[i] @ matrix[j])
                if sim >= self.threshold:
                    pairs.append((sim, with_text[i], with_text[j]))
            pairs.sort(key=lambda p: (-p[0], p[1], p[2]))

            def below(x: str, y: str) -> bool:
                return float(matrix[row[x]] @ matrix[row[y]]) < self.threshold

            for _, a, b in pairs:
                ra, rb = find(a), find(b)
                if ra == rb:
                    continue
                if self.linkage == "complete" and any(
                        below(x, y) for x in members[ra] if x in row
                        for y in members[rb] if y in row):
                    continue
                if kept_apart and any(kept_apart[x].intersection(members[rb])
                                      for x in members[ra] if x in kept_apart):
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


Row = TypeVar("Row")


def merge_paraphrased_keys(rows: Sequence[Row], gazetteer: Gazetteer, *, embedder: Embedder | None = None,
                           notes: list[str] | None = None) -> list[Row]:
    """``rows`` (statements with ``proposition_key`` and ``proposition_text``, e.g.
    :class:`wirecoder.store.sqlite.StoredStatement`) with paraphrased keys merged by a
    :class:`KeyMatcher`: each merged group is named by its most frequent original key, so keys
    stay the statement stage's own. ``embedder``: the sentence embedder (None: the default
    :class:`~wirecoder.corpus.embeddings.Embedder`); when its model is missing the lexical keys
    stand and a note saying so goes to ``notes``. Keys one speaker held with opposite stances in
    one article stay apart (:func:`opposed_keys`)."""
    names = paraphrase_names(((r.proposition_key, r.proposition_text) for r in rows), gazetteer,
                             embedder=embedder, notes=notes, apart=opposed_keys(rows))
    if not names:
        return list(rows)
    return [replace(r, proposition_key=names.get(r.proposition_key, r.proposition_key))
            for r in rows]


def paraphrase_names(keys_and_texts: Iterable[tuple[str, str]], gazetteer: Gazetteer, *,
                     embedder: Embedder | None = None,
                     notes: list[str] | None = None,
                     apart: Iterable[frozenset[str]] = ()) -> dict[str, str]:
    """What :func:`merge_paraphrased_keys` renames: ``key → the key it is merged under`` for
    the ``(proposition key, proposition text)`` of every statement, in the statements' order
    (a stream: only its distinct pairs are kept). Empty when fewer than two keys or no model:
    every key stays. The embedder lives only while this runs, so a caller that reads its rows
    after this call never holds the model and the rows at once. ``apart``: pairs of keys never
    merged (:func:`opposed_keys`)."""
    from ..errors import ModelError

    seen: dict[tuple[str, str], int] = {}  # distinct pairs, first seen first, with their counts
    for pair in keys_and_texts:
        seen[pair] = seen.get(pair, 0) + 1
    counts: Counter[str] = Counter()
    for (key, _), n in seen.items():
        counts[key] += n
    if len(counts) < 2:
        return {}
    try:
        if embedder is None:
            from .embeddings import Embedder

            embedder = Embedder()
        matcher = KeyMatcher(embedder, gazetteer=gazetteer)
    except ModelError as err:
        if notes is not None:
            notes.append(f"{err}; grouping by lexical keys only")
        return {}
    canonical = matcher.canonical((pair for pair, n in seen.items() for _ in range(n)),
                                  apart=apart)
    name: dict[str, str] = {}
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        name.setdefault(canonical.get(key, key), key)
    return {key: name[canonical.get(key, key)] for key in counts}
