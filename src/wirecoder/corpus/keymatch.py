"""Proposition keys across articles: paraphrases land on one key, opposites never do.

A statement's proposition key is ``predicate:OBJECT`` ("impose_sanctions:RUS", "join:NATO"):
predicate words in lower case joined by ``_`` (a leading ``not_``/``never_``/``no_`` marks a negated
predicate), then the object as an ISO alpha-3 code, an organization name or lower-case words.
Paraphrases meet in three steps:

1. **Lemmas and the synonym table** (:func:`proposition_key`, :func:`normalize_key`): word forms are
   reduced ("imposes"/"imposed" → impose), function words dropped, and :data:`PREDICATE_SYNONYMS`
   rewrites known paraphrases to one predicate: "impose sanctions on Russia", "introduce sanctions
   against Russia" and "join the anti-Russian sanctions" all give ``impose_sanctions:RUS``;
   "join NATO" and "become a NATO member state" give ``join:NATO``. Objects go through the
   gazetteer ("Russia", "Moscow", "Russian" → RUS).
2. **Lexical equality**: statements whose normalised keys are equal share the key.
3. **Sentence embeddings** (:class:`KeyMatcher`): two distinct normalised keys merge when the mean
   embeddings of their proposition texts have cosine >= ``threshold`` **and** they are compatible:

   - the same object (both None counts as the same): "impose sanctions on Russia" never merges with
     "impose sanctions on Belarus", however close their vectors;
   - the same polarity: a key's polarity is the parity of its negation marks and reversal words
     (:data:`REVERSAL_WORDS`: leave, quit, lift, withdraw, reject, oppose, ...), read from the key
     and from its texts; "join NATO" (0) never merges with "leave NATO" (1) nor with "not join NATO"
     (1), while "not join NATO" and "refuse to join NATO" (both 1) may;
   - not a pair in :data:`ANTONYMS` (join/leave, impose_sanctions/lift_sanctions, ...).

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
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from .embeddings import Embedder
    from ..lexicon.gazetteer import Gazetteer

__all__ = [
    "ANTONYMS",
    "KeyMatcher",
    "PREDICATE_SYNONYMS",
    "PropositionKey",
    "REVERSAL_WORDS",
    "jaccard",
    "near_duplicates",
    "normalize_key",
    "parse_key",
    "polarity",
    "proposition_key",
    "shingles",
]

#: Canonical predicate → paraphrase patterns, written as lemmas without function words. ``X``
#: marks where the object stands (one or more words); a pattern without ``X`` takes the object
#: from what follows it. The first, longest pattern that matches the whole phrase wins.
PREDICATE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "impose_sanctions": (
        "impose sanction X", "introduce sanction X", "adopt sanction X", "apply sanction X",
        "levy sanction X", "slap sanction X", "place sanction X", "put sanction X",
        "enact sanction X", "approve sanction X", "join sanction X", "support sanction X",
        "impose restrictive measure X", "introduce restrictive measure X",
        "adopt restrictive measure X", "take restrictive measure X", "apply restrictive measure X",
        "join anti X sanction", "impose anti X sanction", "introduce anti X sanction",
        "support anti X sanction", "impose X sanction", "sanction X",
    ),
    "lift_sanctions": (
        "lift sanction X", "remove sanction X", "drop sanction X", "end sanction X",
        "scrap sanction X", "ease sanction X", "lift anti X sanction", "lift X sanction",
    ),
    "join": (
        "join X", "become X member state", "become X member", "become member state X",
        "become member X", "accede X", "enter X", "gain X membership", "gain membership X",
    ),
    "leave": (
        "leave X", "quit X", "exit X", "withdraw X", "pull out X", "abandon X membership",
        "end X membership", "end membership X",
    ),
    "recognize": ("recognize independence X", "recognise independence X", "recognize X independence",
                  "recognise X independence", "recognize X", "recognise X", "acknowledge X independence"),
    "withdraw_recognition": ("withdraw recognition X", "revoke recognition X", "derecognize X",
                             "derecognise X"),
    "stay_neutral": ("stay militarily neutral", "remain militarily neutral", "stay neutral",
                     "remain neutral", "keep neutrality", "preserve neutrality", "maintain neutrality",
                     "keep military neutrality", "preserve military neutrality",
                     "maintain military neutrality"),
}

#: Canonical predicates that say the opposite of each other (either order).
ANTONYMS: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in (
    ("join", "leave"), ("impose_sanctions", "lift_sanctions"), ("recognize", "withdraw_recognition"),
    ("support", "oppose"), ("accept", "reject"), ("increase", "decrease"), ("increase", "cut"),
    ("raise", "lower"), ("open", "close"), ("allow", "ban"), ("allow", "forbid"), ("allow", "prohibit"),
    ("sign", "withdraw"), ("ratify", "withdraw"), ("approve", "reject"), ("start", "stop"),
    ("start", "end"), ("begin", "end"), ("continue", "stop"), ("continue", "end"),
))

_NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "without", "n't", "cannot", "none"})
#: Words that reverse a proposition: they leave, end, remove, reduce or harm their object ("leave
#: NATO" vs "join NATO", "harms growth" vs "boosts growth"); a lemma's inflections count too
#: ("lifted", "withdrawing"). Two of them cancel out ("reduces harm").
REVERSAL_WORDS: frozenset[str] = frozenset({
    "leave", "quit", "exit", "withdraw", "lift", "remove", "scrap", "revoke", "cancel", "abandon",
    "reject", "oppose", "refuse", "deny", "stop", "halt", "suspend", "end", "abolish", "ban", "forbid",
    "prohibit", "derecognize", "derecognise", "decrease", "reduce", "cut", "lower", "ease", "lose",
    "harm", "hurt", "damage", "undermine", "weaken", "worsen", "threaten", "destroy", "diminish",
    "prevent", "deter", "hinder", "block", "limit", "restrict", "curb", "eliminate",
})
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "on", "against", "to", "of", "into", "in", "with", "from", "for", "at", "by",
    "as", "its", "their", "his", "her", "our", "will", "would", "shall", "should", "must", "may",
    "might", "can", "could", "be", "is", "are", "was", "were", "been", "being", "do", "does", "did",
    "have", "has", "had", "that", "this", "these", "those", "and", "any", "new", "full", "fully",
    "further",
})
_IRREGULAR = {"became": "become", "left": "leave", "withdrew": "withdraw", "withdrawn": "withdraw",
              "took": "take", "taken": "take", "put": "put", "cut": "cut", "quit": "quit",
              "began": "begin", "begun": "begin", "won't": "will", "can't": "can", "stayed": "stay"}
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|n['’]t", re.IGNORECASE)


def _lemma(word: str) -> str:
    """A crude lemma: lower case, irregular forms, then -ies/-ing/-ed/-es/-s/-e stripped.

    Only ever compared with the lemma of another word, never shown: "imposes", "imposed",
    "imposing" and "impose" all give "impos"."""
    w = word.lower().replace("’", "'")
    w = _IRREGULAR.get(w, w)
    if w.endswith("n't"):
        return "not"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix) and not w.endswith("ss"):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":  # "joinning" → never, "stopped" → stop
        w = w[:-1]
    return w


_NEGATION_LEMMAS = frozenset(_lemma(w) for w in _NEGATIONS) | {"not"}
_REVERSAL_LEMMAS = frozenset(_lemma(w) for w in REVERSAL_WORDS)
_FUNCTION_LEMMAS = frozenset(_lemma(w) for w in _FUNCTION_WORDS)


def _words(text: str) -> list[str]:
    """Words of ``text``; "anti-Russian" becomes "anti", "Russian"; "won't" gives "not"."""
    out: list[str] = []
    for piece in re.split(r"[\s_]+", text.strip()):
        if piece.lower().startswith("anti-") and len(piece) > 5:
            out.append("anti")
            piece = piece[5:]
        for m in _WORD.finditer(piece.replace("-", " ")):
            word = m.group(0)
            if word.lower() in ("won't", "won’t", "can't", "can’t", "n't", "n’t"):
                out.append("not")
            elif word.lower().endswith(("n't", "n’t")):
                out.append(word[:-3])
                out.append("not")
            else:
                out.append(word)
    return out


def polarity(text: str) -> int:
    """0 or 1: the parity of negations and reversal words in ``text`` ("leave NATO" 1,
    "not leave NATO" 0, "join NATO" 0)."""
    lemmas = [_lemma(w) for w in _words(text)]
    return sum(1 for w in lemmas if w in _NEGATION_LEMMAS or w in _REVERSAL_LEMMAS) % 2


# ---------------------------------------------------------------------------------- lexical keys


@dataclass(frozen=True, slots=True)
class PropositionKey:
    """A parsed key: predicate (``impose_sanctions``), object (``RUS`` or None), negation."""

    predicate: str
    object: str | None
    negated: bool = False

    def __str__(self) -> str:
        head = ("not_" if self.negated else "") + self.predicate
        return f"{head}:{self.object}" if self.object else head


def parse_key(key: str) -> PropositionKey:
    """``"not_join:NATO"`` → PropositionKey("join", "NATO", negated=True)."""
    head, _, obj = key.strip().partition(":")
    negated = False
    parts = [p for p in head.split("_") if p]
    while parts and parts[0].lower() in ("not", "never", "no"):
        negated = not negated
        parts = parts[1:]
    return PropositionKey("_".join(parts), obj.strip() or None, negated)


def _compile(patterns: dict[str, tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    rules = [(canonical, tuple(w if w == "X" else _lemma(w) for w in pattern.split()))
             for canonical, group in patterns.items() for pattern in group]
    rules.sort(key=lambda r: -sum(1 for w in r[1] if w != "X"))  # longest literal run first
    return rules


_RULES = _compile(PREDICATE_SYNONYMS)


def _match(pattern: tuple[str, ...], lemmas: list[str]) -> tuple[int, int] | None:
    """The (start, end) of the object slot when ``pattern`` covers all of ``lemmas``; (0, 0) when the
    pattern has no slot and matches exactly."""
    if "X" not in pattern:
        return (0, 0) if tuple(lemmas) == pattern else None
    slot = pattern.index("X")
    before, after = pattern[:slot], pattern[slot + 1:]
    if len(lemmas) < len(before) + len(after) + 1:
        return None
    if tuple(lemmas[: len(before)]) != before:
        return None
    if after and tuple(lemmas[len(lemmas) - len(after):]) != after:
        return None
    return len(before), len(lemmas) - len(after)


def _resolve(phrase: str, gazetteer: Gazetteer) -> str | None:
    for candidate in dict.fromkeys((phrase, phrase.title() if phrase.islower() else phrase)):
        ref = gazetteer.lookup(candidate)
        if ref is not None and ref.type in ("COUNTRY", "PLACE") and ref.country:
            return ref.country
        if ref is not None and ref.type == "ORG":
            return ref.name.replace(" ", "_")
    return None


def _object_code(words: Sequence[str], gazetteer: Gazetteer | None) -> str | None:
    """An ISO alpha-3 code or organization name when the words (or the longest run of them)
    name one, else the lower-cased words ("alliance NATO" → NATO, "Russia" → RUS)."""
    words = [w for w in words if _lemma(w) not in _FUNCTION_LEMMAS]
    if not words:
        return None
    phrase = " ".join(words)
    if len(words) == 1 and len(phrase) == 3 and phrase.isupper() and phrase.isalpha():
        return phrase  # already an ISO alpha-3 code
    if gazetteer is not None:
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                code = _resolve(" ".join(words[start:start + size]), gazetteer)
                if code is not None:
                    return code
    if phrase.isupper():
        return phrase.replace(" ", "_")
    return "_".join(w.lower() for w in words)


def proposition_key(predicate: str, object: str | None = None, *,
                    gazetteer: Gazetteer | None = None) -> str:
    """The lexical key of a proposition from its predicate and object words.

    ``proposition_key("impose sanctions on", "Russia")``, ``("introduce sanctions against",
    "Russia")`` and ``("join", "the anti-Russian sanctions")`` all give ``impose_sanctions:RUS``
    with a gazetteer (``impose_sanctions:russia`` without one); ``("become", "a NATO member
    state")`` gives ``join:NATO``. Negation words in the predicate make a ``not_`` key; a
    predicate outside :data:`PREDICATE_SYNONYMS` keeps its content words ("stay_out:NATO")."""
    negated = False
    parts: list[list[str]] = [[], []]
    for side, phrase in enumerate((predicate, object or "")):
        for word in _words(phrase):
            lemma = _lemma(word)
            if lemma in _NEGATION_LEMMAS:
                negated = not negated
            elif lemma not in _FUNCTION_LEMMAS:
                parts[side].append(word)
    kept = parts[0] + parts[1]
    lemmas = [_lemma(w) for w in kept]
    for canonical, pattern in _RULES:
        span = _match(pattern, lemmas)
        if span is not None:
            obj = _object_code(kept[span[0]:span[1]], gazetteer) if span != (0, 0) else None
            return str(PropositionKey(canonical, obj, negated))
    head = "_".join(w.lower() for w in parts[0]) or "unknown"
    return str(PropositionKey(head, _object_code(parts[1], gazetteer), negated))


_CODES = re.compile(r"[A-Z]{3}(?:\+[A-Z]{3})*")
_PLACEHOLDER = "objectplaceholder"


def normalize_key(key: str, *, gazetteer: Gazetteer | None = None) -> str:
    """A key rewritten through the synonym table: ``introduce_sanctions:RUS`` →
    ``impose_sanctions:RUS``, ``become_member:NATO`` → ``join:NATO``. """
    parsed = parse_key(key)
    predicate = parsed.predicate.replace("_", " ")
    if parsed.object and _CODES.fullmatch(parsed.object):
        # already codes ("RUS", "RUS+SRB" for the parties of a symmetric relation): kept as they are
        rebuilt = parse_key(proposition_key(predicate, _PLACEHOLDER))
        if rebuilt.object == _PLACEHOLDER:
            rebuilt = PropositionKey(rebuilt.predicate, parsed.object, rebuilt.negated)
    else:
        obj = parsed.object.replace("_", " ") if parsed.object else None
        rebuilt = parse_key(proposition_key(predicate, obj, gazetteer=gazetteer))
    return str(PropositionKey(rebuilt.predicate, rebuilt.object,
                              rebuilt.negated != parsed.negated))


def _key_polarity(key: PropositionKey) -> int:
    reversal = any(_lemma(w) in _REVERSAL_LEMMAS for w in key.predicate.split("_"))
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
        if frozenset((ka.predicate, kb.predicate)) in ANTONYMS:
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
