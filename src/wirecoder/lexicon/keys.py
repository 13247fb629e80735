"""Proposition keys: the lexical key that paraphrases of one proposition share.

The one key module, read by the statement stage (which emits keys) and by
:mod:`wirecoder.corpus.keymatch` (which merges them across articles). It lives in the lexicon
because it is a lookup over the tables of :mod:`wirecoder.lexicon.propositions` and the gazetteer,
on strings and lemmas, with no parse: merging can import it without loading the statement stage
(and spaCy).

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

This is the one key module: :func:`normalize_key` (and :func:`text_key` for a proposition given
as free text) map keys written by other means onto the forms :func:`proposition_key` emits, through
the same tables, and :mod:`wirecoder.corpus.keymatch` merges keys across articles through it. A
key the pipeline emits is a fixed point of :func:`normalize_key`. Lemmas of free text come from
lemminflect (:func:`lemma`, cached), inflections of the proposition text too (:func:`conjugate`).

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

from . import propositions as lex
from .states import keeping_slug

__all__ = [
    "Predicate",
    "PropositionKey",
    "canonical_predicate",
    "concept_predicate",
    "conjugate",
    "generic_predicate",
    "lemma",
    "normalize_key",
    "object_code",
    "parse_key",
    "proposition_key",
    "proposition_text",
    "relation_predicate",
    "text_key",
    "words",
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


def canonical_predicate(lemmas: Sequence[str] | str) -> Predicate | None:
    """The table's predicate for a surface form (lemmas, or one string of them), else None.

    >>> canonical_predicate(["introduce", "sanction", "against"]).slug
    'impose_sanctions'
    >>> canonical_predicate("stay out of").denies
    True
    """
    words = tuple(lemmas.split()) if isinstance(lemmas, str) else tuple(w.lower() for w in lemmas)
    found = _index().get(words)
    if found is None and isinstance(lemmas, str) and (slug := lex.PREDICATES.get(lemmas, (None,))[0]):
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
    return Predicate(text, _slug(" ".join(_kept(content))))


def _kept(content: list[str]) -> list[str]:
    """Content words of a predicate with a verb of keeping first keyed as ``keep``
    (:func:`wirecoder.lexicon.states.keeping_slug`): "maintain", "retains", "extend" the ban are
    one position, keeping it."""
    slug = keeping_slug(lemma(content[0])) if content else None
    return [slug, *content[1:]] if slug else content


_FUNCTION_WORDS = lex.FUNCTION_WORDS


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


class _NoSpacy:
    """A meta-path finder under which ``import spacy`` raises ImportError (and leaves no trace
    in ``sys.modules``)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("spaCy is hidden from lemminflect's import", name=name)
        return None


@lru_cache(maxsize=1)
def _lemminflect():
    """lemminflect, imported on first use without its spaCy hook: on import it imports spaCy
    (seconds) to register token extensions wirecoder does not use, so the cross-article commands,
    which need only its word tables, hide spaCy from that one import unless it is loaded already."""
    import sys

    if "spacy" in sys.modules:
        import lemminflect
        return lemminflect
    finder = _NoSpacy()
    sys.meta_path.insert(0, finder)
    try:
        import lemminflect
    finally:
        sys.meta_path.remove(finder)
    return lemminflect


@lru_cache(maxsize=4096)
def conjugate(predicate: str, plural: bool = False) -> str:
    """The predicate in the present tense after a third-person subject: "impose sanctions on"
    → "imposes sanctions on"; "be strategic partners" → "are strategic partners" (plural).
    Inflections come from lemminflect (VBZ, or VBP for a plural subject)."""
    verb, _, rest = predicate.partition(" ")
    forms = _lemminflect().getInflection(verb, "VBP" if plural else "VBZ") if verb else ()
    form = (forms[-1] if plural and verb == "be" else forms[0]) if forms else verb
    return f"{form} {rest}".strip()


_DANGLING = re.compile(r"(?:\s+(?:on|against|with|to|of|in|into|from|for|at|by|about|over))+$")


def proposition_text(
    subject: str | None, predicate: Predicate | str, object: str | None = None, *, plural: bool = False
) -> str:
    """The proposition read as a phrase: "Serbia imposes sanctions on Russia"; without a
    subject, the bare predicate ("impose sanctions on Russia"). Without an object a predicate
    ends on no preposition: "China imposes sanctions", not "China imposes sanctions on"."""
    text = predicate.text if isinstance(predicate, Predicate) else predicate
    if not object:
        text = _DANGLING.sub("", text) or text
    verb_phrase = conjugate(text, plural) if subject else text
    if subject and subject[:1].islower() and subject.split()[0] not in _NAME_PARTICLES:
        subject = subject[0].upper() + subject[1:]  # a clause opens a sentence: "The president vetoes"
    return " ".join(part for part in (subject, verb_phrase, object) if part)


# Lower-case words that open a name ("de Villepin", "al-Sadr", "van der Bellen"), kept as written.
_NAME_PARTICLES = frozenset("de da di del della du van von der den al el la le ter ten".split())


# ------------------------------------------------------------------ keys from text, normalised keys


@dataclass(frozen=True, slots=True)
class PropositionKey:
    """A parsed key: predicate slug (``impose_sanctions``), object (``RUS`` or None), negation."""

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


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lemma of one word out of context (lemminflect; a verb reading first, then noun,
    adjective): "agrees"/"agreed" → agree, "sanctions" → sanction, "left" → leave; "won't",
    "n't" → not."""
    w = word.lower().replace("\u2019", "'")
    if w in ("n't", "won't", "can't", "cannot") or w.endswith("n't"):
        return "not"
    found = _lemminflect().getAllLemmas(w)
    for pos in ("VERB", "NOUN", "ADJ", "AUX"):
        if pos in found:
            return found[pos][0]
    return w


def words(text: str) -> list[str]:
    """Words of ``text`` split at spaces and ``_``, edge punctuation dropped; "won't" and
    "don't" give the verb and "not"."""
    out: list[str] = []
    for piece in re.split(r"[\s_]+", text.strip()):
        piece = piece.strip(".,;:!?\"()[]\u201c\u201d").replace("\u2019", "'")
        low = piece.lower()
        if low in ("won't", "can't", "cannot", "n't"):
            out.append("not")
        elif low.endswith("n't"):
            out.extend((piece[:-3], "not"))
        elif piece:
            out.append(piece)
    return out


_NEGATIONS = lex.NEGATIONS | {"not"}


def _lookup(lemmas: Sequence[str]) -> Predicate | None:
    """The table's predicate for these lemmas, auxiliaries and then prepositions left out."""
    kept = [w for w in lemmas if w not in lex.AUXILIARIES or w == "be"]
    for variant in (kept, [w for w in kept if w != "be"],
                    [w for w in kept if w not in _FUNCTION_WORDS and w != "be"]):
        if variant and (found := _index().get(tuple(variant))) is not None:
            return found
    return None


def _read(ws: Sequence[str], n_pred: int) -> tuple[Predicate, list[str]] | None:
    """The table predicate ``ws`` hold and the object words around it: the longest predicate that
    starts the words ("imposed sanctions on | Moscow"), or ends them after the first ``n_pred``
    ("join | the anti-Russian | sanctions", "become | a NATO | member state")."""
    lemmas = [lemma(w) for w in ws]

    def size(part: Sequence[str]) -> int:
        return sum(1 for w in part if w not in _FUNCTION_WORDS)

    best: tuple[int, Predicate, list[str]] | None = None
    for k in range(len(ws), 0, -1):
        if (found := _lookup(lemmas[:k])) is not None:
            best = (size(lemmas[:k]), found, list(ws[k:]))
            break
    for j in range(n_pred + 1, len(ws)):
        part = lemmas[:n_pred] + lemmas[j:]
        if (best is None or size(part) > best[0]) and (found := _lookup(part)) is not None:
            best = (size(part), found, list(ws[n_pred:j]))
            break
    return best[1:] if best else None


def _named_in(code: str, gazetteer) -> str | None:
    """The code of the longest run of words in a lower-case object that names a country or an
    organization ("import_ukrainian_grain" → UKR), else None."""
    ws = code.split("_")
    for size in range(min(len(ws), 4), 0, -1):  # names run to four words ("united arab emirates")
        for start in range(len(ws) - size + 1):
            found = object_code(" ".join(ws[start:start + size]).title(), gazetteer)
            if found and not found.islower() and found != " ".join(ws[start:start + size]).title():
                return found
    return None


def _codes(obj: str | None, gazetteer) -> str | None:
    """An object in key form: each ``+`` party through :func:`object_code` (codes stay codes; a
    lower-case object that names a country or organization takes its code)."""
    if not obj:
        return None
    parts = []
    for part in obj.split("+"):
        code = object_code(re.sub(r"['\u2019]s$", "", part.strip()), gazetteer)
        if code and code.islower() and gazetteer is not None:
            code = _named_in(code, gazetteer) or code
        if code:
            parts.append(code)
    return "+".join(sorted(parts) if len(parts) > 1 else parts) or None


def text_key(predicate: str, object: str | None = None, *, gazetteer=None) -> str:
    """The key of a proposition given as text, without a subject: ("will never impose sanctions
    on", "Russia") → ``not_impose_sanctions:RUS``; ("become", "a NATO member state") →
    ``join:NATO``; a predicate outside the tables keeps its content words ("defend_border")."""
    return _key(predicate, object, gazetteer, in_key=False)


def _key(predicate: str, object: str | None, gazetteer, *, in_key: bool) -> str:
    """The key of predicate words and object; ``in_key``: both come from a key (the object is
    one code or slug, not words)."""
    pred_words, negated = [], False
    for w in words(predicate):
        if w.lower() in _NEGATIONS:
            negated = not negated
        else:
            pred_words.append(w)
    obj_words = [object] if in_key and object else words(object or "")
    found = _read(pred_words + obj_words, len(pred_words)) if pred_words else None
    if found is not None:
        pred, obj = found
        if in_key and object:
            obj = [object]  # complement words before a key's object are the predicate's ("enter alliance")
        code = _codes(" ".join(obj), gazetteer) if obj else None
        # in a key, words after the predicate are its object only when they name one ("join_the_EU",
        # not "remain_neutral_country")
        if not (in_key and not object and code is not None and code.islower()):
            return str(PropositionKey(pred.slug, code, negated != pred.denies))
    lemmas = [lemma(w) for w in pred_words]
    content = [w for w in lemmas if w not in _FUNCTION_WORDS and w not in lex.AUXILIARIES]
    rel = relation_predicate(content) if content and content[-1] in lex.RELATIONS else None
    concept = concept_predicate(content[0], content[1:]) if len(content) > 1 else None
    pred = rel or concept
    if pred is not None:
        return str(PropositionKey(pred.slug, _codes(object, gazetteer), negated != pred.denies))
    kept = [w.lower() for w in pred_words if w.lower() not in _FUNCTION_WORDS and w.lower() not in lex.AUXILIARIES]
    return str(PropositionKey("_".join(_kept(kept)) or "unknown", _codes(object, gazetteer), negated))


def normalize_key(key: str, *, gazetteer=None) -> str:
    """A key rewritten onto the forms the pipeline emits: ``introduce_sanctions:RUS`` →
    ``impose_sanctions:RUS``, ``become_member:NATO`` → ``join:NATO``, ``join_the_EU`` →
    ``join:European_Union``; emitted keys come back unchanged (codes, ``RUS_nuclear``,
    ``strategic_partners:RUS+SRB``). The result is a fixed point: a rewrite that drops a word
    ("join_impose:sanctions" → "join:sanctions") is rewritten again until nothing changes."""
    for _ in range(4):  # each pass only shortens or rewrites onto a table form; two suffice in practice
        parsed = parse_key(key)
        rebuilt = parse_key(_key(parsed.predicate, parsed.object, gazetteer, in_key=True))
        once = str(PropositionKey(rebuilt.predicate, rebuilt.object, rebuilt.negated != parsed.negated))
        if once == key:
            break
        key = once
    return key
