"""One holder's keys worded apart: the same issue said more fully on another day.

Across articles a speaker rarely repeats the object of a position word for word: "India will
never accept this tax" in April, "a European tax on the carbon content of imports" the same day
in another outlet, "the EU's carbon border levy" in November. The corpus-wide merge
(:mod:`wirecoder.corpus.keymatch`) must keep such keys apart unless they read nearly alike
(cosine 0.80), since across holders a looser rule would join different issues. Within **one
holder** and **one predicate** an object said more fully is, nearly always, the
same thing: per (holder, predicate slug, polarity), two keys merge when

- the object words of one (lemmas of the object as said, quantifiers and determiners left
  out) are all among the other's: "this tax" / "a European tax on the carbon content of
  imports", "Bobrowniki" / "the Bobrowniki crossing for freight", "Ramiro Castell" / "Ramiro
  Castell to Argentina" (a key object that is a code is read from its words, so "extradite:ARG"
  said as "Ramiro Castell to Argentina" meets "extradite:ramiro_castell"); two coded objects
  are one only as one code;
- and the sentence embeddings of their proposition texts have cosine >= ``threshold`` (0.65;
  the corpus-wide merge needs 0.80), which keeps a bare "the plan" off "the plan to build a
  wall" when they read apart.

Objects that share words but each add their own stay apart, however alike they read: "tariffs
on steel imports" / "tariffs on aluminium imports" (cosine 0.86), "VAT on bread" / "VAT on fuel"
(0.84), "its mackerel quota" / "its cod quota" (0.83) are different objects, and the vectors
cannot tell them from "interest rates at its policy meeting" / "its short-term policy rate"
(0.86), one object; so the latter stay apart too.

Merging is complete linkage (every key of one group mergeable with every key of the other),
most similar pair first, so no chain joins two objects through a bare one ("taxes" may join
"taxes on bread" or "taxes on fuel", never both). Candidate pairs are found by blocking, each
key looked up under the rarest of its object words only (every key whose words contain its
words is listed there) and compared with at most ``BLOCK_LIMIT`` (50) keys, so the work grows
with the number of statements, not its square. Keys one speaker held with opposite stances
in one article (:func:`wirecoder.corpus.keymatch.opposed_keys`) are two propositions and never
merge. The holder "(unknown speaker)" is never merged, nor keys of two holders, nor two
predicates, and without embeddings nothing is merged here; stance and holder are never decided
here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Sequence

import numpy as np

from ..lexicon.keys import lemma, parse_key
from ..lexicon.propositions import FUNCTION_WORDS
from .keymatch import _OBJECT_FILLERS, _key_polarity, _object_words

__all__ = ["THRESHOLD", "holder_key_names"]

#: The cosine two keys of one holder and one predicate, one object inside the other, need.
THRESHOLD = 0.65

#: The most keys of one holder and predicate a key is compared with.
BLOCK_LIMIT = 50

Encode = Callable[[list[str]], Sequence[Sequence[float]]]

def _text_words(text: str | None) -> frozenset[str]:
    """The lemmas of an object text's words, function words, quantifiers and determiners left
    out, split as keys split them ("short-term" → short, term)."""
    if not text:
        return frozenset()
    return frozenset(lemma(w) for w in re.findall(r"\w+", text.lower())
                     if w not in FUNCTION_WORDS and w not in _OBJECT_FILLERS)


def _coded(obj: str | None) -> bool:
    return bool(obj) and any(ch.isupper() for ch in obj)  # type: ignore[union-attr]


class _Key:
    __slots__ = ("key", "object", "words", "texts", "count")

    def __init__(self, key: str, obj: str | None, obj_text: str | None) -> None:
        self.key = key
        self.object = obj
        # a code or a name is compared by the words it was said in
        self.words = (_object_words(obj) if not _coded(obj) else None) or _text_words(obj_text)
        self.texts: list[str] = []
        self.count = 0


def _included(a: _Key, b: _Key) -> bool:
    if _coded(a.object) and _coded(b.object):
        return (a.object or "").lower() == (b.object or "").lower()
    if not a.words or not b.words:
        return False
    return a.words <= b.words or b.words <= a.words


def holder_key_names(
    items: Iterable[tuple[str, str, str | None, str]],
    *,
    encode: Encode | None,
    threshold: float = THRESHOLD,
    apart: Iterable[frozenset[str]] = (),
) -> dict[tuple[str, str], str]:
    """``(holder key, key) → merged key`` for the keys to rename, from ``items``: one
    ``(holder key, proposition key, object text, proposition text)`` per statement. ``encode``
    turns texts into vectors (None: nothing is merged); ``apart``: pairs of keys never merged."""
    if encode is None:
        return {}
    groups: dict[tuple[str, str, int], dict[str, _Key]] = defaultdict(dict)
    for holder, key, obj_text, text in items:
        if not holder or holder.endswith(":?") or not key:
            continue
        parsed = parse_key(key)
        if not parsed.object:
            continue
        group = groups[(holder, parsed.predicate, _key_polarity(parsed))]
        k = group.get(key)
        if k is None:
            k = group[key] = _Key(key, parsed.object, obj_text)
        k.count += 1
        if text and text not in k.texts:
            k.texts.append(text)
    kept_apart: dict[str, set[str]] = defaultdict(set)
    for pair in apart:
        if len(pair) == 2:
            a, b = pair
            kept_apart[a].add(b)
            kept_apart[b].add(a)
    out: dict[tuple[str, str], str] = {}
    for (holder, _, _), group in groups.items():
        if len(group) < 2:
            continue
        for key, name in _merge_group(list(group.values()), encode, threshold,
                                      kept_apart).items():
            out[(holder, key)] = name
    return out


def _candidates(keys: Sequence[_Key], block_limit: int = BLOCK_LIMIT) -> set[tuple[int, int]]:
    """The pairs whose words are one inside the other, each key looked up under its rarest
    word only; a key whose rarest word is in more than ``block_limit`` keys is too bare to
    tell which it belongs with, and is looked up nowhere (at most ``block_limit`` pairs a key)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, k in enumerate(keys):
        for w in k.words:
            postings[w].append(n)
    pairs: set[tuple[int, int]] = set()
    for n, k in enumerate(keys):
        if not k.words:
            continue
        rarest = min(k.words, key=lambda w: (len(postings[w]), w))
        if len(postings[rarest]) > block_limit:
            continue
        for m in postings[rarest]:
            if m != n and _included(k, keys[m]):
                pairs.add((min(n, m), max(n, m)))
    return pairs


def _merge_group(keys: list[_Key], encode: Encode, threshold: float,
                 kept_apart: dict[str, set[str]] | None = None) -> dict[str, str]:
    pairs = _candidates(keys)
    if not pairs:
        return {}
    used = sorted({n for p in pairs for n in p})
    vectors: dict[int, np.ndarray] = {}
    flat = [t for n in used for t in keys[n].texts]
    if flat:
        matrix = np.asarray(encode(flat), dtype=np.float32)
        at = 0
        for n in used:
            width = len(keys[n].texts)
            if width:
                c = matrix[at: at + width].mean(axis=0)
                vectors[n] = c / max(float(np.linalg.norm(c)), 1e-12)
            at += width

    def cosine(i: int, j: int) -> float:
        if i in vectors and j in vectors:
            return float(vectors[i] @ vectors[j])
        return 0.0

    def mergeable(i: int, j: int) -> bool:
        if kept_apart and keys[j].key in kept_apart.get(keys[i].key, ()):
            return False
        return _included(keys[i], keys[j]) and cosine(i, j) >= threshold

    ranked = sorted(((cosine(i, j), i, j) for i, j in pairs if mergeable(i, j)),
                    key=lambda p: (-p[0], p[1], p[2]))
    parent = list(range(len(keys)))
    members: dict[int, list[int]] = {n: [n] for n in range(len(keys))}

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for _, i, j in ranked:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if all(mergeable(x, y) for x in members[ri] for y in members[rj]):
            parent[rj] = ri
            members[ri].extend(members.pop(rj))
    out: dict[str, str] = {}
    for group in members.values():
        if len(group) < 2:
            continue
        best = min(group, key=lambda n: (-keys[n].count, len(keys[n].key), keys[n].key))
        for n in group:
            if n != best:
                out[keys[n].key] = keys[best].key
    return out
