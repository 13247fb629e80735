"""Events: :func:`find_events`, a pure function over a parsed Doc and what the earlier stages found.

For every trigger (:mod:`wirecoder.stages.events.triggers`) it decides whether the text reports
the act as having happened, in the current news, outside anyone's quoted words; then it reads
actor, recipients, place, date and counts, and merges repeated reports of one act.

Not events:

- anything inside the content of a direct quote, or inside a quoted fragment of a mixed quote
  (positions and intentions in quotes are statements); an attributed *factual report* in an
  indirect quote ("police said they had detained two men") is coded, as wire event data does,
  when it passes the tests below;
- negated acts ("did not close", "has never imposed"), acts under a modal ("could suspend"),
  conditions ("if the government signs"), questions, infinitives and the complements of plans,
  wishes, refusals and requests ("plans to hold talks", "urged X to withdraw": the urging is the
  event), and stative support ("has backed Dodik throughout");
- "will": a future cooperative act (meet, support, aid, cooperate) is an AGREE (PLOVER's reading
  of announced cooperation), an announced concession or retreat stays itself ("will lift its
  tariffs from Friday"), any other future act is not coded; inside someone's words (an indirect
  quote: "…and will keep the route open, the minister said") a future act is an intention, a
  statement, and is not coded at all;
- background: an act whose own clause is dated a month or more before the article's date (the
  publication date, else the latest date the article gives) is not current news, unless it is
  ongoing ("has kept the crossings closed since 2023", "protests, which began last December").

Two recipients make two events with one evidence span. One act reported twice (same category,
actors and recipients, compatible dates, and the same sentence, the same trigger word or an
occasion such as a rally or talks) is one event; a later mention adds its counts, and the
evidence is the first mention that gives a count. Crowd reports in the sentences after a
protest ("Police said about 30,000 people attended"; "the organisers said more than 80,000")
become its competing estimates: ``size`` is the police or official figure when there is one.
Event ids are "v1", "v2"... in text order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date as Date
from typing import Iterable, Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from ...records import EventActor, Entity, Event, Quote, TimeExpression
from ...spans import span_at
from .arguments import (ArgumentIndex, _nonstate, arguments, clause_actors, dateline_cut, entity_actor,
                        resolve, sentence_end, sentence_start, subject_of)
from .counts import Count, casualties, participants, people_count
from .lexicon import CLASSES, GOVERNORS, NOUNS, ONGOING, Sense
from .plover import PloverTables, load_tables
from .triggers import _KNOWN_VERBS, Trigger, counted_crowd, find_triggers, reporting_conj, time_modifier

__all__ = ["find_events"]

_MODALS = frozenset({"could", "might", "may", "should", "must", "can", "would", "shall", "ought"})
_FUTURE = frozenset({"will", "'ll", "wo"})
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_KEEP_FUTURE = frozenset({"CONCEDE", "RETREAT", "AGREE"})
_CIVIL_SECTORS = frozenset({"CVL", "LAB", "OPP", "AGR", "EDU", "REF", "SOC", "JRN", "REL"})
_PLAN_NOUNS = frozenset("""plan plans decision proposal bid attempt threat call demand effort move
offer promise pledge right need way intention readiness willingness push request appeal
ultimatum refusal condition hope possibility prospect idea chance risk fear""".split())
_OCCASIONS = frozenset({"PROTEST", "CONSULT"})
#: Light verbs whose event nominal names its own partners ("held talks with", "joined a march by").
_PARTNER_VERBS = frozenset({"hold", "stage", "attend", "join", "take", "conduct", "open", "resume",
                           "launch", "begin", "start"})
_OFFICIAL = re.compile(r"\b(police|authorities|ministry|officials?|government|interior)\b", re.I)
_CROWD_VERBS = frozenset({"attend", "come", "join", "gather", "turn", "walk", "march", "take",
                          "participate", "rally", "protest", "assemble"})
_BODY_CODES = frozenset({"EUR", "UNO", "IGO", "NGO"})
_SIZE_CATEGORIES = frozenset({"PROTEST", "MOBILIZE", "COERCE"})
_VAGUE = re.compile(r"\b(tens of thousands|hundreds of thousands|thousands|hundreds|dozens|several (hundred|thousand|dozen)|a few (hundred|thousand|dozen))\b", re.I)


@dataclass(slots=True)
class _Found:
    trigger: Trigger
    sense: Sense
    actors: list[EventActor]
    recipients: list[EventActor]
    place: str | None
    date: str | None
    size: Count | None
    vague: bool
    dead: int | None
    injured: int | None
    evidence: tuple[int, int]
    sentence: int
    own_date: str | None = None  # the date its own clause gives, if any
    estimates: list[tuple[int, bool]] = field(default_factory=list)  # (figure, official)
    mentions: list[int] = field(default_factory=list)  # sentences of the mentions merged in


def find_events(doc: Doc, entities: Iterable[Entity], quotes: Iterable[Quote],
                times: Iterable[TimeExpression], gazetteer, published: str | None,
                *, article_country: str | None = None,
                tables: PloverTables | None = None,
                intentions: bool = False) -> tuple[Event, ...]:
    """The events ``doc`` reports (see the module doc). ``article_country`` is the country of
    the dateline, if any; else the country the article names most is used for actors such as
    "police" or "protesters" that name none. ``intentions`` codes announced intentions as PLOVER
    does instead of leaving them out as planned acts (the wire convention): a future or willing
    cooperative act ("will visit", "is willing to withdraw") is AGREE, a future hostile one
    ("would boycott") THREATEN, a negated cooperative one ("will not accept") REJECT, a "must"
    in someone's mouth REQUEST."""
    tables = tables or load_tables()
    entities = tuple(entities)
    quotes = tuple(quotes)
    times = tuple(times)
    country = article_country or _main_country(entities)
    index = ArgumentIndex.build(doc, entities, gazetteer, tables, country)
    text = doc.text  # built anew on every access
    by_id = {e.id: e for e in entities}
    blocked, reports = _quote_zones(text, quotes, by_id)
    zones = blocked + [(a, b) for a, b, _ in reports]
    reference = _reference_date(published, times)
    time_at = _time_tokens(doc, times)
    sent_of = {s.start: k for k, s in enumerate(doc.sents)}
    found: list[_Found] = []
    triggers = find_triggers(doc)
    deciding = {t.token.head.i for t in triggers if _decided_measure(t)}
    for trig in triggers:
        if trig.token.i in deciding and trig.kind == "verb" and (trig.sense or trig.civil or Sense("", "")).category == "AGREE":
            continue  # "agreed to impose sanctions": the sanction is the act, below
        if _decided_measure(trig):
            trig = replace(trig, clause=trig.token.head, doer=subject_of(trig.token.head))
        start = trig.token.idx
        if any(a <= start < b for a, b in blocked):
            continue
        if trig.doer is not None and any(a <= trig.doer.idx < b and not a <= start < b for a, b in zones):
            # "said it was “appalled by the reports” and called on ...", "said the move would
            # crush small firms and urged the bank to ...": no word inside a quote's content is
            # the doer of an act outside it; the quote's speaker is
            trig = replace(trig, doer=_outside_doer(trig, quotes, [z for z in zones if not z[0] <= start < z[1]]))
        reported_by = next(((a, b) for a, b, _ in reports if a <= start < b), None)
        speaker_country = next((c for a, b, c in reports if a <= start < b), None)
        if trig.kind == "verb" and reporting_conj(trig.token) is not None:
            # "... added that 85,000 Iranians had performed the Hajj and thanked the kingdom":
            # the speaker's own act, though the quote stage's content runs over it
            reported_by, speaker_country = None, None
        reported = _reported(trig.clause) and not _coordinated_out(trig.clause, zones)
        sense = _realis(trig, doc, intentions)
        if sense is not None and not intentions and (reported_by is not None or _attributed(trig.clause)) \
                and _future(trig.clause):
            continue  # "..., and will keep the route open, the minister said": an intention in
            # someone's words is a statement, not an act (the wire convention)
        if sense is None and intentions:
            sense = _intention(trig)
        if sense is None:
            continue
        own = _own_tokens(trig)
        dates = [time_at[t.i] for t in own if t.i in time_at]
        if _background(dates, own, reference, doc, dated=published is not None):
            continue
        if _reference_point(trig) or _habitual(trig) or _planned(own) or _ahead_of(trig):
            continue
        head = _temporal_head(trig.clause)
        if head is not None:
            # "Riyadh had cut relations in 2016 after protesters stormed its missions": an act
            # timed by a background act is background too
            head_own = _own_tokens(Trigger(head, None, None, "verb", head, None))
            if _background([time_at[t.i] for t in head_own if t.i in time_at], head_own, reference, doc,
                           dated=published is not None):
                continue
        # a generic doer ("police", "fighters") reported by a UN agency or a rights group is of
        # the country where it acts, not of the organisation that reports it
        state_speaker = speaker_country if speaker_country not in tables.nonstate else None
        context = _place_country(index, trig) or state_speaker or _topic_country(index, trig) or index.article_country
        # the trigger's own objects, also when a deciding verb carries its clause ("agreed to
        # impose sanctions on eight Iranian officials")
        actors, recipients = arguments(index, trig.token, trig.kind, trig.doer, speaker_country, context,
                                       victims=sense.category in ("ASSAULT", "COERCE"))
        if trig.kind == "noun" and trig.clause != trig.token and trig.clause.lemma_.lower() in _PARTNER_VERBS:
            _, more = arguments(index, trig.token, "noun", None, None)
            recipients += more  # "held talks with Texas authorities": the nominal's own partners
        sense = _civil(trig, sense, actors)
        if sense is None:
            continue
        if reported and trig.token.lemma_.lower() in _STANCE_WORDS and sense.category in ("SUPPORT", "ACCUSE"):
            continue  # "X said Iran welcomed any investment": a stance in someone's words
        if reported_by is not None and sense.category in ("SUPPORT", "ACCUSE"):
            continue  # a stance in someone's report is a statement, not an act
        if trig.token.lemma_.lower() in ("support", "back") and not recipients:
            continue  # "supported a settlement": a position
        if sense.category == "PROTEST" and actors and actors[0].sector == "GOV" and trig.civil is None:
            sense = Sense("ACCUSE", "114", "disapprove")  # a government's protest is diplomatic
        if sense.category in ("MOBILIZE", "CONCEDE") and len({a.country for a in actors}) >= 2:
            # joint drills; two states opening a crossing or a terminal together: neither
            # yields to the other, they cooperate
            sense = Sense("COOPERATE", "062" if sense.category == "MOBILIZE" else "061", None)
        if sense.category in ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE") and not recipients:
            own = {a.country for a in actors}
            recipients = [r for r in clause_actors(index, trig.clause) if r.country not in own][:6 if sense.category == "AGREE" else 2]
        if not actors and trig.doer is not None and trig.doer.dep_ != "nsubj":
            maker = _maker(trig)  # "approved an amendment stripping citizens of the vote"
            if maker is not None:
                actors, _ = arguments(index, trig.token, "noun", maker, speaker_country, context)
        if trig.doer is None or trig.doer.pos_ == "PRON" or not actors:
            speaker = _cue_speaker(trig.token, quotes, by_id)
            if speaker is not None:
                actors = [entity_actor(index, speaker)]
        if not actors and (trig.doer is None or sense.category != "ASSAULT"):
            # no doer named; but "the war has killed thousands" names a doer that is no actor
            actors = _fallback_actor(index, trig, sense, speaker_country)
        elif actors and actors[0].country is None:
            actors = [replace(actors[0], country=context)] + actors[1:]
        if not actors:
            continue
        if _demining(trig, sense) and len({a.country for a in actors + recipients}) < 2:
            continue  # one state clearing mines on its own soil cooperates with no one
        if _anti_government(trig.token) and not recipients and actors[0].country:
            recipients = [EventActor("government", actors[0].country, "GOV")]
        recipients = _clean_recipients(actors, recipients)
        scope = _scope(trig)
        size = participants(scope) if sense.category in _SIZE_CATEGORIES else None
        dead, injured = casualties(scope) if sense.category in ("ASSAULT", "COERCE") else (None, None)
        if sense.category == "ASSAULT" and size is None and (dead or injured):
            size = Count(dead or injured)  # type: ignore[arg-type]
        vague = bool(_VAGUE.search(" ".join(t.text for t in scope[:12])))
        value = next((d for d in dates if d), None)
        found.append(_Found(trig, sense, actors, recipients, _place(index, trig), value or published,
                            size, vague, dead, injured, _evidence(trig, scope),
                            sent_of.get(sentence_start(trig.token), 0), own_date=value))
    found.sort(key=lambda f: f.evidence[0])
    merged = _merge(found)
    for f in merged:
        if f.sense.category == "PROTEST" and not f.recipients:
            # a protest with no target named is addressed to the government where it is held
            # ("demonstrated in Kirkuk", "staged a strike"): PLOVER's and the wire gold's reading
            # (after merging: a default is no evidence that two reports are one protest)
            country = _place_country(index, f.trigger) or f.actors[0].country
            if country and country not in _BODY_CODES:
                f.recipients = [EventActor("government", country, "GOV")]
    _attach_crowd_reports(doc, merged, reports, sent_of, blocked)
    return _records(text, merged, tables)


# ------------------------------------------------------------------ realis: did it happen?

_HOSTILE = frozenset({"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN", "ACCUSE", "REJECT"})
_WILLING = frozenset({"willing", "prepared", "ready", "committed", "determined", "plan", "intend",
                      "vow", "swear", "pledge", "promise", "offer", "agree"})


#: Verbs of beginning, continuing and ending: their complement is the act, their auxiliaries
#: say whether it happened.
_ASPECTUAL = frozenset({"start", "begin", "continue", "resume", "keep", "stop", "cease", "finish"})


#: Verbs of collective decision whose complement, a measure, is the act they report.
_DECIDING = frozenset({"agree", "decide", "vote"})


def _decided_measure(trig: Trigger) -> bool:
    """ "EU ministers agreed on Monday to impose sanctions on ...", "parliament voted to impose
    tariffs": the decision imposes the measure, so the sanction is reported, with the deciding
    verb's tense, mood and subject (a cooperative complement stays an AGREE: "agreed to open
    two crossing points")."""
    t = trig.token
    return (trig.kind == "verb" and trig.sense is not None and trig.sense.category == "SANCTION"
            and trig.clause == t and t.dep_ == "xcomp" and t.head.lemma_.lower() in _DECIDING)


def _intention(trig: Trigger) -> Sense | None:
    """PLOVER's coding of an intention (see ``intentions`` in :func:`find_events`)."""
    sense = trig.sense or trig.civil
    if sense is None:
        return None
    clause = trig.clause
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ == "advmod" for c in clause.children)
    hostile = sense.category in _HOSTILE
    if negated:
        return None if hostile else Sense("REJECT", "120", None)
    if aux & {"must", "should", "ought"}:
        return Sense("REQUEST", "100", None)
    governed = False
    t = clause
    for _ in range(3):
        if t.dep_ in ("xcomp", "acl", "ccomp") and t.head != t:
            if t.head.lemma_.lower() in _WILLING:
                governed = True
                break
            t = t.head
        else:
            break
    if aux & (_FUTURE | {"would", "could", "may", "might"}) or governed:
        if hostile or _conditional(clause) and sense.category == "RETREAT":
            return Sense("THREATEN", "130", None)
        return Sense("AGREE", "036" if sense.category == "CONSULT" else "030", None)
    return None


def _realis(trig: Trigger, doc: Doc, future_as_agree: bool = False) -> Sense | None:
    """The sense of the act as reported, or None for negated, modal, conditional, planned,
    hypothetical or stative reports."""
    sense = trig.sense or trig.civil
    if sense is None:
        return None
    clause = trig.clause
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _ASPECTUAL and clause.head.pos_ in ("VERB", "AUX"):
        # "will start charging importers", "began to withdraw its troops", "did not stop
        # shelling": a verb of beginning or continuing carries the tense, mood and negation
        return _realis(replace(trig, clause=clause.head), doc, future_as_agree)
    checks = [clause] if trig.kind == "noun" and clause == trig.token else [clause, trig.token]
    for v in checks:
        for c in v.children:
            if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't", "no"):
                if c.dep_ in ("neg", "advmod", "det"):
                    if c.dep_ == "det" and v != trig.token:
                        continue
                    return None
    if trig.kind == "noun":
        for c in trig.token.children:
            if c.dep_ == "det" and c.lower_ == "no":
                return None
    if any(_no_way(c) for c in clause.children):
        return None  # "will under no circumstances agree", "in no way supports"
    end = sentence_end(trig.token)
    if any(t.text == "?" for t in doc[max(end - 3, 0):end]):
        return None
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & _MODALS:
        return None
    if "to" in aux or clause.tag_ == "VB" and clause.dep_ in ("xcomp", "advcl", "acl", "ccomp") and not aux & _FUTURE:
        return None
    if _conditional(clause):
        return None
    if _governed(clause):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "without" for c in (clause.head,)) or clause.dep_ == "pcomp" and clause.head.lower_ in ("without", "before", "instead"):
        return None
    if trig.token.lemma_.lower() in ("refuse", "decline") and _says_nothing(trig.token):
        return None
    if clause.dep_ == "relcl" and aux & {"has", "have"} and not any(c.ent_type_ == "DATE" for c in clause.subtree):
        return None  # "a minister who has visited the shrine": a description, not the news
    if trig.kind == "verb" and trig.token.dep_ in ("amod", "compound"):
        return None  # "negotiating chapters"
    if trig.kind == "verb" and trig.token.dep_ == "acl" and trig.token.tag_ == "VBN" and \
            trig.token.lemma_.lower() in _POSTED and not any(c.dep_ == "agent" for c in trig.token.children):
        return None  # "resupplying the troops stationed there": where they are, not a deployment
    if trig.kind == "verb" and trig.token.lemma_.lower() == "agree" and any(
            c.dep_ == "ccomp" for c in trig.token.children) and not any(
            c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("on", "to")
            for c in trig.token.children):
        return None  # "agreed that cooperation remained indispensable": a shared view, a statement
    if trig.kind == "verb" and trig.token.dep_ == "acl" and _unreal_governor(trig.token):
        return None  # "will not accept migrants deported by the US": a description under a negation
    if (not future_as_agree and trig.kind == "verb" and trig.token.lemma_.lower() in _PROMISES
            and trig.sense == sense and sense.category == "AGREE"
            and (any(c.dep_ in ("xcomp", "ccomp") for c in trig.token.children) or _to_infinitive(trig.token))):
        return None  # "the government promised to declare an emergency": an intention
    if aux & _FUTURE:
        if sense.category in _COOPERATIVE:
            if not future_as_agree:
                return None
            return Sense("AGREE", "036" if sense.category == "CONSULT" else "030", None)
        if future_as_agree and trig.token.lemma_.lower() == "withdraw":
            return Sense("THREATEN", "136", "expel")  # announcing a pull-out is a threat in PLOVER
        if future_as_agree and sense.category not in _HOSTILE:
            return Sense("THREATEN", "130", None) if _conditional(clause) else Sense("AGREE", "030", None)
        if sense.category in _KEEP_FUTURE:
            return sense
        return None
    if trig.token.lemma_.lower() in ("back", "support", "oppose") and any(
            c.lower_ in ("has", "have") for c in clause.children) and not any(
            c.dep_ == "npadvmod" for c in clause.children):
        return None  # "has backed Dodik throughout": a standing position, not an act
    return sense


#: The nouns of a negating phrase with "no" ("under no circumstances", "in no way", "at no
#: time", "by no means", "on no account"): the act is denied, not reported.
_NO_WAY_NOUNS = frozenset("circumstance circumstances way case point time means account condition event".split())


def _no_way(prep: Token) -> bool:
    if prep.dep_ != "prep":
        return False
    return any(p.dep_ == "pobj" and p.lower_ in _NO_WAY_NOUNS and any(
        d.dep_ == "det" and d.lower_ == "no" for d in p.children) for p in prep.children)


#: Verbs of promising: with a complement ("promised to declare", "vowing that the government
#: would not be stopped") they announce an intention, which the wire convention leaves to the
#: statements; PLOVER codes it as AGREE (``intentions``).
_PROMISES = frozenset({"promise", "vow", "pledge", "offer", "swear"})


def _to_infinitive(verb: Token) -> bool:
    """ "offering to host talks" where the parser took "host" for a noun: "to" and a verb."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "to":
        return False
    nxt = doc[verb.i + 2]
    return nxt.pos_ in ("VERB", "AUX") or nxt.tag_ in ("VB", "NN") and nxt.lower_ in _KNOWN_VERBS


#: Participles that say where forces are ("troops stationed there", "units based in ...").
_POSTED = frozenset({"station", "base", "position", "garrison", "deploy", "post"})


_SPEECH = frozenset("""comment say elaborate confirm answer respond discuss give name disclose
provide specify identify speculate reveal detail rule""".split())


def _says_nothing(verb: Token) -> bool:
    """ "declined to comment", "refused to say", or a bare "declined": no act of refusal."""
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp", "prep")]
    if not comps:
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _SPEECH for c in comps)


def _maker(trig: Trigger) -> Token | None:
    """The subject of the verb whose object a participle modifies: "Parliament approved an
    amendment stripping ..." → Parliament."""
    t = trig.token
    if t.dep_ != "acl" or t.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = t.head.head if t.head.dep_ == "dobj" else t.head.head.head
    return subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None


def _conditional(verb: Token) -> bool:
    """In a condition ("if Serbia insists"), or the consequent of one ("If Serbia insists,
    Hungary closes the border")."""
    t = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and (c.lower_ in ("if", "unless", "whether") or _as_long_as(c))
               for c in t.children):
            return True
        if t.dep_ == "advcl" and t.head != t and _unreal(t.head) and any(
                c.dep_ == "mark" and c.lower_ in ("until", "till", "before", "once") for c in t.children):
            return True  # "would not join the committee until the government withdrew the
            # complaints": a condition of an act still to come, in the past tense of reported speech
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and (m.lower_ == "if" or m.lower_ == "unless" and not _perfect_or_past(t))
                                         for m in c.children)
               for c in t.children):
            return True
        if t.dep_ in ("advcl", "ccomp", "conj", "xcomp", "relcl") and t.head != t:
            t = t.head
            continue
        break
    return False


def _perfect_or_past(verb: Token) -> bool:
    """ "has barred imports ... unless they have been purified", "banned exports unless ...":
    an act done, with an exception, not a hypothesis."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & (_MODALS | _FUTURE):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and bool(aux & {"has", "have", "had"})


def _as_long_as(mark: Token) -> bool:
    """The "as" of "as long as" / "so long as": a condition."""
    doc = mark.doc
    return mark.lower_ == "as" and mark.i >= 2 and doc[mark.i - 1].lower_ == "long" and \
        doc[mark.i - 2].lower_ in ("as", "so")


def _unreal_governor(participle: Token) -> bool:
    """Is the clause that governs a participle's noun negated, modal or future ("will not
    accept migrants deported by ...", "could ban goods made in ...")?"""
    t = participle.head
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.head == t:
            return False
        t = t.head
    else:
        return False
    return t.pos_ in ("VERB", "AUX") and _unreal(t)


def _unreal(verb: Token) -> bool:
    """Is the verb negated, modal or future ("will not accept", "could ban", "would not join")?"""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & (_MODALS | _FUTURE)) or any(
        c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ == "advmod" for c in verb.children)


def _ruled_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _governed(verb: Token) -> bool:
    """In the complement of a plan, wish, refusal or request ("plans to visit", "urged X to
    withdraw", "a decision to close")."""
    t = verb
    for _ in range(4):
        h = t.head
        if h == t:
            return False
        if t.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and _ruled_out(h):
            return True  # "ruled out reopening talks"
        if t.dep_ in ("xcomp", "ccomp") and h.lemma_.lower() in GOVERNORS:
            if t.dep_ == "ccomp" and h.lemma_.lower() in ("warn", "demand", "insist", "order", "deny") or t.dep_ == "xcomp":
                return True
            if t.dep_ == "ccomp" and h.lemma_.lower() == "tell" and (t.tag_ == "VB" or any(
                    c.dep_ == "aux" and c.lower_ in ("should", "must") for c in t.children)):
                return True  # "told Belgrade that it must withdraw"; not "told Anadolu the army has moved"
        if t.dep_ == "pcomp" and h.lower_ in ("of", "for", "with", "over", "on"):
            return True  # "accused Ankara of violating", "on charges of attacking": the charge, not an act
        if t.dep_ in ("acl", "ccomp") and h.lemma_.lower() in _PLAN_NOUNS:
            return True
        if t.dep_ == "xcomp" and h.pos_ == "ADJ" and h.lemma_.lower() in GOVERNORS:
            return True
        if t.dep_ in ("conj",):
            t = h
            continue
        return False
    return False


# ------------------------------------------------------------------ dates and background

def _parse(value: str | None) -> tuple[Date, Date] | None:
    """(first day, last day) of an ISO value at its granularity."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if m is None:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = Date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            end = Date(y + (mo == 12), mo % 12 + 1, 1)
            return Date(y, mo, 1), Date.fromordinal(end.toordinal() - 1)
        return Date(y, 1, 1), Date(y, 12, 31)
    except ValueError:
        return None


def _reference_date(published: str | None, times: Sequence[TimeExpression]) -> Date | None:
    got = _parse(published)
    if got is not None:
        return got[0]
    ends = [p[1] for p in (_parse(t.value) for t in times if t.type == "DATE") if p is not None]
    return max(ends) if ends else None


def _time_tokens(doc: Doc, times: Sequence[TimeExpression]) -> dict[int, str | None]:
    out: dict[int, str | None] = {}
    for t in times:
        if t.type != "DATE":
            continue
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                out[tok.i] = t.value
    return out


def _own_tokens(trig: Trigger) -> list[Token]:
    """The trigger's clause without nested clauses: where its own date and counts are said."""
    roots = [trig.clause] + ([trig.token] if trig.token != trig.clause else [])
    clause = trig.clause
    if clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in clause.children):
        # "Last year's bill triggered protests and was withdrawn": the shared subject dates both
        roots += [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    seen: set[int] = set()
    out: list[Token] = []
    stack = list(roots)
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "ccomp", "conj", "parataxis", "advcl", "csubj") and c not in roots:
                continue
            if c.dep_ == "xcomp" and t == trig.token and trig.kind == "verb" and c not in roots:
                continue  # "threatened to ban candidates from the upcoming elections", "urged
                # Belgrade to hold talks next week": the time of what is asked, not of the asking
            if c.dep_ == "acl" and c.tag_ != "VBN":
                continue
            if c.dep_ == "acl" and c not in roots and t.dep_ in ("nsubj", "nsubjpass") and any(
                    a.dep_ == "agent" for a in c.children):
                continue  # "The task group formed by Türkiye ... in January 2024 has neutralized
                # ...": when the doer was formed is no date of what it did
            stack.append(c)
    out.sort(key=lambda t: t.i)
    return out


def _dates_clause(year: Token, own: list[Token]) -> bool:
    """Is this year a past-time modifier of the clause ("in March 2023", "in 2016"), not a
    start or end ("from January 2024", "by 2030") or a part of a complement?"""
    t = year
    for _ in range(4):
        if t.dep_ == "pobj":
            return t.head.lower_ in ("in", "on", "during", "of") and t.head.head.pos_ in ("VERB", "AUX")
        t = t.head
    return False


def _background(dates: list[str | None], own: list[Token], reference: Date | None, doc: Doc,
                dated: bool = True) -> bool:
    # "since" opening the act's own clause ("since they severed ties in 2016") dates it; only
    # "since" before a time or another clause makes it ongoing ("has kept it closed since 2023")
    words = {t.lower_ for t in own if t.dep_ != "mark"}
    ongoing = bool(words & ONGOING)
    if not dated and not ongoing and any(re.fullmatch(r"(19|20)\d\d", t.text) and t.ent_type_ == "DATE"
                                         and _dates_clause(t, own) for t in own):
        return True  # an undated story tells current acts by weekday; "in March 2023" is background
    for t in own:
        if t.lower_ in ("ago",) and not ongoing:
            return True
        if t.lower_ == "last" and t.head.lower_ in ("month", "year") and not ongoing:
            return True
    if reference is None:
        return False
    for value in dates:
        got = _parse(value)
        if got is None:
            continue
        if (reference - got[1]).days >= 30 and not ongoing:
            return True
        if got[0] != got[1] and got[1] < reference and (reference - got[0]).days >= 30 and not ongoing:
            return True  # a past month or year ("in 2024" in January 2025, "in December")
    return False


_REFERENCE_MARKS = frozenset({"since"})
_TEMPORAL_MARKS = frozenset({"after", "before", "when", "as", "until", "once"})


def _reference_point(trig: Trigger) -> bool:
    """Is the act only the starting point of something else ("relations have improved since
    Albanese visited Beijing", "has tightened rules since Moscow's invasion of Ukraine",
    "divided since 1974, when Turkey invaded the north")?"""
    clause = trig.clause
    if trig.kind == "noun" and trig.token.dep_ == "pobj" and trig.token.head.lower_ in _REFERENCE_MARKS:
        return True
    if _bare_after(trig.token) and trig.kind == "noun":
        return True
    if trig.kind == "verb" or clause != trig.token:
        if any(c.dep_ == "mark" and c.lower_ in _REFERENCE_MARKS for c in clause.children):
            return True
        if clause.dep_ == "relcl" and (clause.head.ent_type_ == "DATE" or clause.head.like_num) and any(
                c.lower_ in ("when", "where") for c in clause.children):
            return True
    return False


def _bare_after(noun: Token) -> bool:
    """ "told a joint news conference after talks in Tokyo", "arrested 12 people after clashes in
    Tema": a bare nominal after "after" on another act's verb times that act; it is the story's
    setting, not a new report (a named one, "after a meeting with Putin", still is)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "after" and prep.head.pos_ == "VERB"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "by") for c in noun.children))


def _ahead_of(trig: Trigger) -> bool:
    """ "a day before a regional summit", "ahead of next week's talks": an occasion the report
    looks forward to, not one it reports."""
    t = trig.token
    if trig.kind != "noun" or t.dep_ != "pobj":
        return False
    prep = t.head
    return prep.lower_ == "before" or prep.lower_ == "of" and prep.head.lower_ == "ahead"


def _temporal_head(clause: Token) -> Token | None:
    """The clause that a temporal clause ("after protesters stormed ...") times."""
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in clause.children):
        h = clause.head
        return h if h.pos_ in ("VERB", "AUX") else None
    if clause.dep_ == "pcomp" and clause.head.lower_ in _TEMPORAL_MARKS and clause.head.head.pos_ in ("VERB", "AUX"):
        return clause.head.head
    return None


def _habitual(trig: Trigger) -> bool:
    """ "held regular talks", "hold annual drills": a kind of recurring act, not a reported one
    (a habitual adverb alone does not say so: PLOVER codes "soldiers routinely beat up
    detainees")."""
    return trig.kind == "noun" and any(c.dep_ == "amod" and c.lower_ in ("regular", "annual", "periodic", "routine", "frequent")
                                       for c in trig.token.children)


def _planned(own: Sequence[Token]) -> bool:
    """Said to come ("talks in Washington next week", "the vote tomorrow", "the upcoming
    summit"): planned, not yet done. (By words, not by resolved dates: a weekday may resolve
    either way.)"""
    for t in own:
        if t.lower_ == "next" and t.head.lower_ in ("week", "month", "year") or t.lower_ == "tomorrow":
            return True
        if t.lower_ in ("upcoming", "forthcoming") and t.dep_ == "amod":
            return True
    return False


# ------------------------------------------------------------------ arguments and counts

def _civil(trig: Trigger, sense: Sense, actors: list[EventActor]) -> Sense | None:
    if sense not in (trig.sense, trig.civil):
        return sense  # an intention already coded (AGREE, THREATEN, REJECT, REQUEST)
    if trig.civil is None:
        return sense if trig.sense is not None else None
    crowd = not actors or all(a.sector in _CIVIL_SECTORS or
                               a.sector is None and a.name and a.name.split()[-1].lower() in (
                                   "people", "drivers", "crews", "protesters", "residents",
                                   "members", "supporters", "workers", "students", "farmers")
                               for a in actors)
    if crowd:
        return trig.civil
    return trig.sense


def _fallback_actor(index: ArgumentIndex, trig: Trigger, sense: Sense, speaker_country: str | None) -> list[EventActor]:
    """A protest, rally or talks with no named doer: the country of its place, else the
    speaker's (attributed report), else the article's."""
    if sense.category not in ("PROTEST", "CONSULT", "ASSAULT", "COERCE", "MOBILIZE"):
        return []
    if sense.category == "ASSAULT" and trig.kind == "verb" and not _attack_named(trig.token):
        return []  # "three officers were injured", "39 people have been killed in violence":
        # a casualty report without an attacker or an attack is no attack by anyone
    place = _place_country(index, trig)
    country = place or speaker_country or index.article_country
    if country is None:
        return []
    return [EventActor(None, country, "CVL" if sense.category == "PROTEST" else None)]


def _demining(trig: Trigger, sense: Sense) -> bool:
    """ "has neutralized more than 20 drifting mines", "cleared landmines": a COOPERATE read
    from a verb whose object is a mine (joint demining)."""
    return sense.category == "COOPERATE" and trig.kind == "verb" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CLASSES["mines"] for c in trig.token.children)


def _attack_named(verb: Token) -> bool:
    """Does the verb name the attack it reports ("were killed in a suicide car bombing", "died
    in an airstrike", "in Israeli tank shelling", which the parser may split after "tank")? The
    words of each "in"/"by" phrase up to the next preposition or punctuation are read."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for t in doc[c.i + 1: min(c.i + 7, c.sent.end)]:
            if t.pos_ == "ADP" or t.is_punct:
                break
            sense = NOUNS.get(t.lemma_.lower()) or NOUNS.get(t.lower_)
            if sense is not None and sense.category == "ASSAULT":
                return True
    return False


def _place_tokens(trig: Trigger) -> Iterable[Token]:
    for head in {trig.token, trig.clause}:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "outside", "near"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        yield p


def _place(index: ArgumentIndex, trig: Trigger) -> str | None:
    for p in _place_tokens(trig):
        if p.ent_type_ in ("GPE", "LOC", "FAC") or p.pos_ == "PROPN":
            ent = p.doc[p.left_edge.i: p.i + 1]
            text = ent.text
            if text.lower().startswith("the "):
                text = text[4:]
            return text
    return None


def _place_country(index: ArgumentIndex, trig: Trigger) -> str | None:
    for p in _place_tokens(trig):
        for t in p.subtree:
            if t.lemma_.lower() in _MISSIONS or t.head.lemma_.lower() in _MISSIONS and t.dep_ != "prep" \
                    or t.head.head.lemma_.lower() in _MISSIONS and t.head.dep_ in ("poss", "compound"):
                continue  # "outside the Japanese Embassy in Seoul": the embassy stands in Seoul
            e = index.entity_at.get(t.i)
            if e is not None and any(w.lower() in _MISSIONS for w in e.name.split()):
                e = None
            if e is not None and e.country:
                return e.country
            if t.text[:1].isupper():
                ref = index.gazetteer.lookup(t.text)
                if ref is not None and ref.country:
                    return ref.country
    return None


#: Bare nouns for a state's organs that name no state ("authorities expelled ...").
_ORGANS = frozenset({"authorities", "authority", "police", "government", "army", "military",
                     "junta", "troops", "forces", "officials", "prosecutors", "security"})


def _topic_country(index: ArgumentIndex, trig: Trigger) -> str | None:
    """ "Burkina Faso's junta ... has also turned against French media. On Thursday,
    authorities expelled ...": a bare "authorities", "police" or "the government" that names
    no state is the state the paragraph is about, the country of the previous sentence's main
    subject in the same paragraph."""
    doer = trig.doer
    if doer is None or doer.lower_ not in _ORGANS or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
            for c in doer.children):
        return None
    doc = index.doc
    start = sentence_start(trig.token)
    if start == 0 or "\n" in doc[start - 1].text_with_ws:
        return None
    prev = doc[start - 1].sent
    root = prev.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or "\n" in doc[prev.start: start].text.strip():
        return None
    got = resolve(index, subject)
    return got.country if got is not None and got.country not in (None,) and (got.sector == "GOV" or subject.i in index.entity_at) else None


#: Buildings of one state on another's soil.
_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})


def _anti_government(token: Token) -> bool:
    return any(c.lower_.startswith("anti-government") or c.lower_ == "anti" for c in token.children
               if c.dep_ in ("amod", "compound"))


def _clean_recipients(actors: list[EventActor], recipients: list[EventActor]) -> list[EventActor]:
    names = {a.name for a in actors}
    out: list[EventActor] = []
    seen: set[str] = set()
    for r in recipients:
        if r.name in names and r.name is not None:
            continue
        key = r.country or r.name or ""
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _scope(trig: Trigger) -> list[Token]:
    head = trig.clause if trig.kind == "noun" and trig.clause != trig.token and trig.clause.pos_ == "VERB" else trig.token
    toks = sorted(head.subtree, key=lambda t: t.i)
    if len(toks) > 60:
        toks = [t for t in toks if abs(t.i - trig.token.i) < 30]
    return toks


def _evidence(trig: Trigger, scope: list[Token]) -> tuple[int, int]:
    """Characters of the trigger with its doer and first object: the clause that reports it."""
    t = trig.token
    first, last = t.i, t.i
    if trig.clause != t and abs(trig.clause.i - t.i) < 12:
        first, last = min(first, trig.clause.i), max(last, trig.clause.i)
    if trig.doer is not None and sentence_start(trig.doer) == sentence_start(t):
        left = trig.doer.left_edge.i
        if 0 <= first - left <= 10:
            first = left
        elif 0 <= first - trig.doer.i <= 10:
            first = trig.doer.i
    if trig.kind == "verb":
        # "at least 40 people were arrested": the passive's subject is who it was done to; so is
        # the noun a participle modifies ("a driver shot by police")
        patient = next((c for c in t.children if c.dep_ == "nsubjpass" and c.i < t.i), None) \
            if trig.doer is None else None
        if patient is None and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i < t.i:
            patient = t.head
        if patient is not None and 0 <= first - patient.left_edge.i <= 10:
            first = patient.left_edge.i
    obj_heads = [c for c in (trig.clause if trig.kind == "verb" else t).children
                 if c.dep_ in ("dobj", "dative", "prep", "prt", "attr", "oprd", "ccomp", "xcomp", "agent")
                 and not time_modifier(c)]
    if trig.kind == "noun":
        obj_heads += [c for c in t.children if c.dep_ == "prep"]
    obj_heads.sort(key=lambda c: c.i)
    for c in obj_heads:
        if c.i < last:
            continue
        end = c.right_edge.i
        if c.dep_ in ("dobj", "dative") and any(d.dep_ in ("prep", "xcomp", "ccomp") and d.i > c.i
                                                   for d in (trig.clause if trig.kind == "verb" else t).children):
            nxt = [d for d in (trig.clause if trig.kind == "verb" else t).children
                   if d.dep_ in ("prep", "xcomp", "ccomp") and d.i > c.i]
            end = max(end, min(nxt[0].right_edge.i, nxt[0].i + 6))
        if end - t.i > 16:
            end = t.i + 16
        last = max(last, end)
        break
    doc = t.doc
    cut = dateline_cut(doc, first, t.i)
    if cut is not None:
        first = cut + 1  # not the dateline the parser hung on the doer ("BRUSSELS (Reuters) - ...")
    while last > first and doc[last].is_punct:
        last -= 1
    while first < last and doc[first].is_punct:
        first += 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


# ------------------------------------------------------------------ merging and crowd reports

def _key(a: Sequence[EventActor]) -> frozenset[str]:
    return frozenset(x.country or x.name or "" for x in a)


def _compatible_dates(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a.startswith(b) or b.startswith(a)


def _merge(found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for f in found:
        target = None
        if f.trigger.kind == "noun" and _anaphoric(f.trigger.token):
            same = [g for g in out if g.sense.category == f.sense.category]
            if same:
                target = same[-1]
        for g in ([] if target is not None else out):
            if g.sentence == f.sentence and (_separate_time(f.trigger, g.trigger) or _dated_apart(f, g)):
                continue  # "expelled X, two days after suspending Y"; "has kept four crossings
                # closed since 2023, and on Dec. 30 it shut a rail crossing": two acts
            unnamed = all(a.name is None for a in f.actors) or all(a.name is None for a in g.actors)
            nested = g.trigger.clause.is_ancestor(f.trigger.token) or f.trigger.clause.is_ancestor(g.trigger.token)
            if (nested and g.sentence == f.sentence and {g.sense.category, f.sense.category} == {"ASSAULT", "COERCE"}
                    and f.trigger.token.dep_ == "conj"):
                if f.sense.category == "ASSAULT":
                    g.sense = f.sense  # "rammed the boats, seized rifles and injured sailors": one assault
                target = g
                break
            if g.sense.category == f.sense.category and g.sentence == f.sentence and (unnamed or nested):
                target = g
                break
            if (g.sense.category == f.sense.category and _key(g.actors) == _key(f.actors)
                    and (_key(g.recipients) == _key(f.recipients) or not f.recipients)
                    and _compatible_dates(g.date, f.date)
                    and (g.sentence == f.sentence
                         or g.trigger.token.lemma_ == f.trigger.token.lemma_
                         or _named_in(f.trigger.token, g.evidence)
                         or f.sense.category in _OCCASIONS)):
                target = g
                break
        if target is None:
            out.append(f)
            continue
        target.mentions.append(f.sentence)
        if f.size is not None and f.trigger.kind == "noun" and counted_crowd(f.trigger.token) and (
                target.size is None or target.size.value == f.size.value) and not target.vague:
            target.size = f.size  # "... staged protests, including a march of about 2,800
            target.evidence = f.evidence  # people on Sunday": the mention that counts the crowd
        elif target.size is None and f.size is not None:
            target.size = f.size
            if not target.vague:
                target.evidence = f.evidence
        target.vague = target.vague or f.vague
        target.dead = target.dead if target.dead is not None else f.dead
        target.injured = target.injured if target.injured is not None else f.injured
        if target.place is None:
            target.place = f.place
    return out


def _dated_apart(f: _Found, g: _Found) -> bool:
    """A later clause with its own subject and its own date, other than the earlier one's."""
    clause = f.trigger.clause
    own_subject = f.trigger.kind == "verb" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return own_subject and f.own_date is not None and f.own_date != g.own_date and \
        f.trigger.token.lemma_ != g.trigger.token.lemma_


def _separate_time(f: Trigger, g: Trigger) -> bool:
    """Is one act placed in time relative to the other ("expelled the correspondents, two days
    after suspending the broadcasts"): two acts, not one told twice?"""
    for a, b in ((f, g), (g, f)):
        t = a.clause
        for _ in range(3):
            if t.dep_ in ("pcomp", "advcl") and t.head != t and (
                    t.head.lower_ in ("after", "before", "since") or any(
                        m.dep_ == "mark" and m.lower_ in ("after", "before", "since") for m in t.children)):
                return True
            if t.head == t:
                break
            t = t.head
    return False


def _named_in(trigger: Token, evidence: tuple[int, int]) -> bool:
    """Is the trigger's word (by lemma) a word of an earlier event's evidence ("ordered the
    arrest of three officials" ... "said it had issued arrest warrants"): the act named again?"""
    span = trigger.doc.char_span(*evidence, alignment_mode="expand")
    lemma = trigger.lemma_.lower()
    return span is not None and any(t.lemma_.lower() == lemma for t in span if t.i != trigger.i)


def _anaphoric(noun: Token) -> bool:
    """ "the rally", "the blockade", "the attack": a definite nominal without a possessor refers
    back to an act already reported."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    return bool(dets) and dets[0].lower_ in ("the", "this", "that") and not any(
        c.dep_ in ("poss", "amod", "compound") for c in noun.children)


def _attach_crowd_reports(doc: Doc, found: list[_Found], reports, sent_of, blocked) -> None:
    """Counted crowds in the three sentences after a protest ("about 30,000 people attended",
    "it was attended by between 140,000 and 150,000 participants") are its estimates."""
    protests = [f for f in found if f.sense.category == "PROTEST"]
    if not protests:
        return
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        for t in sent:
            if t.pos_ != "VERB" or t.lemma_.lower() not in _CROWD_VERBS:
                continue
            if any(a <= t.idx < b for a, b in blocked):
                continue
            got = _crowd_count(t)
            if got is None:
                continue
            count, noun = got
            owner = None
            for f in protests:
                if any(0 <= k - m <= 3 for m in [f.sentence, *f.mentions]):
                    owner = f
            if owner is None:
                continue
            official = bool(_OFFICIAL.search(sent.text)) and not re.search(
                r"\b(organi[sz]ers?|organi[sz]ed|party|association|union|federation)\b", sent.text, re.I)
            if all(v != count.value for v, _ in owner.estimates):
                owner.estimates.append((count.value, official))
            if owner.size is None or (official and not any(o for _, o in owner.estimates[:-1])):
                if owner.size is None and not owner.vague and owner.trigger.kind == "noun":
                    first = min(sent[0].i, noun.i, t.i)
                    owner.evidence = (doc[first].idx, max(noun.idx + len(noun.text), t.idx + len(t.text)))
                owner.size = count


def _crowd_count(verb: Token) -> tuple[Count, Token] | None:
    """(count, the counted noun) of "N people attended", "attended by N participants"."""
    for c in verb.children:
        if c.dep_ in ("nsubj",) and c.pos_ in ("NOUN", "NUM", "PROPN"):
            got = people_count(c) if c.pos_ != "NUM" else participants([c])
            if got is not None:
                return got, c
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    got = people_count(p)
                    if got is not None:
                        return got, p
    return None


def _records(text: str, found: list[_Found], tables: PloverTables) -> tuple[Event, ...]:
    events: list[Event] = []
    for f in found:
        s = f.sense
        mode = tables.mode(s.category, s.cameo, s.mode)
        estimates = [v for v, _ in f.estimates]
        size = f.size.value if f.size is not None else None
        official = [v for v, o in f.estimates if o]
        if official:
            size = official[0]
        if size is not None and estimates and size not in estimates:
            estimates.insert(0, size)
        if len(estimates) < 2:
            estimates = []
        else:
            estimates = sorted(set(estimates))
        evidence = span_at(text, *f.evidence)
        trigger = span_at(text, f.trigger.token.idx, f.trigger.token.idx + len(f.trigger.token.text))
        for recipient in (f.recipients or [None]):
            events.append(Event(
                id=f"v{len(events) + 1}",
                category=s.category,
                mode=mode,
                actors=tuple(f.actors),
                recipients=(recipient,) if recipient is not None else (),
                place=f.place,
                date=f.date,
                size=size,
                cameo=s.cameo[:2],
                evidence=evidence,
                dead=f.dead,
                injured=f.injured,
                size_range=f.size.range if f.size is not None and f.size.value == size else None,
                size_estimates=tuple(estimates),
                trigger=trigger,
            ))
    return tuple(events)


# ------------------------------------------------------------------ quotes and the article's country

def _future(clause: Token) -> bool:
    """Is the clause in the future ("will keep", "'ll open"), by its own auxiliaries?"""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in clause.children)


def _quote_zones(text: str, quotes: Sequence[Quote], by_id) -> tuple[list[tuple[int, int]], list[tuple[int, int, str | None]]]:
    """(blocked character ranges, attributed-report ranges with the speaker's country)."""
    blocked: list[tuple[int, int]] = []
    reports: list[tuple[int, int, str | None]] = []
    for q in quotes:
        a, b = q.content.start, q.content.end
        if q.kind == "direct":
            blocked.append((a, b))
            continue
        if q.kind == "mixed":
            blocked.extend((a + x, a + y) for x, y in _fragments(text[a:b]))
        speaker = by_id.get(q.speaker.entity) if q.speaker.entity else None
        country = speaker.country if speaker is not None else None
        if country is None and speaker is not None and speaker.type == "ORG":
            country = _nonstate(speaker.name)
        reports.append((a, b, country))
    return blocked, reports


def _cue_speaker(token: Token, quotes: Sequence[Quote], by_id) -> Entity | None:
    """The resolved speaker of the quote whose cue ``token`` is ("He urged the government to
    \u201cthink again\u201d", "It called on ..."): the quote stage resolves pronouns and roles
    across sentences, so its speaker is the doer of the verbal act the cue reports."""
    for q in quotes:
        if q.cue is not None and q.cue.start <= token.idx < q.cue.end and q.speaker.entity:
            return by_id.get(q.speaker.entity)
    return None


def _outside_doer(trig: Trigger, quotes: Sequence[Quote],
                  blocked: Sequence[tuple[int, int]]) -> Token | None:
    """Who does an act whose parsed doer lies inside a quote: the speaker of that quote (the
    head of its mention, else the subject of its cue), else the subject of the verb of saying
    the act's clause hangs from; never a word inside a quote."""

    doc = trig.token.doc
    offset = trig.doer.idx
    candidates: list[Token | None] = []
    for q in quotes:
        if not q.content.start <= offset < q.content.end:
            continue
        for where, pick in ((q.speaker.mention, lambda s: s.root), (q.cue, lambda s: subject_of(s.root))):
            span = doc.char_span(where.start, where.end, alignment_mode="expand") if where else None
            if span is not None:
                candidates.append(pick(span))
    candidates += [subject_of(a) for a in trig.clause.ancestors if a.lemma_.lower() in _SAYING]
    for t in candidates:
        if t is not None and not any(a <= t.idx < b for a, b in blocked):
            return t
    return None


#: Verbs whose clausal complement is someone's words ("X said Iran welcomed ..."): a stance
#: there is a statement even when the quote stage found no quote.
_SAYING = frozenset("""say tell add state claim note insist stress write explain argue assert
maintain reiterate emphasize emphasise declare""".split())


#: Nouns whose that-clause is someone's words ("said in a statement that Moscow welcomes ...").
_SAYING_NOUNS = frozenset("""statement remark comment message letter communique interview post
announcement note declaration""".split())

#: Verbs of approval and disapproval: in someone's words, a stance rather than an act.
_STANCE_WORDS = frozenset("""welcome praise hail applaud commend appreciate thank support back
endorse favour favor criticize criticise condemn denounce deplore blame accuse oppose""".split())


def _attributed(clause: Token) -> bool:
    """Is the clause, or a clause it hangs from, followed by a trailing attribution ("X will
    under no circumstances agree to ..., the chief negotiator said on Tuesday"), which the
    parser may attach as a conjunct or a parataxis of the reported clause?"""
    t = clause
    for _ in range(6):
        for c in t.children:
            if c.i > clause.i and c.dep_ in ("conj", "parataxis", "ccomp") and c.lemma_.lower() in _SAYING \
                    and c.doc[c.left_edge.i - 1].text == "," and not any(
                        d.dep_ == "cc" and clause.i < d.i < c.i for d in t.children) \
                    and not any(d.dep_ in ("ccomp", "dobj") and d.i > c.i for d in c.children):
                return True
        if t.head == t:
            break
        t = t.head
    return False


def _coordinated_out(clause: Token, zones: Sequence[tuple[int, int]]) -> bool:
    """Is the clause outside every quote's content but coordinated with a verb inside one
    ("said her party would vote against the bill and accused the Treasury of ..."): the parse
    hangs it in the reported clause, the quote stage shows it is the narrator's report of a
    second act of the speaker's?"""
    start = clause.idx
    if any(a <= start < b for a, b in zones):
        return False
    t = clause
    for _ in range(4):
        if t.dep_ != "conj" or t.head == t:
            return False
        t = t.head
        if any(a <= t.idx < b for a, b in zones):
            return True
    return False


def _reported(clause: Token) -> bool:
    """Is the clause (or the clause it is coordinated with) the complement of a verb of saying?
    Not a speaker's own act the parser hung on the reported clause (see ``reporting_conj``)."""
    if reporting_conj(clause) is not None:
        return False
    t = clause
    for _ in range(3):
        if t.dep_ == "conj" and t.head != t:
            t = t.head
            continue
        if t.dep_ == "acl" and t.head.lemma_.lower() in _SAYING_NOUNS:
            return any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        return t.dep_ == "ccomp" and t.head.lemma_.lower() in _SAYING
    return False


def _fragments(content: str) -> list[tuple[int, int]]:
    """The quoted fragments of a mixed quote's content: an opening mark (“, or " before a
    word) to the next closing mark; a stray closing mark at the start opens nothing."""
    out: list[tuple[int, int]] = []
    start = None
    for m in re.finditer(r"[\"\u201c\u201d]", content):
        k = m.start()
        ch = content[k]
        after = content[k + 1: k + 2]
        before = content[k - 1: k] if k else ""
        opening = ch == "\u201c" or ch == '"' and after and not after.isspace() and (not before or before.isspace() or before in "([-\u2014")
        if start is None:
            if opening:
                start = k
        elif not opening or ch == "\u201d":
            out.append((start, k + 1))
            start = None
    if start is not None:
        out.append((start, len(content)))
    return out


def _main_country(entities: Sequence[Entity]) -> str | None:
    best, n = None, 0
    for e in entities:
        if e.type == "COUNTRY" and e.country and len(e.mentions) > n:
            best, n = e.country, len(e.mentions)
    return best
