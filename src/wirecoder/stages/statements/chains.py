"""The clause behind a statement: which verbs head one, and the chain from the content verb up to
its governors, with negations and markers for :func:`wirecoder.stages.statements.stance.assess`. Used by
:mod:`wirecoder.stages.statements.find`.

The chain climbs "xcomp" and governed "ccomp" links ("wants to join", "cannot guarantee that
... will join"), governing adjectives with their copula ("is not ready to join"), governing nouns
("has no intention of joining", "rejects any attempt to impose"), and coordinated verbs, which share
their head's subject and, without auxiliaries of their own, its auxiliaries ("will never impose
sanctions ... and stay out of NATO"). It stops at anything else. "going to" governs as a future
of intent, the passive of a verb of coercion as what its subject would do ("will not be forced
to choose"), and "cannot see how X could V" as a doubt that refuses. A phrase set off by commas
between a verb and its object ("will not accept, under any circumstances, the ...") is read as
the verb's marker, and the noun phrase after it as its object (:func:`interrupted_object`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from ...lexicon.keys import lemma as word_lemma
from ...records import Quote
from ...lexicon.propositions import STANCE_VERBS
from .stance import GOVERNORS, NEGATIVE_PHRASES, Link

__all__ = [
    "HEDGE_PHRASES",
    "attitude_gerund",
    "has_condition",
    "hedge_phrase",
    "MODALS",
    "REPORTING_VERBS",
    "Walk",
    "conjunct_head",
    "governor_lemma",
    "has_goal",
    "interrupted_object",
    "interrupted_object_tokens",
    "is_clause_head",
    "is_imperative",
    "is_past",
    "is_question",
    "is_antecedent",
    "is_subordinate",
    "stray_condition",
    "walk_clause",
]

_SUBORDINATORS = frozenset(
    """because since as when whenever while although though if unless before after until once
    whereas whether so than where lest""".split()
)
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "until"})
#: Verbs of putting an act off: their "until" says for how long, not on what condition.
_POSTPONING = frozenset({"delay", "postpone", "defer", "suspend", "pause", "freeze", "shelve"})
#: Subordinators that make a condition after "only": "only when inflation falls", "only after",
#: "only with citizenship guaranteed".
_ONLY_MARKS = frozenset({"when", "after", "once", "as", "with"})
#: The same when "only" modifies the main verb: "would only lift them once ...".
_ONLY_TIMES = frozenset({"when", "after", "once"})
_CONDITION_NOUNS = frozenset({"condition", "conditions", "precondition", "prerequisite"})
#: Prepositions that attach a condition to the clause ("on the condition that ..."); a
#: condition noun after others names something else ("even as a precondition for talks").
_CONDITION_PREPS = frozenset({"on", "upon", "under", "with"})
MODALS = frozenset("will shall would 'll wo must can ca could may might should going".split())
_EMPTY_VERBS = frozenset({"have", "do", "be"})
# Verbs whose object is the subject of their complement: "urge Serbia to join".
_OBJECT_CONTROL = frozenset("urge ask encourage invite call allow permit let force persuade tell help press push pressure".split())
_ABSOLUTE_PHRASES = frozenset(
    {"under any circumstances", "at any cost", "at any price", "in any case", *NEGATIVE_PHRASES}
)
#: Phrases that limit a position to the present, leaving the future open: "has no plans to
#: raise it for now" (uncertain, like "I cannot promise ... forever").
_TEMPORARY_PHRASES = frozenset({"for now", "for the time being", "for the moment"})
#: Prepositional phrases read as hedges, never as part of an object.
HEDGE_PHRASES = _ABSOLUTE_PHRASES | _TEMPORARY_PHRASES

#: Verbs that report or perceive: their clauses are not the speaker's positions; nor is declining
#: to speak ("would not comment on monetary policy", "refused to speculate").
REPORTING_VERBS = frozenset(
    """say tell show prove know see think believe note stress remember understand mean hear
    learn explain claim announce comment speculate elaborate""".split()
)


def hedge_phrase(prep: Token) -> str:
    """A prepositional phrase read up to its noun, lower case ("under any circumstances" also of
    "under any circumstances in the proposed agreement", where the parser hangs what follows on
    "circumstances"), to be looked up among the hedging phrases."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    last = pobj.i if pobj is not None else prep.right_edge.i
    return " ".join(t.lower_ for t in prep.subtree if t.i <= last and not t.is_punct)


# -- which clauses ----------------------------------------------------------------------------
def _governs(tok: Token) -> bool:
    """Is ``tok`` a governor here: a word of will, refusal or belief with a verb complement?"""
    lemma = governor_lemma(tok)
    if any(c.dep_ == "dobj" and any(_noun_governor(g) is not None for g in _complements(c)) for c in tok.children):
        return True  # "rejects any attempt to impose", "rules out the possibility of joining"
    if lemma in GOVERNORS:
        return (
            any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children)
            or any(_noun_governor(g) is not None for g in _complements(tok))
            or _infinitive_complement(tok) is not None
        )
    if tok.lemma_ == "be":  # "is ready to join", "it is possible that Serbia will join"
        if _extraposed(tok) is not None and any(c.dep_ in ("ccomp", "advcl") for c in tok.children):
            return True
        return any(c.dep_ == "acomp" and _governs(c) for c in tok.children)
    return False


def _infinitive_complement(tok: Token) -> Token | None:
    """The "to"-infinitive the parser attached to ``tok`` as a purpose clause where it is the
    complement: "refuse to decline to impose" (``impose`` an advcl of ``decline``)."""
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "advcl" and _bare_infinitive(c)), None)


def _bare_infinitive(tok: Token) -> bool:
    """A "to"-infinitive without subject or subordinator."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children
    )


def _complements(tok: Token) -> list[Token]:
    """Verbs hanging from ``tok`` as "to"-infinitive or "of"-gerund complements."""
    out = [c for c in tok.children if c.dep_ == "acl"]
    for prep in tok.children:
        if prep.dep_ == "prep":
            out.extend(g for g in prep.children if g.dep_ == "pcomp")
    return out


@lru_cache(maxsize=4096)
def _word_lemma(word: str) -> str:
    return word_lemma(word)


#: Verbs of coercion whose passive governs what its subject would do: "will not be forced to".
_COERCION = frozenset("force compel oblige pressure pressurize coerce".split())


def governor_lemma(tok: Token) -> str:
    """The lemma, with the particle when the pair is a governor ("rule out")."""
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    lemma = tok.lemma_.lower()
    if lemma not in GOVERNORS and tok.pos_ == "VERB" and tok.tag_ != "VB" and (
            alt := _word_lemma(tok.lower_)) in GOVERNORS:
        lemma = alt  # the tagger's lemma can miss an inflected form: "hoped" → "hop"
    if lemma not in GOVERNORS and tok.tag_ == "VBN" and tok.lower_ in GOVERNORS:
        lemma = tok.lower_  # "was prepared to", "is determined to" parsed as passives: the adjective
    if tok.lower_ == "going" and lemma == "go" and any(c.dep_ == "xcomp" for c in tok.children):
        return "going"  # "we are not going to raise taxes": the future of intent, not a journey
    if lemma == "see" and any(c.dep_ == "ccomp" and any(g.lower_ == "how" and g.i < c.i for g in c.children)
                              for c in tok.children):
        return "see how"  # "I cannot see how Norway could play there": doubts the act, no report
    if lemma == "work" and any(c.dep_ == "xcomp" or c.dep_ == "advcl" and _bare_infinitive(c) for c in tok.children) \
            and not any(c.dep_ in ("prep", "dobj", "dative") for c in tok.children):
        return "work to"  # "are working to restore direct flights": striving, not the act itself
    if lemma in _COERCION and any(c.dep_ == "auxpass" for c in tok.children) and any(
            c.dep_ == "xcomp" for c in tok.children):
        return f"be {lemma}"  # "will not be forced to choose": what the subject would do under pressure
    return f"{lemma} {prt}" if prt and f"{lemma} {prt}" in GOVERNORS else lemma


#: Words of a noun phrase before its head: "the", "any", "unilateral", "border".
_PREMODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "quantmod", "nmod", "predet", "case"})
#: How far a phrase set off by commas may run: "under any circumstances", "at this stage".
_MAX_INTERRUPTER = 6
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "dative"})


def interrupted_object(verb: Token, inside: set[int] | None = None) -> tuple[list[Token], Token] | None:
    """A verb kept from its object by a phrase set off by commas: "will not accept, under any
    circumstances, the continuation of ...", "will sign, in any case, the agreement". The parser
    hangs the phrase, or the noun phrase after it, on another word (often the cue: "the
    continuation" as the subject of "said"); read as written, the phrase modifies the verb it
    interrupts and the noun phrase is that verb's object. Returns (the phrase's words, the noun
    phrase's head), or None when the verb has an object of its own or the words after the
    commas are not an adverbial then a noun phrase."""
    doc = verb.doc
    if verb.pos_ != "VERB" or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None
    k = verb.i + 1
    while k < len(doc) and doc[k].dep_ == "prt" and doc[k].head.i == verb.i:
        k += 1  # "trade away, under any circumstances, ..."
    sent_end = verb.sent.end
    if k >= sent_end or doc[k].text != ",":
        return None
    close = next((j for j in range(k + 2, min(k + 2 + _MAX_INTERRUPTER, sent_end)) if doc[j].text == ","), None)
    if close is None or close + 1 >= sent_end:
        return None
    phrase = list(doc[k + 1:close])
    if phrase[0].pos_ not in ("ADP", "ADV") or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase):
        return None  # an adverbial: "under any circumstances", "for now", "at this stage"
    noun = doc[close + 1]
    while noun.dep_ in _PREMODIFIERS and close < noun.head.i < sent_end and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != close + 1 or verb.is_ancestor(noun) and (
            noun.head.i == verb.i):
        return None
    if inside is not None and (noun.i not in inside or any(t.i not in inside for t in phrase)):
        return None
    return phrase, noun


def interrupted_object_tokens(verb: Token, inside: set[int]) -> list[Token]:
    """The words of :func:`interrupted_object`'s noun phrase inside the quote, up to the first
    punctuation after it ("the continuation of unilateral measures that threaten ...")."""
    found = interrupted_object(verb, inside)
    if found is None:
        return []
    noun = found[1]
    out: list[Token] = []
    for t in noun.subtree:
        if t.i not in inside or t.is_punct and t.i > noun.i:
            break
        if t.dep_ in ("advcl", "parataxis", "ccomp", "appos") and t.i > noun.i:
            break
        if not t.is_punct:
            out.append(t)
    return out


def is_clause_head(tok: Token, inside: set[int]) -> bool:
    """Does ``tok`` head a clause that can state a proposition? Not governors (their complement
    does), relative clauses, subordinate clauses (because, when, if...) or reports."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
        return False
    if _governs(tok) or attitude_gerund(tok):
        return False
    if _lead_clause(tok, inside):
        return True  # "NEW DELHI (Reuters) - India will never accept ...": the dateline word is no head
    if tok.dep_ in ("relcl", "csubj", "amod", "pcomp", "compound", "nsubj", "dobj", "pobj"):
        return tok.dep_ in ("pcomp", "relcl") and _noun_governor(tok) is not None or tok.dep_ == "pcomp" and (
            _copula_preposition(tok) is not None)
    if tok.dep_ == "acl":
        return tok.head.lower_ in _CONDITION_NOUNS or _noun_governor(tok) is not None or reported_on_noun(tok, inside)
    if tok.dep_ == "advcl":
        return _goal_clause(tok) or not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in tok.children)
    if tok.dep_ == "ccomp" and tok.head.i in inside and not _governs(tok.head):
        # a clause under a verb of saying or showing inside the quote: a report, unless the
        # parser chained a list of clauses ("we have not ..., we will not change ...")
        return governor_lemma(tok.head) not in REPORTING_VERBS and tok.head.pos_ in ("VERB", "AUX")
    return True


def reported_on_noun(tok: Token, inside: set[int]) -> bool:
    """A reported clause the parser hung on a noun outside the quote: "said in a statement that
    any party with complaints should go to court" (go: acl of statement). The clause with its
    "that" is the quote's own."""
    return tok.dep_ == "acl" and tok.head.i not in inside and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def attitude_gerund(tok: Token) -> bool:
    """A gerund that a stance verb other than a governor takes as the act it is for or against:
    "would never support weakening the law", "will not support Finland joining NATO". The stance
    verb's clause reads it (:func:`wirecoder.stages.statements.find._stance_act`), not its own."""
    head = tok.head
    return tok.tag_ == "VBG" and tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "ccomp") and head.i != tok.i and (
        head.lemma_.lower() in STANCE_VERBS and governor_lemma(head) not in GOVERNORS)


def _lead_clause(tok: Token, inside: set[int]) -> bool:
    """A quote's main clause that the parser hung on a word outside the quote as a modifier: in
    "NEW DELHI (Reuters) - India will never accept ...", "accept" becomes a relative or adjectival
    clause of "DELHI". With its own subject inside the quote, it is the quote's clause."""
    return tok.dep_ in ("acl", "relcl", "appos") and tok.head.i not in inside and tok.i in inside and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in inside and c.i < tok.i for c in tok.children) and not any(
        c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in tok.children)


def _noun_governor(tok: Token) -> Token | None:
    """For "joining" in "no intention of joining" or "impose" in "any attempt to impose": the
    governing noun, when it is one."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("of", "in", "to", "on"):
        noun = tok.head.head  # "no intention of joining", "interested in joining", "committed to reaching"
        if noun.pos_ == "ADJ" and tok.head.lower_ == "of":
            return None
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "but" and tok.head.head.lemma_.lower() in _NO_CHOICE:
        noun = tok.head.head  # "had no choice but to respond": must
    elif tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        noun = tok.head
    elif tok.dep_ == "relcl" and tok.head.lower_ == "time" and tok.head.dep_ == "attr" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        noun = tok.head  # "it is time for Kenya to leave the community": the parser's relative clause
    else:
        return None
    if noun.pos_ == "VERB" and noun.tag_ == "VBN" and noun.lower_ in GOVERNORS and any(
            c.dep_ == "auxpass" for c in noun.children):
        return noun  # "the government was committed to cutting the deficit": a participle of attitude
    return noun if noun.pos_ in ("NOUN", "ADJ") and noun.lemma_.lower() in GOVERNORS else None


#: Nouns of "no choice but to", "no alternative but to": the act is a must.
_NO_CHOICE = frozenset({"choice", "alternative"})


#: Prepositions that state a position after a copula: "we are (not) against paying".
_POSITION_PREPS = frozenset({"against", "for"})


def _copula_preposition(tok: Token) -> Token | None:
    """For "paying" in "we are not against paying what we owe": the preposition, when it
    hangs from a copula (the copula carries the "not")."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _POSITION_PREPS:
        return None
    return prep if prep.head.lemma_ in ("be", "remain", "stay") and prep.head.i != prep.i else None


def is_question(tok: Token) -> bool:
    """Is ``tok`` in a question (rhetorical questions assert nothing literal)?"""
    return "?" in tok.sent.text


def is_antecedent(top: Token) -> bool:
    """Is the chain's top the antecedent of a condition ("if Brussels is ready to move on
    shellfish, we are ready to talk", "only if the rebel group stops kidnapping civilians")? It
    states what the position hangs on, not a position of the speaker's, wherever the parser
    hung it (on the quote's verb or on the cue)."""
    return top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in top.children)


def is_subordinate(top: Token) -> bool:
    """Is the chain's top a reason or time clause ("after Tokyo refused to change ...",
    "because Russia has never ...")? Conditions are read as hedges, not dropped, and so is a
    goal (:func:`_goal_clause`)."""
    return top.dep_ == "advcl" and not _goal_clause(top) and any(
        c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and c.lower_ not in _CONDITION_MARKS for c in top.children)


#: Modals of ability that make a "before" clause a goal: "before it can join".
_ABILITY = frozenset({"can", "could", "ca"})


def _goal_clause(tok: Token) -> bool:
    """"Montenegro must deliver on judicial reform before it can close any chapter": a
    "before" clause with a modal of ability is what the main clause is the condition of (the
    goal, conditional on it), not a time."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "before" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in _ABILITY for c in tok.children)


def has_goal(verb: Token) -> bool:
    """Does ``verb`` do what a goal clause it governs hangs on ("Montenegro must deliver on
    judicial reform before it can close any chapter")? The clause is then the goal's condition,
    stated with the goal's statement, not a position of its own."""
    return any(_goal_clause(c) for c in verb.children)


def is_imperative(top: Token) -> bool:
    """Is the chain's top an imperative ("Don't force Serbia to ...")?"""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in top.children) or top.tag_ != "VB":
        return False
    if top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i:
        # "Montenegro will complete the talks and join the bloc": a second verb shares the
        # first one's subject, so it is imperative only when that one is
        return is_imperative(top.head)
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children) and top.dep_ in ("ROOT", "ccomp", "conj")


# -- one clause -------------------------------------------------------------------------------
@dataclass(slots=True)
class Walk:
    """A content verb's chain: ``links`` for :func:`~wirecoder.stages.statements.stance.assess`, ``tokens`` the
    verb then its governors, the ``subject`` found on the way and the token it hangs from,
    whether a ``condition`` applies, the ``top`` of the chain, and for "we have not and will not
    impose" the verb ``have`` (``coordinated_future``)."""

    links: list[Link]
    tokens: list[Token]
    subject: Token | None
    subject_owner: Token | None
    condition: bool
    top: Token
    coordinated_future: Token | None
    reattached: bool = False  # a conjunct moved out of a relative clause it does not agree with
    condition_depth: int | None = None  # the link the condition hangs from, when one token carries it


def _link_depth(tokens: list[Token], k: int) -> int:
    """The index in the chain's links of ``tokens[k]``: an adjective and its copula make one
    link ("is not ready to")."""
    depth, j = 0, 1
    if k == 0:
        return 0
    while j < len(tokens):
        tok = tokens[j]
        pair = j + 1 < len(tokens) and tok.pos_ == "ADJ" and tokens[j + 1].i == tok.head.i
        depth += 1
        if j == k or pair and j + 1 == k:
            return depth
        j += 2 if pair else 1
    return depth


def _not_a_single(noun: Token) -> bool:
    """"a single centimeter", "one single soldier", "one inch": an object a negation denies to the
    last unit, which makes the refusal categorical."""
    kids = list(noun.children)
    return any(c.dep_ == "amod" and c.lower_ == "single" for c in kids) and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "one") for c in kids) or noun.lower_ in ("inch", "centimetre",
        "centimeter") and any(c.dep_ in ("det", "nummod") and c.lower_ in ("one", "a") for c in kids)


def _link(tok: Token, extra: Iterable[Token] = (), *, content: bool = False) -> Link:
    """Negations and markers of ``tok`` (and of ``extra`` tokens whose modifiers it shares);
    ``content`` for the content verb, whose object can carry the negation ("impose no
    sanctions")."""
    negations = 0
    markers: list[str] = []
    if tok.pos_ == "NOUN":  # a governing noun: "no intention of", "no plans to"
        negations += sum(1 for c in tok.children if c.dep_ == "det" and c.lower_ == "no")
    cut = interrupted_object(tok) if tok.pos_ == "VERB" else None
    if cut is not None and cut[0][0].head.i != tok.i:  # a phrase the parser hung elsewhere
        phrase = " ".join(t.lower_ for t in cut[0])
        if phrase in _ABSOLUTE_PHRASES:
            markers.append(phrase.replace(" ", "-"))
            negations += phrase in NEGATIVE_PHRASES
        elif len(cut[0]) == 1:
            markers.append(phrase)  # ", perhaps,", ", never,"
    for owner in (tok, *extra):
        for c in owner.children:
            if c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither":
                negations += 1  # "will not join", "would neither recognise the vote nor ..."
                markers.append(c.lower_)
            elif c.dep_ in ("aux", "auxpass"):
                markers.append(c.lower_)
            elif c.dep_ == "advmod":
                markers.append(c.lower_)
                if c.lower_ == "matter" and any(g.dep_ == "neg" for g in c.children):
                    markers.append("no-matter")
                elif c.lower_ in ("again", "longer") and (neg := next(
                        (g for g in c.children if g.dep_ == "neg" and g.lower_ in ("never", "not", "no")), None)):
                    negations += 1  # "will never again allow", "will no longer accept": the parser hangs the
                    markers.append(neg.lower_)  # negation on the adverb
            elif c.dep_ == "prep":
                phrase = hedge_phrase(c)
                if phrase in _ABSOLUTE_PHRASES or phrase in _TEMPORARY_PHRASES:
                    markers.append(phrase.replace(" ", "-"))
                    negations += phrase in NEGATIVE_PHRASES
                elif c.lower_ == "without" and any(g.lemma_.lower() in _CONDITION_NOUNS for g in c.children):
                    markers.append("without-conditions")
            elif c.dep_ in ("dobj", "attr", "nsubjpass") and content and owner.i == tok.i and any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children
            ):
                negations += 1  # "impose no sanctions", "no exemption will be granted"
    if content and negations % 2 and any(_not_a_single(o) for c in tok.children if c.dep_ == "dobj"
                                         for o in (c, *(g for g in c.children if g.dep_ == "conj"))):
        markers.append("never")  # "would not give up its ports or a single centimeter of its territory"
    if negations % 2 and "could" in markers:
        # "could not" is the past or conditional of "cannot": what cannot be done is ruled out,
        # not doubted ("the men could not be detained in Albania", "we could not accept such a
        # deal"); "could" alone stays a doubt
        markers = ["can" if m == "could" else m for m in markers]
    return Link(tok.lemma_.lower() if tok.pos_ != "VERB" else governor_lemma(tok), negations, tuple(markers))


def _own_subject(tok: Token) -> Token | None:
    """The subject nearest the verb: "RIYADH (AFP) - Saudi Arabia will ..." parses with two
    subjects, the dateline's and the clause's."""
    found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in found if c.i < tok.i]
    return before[-1] if before else (found[0] if found else None)


def _lead_subject(subject: Token | None, inside: set[int] | None) -> Token | None:
    """The subject as the quote writes it when the parser took a dateline word for it: in
    "NEW DELHI (Reuters) - India will not open ...", "DELHI" is parsed as the subject and "India"
    hangs from it as an apposition. The first apposition inside the quote under a subject outside
    it is the clause's subject; otherwise ``subject`` unchanged."""
    if subject is None or inside is None or subject.i in inside:
        return subject
    found = next((t for t in subject.subtree if t.dep_ == "appos" and t.i in inside and t.head.i not in inside
                  and t.pos_ in ("PROPN", "NOUN")), None)
    return found if found is not None else subject


def _condition_conjunct(c: Token) -> bool:
    """A condition the parser coordinated with the clause instead of subordinating it: in "we
    will open the blocks, but only when the review is complete" or "would vote next week, but
    only if the miners lifted the blockades", the condition's verb is a conjunct ("conj") whose
    own subordinator ("if", "unless", or "only" with "when", "after", "once") shows it is none."""
    if c.dep_ != "conj":
        return False
    marks = [m for m in c.children if m.dep_ in ("mark", "advmod") and m.i < c.i]
    if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in marks):
        return True
    return any(m.lower_ in _ONLY_MARKS for m in marks) and any(
        o.lower_ == "only" for o in [*marks, *(g for m in marks for g in m.children)])  # "only" on "when" or on the verb


def _split_condition(c: Token, tok: Token) -> bool:
    """Two conditions the parser split into a clause of their own before the verb: in "If the
    price falls or the crop fails again, the government will have to act", "fails" hangs from
    "have" as a complement and "If the price falls" from "fails", with the "or" that joins them."""
    return c.dep_ in ("ccomp", "advcl") and c.i < tok.i and not any(m.dep_ == "mark" for m in c.children) and any(
        g.dep_ == "advcl" and g.i < c.i and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in g.children)
        and any(k.dep_ == "cc" and k.lower_ in ("or", "and") for k in g.children) for g in c.children)


def _excepted_kind(c: Token, tok: Token) -> bool:
    """A contrast that refuses one kind of what the verb takes: "supported a climate law in
    principle but could not vote for one that protects coal plants" holds the support only for a
    law that does not (conditional). ``c`` is the conjunct after "but", negated, over "one" and a
    relative clause."""
    if c.dep_ != "conj" or c.i < tok.i or not any(n.dep_ == "neg" for n in c.children):
        return False
    if not any(k.dep_ == "cc" and k.lower_ in ("but", "yet") and tok.i < k.i < c.i for k in (*tok.children, *c.children)):
        return False
    objects = [o for o in c.children if o.dep_ == "dobj"] + [
        g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ == "one" and any(r.dep_ == "relcl" for r in o.children) for o in objects)


#: Verbs of a state lasting: "while" over one is "as long as" ("while journalists stay in
#: detention"); over other verbs it is a time or a contrast ("while I hold this office").
_STATES_LASTING = frozenset({"stay", "remain"})


#: Subordinators of a time that is a condition when the act is still to come: "will offer
#: the blocks next year once an environmental review is complete" (not yet, and not without it).
_FUTURE_CONDITION_MARKS = frozenset({"once"})


def _future(tok: Token) -> bool:
    """Does ``tok`` carry a modal or future auxiliary ("will offer", "would join"), or is it a
    copula of readiness ("is ready to hold elections once the war ends")?"""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children) or tok.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _READY for c in tok.children) or tok.dep_ == "xcomp" and (
        tok.head.lower_ in _READY or (g := GOVERNORS.get(governor_lemma(tok.head))) is not None
        and g.hedge == "firm" and not g.negative)  # "is ready to hold elections once ...", "wants to join once ..."


_READY = frozenset({"ready", "prepared", "willing"})


def has_condition(tok: Token) -> bool:
    """Does ``tok`` (or a small clause it takes: "keep it closed as long as") carry a condition:
    "if"/"unless" clauses, "provided that", "as long as", "on the condition that", "only when"
    (also coordinated by the parser: :func:`_condition_conjunct`), "once" on a future act?"""
    small = [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and _own_subject(c) is None]
    if any(c.dep_ == "cc" and c.i > tok.i and _but_only(c) for c in tok.children):
        return True  # "wanted to go home, but only “with citizenship and safety guaranteed.”"
    for c in [*tok.children, *(g for s in small for g in s.children)]:
        if _condition_conjunct(c) or _split_condition(c, tok) or _excepted_kind(c, tok):
            return True
        if c.dep_ == "advcl" and _future(tok) and any(
                m.dep_ == "mark" and m.lower_ in _FUTURE_CONDITION_MARKS or m.dep_ == "advmod" and m.lower_ == "soon"
                for m in c.children):
            return True  # "will offer the blocks once the review is complete", "as soon as the other side does"
        if c.dep_ == "advcl" and c.lemma_ in _STATES_LASTING and any(
                m.dep_ == "mark" and m.lower_ == "while" for m in c.children):
            return True  # "no intention of reopening them while journalists stay in detention": as long as
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children):
            if _challenge(c):
                continue  # "If Australia is serious, it will set an end date": a challenge, not a condition
            if c.head.lemma_.lower() in _POSTPONING and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children):
                continue  # "delay the increase until prices recover": how long, the delay itself firm
            return True
        subordinators = [m for m in c.children if m.dep_ in ("mark", "advmod") and m.lower_ in _ONLY_MARKS
                         and m.i < c.i] if c.dep_ == "advcl" else []
        if subordinators and any(m.dep_ == "advmod" and m.lower_ == "only"
                                 for m in [*c.children, *(g for s in subordinators for g in s.children)]):
            return True  # "only when monthly inflation falls below ..." ("when" parsed as mark or advmod)
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _ONLY_TIMES for m in c.children) and any(
            m.dep_ == "advmod" and m.lower_ == "only" and m.i < c.i for m in tok.children
        ):
            return True  # "would only lift them once ...": "only" on the verb (not "only ... as provided")
        if c.dep_ == "prep" and c.lower_ in ("provided", "providing"):
            return True
        if c.dep_ == "prep" and c.lower_ in _CONDITION_PREPS and any(
            g.dep_ == "pobj" and g.lower_ in ("condition", "conditions") for g in c.children
        ):
            return True  # "on the condition that", "under certain conditions"; not "even as a precondition"
        longs = [c] if c.dep_ == "advmod" else [g for g in c.children if g.dep_ == "pcomp"] if c.dep_ == "prep" else []
        for long in longs:  # "as long as ...", "for as long as ..."
            if long.lower_ == "long" and _open_ended(long):
                continue  # "for as long as it takes": no condition, a commitment without end
            if long.lower_ == "long" and any(g.dep_ == "advcl" for g in long.children):
                return True
            if long.lower_ == "long" and _as_long_as(long):
                return True  # "will stay as long as the public is not convinced", its clause misparsed as a conjunct
            if long.lower_ == "soon" and _future(tok) and any(g.dep_ == "advcl" for g in long.children):
                return True  # "would withdraw as soon as the other side does the same": not before
    return False


def _but_only(cc: Token) -> bool:
    """"but only" and a subordinator or "with" ("but only if", "but only “with safety
    guaranteed”"), read from the words: the parser hangs what follows in many ways."""
    if cc.lower_ != "but":
        return False
    words = [t.lower_ for t in cc.doc[cc.i + 1:cc.i + 5] if not t.is_punct]
    return len(words) >= 2 and words[0] == "only" and words[1] in (_ONLY_MARKS | _CONDITION_MARKS)


def _open_ended(long: Token) -> bool:
    """"as long as it takes", "as long as necessary", "as long as needed": a span without end,
    read from the words after "long as"."""
    doc = long.doc
    words = [t.lower_ for t in doc[long.i + 2:min(long.i + 6, len(doc))] if not t.is_punct and not t.is_quote]
    return bool(words) and (words[0] in ("necessary", "needed", "required") or words[:2] == ["it", "takes"]
                            or words[:3] in (["it", "is", "necessary"], ["is", "necessary"]))


def _as_long_as(long: Token) -> bool:
    """"as long as" / "so long as" read from the words, whatever the parser hung the clause on."""
    doc = long.doc
    return 0 < long.i < len(doc) - 2 and doc[long.i - 1].lower_ in ("as", "so") and doc[long.i + 1].lower_ == "as"


def _negated_restriction(verb: Token) -> bool:
    """Is the verb's object narrowed by a negated clause: "would oppose any new loan that was not
    approved by Congress", "will not join sanctions that have not been approved by the UN
    Security Council", "sanctions not backed by the UN"? The position then holds only where the
    clause holds (a loan Congress approved is another matter): a condition inside the noun phrase."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(r.dep_ in ("relcl", "acl") and any(n.dep_ == "neg" for n in r.children) and _restrictive(o, r)
               for o in objects for r in o.children)


def _restrictive(noun: Token, clause: Token) -> bool:
    """Does ``clause`` narrow ``noun`` down? Not a clause set off by a comma ("before the
    International Court of Justice, which it does not recognize": it describes what is named),
    nor one after a proper name."""
    edge = clause.left_edge.i
    return noun.pos_ != "PROPN" and not (edge > 0 and noun.doc[edge - 1].text == ",")


#: Adjectives of earnest with which an "if" challenges rather than conditions: "if Moscow is
#: serious about peace, it will withdraw" says what a serious Moscow does.
_EARNEST = frozenset("serious sincere genuine earnest honest".split())


def _challenge(clause: Token) -> bool:
    """"if X is serious (about ...)": the copula of an "if" clause over an adjective of earnest."""
    return clause.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _EARNEST for c in clause.children)


def stray_condition(doc, inside: set[int]) -> Token | None:
    """A condition clause inside a quote that the parser hung on a word outside it (the cue):
    "is willing to extend the cease-fire, but only if the group stops kidnapping, the commissioner
    said" attaches "if ..." to "said". It conditions the quote's clauses in its sentence. A
    condition coordinated with the cue after the quote's end ("said the committee would vote next
    week, but only if the miners lifted the blockades", where the quote stops at "week") counts
    too: it can only bear on what was said."""
    last = max(inside)
    tail = range(last + 1, doc[last].sent.end)
    for c in (doc[i] for i in tail):
        if _condition_conjunct(c) and c.head.i not in inside and c.head.i < min(inside) <= last < c.i:
            return c
    for i in inside:
        c = doc[i]
        if c.dep_ == "advmod" and c.lower_ == "long" and c.head.i not in inside and any(
                g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children)
                for g in c.children):
            return c  # "ruled out any return to the talks “as long as the office exists.”"
        if c.dep_ != "advcl" or c.head.i in inside:
            continue
        marks = [m for m in c.children if m.dep_ == "mark"]
        if any(m.lower_ in _CONDITION_MARKS for m in marks) or any(m.lower_ in _ONLY_MARKS for m in marks) and any(
            m.dep_ == "advmod" and m.lower_ == "only" for m in c.children
        ):
            return c
    return None


def _extraposed(copula: Token) -> Token | None:
    """The governing adjective of "it is possible (for X) to ...", if ``copula`` has one."""
    if copula.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    return next((c for c in copula.children if c.dep_ == "acomp" and c.lemma_.lower() in GOVERNORS), None)


def _not_that(copula: Token, clause: Token) -> bool:
    """"It is not that CLAUSE": an expletive copula, negated, over a "that" clause."""
    return (copula.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
            and any(c.dep_ == "neg" for c in copula.children)
            and not any(c.dep_ in ("acomp", "attr") for c in copula.children)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


def _misattached_conjunct(conj: Token, inside: set[int] | None) -> Token | None:
    """The main verb a finite conjunct belongs to when the parser hung it on a relative clause
    whose antecedent it does not agree with in number: in "Srpska will take back the powers that
    were transferred to Sarajevo and is prepared to ...", "is" (singular) cannot share "powers"
    (plural) as subject, so it is the second verb of "take"."""
    rel = conj.head
    noun = rel.head
    main = noun.head
    if rel.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or main.pos_ not in ("VERB", "AUX"):
        return None
    if inside is not None and main.i not in inside or any(c.dep_ == "conj" for c in noun.children):
        return None
    finite = next((c for c in conj.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")), conj)
    plural_noun = noun.tag_ in ("NNS", "NNPS")
    if finite.tag_ == "VBZ" and plural_noun or finite.tag_ == "VBP" and not plural_noun:
        subject = _own_subject(main)
        if subject is not None and (subject.tag_ in ("NNS", "NNPS")) == (finite.tag_ == "VBP"):
            return main
    return None


def _after_nor(tok: Token) -> bool:
    """Is ``tok`` a conjunct introduced by "nor" ("would neither recognise the vote nor send
    observers", "will not recognise it, nor will it send observers")?"""
    if tok.dep_ != "conj":
        return False
    cc = [c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i] + [
        c for c in tok.children if c.dep_ == "cc" and c.i < tok.i]
    return bool(cc) and max(cc, key=lambda c: c.i).lower_ == "nor"


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def conjunct_head(tok: Token) -> Token:
    """The verb a conjunct is coordinated with: its parse head, except for a "to"-infinitive the
    parser hung on a bare infinitive below the one it pairs with: in "urged the leaders to let
    the institutions do their work and to step back", "to step" pairs with "to let" (the
    leaders step back), not with "do" (the institutions do not)."""
    head = tok.head
    if tok.dep_ != "conj" or not _to_infinitive(tok) or _to_infinitive(head):
        return head
    cur = head
    while cur.dep_ in ("ccomp", "xcomp") and cur.head.i != cur.i and not _to_infinitive(cur):
        cur = cur.head
        if _to_infinitive(cur):
            return cur
    return head


def _has_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "neg") and c.lower_ != "to" for c in tok.children)


def walk_clause(verb: Token, inside: set[int] | None = None) -> Walk:
    """From the content verb up through its governors, coordinated heads and copulas, staying
    within ``inside`` (token indices of the quote) when given."""
    shared: list[Token] = []  # coordinated heads whose auxiliaries the verb shares
    tokens = [verb]
    subject = _own_subject(verb)
    owner = verb if subject is not None else None
    condition = False
    reattached = False
    coordinated_future: Token | None = None
    cur = verb
    for _ in range(12):
        head, dep = conjunct_head(cur), cur.dep_
        if head.i == cur.i or inside is not None and head.i not in inside:
            break
        if dep == "ccomp" and _not_that(head, cur):
            tokens.append(head)  # "it is not that we do not want ...": the copula's "not" negates
        elif dep in ("advcl", "ccomp") and (adj := _extraposed(head)) is not None:
            tokens += [adj, head]  # "it is (not) possible for Serbia to join NATO"
        elif dep in ("xcomp", "ccomp") and (_governs(head) or dep == "xcomp"):
            if dep == "xcomp" and subject is None and head.lemma_ in _OBJECT_CONTROL:
                obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                if obj is not None:  # "urge Serbia to join": the object is the subject
                    subject, owner = obj, head
            tokens.append(head)
        elif dep == "acomp" and tokens[-1].i == cur.i and len(tokens) > 1:
            tokens.append(head)  # "is ready to": the copula carries "not"
        elif dep == "pcomp" and (prep := _copula_preposition(cur)) is not None:
            tokens += [prep, prep.head]  # "are not against paying": "against" governs, "not" on the copula
            cur = prep.head
            if subject is None and (s := _own_subject(cur)) is not None:
                subject, owner = s, cur
            continue
        elif dep in ("pcomp", "acl") and (noun := _noun_governor(cur)) is not None:
            tokens.append(noun)
            cur = noun
            named = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if subject is None and named is not None:
                subject, owner = named, noun  # "Australia's bid to host the talks": Australia hosts them
            if noun.dep_ == "dobj":  # "we have no intention of"
                tokens.append(noun.head)
                cur = noun.head
            if subject is None and (s := _own_subject(cur)) is not None:
                subject, owner = s, cur
            continue
        elif dep == "conj" and subject is None and (main := _misattached_conjunct(cur, inside)) is not None:
            reattached = True  # "will take back the powers that were transferred ... and is prepared to"
            shared.append(main)
            cur = main
            if (s := _own_subject(cur)) is not None:
                subject, owner = s, cur
            continue
        elif dep == "conj" and subject is None and head.pos_ in ("VERB", "AUX"):
            if not _has_aux(cur):
                shared.append(head)
            elif head.lemma_ in _EMPTY_VERBS and any(c.dep_ == "neg" for c in head.children):
                coordinated_future = head  # "we have not and will not impose"
        elif dep == "advcl" and subject is None and _bare_infinitive(cur):
            if _infinitive_complement(head) is not None and governor_lemma(head) in GOVERNORS:
                tokens.append(head)  # "refuse to decline to impose": a complement after all
            else:
                shared.append(head)  # a list of infinitives attached as a purpose clause
        elif dep == "acl" and head.lower_ in _CONDITION_NOUNS:
            condition = True
            break
        else:
            break
        cur = head
        if subject is None and (s := _own_subject(cur)) is not None:
            subject, owner = s, cur
    subject = _lead_subject(subject, inside)
    links = [_link(verb, shared, content=True)]
    if _after_nor(verb):  # "neither recognise the vote nor send observers": denied once, not again
        own = sum(1 for c in verb.children if c.dep_ == "neg")
        links[0] = replace(links[0], negations=1 + own)
    k = 1
    while k < len(tokens):  # an adjective governs with its copula's "not": "is not ready to"
        tok = tokens[k]
        copula = tokens[k + 1] if k + 1 < len(tokens) and tok.pos_ == "ADJ" and tokens[k + 1].i == tok.head.i else None
        links.append(_link(tok, (copula,) if copula is not None else ()))
        k += 2 if copula is not None else 1
    depth = next((k for k, t in enumerate(tokens) if has_condition(t)), None)
    own = depth is not None and not condition and not any(has_condition(t) for t in shared)
    condition = condition or depth is not None or any(has_condition(t) for t in shared) or _goal_clause(tokens[-1])
    if _negated_restriction(verb):  # a hedge only: it does not make a description a position
        links[0] = replace(links[0], markers=links[0].markers + ("condition",))
    if coordinated_future is not None:
        links[0] = replace(links[0], markers=links[0].markers + ("have-not-and-will-not",))
    if any(governor_lemma(t) == "see how" for t in tokens[1:]):  # "how X could V": the modal of the question
        links[0] = replace(links[0], markers=tuple(m for m in links[0].markers if m not in MODALS))
    return Walk(links, tokens, subject, owner, condition, tokens[-1], coordinated_future, reattached,
                _link_depth(tokens, depth) if own else None)


#: Governors whose perfect states a standing position: "has demanded", "has long insisted".
_STANDING_GOVERNORS = frozenset("""demand insist urge call ask press refuse reject oppose decide vow pledge rule
promise resolve""".split())


def is_past(walk: Walk, quote: Quote) -> bool:
    """A plain report of the past: past tense or perfect, no modal, no future beside it."""
    if walk.coordinated_future is not None:
        return False
    for tok in walk.tokens:
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in MODALS for a in auxes):
            # "could have answered": a modal perfect looks back
            return tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)
        finite = auxes[0] if auxes else tok
        if finite.lemma_ == "have" and tok.tag_ == "VBN":
            # "has demanded that France pay", "has called for": a demand made stands; the
            # perfect of what is done ("has imposed sanctions") reports the past
            return not (tok.i != walk.tokens[0].i and tok.lemma_.lower() in _STANDING_GOVERNORS)
        if finite.tag_ == "VBD" and tok.i == walk.top.i:
            backshift = quote.kind != "direct" and (len(walk.tokens) > 1 or any(
                a.lower_ in MODALS for a in auxes) or tok.lemma_.lower() in STANCE_VERBS | {"need", "require"} and not any(
                a.dep_ == "auxpass" for a in auxes) or tok.lemma_ in ("be", "remain", "stay")
                or finite.lemma_ == "be" and tok.lower_ in GOVERNORS
                or finite.lemma_ == "be" and tok.tag_ == "VBG" and (
                    governor_lemma(tok) in GOVERNORS or tok.lemma_.lower() in STANCE_VERBS))
            # "said the bank was considering a rate cut": a progressive attitude is held now
            # "said Moscow supported a settlement": a stance verb reported in the past is held now;
            # so is a state ("said the government remained opposed to ...", "was committed to ...")
            return not backshift
    return False
