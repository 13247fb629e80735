"""Trigger words: the verbs and event nominals that report a PLOVER act, with their sense.

A verb's sense is read, in order, from its particle or preposition ("called on", "pulled
out"), its object ("closed the border", "sent troops"), then the verb alone; verbs that are acts
only of crowds ("gathered", "blocked the bridge") carry a civil sense decided once the actor is
known. "warned" is THREATEN only over a clause with a modal or a condition ("warned that Moscow
would respond"). An event nominal ("a rally", "talks", "an attack", "arrests") is a trigger when
a light verb realises it ("held talks", "took part in the march", "ordered the arrest") or when it
has arguments of its own (a possessor, a demonym, "with"/"between"/"on"/"by"/"in" phrases);
a bare definite nominal ("the rally", "the attack") refers back and is no new trigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import (CIVIL_SENSES, CLASSES, LIGHT_VERBS, NOUNS, OBJECT_SENSES, PARTICLE_SENSES,
                      VERBS, WEAK_NOUNS, Sense)

__all__ = ["Trigger", "find_triggers", "reporting_conj"]

_NOUN_ARG_PREPS = frozenset({"with", "between", "on", "by", "against", "in", "at", "near", "outside",
                             "across", "into", "from", "over", "of"})
_MODAL_WORDS = frozenset({"would", "will", "could", "might", "may", "'ll", "can", "shall"})
_COMPOUND_NOUNS = {("air", "strike"): "airstrike", ("hunger", "strike"): "hunger-strike",
                   ("general", "strike"): "strike", ("drone", "strike"): "airstrike",
                   ("missile", "strike"): "airstrike", ("war", "game"): "drill"}


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    sense: Sense | None  # None: an act only when the actor is a crowd (civil)
    civil: Sense | None
    kind: str  # "verb" | "noun"
    clause: Token  # the verb whose tense, mood and negation decide whether the act happened
    doer: Token | None


_KNOWN_VERBS = frozenset(VERBS) | frozenset(OBJECT_SENSES) | frozenset(CIVIL_SENSES) | LIGHT_VERBS | frozenset(
    v for v, _ in PARTICLE_SENSES) | {"speak", "leave"}


def verb_lemma(t: Token) -> str:
    """The lemma of a verb, repaired where the lemmatiser misses a known trigger ("staged" →
    "stag"): the first of the text's regular stems that the tables know."""
    lemma = t.lemma_.lower()
    if lemma in _KNOWN_VERBS:
        return lemma
    for cand in _stems(t.lower_):
        if cand in _KNOWN_VERBS:
            return cand
    return lemma


def _stems(w: str) -> tuple[str, ...]:
    """The regular stems of an inflected verb form, by its ending: "staged" → stage, stag;
    "stopped" → stop; "pushing" → push; "closes" → close. Only what the ending allows, so
    "handled" is never "hand"."""
    if w.endswith("ing"):
        base = w[:-3]
        return (base, base + "e") + ((base[:-1],) if len(base) > 2 and base[-1] == base[-2] else ())
    if w.endswith("ied"):
        return (w[:-3] + "y",)
    if w.endswith("ed"):
        base = w[:-2]
        return (w[:-1], base) + ((base[:-1],) if len(base) > 2 and base[-1] == base[-2] else ())
    if w.endswith("es"):
        return (w[:-1], w[:-2])
    if w.endswith("s"):
        return (w[:-1],)
    return ()


def _obj_lemmas(verb: Token) -> list[str]:
    out = []
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or c.dep_ == "prep" and c.lower_ in ("on", "to", "into", "across", "out", "back"):
            target = c
            if c.dep_ == "prep":
                target = next((p for p in c.children if p.dep_ == "pobj"), None)
                if target is None:
                    continue
            out.append(target.lemma_.lower())
            for d in target.children:  # "a group of 30 migrants", "parts of the agreement"
                if d.dep_ == "prep" and d.lower_ == "of":
                    for p in d.children:
                        if p.dep_ == "pobj":
                            out.append(p.lemma_.lower())
                            out.extend(q.lemma_.lower() for q in p.children if q.dep_ == "compound")
                if d.dep_ == "compound" and d.pos_ != "PROPN":  # not "the National Assembly"
                    out.append(d.lemma_.lower())
    return out


#: What is released that is no person: information and money ("released a statement",
#: "had released 18 billion naira").
_RELEASED_THINGS = frozenset("""statement report figure figures video footage document record
result detail list name data tranche payment budget fund funds money salary arrears plan
image photo photograph transcript findings schedule dollar euro pound rouble ruble yuan yen
rupee shilling franc peso lira won rand dinar riyal naira cedi real zloty forint""".split()) | CLASSES["aid"] | CLASSES["info"]


def _released_thing(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or c.lemma_.lower() in _RELEASED_THINGS:
                return True
    return False


#: Who one speaks with when giving an interview, not holding talks.
_PRESS = frozenset("""reporter journalist press media medium correspondent newspaper broadcaster
television radio channel reuters afp ap tass xinhua dpa efe kyodo yonhap anadolu ria interfax
bbc cnn agency""".split())


def _spoke_with(verb: Token) -> Sense | None:
    """ "spoke by phone on Monday with U.S. officials", "spoke with his Greek counterpart": a
    consultation (by phone: CAMEO 041), unless it is an interview ("spoke with reporters")."""
    partners = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    if not partners or any(p.lemma_.lower() in _PRESS or p.lower_ in _PRESS for p in partners):
        return None
    phone = any(c.dep_ == "prep" and c.lower_ in ("by", "over") and any(
        p.lemma_.lower() in ("phone", "telephone", "video", "videolink") for p in c.children) for c in verb.children)
    return Sense("CONSULT", "041", "phone") if phone else Sense("CONSULT", "040", None)


#: Verbs an order can command that remove people ("ordered the diplomats to leave").
_LEAVING = frozenset({"leave", "depart", "quit", "go", "exit"})


def time_modifier(c: Token) -> bool:
    """ "on Monday", "last week": a time phrase, not the object that says what was done."""
    if c.dep_ != "prep":
        return False
    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in ("DATE", "TIME")


#: Things that allow by their terms, not by anyone's concession ("the compromise allowed ...").
_TERMS = CLASSES["proposal"] | CLASSES["rule"] | frozenset("""compromise arrangement rule system
change reform scheme programme program mechanism framework treaty pact accord protocol
memorandum clause provision text""".split())


def _rule_permits(verb: Token) -> bool:
    """ "a French-brokered compromise that allowed Skopje to open talks", "It allows U.S.
    border agents to return asylum seekers", "the law permits ...": what a text or a rule allows
    by its terms (said in the simple present, or with a text for subject) is no concession."""
    from .arguments import subject_of

    if verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    subject = subject_of(verb)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _TERMS


def _approves_actor(verb: Token) -> bool:
    """Is the approval given to an actor ("gave Podgorica the green light", "granted a vote of
    confidence to the cabinet"), not to a measure ("gave the bill final approval", "gave the
    green light to the plan")?"""
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    holders += [p for o in holders[1:] for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]  # "a vote of confidence to the cabinet"
    takers = [c for c in verb.children if c.dep_ == "dative"] + [
        p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children if p.dep_ == "pobj"]
    return bool(takers) and not any(t.lemma_.lower() in CLASSES["proposal"] for t in takers)


def _voted_against(verb: Token) -> Sense | None:
    """ "The opposition party voted against the bill", "voted against it": a rejection of what
    is named; a bare "whose bench voted against" names nothing rejected, and "voted for" or
    "voted to impose" is no act of its own (the decided measure is the trigger); nor is "X, who
    voted against the bill, said ...", a relative clause describing a speaker."""
    if verb.dep_ in ("relcl", "acl"):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "against" and any(p.dep_ == "pobj" for p in c.children):
            return Sense("REJECT", "120", None)
    return None


def _verb_sense(verb: Token) -> Sense | None:
    lemma = verb_lemma(verb)
    if lemma in ("release", "free") and _released_thing(verb):
        return None  # information or money, not a prisoner
    if lemma == "speak":
        return _spoke_with(verb)
    if lemma == "escort" and any(p.lemma_.lower() in CLASSES["troops"] for c in verb.children if c.dep_ == "agent"
                                 for p in c.children if p.dep_ == "pobj"):
        return Sense("MOBILIZE", "150", None)  # "escorted by two Turkish navy corvettes"
    if lemma == "leave" and any(c.dep_ == "nsubj" and (c.lemma_.lower() in CLASSES["troops"] or c.lower_ in (
            "troops", "forces", "soldiers")) for c in verb.children):
        return Sense("RETREAT", "087", "withdraw")  # "France's last troops have left the country"
    if lemma == "suspend" and any(c.dep_ == "dobj" and c.lemma_.lower() == "service" and any(
            d.lower_ in ("consular", "visa", "diplomatic") for d in c.children) for c in verb.children):
        return Sense("SANCTION", "161", "withdraw")  # "suspended consular services"
    if lemma in ("fire", "use") and any(o in CLASSES["riot"] for o in _obj_lemmas(verb)):
        return Sense("COERCE", "175", None)  # "fired tear gas at protesters": repression, not an attack
    if lemma == "order" and any(c.dep_ == "xcomp" and c.lemma_.lower() not in _LEAVING for c in verb.children):
        return None  # "ordered the National Assembly to revise it": a command, not an expulsion
    if lemma == "vote":
        return _voted_against(verb)
    if lemma in ("allow", "permit") and _rule_permits(verb):
        return None
    if lemma in ("give", "grant") and any(o in CLASSES["approval"] for o in _obj_lemmas(verb)) \
            and not _approves_actor(verb):
        return None  # "the Senate gave the bill final approval": a step in passing a law
    for c in verb.children:
        if c.dep_ in ("prt", "prep", "dobj") and (lemma, c.lower_) in PARTICLE_SENSES and not time_modifier(c):
            return PARTICLE_SENSES[(lemma, c.lower_)]
    options = OBJECT_SENSES.get(lemma)
    if options:
        objs = _obj_lemmas(verb)
        for cls, s in options:
            if any(o in CLASSES[cls] for o in objs):
                return s
    if lemma in ("keep", "leave", "hold"):  # "has kept the crossings closed", "will keep it open"
        for c in verb.subtree:
            if c.head == verb or c.head.head == verb:
                if c.lower_ in ("closed", "shut", "sealed"):
                    return Sense("SANCTION", "160", "discontinue")
                if c.lower_ == "open" and any(o in CLASSES["border"] for o in _obj_lemmas(verb)):
                    return Sense("CONCEDE", "080", None)
    if lemma == "warn":
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            if any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in c.subtree):
                return Sense("THREATEN", "130", None)
            if any(t.dep_ == "aux" and t.lower_ in _MODAL_WORDS for t in c.subtree) and _threatened(c):
                return Sense("THREATEN", "130", None)
        return None
    return VERBS.get(lemma)


#: Common nouns that name a doer ("the army would respond", "the government will act").
_ACTOR_NOUNS = frozenset("""government ministry army military force navy police authority
administration state country side bloc alliance union party leader president minister official
council parliament court regime coalition commission we""".split()) | CLASSES["troops"]


def _threatened(comp: Token) -> bool:
    """Is the warned-of clause an act someone will do ("that Moscow would respond", "that the
    EU could suspend ...", "that any attempt ... would be answered", "that anyone who attacks
    will be prosecuted"), not a forecast of how things will go ("that higher borrowing could
    push up costs", "that the ruling could make it harder")? An act has a doer for subject (a
    name, a pronoun, an actor noun) or is passive (done to someone by the warner's side)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in comp.children):
        return True
    subject = next((c for c in comp.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None:
        return True
    if subject.dep_ == "expl" or subject.pos_ in ("PROPN", "PRON"):
        return True
    if subject.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return True
    return subject.lemma_.lower() in _ACTOR_NOUNS


def _noun_lemma(t: Token) -> str:
    lemma = t.lemma_.lower()
    for c in t.children:
        if c.dep_ in ("compound", "amod") and (c.lower_, lemma) in _COMPOUND_NOUNS:
            return _COMPOUND_NOUNS[(c.lower_, lemma)]
    return lemma


_MEASURE_NOUNS = frozenset({"round", "series", "wave", "day", "week", "string", "spate", "set"})


def _light_verb(noun: Token) -> Token | None:
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _MEASURE_NOUNS:
        noun = noun.head.head  # "opened a fifth round of talks"
    h = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and h.pos_ in ("VERB", "AUX") and verb_lemma(h) in LIGHT_VERBS:
        return h
    if noun.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in ("in", "on", "to", "for", "into"):
        v = h.head
        if v.pos_ in ("VERB",) and verb_lemma(v) in LIGHT_VERBS:
            return v
        if v.dep_ == "dobj" and v.lower_ == "part" and v.head.lemma_.lower() == "take":
            return v.head
    return None


#: Participles whose noun takes part in the event nominal they govern.
_TAKING_PART = frozenset({"involve", "engage", "participate", "take", "join"})


def counted_crowd(noun: Token) -> bool:
    """ "a march of about 2,800 people", "a strike by 5,000 workers": the nominal counts its
    participants."""
    from .counts import _is_people, people_count

    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            for p in c.children:
                if p.dep_ == "pobj" and _is_people(p) and people_count(p) is not None:
                    return True
    return False


def _has_arguments(noun: Token) -> bool:
    for c in noun.children:
        if c.dep_ in ("poss", "nummod"):
            return True
        if c.dep_ in ("amod", "compound") and c.text[:1].isupper():
            return True
        if c.dep_ == "amod" and c.lower_.startswith("anti"):
            return True
        if c.dep_ == "prep" and c.lower_ in _NOUN_ARG_PREPS:
            return True
        if c.dep_ == "npadvmod" or c.dep_ == "acl":
            return True
    return False


_PLURALIA = frozenset({"talk", "negotiation", "consultation"})
_HABITUAL = frozenset({"regular", "annual", "periodic", "frequent", "repeated", "routine", "occasional",
                       "future", "possible", "planned", "proposed", "new"})


def _generic(noun: Token, lemma: str) -> bool:
    """ "Russian attacks on its ports", "armed attacks on Philippine forces", "regular talks":
    a bare plural or a habitual or prospective nominal names a kind of act, not one reported act."""
    if any(c.dep_ == "amod" and c.lower_ in _HABITUAL for c in noun.children):
        return True
    if noun.tag_ != "NNS" or lemma in _PLURALIA or noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Palestinian riots ... are continuing": those riots
    if any(c.dep_ in ("det", "nummod") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _MEASURE_NOUNS:
        return False  # "a series of anti-government protests"
    return not any(c.ent_type_ == "DATE" for c in noun.subtree)


#: Bodies whose meeting is a session of their own members, not a consultation between actors.
_OWN_SESSIONS = frozenset({"cabinet", "board", "committee", "caucus", "party", "staff", "plenary"})


def _consult_arguments(noun: Token) -> bool:
    """Talks or a meeting as news: with or between someone, hosted by someone, or at a place;
    not "whose talks", "talks on a new programme", "a meeting of the board", nor one body's
    own session ("after a cabinet meeting in Oslo", "the board meeting")."""
    if any(c.lower_ == "whose" or c.dep_ == "compound" and c.lower_ in _OWN_SESSIONS for c in noun.children):
        return False
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "between"):
            return True
        if c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and not any(
                d.dep_ == "prep" and d.lower_ in ("of", "on") for d in noun.children):
            return True
    return False


def _predicative(noun: Token) -> bool:
    """ "was a further attack on press freedom", "one of the deadliest attacks": a
    characterisation of something already reported, not a new report."""
    if noun.dep_ in ("attr", "acomp") and noun.head.lemma_ == "be":
        return True
    h = noun.head
    if noun.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in ("one", "some", "many", "most", "part"):
        return True
    return False


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _clause_verb(t: Token) -> Token:
    h = t
    for _ in range(8):
        if h.pos_ in ("VERB", "AUX") or h.head == h:
            return h
        h = h.head
    return h


def reporting_conj(verb: Token) -> Token | None:
    """The verb of saying a past-tense verb is really coordinated with, where the parser hung
    it on the pluperfect of the reported clause: in "Ghanbarzadeh added that 85,000 Iranians had
    performed the Hajj and thanked the kingdom", "thanked" (simple past, no "had" of its own,
    no subject) is the speaker's act, not part of what he reported; else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VBN" or head.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return None
    saying = head.head
    return saying if saying.pos_ == "VERB" and saying.tag_ == "VBD" else None


def find_triggers(doc: Doc) -> list[Trigger]:
    from .arguments import subject_of

    out: list[Trigger] = []
    for t in doc:
        if t.pos_ == "VERB":
            if t.dep_ == "acl" and NOUNS.get(_noun_lemma(t.head)) is not None:
                continue  # "a meeting hosted by the UN": the nominal is the trigger
            s = _verb_sense(t)
            if s is not None and verb_lemma(t) == "discuss" and not any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
                s = None  # "the leaders discussed the missile programme": a topic, not a meeting
            civil = CIVIL_SENSES.get(verb_lemma(t))
            if s is None and civil is None:
                continue
            main = reporting_conj(t)
            out.append(Trigger(t, s, civil, "verb", t, subject_of(main if main is not None else t)))
        elif t.pos_ == "NOUN":
            if t.dep_ == "compound" and t.lemma_.lower() == "arrest" and t.head.lemma_.lower() == "warrant":
                light = _light_verb(t.head)
                if light is not None:
                    out.append(Trigger(t, NOUNS["arrest"], None, "noun", light, subject_of(light)))
                continue
            lemma = _noun_lemma(t)
            s = NOUNS.get(lemma)
            if s is None:
                continue
            if lemma in ("refusal", "rejection") and any(
                    c.dep_ in ("acl", "xcomp") and c.lemma_.lower() in ("comment", "say", "answer", "speak", "elaborate")
                    for c in t.children):
                continue  # "its refusal to comment"
            light = _light_verb(t)
            if light is not None:
                if _verb_sense(light) is not None:
                    continue  # "imposed sanctions": the verb is the trigger
                doer = subject_of(light) if t.dep_ != "nsubjpass" else None
                if t.dep_ == "nsubjpass":
                    for c in light.children:
                        if c.dep_ == "agent":
                            doer = next((p for p in c.children if p.dep_ == "pobj"), None)
                out.append(Trigger(t, s, None, "noun", light, doer))
                continue
            if lemma in WEAK_NOUNS and s.category == "PROTEST" and counted_crowd(t):
                pass  # "a march of about 2,800 people on Sunday": a counted crowd is an act
            elif lemma in WEAK_NOUNS or (_definite(t) and not any(
                    c.dep_ in ("poss",) or c.dep_ == "prep" and c.lower_ in ("with", "between", "by", "on", "against")
                    for c in t.children)):
                continue
            if not _has_arguments(t) or _predicative(t):
                continue
            if s.category == "CONSULT" and not _consult_arguments(t):
                continue
            if _generic(t, lemma):
                continue
            doer = next((c for c in t.children if c.dep_ == "poss"), None)
            if doer is None:
                for c in t.children:  # "a meeting hosted by the United Nations"
                    if c.dep_ == "acl":
                        for a in c.children:
                            if a.dep_ == "agent":
                                doer = next((p for p in a.children if p.dep_ == "pobj"), None)
            if doer is None:
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("by", "between"):
                        doer = next((p for p in c.children if p.dep_ == "pobj"), None)
                        break
            if doer is None:
                doer = next((c for c in t.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()), None)
            clause = _clause_verb(t)
            if doer is None and clause.dep_ == "acl" and clause.lemma_.lower() in _TAKING_PART \
                    and clause.head.pos_ in ("NOUN", "PROPN"):
                doer = clause.head  # "a Mexican official involved in talks with Texas authorities"
            out.append(Trigger(t, s, None, "noun", clause, doer))
    return out
