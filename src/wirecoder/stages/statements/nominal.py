"""Acts named by a noun: the verb behind a nominalization ("reopening" → reopen, "devaluation" →
devalue, "withdrawal" → withdraw, "extension" → extend), and the object the act takes, from the
noun's own "of" phrase ("no extension of the deal") or from the article's last clause with the
same verb ("would not reopen its border crossings with Belarus ... There will be no
reopening"). Used by :mod:`wirecoder.stages.statements.find` for statements such as "There will
be no devaluation" and "An extension is not on the table".

Only derivational suffixes are read (-ing, -ion, -al, -ment, -ure, -ance), and a candidate verb
must be in lemminflect's verb table; nouns that are verbs unchanged ("deal", "ban") are not acts
here, since "there will be no deal" names no act of the speaker.

:func:`act_verb` is wider, for a stance verb over a noun ("opposed a boycott", "supports the
restart of the plant", "any waiver of patents"): it also takes nouns that are verbs unchanged
and the irregular ones of :data:`~wirecoder.lexicon.propositions.ACT_NOUN_VERBS`, but never a
noun of :data:`~wirecoder.lexicon.propositions.NON_ACT_NOUNS` ("the deal", "the proposal"),
which names a thing rather than an act.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon.keys import _lemminflect
from ...lexicon.propositions import ACT_NOUN_VERBS, LIGHT_ACTS, NON_ACT_NOUNS
from .stance import GOVERNORS

__all__ = ["act_object_verb", "act_verb", "light_act", "light_act_of", "verb_of_noun"]

#: Noun ending → verb endings to try, most specific first.
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ization", ("ize",)),
    ("isation", ("ise", "ize")),
    ("ication", ("y",)),
    ("ition", ("ize", "e")),
    ("ation", ("e", "ate", "")),
    ("ssion", ("t", "ss")),
    ("nsion", ("nd",)),
    ("sion", ("de", "d", "se")),
    ("tion", ("te", "t")),
    ("ion", ("e", "")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("e", "")),
    ("al", ("", "e")),
    ("ing", ("", "e")),
)


def _is_verb(word: str) -> bool:
    return len(word) > 2 and bool(_lemminflect().getAllInflections(word, upos="VERB"))


@lru_cache(maxsize=4096)
def verb_of_noun(noun: str) -> str | None:
    """The verb a noun nominalizes ("reopening" → "reopen", "closure" → "close"), or None."""
    noun = noun.lower()
    if noun.endswith("umption") and _is_verb(noun[:-5] + "e"):
        return noun[:-5] + "e"  # "resumption" → "resume", "consumption" → "consume"
    for ending, replacements in _SUFFIXES:
        if not noun.endswith(ending):
            continue
        stem = noun[: -len(ending)]
        if len(stem) < (3 if ending == "ing" else 4):
            return None  # "station", "position", "nation", "thing": too short a stem to be derived
            # ("mining" → "mine", "voting" → "vote" keep three letters)
        for rep in replacements:
            if _is_verb(stem + rep):
                return stem + rep
        if ending == "ing" and len(stem) > 3 and stem[-1] == stem[-2] and _is_verb(stem[:-1]):
            return stem[:-1]  # "stopping" → "stop"
        return None
    return None


@lru_cache(maxsize=4096)
def act_verb(noun: str) -> str | None:
    """The verb of a noun naming an act ("extradition" → "extradite", "boycott" → "boycott",
    "sale" → "sell"), or None for a noun naming a thing ("deal", "proposal") or carrying a
    proposition of its own ("attempt", "decision": the stance stage's governors)."""
    noun = noun.lower()
    if noun in NON_ACT_NOUNS or noun in GOVERNORS:
        return None
    if noun in ACT_NOUN_VERBS:
        return ACT_NOUN_VERBS[noun]
    return verb_of_noun(noun) or (noun if _is_verb(noun) else None)


def light_act(noun: str) -> str | None:
    """The light verb of an act a noun names and stays the object of ("referendum" → "hold",
    "truce" → "agree to"; :data:`~wirecoder.lexicon.propositions.LIGHT_ACTS`), or None."""
    return LIGHT_ACTS.get(noun.lower())


def light_act_of(noun: Token) -> str | None:
    """:func:`light_act` of a noun token, by its lemma or as written ("talks" → "hold", while
    "the talk about ..." names no act)."""
    return light_act(noun.lemma_) or light_act(noun.lower_)


def act_object_verb(doc: Doc, noun: Token, verb: str, before: int, *, noun_object: bool = False) -> Token | None:
    """The nearest verb ``verb`` with an object ahead of token ``before`` in ``doc``: the
    clause a bare nominalization refers back to. ``noun_object``: only a noun as direct object
    ("agreed to extend the rent brake", not "we are extending it")."""
    for i in range(min(before, len(doc)) - 1, -1, -1):
        tok = doc[i]
        if tok.pos_ == "VERB" and tok.lemma_.lower() == verb and any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") if noun_object else c.dep_ in ("dobj", "prep", "dative")
            for c in tok.children
        ):
            return tok
    return None
