"""Who acts and on whom: the actor and recipients of a trigger, read from the parse.

The actor is the trigger's subject (or the agent of a passive, the noun a participle or relative
clause modifies, the subject it shares as a coordinated or controlled verb); recipients are its
objects (direct object, dative, objects of "with", "on", "against", "to", "at"), the possessor or
"of" object of a thing acted on ("condemned China's actions" → China), and for verbal acts with a
clause ("warned that Riga ...", "demanded that Skopje ...") the actors named in the clause.

Each argument resolves to an :class:`~wirecoder.records.EventActor` through the article's entities
(their mentions carry ISO3 countries; capitals acting as governments are mentions of their
country), demonyms and place names inside the noun phrase ("Chinese personnel", "authorities of
Kosovo", "Belgrade-bound buses"), PLOVER's non-state codes for international bodies (EU → EUR,
UN → UNO, NATO/AU/IMF → IGO, rights groups → NGO), the quote's speaker for "it"/"we" inside an
attributed report, and for a bare "police", "the government", "protesters" the article's country.
A capital is a government only here, as an argument: "a rally in Belgrade" gives a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping

from spacy.tokens import Doc, Token

from ...records import EventActor, Entity
from .lexicon import CLASSES
from .plover import PloverTables

__all__ = ["ArgumentIndex", "arguments", "dateline_cut", "entity_actor", "sentence_end", "sentence_start", "subject_of"]

_RECIPIENT_PREPS = frozenset({"with", "on", "against", "to", "at", "upon", "toward", "towards",
                              "into", "between"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"})
_EU = ("european union", "eu", "e.u.", "european commission", "european parliament",
       "european council", "eufor", "commission", "brussels")
_UN = ("united nations", "un", "u.n.", "un security council", "u.n. security council",
       "security council", "un general assembly", "peacekeepers")
#: The UN's agencies, funds and offices, coded IGO like other intergovernmental bodies; "UNO"
#: is the United Nations itself (its Secretariat, Security Council, General Assembly).
_UN_AGENCIES = ("unhcr", "unicef", "world food programme", "world food program", "wfp", "ocha",
                "undp", "unrwa", "unesco", "unfpa", "iom", "fao", "who", "world health organization")
_AGENCY_NOUNS = frozenset({"office", "agency", "programme", "program", "fund", "commissioner",
                           "organization", "organisation", "commission", "mission"})
_NGO_WORDS = ("amnesty", "human rights watch", "red cross", "doctors without borders",
              "médecins sans frontières", "msf", "observatory", "rights group", "watchdog",
              "greenpeace", "oxfam", "save the children", "reporters without borders",
              "committee to protect journalists", "transparency international", "human rights group",
              "red crescent", "wwf", "friends of the earth")
_IGO_WORDS = ("nato", "african union", "osce", "imf", "international monetary fund", "world bank",
              "asean", "arab league", "opec", "brics", "iaea", "wto", "who", "interpol",
              "council of europe", "ecowas", "sco", "csto", "g7", "g20", "commonwealth",
              "united nations", "african development bank", "eurasian economic union",
              "caribbean community", "caricom", "mercosur", "gulf cooperation council",
              "pacific islands forum", "organization of american states", "economic community of",
              "east african community", "sadc", "southern african development community", "apec",
              "g-7", "g-20", "interpol", "international court", "international criminal court")
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: PLOVER's codes for international and non-governmental bodies.
_BODIES = frozenset({"EUR", "UNO", "IGO", "NGO"})
_GOV_NOUNS = frozenset("""government authority ministry minister president premier cabinet
administration official spokesman spokeswoman spokesperson embassy ambassador leader office
presidency kremlin diplomat envoy state prosecutor police army military navy force guard
troop agent parliament court""".split())


@dataclass(frozen=True, eq=False)
class ArgumentIndex:
    """Per-article lookups: token → entity, the article's country, the gazetteer."""

    doc: Doc
    entity_at: Mapping[int, Entity]  # token index → entity of the mention covering it
    article_country: str | None
    gazetteer: object
    tables: PloverTables

    @classmethod
    def build(cls, doc: Doc, entities: Iterable[Entity], gazetteer, tables: PloverTables,
              article_country: str | None) -> "ArgumentIndex":
        at: dict[int, Entity] = {}
        for e in entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    at.setdefault(t.i, e)
        return cls(doc, at, article_country, gazetteer, tables)


def _nonstate(name: str) -> str | None:
    """PLOVER's code for an international body named ``name`` (EU → EUR, UN → UNO, NATO → IGO,
    Amnesty International → NGO), or None."""
    low = name.lower().replace("\u2019", "'")
    words = set(re.findall(r"[\w.]+", low))

    def has(options: tuple[str, ...]) -> bool:
        return any((w in words) if " " not in w else (w in low) for w in options)

    eu = {w for w in _EU if has((w,))}
    if "european" in words and ("union" in words or "commission" in words):
        return "EUR"
    if eu and not (eu <= {"commission", "brussels"} and has(_IGO_WORDS)):
        return "EUR"  # "the Commission", not "the African Union Commission"
    if has(_UN_AGENCIES) or (has(_UN) or "united nations" in low) and words & _AGENCY_NOUNS:
        return "IGO"
    if has(_UN) or "united nations" in low:
        return "UNO"
    if any(w in low for w in _NGO_WORDS):
        return "NGO"
    if has(_IGO_WORDS):
        return "IGO"
    return None


def _entity_country(e: Entity) -> str | None:
    if e.type != "COUNTRY" and e.country and _nonstate(e.name) == "NGO":
        # "Greenpeace Australia Pacific", "Amnesty International Kenya": PLOVER's NGO, whatever
        # country the entity stage gave the branch (or the type: a name is never a person's)
        return "NGO"
    if e.country:
        return e.country
    if e.type == "ORG":
        return _nonstate(e.name)
    return None


def _demonym_head(index: "ArgumentIndex", head: Token) -> str | None:
    """The country of a people noun that is itself a demonym ("Greek Cypriots", "Bosnian
    Serbs"): the head's own singular form wins over its modifiers."""
    if not head.text[:1].isupper():
        return None
    for form in (head.text, head.lemma_, head.text[:-1] if head.text.endswith("s") else None):
        if form:
            ref = index.gazetteer.lookup(form)
            if ref is not None and ref.country and ref.type in ("PLACE",):
                return ref.country
    return None


#: What an act is done by way of, not by whom ("demanded by phone", "announced by decree").
_MEANS = frozenset("""phone telephone letter email e-mail video videolink text message decree
radio telegram post mail""".split())


def _means_phrase(verb: Token, agent: Token) -> bool:
    """Is this "by" phrase the means of an active verb, misparsed as a passive's agent ("Shibata
    had demanded by phone that ...", "ordered by decree")? A perfect verb without a passive
    auxiliary is active, and a means noun names no doer."""
    pobj = next((p for p in agent.children if p.dep_ == "pobj"), None)
    if pobj is not None and pobj.lemma_.lower() in _MEANS:
        return True
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and not any(
        c.dep_ == "auxpass" for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The token standing for the doer of ``verb``."""
    seen = 0
    t = verb
    while seen < 6:
        seen += 1
        for c in t.children:
            if c.dep_ == "agent" and not _means_phrase(t, c):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            c = min(subjects, key=lambda c: abs(t.i - c.i))  # "JOHANNESBURG, Aug. 24 -- BRICS leaders agreed"
            if c.lower_ in ("which", "who", "that") and t.dep_ == "relcl":
                return t.head
            return c
        if any(c.dep_ == "nsubjpass" for c in t.children):
            return None  # a passive without its agent: the doer is not named
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
        if t.dep_ == "conj":
            stray = _stranded_subject(t)
            if stray is not None:
                return stray
        if t.dep_ in ("conj", "xcomp", "advcl", "pcomp") and t.head != t:
            t = t.head
            if t.pos_ == "ADP" and t.head != t:
                t = t.head
            continue
        return None
    return None


_THEMES = CLASSES["troops"] | CLASSES["aid"] | CLASSES["info"]
_NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
yesterday tomorrow week month year day night morning evening weekend""".split())
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "when", "as", "while", "once"})


def sentence_start(token: Token) -> int:
    """Index of the first token of ``token``'s sentence (``Token.sent`` walks every sentence
    of the Doc; this walks back through one)."""
    doc = token.doc
    k = token.i
    while k > 0 and not doc[k].is_sent_start:
        k -= 1
    return k


def sentence_end(token: Token) -> int:
    """Index after the last token of ``token``'s sentence."""
    doc = token.doc
    k = token.i + 1
    while k < len(doc) and not doc[k].is_sent_start:
        k += 1
    return k


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a preposition: in "X arrived, after the authorities of
    Kosovo, which ..., prohibited the buses" the noun after "after" is the doer of "prohibited"
    (a frequent misparse of a subordinate clause as a coordinated verb)."""
    doc = verb.doc
    for t in doc[sentence_start(verb): verb.i]:
        if (t.dep_ == "pobj" and t.head.lower_ in _SUBORDINATORS and t.pos_ in ("NOUN", "PROPN")
                and t.right_edge.i >= verb.i - 2 and t.right_edge.i < verb.i):
            return t
    return None


def _conj_heads(token: Token) -> list[Token]:
    out = [token]
    for c in token.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conj_heads(c))
    return out


def objects_of(trigger: Token, kind: str) -> list[Token]:
    """The recipient candidates of a trigger (verb or event nominal), in text order."""
    out: list[Token] = []
    for c in trigger.children:
        if kind == "verb" and c.dep_ in ("dobj", "dative", "nsubjpass", "oprd"):
            out.extend(_conj_heads(c))
        elif c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(_conj_heads(p))
        elif c.dep_ == "prt":
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(_conj_heads(p))
    return sorted(set(out), key=lambda t: t.i)


def _np_tokens(head: Token, limit: int = 12) -> list[Token]:
    """The noun phrase of ``head`` without its clauses (relative clauses, participles)."""
    out = []
    stack = [head]
    while stack and len(out) < 40:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos", "punct", "cc", "conj"):
                continue
            stack.append(c)
    out.sort(key=lambda t: t.i)
    return out


#: Prefixes that make a demonym part of a proper name ("Pan-American", "Trans-Asian").
_NAME_PREFIXES = frozenset({"pan", "trans", "inter", "intra"})


def _demonym_country(index: ArgumentIndex, tokens: list[Token]) -> str | None:
    gaz = index.gazetteer
    for t in tokens:
        if not t.text[:1].isupper() or t.i in index.entity_at:
            continue
        parts = t.text.replace("\u2011", "-").split("-")
        doc = t.doc
        if parts[0].lower() in _NAME_PREFIXES or t.i >= 2 and doc[t.i - 1].text in ("-", "\u2011") \
                and doc[t.i - 2].lower_ in _NAME_PREFIXES:
            continue  # "the Pan-American Highway", "the Trans-Siberian railway": a name, no demonym
        for part in parts:
            if not part[:1].isupper():
                continue
            ref = gaz.lookup(part)
            if ref is not None and ref.country and ref.type in ("PLACE", "COUNTRY"):
                return ref.country
    return None


def resolve(index: ArgumentIndex, head: Token, speaker_country: str | None = None,
            context_country: str | None = None) -> EventActor | None:
    """The actor a noun phrase headed by ``head`` names, or None when it names no actor.
    ``context_country`` (the country of the act's place, else the article's) stands in for a
    bare "police", "the authorities", "protesters", an unnamed domestic group or a person of
    unknown country."""
    doc = index.doc
    fallback = context_country or index.article_country
    lemma = head.lemma_.lower()
    if head.ent_type_ in _NOT_ACTORS or lemma in _TIME_WORDS:
        for c in head.children:  # "Hundreds of Mexican truck drivers", "Tens of thousands of Serbs"
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return resolve(index, p, speaker_country, context_country)
        return None
    if head.pos_ == "PRON" or head.lower_ in _PRONOUNS:
        if head.lower_ in ("it", "they", "we", "its", "their", "our") and speaker_country:
            return EventActor(head.text, speaker_country, None)
        return _previous_actor(index, head)
    tokens = _np_tokens(head)
    cut = dateline_cut(doc, tokens[0].i, head.i) if tokens else None
    if cut is not None:
        # "NAIROBI (Reuters) - Save the Children Kenya urged ...": the parser hangs the dateline
        # on the subject; the name starts after its dash (or after a line break)
        tokens = [t for t in tokens if t.i > cut]
    e = index.entity_at.get(head.i)
    name = doc[tokens[0].i: tokens[-1].i + 1].text if tokens else head.text
    if name.lower().startswith(("the ", "a ", "an ")):
        name = name.split(" ", 1)[1]
    sector = index.tables.sector(tuple(t.lemma_.lower() for t in tokens if t.i <= head.i and t.pos_ in ("NOUN", "PROPN")))
    if e is not None and speaker_country and head.pos_ == "NOUN" and not any(
            t.text[:1].isupper() for t in tokens if t.i != tokens[0].i or t.pos_ != "DET"):
        # "North Macedonia's Interior Ministry said police had detained two men": a bare
        # "police" in someone's report is that speaker's country's, whatever body an earlier
        # stage linked the word to
        return EventActor(name, speaker_country, sector)
    if e is not None and e.type == "COUNTRY" and _nonstate(name) and any(
            t.i < head.i and t.pos_ == "PROPN" and index.entity_at.get(t.i) is not e for t in tokens):
        # "Amnesty International Kenya", "Save the Children Nigeria": an international body's
        # national branch, its code and not the country's, even when the entity stage split it
        return EventActor(name, _nonstate(name), sector)
    if e is not None:
        country = _entity_country(e)
        if e.type == "COUNTRY":
            sector = sector or "GOV"
        if country is None:
            # a person of unknown country is not of the country of the place the act is in
            # ("Ristovski met ... in Sofia"): the speaker's or the article's, then
            away = (person_body(index, e) or speaker_country or index.article_country) if e.type == "PERSON" else fallback
            country = _inner_country(index, tokens, head, e) or _nonstate(name) or away
        return EventActor(e.name, country, sector)
    direct = _modifier_countries(index, head)
    if direct and set(direct) <= _BODIES and _nonstate(name) in _BODIES:
        direct = [_nonstate(name)]  # "the United Nations mission in Iraq": a UN body (IGO), not the UN
    country = _demonym_head(index, head) or (direct[0] if direct else None) or _inner_country(index, tokens, head, None)
    if country is None:
        if head.pos_ == "PROPN":
            ref = index.gazetteer.lookup(head.text)
            country = ref.country if ref is not None and ref.country else _nonstate(name)
            if country is None and head.text[:1].isupper():
                country = fallback  # an unnamed domestic body ("the RSF")
        if country is None and (sector is not None or lemma in _GOV_NOUNS):
            country = fallback
    if country is None and sector is None:
        return None
    return EventActor(name, country, sector)


def _modifier_countries(index: ArgumentIndex, head: Token) -> list[str]:
    """Countries of coordinated demonyms or names modifying ``head`` ("French and Egyptian
    warships", "the Turkish and Greek sides")."""
    out: list[str] = []
    for c in head.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i:
            for m in [c, *[d for d in c.subtree if d.dep_ == "conj"]]:
                e = index.entity_at.get(m.i)
                country = _entity_country(e) if e is not None else _demonym_country(index, [m])
                if country and country not in out:
                    out.append(country)
    return out


def _inner_country(index: ArgumentIndex, tokens: list[Token], head: Token, own: Entity | None) -> str | None:
    """A country named inside the noun phrase: an entity mention, an international body, else
    a demonym or place."""
    for t in tokens:
        if t.i == head.i:
            continue
        e = index.entity_at.get(t.i)
        if e is not None and e != own:
            c = _entity_country(e)
            if c:
                return c
    for t in tokens:
        if t.i != head.i and t.pos_ == "PROPN" and t.i not in index.entity_at:
            c = _nonstate(t.text)
            if c:
                return c
    return _demonym_country(index, tokens)


def _previous_actor(index: ArgumentIndex, pron: Token) -> EventActor | None:
    """The nearest earlier subject with a country (for "it", "they", "he"): same sentence or the
    two before it."""
    doc = index.doc
    sent_start = sentence_start(pron)
    lower = max(0, sent_start - 80)
    person = pron.lower_ in ("he", "she", "his", "her")
    main = pron.dep_ in ("nsubj", "nsubjpass") and _main_clause(pron.head)
    for i in range(pron.i - 1, lower - 1, -1):
        t = doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass", "poss") or t.pos_ == "PRON":
            continue
        verb = t.head if t.dep_ != "poss" else t.head.head if t.head.dep_ in ("nsubj", "nsubjpass") else None
        if main and i < sent_start and (verb is None or not _main_clause(verb)):
            continue  # "the Fund said Argentina's reduction ... showed progress. It urged ...":
            # the subject of a main clause takes up the main subject before, not a reported one
        e = index.entity_at.get(t.i)
        if e is not None:
            if person != (e.type == "PERSON"):
                continue
            c = _entity_country(e)
            if c is None and e.type == "PERSON":
                c = person_body(index, e) or index.article_country
            return EventActor(e.name, c, "GOV" if e.type == "COUNTRY" else None)
        if not person:
            got = resolve(index, t)
            if got is not None and got.country:
                return got
    return None


def person_body(index: ArgumentIndex, person: Entity) -> str | None:
    """The international body a person of no country speaks for, from an apposition at one of
    their mentions ("Clementine Moreau, deputy head of the U.N. Office for the Coordination of
    Humanitarian Affairs (OCHA) in Sudan, told Reuters"): its PLOVER code (IGO, UNO, EUR, NGO)."""
    doc = index.doc
    for m in person.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for appos in (c for c in span.root.children if c.dep_ == "appos"):
            text = doc[appos.left_edge.i: appos.right_edge.i + 1].text
            code = _nonstate(text)  # the whole phrase first: "the U.N. refugee agency UNHCR" is IGO
            if code in ("IGO", "UNO", "NGO") or code == "EUR" and re.search(r"\b(european|eu|e\.u\.)\b", text, re.I):
                return code  # not "the head of the Electoral Commission"
            for t in appos.subtree:
                e = index.entity_at.get(t.i)
                code = _entity_country(e) if e is not None and e.type == "ORG" else None
                if code in ("IGO", "UNO", "EUR", "NGO"):
                    return code
    return None


def _main_clause(verb: Token) -> bool:
    """Is ``verb`` its sentence's main verb, or coordinated with it?"""
    t = verb
    for _ in range(4):
        if t.dep_ == "ROOT":
            return True
        if t.dep_ != "conj":
            return False
        t = t.head
    return False


def thing_owner(index: ArgumentIndex, head: Token) -> EventActor | None:
    """The possessor or "of"/"by" object of a thing acted on ("China's actions", "the Bulgarian
    veto", "the closure by Kosovo") as an actor."""
    for c in head.children:
        if c.dep_ == "poss":
            return resolve(index, c)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    got = resolve(index, p)
                    if got is not None and got.country:
                        return got
    for c in head.children:
        if c.dep_ in ("amod", "compound"):
            e = index.entity_at.get(c.i)
            if e is not None and _entity_country(e):
                return EventActor(e.name, _entity_country(e), None)
            country = _demonym_country(index, [c])
            if country:
                return EventActor(c.text, country, None)
    return None


def clause_actors(index: ArgumentIndex, verb: Token) -> Iterator[EventActor]:
    """Actors named as subjects or objects in the clausal complement of a verbal act."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl"):
            for t in c.subtree:
                if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") and t.pos_ != "PRON":
                    got = resolve(index, t)
                    if got is not None and got.country:
                        yield got


def dateline_cut(doc: Doc, first: int, last: int) -> int | None:
    """The index of the last dash or line break among tokens ``first``..``last`` - 1: where a
    dateline the parser hung on a noun phrase ends ("BRUSSELS (Reuters) - European Union
    foreign ministers agreed ..."), or None."""
    cuts = [k for k in range(max(first, 0), last) if _spaced_dash(doc, k) or "\n" in doc[k].text_with_ws]
    return cuts[-1] if cuts else None


def _spaced_dash(doc: Doc, k: int) -> bool:
    """A dash standing between words ("KABUL (Reuters) - ..."), not the hyphen of a compound
    that the tokenizer splits ("Secretary-General", "Vietnamese-led")."""
    return doc[k].text in _DASHES and bool(doc[k].whitespace_) and (k == 0 or bool(doc[k - 1].whitespace_))


def _past_dateline(doer: Token) -> Token:
    """ "BELGRADE (AP) — Serbian President Aleksandar Vucic on Monday condemned ...": the parser
    makes the dateline's city the subject and the real one its apposition after the dash; the
    doer is that apposition."""
    doc = doer.doc
    for c in doer.children:
        if c.dep_ == "appos" and c.i > doer.i and any(_spaced_dash(doc, k) for k in range(doer.i + 1, c.left_edge.i)):
            return c
    return doer


#: Plural nouns that "the two ..." or "both ..." turns into the story's two parties.
_PAIR_NOUNS = frozenset("""side country nation government minister leader delegation capital
neighbour neighbor president premier official state army navy military""".split())


def _paired(head: Token) -> bool:
    """Does the noun phrase name the story's two parties without naming them: "The two
    ministers signed ...", "both sides agreed ...", "Officials from the two countries met ..."?
    Not "two soldiers" nor "the two men" (people counted, not parties)."""
    heads = [head, *(p for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                     for p in c.children if p.dep_ == "pobj")]
    return any(t.tag_ == "NNS" and t.lemma_.lower() in _PAIR_NOUNS and any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "preconj", "amod")
        for c in t.children) for t in heads)


def story_pair(index: ArgumentIndex, before: int) -> list[str]:
    """The two countries the story names most often before token ``before`` (countries and
    their capitals as entities, and demonyms: "Japan's minister ... urged India ... his Indian
    counterpart" → JPN, IND), ties broken by first mention; fewer than two: ``[]``."""
    doc = index.doc
    counts: dict[str, int] = {}
    for t in doc[:before]:
        e = index.entity_at.get(t.i)
        if e is not None:
            if e.type != "COUNTRY" or t.i > 0 and index.entity_at.get(t.i - 1) is e:
                continue
            country = _entity_country(e)
        else:
            country = _demonym_country(index, [t]) if t.pos_ in ("ADJ", "PROPN") else None
        if country:
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])  # stable: first mention breaks ties
    return ranked[:2] if len(ranked) >= 2 else []


#: Participles that name the members of a joint body ("a task group formed by Türkiye,
#: Romania and Bulgaria", "the coalition led by Saudi Arabia").
_FORMING = frozenset({"form", "set", "create", "establish", "lead", "compose", "make", "launch", "found"})


def _members(index: ArgumentIndex, head: Token) -> list[str]:
    """The countries a common-noun body is formed by: "The mine countermeasures task group
    formed by Türkiye, Romania and Bulgaria in January 2024 has neutralized ..." → TUR, ROU,
    BGR; ``[]`` for a body that is itself a named entity or names no members."""
    if head.pos_ != "NOUN" or head.i in index.entity_at:
        return []
    out: list[str] = []
    for c in head.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _FORMING:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            for m in _conj_heads(p):
                                got = resolve(index, m)
                                if got is not None and got.country and got.country not in out:
                                    out.append(got.country)
    return out


def arguments(index: ArgumentIndex, trigger: Token, kind: str, doer: Token | None,
              speaker_country: str | None, context_country: str | None = None, *,
              victims: bool = False) -> tuple[list[EventActor], list[EventActor]]:
    """(actors, recipients) of a trigger whose doer token is ``doer`` (coordinated subjects are
    several actors of one event). ``victims``: the act is done to its object (an attack, an
    arrest), so soldiers or police as its object are recipients, not what is sent."""
    actors: list[EventActor] = []
    if doer is not None:
        for h in _conj_heads(_past_dateline(doer)):
            pair = story_pair(index, h.i) if _paired(h) else []
            if pair:  # "The two ministers signed a memorandum": one actor per party
                one = resolve(index, h, speaker_country, context_country)
                actors += [EventActor(one.name if one else h.text, c, one.sector if one else None) for c in pair]
                continue
            several = _modifier_countries(index, h) or _members(index, h)
            if len(several) >= 2:  # "Hungarian and Romanian officials"
                one = resolve(index, h, speaker_country, context_country)
                actors += [EventActor(one.name if one else h.text, c, one.sector if one else None) for c in several]
                continue
            got = resolve(index, h, speaker_country, context_country)
            if got is None:
                # "The industry body Australian Grape and Wine welcomed ...": the name in apposition
                got = next((r for r in (resolve(index, a, speaker_country, context_country)
                                        for a in h.children if a.dep_ == "appos") if r is not None), None)
            if got is not None:
                actors.append(got)
    recipients: list[EventActor] = []
    for obj in objects_of(trigger, kind):
        if doer is not None and obj.i == doer.i:
            continue
        if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in _THEMES and not victims:
            continue  # "sent 500 soldiers", "provided aid": what is moved, not whom it is for
        several = _modifier_countries(index, obj) if obj.pos_ == "NOUN" else []
        if len(several) >= 2:  # "summoned the Chinese and Russian defense attaches": one recipient each
            one = resolve(index, obj, None, context_country)
            recipients += [EventActor(one.name if one else obj.text, c, one.sector if one else None) for c in several]
            continue
        got = resolve(index, obj, None, context_country)
        if got is None or got.country is None:
            got = thing_owner(index, obj)
        if got is not None and got.country:
            recipients.append(got)
    return actors, recipients


def entity_actor(index: ArgumentIndex, e: Entity) -> EventActor:
    """The actor an entity resolved by an earlier stage stands for (the speaker the quote stage
    found for "He urged ...", "It called on ..."): its country or PLOVER code, else for a person
    the international body they speak for, else the article's country."""
    country = _entity_country(e)
    if country is None:
        country = (person_body(index, e) if e.type == "PERSON" else _nonstate(e.name)) or index.article_country
    sector = "GOV" if e.type == "COUNTRY" else index.tables.sector(tuple(e.name.lower().split())) if e.type == "ORG" else None
    return EventActor(e.name, country, sector)
