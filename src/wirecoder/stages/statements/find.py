"""Statements: the propositions each quote asserts, with holder, stance and hedge.

:func:`find_statements` is a pure function over a parsed Doc and the quotes, entities and
gazetteer already found in it. For every quote it looks at the clauses inside the quote's content
and keeps the *policy-like* ones, one statement each:

- a clause whose verb is governed by a word of will or refusal ("wants to join", "refuse to
  impose", "is reluctant to join"), or carries a modal or future auxiliary ("will never
  impose", "may join"), or states a condition ("on the condition that it recognizes ..."), or
  whose predicate is a known position of the synonym tables ("remain neutral", "are strategic
  partners"), or an attitude verb over one ("values its neutral status");
- whose subject is an actor (see :mod:`wirecoder.stages.statements.actors`): a country, organization or
  person of the article; "we", "us", "our country" in the mouth of a speaker with a country
  (that country); "it", "the country" through the speaking country or the country last named;
- and which is not a question (rhetorical questions assert nothing literal), an imperative
  ("Don't force Serbia ..." addresses others), a relative clause, a reason or time clause
  ("because Russia has never imposed sanctions on us"), the antecedent of an "if", or a plain
  report of the past ("Moscow has never allowed itself ..."); a past tense stays in when it is
  coordinated with a future ("we have not and will not impose") or backshifted in indirect
  speech with a modal or governor ("said his country was ready to ...").

Beyond clauses: a verb of asking an unnamed body ("would not ask parliament to write X into the
constitution") is the speaker's side's own act; "That is not on the table" opening a sentence is
on the act the sentence before proposed; an act noun governed by the cue of a mixed quote ("ruled
out any return to the talks “as long as ...”") is the holder's side's act; an existential denial
covers each act it coordinates ("no reopening ... and no extension of ...").

The holder is the quote's speaker, also for indirect quotes that attribute a view ("Western
politicians ... stressed that ..."). Stance and hedge come from :mod:`wirecoder.stages.statements.stance`; two
sentence-level rules complete them: "never" distributes over the refusals listed after it in the
same sentence ("will never impose sanctions ... and will stay out of any military bloc"), and a
clause such as "nothing can change that" or "no one will be able to influence this" makes what it
refers back to absolute. Proposition keys come from :mod:`wirecoder.lexicon.keys`. Statement
ids are "s1", "s2"... in quote order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Iterable

from spacy.tokens import Doc, Token

from ...lexicon.keys import Predicate, canonical_predicate, lemma, proposition_key, proposition_text, text_key
from ...lexicon.propositions import (ACT_NOUN_VERBS, ACT_STANCE_VERBS, ATTITUDE_PREDICATIVES, COUNTER_ATTITUDES,
                                     DECISION_NOUNS, DECISION_VERBS, JUDGING_VERBS, LEGISLATURE_NOUNS, MEASURE_NOUNS,
                                     PREDICATES, RESULT_STATES, SHELL_NOUNS, STANCE_VERBS, VOTED_NOUNS)
from ...lexicon.roles import BODY_HEADS, CORE_HEADS, GOVERNMENT_NOUNS, GROUP_NOUNS, is_news_medium
from ...lexicon.states import COMPLEMENTS, IN_FORCE, KEEPING_VERBS, LASTING_VERBS, MEASURE_UNDOING, undoing
from ...records import Entity, Quote, Speaker, Statement
from ...spans import span_at
from .stance import GOVERNORS, Governor, Link, assess, flip_stance
from .actors import Actor, ArticleIndex, conjuncts, plural_phrase, resolve_subject, speaker_institution
from .chains import (
    MODALS,
    attitude_gerund,
    REPORTING_VERBS,
    Walk,
    conjunct_head,
    governor_lemma,
    has_condition,
    has_goal,
    interrupted_object,
    is_clause_head,
    is_imperative,
    is_antecedent,
    is_past,
    is_subordinate,
    stray_condition,
    walk_clause,
)
from .frames import (FORCE_NOUNS, act_arguments, bare_shell, calendar_date, compound_act_frame, compound_patient,
                     is_deadline, keyed_frame, measure_phrase)
from .frames import (Frame, _patient_phrase, _possessives, clause_frames, deadline_text, ergative_frame, evidence_tokens,
                     fuller_object, legislature_of, open_frame, permission_verb, persistence_frame, purpose,
                     speaker_possessives)
from .nominal import act_object_verb, act_verb, light_act, light_act_of, verb_of_noun
from .referents import antecedent, referent_text, sentence_before

__all__ = ["find_statements", "proposition_of"]

_CONTRAST = frozenset({"but", "however", "yet", "although", "though", "whereas", "while", "nevertheless"})
_REINFORCER_VERBS = frozenset(
    """change influence alter affect undermine shake break spoil destroy harm damage ruin stop
    reverse weaken disrupt""".split()
)
#: Intransitive verbs of lasting: "the ban will stay", "this position will hold" — the holder
#: keeps the subject (:data:`wirecoder.lexicon.states.LASTING_VERBS`).
_PERSISTENCE = LASTING_VERBS


def _holder_actors(index: ArticleIndex, quote: Quote) -> list:
    """The actor a holder speaks for: the country or body speaking, a person's country."""
    actor = index.speaker_country(quote)
    if actor is None and (speaker := index.speaker(quote)) is not None and speaker.type == "ORG":
        actor = index.actor(speaker)
    if actor is None and index.speaker(quote) is None:
        actor = speaker_institution(index, quote)
    if actor is None:
        actor = _titled_body(index, quote)
    if actor is None:
        actor = _title_body(index, quote)
    return [actor] if actor is not None else []


def _title_body(index: ArticleIndex, quote: Quote):
    """The body a person's own title names: "EU trade commissioner Henrik Aalto" → the European
    Union, "NATO Secretary-General X" → NATO (an organization named inside the title that governs
    the name; no news medium). None without one."""
    speaker = index.speaker(quote)
    if speaker is None or speaker.type != "PERSON":
        return None
    for m in speaker.mentions:
        span = index.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for t in index.doc[max(span.sent.start, span.start - 6):span.start]:
            entity = index.token_entity.get(t.i)
            if entity is not None and entity.type == "ORG" and not is_news_medium(entity.name) and (
                    span.root in t.ancestors):
                return index.actor(entity)
    return None


def _titled_body(index: ArticleIndex, quote: Quote):
    """The body a person speaks for by a title that refers back to it: "The Commission said ...
    Its trade spokesperson, Olivier Dufresne, said ..." → the Commission. None without one."""
    speaker = index.speaker(quote)
    if speaker is None or speaker.type != "PERSON" or speaker.country:
        return None
    for m in speaker.mentions:
        span = index.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if span.root.dep_ == "appos":
            title = span.root.head  # "Its trade spokesperson, Olivier Dufresne,"
        elif span.start > 0 and span.root.dep_ in ("nsubj", "appos") and index.doc[span.start - 1].head.i in (
                span.root.i, span.root.head.i) and index.doc[span.start - 1].pos_ == "NOUN":
            title = index.doc[span.start - 1]  # "its director Javier Garat", its title parsed as the subject
        else:
            continue
        poss = next((c for c in title.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is None or title.lemma_.lower() not in _VOICES and title.lemma_.lower() not in CORE_HEADS:
            continue
        body = index.org_before(poss.idx)
        if body is not None and not is_news_medium(body.name):  # "GENEVA (AFP) - ... its WTO ambassador": not AFP's
            return body
        country = next((index.token_entity[t.i] for t in index.doc[poss.sent.start:poss.i]
                        if t.dep_ == "nsubj" and t.i in index.token_entity
                        and index.token_entity[t.i].type == "COUNTRY"), None)
        if country is not None:  # "Switzerland could accept ..., its WTO ambassador Urs Brunner said"
            return index.actor(country)
    return None


_NEGATIVE_PRONOUNS = frozenset({"nothing", "nobody", "noone", "none"})


#: Role nouns whose bearer speaks for the body named after them ("a spokesman for the National
#: Maritime Council"), unlike "a source in the ministry", who only knows what it thinks.
_VOICES = frozenset("spokesman spokeswoman spokesperson representative envoy delegation".split())


def _named_voice(quote: Quote) -> bool:
    """Is the unnamed speaker the voice of a body it names ("a spokesman for its National
    Maritime Council")? Its statements are then the body's side's (see :func:`_holder_actors`)."""
    mention = quote.speaker.mention
    if mention is None:
        return False
    words = mention.text.split()
    return (len(words) > 2 and words[1].lower() in _VOICES and words[2].lower() in ("for", "of")
            and any(w[:1].isupper() for w in words[3:]))


_OBJECT_PRONOUNS = frozenset("it them this that these those".split())
#: Object pronouns that stand for a noun named before; "this" and "that" mostly stand for what
#: was said ("I cannot promise that").
_NOUN_PRONOUNS = frozenset({"it", "them"})


def _pronoun_object(verb: Token) -> Token | None:
    """The verb's direct object (or "for" object: "vote for them") when it is a pronoun that
    refers back ("pay it", "back them"); not "those responsible"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] or [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return next((c for c in objects if c.pos_ == "PRON" and c.lower_ in _OBJECT_PRONOUNS and not any(c.children)),
                None)


def _antecedent(index: ArticleIndex, pronoun: Token, inside: set[int]) -> str | None:
    """What an object pronoun stands for (:func:`~.referents.antecedent`), searched back from
    it to the sentence before the quote's: "This law protects Kenyans, and we will defend it" →
    "the law"; "... said the reform was rushed. 'We will fight it in court'" → "the reform".
    Named actors, governments and offices are left out; None when nothing fits, and when what it
    stands for is a mere thing named as an object, no act ("Europe needs gas, and we will deliver
    it", "we have a window and we will use it": not a position the clause takes)."""
    noun = _quote_antecedent(index, pronoun, inside)
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass") and noun.head.lemma_ != pronoun.head.lemma_ and not (
            verb_of_noun(noun.lemma_) or noun.lemma_.lower() in ACT_NOUN_VERBS
            or noun.lemma_.lower() in MEASURE_NOUNS | VOTED_NOUNS | _PACT_NOUNS):
        return None  # "opposes the migration pact and will not implement it": a measure is acted on
    return referent_text(noun)


def _quote_antecedent(index: ArticleIndex, pronoun: Token, inside: set[int]) -> Token | None:
    """The noun a pronoun of the quote (token ids ``inside``) refers back to, searched back to the
    sentence before the quote's (:func:`~.referents.antecedent`), named entities left out."""
    doc = index.doc
    first = doc[min(inside)].sent.start
    return antecedent(pronoun, sentence_before(doc, first) if first > 0 else 0, named=index.token_entity)


def _measure_before(index: ArticleIndex, pronoun: Token, inside: set[int]) -> Token | None:
    """The last measure or move (:data:`_REFERRED_MEASURES`) named as a subject or object in the
    quote before ``pronoun`` or in the sentence before the quote's: what a stance's "it" stands
    for when the nearest noun is none ("the plan only if Vienna paid for the staff. We are not
    against it")."""
    doc = index.doc
    first = doc[min(inside)].sent.start
    floor = sentence_before(doc, first) if first > 0 else 0
    return next((t for t in reversed(doc[floor:pronoun.i]) if t.pos_ == "NOUN" and t.i not in index.token_entity
                 and t.lemma_.lower() in _REFERRED_MEASURES and t.dep_ in ("dobj", "nsubj", "nsubjpass")), None)


#: Nouns of an agreement between parties, acted on like a measure ("sign it", "implement it").
_PACT_NOUNS = frozenset("pact treaty agreement accord deal plan proposal framework".split())


def _hyphenated_lemma(noun: Token) -> str:
    """A noun's lemma with the word hyphenated to it, as one word: "cease-fire" (parsed as "cease",
    "-", "fire"), "lock-down"; else its lemma."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].tag_ == "HYPH" and not doc[noun.i - 1].whitespace_:
        return f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"
    return noun.lemma_.lower()


#: What "it" in "it will stay", "it continues" can stand for to be a measure its holder keeps.
_LASTING_MEASURES = MEASURE_NOUNS | VOTED_NOUNS | _PACT_NOUNS | frozenset(MEASURE_UNDOING) | frozenset(
    "cease-fire ceasefire truce armistice".split())


#: Dependents that give a verb its object or complement: a :data:`DECISION_VERBS` verb with none
#: has its object elided.
_OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "ccomp", "dative", "attr", "oprd", "acomp", "prt"})


def _elided_decision(index: ArticleIndex, verb: Token, subject_text: str, plural: bool) -> Frame | None:
    """The frame of a verb of :data:`~wirecoder.lexicon.propositions.DECISION_VERBS` whose object
    is left unsaid: the decision the article named last before it ("annulled the contract in a
    ruling ... the government would appeal" → appeals the ruling). None when the verb has an
    object ("appeal for calm", "appeal the fine") or the article names no decision before it."""
    preposition = DECISION_VERBS.get(verb.lemma_.lower())
    if preposition is None or verb.pos_ != "VERB" or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None
    decision = next((t for t in reversed(index.doc[:verb.i]) if t.pos_ == "NOUN" and t.tag_ == "NN"
                     and t.lemma_.lower() in DECISION_NOUNS), None)
    words = referent_text(decision) if decision is not None else None
    if not words:
        return None
    surface = f"{verb.lemma_.lower()} {preposition}".strip()
    key = text_key(surface, words, gazetteer=index.gazetteer)
    return Frame(Predicate(surface, key.partition(":")[0]), words, key.partition(":")[2] or None, subject_text,
                 None, plural, False)


def _governor_actors(index: ArticleIndex, walk: Walk, quote: Quote) -> list:
    """Who keeps what a clause of lasting names: the subject of the word governing it ("Greece
    cannot guarantee that this position will hold"), else the holder's country or body."""
    for tok in walk.tokens[1:]:
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and (actors := resolve_subject(index, subject, quote)):
            return actors
    return _holder_actors(index, quote)


@dataclass(frozen=True, slots=True)
class _FoundStatement:
    """A statement before numbering and sentence-level adjustment."""

    verb: int
    sentence: int
    subject: str
    frame: Frame
    key: str
    stance: str
    hedge: str
    negated: bool
    own_absolute: bool
    evidence: tuple[int, int]
    when: str = ""  # a deadline the proposition carries ("by 2028")


def find_statements(
    doc: Doc,
    quotes: Iterable[Quote],
    entities: Iterable[Entity],
    gazetteer,
    *,
    article_country: str | None = None,
) -> tuple[Statement, ...]:
    """The statements of every quote in ``doc`` (see the module doc). ``article_country`` (ISO
    alpha-3), when given, is the country of "the government" or "the country" that neither the
    speaker nor the text before names; "we" is never guessed."""
    index = ArticleIndex(doc, tuple(entities), gazetteer, article_country)
    quotes = tuple(quotes)
    index.quoted = _quoted_tokens(doc, quotes)
    index.quotes = quotes
    text: str | None = None  # doc.text is built afresh on every access: once, when needed
    statements: list[Statement] = []
    previous: Quote | None = None
    for quote in quotes:
        before, previous = previous, quote
        if (before is not None and before.speaker.name and before.speaker.name == quote.speaker.name
                and (opened := _options_open(doc, quote)) is not None):
            # "Nothing is ruled out.": the act the speaker's quote before it raised stays open
            text = doc.text if text is None else text
            raised = [s for s in statements if s.quote == before.id]
            statements.extend(replace(s, id=f"s{len(statements) + k + 1}", quote=quote.id, stance="favor",
                                      hedge="uncertain", evidence=span_at(text, *opened), date=quote.date)
                              for k, s in enumerate(raised[-1:]))
            continue
        if is_news_medium(quote.speaker.name):
            continue  # an agency reports positions, it does not hold them
        if quote.speaker.name is None and quote.speaker.entity is None and not _named_voice(quote):
            continue  # "a source said ...", "diplomats said ...": a position needs someone to hold it
        if _asked(index, quote):
            continue  # "asked whether the navies could hold exercises": a question put, not a position
        founds = _quote_statements(index, quote)
        if (answered := _answered_question(index, quote)) and all(f.verb == answered[0].verb for f in founds):
            # "Asked whether Kazakhstan would accept the status, he said the government "will study any
            # proposal carefully."": the question's act, with the answer's stance and hedge (also over the
            # answer's own reading of "We will not consider it")
            founds = answered
        if not founds and statements and (doubted := _unpromised(index, quote)) is not None:
            # "Nobody is against 2028, but I cannot promise a date.": the story's act, in doubt
            text = doc.text if text is None else text
            said = {w.lower() for w in re.findall(r"\w+", quote.content.text)}
            lead = max((s for s in statements if s.quote == statements[0].quote),  # the one the quote names
                       key=lambda s: len(said & {w.lower() for w in re.findall(r"\w+", s.proposition_text)}))
            statements.append(replace(lead, id=f"s{len(statements) + 1}", quote=quote.id,
                                      holder_entity=quote.speaker.entity, holder_name=quote.speaker.name,
                                      hedge="uncertain", evidence=span_at(text, *doubted), date=quote.date))
            continue
        if not founds and (restated := _restatement(index, quote)) is not None:
            # "Not one square mile. Not now, not ever.": the story's lead statement, said again by its holder
            lead = statements[0] if statements else None
            if lead is not None and quote.speaker.name and lead.holder_name == quote.speaker.name:
                text = doc.text if text is None else text
                statements.append(replace(lead, id=f"s{len(statements) + 1}", quote=quote.id,
                                          hedge="absolute" if restated[1] else lead.hedge,
                                          evidence=span_at(text, *restated[0]), date=quote.date))
            continue
        for found in founds:
            subject = found.subject
            frame = found.frame
            text = doc.text if text is None else text
            if frame.object:
                frame = replace(frame, object=fuller_object(frame.object, _evidence_nouns(doc, found.evidence),
                                                            index.renamed))
                frame = _with_counterpart(index, frame, subject)
            proposition = proposition_text(subject, frame.predicate, frame.object, plural=frame.plural)
            if found.when and found.when not in proposition:
                proposition = f"{proposition} {found.when}"
            statements.append(
                Statement(
                    id=f"s{len(statements) + 1}",
                    quote=quote.id,
                    holder_entity=quote.speaker.entity,
                    holder_name=quote.speaker.name,
                    proposition_text=proposition,
                    proposition_key=found.key,
                    stance=found.stance,  # type: ignore[arg-type]
                    hedge=found.hedge,  # type: ignore[arg-type]
                    subject=subject,
                    predicate=frame.predicate.text,
                    object=frame.object,
                    evidence=span_at(text, *found.evidence),
                    date=quote.date,
                )
            )
    return tuple(statements)


#: Words of a proposition that relate its subject to another party, and the preposition that
#: names it: "negotiate its sovereignty" (with Turkey), "lift its objections" (to Türkiye).
_COUNTERPART_WORDS: dict[str, str] = {
    **dict.fromkeys("""negotiate talk talks dialogue negotiations truce ceasefire cease-fire armistice
    agreement deal accord pact treaty relations ties cooperation""".split(), "with"),
    **dict.fromkeys("extradite deport hand cede surrender objection objections compensation reparations".split(), "to"),
    **dict.fromkeys("sell sells".split(), "to"),  # "the United States sells 40 F-16 fighter jets" (to Türkiye)
}
#: Words of a border crossing, whose other side is a party when the act opens or closes it
#: ("reopen the Bobrowniki crossing" with Belarus), not when it only uses or watches it.
_CROSSING_WORDS = frozenset("crossing crossings checkpoint checkpoints".split())
_CROSSING_ACTS = frozenset("open reopen close shut keep".split())


#: Land a country gives up to another: "give up the Essequibo region", "its ports or a single
#: centimetre of its territory" (giving up a programme or a claim names no recipient).
_CEDED_LAND = frozenset(
    "territory land region province port island coast inch centimetre centimeter mile kilometre kilometer hectare".split())

#: Words of a truce, whose other party may be an armed group rather than a state.
_TRUCE_WORDS = frozenset({"truce", "ceasefire", "cease-fire", "armistice"})


def _other_side_group(index: ArticleIndex, entity: Entity, subject: str) -> bool:
    """Whether an organization can be the other side of a truce the subject makes: one of a
    country (not an international body), no news medium, and not named as the subject's own
    ("the Sudanese Army", "Colombia's Defense Ministry"): "the National Liberation Army (ELN)"."""
    if entity.type != "ORG" or entity.country is None or is_news_medium(entity.name):
        return False
    own = {e.country for e in index.entities.values() if e.type == "COUNTRY" and e.name == subject}
    first = index.gazetteer.lookup(entity.name.split()[0]) if entity.name else None
    return not (first is not None and first.type in ("COUNTRY", "PLACE") and first.country in own)


#: Verbs of a third party's part in others' relation: "hosts a new round of talks".
_THIRD_PARTY_VERBS = frozenset({"host", "mediate", "broker", "facilitate", "chair", "sponsor"})


def _one_sided(word: str) -> bool:
    """"Yemeni-Yemeni", "intra-Afghan": talks among one country's own sides."""
    parts = [p.lower() for p in word.split("-") if p]
    return len(parts) > 1 and (parts[0] == "intra" or len(set(parts)) == 1)


def _named_crossing(index: ArticleIndex, obj: str) -> str | None:
    """The crossing a bare name stands for when the article writes it as one ("Bobrowniki" after
    "the Bobrowniki crossing"): the object with the name as that phrase; None otherwise."""
    if len(obj.split()) != 1 or not obj[:1].isupper():
        return None
    doc = index.doc
    for tok in doc:
        if tok.text == obj and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _CROSSING_WORDS:
            return f"the {obj} {doc[tok.i + 1].lower_}"
    return None


def _with_counterpart(index: ArticleIndex, frame: Frame, subject: str) -> Frame:
    """``frame`` with the other party of a relation it names but leaves unsaid ("Greece will not
    negotiate its sovereignty" → "... its sovereignty with Turkey", "Cyprus will not lift its
    objections" → "... its objections to Türkiye", "Thailand extradites Tan" → "... to Malaysia"):
    the country the article names most often (at least twice) other than the subject, as the
    article writes it most often (not by its capital; the holder's own country may be the one
    asked: "Malaysia's minister said Thailand must extradite Tan" → to Malaysia). A frame
    whose object has the preposition or names a party already is left as it is; so is any frame
    when two countries tie for most named, and a subject of two parties."""
    words = [w.lower() for w in f"{frame.predicate.text} {frame.object}".split()]
    prep = next((_COUNTERPART_WORDS[w] for w in words if w in _COUNTERPART_WORDS), None)
    if prep is None and not _CROSSING_WORDS & set(words) and words[0] in _CROSSING_ACTS and (
            named := _named_crossing(index, frame.object)) is not None:
        frame = replace(frame, object=named)  # "reopen Bobrowniki now" after "the Bobrowniki crossing"
        words = [w.lower() for w in f"{frame.predicate.text} {frame.object}".split()]
    if prep is None and _CROSSING_WORDS & set(words) and any(
            lemma(w) in _CROSSING_ACTS or verb_of_noun(w) in _CROSSING_ACTS for w in words):
        prep = "with"  # "Poland reopens the Bobrowniki crossing for freight" (with Belarus)
    land = prep is None and frame.predicate.text.startswith("give up") and bool(_CEDED_LAND & {
        lemma(w) for w in frame.object.lower().split()})
    if land:
        prep = "to"  # "Guyana will never give up the Essequibo region": to the other claimant
    truce = bool(_TRUCE_WORDS & set(words))  # a truce is as often with an armed group as with a state
    if prep is None or f" {prep} " in f" {frame.object} " or frame.parties or frame.plural or " and " in subject \
            or words[0] in _THIRD_PARTY_VERBS or any(_one_sided(w) for w in frame.object.split()):
        return frame  # "both sides", "Greece and Turkey": the parties are the subject; "hosts talks": others'
    if not land and any(m.text in frame.object for e in index.entities.values() if e.type in ("COUNTRY", "ORG")
                        for m in e.mentions):
        return frame  # "the talks mediated by the European Union": a party named already (the land given up
        # may carry a name the tagger took for an organization: "the Essequibo region")
    demonyms = index.demonym_counts()
    ranked = []
    for entity in index.entities.values():
        if entity.type != "COUNTRY" and not (truce and _other_side_group(index, entity, subject)):
            continue  # a body (a court, an army, the EU) is as often the subject's own as the other party
        surfaces = {entity.name, *(m.text for m in entity.mentions)}
        if entity.country == frame.code or any(t in subject or t in frame.object for t in surfaces):
            continue  # the subject itself, or a party the object names
        plain = [m.text for m in entity.mentions if not getattr(index.gazetteer.lookup(m.text), "metonym", False)]
        named = len(entity.mentions) + (demonyms.pop(entity.country, 0) if entity.type == "COUNTRY" else 0)
        ranked.append((named, Counter(plain).most_common(1)[0][0] if plain else None))
    for code, named in demonyms.items():  # a country the story names only by its people ("Argentine")
        name = index.gazetteer.country_name(code)
        if name and code != frame.code and name not in subject and name not in frame.object:
            ranked.append((named, name))
    name = _most_named(ranked)
    return frame if name is None else replace(frame, object=f"{frame.object} {prep} {name}")


def _most_named(ranked: list[tuple[int, Any]]) -> Any:
    """The candidate of (times named, candidate) pairs the story names most: at least twice and
    with no other named as often; None otherwise. The one rule for the story's other party."""
    ranked = sorted(ranked, key=lambda r: -r[0])
    if not ranked or ranked[0][0] < 2 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]


def _evidence_nouns(doc: Doc, evidence: tuple[int, int]) -> list[Token]:
    """The common nouns of a statement's evidence, whose short mentions its object may hold."""
    span = doc.char_span(*evidence, alignment_mode="expand")
    return [t for t in span if t.pos_ == "NOUN"] if span is not None else []


def _quoted_tokens(doc: Doc, quotes: Iterable[Quote]) -> dict[int, int]:
    """Index of each token inside the contents of ``quotes`` → the rank of its quote."""
    out: dict[int, int] = {}
    for n, q in enumerate(quotes):
        span = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        out.update(dict.fromkeys(range(span.start, span.end), n) if span is not None else {})
    return out


_ANY_PRONOUNS = frozenset({"nothing", "anything"})


def _options_open(doc: Doc, quote: Quote) -> tuple[int, int] | None:
    """The character range of a quote's opening sentence when it only keeps every option open:
    "Nothing is ruled out.", "We are not ruling anything out.", "All options are on the table.",
    "Nothing is off the table." It names no act of its own: it keeps open the one the speaker
    raised just before. None for any other quote."""
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    sent = next(iter(span.sents))
    root = sent.root
    kids = list(root.children)
    negated = any(c.dep_ == "neg" for c in kids)
    if root.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        open_ = any(c.dep_ == "nsubjpass" and c.lower_ == "nothing" for c in kids) and not negated or (
            negated and any(c.dep_ == "dobj" and c.lower_ == "anything" for c in kids))
    elif root.lemma_ == "be" and not negated:
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        place = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "off")
                      and any(g.lower_ == "table" for g in c.children)), None)
        open_ = subject is not None and place is not None and (
            place.lower_ == "off" and subject.lower_ == "nothing"
            or place.lower_ == "on" and subject.lemma_ == "option" and any(
                c.lower_ in ("all", "every") for c in subject.children))
    else:
        open_ = False
    if not open_:
        return None
    words = [t for t in sent if t.i in range(span.start, span.end) and not t.is_punct]
    return (words[0].idx, words[-1].idx + len(words[-1].text)) if words else None


#: Words that open a sentence of emphatic refusal with no clause of its own: "Not one square
#: mile.", "Never.", "No way."
_EMPHATIC_OPENERS = frozenset({"not", "no", "never", "none"})
#: Auxiliaries of a commitment: "There will be no exceptions", "There will be no new tax" (not
#: "There is no excuse for delays", "There is no tax on bread").
_FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
#: Words of such a sentence that make the restated position absolute: "Not now, not ever",
#: "There will be no exceptions", "not a single one".
_ABSOLUTE_EMPHASIS = frozenset({"ever", "never", "none", "single", "exception", "exceptions", "circumstances"})


def _restatement(index: ArticleIndex, quote: Quote) -> tuple[tuple[int, int], bool] | None:
    """(character range, absolute) of a quote's sentence that only says again, with emphasis, what
    its speaker already said: a verbless refusal ("Not one square mile. Not now, not ever."), an
    existential in the future "There will be no exceptions and no extensions.", or "It is not up for
    negotiation." after a sentence that names no act. The caller gives such a quote the story's
    lead statement (the article's first) when the speaker holds it. None when no sentence of the
    quote is one."""
    doc = index.doc
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    inside = set(range(span.start, span.end))
    for sent in span.sents:
        words = [t for t in sent if not t.is_punct and t.i in inside]
        if not words or _in_question(index, words[-1]):
            continue
        root = next((t for t in words if t.head.i not in inside or t.head.i == t.i), sent.root)  # the quoted part's head
        kids = list(root.children)
        first = words[0].lower_
        verbless = first in _EMPHATIC_OPENERS and not any(
            t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
            for t in words)
        existential = root.lemma_ == "be" and any(c.dep_ == "expl" for c in kids) and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids) and any(
            c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in kids)
        agenda = root.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "that", "this") for c in kids) and _agenda(
            index, root, inside) is not None
        if verbless or existential or agenda:
            absolute = any(t.lower_ in _ABSOLUTE_EMPHASIS for t in words) or agenda and any(
                t.lemma_ in ("negotiation", "negotiable") for t in words)
            return (words[0].idx, words[-1].idx + len(words[-1].text)), absolute
    return None


def _unpromised(index: ArticleIndex, quote: Quote) -> tuple[int, int] | None:
    """The character range of "I cannot promise a date", "we cannot guarantee that": a speaker's
    doubt over a promise that names no act of its own (a date, "that", "it"), which the caller
    reads as doubt over the act the story leads with. None for a quote without one."""
    doc = index.doc
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    for tok in span:
        if tok.lemma_ not in ("promise", "guarantee") or tok.pos_ != "VERB":
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "aux" and c.lemma_ == "can" for c in kids):
            continue
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is None or not (obj.lower_ in ("that", "it", "this", "anything") or bare_shell(obj)):
            continue  # "cannot guarantee that the ban will hold": a clause of its own
        words = [t for t in tok.subtree if not t.is_punct and span.start <= t.i < span.end]
        return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


#: Verbs of an answer that defers a question put to the speaker: "we will study any proposal", "that
#: is something we could look at", "we are considering it".
_DEFERRING_VERBS = frozenset("study consider examine review weigh assess evaluate look think".split())
#: Objects of a deferring verb that only point back at the question: "any proposal", "the details".
_DEFERRED_OBJECTS = frozenset("""proposal proposals offer offers idea ideas option options request requests
invitation question questions matter details detail possibility suggestion""".split())


def _cue_word(index: ArticleIndex, quote: Quote) -> Token | None:
    """The head word of the quote's cue ("said", "ruled out" → ruled), None without a cue."""
    if quote.cue is None:
        return None
    span = index.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _question_put(index: ArticleIndex, quote: Quote) -> Token | None:
    """The verb of the question a speaker was asked, in the frame news copy reports answers with:
    "Asked whether the two countries would sign a new agreement, X said: ...", "Asked if ...". None
    when the quote's cue has no such frame."""
    verb = _cue_word(index, quote)
    if verb is None:
        return None
    return next((clause for asked in verb.children if asked.dep_ == "advcl" and asked.i < verb.i
                 for clause in asked.children if _asked_clause(clause)), None)


def _asked_clause(clause: Token) -> bool:
    """Is ``clause`` what "Asked whether ..." / "Asked if ..." puts (its "if" no condition)?"""
    asked = clause.head
    return asked.lemma_ == "ask" and clause.dep_ in ("ccomp", "advcl") and clause.i > asked.i and asked.i + 1 < len(
        clause.doc) and clause.doc[asked.i + 1].lower_ in ("whether", "if")


def _deferral(span) -> tuple[Token, bool] | None:
    """(verb, negated) of an answer that takes the question up without a proposition of its own:
    "I cannot promise that", "we will study any proposal carefully", "That is something we could
    look at". None for an answer that says something itself."""
    for tok in span:
        if tok.pos_ != "VERB":
            continue
        kids = list(tok.children)
        negated = any(c.dep_ == "neg" for c in kids)
        objects = [c for c in kids if c.dep_ == "dobj"] + [
            g for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "about") for g in c.children if g.dep_ == "pobj"]
        pointing = all(o.lower_ in ("that", "it", "this", "something", "anything") or o.lemma_.lower() in
                       _DEFERRED_OBJECTS or bare_shell(o) for o in objects)
        if tok.lemma_ in ("promise", "guarantee") and negated and any(
                c.dep_ == "aux" and c.lemma_ == "can" for c in kids) and objects and pointing:
            return tok, False  # "I cannot promise that": in doubt, not against
        if tok.lemma_ in _DEFERRING_VERBS and pointing and (objects or tok.dep_ == "relcl" and tok.head.lower_ in (
                "something", "one", "that")):
            if tok.lemma_ in ("look", "think") and not any(c.dep_ == "prep" and c.lower_ in ("at", "about")
                                                           for c in kids):
                continue
            return tok, negated
    return None


def _answered_question(index: ArticleIndex, quote: Quote) -> list[_FoundStatement]:
    """The statements of a quote that answers a reported question by deferring it: the question's
    act, held by the speaker with favor and an uncertain hedge ("will study any proposal", "cannot
    promise that"), conditional when the answer sets a condition ("something we could look at, but
    only after ..."), against when the speaker will not even consider it."""
    question = _question_put(index, quote)
    if question is None:
        return []
    doc = index.doc
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="contract")
    if span is None or not len(span):
        return []
    first = next(iter(span.sents))
    deferral = _deferral(doc[span.start:min(first.end, span.end)])
    if deferral is None:
        return []
    verb, negated = deferral
    asked = {t.i for t in question.subtree if t.dep_ != "mark"}
    found = _clause_statements(index, quote, question, asked)
    condition = any(has_condition(t) for t in doc[span.start:min(first.end, span.end)] if t.pos_ in ("VERB", "AUX"))
    hedge = "firm" if negated else "conditional" if condition else "uncertain"
    words = [t for t in span if not t.is_punct]
    evidence = (words[0].idx, words[-1].idx + len(words[-1].text)) if words else found[0].evidence
    return [replace(f, verb=verb.i, stance="against" if negated else "favor", hedge=hedge, negated=negated,
                    own_absolute=False, evidence=evidence) for f in found[:1]]


def proposition_of(doc: Doc, entities: Iterable[Entity], gazetteer) -> tuple[str, str] | None:
    """(key, text) of the first proposition a short text states, read as a statement's is but
    with no speaker and no policy filter: "Serbia joins a military bloc (NATO)" → ("join:NATO",
    "Serbia joins NATO"). For matching annotated propositions (gold files, claim lists) to keys."""
    index = ArticleIndex(doc, tuple(entities), gazetteer, None)
    whole = Quote("", "direct", span_at(doc.text, 0, len(doc.text)), None, Speaker(None, None, None))
    inside = set(range(len(doc)))
    for verb in doc:
        if not is_clause_head(verb, inside):
            continue
        walk = walk_clause(verb, inside)
        actors = resolve_subject(index, walk.subject, whole) if walk.subject is not None else []
        for frame in clause_frames(index, verb, inside, actors):
            subject = frame.subject_text or None
            key = proposition_key(frame.parties or subject, frame.predicate, frame.code)
            return key, proposition_text(subject, frame.predicate, frame.object, plural=frame.plural)
    return None


def _goes_ahead(verb: Token) -> bool:
    """"go ahead", "proceed", "take place": verbs by which a measure or an act happens."""
    lemma = verb.lemma_.lower()
    return (lemma == "go" and any(c.lower_ == "ahead" and c.dep_ in ("advmod", "prt") for c in verb.children)
            or lemma == "proceed" or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                             for c in verb.children))


def _going_ahead(noun: Token) -> Token | None:
    """The verb by which the subject ``noun`` goes ahead: its own ("the cap would go ahead") or
    one coordinated with it ("the launches were a sovereign right and would go ahead"); None."""
    head = noun.head
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    return next((v for v in verbs if _goes_ahead(v) or _comes_back(v) and _measure_noun(noun)), None)


def _comes_back(verb: Token) -> bool:
    """"come back", "return" without a place or object: a measure reintroduced ("the E-levy would
    not come back", "if the levy returned")."""
    if verb.lemma_ == "come":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return verb.lemma_ == "return" and not any(
        c.dep_ in ("dobj", "prep", "advmod", "prt") and c.lower_ not in ("again",) for c in verb.children)


def _going_ahead_statements(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> list[_FoundStatement]:
    """"The cap would go ahead", "the launches would go ahead as planned", "the vote will not
    take place": the act the noun names (a measure is implemented), done by the holder's side,
    favored unless denied; the hedge from the clause's own markers. Nothing for a noun that
    names no act or measure, a question, a past report or a clause whose governors are unknown."""
    verb = _going_ahead(noun)
    if verb is None or verb.i not in inside or _in_question(index, verb):
        return []
    said = noun  # the words the evidence starts at
    if noun.pos_ == "PRON" and (noun := _quote_antecedent(index, noun, inside)) is None:
        return []  # "The proposal is ready and it will go ahead": the proposal
    walk = walk_clause(verb, inside)
    if is_past(walk, quote) or is_subordinate(walk.top) or any(governor_lemma(t) not in GOVERNORS and not _carrier(
            t, walk) for t in walk.tokens[1:]):
        return []
    if noun.lemma_.lower() in _GENERIC_ACTS:
        held = _judged_act(index, quote, noun, inside)  # "the plan will go ahead": the act the story led with
        if held is None:
            return []
        subject_text, frame = held
    elif _measure_noun(noun):
        actors = _holder_actors(index, quote)
        if not actors:
            return []
        subject_text = " and ".join(a.name for a in actors)
        words = _patient_phrase(noun, inside, renamed=index.renamed)
        words = fuller_object(words, [noun], index.renamed)
        frame = keyed_frame("reintroduce" if _comes_back(verb) else "implement", words, subject_text,
                            len(actors) > 1, index.gazetteer)
    elif (_act_noun(noun) or act_verb(noun.lemma_)) and (held := _holders_act(index, quote, noun, inside)) is not None:
        subject_text, frame = held
    else:
        return []
    if not frame.object:
        return []
    stance, hedge = assess(walk.links + _cue_links(index, quote, walk, inside), condition=walk.condition,
                           condition_depth=walk.condition_depth)
    tokens = sorted({said, verb, *(c for c in verb.children if c.dep_ in ("aux", "neg", "advmod", "prt", "dobj")
                                   and c.i in inside)}, key=lambda t: t.i)
    first = index.doc[said.left_edge.i if said.left_edge.i in inside else said.i]  # "the cap" ... "ahead"
    last = tokens[-1]
    key = proposition_key(subject_text, frame.predicate, frame.code)
    return [_FoundStatement(verb.i, verb.sent.start, subject_text, frame, key, stance, hedge, stance == "against",
                            hedge == "absolute", (first.idx, last.idx + len(last.text)))]


def _quote_statements(index: ArticleIndex, quote: Quote) -> list[_FoundStatement]:
    doc = index.doc
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="contract")
    if span is None or not len(span):
        return []
    inside = set(range(span.start, span.end))
    index.questions = {i for sent in span.sents if "?" in sent.text for i in range(sent.start, sent.end)}
    found: list[_FoundStatement] = []
    seen: set[tuple[str, str]] = set()
    judges: set[int] = set()  # verbs read as judging their subject's act: no clause of their own
    for i in sorted(inside):
        verb = doc[i]
        if i in judges:
            continue
        if (verb.pos_ == "NOUN" or verb.dep_ == "csubj" and _gerund(verb) or verb.lower_ in ("it", "this")
                and verb.dep_ == "nsubj") and (items := _judged_act_statements(index, quote, verb, inside)):
            judges.update(item.verb for item in items)
            # "the move would crush small businesses", "closing waters is the wrong answer": a judgement
            # of the act the noun or gerund names ("saying it would hurt workers": not the speaker hurting them)
        elif verb.dep_ == "nsubj" and (verb.pos_ == "NOUN" or verb.lower_ in ("it", "this")) and _going_ahead(
                verb) is not None and (
                items := _going_ahead_statements(index, quote, verb, inside)):
            pass  # "the cap would go ahead", "the launches would go ahead as planned": the act done
        elif verb.dep_ in ("csubj", "nsubj", "nsubjpass") and (verb.tag_ == "VBG" or _act_noun(verb) or _named_act(
                verb, inside)):
            items = _table_statements(index, quote, verb, inside)
        elif verb.dep_ == "nsubj" and verb.lower_ in ("that", "this") and not any(verb.children):
            items = _referred_table_statements(index, quote, verb, inside)
        elif verb.dep_ == "nsubj" and verb.lemma_.lower() == "door" and (items := _open_door_statements(
                index, quote, verb, inside)):
            pass  # "the door to talks with Pristina remains open": for the talks
        elif verb.dep_ == "nsubj" and verb.pos_ == "NOUN" and verb.head.lemma_ in _COPULAS:
            items = _thing_statements(index, quote, verb, inside)
        elif (_act_noun(verb) or verb.pos_ == "NOUN" and (act_verb(verb.lemma_) or _measure_noun(verb))) \
                and (verb.dep_ == "attr" or verb.dep_ == "conj" and verb.head.dep_ == "attr") \
                and verb.lemma_.lower() not in GOVERNORS:  # "no question of ...": the governor's complement
            items = _existential_statements(index, quote, verb, inside)
        elif _gerund_of_cue(index, quote, verb, inside):
            items = _clause_statements(index, quote, verb, inside, gerund=True)
        elif verb.dep_ == "dobj" and verb.pos_ == "NOUN" and quote.kind != "direct" and (act_verb(
                verb.lemma_) or verb.lemma_.lower() in _REFERRED_MEASURES) and getattr(
                _cue_root(index, quote), "i", None) == verb.head.i:
            items = _cue_act_statements(index, quote, verb, inside)
        elif verb.lower_ == "without" and verb.dep_ == "prep" and (
                items := _without_statements(index, quote, verb, inside)):
            pass  # "Without the amendments there is no European future": for the amendments
        elif not is_clause_head(verb, inside):
            continue
        else:
            items = _clause_statements(index, quote, verb, inside)
        for item in items:
            if (item.key, item.stance) not in seen:  # one quote saying the same twice
                seen.add((item.key, item.stance))
                found.append(item)
    found = [_on_constitution(index, quote, _on_referred_move(index, quote, f, inside), inside) for f in found]
    stray = stray_condition(doc, inside)
    if stray is not None:
        found = [replace(f, hedge="conditional") if f.sentence == stray.sent.start and f.verb < stray.i else f
                 for f in found]
    return _sentence_scope(doc, found, inside)


_PRONOUNS = frozenset("i you he she it we they me him her us them this that these those who one".split())


def _subject_phrase(subject: Token, inside: set[int], *, addressee: bool = False,
                    speaker: str | None = None, voice: bool = False) -> str:
    """A subject no actor stands for, as written ("Serb representatives", "the high
    representative"), without relative clauses or appositions; empty for pronouns. Outside
    ``addressee`` (the one a directive cue urges: "urged both sides to ...") it needs a name, or
    a head naming an agent: an office or a body ("the president", "the administration", "the
    states", "her party" → "<speaker>'s party", with the ``speaker``'s name for the possessive)."""
    if subject.pos_ == "PRON" or subject.lower_ in _PRONOUNS:
        return ""
    cut = {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos", "punct", "prep") and c.i > subject.i
           for t in c.subtree}
    toks = [t for t in subject.subtree if t.i in inside and t.i not in cut]
    renamed: dict[int, str] | None = None  # an agent phrase's words renamed (it keeps its article)
    if addressee and (any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children) or _parties(subject)
                      or subject.dep_ == "nsubj" and subject.head.head.lemma_ in _PERMISSIONS
                      or subject.lemma_.lower() in _INSTITUTIONS):
        pass  # "urged the high representative, Christian Schmidt, to ...", "urged both sides to ...",
        # "urged both sides to let aid convoys reach the town": what is to be let happen
    elif any(t.pos_ == "PROPN" or t.pos_ == "ADJ" and t.text[:1].isupper() for t in toks):
        pass
    elif not addressee and (agent := _agent_phrase(subject, speaker)) is not None:
        # an unnamed addressee of a directive ("urged the authorities to ...") stays no one
        renamed = agent
    elif addressee and _addressed_group(subject):
        pass  # "urged the bank to delay the increase", "called on employers to raise wages"
    elif not addressee and _group_subject(subject, voice=voice):
        renamed = {}  # "refugees wanted to go home", "the family would file a complaint": its article kept
    elif subject.lemma_.lower() in _HOUSES and subject.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss") for c in subject.children):
        pass  # "parliament could vote to expel foreign forces": the country's legislature
    else:
        return ""  # "the ban", "talks", "the crossing": no actor, so no position on what it does
    while toks and toks[0].dep_ in ("det", "predet") and toks[0].lower_ in ("the", "a", "an", "this", "that") \
            and renamed is None:
        toks = toks[1:]  # "the high representative" is a name; "the president" keeps its article
    return "".join((renamed or {}).get(t.i, t.text) + t.whitespace_ for t in toks).strip()


def _addressed_group(subject: Token) -> bool:
    """A common noun a directive addresses by its role: "the bank", "employers", "the doctors",
    "his party's supporters". Who is urged is who is to act, named or not, when the noun names
    agents: an office or body (:data:`~wirecoder.lexicon.roles.CORE_HEADS`, ``BODY_HEADS``) or an
    agent noun ("employer", "protester", "investor", "activist", "resident"); a noun of things
    ("the ship", "the new program") or a quantifier ("anyone") addresses no one."""
    head = subject.lemma_.lower()
    if head in GOVERNMENT_NOUNS or subject.lower_ in GOVERNMENT_NOUNS:
        return False  # "the authorities" no country resolves: whose, the story does not say
    if subject.pos_ != "NOUN" or not (head in CORE_HEADS or head in BODY_HEADS or _AGENT_NOUN.search(head)):
        return False
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ not in ("the", "all", "both", "its", "their"):
        return False
    return det is not None or subject.tag_ == "NNS" or any(c.dep_ == "poss" for c in subject.children)


#: Words of a speaker's mention that make it a group's voice: "Rohingya community leader X",
#: "the union's secretary-general".
_GROUP_VOICES = frozenset("leader representative spokesman spokeswoman spokesperson union association federation "
                          "congress council".split())


def _speaks_for_group(index: ArticleIndex, quote: Quote) -> bool:
    """Does the speaker speak for a group of people, so that a bare plural in their mouth
    ("workers would take to the streets if the levy returned", said by a union; "refugees wanted
    to go home", by a community leader) is the group they hold a position for? An organisation,
    or a mention naming a leader or a representative body."""
    entity = index.entities.get(quote.speaker.entity) if quote.speaker.entity else None
    if entity is not None and entity.type == "ORG":
        return True
    mention = quote.speaker.mention
    words = {w.strip(",.").lower() for w in (mention.text.split() if mention is not None else ())}
    return bool(words & _GROUP_VOICES)


#: Determiners that leave a group noun a definite side or its whole class: "the family", "all
#: parties", "any party with complaints"; "some workers", "many families", "a doctor" are a part
#: of a class, nobody in particular.
_GROUP_DETERMINERS = frozenset({"the", "all", "both", "any"})


def _group_subject(subject: Token, *, voice: bool = False) -> bool:
    """A common-noun subject naming a group of people who act on a position stated for them
    (:data:`~wirecoder.lexicon.roles.GROUP_NOUNS`), made definite by its article: "the family
    would file a complaint", "the opposition would vote against the bill", "all parties should go
    to court". Not a bare plural ("students would join the strike", "workers will lose": a class
    the story seldom holds to a position), a part of a class ("some workers", "many families"),
    one person ("a doctor"), nor a possessed group ("our farmers cannot compete": who a
    measure falls on)."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in GROUP_NOUNS:
        return False
    det = next((c for c in subject.children if c.dep_ in ("det", "poss", "nummod")), None)
    if voice and det is None and subject.tag_ == "NNS":
        return True  # a union: "workers would take to the streets"; a community leader: "refugees want to go home"
    return det is not None and det.dep_ == "det" and det.lower_ in _GROUP_DETERMINERS


#: Endings of nouns that name people by what they do: employer, donor, activist, resident.
_AGENT_NOUN = re.compile(r"(?:[^e]er|or|ist|ant|ent)$")


def _restricted_class(subject: Token) -> bool:
    """A class subject narrowed by a participle ("member states facing the weaponization of
    migration", "countries hit by the floods"): what it may do holds on that condition."""
    return subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in subject.children) and any(
        c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > subject.i for c in subject.children)


#: Heads of a plural naming a class of states: "member states", "donor countries".
_CLASS_HEADS = frozenset({"state", "country", "government", "nation"})
#: Possessives that, in reported speech, are the speaker's: "her party", "his government".
_SPEAKER_POSSESSIVES = frozenset({"his", "her", "my", "our"})
#: Possessives a body speaks of its own camp with: "the alliance said its members would ...".
_BODY_POSSESSIVES = frozenset({"its", "their"})


def _agent_phrase(subject: Token, speaker: str | None) -> dict[int, str] | None:
    """Whether a common-noun subject names an agent that can hold a position: its head is an
    office or a body (:data:`~wirecoder.lexicon.roles.CORE_HEADS`, ``BODY_HEADS``: "the
    president", "the administration", "the states"), made definite by an article or the
    speaker's possessive. Returns the words to rename (the possessive → "<speaker>'s"), or None
    when the subject is no such agent or its possessor is someone the quote does not name."""
    head = subject.lemma_.lower()
    own = [c for c in subject.children if c.dep_ in ("det", "poss")]
    if subject.pos_ == "NOUN" and not own and subject.tag_ == "NNS" and head in _CLASS_HEADS:
        # "member states could restrict ...", "donor countries should double ...": a class of
        # states named by a membership or role noun holds the position as a class; an adjective
        # describes a condition ("poorer nations wait for doses"), not a body that acts
        return {} if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < subject.i
                         for c in subject.children) else None
    if subject.pos_ != "NOUN" or not (head in CORE_HEADS or head in BODY_HEADS or head in _INSTITUTIONS
                                      or head in _SIDE_HEADS and own and own[0].lower_ in _SPEAKER_POSSESSIVES | _BODY_POSSESSIVES):
        return None  # "his side would withdraw heavy weapons": the speaker's side, named by the speaker
    if not own:
        return None
    word = own[0]
    if word.dep_ == "det":
        return {} if word.lower_ == "the" else None  # "a minister", "any government": nobody in particular
    if (word.lower_ in _SPEAKER_POSSESSIVES or word.lower_ in _BODY_POSSESSIVES and head in _SIDE_HEADS) and speaker:
        mark = "\u2019" if "\u2019" in subject.doc.text else "'"
        return {word.i: f"{speaker}{mark}" if speaker.endswith("s") else f"{speaker}{mark}s"}  # "Sahel States'"
    return None


#: Nouns of the camp a speaker speaks for, with the speaker's possessive: "his side", "our forces".
_SIDE_HEADS = frozenset("side camp force fighter troop supporter member bloc faction client".split())

#: Nouns for the two parties of a dispute: "both countries", "the two sides".
_PAIR_NOUNS = frozenset("country nation government capital neighbour neighbor side party".split())
#: Pair nouns that name states only: "the two countries" are two of the countries named.
_STATE_NOUNS = frozenset({"country", "nation"})


_PERMISSIONS = frozenset({"let", "allow", "permit"})
#: Bodies a directive can address without a name: "urged parliament to give firms three years",
#: "urged all coastal states to agree".
_INSTITUTIONS = frozenset("parliament congress senate legislature assembly state court council".split())
#: Houses a bare singular noun names as the country's own: "parliament could vote to ...".
_HOUSES = frozenset("parliament congress senate legislature assembly cabinet".split())


def _parties(subject: Token) -> bool:
    """"Both sides", "the two countries", "the warring parties": the parties of the dispute."""
    return subject.lemma_.lower() in _PAIR_NOUNS and subject.tag_ == "NNS" and any(
        c.lower_ in ("both", "two", "all", "warring") and c.dep_ in ("det", "nummod", "predet", "amod")
        for c in subject.children)


def _pair(index: ArticleIndex, subject: Token, quote: Quote) -> list:
    """"Both countries", "the two sides": the two parties the article names most before their
    sentence (each at least twice, a clear two), when both are countries (the sides of a civil
    war are not); the speaker aside."""
    if not _parties(subject) or any(c.lower_ in ("all", "warring") for c in subject.children):
        return []
    states = subject.lemma_.lower() in _STATE_NOUNS  # "the two countries" can only be countries
    counts: dict[str, list] = {}  # entity id → [mentions, last start, entity]
    for start, entity in index.mentions_before(subject.sent.start_char):
        if entity.type != "PERSON" and entity.id != quote.speaker.entity and (not states or entity.type == "COUNTRY"):
            seen = counts.setdefault(entity.id, [0, 0, entity])
            seen[0] += 1
            seen[1] = start
    ranked = sorted(counts.values(), key=lambda c: (c[0], c[1]), reverse=True)
    if states and len(ranked) == 2:
        pass  # only two countries named before "the two countries": those two
    elif len(ranked) < 2 or ranked[1][0] < 2 or len(ranked) > 2 and ranked[2][0] == ranked[1][0]:
        return []  # the story's two parties are those named most, and clearly so
    found = [c[2] for c in ranked[:2]]
    if any(e.type != "COUNTRY" for e in found):
        return []
    return [index.actor(e) for e in sorted(found, key=lambda e: counts[e.id][1])]


#: Cue verbs that ask for what their complement says ("urged Manila to withdraw", "demanded that
#: France pay compensation"): the complement is the speaker's position, favor.
_DIRECTIVE_CUES = frozenset(
    """urge demand call ask insist press propose suggest appeal request recommend want expect
    push invite encourage""".split()
)
#: Verbs of a schedule: with a person as subject they report plans, not positions.
_ITINERARY = frozenset("visit travel meet arrive fly tour attend".split())


def _asked(index: ArticleIndex, quote: Quote) -> bool:
    """A question reported with "ask" ("asked whether ...", "asked if ..."); "asked X to do"
    is a request and stays."""
    if _cue_lemma(index, quote) != "ask":
        return False
    span = index.doc.char_span(quote.content.start, quote.content.end, alignment_mode="contract")
    return span is not None and len(span) > 0 and span.root.dep_ != "xcomp" and not any(
        t.dep_ == "aux" and t.lower_ == "to" for t in span.root.children)


def _cue_lemma(index: ArticleIndex, quote: Quote) -> str | None:
    cue = _cue_word(index, quote)
    return cue.lemma_.lower() if cue is not None else None


def _directive(index: ArticleIndex, quote: Quote, walk: Walk, inside: set[int]) -> bool:
    """Is the clause the main clause of an indirect quote cued by a directive verb?"""
    top = walk.top
    while top.dep_ == "conj" and conjunct_head(top).i in inside and top.head.i != top.i:
        top = conjunct_head(top)  # "urged both sides to avoid ... and return to dialogue"
    if quote.kind == "direct" or top.head.i in inside and top.head.i != top.i:
        return False
    return _cue_lemma(index, quote) in _DIRECTIVE_CUES


def _cue_links(index: ArticleIndex, quote: Quote, walk: Walk, inside: set[int]) -> list:
    """The cue's own chain when the cue governs the quote's main clause: "refused to rule out
    that Hungary would block ..." (cue "rule out") reads "rule out" and "refuse" above "block"."""
    if quote.kind == "direct" or walk.top.head.i in inside:
        return []
    cue = _cue_word(index, quote)
    if cue is None or cue.i != walk.top.head.i or governor_lemma(cue) not in GOVERNORS:
        return []
    return walk_clause(cue).links


#: Verbs of asking whose addressee is to act: "would not ask parliament to write ...".
_REQUESTS = frozenset("ask urge call tell invite encourage request press persuade push".split())


def _asker(index: ArticleIndex, walk: Walk, quote: Quote) -> list:
    """The side of who asks, when the quote's own verb of asking ("his government would not ask
    parliament to write X into the constitution", "we will not ask lawmakers to extend ...")
    addresses a body the article does not name as an actor: asking is the speaker's side's own
    act, so what it asks for is that side's (against when it will not ask). A named addressee
    ("urge Moldova to withdraw") keeps its own subject (see :func:`resolve_subject`)."""
    owner, addressee = walk.subject_owner, walk.subject
    if owner is None or addressee is None or owner.i == walk.tokens[0].i or governor_lemma(owner) not in _REQUESTS:
        return []
    if addressee.head.i != owner.i and addressee.head.head.i != owner.i:
        return []  # the addressee is the object ("ask X"), or "call on X"
    if addressee.pos_ == "PRON" or any(t.pos_ == "PROPN" for t in addressee.subtree):
        return []  # "ask them to", "ask the Kremlin to": someone named, or referred back to
    if any(c.dep_ in ("amod", "compound") and index.demonym_country(c.text) is not None for c in addressee.children):
        return []  # "would not ask Turkish military advisers to leave": another state's people act
    at = next((k for k, t in enumerate(walk.tokens) if t.i == owner.i), None)
    for tok in walk.tokens[at:] if at is not None else ():
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return resolve_subject(index, subject, quote)
    return []


def _own_infinitive(index: ArticleIndex, quote: Quote, walk: Walk, inside: set[int]) -> bool:
    """Whether the quote is an infinitive of the cue with no addressee ("vowed to reject ...",
    "pledged to cut ...", "refused to sign ..."): what the speaker commits to doing."""
    top = walk.top
    if top.dep_ != "xcomp" or top.head.i in inside or _controller(top, inside) is not None:
        return False
    cue = _cue_root(index, quote)
    if cue is not None and cue.lemma_ == "deny" and top.tag_ == "VBG":
        return False  # "denied supplying missiles": a deed denied, no position
    return cue is not None and cue.i == top.head.i and governor_lemma(cue) in GOVERNORS and not any(
        c.dep_ in ("dobj", "iobj") for c in cue.children)


def _existential_governor(walk: Walk) -> bool:
    """Whether a subjectless clause climbs to "there is" through a governing noun ("there is no
    question of withdrawing", "there are no plans to raise taxes"): whose act it is, unsaid."""
    top = walk.top
    return len(walk.tokens) > 1 and top.pos_ == "NOUN" and top.dep_ == "attr" and top.head.lemma_ == "be" and any(
        c.dep_ == "expl" for c in top.head.children)


def _controller(top: Token, inside: set[int]) -> Token | None:
    """The subject of an infinitive whose controlling verb is the cue outside the quote: "urged
    Manila to withdraw" (content "Manila to withdraw ...") → Manila; also for the infinitives
    coordinated with it ("urged both sides to avoid ... and return to dialogue")."""
    while top.dep_ == "conj" and conjunct_head(top).i in inside and top.head.i != top.i:
        top = conjunct_head(top)
    head = top.head
    infinitive = top.dep_ == "xcomp" or top.dep_ == "advcl" and head.lemma_ in _REQUESTS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in top.children)  # "called on London to close ...", misparsed
    if not infinitive or head.i in inside:
        return None
    found = next((c for c in head.children if c.dep_ == "dobj" and c.i in inside), None)
    if found is None:  # "called on the RSF to halt ...", "appealed to both sides to ..."
        found = next((g for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to")
                      for g in c.children if g.dep_ == "pobj" and g.i in inside), None)
    return found


def _policy_like(walk: Walk, frame: Frame) -> bool:
    """A position rather than a description: a condition, a known proposition, a governor of
    will, refusal or belief, or a modal."""
    if walk.condition or frame.known:
        return True
    for t in walk.tokens[1:]:
        gov = GOVERNORS.get(governor_lemma(t))
        if gov is not None and (gov.hedge or gov.negative or gov.when_negated):
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() in _DIRECTIVE_CUES:
            return True  # "has demanded that France pay compensation"
    return any(m in MODALS for link in walk.links for m in link.markers)


#: Phrases that put an act on or off the agenda ("Handing anyone over is not on the table"):
#: phrase → (stance of the act, hedge when the copula is negated, hedge otherwise).
_AGENDA_PHRASES: dict[str, tuple[str, str, str]] = {
    "on the table": ("favor", "firm", "uncertain"),
    "off the table": ("against", "firm", "firm"),
    "out of the question": ("against", "firm", "firm"),
    "up for negotiation": ("favor", "absolute", "uncertain"),
    "up for discussion": ("favor", "absolute", "uncertain"),
    "an option": ("favor", "firm", "uncertain"),
    # judgements of an act: "a reform of the debt brake was justifiable as long as ..."
    "acceptable": ("favor", "firm", "firm"),
    "unacceptable": ("against", "firm", "firm"),
    "justifiable": ("favor", "firm", "firm"),
    "justified": ("favor", "firm", "firm"),
    "unjustified": ("against", "firm", "firm"),
    "inadmissible": ("against", "firm", "firm"),
    "negotiable": ("favor", "absolute", "uncertain"),
    "for sale": ("favor", "firm", "uncertain"),
}

#: Agenda phrases over a thing rather than an act ("a common currency is not on the table", "the
#: fiscal surplus is not negotiable"): phrase → the act on the thing, and whether the phrase is
#: about giving it up (negotiating a thing gives it away: "not negotiable" is for keeping it).
_THING_AGENDA: dict[str, tuple[str, bool]] = {
    "on the table": ("adopt", False),
    "off the table": ("adopt", False),
    "out of the question": ("adopt", False),
    "negotiable": ("keep", True),
    "up for negotiation": ("keep", True),
    "up for discussion": ("keep", True),
    "for sale": ("sell", False),  # "the port is not for sale"
}
#: Words declaring a measure ended: "the E-levy is dead", "the bread tax is gone".
_ENDED = frozenset({"dead", "gone", "buried", "finished"})


#: Words that open a time or scope tail after an agenda phrase ("not on the table at this stage").
_AGENDA_TAILS = frozenset("at for in now right today yet anymore".split())


_PREPOSITION_END = re.compile(r"\s(?:on|against|with|to|of|in|from|into)$")


def _with_object(frame: Frame, verb: Token, inside: set[int], index: ArticleIndex) -> Frame:
    """A table predicate whose object the parse did not give as an actor ("would not join
    sanctions that have not been approved by the UN Security Council") reads in the clause's own
    words rather than as a dangling "imposes sanctions on"; the key stays the table's."""
    if not frame.known or frame.object is not None or frame.denies or frame.parties:
        return frame
    if not _PREPOSITION_END.search(frame.predicate.text):
        return frame
    opened = open_frame(verb, inside, frame.subject_text, frame.plural, index.gazetteer, renamed=index.renamed)
    if opened is None or not opened.object:
        return replace(frame, predicate=replace(frame.predicate, text=_PREPOSITION_END.sub("", frame.predicate.text)))
    return replace(frame, predicate=replace(frame.predicate, text=opened.predicate.text), object=opened.object)


def _table_statements(index: ArticleIndex, quote: Quote, gerund: Token, inside: set[int]) -> list[_FoundStatement]:
    """An act named by a gerund and put on or off the agenda: "Handing anyone over to that
    court is not on the table" is against handing anyone over, by the holder's side; "remains
    on the table" keeps it open (uncertain); "not up for negotiation" is absolute."""
    copula = gerund.head
    agenda = _agenda(index, copula, inside)
    if agenda is None or any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in gerund.children):
        return []
    if (held := _holders_act(index, quote, gerund, inside)) is None:
        return []
    return [_agenda_statement(gerund, copula, inside, agenda, *held)]


def _agenda(index: ArticleIndex, copula: Token, inside: set[int]) -> tuple[str, int] | None:
    """The agenda phrase a copula puts its subject on or off ("is not on the table"), with the
    copula's negations; None without one."""
    if copula.lemma_ not in ("be", "remain", "stay") or copula.i not in inside or _in_question(index, copula):
        return None
    phrase = None
    negations = sum(1 for c in copula.children if c.dep_ == "neg")
    for c in copula.children:
        if c.dep_ in ("prep", "attr", "acomp", "advmod"):
            words = " ".join(t.lower_ for t in c.subtree if not t.is_punct)
            if words.startswith("not ") and words[4:] in _AGENDA_PHRASES:
                words = words[4:]  # "was “not on the table”": the "not" hangs from the phrase
                negations += 1
            words = next((ph for ph in _AGENDA_PHRASES if words.startswith(ph + " ")
                          and words[len(ph) + 1:].split()[0] in _AGENDA_TAILS), words)
            if words in _AGENDA_PHRASES:
                phrase = words  # "out of the question at this stage": the tail says when
            elif c.dep_ == "acomp" and c.lower_ in _AGENDA_PHRASES:
                phrase = c.lower_  # "acceptable as long as wages keep rising": the judgement, its condition aside
    return None if phrase is None else (phrase, negations)


def _agenda_statement(subject: Token, copula: Token, inside: set[int], agenda: tuple[str, int], subject_text: str,
                      frame: Frame, reading: tuple[str, str, str] | None = None) -> _FoundStatement:
    """The statement an agenda phrase makes on an act: stance and hedge from the phrase (or
    ``reading``, in the form of :data:`_AGENDA_PHRASES`) and the copula's negation, evidence
    from the subject to the phrase."""
    phrase, negations = agenda
    stance, negated_hedge, plain_hedge = reading or _AGENDA_PHRASES[phrase]
    negated = negations % 2 == 1
    if negated:
        stance = "against" if stance == "favor" else "favor"
    hedge = negated_hedge if negated else plain_hedge
    if walk_clause(copula, inside).condition:
        hedge = "conditional"  # "... is justifiable as long as the extra room is used for investment"
    tokens = sorted(set(subject.subtree) | {copula} | {t for c in copula.children if c.dep_ in (
        "neg", "prep", "attr", "acomp", "advmod", "aux") for t in c.subtree}, key=lambda t: t.i)
    tokens = [t for t in tokens if t.i in inside and not t.is_punct] or [subject]
    key = proposition_key(subject_text, frame.predicate, frame.code)
    return _FoundStatement(subject.i, subject.sent.start, subject_text, frame, key, stance, hedge, negated,
                           hedge == "absolute", (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))


#: Acts a door is kept open to, as nouns, and the verb of holding them.
_DOOR_ACTS = frozenset({"talk", "talks", "dialogue", "negotiation", "negotiations"})


def _open_door_statements(index: ArticleIndex, quote: Quote, door: Token, inside: set[int]) -> list[_FoundStatement]:
    """"The door to talks with Pristina remains open", "the door is open for dialogue": for the
    holder's side holding the talks (its hedge and stance from the clause: "the door is not
    open" is against). Only talks, dialogue and negotiations: a door to membership is someone
    else's to walk through."""
    copula = door.head
    if copula.i not in inside or copula.lemma_ not in _COPULAS or not any(
            c.dep_ in ("acomp", "oprd") and c.lower_ == "open" for c in copula.children):
        return []
    preps = [c for c in (*door.children, *copula.children, *(a for c in copula.children if c.lower_ == "open"
                                                              for a in c.children))
             if c.dep_ == "prep" and c.lower_ in ("to", "for") and c.i in inside]
    talks = next((g for p in preps for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in _DOOR_ACTS), None)
    actors = _holder_actors(index, quote)
    if talks is None or not actors or not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "on")
                                              for c in talks.children):
        return []  # "the door to dialogue is open": with whom, on what, unsaid
    walk = walk_clause(copula, inside)
    if is_past(walk, quote) or _in_question(index, copula) or is_subordinate(walk.top):
        return []
    subject_text = " and ".join(a.name for a in actors)
    frame = keyed_frame("hold", act_arguments([talks], inside, index.renamed), subject_text, len(actors) > 1,
                        index.gazetteer)
    stance, hedge = assess(walk.links + _cue_links(index, quote, walk, inside), condition=walk.condition,
                           condition_depth=walk.condition_depth)
    tokens = sorted({*door.subtree, copula, *(t for c in copula.children if c.dep_ in ("acomp", "prep", "neg")
                                               for t in c.subtree)}, key=lambda t: t.i)
    tokens = [t for t in tokens if t.i in inside and not t.is_punct] or [door]
    return [_FoundStatement(copula.i, copula.sent.start, subject_text, frame,
                            proposition_key(subject_text, frame.predicate, frame.code), stance, hedge,
                            stance == "against", hedge == "absolute",
                            (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))]


def _thing_statements(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> list[_FoundStatement]:
    """A thing, not an act, put on or off the agenda, or a measure declared ended: "a common BRICS
    currency is not on the table" is against BRICS adopting one (the owner the phrase names, else
    the holder's side), "the fiscal surplus is not negotiable" for keeping it (absolute), "the
    E-levy is dead" against reintroducing it (absolute when "it will stay dead" follows)."""
    copula = noun.head
    if noun.i in index.token_entity or verb_of_noun(noun.lemma_) or noun.lemma_.lower() in SHELL_NOUNS \
            or noun.lemma_.lower() in GOVERNORS or noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].head.i == copula.i \
            and noun.doc[noun.i + 1].dep_ == "nsubj":
        return []  # acts and views have their own readings; "E - levy" parsed as three subjects: the last
    agenda = _agenda(index, copula, inside)
    ended = agenda is None and copula.lemma_ == "be" and noun.lemma_.lower() in MEASURE_NOUNS and copula.i in inside \
        and not _in_question(index, copula) and not any(c.dep_ == "neg" for c in copula.children) and any(
            c.dep_ == "acomp" and c.lower_ in _ENDED for c in copula.children)
    if not ended and (agenda is None or agenda[0] not in _THING_AGENDA):
        return []
    owner, skip = _thing_owner(index, noun, inside)
    actors = [owner] if owner is not None else _holder_actors(index, quote)
    if not actors or quote.kind == "direct" and is_past(walk_clause(copula, inside), quote):
        return []  # "the levy was dead weight" in a speaker's own words reports; reported speech backshifts
    start = noun.left_edge.i
    while start > 0 and start - 1 in inside and (
            noun.doc[start - 1].head.i == copula.i and noun.doc[start - 1].dep_ == "nsubj"
            or noun.doc[start - 1].dep_ == "det" and start <= noun.doc[start - 1].head.i <= noun.i):
        start -= 1  # "The E - levy": the words the parser split off the noun
    words = [t for t in noun.doc[start:noun.i + 1] if t.i in inside and t.i not in skip] + [
        t for t in noun.subtree if t.i > noun.i and t.i in inside and t.i not in skip]
    obj = _patient_phrase(noun, {t.i for t in words})
    if noun.doc[start].i < noun.left_edge.i:
        obj = _possessives(" ".join(t.text if t.dep_ == "det" else t.text_with_ws.strip() for t in words), False)
        obj = re.sub(r"\s*-\s*", "-", obj)
    if obj and words[0].dep_ == "det":
        obj = obj[:1].lower() + obj[1:]  # "A common budget" → "a common budget"
    if not obj:
        return []
    subject_text = " and ".join(a.name for a in actors)
    verb, keeps = ("reintroduce", False) if ended else _THING_AGENDA[agenda[0]]
    key = text_key(verb, obj, gazetteer=index.gazetteer)
    frame = Frame(Predicate(verb, key.partition(":")[0]), obj, key.partition(":")[2] or None, subject_text, None,
                  len(actors) > 1, False)
    if ended:
        lasting = any(c.dep_ == "conj" and c.lemma_ in ("stay", "remain") and any(
            g.dep_ == "acomp" and g.lower_ in _ENDED for g in c.children) for c in copula.children)
        hedge = "absolute" if lasting else "firm"  # "is dead and will stay dead"
        return [_agenda_statement(noun, copula, inside, ("dead", 0), subject_text, frame, ("against", hedge, hedge))]
    found = _agenda_statement(noun, copula, inside, agenda, subject_text, frame)
    return [replace(found, stance=flip_stance(found.stance))] if keeps else [found]  # type: ignore[arg-type]


def _thing_owner(index: ArticleIndex, noun: Token, inside: set[int]):
    """The country or organisation a thing's noun phrase names as its owner ("a common BRICS
    currency", "Argentina's surplus"), with the words to leave out of the object; (None, set())
    without one."""
    for c in noun.children:
        entity = index.token_entity.get(c.i)
        if c.dep_ in ("poss", "compound", "nmod") and c.i in inside and entity is not None and entity.type in (
                "COUNTRY", "ORG"):
            words = {t.i for t in c.subtree if index.token_entity.get(t.i) is entity or t.dep_ == "case"}
            return index.actor(entity), words
    return None, set()


def _referred_table_statements(index: ArticleIndex, quote: Quote, pronoun: Token,
                               inside: set[int]) -> list[_FoundStatement]:
    """"That is not on the table", "This is out of the question" opening a sentence: the act the
    sentence before proposed, put on or off the agenda. The act is the last verb with an object
    in that sentence ("asked whether the two navies could hold joint exercises in the Gulf" →
    hold joint exercises in the Gulf), done by its own subject when that is an actor, else by
    the holder's side."""
    copula = pronoun.head
    agenda = _agenda(index, copula, inside)
    doc = index.doc
    sent = pronoun.sent
    if agenda is None or pronoun.i != next((t.i for t in sent if not t.is_punct), None) or sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    act = next((t for t in reversed(before) if t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING_VERBS
                and t.lemma_ not in _ITINERARY and governor_lemma(t) not in GOVERNORS
                and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)), None)
    if act is None:
        return []
    scope = set(range(before.start, before.end))
    own = walk_clause(act, scope).subject
    actors = (resolve_subject(index, own, quote) if own is not None else []) or _holder_actors(index, quote)
    if not actors:
        return []
    subject_text = " and ".join(a.name for a in actors)
    frame = open_frame(act, scope, subject_text, len(actors) > 1, index.gazetteer, renamed=index.renamed)
    if frame is None or not frame.object:
        return []
    return [_agenda_statement(pronoun, copula, inside, agenda, subject_text, frame)]


_ACT_PREPS = frozenset("from to with on against into beyond until by".split())
#: Prepositions that carry an act noun's own argument when it has no "of" phrase ("a return to
#: talks", "withdrawal from the treaty", "cooperation with China").
_ACT_ARGUMENT_PREPS = frozenset({"to", "from", "with", "into"})


_TIME_UNITS = frozenset("day week month year decade".split())


def _light_act_frame(index: ArticleIndex, act: Token, inside: set[int], subject_text: str, plural: bool,
                     verb: str) -> Frame:
    """The frame of an act a light verb does on its noun: "a second referendum on independence"
    → hold a second referendum on independence; "any truce" → agree to a truce."""
    hung = [p for p in act.head.children if p.dep_ == "prep" and p.i == act.right_edge.i + 1 and p.i in inside
            and p.lower_ in _LIGHT_ACT_PREPS] if act.dep_ == "dobj" else []
    # "would not accept any truce | with the RSF": the noun's complement the parser hung on the verb
    obj = act_arguments([act, *hung], inside, index.renamed)
    det = next((c for c in act.children if c.dep_ == "det" and c.i in inside), None)
    if det is not None and det.lower_ in _OPEN_DETERMINERS:
        rest = obj[len(det.text):].lstrip() if obj.startswith(det.text) else obj
        obj = f"a {rest}" if act.tag_ == "NN" and rest[:1].lower() not in "aeiou" else (
            f"an {rest}" if act.tag_ == "NN" else rest)
    if det is not None and det.text[:1].isupper() and obj.startswith(det.text) and det.pos_ == "DET":
        obj = det.lower_ + obj[len(det.text):]  # "A second referendum would be ..." → "holds a second referendum"
    return keyed_frame(verb, obj, subject_text, plural, index.gazetteer)


#: Determiners a denied or open act noun carries that its proposition does not: "no truce", "any
#: referendum" → agree to a truce, hold a referendum.
_OPEN_DETERMINERS = frozenset("any no every another".split())
_LIGHT_ACT_PREPS = frozenset("with on in between over".split())


def _act_noun(tok: Token) -> bool:
    """A noun naming an act ("reopening", "devaluation", "an extension of the deal")."""
    return tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and verb_of_noun(tok.lemma_) is not None


def _act_frame(index: ArticleIndex, act: Token, inside: set[int], subject_text: str, plural: bool,
               verb: str | None = None, arguments: bool = False) -> Frame | None:
    """The frame of an act named by a gerund ("handing anyone over to that court") or a noun:
    the noun's verb with its "of" phrase ("an extension of the deal" → extend the deal), or, for
    a bare noun, with the object of the article's last clause of that verb before it ("... would
    not reopen its border crossings with Belarus. There will be no reopening")."""
    if act.tag_ == "VBG":
        return open_frame(act, inside, subject_text, plural, index.gazetteer, renamed=index.renamed)
    if verb is not None and verb == light_act_of(act):
        return _light_act_frame(index, act, inside, subject_text, plural, verb)
    verb = verb or verb_of_noun(act.lemma_)
    if verb is None:
        return None
    of = _of_object(act, inside)
    if of is not None:
        if of.pos_ == "PRON":
            return None
        # the act's other arguments follow: "the withdrawal of troops from the border"
        rest = [c for c in act.children if c.dep_ == "prep" and c.i > of.i and c.lower_ in _ACT_PREPS]
        frame = keyed_frame(verb, act_arguments([of, *rest], inside, index.renamed), subject_text, plural,
                            index.gazetteer)
        amount = _change_amount(act, inside)  # "a 20 percent increase in the minimum wage": by 20 percent
        return replace(frame, object=f"{frame.object} by {amount}") if amount and frame.object else frame
    if (patient := compound_patient(act, inside)) is not None:  # "any tax increase for defense"
        return compound_act_frame(act, patient, verb, inside, subject_text, plural, index.gazetteer)
    args = [c for c in act.children if c.dep_ == "prep" and c.lower_ in _ACT_ARGUMENT_PREPS and c.i in inside]
    if args and arguments:  # "any return to the talks", "a withdrawal from the treaty": the act's own argument
        return keyed_frame(verb, act_arguments(args, inside, index.renamed), subject_text, plural, index.gazetteer,
                           key_verb=f"{verb} {args[0].lower_}")
    if (own := _own_act_arguments(act, verb, inside)) is not None:
        # "drilling in the Barents Sea", keyed as "drills in the Barents Sea" is
        return keyed_frame(verb, act_arguments(own, inside, index.renamed), subject_text, plural, index.gazetteer)
    earlier = act_object_verb(index.doc, act, verb, act.i) if _bare_reference(act) or _indefinite_only(act) else None
    if earlier is None:
        return None  # "there will be no devaluation" of what the article does not say
    sent = set(range(earlier.sent.start, earlier.sent.end))
    return open_frame(earlier, sent, subject_text, plural, index.gazetteer, renamed=index.renamed)


#: Prepositions of place: an act noun with no object is done where they say ("drilling in the
#: Barents Sea", "mining outside the authority's rules").
_PLACE_PREPS = frozenset("in at off near outside inside within beyond across along around behind".split())


def _happening(clause: Token) -> bool:
    """A relative clause that only says its noun happens: "(any mining) that goes ahead", "that
    takes place", "that happens", "that proceeds"."""
    lemma = clause.lemma_.lower()
    return clause.dep_ == "relcl" and (
        lemma in ("happen", "occur", "proceed")
        or lemma == "go" and any(c.dep_ == "advmod" and c.lower_ == "ahead" for c in clause.children)
        or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in clause.children))


def _own_act_arguments(act: Token, verb: str, inside: set[int]) -> list[Token] | None:
    """The places where an act noun with no object of its own is done, its own or those of a
    relative clause that only says it happens ("drilling in the Barents Sea", "any commercial
    mining that goes ahead outside the authority's rules" → outside the authority's rules), when
    the noun is derived from its verb and has no owner. None otherwise ("a European tax on
    imports" is a thing others impose, not the speaker's taxing)."""
    if verb_of_noun(act.lemma_) != verb or any(c.dep_ == "poss" for c in act.children):
        return None  # "fight Ottawa's new cap in the courts": a thing had, the place is the fight's
    heads = [act, *(c for c in act.children if _happening(c) and c.i in inside)]
    places = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
              and c.i in inside and any(g.dep_ == "pobj" for g in c.children)]
    return places or None


def _bare_reference(noun: Token) -> bool:
    """An act noun that can only refer back to an act the article named before: no words of its
    own and no indefinite article ("the sale", "no reopening"). "A gradual increase" or "a number
    decided in Ottawa" brings in an act of its own, not the last one of that verb."""
    return not any(c.dep_ in ("amod", "acl", "relcl", "compound", "nummod") or
                   c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _named_act(noun: Token, inside: set[int]) -> bool:
    """A noun that is its verb unchanged and names the act on its "of" object: "a reform of the
    debt brake", "a ban of the party" (not "the deal", a thing: :func:`act_verb`)."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and act_verb(noun.lemma_) is not None and _of_object(
        noun, inside) is not None


def _holders_act(index: ArticleIndex, quote: Quote, act: Token, inside: set[int]) -> tuple[str, Frame] | None:
    """The act ``act`` names done by the holder's side ("There will be no reopening": the
    speaker's country reopens ...), as (subject text, frame); None without a side or an act."""
    actors = _holder_actors(index, quote)
    if not actors:
        return None
    subject_text = " and ".join(a.name for a in actors)
    frame = _act_frame(index, act, inside, subject_text, len(actors) > 1,
                       None if act.tag_ == "VBG" or _act_noun(act) else act_verb(act.lemma_))
    return None if frame is None else (subject_text, frame)


#: Nouns of a change whose "in" phrase names what changes: "any increase in fuel taxes", "a cut in rates".
_CHANGE_NOUNS = frozenset("increase rise hike cut reduction decrease drop".split())


def _owned_by_name(noun: Token) -> bool:
    """"the EU budget", "Brussels' budget": a thing a named body owns (whose change is its act)."""
    return any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in noun.children)


def _of_object(act: Token, inside: set[int]) -> Token | None:
    """The object of an act noun's "of" phrase ("the restart of the plant" → plant); None for a
    measure that refers back ("an increase of that size")."""
    of = next((g for c in act.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and (
               act.lemma_.lower() in _CHANGE_NOUNS)) for g in c.children if g.dep_ == "pobj" and g.i in inside
               and not (c.lower_ == "in" and _owned_by_name(g))), None)
    if of is not None and any(c.dep_ == "det" and c.lower_ in ("that", "this", "such") for c in of.children):
        return None
    if of is not None and of.lemma_.lower() in ("kind", "sort", "type", "form") and not any(
            c.dep_ == "prep" for c in of.children):
        return None  # "a waiver of any kind": how much, not what
    if of is not None and (of.ent_type_ == "DATE" or of.lemma_.lower() in _TIME_UNITS or measure_phrase(of)):
        return None  # "a delay of a few months", "an extension of two years": how long, not what
    return of


def _change_amount(act: Token, inside: set[int]) -> str | None:
    """How much a change noun says it changes by, when written before it: "20 percent" in "a 20
    percent increase in the minimum wage"; None otherwise."""
    if act.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    unit = next((c for c in act.children if c.dep_ in ("compound", "nmod", "amod") and c.i < act.i and c.i in inside
                 and c.lemma_.lower() in ("percent", "%", "per cent") and any(n.dep_ == "nummod" for n in c.children)),
                None)
    if unit is None:
        return None
    return "".join(t.text_with_ws for t in unit.subtree if t.i in inside).strip()


#: Nouns of one change under other words: a bare "the raise" refers back to "an increase in the
#: minimum wage".
_SAME_CHANGE = {**dict.fromkeys("increase rise raise hike".split(), "increase"),
                **dict.fromkeys("cut reduction decrease".split(), "cut")}


def _earlier_act(doc: Doc, act: Token) -> Token | None:
    """The last mention before ``act`` of the same act noun (or one of the same change: "the raise"
    after "an increase in the minimum wage") with an "of" phrase: what a bare "the sale" refers
    back to."""
    family = _SAME_CHANGE.get(act.lemma_.lower())
    for i in range(act.i - 1, -1, -1):
        tok = doc[i]
        if (tok.lemma_ == act.lemma_ or family is not None and _SAME_CHANGE.get(tok.lemma_.lower()) == family) \
                and tok.pos_ == "NOUN" and (
                of := _of_object(tok, set(range(tok.sent.start, tok.sent.end)))) is not None and of.pos_ != "PRON":
            return tok
    return None


def _stance_act_noun(verb: Token, inside: set[int]) -> tuple[Token, str, bool] | None:
    """The act a stance verb or a copula of attitude takes as its complement, with the act's verb
    and whether the attitude is against it: a noun ("opposed a boycott" → (boycott, "boycott",
    True), "will not object to the sale" → (sale, "sell", True; the negation flips it in the
    chain), "we are against the closure of the crossing") or a gerund ("would never support
    weakening the law" → (weakening, "weaken", False), "are in favour of extending the deal").
    A gerund a governor climbs to ("refuse extending", "are not against paying") is read from its
    own clause instead."""
    lemma = verb.lemma_.lower()
    found: list[tuple[Token, bool]] = []
    cut = interrupted_object(verb, inside)  # "will not accept, under any circumstances, the ..."
    for c in [*verb.children, *([cut[1]] if cut is not None else [])]:
        if c.dep_ != "dobj" and cut is not None and c.i == cut[1].i and lemma in STANCE_VERBS:
            gov = GOVERNORS.get(lemma)
            found.append((c, lemma in COUNTER_ATTITUDES or gov is not None and gov.negative))
            continue
        if c.dep_ == "dobj" and lemma in STANCE_VERBS or attitude_gerund(c):
            gov = GOVERNORS.get(lemma)  # "would never support weakening the law": the gerund is the act
            found.append((c, lemma in COUNTER_ATTITUDES or gov is not None and gov.negative))
        elif c.dep_ == "dobj" and (lemma, "") in ACT_STANCE_VERBS:
            found.append((c, ACT_STANCE_VERBS[lemma, ""]))
        elif c.dep_ == "dobj" and lemma in _NEEDING_VERBS and c.pos_ == "NOUN" and (
                light_act(c.lemma_) or verb_of_noun(c.lemma_)):
            found.append((c, False))  # "the country needs early elections", "wants a review of the deal"
        elif c.dep_ == "prep" and (lemma, c.lower_) in ACT_STANCE_VERBS:
            found.extend((g, ACT_STANCE_VERBS[lemma, c.lower_]) for g in c.children if g.dep_ in ("pobj", "pcomp"))
    found.extend(_predicative_acts(verb))
    for noun, against in found:
        if noun.i not in inside:
            continue
        if _gerund(noun):
            return noun, noun.lemma_.lower(), against
        if noun.pos_ == "NOUN" and (light := light_act_of(noun)) is not None:
            return noun, light, against  # "did not support a second referendum": holding one
        if noun.pos_ == "NOUN" and (noun.tag_ == "NN" or verb_of_noun(noun.lemma_)) and (
                act := act_verb(noun.lemma_)):
            return noun, act, against
    return None


#: Verbs of needing an act named by a noun: for it ("needs early elections", "seeks an
#: extension of the deal"); the noun must name an act (a light verb's or a nominalization).
_NEEDING_VERBS = frozenset({"need", "want", "seek", "require"})


def _gerund(tok: Token) -> bool:
    """A gerund naming an act: "weakening" in "support weakening the law"."""
    return tok.tag_ == "VBG" and tok.pos_ == "VERB"


def _attitude_participle(verb: Token) -> bool:
    """A participle of attitude the parser read as a passive: "is opposed to the sale"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children) and any(
        c.dep_ == "prep" and (verb.lower_, c.lower_) in ATTITUDE_PREDICATIVES for c in verb.children)


def _predicative_acts(copula: Token) -> list[tuple[Token, bool]]:
    """The complements of an attitude after a copula
    (:data:`~wirecoder.lexicon.propositions.ATTITUDE_PREDICATIVES`), True when it is against
    them: "we are against the closure of the crossing", "are opposed to the sale of the port",
    "is in favour of extending the deal" (the parser may hang "of" on the copula). A gerund right
    after "against" or "for" heads its own clause ("are not against paying") and is left to it."""
    if _attitude_participle(copula):  # "is opposed to", parsed as a passive
        return [(g, ATTITUDE_PREDICATIVES[copula.lower_, c.lower_]) for c in copula.children if c.dep_ == "prep"
                and (copula.lower_, c.lower_) in ATTITUDE_PREDICATIVES for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if copula.lemma_ not in _COPULAS:
        return []
    out: list[tuple[Token, bool]] = []
    for c in copula.children:
        if c.dep_ == "prep" and (c.lower_, "") in ATTITUDE_PREDICATIVES:
            out.extend((g, ATTITUDE_PREDICATIVES[c.lower_, ""]) for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "acomp" or c.dep_ == "prep" and c.lower_ == "in":
            head = c if c.dep_ == "acomp" else next((g for g in c.children if g.dep_ == "pobj"), None)
            for prep in [*(head.children if head is not None else ()), *(copula.children if c.dep_ == "prep" else ())]:
                key = (head.lower_ if head is not None else "", prep.lower_)
                if prep.dep_ == "prep" and key in ATTITUDE_PREDICATIVES and (prep.head.i == head.i or prep.i > head.i):
                    out.extend((g, ATTITUDE_PREDICATIVES[key]) for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    return out


def _act_agent(index: ArticleIndex, noun: Token, inside: set[int]) -> tuple[list, set[int]]:
    """Who does the act a noun names, when the phrase says, and the words naming them: a "by"
    phrase ("a boycott of the games by Norway", also when the parse hangs it on the object), a
    possessive or compound country or organisation ("Washington's sale", "a U.S. sale"), or a
    country modifying the act's object ("the sale of U.S. fighter jets", but not "the restart of
    the Pickering plant": a place's organisation is the thing acted on)."""
    def actor(tok: Token, types: tuple[str, ...] = ("COUNTRY", "ORG")):
        entity = index.token_entity.get(tok.i)
        return index.actor(entity) if entity is not None and entity.type in types else None

    if _gerund(noun):  # "we welcome Kazakhstan joining the bloc", "Norway's drilling in the Arctic"
        subjects = [g for c in noun.children if c.dep_ in ("nsubj", "poss") and c.i in inside for g in conjuncts(c)]
        agents = [a for g in subjects if (a := actor(g))]
        if not agents and len(subjects) == 1 and subjects[0].dep_ == "nsubj" and subjects[0].pos_ == "NOUN" \
                and not any(t.pos_ in ("PRON", "PROPN") for t in subjects[0].subtree):
            # "will never accept foreign military aircraft entering its zone": the aircraft enter it
            words = [t for t in subjects[0].subtree if not (t.dep_ == "det" and t.head.i == subjects[0].i)]
            agents = [Actor("".join(t.text_with_ws for t in words).strip(), None, "OTHER")]
        return (agents, {t.i for g in subjects for t in g.subtree}) if agents else ([], set())
    of = _of_object(noun, inside)
    for head in (noun, of):
        for c in head.children if head is not None else ():
            if c.dep_ in ("agent", "prep") and c.lower_ == "by" and c.i in inside:
                agents = [a for g in c.children if g.dep_ == "pobj" for h in conjuncts(g) if (a := actor(h))]
                if agents:
                    return agents, {t.i for t in c.subtree}
    patient = compound_patient(noun, inside)
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "nmod") and c.i in inside and (patient is None or c.i != patient.i) and (a := actor(c)) is not None:
            return [a], set()
    for t in of.subtree if of is not None else ():
        if t.i < of.i and t.i in inside and t.dep_ in ("poss", "compound", "nmod") and (a := actor(t, ("COUNTRY",))):
            entity = index.token_entity[t.i]
            return [a], {u.i for u in t.subtree if index.token_entity.get(u.i) is entity}
    return [], set()


def _stance_act(index: ArticleIndex, quote: Quote, verb: Token, inside: set[int], actors: list) -> Frame | None:
    """A stance verb or a copula of attitude over an act named by a noun or a gerund: the
    proposition is the act ("the federation opposed a boycott of the World Cup" → Norway
    boycotts the World Cup, against; "would never support weakening the law" → weakens the law,
    against; "we are not against the extension of the deal" → extends the deal, favor), by the
    agent the phrase names (a gerund's own subject: "support Finland joining NATO"; or the
    earlier mention a bare "the sale" refers back to), else the clause's subject when it is a
    state or body ("expects the United States to approve the sale"), else the holder's side ("he
    cannot approve the restart": the governor's country), else the person; never the speaker's
    side for an act harming what is theirs (:func:`_self_harm`). Its predicate denies the act when the stance verb is against it, so the chain's
    negations flip it back ("will not object to the sale" is for the sale)."""
    return _named_stance_act(index, quote, verb, inside, actors) or _referred_stance(index, quote, verb, inside)


def _indefinite_only(noun: Token) -> bool:
    """"a boycott", "any boycott": an act noun with nothing of its own but an open determiner,
    which refers to the act the story named ("the federation still opposed a boycott")."""
    kids = list(noun.children)
    return bool(kids) and all(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in kids)


def _asked_about(index: ArticleIndex, quote: Quote) -> Token | None:
    """The noun or gerund of the frame "Asked about X, Y said ...": what the answer's "it" is."""
    cue = _cue_word(index, quote)
    if cue is None:
        return None
    return next((g for asked in cue.children if asked.dep_ == "advcl" and asked.i < cue.i
                 and asked.lemma_ == "ask" for prep in asked.children if prep.dep_ == "prep" and prep.lower_ == "about"
                 for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)


def _asked_about_act(index: ArticleIndex, quote: Quote, verb: Token, inside: set[int], actors: list) -> Frame | None:
    """"Asked about membership in the European Union, Kerkez said Republika Srpska would support it
    ...": the stance verb's "it" is the act the question was about (joining the EU; "asked about
    joining the euro zone" → joining it), by the clause's subject; None without that frame."""
    lemma = verb.lemma_.lower()
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i in inside and c.lower_ in (
        "it", "this", "that", "them") and not any(c.children)), None)
    if lemma not in STANCE_VERBS or pronoun is None or (topic := _asked_about(index, quote)) is None:
        return None
    gov = GOVERNORS.get(lemma)
    against = lemma in COUNTER_ATTITUDES or gov is not None and gov.negative
    agents = [index.acting_state(a) for a in actors if a.type not in ("PERSON", "PLACE")] or _holder_actors(
        index, quote) or actors
    if not agents:
        return None
    subject_text, plural = " and ".join(a.name for a in agents), len(agents) > 1
    cut = {t.i for c in topic.subtree if c.dep_ in ("relcl", "acl", "appos") and c.i > topic.i for t in c.subtree}
    scope = {t.i for t in topic.subtree if t.i not in cut and not (t.is_punct and t.i > topic.i)}
    if _gerund(topic):
        frame = open_frame(topic, scope, subject_text, plural, index.gazetteer, renamed=index.renamed)
    elif topic.lemma_.lower() == "membership" and (of := next((g for c in topic.children if c.dep_ == "prep" and c.lower_
                                                                 in ("in", "of") for g in c.children if g.dep_ == "pobj"), None)):
        words = " ".join(t.text for t in of.subtree if t.i in scope)  # "membership in the European Union": joining it
        frame = keyed_frame("join", words, subject_text, plural, index.gazetteer)
    elif (act := light_act_of(topic) or act_verb(topic.lemma_)) is not None:
        frame = _act_frame(index, topic, scope, subject_text, plural, act, arguments=True)
    else:
        return None
    if frame is None or not frame.object:
        return None
    return replace(frame, predicate=replace(frame.predicate, denies=against))


def _named_stance_act(index: ArticleIndex, quote: Quote, verb: Token, inside: set[int], actors: list) -> Frame | None:
    found = _stance_act_noun(verb, inside)
    if found is None:
        return _asked_about_act(index, quote, verb, inside, actors) or _owned_measure_act(index, verb, inside) or _referred_purpose_act(
            index, verb, inside, actors) or _predicative_thing(index, verb, inside, actors)
    noun, act, against = found
    if not _gerund(noun) and _of_object(noun, inside) is None and compound_patient(noun, inside) is None \
            and (_bare_reference(noun) or _indefinite_only(noun)) and (
            earlier := _earlier_act(index.doc, noun)) is not None:
        noun, inside = earlier, set(range(earlier.sent.start, earlier.sent.end))  # "we support the sale"
    agents, named = _act_agent(index, noun, inside)
    if not agents and light_act_of(noun) == "hold" and (talkers := _talkers(index, noun, inside)):
        agents = talkers  # "supports a Yemeni-Yemeni dialogue": the Yemenis hold it, not the speaker's side
    if not agents and (story := _story_act_for(index, quote, noun, act, inside)) is not None:
        return replace(story, predicate=replace(story.predicate, denies=against))
    if not agents and _self_harm(noun, act, inside):
        return None  # "we are against violations of our sovereignty": by others, whom the quote does not name
    states = [index.acting_state(a) for a in actors if a.type not in ("PERSON", "PLACE")]  # a region approving an act does not do it
    agents = agents or states or _holder_actors(index, quote) or actors
    if not agents:
        return None
    plural = len(agents) > 1 or any(index.doc[i].tag_ in ("NNS", "NNPS") and index.doc[i].head.i not in named
                                    for i in named)  # "coalition forces staying": they stay
    frame = _act_frame(index, noun, inside - named, " and ".join(a.name for a in agents), plural, act)
    if frame is None or not frame.object:
        return None
    return replace(frame, predicate=replace(frame.predicate, denies=against),
                   object=_possessives(frame.object, frame.plural))


def _talkers(index: ArticleIndex, noun: Token, inside: set[int]) -> list:
    """The country a talk's own adjective names as its sides: "a Yemeni-Yemeni dialogue",
    "intra-Afghan talks" read as the one country; [] otherwise."""
    for c in noun.children:
        if c.dep_ == "amod" and c.i in inside and c.text[:1].isupper():
            parts = {p for p in c.text.split("-") if p and p.lower() != "intra"}
            if len(parts) == 1 and (country := index.demonym_country(parts.pop())) is not None:
                return [country]
    return []


#: Nouns that stand for whatever act the story is about, unnamed: "the continuation of unilateral
#: measures", "such steps".
_UNNAMED_ACTS = frozenset({"measure", "move", "step", "action", "act"})
#: Nouns of a phase of an act, not an act of their own: "Ethiopia's completion of the fourth filling".
_PHASE_NOUNS = frozenset({"completion", "start", "beginning", "continuation", "resumption", "launch"})
#: Verbs by which a lead reports a side's reaction to another's act: "Egypt condemned Ethiopia's filling ...".
_REACTING_VERBS = frozenset({"condemn", "denounce", "criticize", "criticise", "protest", "slam", "decry"})


def _story_act_for(index: ArticleIndex, quote: Quote, noun: Token, act: str, inside: set[int]) -> Frame | None:
    """"Egypt will not accept the continuation of unilateral measures" after a lead that reports
    "Egypt condemned Ethiopia's completion of the fourth filling of the reservoir behind its Nile
    dam": the measures are the act the lead names, done by its owner — Ethiopia continues the
    unilateral filling of the reservoir behind its Nile dam. Only for an act noun whose "of"
    object is an unnamed act (:data:`_UNNAMED_ACTS`, its adjectives kept); None otherwise or when
    the lead names no other side's act."""
    of = _of_object(noun, inside)
    if of is None or of.lemma_.lower() not in _UNNAMED_ACTS or any(
            c.dep_ in ("poss", "compound", "prep") for c in of.children):
        return None
    lead = _lead_reacted_act(index, quote)
    if lead is None:
        return None
    agent, story, verb = lead
    words = [c.text for c in of.children if c.dep_ == "amod" and c.i < of.i]  # "unilateral"
    toks = [t for t in story.subtree if t.i >= story.i or t.dep_ in ("amod", "compound", "nummod") and t.head.i == story.i]
    cut = next((t.i for t in toks if t.i > story.i and (t.is_punct or t.dep_ in ("relcl", "acl", "appos"))), None)
    toks = [t for t in toks if cut is None or t.i < cut]
    after = index.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(index.doc) else None
    if cut is None and after is not None and after.dep_ == "prep" and after.head.i == verb.i and after.lower_ in _PLACE_PREPS:
        toks += list(after.subtree)  # "the filling of the reservoir behind its dam", "behind" hung on the verb
    phrase = " ".join(["the", *words, *(t.text for t in toks)])
    # keyed by the act and what it is done to, as every outlet's words for it share them: "continue
    # the filling of the reservoir behind its Nile dam" / "... of the Grand Ethiopian Renaissance Dam"
    done_to = _of_object(story, set(range(story.sent.start, story.sent.end)))
    key = text_key(f"{act} {story.lemma_.lower()}", done_to.lemma_.lower() if done_to is not None else None,
                   gazetteer=index.gazetteer)
    return Frame(Predicate(act, key.partition(":")[0]), phrase, key.partition(":")[2] or None, agent.name,
                 None, False, False)


def _lead_reacted_act(index: ArticleIndex, quote: Quote) -> tuple[Actor, Token, Token] | None:
    """(owner, act noun, verb of reacting) of the other side's act the story's lead reports a reaction to:
    "Egypt on Monday rejected Ethiopia's fourth filling of the reservoir of the Grand Ethiopian
    Renaissance Dam" → (Ethiopia, filling); a phase of it is read through ("Ethiopia's completion of
    the fourth filling" → filling). None when the lead (its first sentences before the quote)
    reports no such reaction, or the act is the holder's side's own."""
    doc = index.doc
    side = {a.code for a in _holder_actors(index, quote) if a.code}
    lead = [t for n, sent in enumerate(doc.sents) if n < 3 and doc[sent.start].idx < quote.content.start
            for t in sent]  # the lead sentence, a dateline split off or not
    for tok in lead:
        sent = tok.sent
        if tok.pos_ != "VERB" or not (tok.lemma_.lower() in _REACTING_VERBS or tok.lemma_.lower() in STANCE_VERBS
                                      and (GOVERNORS.get(tok.lemma_.lower()) or Governor()).negative):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
        entity = index.token_entity.get(owner.i) if owner is not None else None
        if entity is None or entity.type != "COUNTRY" or entity.country in side:
            continue
        if obj.lemma_.lower() in _PHASE_NOUNS and (inner := _of_object(obj, set(range(sent.start, sent.end)))) is not None:
            obj = inner  # "Ethiopia's completion of the fourth filling": the filling
        if verb_of_noun(obj.lemma_.lower()) is None:
            continue
        return index.actor(entity), obj, tok
    return None


#: Verbs of resisting a measure: against it, as "oppose" is ("will fight the reform").
_RESISTING = frozenset({"fight", "resist"})


def _referred_stance(index: ArticleIndex, quote: Quote, verb: Token, inside: set[int]) -> Frame | None:
    """A stance verb over a noun that only refers back to a measure or a move ("will oppose the
    reform", "rejected the plan", "would fight the decision", "will oppose the bill"): the act
    the article named (:func:`_judged_act`: an earlier clause on the same measure, else the act
    the story leads with), by whoever does it there, its predicate denied when the verb is
    against it. None for a noun with words of its own ("the reform of the pension system" is
    read as an act of its own) or no act named before."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i in inside]
    if lemma in STANCE_VERBS:
        gov = GOVERNORS.get(lemma)
        against = lemma in COUNTER_ATTITUDES or gov is not None and gov.negative
    elif lemma in _RESISTING:
        against = True
    elif (found := _prepositional_stance(verb, inside)) is not None and found[0].pos_ == "PRON":
        objects, against = [found[0]], found[1]  # "we will not vote for it" ("vote against the bill": its own act)
    elif verb.lemma_ in _COPULAS and (held := next(((g, ATTITUDE_PREDICATIVES[c.lower_, ""]) for c in verb.children
                                                    if c.dep_ == "prep" and (c.lower_, "") in ATTITUDE_PREDICATIVES
                                                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "PRON"),
                                                   None)) is not None:
        objects, against = [held[0]], held[1]  # "We are not against it": the plan it refers back to
    else:
        return None  # "the Senate would approve the bill", "will block the bill": acts of their own
    noun = next((c for c in objects if c.pos_ in ("NOUN", "PRON")), None)
    if noun is not None and (mention := _amendment_mention(index, noun, inside)) is not None and (
            held := _amending_frame(index, quote, mention, None)) is not None:
        # "We oppose amendments written under Bulgarian dictate": against amending the constitution
        return replace(held[1], predicate=replace(held[1].predicate, denies=against))
    if noun is not None and noun.pos_ == "PRON" and noun.lower_ in ("it", "them", "this") and not any(noun.children):
        pronoun, noun = noun, _quote_antecedent(index, noun, inside)  # "The new levy will hurt the poor. We will fight it"
        if noun is None or noun.lemma_.lower() not in _REFERRED_MEASURES:
            noun = _measure_before(index, pronoun, inside)  # "... would implement the plan only if Vienna paid for
        if noun is None:  # the additional staff. We are not against it": the plan, not the staff
            return None
        if lemma == "vote" and noun.lemma_.lower() in VOTED_NOUNS and (text := referent_text(noun)):
            # "said the bill gave the state too much access and that his party would vote against it":
            # the legislature passing the bill, as "vote against the bill" is
            return keyed_frame("pass", text, legislature_of(verb), False, index.gazetteer, denies=against)
    elif noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _REFERRED_MEASURES or noun.tag_ not in (
            "NN", "NNS"):
        return None
    else:
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in _REFERRING_DETERMINERS or any(
                c.dep_ not in ("det", "compound", "punct") for c in noun.children):
            return None
    held = _judged_act(index, quote, noun, inside)
    if held is None:
        return None
    frame = held[1]
    return replace(frame, predicate=replace(frame.predicate, denies=frame.predicate.denies != against))


def _prepositional_stance(verb: Token, inside: set[int]) -> tuple[Token, bool] | None:
    """(object, against) of a stance verb whose act comes after a preposition: "vote for it",
    "object to the plan" (:data:`ACT_STANCE_VERBS`), "sign off on it" (approve it)."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ != "prep" or c.i not in inside:
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        if (lemma, c.lower_) in ACT_STANCE_VERBS:
            return obj, ACT_STANCE_VERBS[lemma, c.lower_]
        if lemma == "sign" and c.lower_ == "on" and any(p.dep_ == "prt" and p.lower_ == "off" for p in verb.children):
            return obj, False
    return None


def _predicative_thing(index: ArticleIndex, copula: Token, inside: set[int], actors: list) -> Frame | None:
    """An attitude after a copula over a thing, not an act: "France is opposed to the
    EU-Mercosur trade agreement", "we are against the migration pact" read as the stance verb
    would ("France supports the EU-Mercosur trade agreement", against), by the clause's actors."""
    if not actors:
        return None
    for noun, against in _predicative_acts(copula):
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i not in inside or noun.lemma_.lower() in SHELL_NOUNS:
            continue
        if noun.head.dep_ == "prep" and noun.head.head.lower_ == "open":
            continue  # "open to a deal": willing to talk about one, no position on a thing
        obj = act_arguments([noun], inside, index.renamed)
        if not obj:
            continue
        frame = keyed_frame("support", obj, " and ".join(a.name for a in actors), len(actors) > 1, index.gazetteer,
                            denies=against)
        return replace(frame, object=_possessives(obj, frame.plural))
    return None


#: Measures a stance verb takes with their owner, and the act of having them: "will not back the
#: EU's planned steel tariffs" is against the EU imposing them; "supports the government's reform"
#: is for the government adopting it.
_IMPOSED_MEASURES = frozenset("""tariff duty levy tax toll fee surcharge ban sanction embargo quota cap
restriction control""".split())
_ADOPTED_MEASURES = frozenset("law bill decree measure policy reform rule scheme plan package budget".split())


def _owned_measure_act(index: ArticleIndex, verb: Token, inside: set[int]) -> Frame | None:
    """A stance verb over a measure its owner names ("Germany will not back the European Union's
    planned steel tariffs" → the European Union imposes planned steel tariffs, against; "we
    support Kenya's new data law" → Kenya adopts ...): the owner, a country or organisation in a
    possessive or a compound, does the act of imposing or adopting it. None for a measure with no
    owner named (whose act it is, the clause does not say)."""
    lemma = verb.lemma_.lower()
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i in inside and c.pos_ == "NOUN"), None)
    if lemma not in STANCE_VERBS or noun is None:
        return None
    head = noun.lemma_.lower()
    act = "impose" if head in _IMPOSED_MEASURES else "adopt" if head in _ADOPTED_MEASURES else None
    if act is None:
        return None
    owner, skip = _thing_owner(index, noun, inside)
    if owner is None:
        return None
    words = [t for t in noun.subtree if t.i in inside and t.i not in skip and not (t.dep_ == "det" and t.head.i == noun.i)
             and not (t.dep_ == "case" and t.head.i in skip)]
    obj = _patient_phrase(noun, {t.i for t in words})
    if not obj:
        return None
    key = text_key(act, obj, gazetteer=index.gazetteer)
    gov = GOVERNORS.get(lemma)
    against = lemma in COUNTER_ATTITUDES or gov is not None and gov.negative
    return Frame(Predicate(act, key.partition(":")[0], denies=against), obj, key.partition(":")[2] or None,
                 owner.name, None, False, False)


def _referred_purpose_act(index: ArticleIndex, verb: Token, inside: set[int], actors: list) -> Frame | None:
    """A stance verb over a bare governing noun ("Fiji would support Australia's bid"): the act
    of the noun's last mention before with an infinitive ("... its bid to host a UN climate
    conference" → Australia hosts a UN climate conference), by the owner the stance clause names
    (or the earlier mention's). None without an earlier mention or an owner."""
    lemma = verb.lemma_.lower()
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i in inside), None)
    if lemma not in STANCE_VERBS or noun is None or noun.pos_ != "NOUN" or not isinstance(
            GOVERNORS.get(noun.lemma_.lower()), Governor) or any(c.dep_ in ("acl", "prep", "relcl") for c in noun.children):
        return None
    doc = index.doc
    clause = next((c for i in range(noun.i - 1, -1, -1) if doc[i].lemma_ == noun.lemma_ and doc[i].pos_ == "NOUN"
                   for c in doc[i].children if c.dep_ == "acl" and _noun_governor_clause(c)), None)
    if clause is None:
        return None
    agents = _act_agent(index, noun, inside)[0] or _act_agent(index, clause.head, set(range(len(doc))))[0]
    if not agents:
        return None
    gov = GOVERNORS.get(lemma)
    against = lemma in COUNTER_ATTITUDES or gov is not None and gov.negative
    scope = set(range(clause.i, clause.right_edge.i + 1))
    frame = open_frame(clause, scope, " and ".join(a.name for a in agents), len(agents) > 1, index.gazetteer,
                       renamed=index.renamed)
    if frame is None or not frame.object:
        return None
    return replace(frame, predicate=replace(frame.predicate, denies=against))


def _noun_governor_clause(clause: Token) -> bool:
    """A "to"-infinitive completing a noun ("bid | to host the conference")."""
    return clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


_FIRST_PERSON_OWNERS = frozenset({"our", "my"})


def _self_harm(act: Token, verb: str, inside: set[int]) -> bool:
    """Does the act harm what the speaker calls their own ("violations of our sovereignty",
    "undermining our security": :data:`~wirecoder.lexicon.propositions.JUDGING_VERBS` that
    condemn)? Then the speaker's side is not who does it."""
    if not JUDGING_VERBS.get(verb, False):
        return False
    patient = _of_object(act, inside) if not _gerund(act) else next(
        (c for c in act.children if c.dep_ == "dobj"), None)
    return patient is not None and any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_OWNERS for c in patient.children)


def _existential_statements(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> list[_FoundStatement]:
    """"There will be no reopening", "there will not be any extension of the deal": against the
    act, by the holder's side; the hedge from the copula's own markers and the words after it
    ("Not this year, not ever" makes it absolute); a second act coordinated with the first has its
    own statement ("there will be no delay and no extension of the deadline")."""
    copula = noun.head if noun.dep_ == "attr" else noun.head.head
    if copula.lemma_ != "be" or copula.i not in inside or _in_question(index, copula):
        return []
    if not any(c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ == "there" for c in copula.children):
        return []
    walk = walk_clause(copula, inside)
    if walk.links[0].negations % 2 == 0 or is_past(walk, quote) or is_subordinate(walk.top):
        return []  # only the denial of an act: "there will be talks" names no position
    if _in_relative(walk.top, inside) or any(
            governor_lemma(t) not in GOVERNORS for t in walk.tokens[1:]):
        return []
    held = _deferred_measure_act(index, quote, noun, inside)
    if held is None and _act_noun(noun):
        held = _holders_act(index, quote, noun, inside)
    if held is None and _measure_noun(noun) and not _act_noun(noun) and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in copula.children):
        held = _introduced_measure(index, quote, noun, inside)  # "There will be no new tax on pensions"
    if held is None and (held := _earlier_object_act(index, quote, noun)) is None:
        return []
    subject_text, frame = held
    stance, hedge = assess(walk.links + _cue_links(index, quote, walk, inside), condition=walk.condition,
                           condition_depth=walk.condition_depth)
    tokens = sorted({copula, *noun.subtree, *(t for c in copula.children if c.dep_ in ("expl", "aux", "neg")
                                            for t in c.subtree)}, key=lambda t: t.i)
    tokens = [t for t in tokens if t.i in inside and not t.is_punct] or [noun]
    key = proposition_key(subject_text, frame.predicate, frame.code)
    return [_FoundStatement(copula.i, copula.sent.start, subject_text, frame, key, stance, hedge, True,
                            hedge == "absolute", (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))]


def _without_statements(index: ArticleIndex, quote: Quote, prep: Token, inside: set[int]) -> list[_FoundStatement]:
    """"Without the amendments there is no European future for North Macedonia", "There is no peace
    without the withdrawal of foreign forces": the act the "without" phrase names is what the speaker
    holds necessary, so the speaker is for it (by whoever the article says does it)."""
    copula = prep.head
    if prep.lower_ != "without" or copula.lemma_ != "be" or copula.i not in inside or _in_question(index, copula):
        return []
    kids = list(copula.children)
    if not any(c.dep_ == "expl" for c in kids) or not any(
            c.dep_ == "attr" and (any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                                  or any(d.dep_ == "neg" for d in kids)) for c in kids):
        return []
    noun = next((g for g in prep.children if g.dep_ == "pobj" and g.i in inside), None)
    if noun is None:
        return []
    walk = walk_clause(copula, inside)
    if is_past(walk, quote) or is_subordinate(walk.top) or _in_relative(walk.top, inside):
        return []
    mention = _amendment_mention(index, noun, inside)
    held = _amending_frame(index, quote, mention, None) if mention is not None else _judged_act(
        index, quote, noun, inside)
    if held is None:
        return []
    subject_text, frame = held
    tokens = [t for t in copula.sent if t.i in inside and not t.is_punct]
    key = proposition_key(subject_text, frame.predicate, frame.code)
    return [_FoundStatement(copula.i, copula.sent.start, subject_text, frame, key, "favor", "firm", False, False,
                            (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))]


#: Nouns of putting off or carving out a measure, and their verbs: "There will be no delay and no
#: exemption for any country" (of the story's carbon border tax).
_DEFERRAL_NOUNS = {"delay": "delay", "postponement": "postpone", "exemption": "exempt", "exception": "exempt",
                   "suspension": "suspend", "reversal": "reverse"}


def _deferred_measure_act(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> tuple[str, Frame] | None:
    """(subject, frame) of a bare "delay", "exemption" ... of the measure a main clause of the story
    named first ("the
    European Union's carbon border tax" ... "There will be no delay and no exemption for any country"
    → the European Union delays the carbon border tax, exempts any country from the carbon border
    tax): by the measure's owner, else the holder's side. None for a noun that names what it
    delays ("a delay of the vote") or a story with no named measure before it."""
    verb = _DEFERRAL_NOUNS.get(noun.lemma_.lower())
    if verb is None or any(c.dep_ == "prep" and c.lower_ in ("of", "to", "on", "in") for c in noun.children):
        return None
    measure = next((t for t in index.doc[:noun.sent.start] if t.pos_ == "NOUN" and t.lemma_.lower() in MEASURE_NOUNS
                    and any(c.dep_ in ("compound", "amod") and c.i < t.i for c in t.children) and t.dep_ == "dobj"
                    and t.head.dep_ not in ("advcl", "relcl", "pcomp") and not any(
                        c.dep_ == "mark" for c in t.head.children)), None)  # what a main clause acts on, not
    # "a day after the court upheld a Catalan law"
    if measure is None:
        return None
    words = [t for t in measure.subtree if t.i <= measure.i and t.dep_ not in ("det", "poss", "case")
             and not any(a.dep_ == "poss" for a in [t, *t.ancestors] if a.i < measure.i)]
    owner = next((c for c in measure.children if c.dep_ == "poss"), None)
    actors = resolve_subject(index, owner, quote) if owner is not None else []
    actors = actors or _holder_actors(index, quote)
    if not actors:
        return None
    subject = " and ".join(a.name for a in actors)
    named = "the " + " ".join(t.text for t in words)
    beneficiary = next((" ".join(t.text for t in g.subtree) for c in noun.children if c.dep_ == "prep"
                        and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"), None)
    obj = f"{beneficiary + ' ' if beneficiary else ''}from {named}" if verb == "exempt" else named
    return subject, keyed_frame(verb, obj, subject, len(actors) > 1, index.gazetteer)


def _measure_noun(noun: Token) -> bool:
    """A noun of :data:`MEASURE_NOUNS`, its plural read by lemminflect when the tagger's lemma is
    off ("taxes" → "taxis")."""
    return noun.lemma_.lower() in MEASURE_NOUNS or noun.tag_ == "NNS" and lemma(noun.lower_) in MEASURE_NOUNS or (
        "-" in noun.lower_ and noun.lower_.rsplit("-", 1)[1] in MEASURE_NOUNS)  # "the E-levy"


def _introduced_measure(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> tuple[str, Frame] | None:
    """"There will be no new tax on pensions", "no early release scheme": the holder's side
    introducing the measure, named as a new one ("a new tax on pensions"); None without a side."""
    actors = _holder_actors(index, quote)
    if not actors:
        return None
    toks = [t for t in noun.subtree if t.i in inside and not (
            t.head.i == noun.i and t.dep_ in ("det", "cc", "conj", "punct", "relcl", "appos"))]
    toks = [t for t in toks if not any(a.dep_ in ("cc", "conj", "relcl", "appos") and a.head.i == noun.i
                                       for a in t.ancestors if a.i != noun.i)]  # "no new taxes | and no cuts"
    words = "".join(t.text_with_ws for t in toks).strip()
    if not words:
        return None
    article = "" if noun.tag_ == "NNS" else ("an " if words[:1].lower() in "aeiou" else "a ")
    subject_text = " and ".join(a.name for a in actors)
    return subject_text, keyed_frame("introduce", article + words, subject_text, len(actors) > 1, index.gazetteer)


#: Nouns that name whatever act the story reports, with no verb of their own: "the move would
#: crush small businesses", "the decision is illegal".
_GENERIC_ACTS = frozenset("move step decision measure plan proposal policy change action".split())
_MEASURES_OR_MOVES = MEASURE_NOUNS | _GENERIC_ACTS
#: Nouns that name a measure or a move, referred back to by "the ..." once the story named it.
_REFERRED_MEASURES = _MEASURES_OR_MOVES | VOTED_NOUNS
#: Adjectives that judge an act by the copula over it: adjective → against it ("the move is
#: unacceptable") or not ("a hike would be acceptable as long as wages keep rising"). Not words
#: of law ("illegal", "unconstitutional"): those accuse, and an accusation carries no position.
_JUDGING_ADJECTIVES: dict[str, bool] = {
    **dict.fromkeys("""unacceptable unjustified unjust unfair wrong dangerous reckless harmful
    counterproductive inadmissible premature incompatible""".split(), True),
    **dict.fromkeys("acceptable justified justifiable necessary fair welcome overdue".split(), False),
}
#: Determiners of a noun that refers to an act the story already named: "the move", "this decision".
_REFERRING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _judgement(noun: Token, inside: set[int]) -> tuple[Token, bool] | None:
    """The word judging the act a subject noun names, and whether it is against it: a verb of
    effect ("the move would crush small businesses", "the extension would discourage
    investment", :data:`~wirecoder.lexicon.propositions.JUDGING_VERBS`) or a copula over a
    judging adjective ("the sanctions are illegal"); None for any other clause."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "csubj") or head.i not in inside or head.i == noun.i:
        return None
    shared = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i in inside
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    shared += [g for c in head.children if c.dep_ == "xcomp" and c.i in inside for g in c.children
               if g.dep_ == "conj" and g.pos_ == "VERB" and g.i in inside and any(d.dep_ == "dobj" for d in g.children)
               and not any(d.dep_ in ("nsubj", "nsubjpass") for d in g.children)]
    for verb in shared:  # "the cap would force some programs to close and cost thousands of jobs": the
        # parser hangs "cost" on "close", but it is the cap that costs the jobs
        if verb.pos_ == "VERB" and (against := JUDGING_VERBS.get(verb.lemma_.lower())) is not None:
            return (verb if verb.head.i == head.i or verb.i == head.i else head), against
    if head.lemma_ == "go" and any(c.dep_ == "advmod" and {c.lower_, *(g.lower_ for g in c.children)} in (
            {"far", "enough"}, {"far", "too"}) for c in head.children):
        return head, True  # "the cut did not go far enough": for more of it; "the ban goes too far": against it
    if head.lemma_ == "be":
        adjective = next((c for c in head.children if c.dep_ == "acomp" and c.i in inside
                          and c.lower_ in _JUDGING_ADJECTIVES), None)
        if adjective is not None:
            return head, _JUDGING_ADJECTIVES[adjective.lower_]
        attr = next((c for c in head.children if c.dep_ == "attr" and c.i in inside and c.pos_ == "NOUN"), None)
        if attr is not None and (against := _judging_noun(attr)) is not None:
            return head, against  # "closing waters is the wrong answer", "a new tax would be a mistake"
    if head.lemma_ == "make" and any(c.dep_ in ("ccomp", "oprd", "xcomp") and any(
            g.lower_ in _HARMED_STATES for g in c.subtree) for c in head.children):
        return head, True  # "a new resolution would only make things worse", "will make bread unaffordable"
    if head.lemma_ in _DRIVING_VERBS and any(c.dep_ == "prep" and c.lower_ == "into" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _HARMS for g in c.children) for c in head.children):
        return head, True  # "the increase would push millions into poverty"
    return None


#: What "make" a thing is that condemns the act making it: "make things worse", "make bread unaffordable".
_HARMED_STATES = frozenset("worse unaffordable unbearable unlivable poorer".split())
#: Verbs of driving someone into a harm ("push millions into poverty"), and the harms.
_DRIVING_VERBS = frozenset("push drive plunge force throw tip".split())
_HARMS = frozenset("poverty debt hunger misery chaos crisis recession unemployment bankruptcy ruin".split())

#: Nouns a copula judges an act by: True when they condemn it ("a mistake", "a betrayal"),
#: False when they commend it ("the answer", "the right step", "the only way out").
_JUDGING_NOUNS: dict[str, bool] = {
    **dict.fromkeys("""mistake error blunder betrayal disaster catastrophe provocation folly
    humiliation surrender capitulation""".split(), True),
    **dict.fromkeys("answer solution way option step priority necessity remedy".split(), False),
}
_BAD_MODIFIERS = frozenset("wrong bad false dangerous terrible grave serious huge big".split())
_GOOD_MODIFIERS = frozenset("right only best good correct necessary honest clean sensible".split())


def _red_line(copula: Token) -> bool:
    """Is the copula's predicate "a red line"?"""
    return any(c.dep_ == "attr" and c.lemma_.lower() == "line" and any(
        m.lower_ == "red" and m.dep_ in ("amod", "compound") for m in c.children) for c in copula.children)


def _judging_noun(attr: Token) -> bool | None:
    """Whether a predicate noun condemns (True) or commends (False) what its subject names: "a
    mistake", "a grave error" condemn; "the right answer", "the only way out", "a good step"
    commend, "the wrong answer" condemns; None for any other noun."""
    noun = attr.lemma_.lower()
    if noun == "line" and any(c.lower_ == "red" and c.dep_ in ("amod", "compound") for c in attr.children):
        return True  # "any extension would be a red line"
    if noun not in _JUDGING_NOUNS:
        return None
    mods = {c.lower_ for c in attr.children if c.dep_ in ("amod", "advmod")}
    mods |= {a.lower_ for p in attr.children if p.dep_ == "prep" and p.lower_ == "in" for d in p.children
             if d.dep_ == "pobj" and d.lemma_ == "direction" for a in d.children if a.dep_ == "amod"}
    # "a step in the right direction", "a step in the wrong direction"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in attr.children) or any(
            c.dep_ == "neg" for c in attr.head.children):
        return None  # "not a mistake", "no answer": left to a reading of its own
    if _JUDGING_NOUNS[noun]:
        return True
    if mods & _BAD_MODIFIERS:
        return True  # "the wrong answer"
    if mods & _GOOD_MODIFIERS or noun in ("answer", "solution", "remedy"):
        return False  # "the only honest way out", "the answer"
    return None  # "a step", "an option": not a judgement alone


def _judged_act_statements(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> list[_FoundStatement]:
    """A measure judged by what it does or is: "the move would crush small businesses" is against
    the act "the move" names, "a hike would be acceptable as long as wages keep rising" for it
    (conditional). The act is done by whoever the article says does it (:func:`_judged_act`),
    not by the speaker's side: a reaction judges someone else's act as often as its own."""
    judged = _judgement(noun, inside)
    if judged is None or noun.i in index.token_entity or _in_question(index, judged[0]):
        return []
    judge, against = judged
    walk = walk_clause(judge, inside)
    if is_subordinate(walk.top) or _in_relative(walk.top, inside) or is_antecedent(walk.top) or any(
            governor_lemma(t) not in GOVERNORS for t in walk.tokens[1:]):
        return []
    if judge.lemma_ not in ("be", "go") and is_past(walk, quote) or quote.kind == "direct" and is_past(walk, quote):
        return []  # "the ban hurt farmers": a report; "said the move was unacceptable", "said the cut did
        # not go far enough": backshifted judgements
    if noun.pos_ == "PRON" and (noun := _judged_referent(index, quote, noun, inside)) is None:
        return []
    misread = _misread_gerund(noun)
    held = _judged_gerund(index, quote, noun, inside, misread) if _gerund(noun) or misread else _judged_act(
        index, quote, noun, inside)
    if held is None:
        return []
    subject_text, frame = held
    undoing = _article_act(index, noun.lemma_.lower(), judge) if noun.lemma_.lower() in MEASURE_NOUNS else None
    if undoing is not None and undoing != "keep" and frame.object:
        # "This law will not be withdrawn" in the story, then "the law is incompatible with ...":
        # against the law is for withdrawing it, the act the story argues about
        key = text_key(undoing, frame.object, gazetteer=index.gazetteer)
        frame = replace(frame, predicate=Predicate(undoing, key.partition(":")[0]), code=key.partition(":")[2] or None)
        against = not against
    stance, hedge = assess(walk.links + _cue_links(index, quote, walk, inside), condition=walk.condition,
                           condition_depth=walk.condition_depth, denies=frame.predicate.denies)
    frame = replace(frame, predicate=replace(frame.predicate, denies=False))
    if against:
        stance = flip_stance(stance)
    if hedge == "firm" and _red_line(judge):
        hedge = "absolute"  # "a VAT increase is a red line for us": not to be crossed
    tokens = sorted({*noun.subtree, judge, *(t for c in judge.children if c.dep_ not in (
        "punct", "advcl", "cc", "conj", "nsubj") for t in c.subtree)}, key=lambda t: t.i)
    tokens = [t for t in tokens if t.i in inside and not t.is_punct] or [noun]
    key = proposition_key(subject_text, frame.predicate, frame.code)
    return [_FoundStatement(judge.i, judge.sent.start, subject_text, frame, key, stance, hedge, stance == "against",
                            hedge == "absolute", (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))]


def _judged_referent(index: ArticleIndex, quote: Quote, pronoun: Token, inside: set[int]) -> Token | None:
    """The measure or move a judged "it" stands for: the object of the verb a cue participle
    hangs on ("welcomed the move, saying it would help public finances"), else the pronoun's
    antecedent (:func:`~.referents.antecedent`: "We oppose this reform. It will hurt workers");
    None when that is no measure or move."""
    doc = index.doc
    cue = _cue_word(index, quote)
    noun = None
    if cue is not None and cue.dep_ == "advcl" and cue.tag_ == "VBG":
        noun = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if noun is None:
        noun = _quote_antecedent(index, pronoun, inside)
    return noun if noun is not None and noun.lemma_.lower() in _MEASURES_OR_MOVES else None


def _misread_gerund(noun: Token) -> str | None:
    """The verb of a gerund the parser read as a compound of its object ("Closing | waters is the
    wrong answer"): the first word of the subject, ending in -ing, a verb's form; None otherwise."""
    first = noun.left_edge
    if first.i == noun.i or first.dep_ != "compound" or first.head.i != noun.i or not first.lower_.endswith("ing"):
        return None
    return verb_of_noun(first.lower_)


def _judged_gerund(index: ArticleIndex, quote: Quote, gerund: Token, inside: set[int],
                   verb: str | None = None) -> tuple[str, Frame] | None:
    """(subject text, frame) of the act a judged gerund names ("Closing waters is the wrong
    answer"): the article's last clause of that verb with a noun object, by that clause's actors
    ("called on London to close British waters to Norwegian vessels" → the United Kingdom closes
    ...); else the gerund's own clause by the holder's side. None when neither has an actor.
    ``verb``: the verb of a gerund misread as a compound of ``gerund``, its object."""
    earlier = act_object_verb(index.doc, gerund, verb or gerund.lemma_.lower(), gerund.sent.start, noun_object=True)
    if earlier is not None and (actors := _clause_actors(index, earlier, quote) or (
            [] if (c := _controller(earlier, set(range(earlier.sent.start, earlier.sent.end)) - {earlier.head.i}))
            is None else resolve_subject(index, c, _NARRATION))):  # "called on London to close ...": London
        subject_text = " and ".join(a.name for a in actors)
        frame = open_frame(earlier, set(range(earlier.sent.start, earlier.sent.end)), subject_text, len(actors) > 1,
                           index.gazetteer, renamed=index.renamed)
        return (subject_text, frame) if frame is not None and frame.object else None
    holders = _holder_actors(index, quote)
    if not holders or any(c.dep_ in ("nsubj", "poss") for c in gerund.children):
        return None
    subject_text = " and ".join(a.name for a in holders)
    if verb is not None:  # "Closing waters": the verb and the rest of the phrase as its object
        return subject_text, keyed_frame(verb, act_arguments([gerund], inside - {gerund.left_edge.i}, index.renamed),
                                         subject_text, len(holders) > 1, index.gazetteer)
    frame = open_frame(gerund, inside, subject_text, len(holders) > 1, index.gazetteer, renamed=index.renamed)
    return (subject_text, frame) if frame is not None and frame.object else None


def _judged_act(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> tuple[str, Frame] | None:
    """(subject text, frame) of the act a judged noun names: an act noun with words of its own
    ("the extension of the rent brake") by its owner or, failing one, by whoever did it before in
    the article; a bare act noun ("the extension") as the article's last clause of its verb
    with an object ("agreed to extend the rent brake"), by that clause's subject; a noun that
    names no act of its own ("the move", "the cap", "a hike") after a referring determiner, as the
    article's lead act (:func:`_lead_act`). None when the act or its actor is unknown."""
    verb = verb_of_noun(noun.lemma_) if _act_noun(noun) else None
    owner, _ = _thing_owner(index, noun, inside)
    if (light := light_act(noun.lemma_)) is not None and not any(c.dep_ == "poss" for c in noun.children):
        # "a second referendum would be a betrayal of voters": holding one, by the holder's side
        actors = [owner] if owner is not None else _holder_actors(index, quote)
        if not actors:
            return None
        subject_text = " and ".join(a.name for a in actors)
        return subject_text, _light_act_frame(index, noun, inside, subject_text, len(actors) > 1, light)
    if verb is not None and owner is not None:
        frame = _act_frame(index, noun, inside, owner.name, False, verb, arguments=True)
        return (owner.name, frame) if frame is not None and frame.object else None
    if verb is not None and not _bare_reference(noun):
        earlier = act_object_verb(index.doc, noun, verb, noun.i, noun_object=True)
        actors = _clause_actors(index, earlier, quote) if earlier is not None else []
        if not actors and (lead := _lead_act(index, quote, noun.i)) is not None:
            actors = lead[0]
        if not actors:
            return None
        subject_text = " and ".join(a.name for a in actors)
        frame = _act_frame(index, noun, inside, subject_text, len(actors) > 1, verb, arguments=True)
        return (subject_text, frame) if frame is not None and frame.object else None
    if verb is not None and (earlier := act_object_verb(index.doc, noun, verb, noun.i, noun_object=True)) is not None:
        actors = _clause_actors(index, earlier, quote)
        if actors:
            subject_text = " and ".join(a.name for a in actors)
            frame = open_frame(earlier, set(range(earlier.sent.start, earlier.sent.end)), subject_text,
                               len(actors) > 1, index.gazetteer, renamed=index.renamed)
            return (subject_text, frame) if frame is not None and frame.object else None
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if det is not None and det.lower_ in _REFERRING_DETERMINERS and noun.lemma_.lower() in _PLAN_WORDS and (
            planned := _earlier_plan(index, quote, noun)) is not None:
        return planned  # "would implement the plan" after "presented plans for a second year of kindergarten"
    if det is not None and det.lower_ in _REFERRING_DETERMINERS | {"its", "their"} and (
            measure := _earlier_measure(index, quote, noun)) is not None:
        return measure  # "the ban breaches the trade agreement" after "would keep its ban on sandeel fishing"
    if det is not None and det.lower_ in _REFERRING_DETERMINERS and noun.lemma_.lower() in _MEASURES_OR_MOVES:
        for mod in (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"):
            if (measure := _earlier_measure(index, quote, noun, word=mod)) is not None:
                return measure  # "the emergency measures" after "promised to declare a state of emergency"
    if verb is None and (act := act_verb(noun.lemma_)) is not None and _of_object(noun, inside) is None and (
            compound_patient(noun, inside) is None) and (earlier := _earlier_act(index.doc, noun)) is not None and (
            actors := _holder_actors(index, quote)):
        # "A boycott would punish our players" after "calls for a boycott of the World Cup": boycotting it
        subject_text = " and ".join(a.name for a in actors)
        frame = _act_frame(index, earlier, set(range(earlier.sent.start, earlier.sent.end)), subject_text,
                           len(actors) > 1, act, arguments=True)
        return (subject_text, frame) if frame is not None and frame.object else None
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("a", "an", "any") and (act := act_verb(noun.lemma_)) is not None and (
            compound_patient(noun, inside)) is not None and (actors := _holder_actors(index, quote)):
        # "A VAT increase is a red line for us": raising VAT, by the holder's side
        subject_text = " and ".join(a.name for a in actors)
        frame = _act_frame(index, noun, inside, subject_text, len(actors) > 1, act)
        return (subject_text, frame) if frame is not None and frame.object else None
    if det is None or any(c.dep_ != "det" and not (c.is_quote and c.dep_ == "punct") for c in noun.children):
        return None  # "some measures", "the new measures": not the act the story leads with (an opening
        # mark the parser hung on it is no word of its own: "called the decision “a grave mistake”")
    named = verb is not None or act_verb(noun.lemma_) is not None  # "a hike", "the cap"
    if det.lower_ not in _REFERRING_DETERMINERS and not (det.lower_ in ("a", "an") and named):
        return None  # "any deal": no act the story named
    measure = noun.lemma_.lower() in MEASURE_NOUNS
    if noun.lemma_.lower() not in _GENERIC_ACTS and (not named and not measure
                                                     or measure and det.lower_ not in _REFERRING_DETERMINERS):
        return None  # "the weather would hurt the harvest": no act at all; "a ban": no act the story led with
    # "the cap would force some programs to close": a measure the story named by its act ("will cut the
    # number of study permits"), the act it leads with
    lead = _lead_act(index, quote, noun.i)
    return None if lead is None else (" and ".join(a.name for a in lead[0]), lead[1])


#: Nouns of a change to a constitution ("constitutional amendments", "changes to the constitution").
_AMENDING_NOUNS = frozenset({"amendment", "change", "revision", "reform"})
#: Verbs that change a constitution: all read as amending it ("will not change the constitution").
_AMENDING_VERBS = frozenset({"amend", "change", "revise", "rewrite", "modify", "alter"})
#: Verbs that act on proposed amendments as on the amending itself: "put the amendments to a vote",
#: "will not back them", "adopt the constitutional changes".
_AMENDMENT_ACTS = frozenset("""put submit bring back support endorse adopt approve pass accept
oppose reject block""".split())
_AMENDMENT_REFUSALS = frozenset({"oppose", "reject", "block"})


def _constitutional(noun: Token) -> bool:
    """"constitutional amendments", "amendments to the constitution", "a change of the constitution"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _AMENDING_NOUNS and any(
        c.dep_ == "amod" and c.lemma_.lower() == "constitutional" or c.dep_ == "prep" and c.lower_ in ("to", "of")
        and any(g.dep_ == "pobj" and g.lemma_.lower() == "constitution" for g in c.children) for c in noun.children)


def _amendment_mention(index: ArticleIndex, noun: Token, inside: set[int]) -> Token | None:
    """The constitutional amendments a noun or pronoun names: itself ("constitutional amendments
    recognising a Bulgarian minority"), or the earlier mention a bare "the amendments", "them"
    refers back to. None for any other noun."""
    if noun.pos_ == "PRON" and noun.lower_ in ("it", "them", "this", "these") and not any(noun.children):
        noun = _quote_antecedent(index, noun, inside)
        if noun is None:
            return None
    if _constitutional(noun):
        return noun
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _AMENDING_NOUNS:
        return None
    return next((t for t in reversed(index.doc[:noun.i]) if t.lemma_ == noun.lemma_ and _constitutional(t)), None)


def _amending_frame(index: ArticleIndex, quote: Quote, mention: Token, subject: str | None) -> tuple[str, Frame] | None:
    """(subject, frame) of amending the constitution, the act ``mention`` ("constitutional
    amendments recognising a Bulgarian minority") proposes: "North Macedonia amends its
    constitution to recognise a Bulgarian minority", by ``subject`` when given, else by whoever
    the clause of the first mention names (North Macedonia's government puts them to a vote),
    else the holder's side."""
    if subject is None:
        clause = next((a for a in mention.ancestors if a.pos_ in ("VERB", "AUX")), None)
        actors = _clause_actors(index, clause, quote) if clause is not None else []
        actors = [index.acting_state(a) for a in actors if a.type != "PERSON"] or _holder_actors(index, quote)
        if not actors:
            return None
        subject = " and ".join(a.name for a in actors)
    purpose = next((c for c in mention.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
    obj = "its constitution"
    if purpose is not None:
        ballot = {t.i for c in purpose.children if c.dep_ == "prep" and any(
            g.lemma_.lower() in ("vote", "referendum", "ballot", "parliament") for g in c.children) for t in c.subtree}
        rest = [t for t in purpose.subtree if t.i != purpose.i and not t.is_punct and t.i not in ballot]
        # "recognising a Bulgarian minority | to a vote": the parser hangs the vote on the participle
        obj += " to " + " ".join([lemma(purpose.text), *(t.text for t in rest)]) if rest else ""
    return subject, keyed_frame("amend", obj, subject, False, index.gazetteer)


def _on_constitution(index: ArticleIndex, quote: Quote, found: _FoundStatement, inside: set[int]) -> _FoundStatement:
    """``found`` as amending the constitution when that is what it does: "will not write Bulgarians
    into the constitution" (amends its constitution to include Bulgarians), "will not change the
    constitution", "will put constitutional amendments recognising a Bulgarian minority to a vote",
    "will not back them" (the amendments: against amending it, by the country, not the party). Any
    other statement is returned as it is."""
    if found.frame.predicate.text == "amend":
        return found  # read as amending it already ("we oppose amendments ...")
    verb = index.doc[found.verb]
    lemma_ = verb.lemma_.lower()
    kids = list(verb.children)
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    into = next((g for c in kids if c.dep_ == "prep" and c.lower_ in ("into", "in") for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() == "constitution"), None)
    if lemma_ in ("write", "enshrine", "include") and into is not None and dobj is not None:
        words = [t.text for t in dobj.subtree if t.i in inside and not t.is_punct]
        frame = keyed_frame("amend", "its constitution to include " + " ".join(words), found.subject, False,
                            index.gazetteer)
        subject = found.subject
    elif lemma_ in _AMENDING_VERBS and dobj is not None and dobj.lemma_.lower() == "constitution":
        rest = (found.frame.object or "").split(" ", 2)  # "the constitution to allow a third term"
        tail = rest[2] if len(rest) > 2 and rest[1].lower() == "constitution" else ""
        frame = keyed_frame("amend", " ".join(filter(None, ["its constitution", tail])), found.subject,
                            found.frame.plural, index.gazetteer)
        subject = found.subject
    elif lemma_ in _AMENDMENT_ACTS and dobj is not None and (
            mention := _amendment_mention(index, dobj, inside)) is not None:
        own = None if lemma_ not in ("put", "submit", "bring") else found.subject
        held = _amending_frame(index, quote, mention, own)
        if held is None:
            return found
        subject, frame = held
        if lemma_ in _AMENDMENT_REFUSALS:  # "will reject the amendments": against amending it
            stance = flip_stance(found.stance)
            return replace(found, subject=subject, frame=frame, key=proposition_key(subject, frame.predicate, frame.code),
                           stance=stance, negated=stance == "against")
    else:
        return found
    key = proposition_key(subject, frame.predicate, frame.code)
    return replace(found, subject=subject, frame=frame, key=key)


#: Verbs that carry out a move the story named ("implement the plan", "go ahead with the move") and
#: verbs that put it off or undo it ("postpone the move", "shelve the plan": against the move).
_CARRYING_OUT = frozenset("implement execute apply adopt approve enact introduce pursue proceed".split())
_PUTTING_OFF = frozenset("postpone delay defer suspend shelve scrap drop abandon withdraw reverse cancel "
                         "halt freeze rethink reconsider".split())


#: Nouns of a plan that name what it is for: "plans for a second year of kindergarten", "a
#: proposal to cap rents".
_PLAN_WORDS = frozenset({"plan", "proposal", "scheme"})


def _earlier_plan(index: ArticleIndex, quote: Quote, noun: Token) -> tuple[str, Frame] | None:
    """(subject, frame) of the act an earlier "plans for X" / "a proposal to X" names, which "the
    plan" refers back to: its "to" clause ("a proposal to cap rents" → caps rents), or for its "for"
    phrase the act a noun names ("plans for the sale of the port" → sells the port) or else
    introducing the thing ("plans for a compulsory second year of kindergarten" → introduces it);
    by whoever the clause holding the mention names (the plan's owner, else the holder's side)."""
    doc = index.doc
    for i in range(noun.i - 1, -1, -1):
        tok = doc[i]
        if tok.lemma_.lower() not in _PLAN_WORDS or tok.pos_ != "NOUN":
            continue
        scope = set(range(tok.sent.start, tok.sent.end))
        to = next((c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        thing = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if to is None and thing is None:
            continue
        owner, _ = _thing_owner(index, tok, scope)
        actors = [owner] if owner is not None else (_clause_actors(index, tok.head, quote) if tok.head.pos_ == "VERB"
                                                    else []) or _holder_actors(index, quote)
        if not actors:
            return None
        subject_text, plural = " and ".join(a.name for a in actors), len(actors) > 1
        if to is not None:
            frame = open_frame(to, scope, subject_text, plural, index.gazetteer, renamed=index.renamed)
            return (subject_text, frame) if frame is not None and frame.object else None
        scope -= {t.i for c in tok.sent if c.dep_ == "prep" and c.i != prep.i and (
            is_deadline(c) or calendar_date(c) or c.lower_ in ("from", "by", "until") or any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)) for t in c.subtree}
        # "from autumn 2027", "on Tuesday": when, not what
        if (act := light_act_of(thing) or act_verb(thing.lemma_)) is not None:
            frame = _act_frame(index, thing, scope, subject_text, plural, act, arguments=True)
        else:
            words = " ".join(t.text for t in thing.subtree if t.i in scope and not t.is_punct)
            frame = keyed_frame("introduce", words, subject_text, plural, index.gazetteer)
        return (subject_text, frame) if frame is not None and frame.object else None
    return None


def _on_referred_move(index: ArticleIndex, quote: Quote, found: _FoundStatement,
                      inside: set[int]) -> _FoundStatement:
    """``found`` on the act the story named, when its object only refers back to it: "his province
    would implement the plan only if Vienna paid" (the plan: introducing a second kindergarten year)
    is for that act, "urged the government to postpone the move" against it. Any other statement
    is returned as it is."""
    verb = index.doc[found.verb]
    lemma = verb.lemma_.lower()
    if lemma not in _CARRYING_OUT and lemma not in _PUTTING_OFF:
        return found
    noun = next((c for c in verb.children if c.dep_ == "dobj") if lemma != "proceed" else (
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"),
        None)
    if noun is None or noun.lemma_.lower() not in _GENERIC_ACTS or not any(
            c.dep_ == "det" and c.lower_ in _REFERRING_DETERMINERS for c in noun.children) or any(
            c.dep_ not in ("det", "amod") for c in noun.children):
        return found  # "implement a new plan", "the plan for the north": an act of its own
    held = _judged_act(index, quote, noun, inside)
    if held is None:
        return found
    subject_text, frame = held
    stance = flip_stance(found.stance) if lemma in _PUTTING_OFF else found.stance
    if frame.predicate.denies:  # the story's act was a refusal: "will not renew the licences"
        stance, frame = flip_stance(stance), replace(frame, predicate=replace(frame.predicate, denies=False))
    key = proposition_key(subject_text, frame.predicate, frame.code)
    return replace(found, subject=subject_text, frame=frame, key=key, stance=stance, negated=stance == "against")


def _told_kept(index: ArticleIndex, quote: Quote, verb: Token, walk: Walk) -> tuple[list, Frame] | None:
    """(actors, frame) of the story's clause that keeps the lasting clause's subject in its state
    (:func:`_earlier_kept`), by that clause's actors; None without one."""
    state = _kept_state(verb)
    if walk.subject is None or walk.subject.pos_ != "NOUN" or state is None or state.lower_ == "in":
        return None
    earlier = _earlier_kept(index, walk.subject, state)
    actors = _clause_actors(index, earlier, quote) if earlier is not None else []
    if not actors:
        return None
    frame = open_frame(earlier, set(range(earlier.sent.start, earlier.sent.end)), " and ".join(a.name for a in actors),
                       len(actors) > 1, index.gazetteer, renamed=index.renamed)
    return (actors, frame) if frame is not None and frame.object else None


def _earlier_kept(index: ArticleIndex, noun: Token, state: Token) -> Token | None:
    """The earlier clause that keeps the same thing in the same state ("will keep the Adre border
    crossing with Chad open"), which "the crossing should stay open" restates; None without one."""
    for tok in reversed(index.doc[:noun.i]):
        if tok.pos_ == "VERB" and tok.lemma_ in ("keep", "leave", "hold") and any(
                c.dep_ == "dobj" and c.lemma_.lower() == noun.lemma_.lower() for c in tok.children) and any(
                t.lower_ == state.lower_ for t in tok.subtree):  # "keep the crossing with Chad open" (parsed "with ... open")
            return tok
    return None


def _earlier_measure(index: ArticleIndex, quote: Quote, noun: Token, *, word: Token | None = None
                     ) -> tuple[str, Frame] | None:
    """The act on a measure a referring noun names, as the article put it before: the last
    clause with the same noun as its object and an actor as subject ("the government would also
    keep its ban on sandeel fishing ..." then "the ban breaches the trade agreement" → the United
    Kingdom keeps its ban on sandeel fishing ...). Verbs of saying, asking or attitude over the
    noun ("criticized the ban") are not the act; the search goes on before them. ``word``: the
    noun's modifier, found instead in the earlier object's phrase ("the emergency measures" after
    "promised to declare a state of emergency")."""
    doc = index.doc
    for i in range(noun.i - 1, -1, -1):
        tok = doc[i]
        if word is not None:
            if tok.lemma_ != word.lemma_ or tok.pos_ != "NOUN":
                continue
            while tok.dep_ in ("pobj", "compound") and tok.head.dep_ in ("prep", "dobj") or tok.dep_ == "prep":
                tok = tok.head  # "a state of | emergency" → "state"
        if word is None and tok.lemma_ != noun.lemma_ or tok.pos_ != "NOUN" or tok.dep_ != "dobj" \
                or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        if lemma in REPORTING_VERBS or governor_lemma(verb) in GOVERNORS or lemma in _DIRECTIVE_CUES \
                or lemma in STANCE_VERBS or lemma in _EVALUATIVE_VERBS:
            continue
        actors = _clause_actors(index, verb, quote)
        if not actors:
            return None
        subject_text = " and ".join(a.name for a in actors)
        scope = {verb.i, *(t.i for t in tok.subtree), *(p.i for p in verb.children if p.dep_ == "prt")}
        scope |= {t.i for p in verb.children if p.dep_ == "prep" and p.i == tok.right_edge.i + 1 for t in p.subtree}
        # "keep its ban | on sandeel fishing": the noun's complement the parser hung on the verb
        frame = open_frame(verb, scope, subject_text, len(actors) > 1, index.gazetteer, renamed=index.renamed)
        return (subject_text, frame) if frame is not None and frame.object else None
    return None


#: Verbs that judge a measure rather than act on it: "criticized the ban", "welcomed the law".
_EVALUATIVE_VERBS = frozenset("""welcome praise criticize criticise condemn denounce reject dismiss
blast slam applaud hail question dispute challenge defend oppose support back""".split())


_NARRATION = Quote("", "indirect", span_at("", 0, 0), None, Speaker(None, None, None))


def _clause_actors(index: ArticleIndex, verb: Token, quote: Quote) -> list:
    """The actors a clause's subject (or the subject that controls its infinitive) names, read
    in the words of whoever says the clause: its own quote's speaker, or the narrator ("the
    government" in a Danish speaker's quote is not the British government of the narration)."""
    scope = set(range(verb.sent.start, verb.sent.end))
    own = walk_clause(verb, scope).subject or _controller(verb, scope)
    if own is None:
        return []
    rank = index.quoted.get(verb.i)
    said = index.quotes[rank] if rank is not None else _NARRATION
    actors = resolve_subject(index, own, said)
    if not actors and own.pos_ == "NOUN":  # "Germany's governing coalition agreed to extend ...": Germany
        owner, _ = _thing_owner(index, own, scope)
        actors = [owner] if owner is not None else []
    if not actors and own.lemma_.lower() in LEGISLATURE_NOUNS | GOVERNMENT_NOUNS and not any(
            c.dep_ in ("poss", "compound", "amod") for c in own.children) and (
            country := index.country(index.article_country)) is not None:
        actors = [country]  # "after parliament passed a law ...": the story's country's
    return actors


def _lead_act(index: ArticleIndex, quote: Quote, before: int) -> tuple[list, Frame] | None:
    """The act the story leads with, the one a reaction's "the move" refers to: in the first
    sentences before token ``before``, the first clause that is no report, attitude or
    itinerary, with a noun object and a subject naming an actor ("The Bank of Japan will raise
    its short-term policy rate at this week's meeting, Deputy Governor X told ..." → the Bank of
    Japan raises its short-term policy rate). None when the lead reports no such act."""
    doc = index.doc
    own = {a.i for a in doc[before].ancestors} if before < len(doc) else set()  # the reaction's own clause
    for n, sent in enumerate(doc.sents):
        if n >= 3 or sent.start >= before:
            return None
        scope = set(range(sent.start, sent.end))
        for tok in sent:
            if tok.i in own:
                continue
            if tok.pos_ != "VERB" or tok.lemma_.lower() in REPORTING_VERBS or governor_lemma(tok) in GOVERNORS \
                    or tok.lemma_ in _ITINERARY or tok.dep_ in ("relcl", "amod", "advcl", "pcomp") \
                    or tok.lemma_.lower() in STANCE_VERBS:
                continue  # "would never accept a European tax": an attitude to a measure, not the act
            if tok.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in tok.children):
                continue  # "a plan announced by X": a participle of a noun (one with a subject is a
                # misparsed clause: "TOKYO, Jan. 20 (Kyodo) - The Bank of Japan will raise ...")
            if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
                continue
            actors = _clause_actors(index, tok, quote)
            if not actors:
                continue
            frame = open_frame(tok, scope, " and ".join(a.name for a in actors), len(actors) > 1,
                               index.gazetteer, renamed=index.renamed)
            if frame is not None and frame.object:
                if assess(walk_clause(tok, scope).links)[0] == "against":
                    # "Namibia will not renew the licences ...": the move is not renewing them
                    frame = replace(frame, predicate=replace(frame.predicate, denies=not frame.predicate.denies))
                return actors, frame
    return None


def _earlier_object_act(index: ArticleIndex, quote: Quote, noun: Token) -> tuple[str, Frame] | None:
    """The act a bare noun denied by "there will be no ..." names when the article named it
    before as a verb's object: "... unless the Electoral Commission orders a recount" then
    "there will be no recount" → the Electoral Commission orders a recount (the earlier clause's
    subject when it names an actor, else the holder's side). Verbs that ask for it or
    report it ("demanded a recount", "announced a recount") are not the act; the noun must have
    no words of its own ("no recount", not "no recount of the ballots")."""
    if any(c.dep_ in ("prep", "compound", "amod", "acl", "relcl") for c in noun.children):
        return None
    doc = index.doc
    for i in range(noun.sent.start - 1, -1, -1):
        tok = doc[i]
        if tok.lemma_ != noun.lemma_ or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        if lemma in GOVERNORS or lemma in REPORTING_VERBS or lemma in _DIRECTIVE_CUES or lemma in STANCE_VERBS:
            return None
        own = walk_clause(verb).subject  # "unless the Electoral Commission orders a recount": whose act it was
        actors = (resolve_subject(index, own, quote) if own is not None else []) or _holder_actors(index, quote)
        if not actors:
            return None
        subject_text = " and ".join(a.name for a in actors)
        scope = set(range(verb.i, tok.right_edge.i + 1))
        frame = open_frame(verb, scope, subject_text, len(actors) > 1, index.gazetteer, renamed=index.renamed)
        return (subject_text, frame) if frame is not None and frame.object else None
    return None


def _cue_root(index: ArticleIndex, quote: Quote) -> Token | None:
    """The cue's head word when the cue is a governor outside the quote ("ruled out")."""
    cue = _cue_word(index, quote) if quote.kind != "direct" else None
    return cue if cue is not None and governor_lemma(cue) in GOVERNORS else None


def _cue_act_statements(index: ArticleIndex, quote: Quote, noun: Token, inside: set[int]) -> list[_FoundStatement]:
    """An act named by a noun that the cue governs, in a mixed quote ("ruled out any return to the
    talks “as long as ...”"): the act by the holder's side, stance and hedge from the cue's chain.
    Without quoted words the same shape reports an act (an event), not a position."""
    cue = noun.head
    if quote.kind != "mixed" and cue.lemma_ != "call":
        return []  # "ruled out a boycott" without quoted words reports an act (an event), not a quote;
        # "called the plan unacceptable" judges it
    actors = _holder_actors(index, quote)
    if noun.i in index.questions or not actors:
        return []
    held = _judged_act(index, quote, noun, inside) if cue.lemma_ == "call" and (
        noun.lemma_.lower() in _REFERRED_MEASURES) else None  # "called the decision “a grave mistake”": the
    if held is not None:  # act the story named, by whoever does it there
        subject_text, frame = held
        frame = replace(frame, predicate=replace(frame.predicate, denies=False))
    else:
        subject_text = " and ".join(a.name for a in actors)
        frame = _act_frame(index, noun, inside, subject_text, len(actors) > 1, act_verb(noun.lemma_), arguments=True)
    if frame is None or not frame.object:
        return []
    links = [_link_of_act(noun), *walk_clause(cue).links]
    stance, hedge = assess(links, condition=_has_condition_inside(noun, inside))
    if cue.lemma_ == "call":  # "called any extension “out of the question”", "called the cut “a mistake”"
        judged = _called_judgement(cue, noun)
        if judged is None:
            return []  # a name or a description given, no position
        against, absolute = judged
        if against:
            stance = flip_stance(stance)
        if absolute:
            hedge = "absolute"
    tokens = [t for t in noun.subtree if t.i in inside and not t.is_punct] or [noun]
    key = proposition_key(subject_text, frame.predicate, frame.code)
    return [_FoundStatement(noun.i, noun.sent.start, subject_text, frame, key, stance, hedge, stance == "against",
                            hedge == "absolute", (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))]


def _called_judgement(cue: Token, noun: Token) -> tuple[bool, bool] | None:
    """(against, absolute) of what "call" says an act is: "out of the question" (against,
    absolute), a judging noun or adjective ("a mistake", "unacceptable", "the right step"); None
    for anything else."""
    rest = [c for c in cue.children if c.i > noun.i and c.dep_ in ("prep", "oprd", "xcomp", "acomp", "attr")]
    for c in rest:
        words = " ".join(t.lower_ for t in c.subtree if not t.is_punct)
        if words.startswith("out of the question"):
            return True, True
        if c.pos_ == "NOUN" and (against := _judging_noun(c)) is not None:
            return against, False
        if c.lower_ in _JUDGING_ADJECTIVES:
            return _JUDGING_ADJECTIVES[c.lower_], False
    return None


def _link_of_act(noun: Token):
    """The content link of an act noun, with its own "no" as a negation."""
    return Link(noun.lemma_.lower(), sum(1 for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), ())


def _has_condition_inside(noun: Token, inside: set[int]) -> bool:
    """A condition clause in the act noun's own phrase ("any return to the talks if ...")."""
    return any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children)
               for t in noun.subtree if t.i in inside)


def _means_gerund(verb: Token, inside: set[int]) -> Token | None:
    """The gerund of a passive's "by" phrase of means ("the revenue would be found | by cutting
    travel spending"): how the act is done, by the holder's side; None without one."""
    return next((g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" and c.i in inside
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i in inside), None)


def _in_relative(top: Token, inside: set[int]) -> bool:
    """Is the clause inside a relative clause of the quote ("anything that would make Serbia
    reconsider ...")? A relative clause outside the quote is the cue's ("the embassy, which said
    that the two countries should ..."): it reports, it does not restrict, the quote."""
    return any(a.dep_ == "relcl" and a.i in inside for a in top.ancestors)


def _in_question(index: ArticleIndex, verb: Token) -> bool:
    """Is ``verb`` in a question (rhetorical questions assert nothing literal)? Read from the sentences of the quote
    being read, marked once per quote in ``index.questions``."""
    return verb.i in index.questions


def _gerund_of_cue(index: ArticleIndex, quote: Quote, verb: Token, inside: set[int]) -> bool:
    """The content of "ruled out reopening wage talks", "refused to rule out resuming
    operations": a gerund that is the object of the cue outside the quote."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("dobj", "xcomp", "pcomp", "advcl") or verb.head.i in inside:
        return False
    cue = _cue_word(index, quote) if quote.kind != "direct" else None
    return cue is not None and cue.i == verb.head.i and governor_lemma(
        cue) in GOVERNORS and cue.lemma_ != "deny"  # "denied supplying missiles": a deed denied


#: Nouns of a view held of something: "the idea that ...", "the claim that ...".
_VIEW_NOUNS = frozenset("""idea notion claim suggestion allegation accusation assertion view perception
narrative characterization characterisation impression""".split())


def _described(verb: Token) -> bool:
    """Is the verb's object a view whose content only describes ("reject the idea that BRICS is
    an anti-Western bloc", "dismissed claims that the talks were dead")? Accepting or rejecting
    a description is a factual claim, not a position on an act."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _VIEW_NOUNS and any(
        g.dep_ in ("acl", "ccomp") and g.lemma_ == "be" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                              for m in g.children)
        for g in c.children) for c in verb.children)


def _other_alternative(verb: Token) -> bool:
    """Is ``verb`` the "or" clause of an "either ... or" ("Either we price carbon at home, or
    Brussels will price it for us")? It names what follows when the first alternative is not
    taken, not a position of its own. Read from the words, as the parse often hangs the second
    clause elsewhere: an "or" opening the clause, after an "either" in the sentence."""
    doc, sent = verb.doc, verb.sent
    k = verb.i - 1
    while k >= sent.start and doc[k].dep_ in _CLAUSE_OPENERS and doc[k].lower_ != "or":
        k -= 1
    if k < sent.start or doc[k].lower_ != "or":
        return False
    return any(t.lower_ == "either" for t in doc[sent.start:k])


#: Dependents that may stand between a clause's "or" and its verb: "or Brussels will ...".
_CLAUSE_OPENERS = frozenset({"nsubj", "aux", "neg", "advmod", "compound", "det", "amod", "poss", "punct"})


def _regards(verb: Token) -> bool:
    """"see each other as partners", "we see it as a threat": a verb of perceiving with an object
    and an "as" phrase regards, it does not report."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


#: Verbs of will over an object and a bare participle: "wants the law passed".
_WANTING = frozenset({"want", "like", "need"})


def _wanted_done(verb: Token) -> bool:
    """Is ``verb`` the bare participle of "wants the law passed", "would like the troops
    withdrawn", a passive without its auxiliary? The parse makes the object its subject and may
    tag a regular participle as a past tense, which a verb of will cannot take."""
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBN", "VBD") and verb.head.lemma_ in _WANTING and not any(
        c.dep_ in ("aux", "auxpass", "mark", "neg") for c in verb.children) and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


#: Verbs of letting a thing be done: "will not allow the status quo to be altered".
_PERMITTING = frozenset({"allow", "permit", "let", "tolerate"})
#: Governors of stopping another's act: "block any attempt to", "veto any move to".
_BLOCKING = frozenset({"block", "veto", "thwart"})


def _anyones_attempt(tok: Token) -> bool:
    """"any attempt to", "any move to": an attempt by whoever makes it, not the holder's own."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in {"attempt", "effort", "move", "bid"} and any(
        c.dep_ == "det" and c.lower_ == "any" for c in tok.children)


def _other_party(index: ArticleIndex, quote: Quote, own: list) -> Actor | None:
    """The other side of a story for a holder whose side is ``own`` (and the holder's): the
    country or organization the article names most (at least twice, no tie), no news medium."""
    side = {a.name for a in [*own, *_holder_actors(index, quote)]}
    entity = _most_named([(len(e.mentions), e) for e in index.entities.values() if e.type in ("COUNTRY", "ORG")
                          and not is_news_medium(e.name) and index.actor(e).name not in side])
    return None if entity is None else index.actor(entity)


def _clause_statements(index: ArticleIndex, quote: Quote, verb: Token, inside: set[int],
                       gerund: bool = False) -> list[_FoundStatement]:
    """The statements of the clause headed by ``verb``; ``gerund``: a gerund the cue governs,
    whose subject is the holder's side ("ruled out reopening wage talks")."""
    if verb.lemma_.lower() in REPORTING_VERBS and not _regards(verb) or _in_question(index, verb):
        return []
    passive = (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _wanted_done(verb)) and not (
        _attitude_participle(verb))  # "France is opposed to the agreement": an attitude France holds
    walk = walk_clause(verb, inside)
    if gerund and walk.subject is None and verb.dep_ == "advcl" and (doer := next(
            (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.i in inside), None)) is not None:
        walk.subject, walk.subject_owner = doer, verb  # "did not rule out Egypt sending officers": Egypt sends
    if gerund and walk.subject is None and (holders := _holder_actors(index, quote)):
        return _statements_of(index, quote, verb, inside, walk, holders, " and ".join(a.name for a in holders))
    if any(governor_lemma(t) not in GOVERNORS and not _carrier(t, walk) and not _attitude_over_noun(t, walk)
           for t in walk.tokens[1:]):
        return []  # under a word whose effect on the proposition is unknown ("can't wait to")
    if verb.dep_ == "advcl" and verb.head.lemma_ in _ITINERARY and verb.head.i in inside and not any(
            c.dep_ in ("mark", "nsubj") for c in verb.children):
        return []  # "will meet his counterparts next week to coordinate policy": a schedule's purpose
    if verb.dep_ == "advcl" and verb.head.i in inside and (aim := purpose(verb.head, inside)) is not None \
            and aim.i == verb.i:
        return []  # "will not weaken controls to improve ties": part of the head's proposition
    if is_subordinate(walk.top) and not _asked_clause(walk.top):
        return []  # "the decision was made after Tokyo refused to change ...": a reason or time
    if _described(verb):
        return []  # "we reject the idea that BRICS is an anti-Western bloc": a description denied
    if _other_alternative(verb):
        return []  # "either we price carbon at home, or Brussels will price it for us": what follows if not
    if is_antecedent(walk.top) and not _asked_clause(walk.top):
        return []  # "if Brussels is ready to move on shellfish, ...": what the position hangs on
    if any(has_goal(t) for t in walk.tokens):
        return []  # "must deliver on judicial reform before it can close any chapter": the goal's condition
    if not walk.reattached and _in_relative(walk.top, inside):
        return []  # inside a relative clause ("anything that would make Serbia reconsider ...")
    if walk.subject is not None and walk.subject_owner is not None and walk.subject_owner.i != verb.i and any(
            governor_lemma(t) in _BLOCKING or _anyones_attempt(t) for t in walk.tokens[1:]) and (
            other := _other_party(index, quote, resolve_subject(index, walk.subject, quote))) is not None:
        # "Hungary would block any attempt to impose quotas", "will not allow any attempt to alter the
        # status quo": the attempt is another's
        return _statements_of(index, quote, verb, inside, walk, [other], other.name)
    if walk.subject is None:
        walk.subject = _controller(walk.top, inside)
    if walk.subject is None and _attitude_participle(verb):
        walk.subject = next((c for a in [verb, *(a for a in verb.children if a.dep_ == "auxpass")]
                             for c in a.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        walk.subject_owner = verb if walk.subject is not None else None
    if walk.subject is None or walk.subject.i not in inside:
        if _own_infinitive(index, quote, walk, inside) and (holders := _holder_actors(index, quote)):
            # "vowed to reject any deal ...", "threatened to close the border if ...": the content
            # is the speaker's own act, as the cue's subject
            return _statements_of(index, quote, verb, inside, walk, holders,
                                  " and ".join(a.name for a in holders))
        if _existential_governor(walk) and (holders := _holder_actors(index, quote)):
            # "there is no question of withdrawing our troops": no one named, the holder's side
            return _statements_of(index, quote, verb, inside, walk, holders,
                                  " and ".join(a.name for a in holders))
        return []
    owner = walk.subject_owner
    if walk.subject.lower_ == "it" and owner is not None and owner.lemma_ == "be" and owner.i != verb.i \
            and not _controlling_adjective(walk):
        return []  # "it is incumbent upon X to ...": an expletive, not a referent
    if is_imperative(walk.top) or is_past(walk, quote):
        return []
    if not passive and (given := _permitter(index, quote, verb, walk, inside)) is not None:
        return _statements_of(index, quote, verb, inside, walk, *given)  # "both sides let civilians leave"
    patient = None  # a passive's subject is what is acted on: "convoys would be allowed"
    if passive:
        patient = walk.subject if walk.subject_owner is not None and (walk.subject_owner.i == verb.i or (
            verb.dep_ == "conj" and verb.head.i == walk.subject_owner.i)) else None  # "X was ... and would be settled"
        if patient is None or patient.pos_ == "PRON" and not _anyone_who(patient) or patient.lower_ in _NEGATIVE_PRONOUNS:
            return []  # "anyone who attacks public property will be prosecuted" names whom it is done to
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None and verb.lemma_.lower() in _AMENDMENT_ACTS and (
                mention := _amendment_mention(index, patient, inside)) is not None and (
                held := _amending_frame(index, quote, mention, None)) is not None:
            # "Bulgaria expected the amendments to be adopted": the country amending its constitution
            subject_text, frame = held
            stance, hedge = assess(walk.links + _cue_links(index, quote, walk, inside), condition=walk.condition,
                                   condition_depth=walk.condition_depth)
            if verb.lemma_.lower() in _AMENDMENT_REFUSALS:
                stance = flip_stance(stance)  # "expected the amendments to be rejected"
            words = [t for t in patient.subtree if t.i in inside] + [verb]
            words = sorted((t for t in {*words, *(t for c in verb.children if c.dep_ not in (
                "punct", "advcl", "cc", "conj", "nsubjpass") for t in c.subtree)} if t.i in inside and not t.is_punct),
                key=lambda t: t.i)
            key = proposition_key(subject_text, frame.predicate, frame.code)
            return [_FoundStatement(verb.i, verb.sent.start, subject_text, frame, key, stance, hedge,
                                    stance == "against", hedge == "absolute",
                                    (words[0].idx, words[-1].idx + len(words[-1].text)))]
        above = [*walk.tokens[1:], walk.top.head] if walk.top.dep_ in ("ccomp", "xcomp") else walk.tokens[1:]
        if agent is None and (any(t.lemma_ in _OTHERS_ACTS or lemma(t.lower_) in _OTHERS_ACTS for t in above)
                              or _cue_lemma(index, quote) in _OTHERS_ACTS and walk.top.head.i not in inside):
            return []  # "expected the amendments to be adopted", "hoped a deal could be reached": by others
        forced = agent is not None and agent.lemma_.lower() in FORCE_NOUNS  # "altered by force": a means
        agent = None if forced else agent
        actors = resolve_subject(index, agent, quote) if agent is not None else _holder_actors(index, quote)
        if forced and any(t.lemma_ in _PERMITTING for t in walk.tokens[1:]) and (
                other := _other_party(index, quote, actors)) is not None:
            actors = [other]  # "will not allow the status quo to be altered by force": by the other side
        if agent is None and actors and {a.name for a in resolve_subject(index, patient, quote)} & {
                a.name for a in actors}:
            return []  # "Hungary will not be pressured", "we will not be intimidated": done to the side, by others
        subject_text = " and ".join(a.name for a in actors)
        if agent is None and (means := _means_gerund(verb, inside)) is not None:
            # "the revenue would be found by cutting travel spending": the side's act is the cut
            return _statements_of(index, quote, means, inside, walk, actors, subject_text) if actors else []
    elif walk.subject.lower_ not in _NEGATIVE_PRONOUNS:
        actors = _pair(index, walk.subject, quote) or resolve_subject(index, walk.subject, quote) or _asker(
            index, walk, quote)
        subject_text = " and ".join(a.name for a in actors) or _subject_phrase(
            walk.subject, inside, addressee=_directive(index, quote, walk, inside),
            speaker=quote.speaker.name, voice=_speaks_for_group(index, quote))
    else:
        return []
    if any(governor_lemma(t) in _OTHERS_ACTS for t in walk.tokens[1:]) and (
            not actors or walk.tokens[0].dep_ == "xcomp" and walk.tokens[0].head.i == walk.tokens[1].i
            and governor_lemma(walk.tokens[1]) == "expect" and not any(
                c.dep_ == "dobj" for c in walk.tokens[1].children)):
        # "the government hoped the bank would act ...": a wish for what no actor named is to do;
        # "the government expected to choose a contractor by the end of the year": a forecast of
        # its own act, not a commitment to it
        return []
    if not actors and subject_text and _restricted_class(walk.subject):
        walk.condition = True  # "member states facing the weaponization of migration could ...": if they face it
    state = _kept_state(verb) if not actors and not passive else None
    lasting = not actors and not passive and verb.lemma_ in _PERSISTENCE and not any(
        c.dep_ in ("dobj", "attr", "prep", "xcomp", "ccomp", "oprd", "acomp") for c in verb.children
        if (state is None or c.i != state.i) and not _before_colon(c, verb) and not _time_phrase(c))
    changed = not actors and not passive and not lasting and _wanted_change(verb, walk)
    if not (subject_text or lasting or changed) and verb.lemma_ in STANCE_VERBS and not passive and (
            act := _named_stance_act(index, quote, verb, inside, [])) is not None:
        # "the city supported the restart": a stance on the act, whoever "the city" is
        return _statements_of(index, quote, verb, inside, walk, [], act.subject_text, frames=[act], act=True)
    if not (subject_text or lasting or changed) or not actors and walk.top.dep_ == "acl" and walk.top.head.i in inside:
        return []  # a condition's content ("on the condition that the monitors stay") needs an actor
    frames = clause_frames(index, verb, inside, actors) if actors and not passive else []
    frames = [f for f in frames if f.known] or frames
    frames = [_with_object(f, verb, inside, index) for f in frames]
    act = None if any(f.known for f in frames) else _stance_act(index, quote, verb, inside, actors)
    if act is not None:
        frames = [act]
    elif not any(f.known for f in frames):
        plural = len(actors) > 1 or not actors and plural_phrase(walk.subject)
        if changed and (holders := [a for a in _governor_actors(index, walk, quote) if a.type != "PERSON"]):
            # "Oslo wanted the talks to resume": the one who wants it does it
            actors = holders
            subject_text, plural = " and ".join(a.name for a in actors), len(holders) > 1
            opened = ergative_frame(verb, walk.subject, inside, subject_text, plural, index.gazetteer, index.renamed)
        elif lasting and (told := _told_kept(index, quote, verb, walk)) is not None:
            # "the crossing should stay open" after "Sudan will keep the Adre border crossing with Chad
            # open": the story's act, by whoever keeps it there
            (actors, opened), state = told, None
            subject_text = opened.subject_text
        elif lasting and (holders := _governor_actors(index, walk, quote)):
            # "the ban will stay", "this position will hold": the holder keeps it
            actors, patient = holders, walk.subject
            subject_text, plural = " and ".join(a.name for a in actors), len(holders) > 1
            scope = inside
            if patient.lower_ in ("it", "this", "that") and (ante := _quote_antecedent(index, patient, inside)) is not None \
                    and _hyphenated_lemma(ante) in _LASTING_MEASURES:
                # "this cease-fire is not unconditional. It continues as long as ...": the cease-fire kept
                patient, scope = ante, inside | set(range(ante.left_edge.i, ante.right_edge.i + 1))
            verb_frame = persistence_frame(patient, scope, subject_text, plural, index.gazetteer, index.renamed)
            if verb_frame is not None and patient is not walk.subject:  # "this cease-fire" out of its sentence
                verb_frame = replace(verb_frame, object=re.sub(r"^(?:this|that) ", "the ", verb_frame.object))
            if verb_frame is not None and state is not None and state.lower_ != "in":  # "stay open": kept open
                kept = f"{verb_frame.object} {state.lower_}"
                key = text_key("keep", kept, gazetteer=index.gazetteer)
                verb_frame = replace(verb_frame, object=kept, code=key.partition(":")[2] or None)
            opened = verb_frame
        elif not subject_text:
            return []
        else:
            pronoun = _pronoun_object(verb)
            renamed = index.renamed
            if pronoun is not None and pronoun.lower_ in _NOUN_PRONOUNS and (
                    antecedent := _antecedent(index, pronoun, inside)):
                renamed = {**index.renamed, pronoun.i: antecedent}  # "we will defend it" → the law
            ours = speaker_possessives(verb, inside, actors, _holder_actors(index, quote))  # "from our territory"
            opened = open_frame(verb, inside, subject_text, plural, index.gazetteer, patient=patient,
                                renamed={**renamed, **ours} if ours else renamed)
            if opened is not None and pronoun is not None and renamed is index.renamed:
                opened = None  # "paying it with the pensions ...": what "it" is, the quote does not say
            if opened is None and pronoun is None:
                opened = _elided_decision(index, verb, subject_text, plural)  # "the government would appeal"
        frames = [opened] if opened is not None else frames
    return _statements_of(index, quote, verb, inside, walk, actors, subject_text, frames, act is not None)


#: Copulas that carry a governing adjective: "remained committed to reaching", "stays ready to".
_COPULAS = frozenset({"be", "remain", "stay"})


#: Prepositions of a time phrase a verb of lasting may carry when a time follows ("stays for now",
#: "through 2027"); an "until" phrase lasts whatever follows it (:func:`_time_phrase`).
_TIME_PREPOSITIONS = frozenset("through throughout beyond for".split())
_HOW_LONG = frozenset("notice time being now moment day week month year decade".split())


#: Verbs of a thing starting, stopping or changing that someone can make happen to it: "wanted
#: the talks to resume", "hopes the crossing will reopen".
_ERGATIVE_VERBS = frozenset("resume reopen open close continue end stop start begin restart expand halt".split())


def _wanted_change(verb: Token, walk: Walk) -> bool:
    """A thing, not an actor, as the subject of a change under a word of will ("wanted the talks
    to resume", "insisted that the crossing reopen"), with no object of its own."""
    subject = walk.subject
    return verb.lemma_.lower() in _ERGATIVE_VERBS and subject is not None and subject.pos_ == "NOUN" and len(
        walk.tokens) > 1 and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp") for c in verb.children) and any(
        (g := GOVERNORS.get(governor_lemma(t))) is not None and not g.negative and g.hedge == "firm"
        for t in walk.tokens[1:])


def _time_phrase(child: Token) -> bool:
    """A phrase saying how long: "until further notice", "until 2027", "for the time being"."""
    if child.dep_ != "prep":
        return False
    if is_deadline(child) or child.lower_ in ("until", "till"):
        return True  # "until further notice", "until a solution is found": any "until" lasts
    if child.lower_ == "for" and any(g.dep_ == "pcomp" and g.lower_ == "long" for g in child.children):
        return True  # "stay open for as long as people are starving"
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return child.lower_ in _TIME_PREPOSITIONS and bool(objects) and all(
        g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _HOW_LONG for g in objects)


def _before_colon(child: Token, verb: Token) -> bool:
    """Is ``child`` a clause of its own the parse hung on ``verb`` across a colon ("Our position
    has not changed: the crossings stay shut")?"""
    return child.dep_ == "ccomp" and child.i < verb.i and any(
        c.lower_ == ":" and child.i < c.i < verb.i for c in verb.children)


def _kept_state(verb: Token) -> Token | None:
    """The state word of "the centres will stay open", "the crossings remain shut": a verb of
    lasting over a bare adjective or participle of the table of kept states
    (:data:`~wirecoder.lexicon.states.RESULT_STATES`), or the "in" of "the ban will stay in
    force", "remains in place" (:data:`~wirecoder.lexicon.states.IN_FORCE`); None otherwise."""
    if verb.lemma_ not in ("stay", "remain"):
        return None
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and c.lower_ in RESULT_STATES and not any(
                g.dep_ not in ("advmod", "neg") for g in c.children):
            return c
        kids = [g.lemma_.lower() for g in c.children]
        if c.dep_ == "prep" and c.lower_ == "in" and len(kids) == 1 and kids[0] in IN_FORCE:
            return c  # "in force": the measure kept as it is
    return None


def _controlling_adjective(walk: Walk) -> bool:
    """Does the chain climb through an adjective of will or refusal ("ready", "willing",
    "prepared", "reluctant"), whose subject does the act? Then the "it" of "it is ready to shut
    the rest" is a referent (the country), not the expletive of "it is incumbent upon X to" or
    "it is possible to", whose adjectives judge the act rather than take an agent."""
    for t in walk.tokens[1:]:
        gov = GOVERNORS.get(governor_lemma(t)) if t.pos_ == "ADJ" else None
        if gov is not None and (gov.negative or gov.hedge == "firm"):
            return True
    return False


def _subject_judge(verb: Token, inside: set[int]) -> Token | None:
    """The verb whose subject phrase holds the clause of ``verb`` ("a law allowing police to
    collect the data violates the constitution" → ``violates``), climbing only through
    modifiers and complements of nouns and infinitives; None when the clause is no part of a
    subject."""
    tok = verb
    while tok.dep_ in ("acl", "xcomp", "ccomp", "relcl", "prep", "pobj", "dobj", "conj") and tok.head.i in inside \
            and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "xcomp", "conj", "relcl"):
            return None  # a clause of its own above the act: not a subject's phrase
    if tok.dep_ not in ("nsubj", "nsubjpass", "csubj") or tok.head.i not in inside:
        return None
    return tok.head


def _condemned(verb: Token, inside: set[int]) -> bool:
    """Is the clause of ``verb`` part of the subject of a verb that condemns it ("a law allowing
    police to collect the data violates the constitution", "plans to cut pensions would hurt the
    poor", :data:`~wirecoder.lexicon.propositions.JUDGING_VERBS`)? The speaker then is against the
    act the subject names."""
    judge = _subject_judge(verb, inside)
    return judge is not None and JUDGING_VERBS.get(judge.lemma_.lower(), False)


def _undone_state(frame: Frame, verb: Token, index: ArticleIndex) -> Frame:
    """A state kept, read as the act argued about, denied (the one table of kept and undone
    states, :mod:`wirecoder.lexicon.states`): "the crossings will stay shut", "keep the border
    with Belarus closed" (held as keeping them shut) are against reopening them, "keep the import
    banned" against allowing it, "the ban will stay" (a measure kept as it is) against lifting
    it, or against the act the article's quotes name on it ("the law would stay" where "this law
    will not be withdrawn" is said: against withdrawing it). A state with no undoing ("keep the
    crossing open") stays as worded, and so does a measure the holder keeps in so many words
    ("keep its ban on sandeel fishing", "the freeze will remain in place"); "the protests will
    continue" is continuing them; "close the centres" where the article's quotes keep them open
    is against keeping them open."""
    words = frame.predicate.text.split()
    obj = (frame.object or "").split()
    states = [k for k, w in enumerate(obj) if w.lower() in RESULT_STATES]
    if frame.object is None and not frame.known:
        return frame
    if verb.lemma_ in KEEPING_VERBS and words[0] in RESULT_STATES.values() and any(
            c.lower_ in RESULT_STATES and RESULT_STATES[c.lower_] == words[0] for c in verb.children):
        positive = undoing(words[0])  # "keep the crossings with Belarus shut": close the crossings → reopen
        if positive is not None and frame.known:  # a table's predicate: "close the border with" → reopen it
            undone = _undone_table(frame.predicate.slug, positive)
            return frame if undone is None else replace(
                frame, predicate=replace(undone, denies=not frame.denies))
        predicate = " ".join([positive, *words[1:]]) if positive else None
    elif frame.known and words != ["keep"]:
        return frame  # a table's own act ("close the border with"); "keep" is a table's key read in the words said
    elif words == ["keep"] and states:
        # "the crossings will stay shut", "keep its border closed to asylum seekers": kept shut
        predicate = undoing(RESULT_STATES[obj[states[-1]].lower()])
        del obj[states[-1]]
        undone = _undone_table(frame.predicate.slug, predicate) if frame.known and predicate else None
        if undone is not None and obj:  # "keep the Rafah crossing closed": the table's reopening, as worded
            return replace(frame, predicate=Predicate(predicate, undone.slug, denies=not frame.denies),
                           object=" ".join(obj))
    elif words == ["keep"] and verb.lemma_ == "continue":
        return replace(frame, predicate=Predicate("continue", "continue"))  # "the protests would continue"
    elif words == ["keep"] and (state := _kept_state(verb)) is not None and state.lower_ == "in":
        return frame  # "the freeze will remain in place": kept in force, as worded
    elif words == ["keep"] and verb.lemma_ in LASTING_VERBS and (kept := _lasting_subject(verb)) is not None:
        measure = kept.lemma_.lower()
        predicate = _article_act(index, measure, verb) or (
            undoing(measure=measure) if kept.head == verb else None)  # "It will stay": kept, as worded
        if predicate in KEEPING_VERBS:
            return frame  # the article's quotes say keeping it: "to keep its ban ... in place"
    elif len(words) == 1 and (undone := {w for w, act in RESULT_STATES.items() if act in COMPLEMENTS.get(
            words[0], ())}) and (kept := _kept_in_article(index, obj, verb)) in undone:
        # "close the centres" where the article's quotes "keep the centres open": against keeping them open
        obj.append(kept)
        predicate = "keep"
    else:
        return frame
    obj = " ".join(obj)
    if predicate is None or not obj:
        return frame
    slug, _, code = text_key(predicate, obj, gazetteer=index.gazetteer).partition(":")
    return replace(frame, predicate=Predicate(predicate, slug, denies=not frame.denies), object=obj,
                   code=code or None)


def _undone_table(slug: str, positive: str) -> Predicate | None:
    """The synonym table's predicate that undoes the table's predicate ``slug`` with the verb
    ``positive``: ("close_border", "reopen") → "reopen the border with"; None without one."""
    text = next((t for t, (s, _) in PREDICATES.items() if s == slug), None)
    return canonical_predicate(" ".join([positive, *text.split()[1:]])) if text else None


def _lasting_subject(verb: Token) -> Token | None:
    """The noun that lasts in "the ban will stay", "the law remains in force", "the protests
    will continue", or that "it" refers back to ("The fee is legal and it stays"); None for a name."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("it", "this") and not any(subject.children):
        subject = antecedent(subject, sentence_before(verb.doc, verb.sent.start))
    return subject if subject is not None and subject.pos_ == "NOUN" else None


#: Verbs that undo a kept measure (the negative members of the table that complement keeping).
_UNDOING_VERBS = frozenset(v for v, positives in COMPLEMENTS.items() if "keep" in positives)


def _kept_in_article(index: ArticleIndex, obj: list[str], verb: Token) -> str | None:
    """The state the article's quotes keep the thing of an object in (the object's words),
    first in the text: "open" for "the centres" where a quote says "will keep its migrant
    centres in Albania open"; None when no quote keeps it in a state."""
    nouns = {lemma(w) for w in obj}
    for t in index.doc:
        if t.i == verb.i or t.i not in index.quoted or t.lemma_.lower() not in KEEPING_VERBS:
            continue
        kept = next((c for c in t.children if c.dep_ == "dobj"), None)
        if kept is None or kept.lemma_.lower() not in nouns:
            continue
        last = list(kept.subtree)[-1]  # "centres in Albania open": the parse may read the state into the object
        state = next((c for c in t.children if c.dep_ in ("oprd", "acomp", "ccomp") and c.i > t.i
                      and c.lower_ in RESULT_STATES), last if last.lower_ in RESULT_STATES else None)
        if state is not None:
            return state.lower_
    return None


def _article_act(index: ArticleIndex, measure: str, verb: Token) -> str | None:
    """The act the article's quotes name on a measure (its noun lemma), first in the text: a
    verb of keeping or undoing over it as object or passive subject ("this law will not be
    withdrawn", "to keep its ban ... in place"); None when no quote names one. The lasting
    clause's own quote naming the undoing ("The freeze will stay. I am not going to lift it")
    says it in its own clause, and the lasting clause stays the keeping (``keep``)."""
    own = index.quoted.get(verb.i)
    for t in index.doc:
        if t.i == verb.i or t.i not in index.quoted or t.pos_ not in ("VERB", "AUX"):
            continue
        act = t.lemma_.lower()
        if index.quoted[t.i] == own and act in _UNDOING_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _NOUN_PRONOUNS for c in t.children):
            return "keep"
        if (act in KEEPING_VERBS or act in _UNDOING_VERBS) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == measure for c in t.children):
            return "keep" if index.quoted[t.i] == own else act
    return None


def _carrier(tok: Token, walk: Walk) -> bool:
    """Does ``tok`` only carry the chain without acting on it: "be" and "have" ("has to"), or a
    copula of lasting over the governing adjective below it ("Egypt remained committed to
    reaching an agreement")?"""
    if tok.lemma_ in ("be", "have"):
        return True
    if tok.lemma_ == "keep" and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i != walk.tokens[0].i and any(
            c.i == t.i for t in walk.tokens) and governor_lemma(c) in GOVERNORS for c in tok.children):
        return True  # "would keep pressing China to release ...": the pressing goes on
    return tok.lemma_ in _COPULAS and any(t.pos_ == "ADJ" and t.head.i == tok.i and t.dep_ == "acomp"
                                          for t in walk.tokens)


def _attitude_over_noun(tok: Token, walk: Walk) -> bool:
    """Is ``tok`` a stance verb over the governing noun below it in the chain ("will not support
    Australia's bid to host the talks", "welcomes any effort to reopen the crossing")? Its
    polarity is its own (a refusal among them is a governor already) and its negations count."""
    k = next((j for j, t in enumerate(walk.tokens) if t.i == tok.i), 0)
    below = walk.tokens[k - 1] if k > 0 else None
    return tok.lemma_.lower() in STANCE_VERBS and below is not None and below.pos_ == "NOUN" and (
        below.dep_ == "dobj" and below.head.i == tok.i and below.lemma_.lower() in GOVERNORS)


#: Governors of what others are to do: a passive under them has no agent the holder could be.
_OTHERS_ACTS = frozenset("expect hope wish".split())
_ANYONE = frozenset("anyone anybody someone somebody everyone everybody".split())


def _anyone_who(pronoun: Token) -> bool:
    """"anyone who attacks public property": a free-choice pronoun narrowed by a relative clause."""
    return pronoun.lower_ in _ANYONE and any(c.dep_ == "relcl" for c in pronoun.children)


def _permitter(index: ArticleIndex, quote: Quote, verb: Token, walk: Walk, inside: set[int]):
    """(actors, subject text, frames) of a clause a verb of permission lets happen, as
    annotators write it: the proposition is the permission, held by whoever gives it ("urged both
    sides to let civilians leave Zamzam and to allow aid convoys to reach El Fasher" → both sides
    allow aid convoys to reach El Fasher; "we will not allow the police to arrest our officials"
    → the speaker's side allows it). None when the giver is no actor ("the new program would
    allow the government to lift controls" is the government lifting them)."""
    perm = permission_verb(verb, inside)
    if perm is None or any(c.dep_ == "nsubj" and c.lower_ in _ANYONE for c in verb.children):
        return None  # "will not let anyone sign away our future": about the act, whoever does it
    top = perm.head if perm.dep_ == "conj" and permission_verb(perm.head, inside) is not None else perm
    top = top.head if top is not perm else top  # "let X leave ... and to allow Y": the first verb's giver
    own = walk_clause(top, inside)
    giver = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _controller(top, inside) \
        or own.subject
    if giver is None or giver.i not in inside or giver.lower_ in _NEGATIVE_PRONOUNS:
        return None
    actors = _pair(index, giver, quote) or resolve_subject(index, giver, quote)
    subject_text = " and ".join(a.name for a in actors) or (
        _subject_phrase(giver, inside, addressee=True) if _directive(index, quote, own, inside) else "")
    frame = open_frame(perm, inside, subject_text, len(actors) > 1 or plural_phrase(giver), index.gazetteer,
                       renamed=index.renamed) if subject_text else None
    return (actors, subject_text, [frame]) if frame is not None else None


#: Verbs of approving what exists: over a thing (not an act) they state no proposition.
_APPROVALS = frozenset({"welcome", "hail", "praise", "applaud"})


def _statements_of(index: ArticleIndex, quote: Quote, verb: Token, inside: set[int], walk: Walk, actors: list,
                   subject_text: str, frames: list | None = None, act: bool = False) -> list[_FoundStatement]:
    """The statements of a clause whose subject is read: one per frame that states a position."""
    if frames is None:
        frames = clause_frames(index, verb, inside, actors)
        frames = [f for f in frames if f.known] or frames
        frames = [_with_object(f, verb, inside, index) for f in frames]
        if not any(f.known for f in frames):
            opened = open_frame(verb, inside, subject_text, len(actors) > 1, index.gazetteer, renamed=index.renamed)
            frames = [opened] if opened is not None else frames
    cue_links = _cue_links(index, quote, walk, inside)
    out = []
    for frame in frames:
        frame = _undone_state(frame, verb, index)
        frame = _left_country(index, frame, actors)
        if frame.predicate.text in _APPROVALS and not frame.known and not any(
                c.dep_ == "dobj" and verb_of_noun(c.lemma_.lower()) for c in verb.children):
            continue  # "Moscow welcomes the interest of our Kazakh friends": approval of what is, no act
            # (an act welcomed is read as the act: "we welcome Kazakhstan joining the bloc")
        stance_verb = (verb.lemma_ in STANCE_VERBS or act) and frame.object is not None and all(
            t.lemma_ == "be" for t in walk.tokens[1:])  # "we support", "it is not that we do not want"
        declared = quote.kind == "direct" and verb.lemma_ in ("stay", "remain") and verb.tag_ in ("VBZ", "VBP") \
            and walk.subject is not None and getattr(_quote_antecedent(index, walk.subject, inside) if (
                walk.subject.lower_ in ("it", "this")) else walk.subject, "lemma_", "").lower() in _LASTING_MEASURES
        # "The fee stays.", "The fee is legal and it stays.": the speaker declares the measure kept
        if not (_policy_like(walk, frame) or cue_links or stance_verb or declared
                or _directive(index, quote, walk, inside)):
            continue
        if verb.lemma_ in _ITINERARY and not frame.known and any(a.type == "PERSON" for a in actors):
            continue  # "the minister would visit Vilnius next week": a schedule, not a position
        stance, hedge = assess(walk.links + cue_links, condition=walk.condition, denies=frame.denies,
                               condition_depth=walk.condition_depth)
        judge = _subject_judge(verb, inside)
        if judge is not None and judge.lemma_.lower() not in JUDGING_VERBS:
            continue  # "a bill allowing Poland to deport ... was passed in 2019": the subject's description
        if _condemned(verb, inside):
            stance = flip_stance(stance)  # "a law allowing police to collect ... violates the constitution"
        negated = frame.denies or any(l.negations for l in walk.links) or any(
            GOVERNORS.get(l.lemma) is not None and GOVERNORS[l.lemma].negative for l in walk.links[1:]
        )
        owned = walk.subject_owner is not None and any(t.i == walk.subject_owner.i for t in walk.tokens)
        extra = (walk.coordinated_future, walk.subject) if walk.coordinated_future is not None else ()
        tokens = evidence_tokens(verb, walk.tokens, walk.subject if owned else None, inside, extra)
        first, last = tokens[0], tokens[-1]
        key = proposition_key(frame.parties or frame.subject_text, frame.predicate, frame.code)
        out.append(
            _FoundStatement(verb.i, verb.sent.start, frame.subject_text, frame, key, stance, hedge, negated,
                   hedge == "absolute", (first.idx, last.idx + len(last.text)), deadline_text(verb, inside))
        )
    return out


# -- sentence-level scope ----------------------------------------------------------------------
def _left_country(index: ArticleIndex, frame: Frame, actors: list) -> Frame:
    """A departure without a place ("would not ask Turkish military advisers to leave") leaves
    the story's country (its dateline's, or the one the lede names) when the ones leaving are
    no actor of it: "Turkish military advisers leave Libya". Any other frame as it is."""
    if frame.object or frame.predicate.text not in _DEPARTURES or index.article_country is None:
        return frame
    country = index.country(index.article_country)
    if country is None or any(a.code == country.code for a in actors) or country.name in frame.subject_text:
        return frame
    return keyed_frame("leave", country.name, frame.subject_text, frame.plural, index.gazetteer)


#: Intransitive departures from a place: "to leave", "will withdraw", "pull out".
_DEPARTURES = frozenset({"leave", "withdraw", "pull out"})


def _reinforcers(doc: Doc, inside: set[int]) -> list[Token]:
    """Verbs of clauses such as "nothing can change that", "no one will be able to influence
    this": they make the clauses before them in the sentence absolute."""
    out = []
    for i in sorted(inside):
        tok = doc[i]
        if tok.lemma_.lower() not in _REINFORCER_VERBS or tok.pos_ != "VERB":
            continue
        subject = walk_clause(tok, inside).subject
        if subject is not None and (
            subject.lower_ in _NEGATIVE_PRONOUNS
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
        ):
            out.append(tok)
    return out


_REFERRING_SUBJECTS = frozenset("it that this everything all".split())


#: Words opening a sentence that concedes against the one before: "But if ..., we could ...".
_CONCESSIVE_OPENERS = frozenset({"but", "however", "yet", "still"})


#: Words by which a clause opens a door rather than announces an act: "we are ready to talk".
_OPENING_WORDS = frozenset({"ready", "willing", "prepared", "open", "could", "may", "might", "consider"})


def _opening(root: Token) -> bool:
    """Does the clause headed by ``root`` only open a possibility ("we are ready to talk", "we
    could look at it", "would consider it") rather than announce an act ("we will respond")?"""
    words = [root, *(c for c in root.children if c.dep_ in ("aux", "acomp", "xcomp"))]
    return any(w.lower_ in _OPENING_WORDS or w.lemma_ in _OPENING_WORDS for w in words)


def _conceded(doc: Doc, found: list[_FoundStatement], inside: set[int]) -> list[_FoundStatement]:
    """"There is no extension on the table today. But if Brussels moves on shellfish, we are
    ready to talk about access.": a denial followed, in the same quote, by a sentence that opens
    with a contrast and names a condition under which the speaker would open the door (readiness,
    "could", "may": :func:`_opening`), holds only until that condition is met; the denial is
    conditional. A condition for some other act ("But if they attack, we will respond") leaves it. Only plain (firm) denials: an absolute one
    ("never") already excludes the condition, and a favourable statement is not conceded against."""
    sentences = {f.sentence for f in found}
    out = found
    for start in sentences:
        sent = doc[start].sent
        if sent.end not in inside:
            continue  # the quote ends with the sentence
        following = doc[sent.end].sent
        words = [t for t in following if not t.is_punct]
        if not words or words[0].lower_ not in _CONCESSIVE_OPENERS:
            continue
        # the sentence's main clause inside the quote (the cue after it may be the parse's root)
        heads = [t for t in following if t.i in inside and t.pos_ in ("VERB", "AUX")
                 and (t.head.i == t.i or t.head.i not in inside)]
        if not any(has_condition(h) and _opening(h) for h in heads):
            continue
        out = [replace(f, hedge="conditional") if f.sentence == start and f.stance == "against"
               and f.negated and f.hedge == "firm" else f for f in out]
    return out


def _depending(doc: Doc, found: list[_FoundStatement], inside: set[int]) -> list[_FoundStatement]:
    """"We may extend the ban. It depends on what Bolivia does.": a clause saying that what was
    just said depends on something makes it conditional: the statements before it in its
    sentence, and those of the sentence before when it opens its own. A negated one ("it does
    not depend on us") conditions nothing."""
    out = found
    for i in sorted(inside):
        tok = doc[i]
        if tok.lemma_ != "depend" or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in _REFERRING_SUBJECTS or not any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in tok.children):
            continue
        sent = tok.sent
        opens = subject.i == next((t.i for t in sent if not t.is_punct), None)
        before = doc[sent.start - 1].sent.start if opens and sent.start > 0 and sent.start - 1 in inside else None
        out = [replace(f, hedge="conditional") if f.hedge in ("firm", "uncertain") and (
            f.sentence == sent.start and f.verb < tok.i or f.sentence == before) else f for f in out]
    return out


def _defined_away(doc: Doc, found: list[_FoundStatement], inside: set[int]) -> list[_FoundStatement]:
    """"We want the cease-fire to continue. But a cease-fire in which families keep paying ransoms
    is not a cease-fire.": a sentence that denies the name to a kind of the thing ("a deal that
    ... is no deal") makes the quote's statements before it on that thing conditional — on the
    thing being what it should be."""
    out = found
    for i in sorted(inside):
        copula = doc[i]
        if copula.lemma_ != "be" or copula.pos_ != "AUX" or copula.dep_ == "aux":
            continue
        subject = next((c for c in copula.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        attr = next((c for c in copula.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if subject is None or attr is None or _hyphenated_lemma(subject) != _hyphenated_lemma(attr):
            continue
        denied = any(c.dep_ == "neg" for c in copula.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in attr.children)
        if not denied or not any(c.dep_ in ("relcl", "acl") for c in subject.children):
            continue  # "a cease-fire is a cease-fire"; "the cease-fire is not a cease-fire" names no kind
        word = _hyphenated_lemma(subject)
        out = [replace(f, hedge="conditional") if f.hedge == "firm" and f.verb < copula.i and word in (
            f.frame.object or "").lower().replace(" - ", "-") else f for f in out]
    return out


#: Verbs by which a sentence names what an act needs: "But investment needs clear rules".
_REQUIRING = frozenset({"need", "require"})


def _required(doc: Doc, found: list[_FoundStatement], inside: set[int]) -> list[_FoundStatement]:
    """"Our companies are ready to invest in Iran. But investment needs clear rules.": a sentence
    of the same quote that opens with a contrast and says what the act needs, naming the act by
    its noun ("investment" for "invest", :func:`~wirecoder.stages.statements.nominal.verb_of_noun`)
    or referring back ("But it requires ..."), makes the statements on that act in the sentence
    before conditional. A negated need ("it needs no approval") conditions nothing."""
    out = found
    for start in {f.sentence for f in found}:
        sent = doc[start].sent
        if sent.end not in inside:
            continue
        following = doc[sent.end].sent
        words = [t for t in following if not t.is_punct]
        if not words or words[0].lower_ not in _CONCESSIVE_OPENERS:
            continue
        # the sentence's main clause inside the quote (the cue after it may be the parse's root)
        root = next((t for t in following if t.i in inside and t.pos_ in ("VERB", "AUX")
                     and (t.head.i == t.i or t.head.i not in inside)), None)
        if root is None or root.lemma_ not in _REQUIRING or any(c.dep_ == "neg" for c in root.children):
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(c.dep_ == "dobj" and not any(g.lower_ == "no" for g in c.children)
                                      for c in root.children):
            continue
        act = verb_of_noun(subject.lemma_) if subject.pos_ == "NOUN" else None
        referring = subject.lower_ in _REFERRING_SUBJECTS and not any(subject.children)
        out = [replace(f, hedge="conditional") if f.sentence == start and f.hedge in ("firm", "uncertain") and (
            referring or act is not None and doc[f.verb].lemma_.lower() == act) else f for f in out]
    return out


_TAIL_ABSOLUTES = ("not ever", "not under any circumstances", "never", "not at any price", "not at any cost",
                   "not anywhere", "full stop")


def _absolute_tail(doc: Doc, item: _FoundStatement, inside: set[int]) -> bool:
    """A refusal followed by verbless fragments that rule out every occasion: "We will not
    withdraw. Not today, not ever.", "There will be none, not this year, not under any
    circumstances", "Not today, not tomorrow" (occasions listed, one after another, each
    refused), "..., full stop": the refusal is absolute. The fragments are read after the clause to the end
    of its sentence, and the next sentence when it has no verb."""
    sent = doc[item.verb].sent

    def own(t: Token) -> bool:  # no other verb between the word and the statement's verb
        return next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), item.verb) == item.verb

    tail = [t for t in doc[item.verb + 1:sent.end] if t.i in inside and t.pos_ not in ("VERB", "AUX") and own(t)]
    if sent.end < len(doc) and sent.end in inside:
        following = next(iter(doc[sent.end:].sents))
        words = [t for t in following if t.i in inside]
        if words and not any(t.pos_ in ("VERB", "AUX") for t in words):
            tail += words
    words = [t.lower_ for t in tail if not t.is_punct and t.lower_ not in ("and", "or", "even")]
    text = " ".join(words)
    if "not" in words and words[words.index("not"):].count("not") >= 2:
        return True  # "Not today, not tomorrow", "not now, not in April, not after the elections": every occasion
    return any(f" {phrase} " in f" {text} " for phrase in _TAIL_ABSOLUTES)


def _sentence_scope(doc: Doc, found: list[_FoundStatement], inside: set[int]) -> list[_FoundStatement]:
    """Hedges decided by the sentence: a firm statement before a reinforcer ("... and nothing can
    change that") is absolute; so is a firm refusal of the same subject listed after an absolute
    one ("will never impose sanctions ... and will stay out of NATO"), until a contrast ("but")."""
    reinforcers = _reinforcers(doc, inside)
    found = _conceded(doc, _required(doc, _defined_away(doc, _depending(doc, found, inside), inside), inside), inside)
    out: list[_FoundStatement] = []
    source: _FoundStatement | None = None
    for item in sorted(found, key=lambda f: f.verb):
        hedge = item.hedge
        if hedge == "firm" and item.negated and _absolute_tail(doc, item, inside):
            hedge = "absolute"
        if hedge == "firm" and any(r.sent.start == item.sentence and r.i > item.verb for r in reinforcers):
            hedge = "absolute"
        if source is not None and (
            source.sentence != item.sentence
            or any(doc[k].lower_ in _CONTRAST for k in range(source.verb + 1, item.verb))
        ):
            source = None
        if source is not None and hedge == "firm" and item.negated and item.subject == source.subject:
            hedge = "absolute"
        if item.own_absolute and item.negated:
            source = item
        out.append(replace(item, hedge=hedge))
    return out
