"""The tense of the clause a time expression sits in, read off spaCy's parse.

From the expression's head token, climb to the first verb: that verb and its auxiliaries decide.
``will``/``shall``/``would``/modals, ``is going to``, present progressive ("is visiting on
Friday") and "plans to", "is due to"... are future; a past tense or a present perfect is past;
anything else (a plain present, a headline, a dateline without a verb) has no tense, and the
caller then takes the nearest date.

A date that modifies a noun ("the May 16 attack", "the March elections") dates that noun, not
the clause: it takes the clause's tense only when that is a simple past ("the May 16 attack
killed 12": past), since "a June 3 hearing has been scheduled" looks ahead. "since" points into
the past as "until" points into the future ("the law, in force since March, bans protests").
"""

from __future__ import annotations

from .resolve import Tense

__all__ = ["clause_tense", "governing_verb"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "would", "could", "might", "may",
                         "must", "should", "can", "ca", "'d", "’d"})
# Verbs whose "to"-infinitive points forward: "plans to meet on Friday".
_FORWARD = frozenset({"plan", "expect", "intend", "want", "hope", "aim", "schedule", "set", "go",
                      "seek", "prepare", "agree", "promise", "vow", "pledge", "threaten", "decide",
                      "propose", "offer", "need", "wish", "try", "ask", "urge", "call", "due"})
_BE = frozenset({"be", "is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})
_MAX_CLIMB = 12
_NOMINAL_MODIFIER = frozenset({"compound", "amod", "nmod", "poss", "nummod"})


def governing_verb(doc, start: int, end: int):
    """The verb of the clause holding the characters ``start:end`` of ``doc``, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    if _modifies_noun(token):
        return None  # "a June 3 hearing has been scheduled": the hearing's date, not the scheduling's
    return _climb(token)


def _modifies_noun(token) -> bool:
    return token.dep_ in _NOMINAL_MODIFIER and token.head.pos_ in ("NOUN", "PROPN")


def _climb(token):
    """The first verb at or above ``token``, or None."""
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            return token if _is_verb(token) else None
        token = token.head
        if _is_verb(token):
            return token
    return None


def _is_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD"


def clause_tense(doc, start: int, end: int) -> Tense:
    """``"past"``, ``"future"`` or None for the clause holding ``doc.text[start:end]``."""
    tense = _clause_tense(doc, start, end)
    return "past" if tense == "perfect" else tense


def _clause_tense(doc, start: int, end: int) -> str | None:
    verb = governing_verb(doc, start, end)
    if verb is None:
        return _noun_date_tense(doc, start, end)
    tense = verb_tense(verb)
    if tense is None and _non_finite(verb):
        # "killed in tank shelling on Friday": a participle or gerund takes its head's simple
        # past or future (not a present perfect: "has announced cuts, resulting in closures
        # during the fourth quarter" looks ahead)
        head = verb.head
        while head.i != verb.i and not _is_verb(head) and head.head.i != head.i:
            head = head.head
        if head.i != verb.i and _is_verb(head):
            inherited = verb_tense(head)
            tense = inherited if inherited in ("past", "future") else None
    if tense in (None, "perfect"):
        preposition = _preposition(doc, start, end)
        if preposition in ("until", "till"):
            return "future"  # "has kept the markets closed until Friday"
        if preposition == "since" and tense is None:
            return "past"  # "the law, in force since March, bans protests"
    return tense


def _noun_date_tense(doc, start: int, end: int) -> str | None:
    """"the May 16 attack killed 12": a date modifying a noun is past when the noun's clause is a
    simple past, else it has no tense."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not _modifies_noun(span.root):
        return None
    verb = _climb(span.root.head)
    return "past" if verb is not None and verb_tense(verb) == "past" else None


def _preposition(doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    return head.lower_ if head.dep_ == "prep" or head.tag_ == "IN" else None


def _non_finite(verb) -> bool:
    return verb.tag_ in ("VBG", "VBN", "VB") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def verb_tense(verb, depth: int = 0) -> str | None:
    """"past" (simple past), "perfect" (present perfect), "future" or None."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lower = [a.lower_ for a in aux]
    if any(a in _FUTURE_AUX for a in aux_lower):
        return "past" if any(a in ("have", "'ve", "’ve") for a in aux_lower) else "future"
    if any(a.tag_ == "VBD" for a in aux):  # was, were, had, did
        return "past"
    if any(a in ("has", "have", "'ve", "’ve", "'s", "’s") for a in aux_lower) and verb.tag_ == "VBN":
        return "perfect"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBG" and any(a in _BE for a in aux_lower):
        return "future"  # "is visiting Moscow on Friday"
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):  # an infinitive
        head = verb.head
        if head.i == verb.i or head.pos_ in ("NOUN", "PROPN", "ADJ") or head.lemma_ in _FORWARD:
            return "future"  # "an event to be held on October 12", "plans to meet on Friday"
        if depth < 3 and _is_verb(head):
            return verb_tense(head, depth + 1)
        return None
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl"):
        return "past"
    return None
