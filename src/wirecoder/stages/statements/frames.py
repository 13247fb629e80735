"""Predicate, object and evidence of a statement's clause. Used by :mod:`wirecoder.stages.statements.find`.

The predicate is the verb lemma with its particle and the complement words before the object
("impose sanction on", "stay out of", "become member state"), normalised by
:mod:`wirecoder.lexicon.keys`; the object is an actor (coded) or a noun phrase. One clause gives
one frame per object actor ("sanctions on Russia and Belarus"). Copulas give frames only for
relations ("Serbia and Russia are strategic partners"), memberships ("a NATO member state") and the
tables' states ("remain neutral"); verbs without an object only for acts ("resign", "retaliate").
Pronoun objects ("call it reform") and light verbs outside the tables ("do something") give none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from spacy.tokens import Token

from ...lexicon.propositions import (
    AGAINST_COUNTERS,
    ATTITUDE_VERBS,
    COMPOUND_OBJECT_NOUNS,
    CONCEPTS,
    CONDUCT_STATES,
    COUNTER_ATTITUDES,
    GENERIC_SECTOR_WORDS,
    INTRANSITIVE_ACTS,
    PHRASAL_ACTS,
    INSTRUMENT_NOUNS,
    LEFT_UNDONE,
    LEGISLATURE_NOUNS,
    MEANS_VERBS,
    OBJECT_PREDICATIVES,
    POSSESSIVE_OBJECT_NOUNS,
    RESULT_STATES,
    SHELL_NOUNS,
    TELLING_NOUNS,
    VOTED_NOUNS,
)
from ...lexicon.keys import (
    Predicate,
    canonical_predicate,
    concept_predicate,
    generic_predicate,
    lemma,
    relation_predicate,
)
from ...lexicon.propositions import FUNCTION_WORDS
from ...lexicon.roles import BODY_HEADS, CORE_HEADS
from ..timex.lexicon import MONTHS
from .referents import antecedent, referent_text
from .actors import Actor, ArticleIndex, conjuncts, unique_actors

__all__ = ["Frame", "PERMISSION_VERBS", "clause_frames", "evidence_tokens", "permission_verb", "permitted",
           "speaker_possessives"]

#: Nouns that refer back to the international organization named last ("join the bloc").
BLOC_NOUNS = frozenset({"bloc", "alliance", "union", "organization", "organisation"})
_DETERMINERS = frozenset({"det", "poss", "predet", "case", "punct"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# Verbs too light to carry a proposition outside the tables ("do something", "put it off").
_LIGHT_VERBS = frozenset("have do be get make take go come put give let set seem".split())
#: Objects of a light verb that only point at an act said elsewhere: "do the same", "do so".
_REFERRING_OBJECTS = frozenset({"the same", "the same thing", "so", "likewise", "the opposite", "more",
                                "nothing", "something", "anything", "everything"})
#: Verbs that link a subject to what it is rather than act on something.
_COPULAS = frozenset("remain stay become seem appear sound look".split())
_SKIP_PREPS = frozenset({"despite", "because", "since", "after", "before", "during", "by", "like", "as"})
#: Prepositions of a concession or circumstance, never part of the thing acted on, wherever the
#: parser hangs them: "the reform despite the protests", "the talks amid the fighting".
_CONCESSIVE_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding"})


def _before_body(prep: Token) -> bool:
    """A "before" of place, not of time: over a body, a person or a country ("appear before the
    International Court of Justice", "testify before Congress", "take the case before the
    court"), where the act happens; "before the vote", "before 2030" say when and are left out."""
    if prep.lower_ != "before":
        return False
    pobj = _pobj(prep)
    return pobj is not None and (pobj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                                 or pobj.lemma_.lower() in _VENUES)


def _skipped_prep(prep: Token) -> bool:
    """A prepositional phrase of reason, time or comparison, not part of what is proposed. "By
    force" is: changing a border by force is another proposition than changing it."""
    if prep.lower_ == "by" and any(g.dep_ == "pobj" and g.lemma_.lower() in FORCE_NOUNS for g in prep.children):
        return False
    return prep.lower_ in _SKIP_PREPS and not _before_body(prep)


#: Nouns of violence as the means of an act: "by force", "by military means", "by force of arms".
FORCE_NOUNS = frozenset({"force", "violence", "arms"})


@dataclass(frozen=True, slots=True)
class Frame:
    """Predicate and object of one statement, with the subject as read."""

    predicate: Predicate
    object: str | None
    code: str | None
    subject_text: str
    parties: tuple[str, ...] | None = None  # codes of all parties of a symmetric relation
    plural: bool = False
    known: bool = False  # from the synonym tables, not a generic reading

    @property
    def denies(self) -> bool:
        return self.predicate.denies


def keyed_frame(verb: str, obj: str, subject_text: str, plural: bool, gazetteer=None, *, denies: bool = False,
                key_verb: str | None = None) -> Frame:
    """A frame of ``verb`` over the phrase ``obj``, keyed by lemmas and object
    (:func:`wirecoder.lexicon.keys.text_key` of ``key_verb`` or the verb, and the object)."""
    from ...lexicon.keys import text_key

    key = text_key(key_verb or verb, obj, gazetteer=gazetteer)
    return Frame(Predicate(verb, key.partition(":")[0], denies=denies), obj, key.partition(":")[2] or None,
                 subject_text, None, plural, False)


# -- predicates and objects --------------------------------------------------------------------
def _np_actors(index: ArticleIndex, tok: Token, inside: set[int]) -> tuple[list[Actor], list[Actor], Actor | None]:
    """Actors of a noun phrase: (those the phrase *is*, those it is *about*, its *owner*).

    Is: "Russia and Belarus", "a military bloc, including NATO", "a bloc (NATO)". About:
    "anti-Russian sanctions", "NATO membership", "Kosovo's independence". Owner: a possessor
    elsewhere ("Sweden's membership in NATO"), the subject of the proposition the noun names."""
    heads: list[Actor] = []
    about: list[Actor] = []
    owner: Actor | None = None
    for h in conjuncts(tok):
        if h.i not in inside:
            continue
        entity = index.token_entity.get(h.i)
        if entity is not None:
            heads.append(index.actor(entity))
            continue
        noun = h.lemma_.lower()
        if noun in BLOC_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) and not any(
            c.dep_ == "prep" or c.dep_ in ("amod", "compound") and not _bloc_descriptor(c) for c in h.children
        ) and (bloc := index.recent_bloc(h.idx)) is not None:
            heads.append(bloc)  # "the bloc", "the alliance", "the 15-nation bloc": the organization named last
            continue
        for c in h.children:
            if c.i not in inside:
                continue
            if c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in ("including", "like"):
                target = c if c.dep_ == "appos" else _pobj(c)
                if target is not None:
                    heads.extend(_np_actors(index, target, inside)[0])
            elif c.dep_ in ("compound", "nmod", "poss"):
                entity = index.token_entity.get(c.i)
                if entity is None and c.dep_ == "compound" and c.lemma_.lower() in COMPOUND_OBJECT_NOUNS:
                    about.extend(index.actor(e) for g in c.children if g.dep_ in ("compound", "nmod")
                                 and g.i in inside and (e := index.token_entity.get(g.i)) is not None
                                 and e.type in ("COUNTRY", "ORG"))  # "its EU membership bid"
                    continue
                if entity is None or entity.type not in ("COUNTRY", "ORG"):
                    continue
                if c.dep_ == "poss" and noun not in POSSESSIVE_OBJECT_NOUNS:
                    owner = owner or index.actor(entity)
                elif c.dep_ == "poss" or noun in COMPOUND_OBJECT_NOUNS:
                    about.append(index.actor(entity))
            elif c.dep_ == "amod":
                prev = index.doc[c.i - 1] if c.i > 0 else None
                anti = prev is not None and prev.text == "-" and c.i > 1 and index.doc[c.i - 2].lower_ == "anti"
                if anti and (country := index.demonym_country(c.text)) is not None:
                    about.append(country)
    return unique_actors(heads), unique_actors(about), owner


_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nmod", "poss", "case", "nummod"})


def _bloc_descriptor(mod: Token) -> bool:
    """A modifier that describes a bloc already named rather than naming another: a size or a
    backer ("the 15-nation bloc", "the China-backed bloc", "the trade bloc")."""
    words = [t.lower_ for t in mod.subtree]
    return any(w.endswith(("-nation", "-member", "-backed", "-led")) or w in ("trade", "regional", "military",
                                                                         "economic", "nation", "member")
               for w in words) or any(t.like_num for t in mod.subtree)


def bare_noun_conjunct(conj: Token) -> bool:
    """A conjunct that is one more noun of the same phrase, with nothing but determiners,
    adjectives and compounds before it ("Iranian oil | and gas", "its ports | or territory",
    "steel | and aluminium"): the object names both, as the headline does. A conjunct with
    its own phrases or clauses ("sanctions on oil and a ban on flights"), or a name, is a
    second object of its own."""
    return conj.dep_ == "conj" and conj.pos_ == "NOUN" and not conj.ent_type_ and all(
        c.dep_ in _NOUN_MODIFIERS and c.i < conj.i for c in conj.children)


def _phrase(tok: Token, inside: set[int]) -> tuple[str, str]:
    """Display text (without leading determiners) and lemma slug of a noun phrase. A bare noun
    coordinated with the head stays in the text (:func:`bare_noun_conjunct`: "oil and gas");
    the slug is the head's, so the key does not change with the list."""
    cut: set[int] = set()
    listed: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "advcl", "appos", "punct", "cc", "conj") and c.i > tok.i:
            cut.update(t.i for t in c.subtree)
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i), None)
    cc = next((c for c in tok.children if c.dep_ == "cc" and c.i > tok.i), None)
    if conj is not None and cc is not None and cc.i == conj.left_edge.i - 1 and bare_noun_conjunct(conj) and (
            not any(c.dep_ == "conj" for c in conj.children)) and all(
            t.i in inside for t in conj.subtree) and cc.i in inside and (
            all(t.i < cc.i for t in tok.subtree if t.i not in cut)):
        listed = {cc.i} | {t.i for t in conj.subtree}  # "on Iranian oil and gas"
    slug_toks = [t for t in tok.subtree if t.i in inside and t.i not in cut][:8]
    cut -= listed
    toks = [t for t in tok.subtree if t.i in inside and t.i not in cut][:8]
    while toks and (toks[0].dep_ in _DETERMINERS or toks[0].pos_ in ("DET", "PUNCT")):
        if toks[0].dep_ == "poss" and toks[0].pos_ == "PROPN":
            break  # "Russia's nuclear sector" keeps its owner; "our relations" drops "our"
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    text = "".join(t.text_with_ws for t in toks).strip()
    lemmas = [t.lemma_.lower() for t in slug_toks if t.pos_ in _CONTENT_POS and t.i in {u.i for u in toks}][:4]
    return text, "_".join(lemmas)


_THE_HEADS = frozenset(
    """Union Nations Organization Organisation States Kingdom Republic Emirates Islands Council
    Court Bank Fund Alliance Community Federation Assembly Commission Parliament Ministry
    Agency Office Forum Group Netherlands Philippines""".split()
)


def _object_name(actor: Actor) -> str:
    """An actor as an object: "the European Union", "the United States", but "NATO", "Russia"."""
    last = actor.name.rsplit(" ", 1)[-1]
    return f"the {actor.name}" if last in _THE_HEADS and actor.type != "PERSON" else actor.name


def referring_one(tok: Token) -> bool:
    """An anaphoric "one" heading its own noun phrase ("urged the government to set one", "could
    not vote for one that protects coal plants"): like a pronoun, it stands for a noun said
    before and names nothing itself. Not a numeral ("one crossing"), nor a part ("one of the
    crossings")."""
    return tok.lower_ in ("one", "ones") and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _pronoun(tok: Token) -> bool:
    """A pronoun or an anaphoric "one" (:func:`referring_one`)."""
    return tok.pos_ == "PRON" or referring_one(tok)


def _frame(pred: Predicate, obj: Actor | str | None, subject: list[Actor], known: bool, code: str | None = None) -> Frame:
    if isinstance(obj, Actor):
        code, obj = obj.code, _object_name(obj)
    return Frame(pred, obj, code, " and ".join(a.name for a in subject), None, len(subject) > 1, known)


def as_written(pred: Predicate | None, surface: list[str]) -> Predicate | None:
    """A table predicate read in the speaker's own verb: "withdraw from Ayungin Shoal" keys as
    leaving it (``leave``) but reads "withdraws from"; "start talks with" reads "starts talks
    with". ``surface`` is the clause's lemmas (verb, particle, complement nouns, preposition).
    The key stays the table's; wording that denies the predicate ("stay out of") and wording
    whose nouns differ from the table's ("become a member state of" for "join") keep the
    canonical text, as does a clause with the table's own verb ("impose sanctions against")."""
    if pred is None or pred.denies or pred.symmetric or not surface:
        return pred
    canon = pred.text.split()
    if surface[0] == canon[0]:
        return pred
    rest = surface[1:]
    canon_nouns = [lemma(w) for w in canon[1:] if w not in FUNCTION_WORDS]
    if all(w in FUNCTION_WORDS for w in rest):
        # "withdraw from", "pull out of", "accede to", "quit": the verb and its prepositions
        return pred if canon_nouns else replace(pred, text=" ".join(surface))
    if canon_nouns and [w for w in rest if w not in FUNCTION_WORDS] == canon_nouns:
        words = [surface[0], *canon[1:]]  # "start talks with"
        if rest[-1] in FUNCTION_WORDS and words[-1] in FUNCTION_WORDS:
            words[-1] = rest[-1]  # "send troops to Ukraine", not "in Ukraine"
        return replace(pred, text=" ".join(words))
    return pred


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def clause_frames(index: ArticleIndex, verb: Token, inside: set[int], subject: list[Actor]) -> list[Frame]:
    """The frames of the clause headed by ``verb`` (see the module doc); a generic reading whose
    object is left unsaid (:func:`empty_object`: "promise a date", "raise the issue at the OSCE")
    gives none."""
    frames = _clause_frames(index, verb, inside, subject)
    toks = _object_tokens(verb, inside) if frames and not any(f.known for f in frames) else []
    if toks and empty_object(verb, toks, inside):
        return []
    target = reaction_target(verb, toks, inside) if frames and not any(f.known for f in frames) else None
    entity = index.token_entity.get(target.i) if target is not None else None
    actor = index.actor(entity) if entity is not None and entity.type in ("COUNTRY", "ORG") else (
        index.demonym_country(target.text) if target is not None else None)
    if actor is not None:  # "if Riga goes ahead, Moscow will retaliate": against Latvia
        return [replace(f, object=f"{f.object} against {_object_name(actor)}" if f.object
                        else f"against {_object_name(actor)}", code=actor.code) for f in frames]
    return frames


#: Adverbs the parser tags "advmod" that are a phrasal verb's particle ("will not go back on",
#: "sign away", "pull a soldier back", "walk away from"), and adverbs of direction that complete
#: a verb of motion as a particle does ("bring the soldiers home", "send troops abroad").
_PARTICLE_ADVERBS = frozenset("back away off out down up aside home abroad overseas ashore".split())


def particles(verb: Token) -> list[Token]:
    """The particles of a phrasal verb: its "prt" children, a particle adverb after it, and a
    preposition after it with no object of its own ("would hand Tan over “if ...”": the parser
    reads "over" as a preposition when a quotation mark follows)."""
    return [c for c in verb.children if c.dep_ == "prt"
            or c.dep_ == "advmod" and c.lower_ in _PARTICLE_ADVERBS and c.i > verb.i
            or c.dep_ == "prep" and c.lower_ in _STRANDED_PARTICLES and c.i > verb.i
            and all(g.is_punct for g in c.children)]


#: Prepositions that are a particle when they take no object ("hand him over", "rule it out").
_STRANDED_PARTICLES = frozenset("over out off up down back away".split())


def _clause_frames(index: ArticleIndex, verb: Token, inside: set[int], subject: list[Actor]) -> list[Frame]:
    base = [verb.lemma_.lower(), *(c.lemma_.lower() for c in particles(verb))]
    kids = [c for c in verb.children if c.i in inside]
    if base[0] in ("keep", "leave", "hold"):  # "keep the border closed": close the border
        state = next((c for c in kids if c.lower_ in RESULT_STATES and c.i > verb.i), None)
        if state is not None:
            base = [RESULT_STATES[state.lower_]]
            kids = [c for c in kids if c.i != state.i]
    from .chains import interrupted_object

    cut = interrupted_object(verb, inside)  # "will not accept, under any circumstances, the ..."
    dobj = next((c for c in kids if c.dep_ == "dobj"), None) or (cut[1] if cut is not None else None)
    attr = next((c for c in kids if c.dep_ in ("attr", "oprd")), None)
    acomp = next((c for c in kids if c.dep_ == "acomp"), None)
    preps = [c for c in kids if c.dep_ in ("prep", "dative") and not _skipped_prep(c)]
    preps += [g for c in kids if c.dep_ == "advmod" for g in c.children if g.dep_ == "prep"]  # "stay away of"
    if dobj is not None:
        return _object_frames(index, base, dobj, [p for p in preps if p.i > dobj.i], inside, subject)
    if attr is not None:
        return _attr_frames(index, base, attr, inside, subject)
    frames: list[Frame] = []
    if acomp is not None:
        pred = canonical_predicate(base + [acomp.lemma_.lower()])
        if pred is not None:
            frames.append(_frame(pred, None, subject, True))
        return frames
    for prep in preps:
        words = [prep.lemma_.lower()]
        inner = prep
        nested = next((c for c in prep.children if c.dep_ == "prep"), None)
        if nested is not None:  # "out of", "away from"
            words.append(nested.lemma_.lower())
            inner = nested
        if prep.head.dep_ == "advmod":
            words.insert(0, prep.head.lemma_.lower())
        pobj = _pobj(inner)
        if pobj is None:
            continue
        relation = _relation_frame(index, pobj.subtree, subject, inside, verb)
        if relation is not None:
            return [relation]
        heads = _np_actors(index, pobj, inside)[0]
        pred = as_written(canonical_predicate(base + words), base + words)
        if pred is not None and (heads or not _pronoun(pobj)):
            if heads:
                frames.extend(_frame(pred, a, subject, True) for a in heads)
            else:
                text, slug = _phrase(pobj, inside)
                frames.append(_frame(pred, text, subject, True, slug))
        elif heads and verb.lemma_ not in _LIGHT_VERBS:
            surface = " ".join([verb.lemma_.lower(), *(c.text for c in particles(verb)), *words])
            pred = generic_predicate(base + words, surface)
            frames.extend(_frame(pred, a, subject, False) for a in heads)
        if frames:
            return frames
    if verb.lemma_ in INTRANSITIVE_ACTS and verb.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp") for c in verb.children
    ):
        frames.append(_frame(generic_predicate(base), None, subject, False))
    return frames


def _object_frames(index, base, dobj, preps, inside, subject) -> list[Frame]:
    """Frames of a clause with a direct object: an actor ("join NATO"), a noun with an actor
    after it ("impose sanctions on Russia"), a noun about an actor ("the anti-Russian
    sanctions", "Kosovo's independence"), a proposition noun under an attitude verb ("oppose
    Sweden's membership in NATO": Sweden is then the proposition's subject), or a plain phrase."""
    verb_lemma = base[0]
    noun = dobj.lemma_.lower()
    heads, about, owner = _np_actors(index, dobj, inside)
    if heads:
        pred = as_written(canonical_predicate(base), base)
        if pred is None and verb_lemma in _LIGHT_VERBS:
            return []
        return [_frame(pred or generic_predicate(base), a, subject, pred is not None) for a in heads]
    if _pronoun(dobj):
        return []  # "do something about it", "call it reform": nothing to key on
    own_preps = [c for c in dobj.children if c.dep_ == "prep" and c.i in inside]
    if noun in CONCEPTS and owner is None:
        # "the accession of Ukraine", "the membership of Sweden": the "of" phrase is who joins
        of = next((c for c in own_preps if c.lower_ == "of"), None)
        pobj = _pobj(of) if of is not None else None
        if pobj is not None and (named := _np_actors(index, pobj, inside)[0]):
            owner = named[0]
            own_preps = [c for c in own_preps if c.i != of.i]
    if owner is not None and verb_lemma in ATTITUDE_VERBS:
        subject = [owner]
    clauses = {t.i for c in dobj.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
               for t in c.subtree}  # "a compromise under which ... on the day of accession": not the concept
    words = [t.lemma_.lower() for t in dobj.subtree if t.i in inside and t.i not in clauses]
    for prep in own_preps + preps:
        pobj = _pobj(prep)
        targets = _np_actors(index, pobj, inside)[0] if pobj is not None else []
        raw = base + [noun, prep.lemma_.lower()]
        pred = (as_written(canonical_predicate(raw), raw) or as_written(canonical_predicate(base + [noun]), base + [noun])
                or concept_predicate(verb_lemma, words))
        if not targets:
            sector = _sector(index, pobj, inside) if pobj is not None and pred is not None else None
            if sector is not None:  # "sanctions on Russian nuclear energy"
                return [_frame(pred, _phrase(pobj, inside)[0], subject, True, sector)]
            continue
        if pred is None and verb_lemma in _LIGHT_VERBS:
            return []
        if pred is None:
            surface = " ".join([*base, dobj.text, prep.text.lower()])
            pred = generic_predicate(base + _object_nouns(index, dobj, inside), surface)
            return [_frame(pred, a, subject, False) for a in targets]
        return [_frame(pred, a, subject, True) for a in targets]
    pred = as_written(canonical_predicate(base + [noun]), base + [noun]) or concept_predicate(verb_lemma, words)
    if pred is not None:
        if not about and (bloc := index.membership_bloc(dobj)) is not None:
            about = [bloc]  # "we will seek membership": of the body named just before
        return [_frame(pred, a, subject, True) for a in about] or [_frame(pred, None, subject, True)]
    if verb_lemma in _LIGHT_VERBS:
        return []
    nouns = _object_nouns(index, dobj, inside)
    if about:
        surface = " ".join([*base, dobj.text])
        return [_frame(generic_predicate(base + nouns, surface), a, subject, False) for a in about]
    text, slug = _phrase(dobj, inside)
    if not text:
        return []
    origins = _demonym_actors(index, dobj, inside)
    if origins:  # "ban imports of Ukrainian grain" keys as "grain imports from Ukraine" does
        pred = generic_predicate(base + nouns, " ".join(base))
        return [_frame(pred, text, subject, False, a.code) for a in origins]
    # a noun phrase object: the table's predicates name positions towards actors, so the
    # generic reading ("recognize / annexation of Crimea", "join / military bloc")
    return [_frame(generic_predicate(base), text, subject, False, slug or None)]


def _sector(index: ArticleIndex, noun: Token, inside: set[int]) -> str | None:
    """The key of a country's sector: "Russian nuclear energy", "Russia's nuclear sector" →
    ``RUS_nuclear``; None unless a country owns the phrase."""
    country = None
    words = []
    for t in noun.subtree:
        if t.i not in inside or t.dep_ in ("relcl", "acl") or t.head.dep_ in ("relcl", "acl"):
            continue
        entity = index.token_entity.get(t.i)
        if entity is not None and entity.type == "COUNTRY" and t.dep_ == "poss":
            country = country or entity.country
        elif t.dep_ == "amod" and t.text[:1].isupper() and (found := index.demonym_country(t.text)):
            country = country or found.code
        elif t.pos_ in ("NOUN", "ADJ") and t.i <= noun.i:
            words.append(t.lemma_.lower())
    if country is None or not words:
        return None
    specific = [w for w in words if w not in GENERIC_SECTOR_WORDS] or words[:1]
    return "_".join([country, *specific])


def _object_nouns(index: ArticleIndex, noun: Token, inside: set[int]) -> list[str]:
    """Lemmas of the nouns naming what a verb acts on, sorted so that word order does not
    matter: the head, its compounds and its "of" phrases without actors ("grain imports" and
    "imports of grain" → grain, import)."""
    out: set[str] = set()
    todo = [noun]
    while todo:
        n = todo.pop()
        if index.token_entity.get(n.i) is None and n.pos_ == "NOUN":
            out.add(n.lemma_.lower())
        for c in n.children:
            if c.i not in inside:
                continue
            if c.dep_ == "compound" and c.pos_ == "NOUN" and index.token_entity.get(c.i) is None:
                out.add(c.lemma_.lower())
            elif c.dep_ == "prep" and c.lower_ == "of" and (p := _pobj(c)) is not None and p.pos_ == "NOUN":
                todo.append(p)
    return sorted(out)


def _demonym_actors(index: ArticleIndex, noun: Token, inside: set[int]) -> list[Actor]:
    """Countries that adjectives in a phrase name ("imports of Ukrainian grain" → Ukraine)."""
    clausal = {t.i for c in noun.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    found = (index.demonym_country(t.text) for t in noun.subtree
             if t.dep_ == "amod" and t.i in inside and t.i not in clausal and t.text[:1].isupper())
    return unique_actors(a for a in found if a is not None)


def _attr_frames(index, base, attr, inside, subject) -> list[Frame]:
    relation = _relation_frame(index, attr.subtree, subject, inside, attr.head)
    if relation is not None:
        return [relation]
    heads = _np_actors(index, attr, inside)[0]
    about = unique_actors(
        index.actor(e) for t in attr.subtree
        if t.i in inside and t.i < attr.i and (e := index.token_entity.get(t.i)) is not None
        and e.type in ("COUNTRY", "ORG")
    )  # "a NATO member state"
    nouns = [t.lemma_.lower() for t in attr.subtree if t.i in inside and t.pos_ == "NOUN" and t.i <= attr.i]
    of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    raw = base + nouns + (["of"] if of is not None else [])
    pred = canonical_predicate(raw) or canonical_predicate(base + nouns)
    if pred is None:
        return []
    targets = about or (_np_actors(index, _pobj(of), inside)[0] if of is not None and _pobj(of) is not None else [])
    return [_frame(pred, a, subject, True) for a in (targets or heads)]


def _relation_frame(index, tokens: Iterable[Token], subject: list[Actor], inside: set[int], verb: Token) -> Frame | None:
    """"Serbia and Russia are strategic partners", "relations between ... are at the level of
    strategic partnership", "we remain allies with Russia": a symmetric relation with every party."""
    if verb.lemma_ not in ("be", "remain", "stay", "become"):
        return None
    tokens = [t for t in tokens if t.i in inside]
    pred = relation_predicate(t.lemma_.lower() for t in tokens)
    if pred is None:
        return None
    parties = list(subject)
    for t in tokens:  # "partners with Russia", "allies of Serbia"
        entity = index.token_entity.get(t.i)
        if entity is not None and entity.type in ("COUNTRY", "ORG") and t.head.dep_ == "prep" and (
            t.head.lower_ in ("with", "of", "between")
        ):
            parties.append(index.actor(entity))
    parties = unique_actors(parties)
    if len(parties) < 2 or any(p.type not in ("COUNTRY", "ORG") for p in parties):
        return None
    subject_text = " and ".join(p.name for p in parties)
    return Frame(pred, None, None, subject_text, tuple(p.code or p.name for p in parties), True, True)


# -- evidence ---------------------------------------------------------------------------------
_CLAUSE_DEPS = frozenset({"conj", "cc", "parataxis", "ccomp", "advcl", "punct", "mark", "preconj"})
_EMBEDDING = frozenset({"ccomp", "advcl", "relcl", "acl"})


def evidence_tokens(
    verb: Token, chain: list[Token], subject: Token | None, inside: set[int], extra: Iterable[Token | None] = ()
) -> list[Token]:
    """First and last token of the clause: the verb with its arguments (not its coordinated or
    embedded clauses), its governors' auxiliaries and negations, its subject, and ``extra``
    tokens ("we have not and" before "will not impose")."""
    keep = {verb.i} | {t.i for t in extra if t is not None}
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS and c.lower_ not in RESULT_STATES:  # keep "closed" of "keep X closed"
            continue
        sub = list(c.subtree)
        if c.dep_ in ("advmod", "prep", "npadvmod") and any(t.dep_ in _EMBEDDING for t in sub):
            continue  # "no matter how strong the pressure is, because ..."
        keep.update(t.i for t in sub)
    for g in chain[1:]:
        keep.add(g.i)
        for c in g.children:
            if c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass", "advmod", "acomp", "dobj"):
                if c.dep_ == "acomp" or c.dep_ == "dobj":
                    keep.add(c.i)
                else:
                    keep.update(t.i for t in c.subtree)
    if subject is not None:
        clausal = {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
        keep.update(t.i for t in subject.subtree if t.i not in clausal)
    keep &= inside
    if not keep:
        keep = {verb.i}
    doc = verb.doc
    first, last = min(keep), max(keep)
    dashes = [k for k in range(first, min(verb.i, subject.i if subject is not None else verb.i))
              if doc[k].text in ("-", "\u2013", "\u2014")]
    if dashes:  # "WARSAW (Reuters) - Poland will ...": the dateline is not the clause
        first = dashes[-1] + 1
    while first < last and (doc[first].is_punct or doc[first].dep_ in ("cc", "mark")):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].dep_ in ("cc", "mark")):
        last -= 1
    return [doc[first], doc[last]]


# -- open frames: any predicate, its arguments kept whole ---------------------------------------
#: Dependents of the content verb that belong to the proposition: objects, complements and
#: prepositional phrases ("reopen | its closed border crossings | with Belarus").
_ARGUMENT_DEPS = frozenset({"dobj", "dative", "attr", "acomp", "oprd", "prep", "xcomp"})
#: Prepositions whose date object still belongs to the proposition ("join by 2028").
_DEADLINE_PREPS = frozenset({"by", "beyond", "until", "after"})
#: Dependents inside an argument that are a clause of their own, cut from the object.
_CLAUSE_CUTS = frozenset({"advcl", "parataxis", "ccomp", "appos"})
_NEGATIVE_DETS = frozenset({"no", "never", "not", "n't"})
_MAX_OBJECT_TOKENS = 14
#: Verbs whose "as" phrase says what their object is taken for: part of the proposition.
_AS_VERBS = frozenset("accept regard see treat recognize recognise consider view describe designate list".split())


def _outside_clauses(tok: Token, top: Token) -> bool:
    """Is ``tok`` in ``top``'s phrase itself, not in a clause inside it ("the ban on fishing,
    which it introduced in March": March is the relative clause's)?"""
    for a in tok.ancestors:
        if a.i == top.i:
            return True
        if a.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
    return True


def _date_object(prep: Token) -> bool:
    """Is the object of ``prep`` a date, itself or in its "of" ("by 2028", "by the end | of
    2026")? Not a date inside another phrase ("by a third | from next month")."""
    pobj = _pobj(prep)
    if pobj is None:
        return False
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return pobj.ent_type_ == "DATE" or of is not None and (inner := _pobj(of)) is not None and inner.ent_type_ == "DATE"


def calendar_date(prep: Token) -> bool:
    """Does a date phrase name the calendar, a month or a year ("in the second week of
    February", "before 2035", "in 2028"), rather than a time relative to now ("in the coming
    months", "before the end of the year", "next week")?"""
    return any(t.ent_type_ == "DATE" and (t.like_num and len(t.text) == 4 or t.lower_ in MONTHS and t.text[:1].isupper()
                                          and len(t.text) > 3) for t in prep.subtree if t.i != prep.i)


def is_deadline(prep: Token) -> bool:
    """A date that belongs to the proposition: a deadline or target date ("by 2028", "beyond
    2026", "by the end of the year", "after 2026"), a calendar date after "in" or "before"
    (:func:`calendar_date`: "in the second week of February", "in 2028", "before 2035"); not
    "on Friday", "next week" or "before the end of the year" (when the act is scheduled)."""
    if not _date_object(prep):
        return False
    if any(c.dep_ == "neg" for c in prep.children) or prep.i and prep.doc[prep.i - 1].lower_ in ("not", "n't"):
        return False  # "not in 2026 and not ever": a hedge, not a date of the act
    if prep.lower_ in _DEADLINE_PREPS:
        return True
    return prep.lower_ in ("in", "before") and calendar_date(prep)


def deadline_text(verb: Token, inside: set[int]) -> str:
    """The deadline phrases of ``verb`` as written ("by the end of 2026"), for the
    proposition's text; the key leaves them out (:func:`open_frame`)."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i and c.i in inside and is_deadline(c):
            toks = [t for t in c.subtree if t.i in inside]
            out.append("".join(t.text_with_ws for t in toks).strip())
    return " ".join(out)


_TIME_NOUNS = frozenset("day week month year decade hour minute".split())


def _span_of_time(prep: Token) -> bool:
    """A prepositional phrase whose object is a bare unit of time, perhaps with a number or
    "a few" ("from month to month", "for years", "within a few weeks"): a duration."""
    pobj = _pobj(prep)
    if pobj is None or pobj.lemma_.lower() not in _TIME_NOUNS:
        return False
    return all(c.dep_ in ("det", "nummod", "amod", "prep", "quantmod") and (c.dep_ != "prep" or _span_of_time(c))
               for c in pobj.children)


def _nested_times(arg: Token) -> set[int]:
    """Words of the time phrases nested inside an argument, below its own head: "keep the
    crossing open | for humanitarian aid for another three months" → "for another three
    months"; "sanctions on oil from next year". A phrase whose object is itself the date ("by
    the end of 2026", "on Friday") is the caller's to judge; deadlines stay ("join by 2028"), and
    so does a noun's own measure ("a delay | of a few weeks")."""
    out: set[int] = set()
    if arg.dep_ == "prep" and is_deadline(arg):
        return out  # "by the end | of the year" is one date
    for d in arg.subtree:
        if d.dep_ != "prep" or d.i == arg.i or d.i in out or is_deadline(d) or d.lower_ == "of" or d.head.dep_ == "pobj" and (
                d.head.ent_type_ in ("DATE", "TIME")):
            continue
        pobj = _pobj(d)
        if pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or _span_of_time(d)):
            out.update(t.i for t in d.subtree)
    return out


def _marker_phrase(prep: Token) -> bool:
    """A phrase that hedges rather than names ("under any circumstances", "in no case")."""
    from .chains import HEDGE_PHRASES, hedge_phrase

    return hedge_phrase(prep) in HEDGE_PHRASES


_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\'`')
#: Prepositions of manner and circumstance phrases ("with dignity", "in good faith", "at any level").
_MANNER_PREPS = frozenset({"with", "without", "in", "under", "at"})


#: Bodies a bare noun after "in" names as the venue of an act, not its manner ("challenge the
#: cap in court", "raise it in parliament").
_VENUES = frozenset("court parliament congress senate council".split())


def _manner_phrase(prep: Token) -> bool:
    """A prepositional phrase that says how rather than what: a manner preposition over a bare
    singular common noun, perhaps with adjectives or "any" ("with dignity", "in good faith",
    "without delay", "at any level"); not a name, a plural or a determined phrase ("with the
    ELN", "in the Aegean", "with Romania")."""
    if prep.lower_ not in _MANNER_PREPS:
        return False
    pobj = _pobj(prep)
    if pobj is None or pobj.tag_ != "NN" or pobj.ent_type_ or pobj.lemma_.lower() in _VENUES:
        return False
    if prep.lower_ == "without" and pobj.lemma_.lower() in _PERMISSIONS:
        return False  # "entering its zone without prior notice": what is opposed is the unannounced entry
    return all(c.dep_ == "amod" or c.dep_ == "det" and c.lower_ in ("any", "every", "all") for c in pobj.children)


#: What an act done "without" it is done against the rules for: part of what is opposed.
_PERMISSIONS = frozenset(
    "notice notification warning permission consent authorization authorisation approval warrant clearance".split())


def _decorations(toks: list[Token]) -> set[int]:
    """Words of an object that decorate rather than name it: quotation marks of a quoted
    fragment, "at least", a bare manner phrase the parser hung on the object ("our nationals
    with dignity"), and, in an object too long to keep whole, a list of coordinated
    adjectives ("a comprehensive, just and viable settlement of ..." → "a settlement of ...";
    a short "bizonal, bicommunal federation" stays)."""
    out: set[int] = set()
    ids = {t.i for t in toks}
    for t in toks:
        if t.text in _QUOTE_MARKS:
            out.add(t.i)
        elif t.dep_ == "prep" and t.lower_ in ("with", "without") and t.head.dep_ in ("dobj", "attr") and _manner_phrase(t) \
                and not any(c.dep_ == "amod" for c in _pobj(t).children):
            out.update(d.i for d in t.subtree if d.i in ids)  # "receive our nationals with dignity"
        elif t.lower_ == "least" and t.i and t.doc[t.i - 1].lower_ == "at" and t.i - 1 in ids:
            out.update((t.i - 1, t.i))
        elif t.pos_ in ("NOUN", "PROPN") and len(toks) > _MAX_OBJECT_TOKENS:
            mods = [c for c in t.children if c.i < t.i and c.dep_ in ("amod", "advmod", "punct", "cc", "conj")]
            listed = any(c.text == "," for c in mods) or any(
                g.dep_ == "conj" for c in mods if c.dep_ in ("amod", "advmod") for g in c.children)
            if listed:
                out.update(d.i for c in mods for d in c.subtree if d.i in ids)
    return out


_INDEFINITES = frozenset("anyone anybody anything someone somebody everyone everybody else".split())


def _anyone_else(conj: Token) -> bool:
    """A conjunct that names nobody in particular ("to Brasília | or to anyone else", "Moscow
    or anybody"): it widens the object rhetorically and is left out of the proposition."""
    head = _pobj(conj) if conj.pos_ == "ADP" else conj
    return head is not None and head.lower_ in _INDEFINITES or head is not None and head.lower_ in (
        "country", "one") and any(c.lower_ == "other" for c in head.children) and conj.pos_ == "ADP"


def _stranded_clause(tok: Token, keep: set[int], inside: set[int]) -> bool:
    """Is ``tok`` a relative or adjectival clause of the object whose own complement clause was
    cut from it ("a bill that would let | voters elect the judges")? Kept, it would end the
    object on a verb with nothing to govern."""
    return tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("ccomp", "xcomp") and c.i > tok.i and c.i in inside and c.i not in keep for c in tok.children)


def _parallel_preposition(conj: Token, verb: Token) -> bool:
    """A preposition coordinated inside the object that repeats the one the verb hangs on: in
    "by cutting exemptions on imports and by a new tax", the second "by" is a second means
    beside "cutting", not part of what is cut."""
    return conj.dep_ == "conj" and conj.pos_ == "ADP" and verb.dep_ == "pcomp" and conj.lower_ == verb.head.lower_


def open_object(verb: Token, inside: set[int], renamed: dict[int, str] | None = None) -> str:
    """The arguments of ``verb`` as text (see :func:`_object_tokens`)."""
    return _render(_object_tokens(verb, inside), renamed)


#: Verbs of permission: what they let happen is their object ("let aid convoys reach the town").
#: Verbs whose object is a clause with its own subject, the act they let or help happen: "let
#: civilians leave", "allow aid convoys to reach El Fasher", "help Mali strengthen its defence".
PERMISSION_VERBS = frozenset({"let", "allow", "permit", "help"})


def permitted(clause: Token) -> bool:
    """Is ``clause`` what a verb of permission lets happen, with its own subject ("both sides
    to let | civilians leave Zamzam", "allow | aid convoys to reach El Fasher")?"""
    return clause.dep_ == "ccomp" and clause.head.lemma_ in PERMISSION_VERBS and clause.i > clause.head.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)


def permission_verb(clause: Token, inside: set[int]) -> Token | None:
    """The verb of permission whose object ``clause`` is (:func:`permitted`), in the quote."""
    return clause.head if permitted(clause) and clause.head.i in inside else None


def purpose(verb: Token, inside: set[int]) -> Token | None:
    """An infinitive of purpose after the verb's arguments, part of what is proposed: "use
    force to gain access to the sea", "keep working with Romania to keep the lanes clear". Only
    for a verb with arguments of its own: "we are working to restore flights" is left to the
    clause of "restore"."""
    if not any(c.dep_ in _ARGUMENT_DEPS and c.i in inside and c.i > verb.i for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and c.i in inside and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children) and not any(
                a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children) and (
                c.lemma_ not in _LIGHT_VERBS or goal_referent(c, verb, inside) is not None):
            return c  # a light verb only with what it gets named: "compromise our security to get it"
    return None


def stated_purpose(verb: Token, inside: set[int]) -> Token | None:
    """The purpose clause (:func:`purpose`) the proposition keeps: after a verb of means,
    change or sacrifice (:data:`~wirecoder.lexicon.propositions.MEANS_VERBS`: "use force to
    gain access to the sea"), after a light verb ("take steps to ..."), or a light goal over
    what the quote names ("weaken our standards to get it"); a reason after any other verb is
    the speaker's, not the act ("cut the budget to bring spending under control")."""
    goal = purpose(verb, inside)
    if goal is None:
        return None
    if verb.lemma_.lower() in MEANS_VERBS or verb.lemma_ in _LIGHT_VERBS or goal.lemma_ in _LIGHT_VERBS:
        return goal
    if any(c.dep_ == "dobj" and c.i in inside and c.lemma_.lower() in INSTRUMENT_NOUNS for c in verb.children):
        return goal  # "push a bill through Congress to raise the minimum wage": what the bill does
    return None


#: Prepositions of time: a participle phrase built on one tells the object's history.
_TIME_PREPS = frozenset({"during", "after", "before", "since", "under"})


def act_arguments(roots: list[Token], inside: set[int], renamed: dict[int, str] | None = None) -> str:
    """The text of an act noun's arguments ("the withdrawal | of troops from the border"): their
    words in the quote, without a clause of their own (:data:`_CLAUSE_CUTS` but an apposition)
    or a comment set off by a comma (:func:`aside_clause`: "with the Association of Southeast
    Asian Nations, which he called asymmetrical"), capitals read as their countries."""
    cuts = _CLAUSE_CUTS - {"appos"}
    cut = {t.i for r in roots for d in r.subtree if d.i != r.i and (d.dep_ in cuts or aside_clause(d))
           for t in d.subtree}
    toks = sorted({t.i: t for r in roots for t in r.subtree if t.i in inside and t.i not in cut}.values(),
                  key=lambda t: t.i)
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    return _render(toks, renamed)


def _condition_head(tok: Token) -> bool:
    """An adverb that heads a clause of condition or time ("shut | as long as Minsk sends
    migrants", "as soon as the review ends"): the clause is cut, so its head goes with it."""
    return tok.dep_ == "advmod" and any(c.dep_ == "advcl" for c in tok.children)


def aside_clause(clause: Token) -> bool:
    """A relative clause set off by a comma ("override the veto, which requires a two-thirds
    majority"): it comments on the object, the proposition is without it."""
    if clause.dep_ != "relcl":
        return False
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == "," and clause.doc[start].lower_ in ("which", "who", "whom", "whose")


def past_clause(clause: Token) -> bool:
    """Is a relative or participle clause inside an object the object's history, not what
    defines it: a relative clause in the past ("the treaty that was negotiated in Geneva",
    "the plan we signed"), or one with a date or a preposition of time ("damage caused during
    the presence of French troops", "the rules adopted last year")? Present and defining ones
    stay: "citizens who fail the language test", "migrants deported by the United States"."""
    if clause.dep_ not in ("relcl", "acl"):
        return False
    words = list(clause.subtree)
    if any(t.ent_type_ in ("DATE", "TIME") for t in words if t.i != clause.i) or any(
            c.dep_ == "prep" and c.lower_ in _TIME_PREPS for c in clause.children):
        return True
    if clause.dep_ != "relcl":
        return False
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "did") for c in clause.children)


def goal_referent(goal: Token, verb: Token, inside: set[int]) -> tuple[Token, Token] | None:
    """(pronoun, antecedent) of a purpose clause's pronoun object in the quote
    (:func:`~.referents.antecedent`): in "it is not that we do not want a stable relationship
    with Beijing. We will not compromise our security to get it", "it" is the relationship, not
    the clause's own "our security"."""
    pron = next((c for c in goal.children if c.dep_ == "dobj" and c.lower_ in ("it", "them")), None)
    noun = antecedent(pron, min(inside)) if pron is not None else None
    return (pron, noun) if noun is not None and noun.i in inside else None


def _goal_renames(verb: Token, inside: set[int], renamed: dict[int, str] | None) -> dict[int, str]:
    """The pronoun of a purpose clause read as its antecedent phrase (:func:`goal_referent`),
    with its complements and capitals read as their countries ("to get a stable relationship
    with China")."""
    goal = purpose(verb, inside)
    found = goal_referent(goal, verb, inside) if goal is not None and goal.lemma_ in _LIGHT_VERBS else None
    if found is None:
        return {}
    pron, noun = found
    cut = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "punct", "advcl", "cc", "conj")
           for t in c.subtree}
    toks = [t for t in noun.subtree if t.i in inside and t.i not in cut]
    text = _render(toks, renamed)
    return {pron.i: text[:1].lower() + text[1:] if toks and toks[0].dep_ == "det" else text}


def _left_without(verb: Token, inside: set[int]) -> tuple[str, set[int]] | None:
    """"leave X without a response", "leave X unanswered": the act left undone (the reaction
    verb of :data:`wirecoder.lexicon.propositions.LEFT_UNDONE`) and the words that say so; the
    proposition is that act on X, denied."""
    if verb.lemma_.lower() != "leave":
        return None
    for c in verb.children:
        if c.i not in inside or c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "without" and (p := _pobj(c)) is not None:
            if act := LEFT_UNDONE.get(p.lemma_.lower()):
                return act, {t.i for t in c.subtree}
            # "leave without a response Riga's decision", parsed as one phrase: the rest is X
            mod = next((m for m in p.children if m.i < p.i and m.dep_ in ("nmod", "compound")
                        and m.lemma_.lower() in LEFT_UNDONE), None)
            if mod is not None:
                return LEFT_UNDONE[mod.lemma_.lower()], {c.i} | {t.i for t in mod.subtree}
        if c.dep_ in ("oprd", "acomp", "advmod", "amod") and (act := LEFT_UNDONE.get(c.lower_)):
            return act, {c.i}
    return None


def scope_adverb(tok: Token) -> bool:
    """An adverb of the act's scope, "nationwide", "worldwide", "statewide" (a place noun with
    "-wide"): where the act holds, as much a part of it as its object."""
    return tok.pos_ in ("ADV", "ADJ") and len(tok.lower_) > 6 and tok.lower_.endswith("wide") and "-" not in tok.lower_


def _with_state(prep: Token) -> Token | None:
    """The participle that completes a "with" phrase, which the parser hangs on the verb: in
    "cannot govern with its eyes closed to X", "closed to X" says what the phrase means. The
    participle follows the phrase at once and has no subject of its own."""
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.right_edge.i + 1 >= len(prep.doc):
        return None
    state = prep.doc[prep.right_edge.i + 1]
    if state.tag_ not in ("VBN", "VBD") or state.dep_ not in ("advcl", "acl") or state.head.i != prep.head.i:
        return None
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in state.children) else state


def _object_tokens(verb: Token, inside: set[int], skip: set[int] | None = None) -> list[Token]:
    """The arguments of ``verb`` after it, whole, in text order, without negating words ("no
    sanctions" → "sanctions") or embedded clauses: "reopen its closed border crossings with
    Belarus" → "its closed border crossings with Belarus". ``skip``: words left out."""
    keep: set[int] = set()
    # a phrase the parser hangs on the particle is the verb's own ("walk away | from the deal",
    # "send the migrants back | to Venezuela")
    hung = [g for p in particles(verb) if p.dep_ == "advmod" for g in p.children if g.dep_ == "prep" and g.i > p.i]
    for c in verb.children:  # "reach the target more slowly", "cut emissions faster": how much is the position
        if c.dep_ == "advmod" and c.i > verb.i and c.i in inside and (c.tag_ == "RBR" and c.lower_ not in ("more", "less")
                                                                   or any(g.lower_ in ("more", "less") and g.dep_ == "advmod"
                                                                          for g in c.children)):
            keep.update(t.i for t in c.subtree if t.i in inside)
        elif c.dep_ == "advmod" and c.i > verb.i and c.i in inside and scope_adverb(c):
            keep.add(c.i)  # "halt all evictions nationwide": where the act holds is part of it
        elif c.dep_ == "advmod" and c.i in inside and c.lower_ in OBJECT_PREDICATIVES and any(
                d.dep_ == "dobj" and verb.i < d.i < c.i for d in verb.children):
            keep.add(c.i)  # "carry the cost alone", "put the children first": where the act leaves it
    for c in [*verb.children, *hung]:
        if c.dep_ == "agent" and c.i in inside and any(g.lemma_.lower() in FORCE_NOUNS for g in c.children):
            keep.update(t.i for t in c.subtree if t.i in inside)  # "altered by force": the means, not the agent
            continue
        if c.i not in inside or c.i < verb.i or c.dep_ not in _ARGUMENT_DEPS and not permitted(c):
            continue
        if skip and {t.i for t in c.subtree} <= skip:
            continue
        deadline = c.dep_ == "prep" and is_deadline(c)
        complement = c.lower_ == "as" and verb.lemma_.lower() in _AS_VERBS  # "accept it as a fait accompli"
        if c.dep_ == "prep" and (_skipped_prep(c) and not (deadline or complement) or _marker_phrase(c) or any(
            g.dep_ == "pobj" and g.lower_ in ("condition", "conditions") for g in c.children
        )):
            continue  # hedges and conditions are not what is said
        spans = _nested_times(c)  # "for humanitarian aid | for another three months": the aid stays
        if c.dep_ == "prep" and not deadline and any(t.ent_type_ in ("DATE", "TIME") and _outside_clauses(t, c)
                                                     for t in c.subtree if t.i not in spans):
            continue  # "before the end of the year", "on Friday": when, not what
        if c.dep_ == "prep" and not deadline and _span_of_time(c):
            continue  # "live from month to month", "wait for years": how long, not what
        if c.dep_ == "prep" and not any((t.pos_ in ("NOUN", "PROPN", "VERB", "NUM") or t.dep_ == "pobj" and t.pos_ == "ADJ")
                                        for t in c.subtree
                                        if t.dep_ not in _CLAUSE_CUTS and t.head.dep_ not in _CLAUSE_CUTS):
            continue  # "for as long as ...": only a clause, cut
        if c.dep_ == "prep" and _manner_phrase(c) and any(
                d.dep_ in ("dobj", "attr", "oprd") and d.i in inside for d in verb.children):
            continue  # "receive our nationals with dignity", "continue talks in good faith": how, not what
        aim = stated_purpose(c, inside) if c.dep_ == "xcomp" else None  # "keep working with X to clear ..."
        cut = {t.i for d in c.subtree if d.dep_ in _CLAUSE_CUTS and d.i != c.i
               and (aim is None or d.i != aim.i) for t in d.subtree} | (skip or set()) | spans
        cut |= {t.i for d in c.subtree if d.i != c.i and aside_clause(d) for t in d.subtree}
        cut |= {t.i for d in c.subtree if d.i != c.i and _condition_head(d) for t in d.subtree}
        cut |= {t.i for d in c.subtree if d.dep_ == "conj" and d.i != c.i and _anyone_else(d) for t in d.subtree}
        cut |= {t.i for d in c.subtree if d.i != c.i and _parallel_preposition(d, verb) for t in d.subtree}
        cut |= {t.i for d in c.subtree if d.i != c.i and d.dep_ == "prep" and d.lower_ in _CONCESSIVE_PREPS
                for t in d.subtree}  # "press ahead with the reform | despite the protests"
        cut |= {d.i for d in c.subtree if d.dep_ == "cc" and d.i + 1 in cut}  # "or | to anyone else"
        if permitted(c):  # "let civilians leave Zamzam | and to allow ...": the next act is its own
            cut |= {t.i for d in c.children if d.dep_ in ("conj", "cc") and d.i > c.i for t in d.subtree}
        keep.update(t.i for t in c.subtree if t.i in inside and t.i not in cut)
        if (state := _with_state(c)) is not None:  # "live with its back turned on X"
            keep.update(t.i for t in state.subtree if t.i in inside)
    goal = stated_purpose(verb, inside)
    if goal is not None and keep:  # "compromise our security to get it", "work with X to clear the lanes"
        cut = {t.i for d in goal.subtree if d.dep_ in _CLAUSE_CUTS and d.i != goal.i for t in d.subtree}
        keep.update(t.i for t in goal.subtree if t.i in inside and t.i not in cut)
    doc = verb.doc
    for t in [doc[i] for i in sorted(keep)]:
        if t.i in keep and t.i != verb.i and _stranded_clause(t, keep, inside):
            keep -= {d.i for d in t.subtree}  # "a bill that would let | voters elect ...": the cut left it hanging
    dropped = _decorations([doc[i] for i in sorted(keep)])
    toks = [doc[i] for i in sorted(keep) if i not in dropped]
    # "impose no sanctions": the negation is the clause's (read by the stance), not the object's;
    # a negation deeper down stays ("sanctions that have not been approved")
    toks = [t for t in toks if not (t.lower_ in _NEGATIVE_DETS and t.dep_ == "det" and t.head.head.i == verb.i)]
    out: list[Token] = []
    for t in toks:  # stop at the first gap's punctuation ("..., which ...", "border, amid reports")
        if out and t.i != out[-1].i + 1 and (t.is_punct or any(
                doc[k].is_punct and k not in dropped for k in range(out[-1].i + 1, t.i))):
            break
        out.append(t)
        if len(out) >= _MAX_OBJECT_TOKENS:
            # a name is not cut in two ("in the Black | Sea"): drop the words whose head lies beyond
            while out and out[-1].head.i > out[-1].i and out[-1].head.i not in {o.i for o in out}:
                out.pop()
            break
    # a contrast cut off ("real market access, not | symbolic cuts") leaves no "not" behind
    while out and (out[-1].is_punct or out[-1].dep_ in ("cc", "prep", "det") or out[-1].dep_ == "neg"):
        out.pop()
    if out and out[-1].dep_ in ("relcl", "acl") and out[-1].pos_ in ("VERB", "AUX") and out[-1].i != verb.i \
            and all(c.tag_ in ("WDT", "WP") for c in out[-1].children):
        clause = out[-1]  # "any deal that lets | ...": a clause whose words the parse put elsewhere says nothing
        out = [t for t in out if t.i != clause.i and t.head.i != clause.i]
    while out and out[0].is_punct:
        out.pop(0)
    return out


def _stranded_object(verb: Token, inside: set[int]) -> list[Token]:
    """The object the parser gave to the cue: in "The Philippines will never abandon Second
    Thomas Shoal, a spokesman said" the shoal was read as the subject of "said". The noun
    phrase that ends the quote right after a verb without arguments, when it hangs outside
    the quote, is the verb's object."""
    if verb.lemma_ in _LIGHT_VERBS or any(c.dep_ in _ARGUMENT_DEPS or c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return []
    end = max(inside)
    while end > verb.i and verb.doc[end].is_punct:
        end -= 1
    toks = list(verb.doc[verb.i + 1:end + 1])
    if not toks or len(toks) > _MAX_OBJECT_TOKENS or any(t.is_punct or verb.is_ancestor(t) for t in toks):
        return []
    roots = [t for t in toks if not toks[0].i <= t.head.i <= toks[-1].i or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or roots[0].head.i in inside:
        return []
    return toks


def _render(toks: list[Token], renamed: dict[int, str] | None) -> str:
    """Tokens as text, with capitals standing for governments read as their country."""
    parts = []
    for k, t in enumerate(toks):
        if k and t.i != toks[k - 1].i + 1 and parts and not parts[-1].endswith((" ", "\n")):
            parts[-1] += " "  # words the object skipped ("border , amid" cut at the comma) leave a space
        if renamed and t.i in renamed:
            name = renamed[t.i]
            if name and name.rsplit(" ", 1)[-1] in _THE_HEADS and not name.lower().startswith("the ") \
                    and t.dep_ != "poss" and not (k and toks[k - 1].dep_ == "det"):
                renamed = {**renamed, t.i: f"the {name}"}  # "sue Washington" → "sue the United States"
            if renamed[t.i]:
                glued = t.i + 1 < len(t.doc) and (t.doc[t.i + 1].is_punct or t.doc[t.i + 1].lower_ in ("'s", "’s"))
                parts.append(renamed[t.i] + (t.whitespace_ or ("" if glued else " ")))  # "Ottawa's" → "Canada's"
            elif parts and not t.whitespace_:
                parts[-1] = parts[-1].rstrip()
        else:
            parts.append(t.text_with_ws)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _referent(pronoun: Token, *, owner: bool = False) -> str | None:
    """The phrase a pronoun of the object or patient stands for (:func:`~.referents.antecedent`),
    in its sentence or the two before ("The amendments need a two-thirds majority ... The party
    has said it will not back them" → "the amendments")."""
    sents = list(pronoun.doc.sents)
    k = next((n for n, sent in enumerate(sents) if sent.start <= pronoun.i < sent.end), 0)
    noun = antecedent(pronoun, sents[max(0, k - 2)].start, owner=owner)
    return referent_text(noun) if noun is not None else None


#: Determiners of a noun phrase that refers back to something named before ("the crossings",
#: "its objection", "this ban").
_REFERRING_DETS = frozenset("the its their his her our my this these".split())
#: Dependents before a noun that name which thing it is ("the electronic transactions levy",
#: "Skopje's accession talks", "its closed border crossings").
_NAMING_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss"})
#: Words of the longest fuller mention written for a short one (a name-like phrase, not a description).
_MAX_MENTION_WORDS = 7
#: Dependents inside a mention's complement that comment on it rather than name it.
_MENTION_CUTS = frozenset({"relcl", "appos", "advcl", "parataxis"})


def short_mention(noun: Token) -> bool:
    """A common noun that only refers back: "the crossings", "its objection", "the southern
    blocks" — a referring determiner, perhaps adjectives, nothing else. Not a name, a body or
    a person ("the committee", "the officer": actors), a unit of time, nor a phrase that
    already says which ("the ban on fishing", "the rent brake bill")."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in _TIME_NOUNS or noun.lemma_.lower() in (
            BODY_HEADS | CORE_HEADS):
        return False
    kids = list(noun.children)
    dets = [c for c in kids if c.dep_ in ("det", "poss") and c.i < noun.i]
    if len(dets) != 1 or dets[0].lower_ not in _REFERRING_DETS:
        return False
    return all(c.dep_ in ("det", "poss") or c.dep_ == "amod" and c.i < noun.i for c in kids)


def _mention_tokens(noun: Token, *, lists: bool = True) -> list[Token] | None:
    """The words of a noun phrase that say which thing it is: its modifiers before it (an owner
    named, not a pronoun) and its prepositional complements after it, up to the first comma,
    without a determiner, clause, apposition or time ("a ban on seafood imports from
    Fukushima, which ..." → "ban on seafood imports from Fukushima"; "a vote on changing the
    election law"). None without a compound, owner or complement ("attempted crossings": an
    adjective alone says no more)."""
    keep = {noun.i}
    named = False
    for c in noun.children:
        if c.i < noun.i and c.dep_ in _NAMING_MODIFIERS:
            if c.dep_ == "poss" and c.pos_ != "PROPN":
                continue  # "its": the short mention's own determiner stands
            keep.update(t.i for t in c.subtree)
            named = named or c.dep_ != "amod"
        elif c.i > noun.i and c.dep_ == "prep" and not _skipped_prep(c) and not _marker_phrase(c):
            obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                        or g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
            if obj is None or obj.ent_type_ in ("DATE", "TIME") or _span_of_time(c):
                continue  # "with Chad open for aid", read as one phrase: not a complement
            cut = _nested_times(c) | {t.i for d in c.subtree if d.i != c.i and (
                d.dep_ in _MENTION_CUTS or past_clause(d) or not lists and d.dep_ in ("conj", "cc")
            ) for t in d.subtree}
            keep.update(t.i for t in c.subtree if t.i not in cut)
            named = True
    if not named:
        return None
    doc = noun.doc
    toks: list[Token] = []
    for i in sorted(keep):
        if toks and (i != toks[-1].i + 1 or doc[i].dep_ == "punct" and doc[i].tag_ != "HYPH"):
            break  # the first gap or comma ends it ("levy on transfers, introduced in 2022")
        toks.append(doc[i])
    if noun.i not in {t.i for t in toks}:
        return None
    if sum(not t.is_punct and t.dep_ != "case" for t in toks) > _MAX_MENTION_WORDS:
        # a list inside it is named by its first item ("a ban on seafood imports from Fukushima
        # and seven other prefectures" → "ban on seafood imports from Fukushima"); longer still,
        # a description rather than a name ("talks between the special envoys of the two countries")
        return _mention_tokens(noun, lists=False) if lists else None
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "prep", "det", "case")):
        toks.pop()
    return toks


def fuller_mention(noun: Token, renamed: dict[int, str] | None = None) -> str | None:
    """A short mention (:func:`short_mention`) as the article named it more fully: the nearest
    noun before it with the same lemma and number that says which thing it is, in its words
    (:func:`_mention_tokens`; capitals read as their countries) after the short mention's own
    determiner, unless it names an owner: "Poland will not reopen its closed border crossings
    with Belarus ... the crossings stay shut" → "the closed border crossings with Belarus";
    "Skopje's accession talks ... the talks" → "Skopje's accession talks". The short
    mention's adjectives stay, before the fuller words ("the southern blocks" after "oil and
    gas exploration blocks" → "the southern oil and gas exploration blocks"), unless the
    fuller mention has adjectives or an owner of its own, which could be at odds with them.
    None when the article names it no more fully."""
    if not short_mention(noun) or renamed and noun.i in renamed:
        return None  # "the group" read as the organization already
    det = next(c for c in noun.children if c.dep_ in ("det", "poss"))
    if noun.lower_ == "rest" and det.lower_ == "the":
        return _remainder(noun, renamed)
    adjectives = [c for c in noun.children if c.dep_ == "amod"]
    for t in reversed(noun.doc[:noun.i]):
        if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN" or t.tag_ != noun.tag_:
            continue
        toks = _mention_tokens(t)
        if toks is None:
            continue
        words = _render(toks, renamed)
        owned = any(w.dep_ == "poss" and w.head.i == t.i for w in toks)
        extra = [a for a in adjectives if a.lemma_.lower() not in {w.lemma_.lower() for w in toks}]
        if extra and (owned or any(c.dep_ == "amod" for c in t.children)):
            continue
        if owned:
            return words  # "Skopje's accession talks"
        return " ".join([det.lower_ if det.lower_ == "the" else det.text, *(a.text for a in extra), words])
    return None


def _remainder(rest: Token, renamed: dict[int, str] | None) -> str | None:
    """"the rest" after a part of something its sentence counted: "closed two of its six crossings
    with Belarus ... ready to shut the rest" → "the remaining crossings with Belarus"; "paid two months
    of the arrears ... the rest" → "the remaining arrears". None when the sentence counts no part."""
    for t in reversed(rest.doc[rest.sent.start:rest.i]):
        part = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
        if t.pos_ != "NOUN" or part is None or not (part.pos_ == "NUM" or any(
                c.dep_ == "nummod" for c in part.children)):
            continue
        toks = _mention_tokens(t) or [t]
        return f"the remaining {_render(toks, renamed)}"
    return None


def fuller_object(obj: str, nouns: Iterable[Token], renamed: dict[int, str] | None = None) -> str:
    """``obj`` with each short mention among ``nouns`` (a clause's) written as the article
    named it (:func:`fuller_mention`): "reopen the crossings" → "reopen the closed border
    crossings with Belarus". A mention the object does not hold once is left alone; an object
    whose determiner was dropped ("crossings") takes the fuller words without it."""
    for noun in nouns:
        full = fuller_mention(noun, renamed)
        if full is None:
            continue
        det = next(c for c in noun.children if c.dep_ in ("det", "poss"))
        short = noun.doc[det.i:noun.i + 1].text
        found = list(re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", obj, flags=re.I))
        bare = list(re.finditer(rf"(?<![\w-]){re.escape(noun.text)}(?![\w-])", obj))
        if len(bare) != 1:
            continue
        if len(found) == 1:
            obj = obj[:found[0].start()] + full + obj[found[0].end():]
        elif bare[0].start() == 0 and det.i == noun.i - 1:
            obj = re.sub(r"^the ", "", full) + obj[bare[0].end():]  # "crossings" → "closed border crossings ..."
    return obj


_SOIL_NOUNS = frozenset({"soil", "territory", "land"})


def _soil_renames(toks: list[Token], gazetteer) -> dict[int, str]:
    """"on Burkinabe soil", "on Polish territory" read as the country: "in Burkina Faso"."""
    out: dict[int, str] = {}
    if gazetteer is None:
        return out
    ids = {t.i for t in toks}
    for t in toks:
        if t.lemma_.lower() not in _SOIL_NOUNS or t.dep_ != "pobj" or t.head.i not in ids:
            continue
        if t.head.lower_ not in ("on", "in", "onto", "into"):
            continue
        kids = list(t.children)
        if len(kids) != 1 or kids[0].dep_ != "amod" or not kids[0].text[:1].isupper():
            continue
        ref = gazetteer.lookup(kids[0].text)
        name = gazetteer.country_name(ref.country) if ref is not None and ref.type == "PLACE" and ref.country else None
        if name:
            out.update({t.head.i: "in", kids[0].i: name, t.i: ""})
    return out


def pronoun_renames(toks: Iterable[Token]) -> dict[int, str]:
    """Plural pronoun objects read as what they refer back to ("will not back them" → "will
    not back the amendments"); see :func:`_referent`."""
    out = {}
    for t in toks:
        if t.lower_ == "them" and t.dep_ in ("dobj", "pobj") and (ante := _referent(t)):
            out[t.i] = ante
    return out


def _patient_phrase(tok: Token, inside: set[int], *, passive: bool = False,
                    renamed: dict[int, str] | None = None) -> str:
    """The phrase a passive or lasting clause acts on; in a passive, its possessive "its" or
    "their" cannot be the holder's (the holder acts on it) and reads as what it refers back to
    ("... the Constitutional Court ... its decisions will not be applied" → "the Constitutional
    Court's decisions")."""
    free_choice = tok.pos_ == "PRON"  # "anyone who attacks public property": the clause says who
    cut = {t.i for c in tok.children if c.dep_ in ("relcl", "appos", "punct") and c.i > tok.i
           and not (free_choice and c.dep_ == "relcl") for t in c.subtree}
    toks = [t for t in tok.subtree if t.i in inside and t.i not in cut
            and not (passive and t.head.i == tok.i and t.dep_ == "det" and t.lower_ == "no")]  # read by the stance
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None) if passive else None
    ante = _referent(poss, owner=True) if poss is not None else None
    if poss is not None and ante:
        text = "".join((ante + "'s" + poss.whitespace_) if t.i == poss.i else t.text_with_ws for t in toks).strip()
    else:
        text = _render(toks, renamed)  # "talks with Brasília" → "talks with Brazil"
    if toks and (toks[0].dep_ in ("det", "poss") and toks[0].pos_ in ("DET", "PRON") or toks[0].pos_ == "NOUN") \
            and toks[0].text[:1].isupper() and not (toks[0].text.isupper() and len(toks[0].text) > 1):
        text = text[:1].lower() + text[1:]  # "The convoys would be allowed" → "allows the convoys"
    return _possessives(text, False)


_LASTING_VERBS = frozenset({"remain", "stay"})


def ergative_frame(verb: Token, patient: Token, inside: set[int], subject_text: str, plural: bool, gazetteer=None,
                   renamed: dict[int, str] | None = None) -> Frame | None:
    """A thing changing that someone wants changed: "Oslo wanted the talks to resume in London"
    → Norway resumes the talks in London; the verb, the thing as its object, the verb's own
    phrases after it. None for a name or a pronoun as the thing."""
    if patient.pos_ != "NOUN":
        return None
    obj = _patient_phrase(patient, inside, renamed=renamed)
    if not obj:
        return None
    rest = _render(_object_tokens(verb, inside), renamed)
    return keyed_frame(verb.lemma_.lower(), f"{obj} {rest}" if rest else obj, subject_text, plural, gazetteer)


def referred_state(patient: Token, inside: set[int]) -> str | None:
    """The state a "so" of lasting refers back to: in "pensions are indexed to inflation and will
    remain so", "the border is closed and will stay so", the first conjunct's participle or
    adjective with its phrases ("indexed to inflation", "closed"); None without such a "so"."""
    head = patient.head
    if patient.dep_ == "nsubjpass" and head.tag_ == "VBN":
        state = head
    elif patient.dep_ == "nsubj" and head.lemma_ == "be":
        state = next((c for c in head.children if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "VERB")), None)
    else:
        return None
    lasting = next((c for c in head.children if c.dep_ == "conj" and c.lemma_ in _LASTING_VERBS and c.i in inside
                    and any(g.dep_ == "advmod" and g.lower_ == "so" for g in c.children)), None)
    if state is None or lasting is None:
        return None
    toks = [state] + [t for c in state.children if c.dep_ in ("prep", "advmod", "agent") and c.i > state.i
                      and c.i < lasting.i for t in c.subtree if t.i in inside]
    toks = [t for t in sorted(toks, key=lambda t: t.i) if t.i < lasting.i and not (t.dep_ == "cc")]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    return "".join(t.text_with_ws for t in toks).strip() or None


def persistence_frame(patient: Token, inside: set[int], subject_text: str, plural: bool, gazetteer=None,
                      renamed: dict[int, str] | None = None) -> Frame | None:
    """"the ban will stay" in a holder's mouth: the holder keeps the ban; "the border is closed
    and will remain so": the holder keeps it in that state (:func:`referred_state`)."""
    from ...lexicon.keys import text_key

    obj = _patient_phrase(patient, inside, renamed=renamed)
    if not obj or patient.pos_ != "NOUN":
        return None  # a name staying ("the Sierra Madre will stay where it is", "Maduro will stay") is no
        # measure the holder keeps
    state = referred_state(patient, inside)
    if state:
        obj = f"{obj} {state}"
    key = text_key("keep", obj, gazetteer=gazetteer)
    return Frame(Predicate("keep", key.partition(":")[0]), obj, key.partition(":")[2] or None, subject_text,
                 None, plural, False)


def speaker_possessives(verb: Token, inside: set[int], subject: list[Actor], side: list[Actor]) -> dict[int, str]:
    """"our" in a proposition whose subject is not the speaker's side is the side's: "we demand
    that Russia withdraw its troops from our territory" → "from Ukraine's territory" (read from
    the subject, "our" would be Russia's). Empty when the subject is the side or no side is known."""
    if len(side) != 1 or not subject or any(a.name == side[0].name or a.code and a.code == side[0].code
                                            for a in subject):
        return {}
    return {t.i: "the" if _shared(t) else f"{side[0].name}'s" for t in verb.subtree
            if t.i in inside and t.i > verb.i and t.lower_ == "our" and t.dep_ == "poss"}


def _shared(poss: Token) -> bool:
    """"our two countries", "our peoples", "our bilateral relations": what the speaker's side
    shares with the other, not its own."""
    head = poss.head
    return any(c.dep_ in ("nummod", "amod") and c.lower_ in ("two", "both", "bilateral", "mutual")
               for c in head.children) or head.lemma_.lower() in ("people", "relation", "tie") and head.tag_ == "NNS"


_FIRST_PERSON = {"our": "its", "my": "its", "us": "it"}


def _possessives(text: str, plural: bool) -> str:
    """First-person possessives in a proposition read from the subject: "our troops" → "its
    troops" ("their troops" after a plural subject)."""
    text = re.sub(r"\b(?:our|Our) (two|both) ", lambda m: f"the {m.group(1)} ", text)  # "our two countries"

    def swap(m: re.Match) -> str:
        word = m.group(0)
        new = "their" if plural and word.lower() in ("our", "my") else _FIRST_PERSON[word.lower()]
        return new.capitalize() if word[0].isupper() else new
    return re.sub(r"\b(?:our|my|Our|My)\b", swap, text)


_GIVING_VERBS = frozenset("give provide offer".split())
_FREE_RELATIVES = frozenset("what whatever whichever".split())


def _main_argument(verb: Token, toks: list[Token]) -> Token | None:
    """The argument that names what the verb acts on: its direct object or complement, else the
    object of its first prepositional phrase among ``toks`` (an infinitive or clause as such)."""
    ids = {t.i for t in toks}
    kids = [c for c in verb.children if c.i in ids]
    first = next((c for c in kids if c.dep_ in ("dobj", "attr", "oprd", "acomp", "dative")), None)
    if first is not None:
        return first
    prep = next((c for c in kids if c.dep_ == "prep"), None)
    if prep is not None:
        return next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return next((c for c in kids if c.dep_ == "xcomp"), None)


def empty_object(verb: Token, toks: list[Token], inside: set[int]) -> bool:
    """Is what the clause acts on left unsaid? A shell noun without its content ("promise a
    date", "raise the issue", "study any proposal": :data:`SHELL_NOUNS`), a free relative ("stick
    to what was agreed", "do whatever it can"), or a light verb whose only argument is an
    infinitive ("do ... to keep it that way"): the proposition would name nothing a reader could
    hold the speaker to, so the clause carries no statement."""
    arg = _main_argument(verb, toks)
    if arg is None:
        clause = next((c for c in verb.children if permitted(c) and c.i in inside), None)
        # "let state institutions do their work": what is let happen is itself unsaid
        return clause is not None and empty_object(clause, _object_tokens(clause, inside), inside)
    if arg.dep_ == "xcomp":
        return verb.lemma_ in _LIGHT_VERBS
    if arg.lower_ in _FREE_RELATIVES or any(
            t.lower_ in _FREE_RELATIVES and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.i == arg.i
            for t in arg.children):
        return True  # "whatever", "to what was agreed"
    if verb.lemma_ in _GIVING_VERBS and arg.dep_ == "dobj" and arg.lemma_.lower() in TELLING_NOUNS:
        return True  # "give a date for the elections", "provide details": the speaker's telling
    return bare_shell(arg)


def bare_shell(noun: Token) -> bool:
    """A shell noun (:data:`SHELL_NOUNS`) without its content: "the issue", "a date", "the
    job"; its content, when given, follows it or names it ("the issue of visas", "a date for
    the vote", "the question whether ...", "the Kosovo issue"); determiners and adjectives add none."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SHELL_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "return to work", "get to work": a bare noun after a preposition names the activity
    return not any(c.dep_ in ("prep", "compound", "nmod", "acl", "relcl", "appos", "ccomp", "nummod")
                   or c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


#: Verbs of reacting and the modifiers that make a measure a reaction ("retaliatory measures").
_REACTION_VERBS = frozenset("retaliate respond react".split())
_REACTION_WORDS = frozenset("retaliatory reciprocal countermeasure countermeasures retaliation mirror".split())
_CONDITION_MARKS = frozenset({"if", "unless", "should"})


def reaction_target(verb: Token, toks: list[Token], inside: set[int]) -> Token | None:
    """Whom a reaction without a target is against: the actor of the condition it answers ("if
    Riga went ahead with the expulsions, Moscow would take retaliatory measures" → against
    Latvia): the condition's subject when it is a name (the callers read it as a country or
    capital); None when the reaction names its target ("measures against Latvia")."""
    ids = {t.i for t in toks}
    react = verb.lemma_ in _REACTION_VERBS or any(t.lower_ in _REACTION_WORDS for t in toks)
    if not react or any(t.lower_ in ("against", "to", "on") and t.dep_ == "prep" for t in toks):
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.i not in inside or c.i in ids or not any(
                m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children):
            continue
        subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":  # a country or capital: the callers check
            return subject
    return None


def legislature_vote(verb: Token, toks: list[Token]) -> str | None:
    """The legislature whose vote a "vote for / against" a bill, budget or motion is part of
    (:data:`~wirecoder.lexicon.propositions.VOTED_NOUNS`): the proposition is that body passing
    it, as headlines put it ("the opposition will vote against the budget" → Parliament passes
    the budget, against). The legislature is the last one the article names before the verb
    (a name headed by :data:`~wirecoder.lexicon.propositions.LEGISLATURE_NOUNS`: "the National
    Assembly", "the Bundestag"), else the first after it, else "Parliament". None for any other
    clause ("vote for the opposition", "vote in the referendum")."""
    if verb.lemma_.lower() != "vote" or len(toks) < 2 or toks[0].lower_ not in ("for", "against") \
            or toks[0].head.i != verb.i:
        return None
    pobj = _pobj(toks[0])
    if pobj is None or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in VOTED_NOUNS:
        return None
    return legislature_of(verb)


def legislature_of(verb: Token) -> str:
    """The legislature a vote at ``verb`` is part of (:func:`legislature_vote`)."""
    houses = [e for e in verb.doc.ents if e.label_ in ("ORG", "FAC", "GPE")
              and e[-1].lemma_.lower() in LEGISLATURE_NOUNS or e.label_ == "ORG" and e.root.lemma_.lower() in LEGISLATURE_NOUNS]
    before = [e for e in houses if e.end <= verb.i]
    found = before[-1] if before else next(iter(houses), None)
    if found is None:
        return "Parliament"
    words = [t for t in found if not (t.i == found.start and t.lower_ == "the")]
    return "".join(t.text_with_ws for t in words).strip()


def _conduct_state(verb: Token, inside: set[int]) -> Token | None:
    """The bare adjective of "stay calm", "remain peaceful": a verb of lasting over a state of
    :data:`~wirecoder.lexicon.propositions.CONDUCT_STATES` with no words of its own; None
    otherwise ("remain calm about the figures" is a description). Only a group's conduct is a
    position (``open_frame`` asks for a plural subject): "the ambassador will stay calm" is none."""
    if verb.lemma_ not in ("stay", "remain"):
        return None
    return next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.i in inside
                 and c.lower_ in CONDUCT_STATES and not any(c.children)), None)


#: Verbs and particles of carrying a plan out: "go ahead with", "press ahead with", "push on
#: with", "proceed with".
_AHEAD = frozenset("ahead forward on".split())
_CARRY_ON = frozenset("go press push forge move plough plow".split())
#: Nouns of a plan whose "to"-infinitive names the act: "a plan to raise VAT".
_PLAN_NOUNS = frozenset("plan plans proposal proposals decision bid effort move intention programme program".split())


def _going_ahead_with(verb: Token, inside: set[int]) -> Token | None:
    """The act a clause of carrying a plan out names: "raise" in "will go ahead with a plan to
    raise VAT", "press ahead with plans to sell the port", "proceed with its decision to close
    the mine"; None otherwise."""
    lemma = verb.lemma_.lower()
    if not (lemma == "proceed" or lemma in _CARRY_ON and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in _AHEAD for c in verb.children)):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and (plan := _pobj(prep)) is not None \
                and plan.lemma_.lower() in _PLAN_NOUNS:
            act = next((c for c in plan.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i in inside
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if act is not None:
                return act
    return None


#: Votes a question is put to: "put the agreement to a referendum" is holding one on it.
_VOTES = frozenset("referendum plebiscite vote ballot".split())


def _put_to_a_vote(verb: Token, toks: list[Token]) -> tuple[str, list[Token]] | None:
    """("a referendum on", the question's tokens) for "put X to a referendum", "submit X to
    a popular vote" ("the question of its status" read as "its status"); None otherwise."""
    if verb.lemma_ not in ("put", "submit", "bring"):
        return None
    to = next((t for t in toks if t.dep_ == "prep" and t.lower_ == "to" and t.head.i == verb.i
               and (o := _pobj(t)) is not None and o.lemma_.lower() in _VOTES), None)
    if to is None:
        return None
    vote = _pobj(to)
    cut = {t.i for t in to.subtree}
    rest = [t for t in toks if t.i not in cut]
    obj = next((t for t in rest if t.dep_ == "dobj" and t.head.i == verb.i), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in ("question", "issue", "matter") and (of := next(
            (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None), None)):
        drop = {obj.i, of.i, *(c.i for c in obj.children if c.dep_ == "det")}
        rest = [t for t in rest if t.i not in drop]  # "the question of its status" → "its status"
    return f"a {vote.lemma_.lower()} on", rest


def open_frame(verb: Token, inside: set[int], subject_text: str, plural: bool, gazetteer=None,
               patient: Token | None = None, renamed: dict[int, str] | None = None) -> Frame | None:
    """A frame for any predicate: the verb lemma with its particle, and its arguments whole as
    the object; keyed by lemmas and object (:func:`wirecoder.lexicon.keys.text_key`). None for a
    light verb without arguments ("we will do it")."""
    from ...lexicon.keys import text_key

    if (planned := _going_ahead_with(verb, inside)) is not None:
        # "will go ahead with a plan to raise VAT on bread": raising it
        return open_frame(planned, inside, subject_text, plural, gazetteer, renamed=renamed)
    if plural and (conduct := _conduct_state(verb, inside)) is not None:  # a group's restraint, not one person's mood
        key = text_key(verb.lemma_.lower(), conduct.lower_, gazetteer=gazetteer)  # "stay calm"
        return Frame(Predicate(verb.lemma_.lower(), key.partition(":")[0]), conduct.lower_,
                     key.partition(":")[2] or None, subject_text, None, plural, False)
    if verb.lemma_ == "be" or verb.lemma_ in _COPULAS and any(
            c.dep_ in ("attr", "acomp", "oprd") and c.i in inside for c in verb.children):
        return None  # copulas describe ("the rally will be the biggest", "the sea must remain a sea of
        # trade"); relations and states ("remain neutral", "stay partners") come from the tables
    base = [verb.lemma_.lower(), *(c.lower_ for c in particles(verb))]
    from .chains import interrupted_object_tokens

    unanswered = _left_without(verb, inside)
    toks = interrupted_object_tokens(verb, inside) or _object_tokens(
        verb, inside, skip=unanswered[1] if unanswered else None) or _stranded_object(verb, inside)
    opposed = None
    vote = None
    if (put := _put_to_a_vote(verb, toks)) is not None:  # "put the agreement to a referendum": hold one on it
        vote, toks = put
        base = ["hold"]
    house = legislature_vote(verb, toks)
    if house is not None:  # "will vote against the bill": against the legislature passing it
        opposed = "pass" if toks[0].lower_ == "against" else None
        base, toks, subject_text, plural = ["pass"], toks[1:], house, False
    elif len(toks) > 1 and toks[0].lower_ == "against" and toks[0].head.i == verb.i and len(base) == 1 \
            and base[0] in AGAINST_COUNTERS:
        opposed, toks = AGAINST_COUNTERS[base[0]], toks[1:]  # "vote against the increase": for it, denied
    pronouns = {**pronoun_renames(toks), **_goal_renames(verb, inside, renamed)}
    names = {**(renamed or {}), **pronouns, **_soil_renames(toks, gazetteer)}
    obj = _render(toks, names)
    timed = {t.i for c in toks if c.dep_ == "prep" and is_deadline(c) for t in c.subtree}
    keyed = _render([t for t in toks if t.i not in timed], names)  # "hold an election | in February"
    content = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM") or t.i in pronouns
               or renamed and renamed.get(t.i)]
    if obj and not content or base[0] in _LIGHT_VERBS and obj.lower() in _REFERRING_OBJECTS:
        return None  # "do something about it", "promise that", "expect Venezuela to do the same": nothing to key on
    if toks and (main := _main_argument(verb, toks)) is not None and referring_one(main):
        return None  # "set one", "vote for one that ...": what "one" stands for is said before
    if patient is None and toks and empty_object(verb, toks, inside) or patient is not None and bare_shell(patient):
        return None  # "promise a date", "raise the issue", "the job will be finished": what, unsaid
    target = reaction_target(verb, toks, inside) if patient is None else None
    ref = gazetteer.lookup(target.text) if target is not None and gazetteer is not None else None
    name = target is not None and ((renamed or {}).get(target.i) or (
        gazetteer.country_name(ref.country) if ref is not None and ref.type == "COUNTRY" and ref.country else None))
    if name:  # "Riga" (the government) → Latvia
        obj, keyed = (f"{o} against {name}" if o else f"against {name}" for o in (obj, keyed))
        # "retaliatory measures against Latvia"
    if patient is not None:
        acted_on = _patient_phrase(patient, inside, passive=True, renamed=renamed)
        obj, keyed = (" ".join(p for p in (acted_on, o) if p) for o in (obj, keyed))
    obj, keyed = _possessives(obj, plural), _possessives(keyed, plural)
    if vote and obj:
        obj, keyed = f"{vote} {obj}", f"{vote} {keyed}"
    if not obj and (verb.lemma_ in _LIGHT_VERBS or verb.lemma_ not in INTRANSITIVE_ACTS) and " ".join(
            base) not in PHRASAL_ACTS:
        return None  # "she should step down" is an act without an object, "we will do it" none
    counter = COUNTER_ATTITUDES.get(base[0]) if obj and len(base) == 1 else None
    if opposed and obj:
        counter = opposed
    if unanswered and obj:
        counter = unanswered[0]  # "will not leave X without a response": responds to X
    surface = counter or " ".join(base)
    key = text_key(surface, keyed or None, gazetteer=gazetteer)  # without its dates, the text's
    pred = Predicate(surface, key.partition(":")[0], denies=counter is not None)
    return Frame(pred, obj or None, key.partition(":")[2] or None, subject_text, None, plural, False)


# -- acts named by a noun with their patient before them ----------------------------------------
#: Common nouns that name who acts, not what is acted on, when they modify an act noun ("a
#: police crackdown", "an army offensive", "a union strike").
_AGENT_COMPOUNDS = frozenset("""police army military government state court union party rebel rebels
militia regime administration ministry navy coalition opposition""".split())
#: Units of a measure: an act noun's "of" phrase over one says how much, not what ("an
#: increase of half a percentage point", "a cut of 2 percent").
_MEASURE_UNITS = frozenset("point points percent percentage cent basis".split())


def compound_patient(act: Token, inside: set[int]) -> Token | None:
    """The thing an act noun acts on, named by a common noun before it: "a tax increase" (raise
    taxes), "the VAT increase", "a troop withdrawal", "the border reopening"; not an agent noun
    ("a police crackdown") or a name ("a U.S. sale"). An act noun with an adjective of its own
    reads as a thing had rather than an act done ("real market access", "a gradual increase"), and
    so does one with an owner or a compound of compounds ("the EU's carbon border levy")."""
    if any(c.dep_ in ("amod", "poss") for c in act.children):
        return None
    for c in act.children:
        if c.dep_ == "compound" and c.i < act.i and c.i in inside and c.tag_ in ("NN", "NNS") \
                and c.lemma_.lower() not in _AGENT_COMPOUNDS and not c.like_num \
                and not any(g.dep_ == "compound" for g in c.children):
            return c
    return None


def measure_phrase(noun: Token) -> bool:
    """Is ``noun`` (the object of an act noun's "of") a measure: a percentage, a sum of money
    or a quantity in units ("of half a percentage point", "of 2 percent", "of $5 billion")?"""
    return noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or noun.lemma_.lower() in _MEASURE_UNITS


def compound_act_frame(act: Token, patient: Token, verb: str, inside: set[int], subject_text: str, plural: bool,
                       gazetteer=None) -> Frame:
    """The frame of an act noun whose patient is its compound (:func:`compound_patient`): the
    act's verb over the compound and the noun's own complements ("any tax increase for
    defense" → increase | tax for defense); measures and times stay out."""
    from ...lexicon.keys import text_key

    keep = [patient]
    for c in act.children:
        if c.dep_ != "prep" or c.i < act.i or c.i not in inside or c.lower_ == "of" or _marker_phrase(c):
            continue
        pobj = _pobj(c)
        if pobj is None or measure_phrase(pobj) or pobj.ent_type_ in ("DATE", "TIME") or _span_of_time(c):
            continue
        keep.extend(t for t in c.subtree if t.i in inside)
        break
    obj = " ".join([patient.text, "".join(t.text_with_ws for t in keep[1:]).strip()]).strip()
    key = text_key(verb, obj, gazetteer=gazetteer)
    return Frame(Predicate(verb, key.partition(":")[0]), obj, key.partition(":")[2] or None, subject_text, None,
                 plural, False)
