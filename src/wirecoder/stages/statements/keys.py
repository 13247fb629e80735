"""Proposition keys: the lexical key that paraphrases of one proposition share.

A proposition is a subject, a predicate and an object ("Serbia / impose sanctions on / Russia").
Its **key** leaves the subject out, so that different holders and actors meet on one position,
and names the predicate by a canonical slug and the object by a code::

    impose_sanctions:RUS          "impose sanctions on Russia", "introduce sanctions against
                                  Russia", "join the anti-Russian sanctions"
    join:NATO                     "join NATO", "become a NATO member state"
    join:European_Union           "join the EU", "become an EU member", "seek EU membership"
    stay_neutral                  "remain neutral", "stay militarily neutral", "keep neutrality"
    recognize:XKX                 "recognize Kosovo", "recognize the independence of Kosovo"
    strategic_partners:RUS+SRB    symmetric relations carry all their parties, sorted
    preserve_relation:RUS         predicates outside the table: verb and noun lemmas

The slugs agree with :mod:`wirecoder.corpus.keymatch`, whose ``normalize_key`` maps keys written
by other means onto the same forms.

Countries are ISO alpha-3 codes, organizations their gazetteer name with ``_`` for spaces,
other objects the lemmas of their content words. Predicates come from the synonym tables of
:mod:`wirecoder.lexicon.propositions`; wording that denies a canonical predicate ("stay out of")
maps to it with ``denies=True`` and the caller flips the stance. Sentence embeddings, which
catch paraphrases the tables miss, live elsewhere; this module is the lexical key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Iterable, Iterator, Sequence

from ...lexicon import propositions as lex

__all__ = [
    "Predicate",
    "canonical_predicate",
    "concept_predicate",
    "conjugate",
    "generic_predicate",
    "object_code",
    "proposition_key",
    "proposition_text",
    "relation_predicate",
]


@dataclass(frozen=True, slots=True)
class Predicate:
    """A predicate in canonical wording (``text``) with its key ``slug``; ``denies`` when the
    surface wording negates it ("stay out of" for "join"); ``symmetric`` for relations whose
    parties all belong in the key."""

    text: str
    slug: str
    denies: bool = False
    symmetric: bool = False


def _expand(pattern: str) -> Iterator[tuple[str, ...]]:
    slots = [slot.split("|") for slot in pattern.split()]
    for choice in product(*slots):
        words = tuple(w for w in choice if w)
        if words:
            yield words


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], Predicate]:
    """Every surface form of the tables → its predicate (built once, read-only after)."""
    index: dict[tuple[str, ...], Predicate] = {}
    for text, (slug, patterns) in lex.PREDICATES.items():
        for pattern in patterns:
            for words in _expand(pattern):
                index.setdefault(words, Predicate(text, slug))
    for text, patterns in lex.ANTONYMS.items():
        slug = lex.PREDICATES[text][0]
        for pattern in patterns:
            for words in _expand(pattern):
                index.setdefault(words, Predicate(text, slug, denies=True))
    return index


def _slug_of(text: str) -> str | None:
    for canonical, (slug, _) in lex.PREDICATES.items():
        if canonical == text:
            return slug
    return None


def canonical_predicate(lemmas: Sequence[str] | str) -> Predicate | None:
    """The table's predicate for a surface form (lemmas, or one string of them), else None.

    >>> canonical_predicate(["introduce", "sanction", "against"]).slug
    'impose_sanctions'
    >>> canonical_predicate("stay out of").denies
    True
    """
    words = tuple(lemmas.split()) if isinstance(lemmas, str) else tuple(w.lower() for w in lemmas)
    found = _index().get(words)
    if found is None and isinstance(lemmas, str) and (slug := _slug_of(lemmas)) is not None:
        return Predicate(lemmas, slug)
    return found


def concept_predicate(verb: str, words: Iterable[str]) -> Predicate | None:
    """An attitude verb over a phrase naming a proposition: ("value", ["status", "neutral",
    "country"]) → stay militarily neutral; ("abandon", ["neutrality"]) → the same, denied."""
    denies = lex.ATTITUDE_VERBS.get(verb.lower())
    if denies is None:
        return None
    for word in words:
        text = lex.CONCEPTS.get(word.lower())
        if text is not None:
            return Predicate(text, lex.PREDICATES[text][0], denies=denies)
    return None


def relation_predicate(words: Iterable[str]) -> Predicate | None:
    """A symmetric relation named by ``words`` (lemmas of a copula's complement): ["strategic",
    "partnership"] → "be strategic partners" (slug ``strategic_partners``)."""
    words = [w.lower() for w in words]
    for k, word in enumerate(words):
        relation = lex.RELATIONS.get(word)
        if relation is not None:
            mods = [w for w in words[:k] if w in lex.RELATION_MODIFIERS]
            phrase = " ".join([*mods, relation])
            return Predicate(f"be {phrase}", phrase.replace(" ", "_"), symmetric=True)
    return None


def generic_predicate(lemmas: Sequence[str], surface: str | None = None) -> Predicate:
    """A predicate outside the tables: its surface wording (or the lemmas) as text, the verb and
    noun lemmas as slug (prepositions dropped): "preserve relations with" → ``preserve_relation``."""
    text = surface or " ".join(lemmas)
    content = [w for w in lemmas if w not in _FUNCTION_WORDS] or list(lemmas[:1])
    return Predicate(text, _slug(" ".join(content)))


_FUNCTION_WORDS = frozenset(
    """on against of to with for in into from at by out away about over under up off the a an
    our its their his her my your this that these those any all""".split()
)


def _slug(text: str) -> str:
    return re.sub(r"[^\w+]+", "_", text.strip()).strip("_")


def object_code(name: str | None, gazetteer=None) -> str | None:
    """The key form of an object: ISO alpha-3 for a country ("Russia", "Moscow" → RUS; a demonym
    → its country), the gazetteer name for an organization ("the EU" → European_Union), else the
    words lowercased ("any military bloc" → military_bloc). Codes pass through unchanged."""
    if not name:
        return None
    name = name.strip()
    if re.fullmatch(r"[A-Z]{3}", name):
        return name
    if gazetteer is not None:
        bare = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
        bare = re.sub(r"^(?:anti|pro)-", "", bare, flags=re.I)
        ref = gazetteer.lookup(bare)
        if ref is not None and ref.type in ("COUNTRY", "PLACE") and ref.country:
            return ref.country
        if ref is not None and ref.type == "ORG":
            return _slug(ref.name)
    if any(ch.isupper() for ch in name[:1]) and " " not in name:
        return name
    words = [w for w in re.findall(r"[\w-]+", name.lower()) if w not in _FUNCTION_WORDS]
    return _slug(" ".join(words)) or None


def _predicate_of(predicate: Predicate | Sequence[str] | str) -> Predicate:
    if isinstance(predicate, Predicate):
        return predicate
    found = canonical_predicate(predicate)
    if found is not None:
        return found
    lemmas = predicate.split() if isinstance(predicate, str) else list(predicate)
    return relation_predicate(lemmas) or generic_predicate(lemmas)


def proposition_key(
    subject: str | Sequence[str] | None,
    predicate: Predicate | Sequence[str] | str,
    object: str | None = None,
    *,
    gazetteer=None,
) -> str:
    """``slug`` or ``slug:OBJECT``; symmetric relations list every party, subject included:
    ``strategic_partners:RUS+SRB``. ``subject`` and ``object`` are names or codes (a gazetteer
    turns names into codes); ``predicate`` a :class:`Predicate`, lemmas, or canonical wording.

    >>> proposition_key("Serbia", ["introduce", "sanction", "against"], "RUS")
    'impose_sanctions:RUS'
    """
    pred = _predicate_of(predicate)
    if pred.symmetric:
        subjects = [subject] if isinstance(subject, str) or subject is None else list(subject)
        parties = [object_code(p, gazetteer) for p in [*subjects, object] if p]
        codes = sorted({p for p in parties if p})
        return f"{pred.slug}:{'+'.join(codes)}" if codes else pred.slug
    code = object_code(object, gazetteer)
    return f"{pred.slug}:{code}" if code else pred.slug


_IRREGULAR = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do"), "go": ("goes", "go")}


def conjugate(predicate: str, plural: bool = False) -> str:
    """The predicate in the present tense after a third-person subject: "impose sanctions on"
    → "imposes sanctions on"; "be strategic partners" → "are strategic partners" (plural)."""
    verb, _, rest = predicate.partition(" ")
    if verb in _IRREGULAR:
        form = _IRREGULAR[verb][1 if plural else 0]
    elif plural:
        form = verb
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        form = verb + "es"
    elif len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        form = verb[:-1] + "ies"
    else:
        form = verb + "s"
    return f"{form} {rest}".strip()


def proposition_text(
    subject: str | None, predicate: Predicate | str, object: str | None = None, *, plural: bool = False
) -> str:
    """The proposition read as a phrase: "Serbia imposes sanctions on Russia"; without a
    subject, the bare predicate ("impose sanctions on Russia")."""
    text = predicate.text if isinstance(predicate, Predicate) else predicate
    verb_phrase = conjugate(text, plural) if subject else text
    return " ".join(part for part in (subject, verb_phrase, object) if part)
