"""Verbs the tagger read as nouns after "and", set right after the pipeline has run.

spaCy's small English model tags the second of two coordinated base verbs a noun when it reads
like one ("urged both sides to avoid unilateral actions and *return* to dialogue", "will suspend
the talks and *review* the agreement"), while its parser still attaches it as a conjunct of the
first verb. Every stage then misses the second clause: it names no verb. The ``wirecoder_retag``
component (added last by :func:`wirecoder.analysis.load_pipeline`) gives such a conjunct the tag
and part of speech of its head verb: a singular common noun without a determiner, owner,
adjective, compound or number of its own, conjoined to a base-form verb, that takes an object or
a prepositional phrase, whose word is a verb's base form (lemminflect's dictionary) and does not
end like a nominalisation ("investment", "protection").
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas
from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["retag_verb_conjuncts"]

_NOUN_DEPENDENTS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})
_NOMINAL_ENDINGS = ("ment", "tion", "sion", "ance", "ence", "ity", "ness", "ship", "ism", "ure", "age", "ery")


@lru_cache(maxsize=4096)
def _base_verb(word: str) -> bool:
    return word in getAllLemmas(word, upos="VERB").get("VERB", ()) and not word.endswith(_NOMINAL_ENDINGS)


def _misread_verb(tok: Token) -> bool:
    head = tok.head
    return (tok.dep_ == "conj" and tok.tag_ == "NN" and head.tag_ == "VB" and head.pos_ == "VERB"
            and head.i < tok.i and tok.is_lower and not tok.ent_type_
            and not any(c.dep_ in _NOUN_DEPENDENTS for c in tok.children)
            and any(c.dep_ in ("prep", "dobj") and c.i > tok.i for c in tok.children)
            and any(c.dep_ == "cc" and c.i < tok.i for c in head.children) and _base_verb(tok.lower_))


def retag_verb_conjuncts(doc: Doc) -> Doc:
    """``doc`` with each misread conjunct verb tagged as its head verb is (see the module doc)."""
    for tok in doc:
        if _misread_verb(tok):
            tok.tag_, tok.pos_ = tok.head.tag_, "VERB"
    return doc


@Language.component("wirecoder_retag")
def retag_component(doc: Doc) -> Doc:
    """Coordinated verbs the tagger read as nouns, retagged (after the parser)."""
    return retag_verb_conjuncts(doc)
