"""Entities of one article: people, countries and organizations, each with all its mentions.

:func:`find_entities` is a pure function over a parsed spaCy Doc and the
:class:`~wirecoder.lexicon.gazetteer.Gazetteer`:

- countries from their names ("Serbia", "America" → United States), and from capitals and seats
  of government used as metonyms for a government: "Belgrade is reluctant" and "Moscow has never
  allowed itself" are mentions of Serbia and Russia, "a rally in Belgrade" is not (decided on
  the dependency parse: the subject, possessor or addressee of an act versus the object of a
  locative preposition; "seen in Brussels as", "a script written in Moscow" and "looking at
  Washington" are the government's). "Brussels" acting stands for the European Union;
- organizations from the gazetteer (NATO, the EU, TASS...) and from spaCy's ORG spans, repaired
  (an "of" name split at "and" joined, "the Houthi movement", "UNESCO's World Heritage" cut at
  the owner, "the industry body Australian Grape and Wine", "Russia's Rosatom", "Offshore Norway,
  the industry's lobby group,", "the For the Future of Montenegro bloc", "Immigration, Refugees
  and Citizenship Canada"), and a known body with its branch's country ("Amnesty International
  Kenya": the country inside a name is no mention of it), with a country where one is known
  (TASS → RUS, "the Russian Foreign Ministry" → RUS); acronyms of common nouns ("VAT") and
  amounts ("RM2.05") are no organisations;
- cities, with the country their own words give ("the Eritrean port of Assab", "El Paso,
  Texas", a sentence that opens "In Denmark,") before the story's;
- people (see :mod:`wirecoder.stages.entities.people`) with role and country. A person's country
  is, in this order: their own title ("Eritrean Ambassador to Russia X": the country he is
  posted to is not his), the body they speak for ("X, a spokesman for the organization", "Its
  chief executive, X", "X's junta, led by Y"), the frame of their sentence ("In Denmark, ...",
  "Japan was represented by X"), and only then the story's country: the dateline's, or without
  one the lede's subject ("Ukraine shipped ..."), unless another country dominates.

Demonyms ("Serbian") give people a country but are not mentions of the country. Mentions never
include a leading "the" except role-noun mentions ("the Serbian leader"). Entity ids are "e1",
"e2"... in order of first mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...lexicon.cues import SPEECH_VERBS
from ...lexicon.gazetteer import Gazetteer, SurfaceMatch
from ...lexicon.names import normalize
from ...lexicon.roles import BODY_HEADS, INSTITUTION_WORDS, ORG_NAME_HEADS
from ...lexicon import tables
from ...lexicon.tables import ORG_SEATS, PLACES, SELF_NAMES
from ...readers.dateline import find_dateline
from .institutions import find_institutions, institution_head
from .people import acronym_names, country_owned_names, find_people, introduced_names, person_surnames
from ...records import Entity
from ...spans import span_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["acts_as_government", "find_entities", "national_branches"]

# spaCy labels whose spans are names in their own right: a country inside one ("Bank of Russia")
# is part of the name, not a mention.
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
_CONNECTORS = frozenset({"of", "and", "for", "the", "de", "du", "des", "la", "le", "&", "-", "'s",
                         "\u2019s", ".", "on", "in"})
_BAD_CHARS = frozenset("[](){};:,\"\u201c\u201d\n/")

# Prepositions that make a capital a place ("a rally in Belgrade").
_LOCATIVE = frozenset({"in", "at", "to", "from", "near", "into", "inside", "outside", "around",
                       "across", "through", "throughout", "within", "via", "beyond", "onto",
                       "off", "along", "of", "outside", "past", "under", "above"})
# Prepositions whose object is a counterpart in relations ("talks with Moscow").
_RELATIONAL = frozenset({"with", "against", "between", "by", "versus", "vs."})
# Nouns that take a government as object ("pressure on Belgrade", "policy towards Moscow").
_GOV_NOUNS = frozenset("""pressure sanctions sanction demands demand call calls criticism influence
policy policies stance position relations ties dependence reliance talks deal agreement support
aid assistance message warning ultimatum request appeal claims accusations attitude""".split())
# Nouns that come "from" a government ("calls from Brussels", "money from Seoul").
_FROM_NOUNS = frozenset("""call calls money million billion funds funding loan loans offer signal
signals response reply letter note order orders instruction instructions word go-ahead approval
permission consent objection objections opposition resistance""".split())
# Verbs whose object is an actor ("Washington has warned Beijing").
_ADDRESS_VERBS = frozenset("""warn urge accuse blame criticize criticise condemn call ask tell
pressure press sanction support back threaten thank praise invite persuade convince reassure
court punish help force allow push lobby notify inform remind assure challenge defy oppose
confront engage reject recognize recognise trust betray join""".split())
# Verbs of judging whose "in <capital> as" is that government's view ("seen in Brussels as").
_JUDGE_VERBS = frozenset("see view regard perceive consider read interpret welcome treat".split())
# Participles of deciding and drafting whose "in <capital>" is the government that did it ("a
# script written in Moscow", "a plan drafted in Beijing").
_AUTHOR_VERBS = frozenset("write draft decide dictate devise script hatch cook approve order plot".split())
# Verbs whose "at <capital>" is aimed at its government ("looking at Washington", "a swipe at").
_AT_VERBS = frozenset("look glance stare point aim direct target wink nod hint jab swipe".split())
# Heads of a possessive capital that make it a place ("Moscow's streets").
_PLACE_NOUNS = frozenset("""street streets mayor residents resident center centre airport
airports suburbs suburb outskirts metro subway population citizens city people district
districts neighborhood neighbourhood downtown square""".split())


def acts_as_government(token: Token) -> bool:
    """Does a capital or seat of government, at ``token`` (its last word), act as a government?

    Yes as the subject, possessor or agent of a verb ("Belgrade is reluctant", "Moscow's
    position", "backed by Washington"), the object of verbs of address ("warned Beijing") or of
    relational prepositions ("talks with Moscow", "pressure on Belgrade"); no as the object of a
    locative preposition ("a rally in Belgrade"), a modifier or a dateline ("BELGRADE, Sept 6").
    """
    if token.text.isupper() and len(token.text) > 3:
        return False
    t = token
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    dep = t.dep_
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "\u2019s") and dep not in ("poss",):
        # a possessive the parser took for an object ("has frozen Skopje's accession talks")
        owned = next((h for h in doc[token.i + 2 : token.i + 6] if h.pos_ in ("NOUN", "PROPN")), None)
        return owned is None or owned.lemma_.lower() not in _PLACE_NOUNS
    if dep in ("nsubj", "nsubjpass", "csubj", "agent", "dative"):
        return True  # an actor, or the one given something ("gave Podgorica the green light")
    if dep == "poss":
        return t.head.lemma_.lower() not in _PLACE_NOUNS
    if dep == "dobj":
        return t.head.lemma_.lower() in _ADDRESS_VERBS
    if dep == "pobj":
        prep = t.head
        word = prep.lower_
        if prep.dep_ == "agent" or word in _RELATIONAL:
            return True
        if word == "from" and prep.head.pos_ in ("NOUN", "NUM") and (
            prep.head.lemma_.lower() in _GOV_NOUNS or prep.head.lemma_.lower() in _FROM_NOUNS
        ):
            return True  # "calls from Brussels", "a million from Seoul"
        verb = prep.head
        lemma = verb.lemma_.lower()
        if word == "in" and verb.pos_ == "VERB" and (
            lemma in _JUDGE_VERBS and any(c.lower_ == "as" for c in verb.children)
            or lemma in _AUTHOR_VERBS and verb.tag_ == "VBN"
        ):
            return True  # "is seen in Brussels as a front-runner", "a script written in Moscow"
        if word == "at" and lemma in _AT_VERBS:
            return True  # "looking over its shoulder at Washington"
        if word in _LOCATIVE:
            return False
        return prep.head.lemma_.lower() in _GOV_NOUNS
    return False


@dataclass(slots=True)
class _Bucket:
    type: str
    name: str
    country: str | None
    role: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    known: bool = False  # the country comes from the gazetteer (None: an international body)


def _speaking_subject(tok: Token) -> bool:
    """Is ``tok`` the subject of a verb of saying ("Holland said", "Jordan told reporters")?"""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in SPEECH_VERBS


def _clean_name_span(doc: Doc, first: int, last: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The span of a multi-word spaCy name without a leading "the", or None if it looks odd."""
    while first < last and doc[first].lower_ == "the":
        first += 1
    last = _before_bracket(doc, first, last)
    while last > first and doc[last - 1].lower_ in ("'s", "\u2019s"):
        last -= 1  # "Skopje's" is a name and a possessive, not a longer name
    last = _before_descriptor(doc, first, last)
    if last - first < 2:
        return None
    listed = _listed_commas(doc, first, last)
    for tok in doc[first:last]:
        if listed and tok.text == ",":
            continue
        if _BAD_CHARS.intersection(tok.text):
            return None
        if not tok.text[:1].isupper() and tok.lower_ not in _CONNECTORS and not tok.text[:1].isdigit():
            return None
    if gaz.roles.head(doc[first].lower_) is not None or _title_modifier(doc, last, gaz, first):
        return None  # a title and a name ("President Vucic"), not an organization
    return first, last


def _before_descriptor(doc: Doc, first: int, last: int) -> int:
    """The end of a name the NER ran into a lower-case noun that describes it ("the For the
    Future of Montenegro bloc", "the Sinn Fein party"): the word before it. A group noun that
    the wire names with the body ("the Houthi movement") stays."""
    while last - first > 2 and doc[last - 1].text.islower() and doc[last - 1].pos_ == "NOUN" \
            and doc[last - 1].lower_ not in _GROUP_TAILS and doc[last - 2].text[:1].isupper():
        last -= 1
    return last


def _before_country_after_medium(doc: Doc, first: int, last: int, ends: dict[int, SurfaceMatch]) -> int:
    """The end of a news medium's name the NER ran into the country that opens the next clause
    ("told Reuters Uganda would not ..."): a country at the end, after a news medium."""
    from ...lexicon.roles import is_news_medium

    m = ends.get(last)
    if m is not None and m.referent.type == "COUNTRY" and first < m.first and is_news_medium(doc[first:m.first].text):
        return m.first
    return last


_AMOUNT = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\$?|[$€£¥₹])\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:bn|m|k|billion|million))?")


def _common_noun_name(doc: Doc, name: str, first: int, last: int) -> bool:
    """A "name" the NER found that names no body: an acronym of a common noun ("VAT", "GDP",
    :data:`~wirecoder.lexicon.tables.COMMON_ACRONYMS`), one the text spells out in lower case
    ("a value-added tax (VAT)"), or an amount of money ("RM2.05", "US$40")."""
    if name in tables.COMMON_ACRONYMS or _AMOUNT.fullmatch(name) and any(c in name for c in ".,$€£¥₹"):
        return True
    if last - first == 1 and name.isupper() and first >= 2 and doc[first - 1].text == "(" \
            and last < len(doc) and doc[last].text == ")":
        before = doc[first - 2]
        return before.text.islower() and before.pos_ == "NOUN"  # "value-added tax (VAT)"
    return False


def _listed_commas(doc: Doc, first: int, last: int) -> bool:
    """Are the commas of a name those of a list of its words, closed by "and" ("Immigration,
    Refugees and Citizenship Canada", "Department for Environment, Food and Rural Affairs")?"""
    commas = [k for k in range(first, last) if doc[k].text == ","]
    if not commas or commas[0] == first or not all(k + 1 < last and doc[k + 1].text[:1].isupper() for k in commas):
        return False
    return any(doc[k].lower_ in ("and", "&") and k + 1 < last and doc[k + 1].text[:1].isupper()
               for k in range(commas[-1] + 1, last))


def _before_bracket(doc: Doc, first: int, last: int) -> int:
    """The end of a name the NER ran into its bracketed acronym ("China National Nuclear
    Corporation (CNNC") or into what it owns ("UNESCO's World Heritage", "Yale University's
    Humanitarian Research Lab"): the token before the bracket or the possessive."""
    for k in range(first + 1, last):
        if doc[k].text == "(" or doc[k].lower_ in ("'s", "\u2019s") and k + 1 < last and _an_owner(doc, first, k):
            return k
    return last


def _an_owner(doc: Doc, first: int, k: int) -> bool:
    """Is ``doc[first:k]`` a body that owns what follows its "'s" ("UNESCO's World Heritage",
    "Yale University's Lab"), not part of a name ("Scottish Fishermen's Federation")?"""
    word = doc[k - 1]
    return (word.text.isupper() and len(word.text) > 1 or word.lower_ in BODY_HEADS
            or word.lower_ in ("university", "college", "school"))


def national_branches(doc: Doc, gaz: Gazetteer, matches: list[SurfaceMatch], body: int = 0) -> list[tuple[int, int]]:
    """Known bodies named with the country or region of their branch: "Amnesty International
    Kenya", "Greenpeace Australia Pacific", "Greenpeace Mediterranean", "UNICEF Kenya", as token
    ranges. The country is part of the name (a national chapter, not a mention of Kenya): a known
    body (the gazetteer's, or the first words of a spaCy name) and right after it, in the same
    name, capitalised words, one of them a country or a region, that no noun follows ("the EU
    Serbia summit" is a summit). News media are left out ("told AFP Kenya would ..."), and so
    is the dateline (before ``body``, the offset where the story starts)."""
    from ...lexicon.roles import is_news_medium

    n = len(doc)
    starts = {m.first: m for m in matches}
    out: list[tuple[int, int]] = []
    candidates: list[tuple[int, int]] = [(m.first, m.last) for m in matches if m.referent.type == "ORG"]
    for ent in doc.ents:  # "Greenpeace Mediterranean", a PERSON to the NER: its first words a body
        if ent.label_ in ("ORG", "PERSON", "FAC") and len(ent) >= 2:
            k = next((k for k in range(ent.end - 1, ent.start, -1) if gaz.is_org(doc[ent.start:k].text)), None)
            if k is not None:
                candidates.append((ent.start, k))
    for first, last in sorted(set(candidates)):
        if last >= n or doc[first].idx < body or not doc[last - 1].text[-1:].isalnum() \
                or doc[last - 1].whitespace_ != " " or is_news_medium(doc[first:last].text):
            continue  # "/TASS/. Japan and ...": a dateline, then the story
        end = last
        place = False
        while end < n and end - last < 3 and doc[end].text[:1].isupper() and doc[end].is_alpha and (
                doc[end].pos_ == "PROPN" or doc[end].ent_type_ in ("GPE", "LOC", "NORP")) and not doc[end - 1].whitespace_.count("\n"):
            m = starts.get(end)
            if m is not None and m.referent.type in ("COUNTRY", "PLACE", "REGION"):
                place = True
                end = m.last
            elif doc[end].ent_type_ in ("GPE", "LOC") or doc[end].lower_ in _BRANCH_REGIONS:
                place = True
                end += 1
            else:
                break
        if not place or end == last:
            continue
        after = doc[end] if end < n else None
        if after is not None and (after.lower_ in ("'s", "\u2019s") or after.pos_ == "NOUN" and after.text.islower()
                                  or after.text[:1].isupper() and after.pos_ == "PROPN"):
            continue  # "the EU Serbia summit", "Amnesty International Kenya's director": read as written
        out.append((first, end))
    out.sort()
    kept: list[tuple[int, int]] = []
    for span in out:  # the longest of overlapping ones
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


# Words of world regions that name a branch ("Greenpeace Mediterranean", "Oxfam Pacific").
_BRANCH_REGIONS = frozenset("""pacific mediterranean africa asia europe americas caribbean arctic
nordic balkans baltic""".split())


def _surname_in_person(doc: Doc, first: int, last: int, person_tokens: set[int]) -> bool:
    """Whether a capital's name at ``first:last`` ends a person's name the recogniser found,
    after a given name in the same span ("Its chief executive, Maria Paris, said"): the
    capital's one word inside the span, a capitalised word before it in the span, and nothing of
    the span after it."""
    if last - first != 1 or first == 0 or first not in person_tokens or first - 1 not in person_tokens:
        return False
    tok, before = doc[first], doc[first - 1]
    return tok.ent_iob_ == "I" and tok.pos_ == "PROPN" and before.pos_ == "PROPN" \
        and before.text[:1].isupper() and (last >= len(doc) or doc[last].ent_iob_ != "I")


def find_entities(doc: Doc, gazetteer: Gazetteer) -> tuple[Entity, ...]:
    """People, countries, organizations and cities of ``doc`` with their mentions (see the
    module doc)."""
    return find_story_entities(doc, gazetteer)[0]


def find_story_entities(doc: Doc, gazetteer: Gazetteer) -> tuple[tuple[Entity, ...], str | None]:
    """:func:`find_entities` and the story's country (ISO3, or None) that people and bodies
    without a country of their own take: the dateline's unless another country dominates the
    body, without a dateline the lede's subject."""
    text = doc.text
    gaz = gazetteer
    matches = _compound_demonyms(doc, gaz.match_tokens(text, [(t.idx, t.idx + len(t.text)) for t in doc]))
    found_dateline = find_dateline(text)
    body = found_dateline.dateline.span.end if found_dateline is not None else 0

    introduced = introduced_names(doc)
    acronymed = [r for r in acronym_names(doc) if not any(f < r[1] and r[0] < l for f, l in introduced)]
    names: list[tuple[int, int]] = list(introduced) + acronymed
    for ent in doc.ents:
        if ent.label_ in _NAME_LABELS:
            clean = _clean_name_span(doc, ent.start, ent.end, gaz)
            if clean is not None and not any(f < clean[1] and clean[0] < l for f, l in introduced + acronymed):
                names.append(clean)
    branches = [b for b in national_branches(doc, gaz, matches, body)
                if not any(f < b[1] and b[0] < l for f, l in introduced + acronymed)]
    names = [n for n in names if not any(f < n[1] and n[0] < l for f, l in branches)] + branches
    names.sort()
    person_tokens = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    surnames = person_surnames(doc)
    name_starts = [f for f, _ in names]

    found = _Buckets()
    blocked: set[int] = set()
    in_names: set[int] = set()  # matches inside a longer name: no mention of their country
    ends_of = {m.last: m for m in matches}
    for m in matches:
        tokens = range(m.first, m.last)
        ref = m.referent
        k = bisect_right(name_starts, m.first) - 1  # names are disjoint: only this one can hold m
        if k >= 0 and m.last <= names[k][1] and names[k][1] - names[k][0] > m.last - m.first:
            in_names.add(id(m))
            continue  # part of a longer name ("Bank of Russia", "Jordan Bardella")
        if ref.type == "PLACE" and all(t in person_tokens for t in tokens):
            continue  # a person named like a place
        if ref.metonym and _surname_in_person(doc, m.first, m.last, person_tokens):
            continue  # "Maria Paris", "Ana Lima": a surname that is also a capital's name
        if ref.type == "PLACE" and m.last - m.first == 1 and normalize(text[m.start : m.end]) in surnames \
                and m.start >= body:
            continue  # "Salcedo told lawmakers" after "Prime Minister Eduardo Salcedo Ríos": the surname
        if ref.type == "COUNTRY" and not ref.metonym and m.last - m.first == 1 and m.start >= body \
                and normalize(text[m.start : m.end]) in surnames and _speaking_subject(doc[m.first]):
            continue  # "Holland also said ..." after "the mission chief, Allison Holland": the surname
        if ref.type == "PLACE" and m.first > 1 and doc[m.first - 1].text == "-" and not (
            doc[m.first - 2].whitespace_ or doc[m.first - 1].whitespace_
        ):
            continue  # the end of a hyphenated name ("Crans-Montana" is not Montana)
        blocked.update(tokens)
        if ref.type == "REGION":
            continue
        surface = text[m.start : m.end]
        if ref.type == "PLACE":
            if m.start >= body and normalize(surface) not in _TERRITORIES and _is_city(doc, m):
                country = _place_kind_country(doc, m.first, ends_of) or ref.country
                found.add(("CITY", normalize(surface)), "CITY", surface, country, m.start, m.end)
            continue
        if ref.metonym and not acts_as_government(doc[m.last - 1]):
            if m.start < body or _shouted(doc[m.last - 1]):
                continue  # a dateline is not a mention
            if ref.type == "ORG":
                city_country = next((c for f, (_, c) in ORG_SEATS.items() if normalize(f) == normalize(surface)), None)
            else:
                city_country = ref.country
            found.add(("CITY", normalize(surface)), "CITY", surface, city_country, m.start, m.end)
            continue
        if ref.type == "COUNTRY" and ref.country:
            found.add(("COUNTRY", ref.name), "COUNTRY", ref.name, ref.country, m.start, m.end)
        elif ref.type == "ORG":
            key = ("ORG", normalize(ref.name))
            found.add(key, "ORG", ref.name, ref.country, m.start, m.end, known=True)
            found.org_ends[m.last] = key

    home = _home_country(gaz, [m for m in matches if id(m) not in in_names], body, found_dateline, doc)
    starts_of = {m.first: m for m in matches}
    for first, last in _place_kind_names(doc, body):
        if first in starts_of or any(t in blocked for t in range(first, last)):
            continue  # a place the gazetteer knows is read above
        name = doc[first:last].text
        country = _place_kind_country(doc, first, ends_of) or _frame_of(doc, gaz, first) or home
        found.add(("CITY", normalize(name)), "CITY", name, country, doc[first].idx,
                  doc[last - 1].idx + len(doc[last - 1].text))
        blocked.update(range(first, last))
    institutions = find_institutions(doc, gaz, matches, blocked, home, body)
    for inst in institutions:
        key = ("ORG", normalize(inst.name))
        found.add(key, "ORG", inst.name, inst.country, doc[inst.first].idx,
                  doc[inst.last - 1].idx + len(doc[inst.last - 1].text), known=True)
        found.org_ends[inst.last] = key
        blocked.update(range(inst.first, inst.last))
    for first, last in acronymed:  # "the far-right Alternative for Germany (AfD)"
        if any(t in blocked for t in range(first, last)):
            continue
        inside = next((m.referent.country for m in matches if first <= m.first and m.last <= last
                       and m.referent.type in ("COUNTRY", "PLACE") and m.referent.country), None)
        key = ("ORG", normalize(doc[first:last].text))
        found.add(key, "ORG", doc[first:last].text, inside, doc[first].idx,
                  doc[last - 1].idx + len(doc[last - 1].text))
        found.org_ends[last] = key
        blocked.update(range(first, last))
    bodies: dict[int, str | None] = {}  # last token of a country word or institution → country
    for m in matches:
        if m.referent.type in ("COUNTRY", "PLACE", "ORG") and (m.referent.country or m.referent.type == "ORG"):
            bodies[m.last - 1] = m.referent.country
    for inst in institutions:
        bodies[inst.last - 1] = inst.country
    owned = country_owned_names(doc, gaz, {m.last: m for m in matches}, introduced)  # once per article
    # bodies' names, whatever the NER calls them ("Fjord Salmon Norway, the lobby group," is no person)
    people = find_people(doc, gaz, matches, blocked | {t for f, l in branches + introduced for t in range(f, l)}, owned)
    unplaced: list[tuple[tuple[str, str], list[tuple[int, int]]]] = []
    for number, person in enumerate(people):
        key = ("PERSON", str(number))
        for first, last in person.mentions:
            found.add(key, "PERSON", person.name, person.country,
                      doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text), role=person.role)
            blocked.update(range(first, last))
        if person.country is None:
            unplaced.append((key, person.mentions))

    _add_owned_bodies(doc, blocked, found, owned)
    _add_spacy_orgs(doc, gaz, matches, blocked, found, owned, sorted(introduced + branches))
    _acronym_mentions(doc, blocked, found)
    named = _named_bodies(doc, found, bodies)
    starts = {m.first: m for m in matches}
    guessed: set[tuple[str, str]] = set()  # people whose country is only the story's
    for key, mentions in unplaced:
        said = _affiliation(doc, gaz, bodies, mentions, named) or _framed(doc, mentions, starts)
        found.buckets[key].country = None if said == _IGO else said or home
        if not said:
            guessed.add(key)
    _state_media(doc, found, guessed)
    _add_unknown_places(doc, gaz, blocked, found, body, home)
    _institution_roles(doc, gaz, blocked, found)
    for bucket in found.buckets.values():
        own = SELF_NAMES.get(bucket.country or "") if bucket.type == "COUNTRY" else None
        if own and all(text[s:e] in own or gaz.lookup(text[s:e]) is not None and gaz.lookup(text[s:e]).metonym
                       for s, e in bucket.spans) and any(text[s:e] in own for s, e in bucket.spans):
            bucket.name = own[0]  # "Türkiye" in an article that writes only "Türkiye"
    by_start = {t.idx: t.i for t in doc}
    for bucket in found.buckets.values():
        if bucket.type == "ORG" and bucket.country is None and not bucket.known and not _is_international_name(bucket.name):
            bucket.country = _described_country(doc, gaz, bucket, by_start) or home
        if bucket.type == "ORG":
            bucket.name = _spelled_out(text, bucket)
    return _entities(text, found.buckets), home


def _spelled_out(text: str, bucket: _Bucket) -> str:
    """An organisation known by its acronym ("ECOWAS") that the story also writes out ("the
    Economic Community of West African States (ECOWAS)") is named as written out: the first
    mention of two words or more, all capitalised but a name's links."""
    name = bucket.name
    if " " in name or not name.replace("-", "").isupper() or len(name) > 8:
        return name
    for start, end in sorted(bucket.spans):
        words = text[start:end].split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) >= 2 and name not in words and all(
                w[:1].isupper() or w.lower() in _CONNECTORS for w in words) and "\n" not in text[start:end]:
            return " ".join(words)
    return name


_STATE_MEDIA = frozenset("broadcaster television tv radio agency media news channel".split())


def _state_media(doc: Doc, found: _Buckets, guessed: set[tuple[str, str]]) -> None:
    """ "X told state broadcaster EBC", "an address broadcast on state television RTB": state
    media of no known country belong to the state of the person the sentence names (when the
    text gives that person one country)."""
    by_start = {t.idx: t.i for t in doc}
    people = [(start, b.country) for k, b in found.buckets.items()
              if b.type == "PERSON" and b.country and k not in guessed for start, _ in b.spans]
    for bucket in found.buckets.values():
        if bucket.type != "ORG" or bucket.country is not None or bucket.known:
            continue
        for start, _ in bucket.spans:
            i = by_start.get(start)
            if i is None or i < 2 or doc[i - 1].lower_ not in _STATE_MEDIA or doc[i - 2].lower_ != "state":
                continue
            sent = doc[i].sent
            countries = {c for s, c in people if sent.start_char <= s < sent.end_char}
            if len(countries) == 1:
                bucket.country = countries.pop()
                break


def _institution_roles(doc: Doc, gaz: Gazetteer, blocked: set[int], found: _Buckets) -> None:
    """ "the ministry", "The embassy": the ministry of a minister named in the same sentence
    ("Deputy Interior Minister X will visit ..., the ministry said" → that country's Interior
    Ministry), else the institution of that kind named last before it."""
    kinds: dict[str, list[tuple[int, tuple[str, str]]]] = {}
    for key, bucket in found.buckets.items():
        if bucket.type == "ORG":
            head = institution_head(bucket.name.split()[-1].lower())
            if head is not None:
                kinds.setdefault(head, []).extend((start, key) for start, _ in bucket.spans)
    ministers = sorted(
        (start, bucket) for bucket in found.buckets.values()
        if bucket.type == "PERSON" and bucket.country and _portfolio(bucket.role)
        for start, _ in bucket.spans
    )
    if not kinds and not ministers:
        return
    for spans in kinds.values():
        spans.sort()
    sentence_starts: list[int] | None = None
    n = len(doc)
    for tok in doc:
        i = tok.i
        if tok.lower_ != "the" or i + 1 >= n or i + 1 in blocked:
            continue
        head = doc[i + 1]
        if head.text not in kinds and not (head.text == "ministry" and ministers):
            continue  # lower case only: "the ministry", not "the Ministry of X"
        if head.pos_ != "NOUN":
            continue
        if i + 2 < n and doc[i + 2].pos_ in ("NOUN", "PROPN") or i + 2 < n and doc[i + 2].lower_ == "of":
            continue  # "the ministry building", "the ministry of health"
        end = head.idx + len(head.text)
        if head.text == "ministry" and ministers and (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
            if sentence_starts is None:
                sentence_starts = [sent.start_char for sent in doc.sents]
            s = bisect_right(sentence_starts, tok.idx) - 1
            lo = sentence_starts[s]
            hi = sentence_starts[s + 1] if s + 1 < len(sentence_starts) else len(doc.text)
            near = [b for start, b in ministers if lo <= start < hi]
            if near:
                person = near[-1]
                name = f"{gaz.demonym(person.country)} {_portfolio(person.role)} Ministry"
                key = ("ORG", normalize(name))
                found.add(key, "ORG", name, person.country, tok.idx, end, known=True)
                blocked.update((i, i + 1))
                continue
        spans = kinds.get(head.text)
        k = bisect_left(spans, (tok.idx,)) - 1 if spans else -1
        if k < 0:
            continue
        key = spans[k][1]
        bucket = found.buckets[key]
        found.add(key, "ORG", bucket.name, bucket.country, tok.idx, end)
        blocked.update((i, i + 1))


def _portfolio(role: str | None) -> str | None:
    """The ministry a minister's title names: "Deputy Interior Minister" → "Interior"."""
    if not role or not role.endswith(" Minister"):
        return None
    words = [w for w in role.split()[:-1] if w.lower() not in ("deputy", "vice", "first", "acting", "prime")]
    if not words or role.split()[-2].lower() == "prime":
        return None
    return " ".join(words)


# Territories the gazetteer knows by name ("Crimea", "Kosovo and Metohija"): places, never cities.
_TERRITORIES = frozenset(normalize(form) for form in PLACES)


def _is_city(doc: Doc, m: SurfaceMatch) -> bool:
    """A gazetteer place that spaCy reads as a geopolitical name ("Kazan", "Port Sudan"), not a
    demonym ("Serbian") nor a word of a longer name."""
    toks = doc[m.first : m.last]
    last = toks[-1]
    if last.pos_ != "PROPN" or _shouted(last):
        return False
    if all(t.ent_type_ == "GPE" for t in toks):
        return True
    if any(t.ent_type_ not in ("", "GPE", "LOC", "FAC") for t in toks):
        return False
    # A place name the NER left untyped or called a location, as the object of a place
    # preposition ("for Port Sudan", "in Jeddah and Mashhad").
    t = last
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and (t.head.lower_ in _LOCATIVE or t.head.lower_ == "for")


def _shouted(tok: Token) -> bool:
    """An upper-case word of four letters or more: a dateline ("BELGRADE"), not a name."""
    return len(tok.text) > 3 and tok.text.isupper()


# Words of regions and territories, which the wire convention does not annotate.
_REGION_WORDS = frozenset("""province provinces region regions state states autonomous district
districts county oblast krai canton governorate prefecture territory territories island islands
valley mountains peninsula sea ocean gulf bay coast river lake strait""".split())


def _lede_subject(doc: Doc, matches: list[SurfaceMatch], body: int) -> str | None:
    """The country that is the subject of the first sentence of the body ("Ukraine shipped a
    record volume of grain ..."): the story's protagonist, or None."""
    if not doc.has_annotation("DEP"):
        return None
    sent = next((s for s in doc.sents if s.end_char > body and s.text.strip()), None)
    if sent is None:
        return None
    for m in matches:
        if m.first < sent.start or m.last > sent.end:
            continue
        ref = m.referent
        tok = doc[m.last - 1]
        if ref.type == "COUNTRY" and ref.country and not ref.metonym and tok.dep_ in ("nsubj", "nsubjpass") and (
            tok.head.dep_ == "ROOT" or tok.head.head.dep_ == "ROOT" and tok.head.dep_ in ("ccomp", "conj")
        ):
            return ref.country
    return None


def _home_country(gaz: Gazetteer, matches: list[SurfaceMatch], body: int, dateline, doc: Doc | None = None) -> str | None:
    """The country the story is about: the dateline's ("BELGRADE", "CIUDAD JUAREZ, Mexico"),
    unless the body names another country far more often ("PARIS (AFP) - France's last troops in
    Burkina Faso ..." is a Burkina Faso story); without a dateline, the country the body names
    most (names, demonyms, capitals)."""
    counts: Counter[str] = Counter()
    placed: str | None = None
    for m in matches:
        ref = m.referent
        if not ref.country or ref.type not in ("COUNTRY", "PLACE"):
            continue
        if m.start >= body:
            counts[ref.country] += 1
        elif ref.type == "COUNTRY" and not ref.metonym:
            placed = ref.country  # "Mexico" in "CIUDAD JUAREZ, Mexico (AP)"
    if dateline is not None and dateline.dateline.place and placed is None:
        ref = gaz.lookup(dateline.dateline.place.title())
        if ref is not None and ref.country:
            placed = ref.country
    ranked = counts.most_common(2)
    if placed is not None and dateline is not None and placed == agency_home(dateline.dateline.agency):
        return filed_at_home(placed, counts)
    if placed is None and doc is not None:
        placed = _lede_subject(doc, matches, body)  # no dateline: the lede's subject
    if placed is not None:
        if ranked and ranked[0][0] != placed and ranked[0][1] >= _DOMINANT * max(1, counts[placed]) + 2:
            return ranked[0][0]
        return placed
    return ranked[0][0] if ranked else None


def filed_at_home(home: str, counts: Counter[str]) -> str:
    """The story's country when the dateline is its agency's home city ("PARIS (AFP) -"): where
    the copy was filed, weaker evidence than another dateline. The home country stays unless the
    body names another country at least twice, and twice as often as the home country ("France's
    last troops left Burkina Faso ..." is a Burkina Faso story; a Berlin story naming Washington
    once stays German)."""
    ranked = counts.most_common(1)
    if ranked and ranked[0][0] != home and ranked[0][1] >= 2 * max(1, counts[home]):
        return ranked[0][0]
    return home


def agency_home(agency: str | None) -> str | None:
    """The country of a news agency's home desk ("AFP" → FRA, "TASS" → RUS), or None."""
    if not agency:
        return None
    return next((row[4] for row in tables.NEWS_OUTLETS if agency in (row[0], row[1], *row[2], *row[3])), None)


# How many times more often another country must be named than the dateline's to be the
# story's country.
_DOMINANT = 3


_IGO = "IGO"  # an affiliation with an international body: no country
_UNKNOWN = "?"  # a body named without a country
_CLAUSE_END = frozenset({".", ";", ":", "\u201d", "\u201c", '"', "(", ")", "?", "!"})


def _named_bodies(doc: Doc, found: _Buckets, bodies: dict[int, str | None]) -> list[tuple[int, str, str | None]]:
    """Organizations named so far: adds the last token of each mention of one with a country
    (or a known international one) to ``bodies``; returns (first token, head word, country, or
    :data:`_UNKNOWN` for a body of no known country) in text order, for "a spokesman for the
    organization" and "Its director" to find the organization."""
    by_end = {t.idx + len(t.text): t.i for t in doc}
    by_start = {t.idx: t.i for t in doc}
    out: list[tuple[int, str, str | None]] = []
    for bucket in found.buckets.values():
        if bucket.type != "ORG":
            continue
        known = bucket.country is not None or bucket.known
        head = bucket.name.split()[-1].lower()
        for start, end in bucket.spans:
            last, first = by_end.get(end), by_start.get(start)
            if last is None or first is None:
                continue
            if known:
                bodies.setdefault(last, bucket.country)
            out.append((first, head, bucket.country if known else _UNKNOWN))
    out.sort()
    return out


def _framed(doc: Doc, mentions, starts: dict[int, SurfaceMatch]) -> str | None:
    """The country a sentence frames a person in: "In Denmark, ..., [Name] told Danish radio",
    "Japan was represented by [Name]"."""
    for first, last in mentions:
        tok = doc[last - 1]
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ in _LEAD_VERBS:
            # "Burkina Faso's junta, led by Captain Ibrahim Traoré": the leader of a country's body
            body = tok.head.head.head
            for child in body.children:
                if child.dep_ in ("poss", "amod", "compound") and child.i < body.i:
                    m = next((m for f, m in starts.items() if f <= child.i < m.last), None)
                    if m is not None and m.referent.type in ("COUNTRY", "PLACE") and m.referent.country:
                        return m.referent.country
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ == "represent":
            verb = tok.head.head
            for child in verb.children:
                if child.dep_ == "nsubjpass":
                    m = next((m for f, m in starts.items() if f <= child.i < m.last), None)
                    if m is not None and m.referent.type == "COUNTRY" and m.referent.country:
                        return m.referent.country
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return None
    return next((c for c in (sentence_frame(doc, f, starts) for f, _ in sorted(mentions)) if c), None)


# Verbs whose agent leads the body they modify ("the junta, led by ...").
_LEAD_VERBS = frozenset("lead head chair command run found".split())


def sentence_frame(doc: Doc, i: int, starts: dict[int, SurfaceMatch]) -> str | None:
    """The country of a sentence that opens "In <Country>," (token ``i`` in it), or None."""
    sent = doc[i].sent
    k = sent.start
    while k < sent.end and (doc[k].is_space or doc[k].is_punct):
        k += 1
    if k + 2 >= sent.end or doc[k].lower_ != "in":
        return None
    m = starts.get(k + 1)
    if m is None or m.referent.type != "COUNTRY" or m.referent.metonym or not m.referent.country:
        return None
    return m.referent.country if m.last < sent.end and doc[m.last].text == "," else None


def _affiliation(doc: Doc, gaz: Gazetteer, bodies: dict[int, str | None], mentions,
                 named: list[tuple[int, str, str | None]] = ()) -> str | None:
    """The country a person is said to speak for, near a mention of the name: the words before
    it ("China's special envoy for the region, X", "UN envoy X") or its apposition ("X, an IMF
    spokeswoman", "X, who heads Kazakhstan's Atomic Energy Agency,"). ``bodies`` maps the last
    token of each country word and institution to its country (None for international bodies).
    Returns a country code, :data:`_IGO`, or None when nothing is said."""
    n = len(doc)
    for first, last in mentions:
        if last < n and doc[last].text == ",":
            j = last + 1
            relative = j < n and doc[j].lower_ in ("who", "whose")
            while j < n and j - last < 14 and doc[j].text not in _CLAUSE_END and doc[j].text != ",":
                if doc[j].pos_ in ("VERB", "AUX") and not relative:
                    break  # "X, said he welcomed the Swiss move": a clause, not an apposition
                if j in bodies:
                    return bodies[j] or _IGO
                if doc[j].lower_ == "the" and j + 1 < n and doc[j + 1].lower_ in BODY_HEADS and named:
                    # "X, a spokesman for the organization,": the organization named last before
                    earlier = [c for f, head, c in named if f < first and head == doc[j + 1].lower_]
                    if earlier:
                        return None if earlier[-1] == _UNKNOWN else earlier[-1] or _IGO
                if doc[j].text[:1].isupper() and _is_international_name(doc[j].text):
                    return _IGO
                j += 1
    for first, last in mentions:
        j, steps, titled = first, 0, False
        if j > 0 and doc[j - 1].text == ",":
            if last >= n or doc[last].text != ",":
                continue  # "…, X said": not an apposition before the name
            j -= 1
        while j > 0 and steps < 10:
            tok = doc[j - 1]
            if tok.text in _CLAUSE_END or tok.pos_ in ("VERB", "AUX") or tok.text == ",":
                break
            if tok.lower_ == "its" and titled and named:
                sents = [sent for sent in doc.sents if sent.end <= j][-1:] if doc.has_annotation("DEP") else []
                since = sents[0].start if sents else tok.sent.start if doc.has_annotation("DEP") else 0
                earlier = [c for f, _, c in named if since <= f < j - 1]  # this sentence or the last
                if earlier:  # "Its chief executive, Tamsin Hallerby": the body named last before
                    return None if earlier[-1] == _UNKNOWN else earlier[-1] or _IGO
                break
            posted = _posted_to(doc, j - 1)
            if posted is not None:
                j = posted  # "ambassador to the WTO": where he is posted, not whom he speaks for
                steps += 1
                continue
            if j - 1 in bodies:
                return bodies[j - 1] or _IGO
            if tok.text[:1].isupper() and _is_international_name(tok.text):
                return _IGO
            if gaz.roles.head(tok.lower_) is not None:
                titled = True
            if not (tok.text[:1].isupper() or tok.lower_ in ("of", "for", "and", "the", "'s", "\u2019s")
                    or tok.text == "-" and not tok.whitespace_  # "Secretary-General"
                    or gaz.roles.is_word(tok.lower_) or tok.lower_ in INSTITUTION_WORDS
                    or titled and tok.pos_ in ("NOUN", "ADJ") and tok.is_alpha):
                break  # only a title's words ("Brazil's climate envoy") lead to its country
            j -= 1
            steps += 1
    return None


def _posted_to(doc: Doc, i: int) -> int | None:
    """The token of "to" when token ``i`` ends a "to (the) <Name>" after a title ("ambassador to
    the WTO", "envoy to Russia"), else None."""
    k = i
    while k > 0 and doc[k].text[:1].isupper() and i - k < 6:
        k -= 1
    if k < i and doc[k].lower_ == "the" and k > 0:
        k -= 1
    if k == i or doc[k].lower_ != "to" or k == 0 or not doc[k - 1].is_alpha or doc[k - 1].text[:1].isupper():
        return None
    return k


_INTERNATIONAL_WORDS = frozenset({"un", "u.n.", "united nations", "international", "world", "eu",
                                  "european", "global", "nato", "african union", "au", "osce",
                                  "interpol", "unesco", "unicef", "unhcr", "ocha", "wfp", "iaea",
                                  "imf", "who", "wto", "brics", "asean", "opec"})


#: Phrases that name a body of several states ("Regional Comprehensive Economic Partnership",
#: "Economic Community of West African States", "West African Economic and Monetary Union").
_INTERNATIONAL_PHRASES = ("economic partnership", "economic community", "trade area", "monetary union",
                          "customs union", "cooperation council", "cooperation organization",
                          "cooperation organisation", "of states", "of nations")


def _is_international_name(name: str) -> bool:
    words = normalize(name).split()
    joined = " ".join(words)
    return any(w in _INTERNATIONAL_WORDS for w in words) or joined in _INTERNATIONAL_WORDS or any(
        p in joined for p in _INTERNATIONAL_PHRASES)


def _add_unknown_places(doc: Doc, gaz: Gazetteer, blocked: set[int], found: _Buckets,
                        body: int, home: str | None) -> None:
    """Cities the gazetteer does not know ("Tawila", "Esbjerg"): spaCy GPE names left over, with
    the country named right after them ("Izmail, Ukraine") or else the story's country."""
    n = len(doc)
    surnames = person_surnames(doc)
    for ent in doc.ents:
        if ent.label_ != "GPE" or ent.start_char < body:
            continue
        first, last = ent.start, ent.end
        while first < last and doc[first].lower_ == "the":
            first += 1
        if last <= first or any(t in blocked for t in range(first, last)):
            continue
        toks = doc[first:last]
        name = toks.text
        if last - first == 1 and normalize(name) in surnames:
            continue  # a person's surname ("Salcedo told lawmakers"), not a place
        if (
            _BAD_CHARS.intersection(name) or not name[:1].isupper() or toks[-1].pos_ != "PROPN"
            or len(toks) > 4 or any(_shouted(t) for t in toks)
            or any(gaz.roles.is_word(t.lower_) or t.lower_ in INSTITUTION_WORDS
                   or t.lower_ in _REGION_WORDS for t in toks)
        ):
            continue
        country = _place_kind_country(doc, first, _ends(doc, gaz, first)) or _frame_of(doc, gaz, first) or home
        if last + 1 < n and doc[last].text == ",":
            ref = gaz.lookup(doc[last + 1].text) if doc[last + 1].text[:1].isupper() else None
            after = next((gaz.lookup(doc[last + 1 : k].text) for k in range(min(n, last + 5), last + 1, -1)
                          if gaz.lookup(doc[last + 1 : k].text) is not None), ref)
            if after is not None and after.type in ("COUNTRY", "PLACE") and after.country:
                country = after.country  # "Izmail, Ukraine", "El Paso, Texas"
        found.add(("CITY", normalize(name)), "CITY", name, country, toks.start_char, toks.end_char)
        blocked.update(range(first, last))


def _compound_demonyms(doc: Doc, matches: list[SurfaceMatch]) -> list[SurfaceMatch]:
    """ "Turkish Cypriot", "Greek Cypriot", "Irish American": two demonyms in a row name a
    people of the second country; one match with the second's country."""
    out: list[SurfaceMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if (prev is not None and prev.last == m.first and m.last - m.first == 1 and prev.last - prev.first == 1
                and prev.referent.type == m.referent.type == "PLACE" and prev.referent.country
                and m.referent.country and prev.referent.country != m.referent.country
                and doc[m.first].ent_type_ == "NORP" and doc[prev.first].ent_type_ == "NORP"):
            out[-1] = SurfaceMatch(prev.first, m.last, prev.start, m.end, m.referent)
            continue
        out.append(m)
    return out


# Nouns of a kind of place in "the Eritrean port of Assab", "the Swiss resort of Crans-Montana".
_PLACE_KINDS = frozenset("""port city town village resort capital island harbour harbor enclave
suburb outpost settlement hamlet""".split())


def _frame_of(doc: Doc, gaz: Gazetteer, i: int) -> str | None:
    """The country of "In <Country>, ..." for a sentence with token ``i`` (see :func:`sentence_frame`)."""
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return None
    sent = doc[i].sent
    toks = [(t.idx, t.idx + len(t.text)) for t in doc[sent.start : min(sent.end, sent.start + 8)]]
    return sentence_frame(doc, i, {sent.start + m.first: _shifted(m, sent.start) for m in gaz.match_tokens(doc.text, toks)})


def _shifted(m: SurfaceMatch, by: int) -> SurfaceMatch:
    return SurfaceMatch(m.first + by, m.last + by, m.start, m.end, m.referent)


def _place_kind_names(doc: Doc, body: int) -> list[tuple[int, int]]:
    """Names after "the <place kind> of" ("the port of Boulogne-sur-Mer", "the northern town of
    Déou"), whatever the NER calls them: token ranges."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for tok in doc:
        i = tok.i
        if tok.lower_ != "of" or i < 2 or i + 1 >= n or doc[i - 1].lower_ not in _PLACE_KINDS or tok.idx < body:
            continue
        first = last = i + 1
        while last < n and doc[last].text[:1].isupper() and doc[last].is_alpha and not _shouted(doc[last]):
            last += 1
            while (last + 1 < n and doc[last].text == "-" and not doc[last - 1].whitespace_
                   and not doc[last].whitespace_ and doc[last + 1].is_alpha):
                last += 2  # "Boulogne-sur-Mer"
        if last > first and last - first <= 7:
            out.append((first, last))
    return out


def _ends(doc: Doc, gaz: Gazetteer, first: int) -> dict[int, SurfaceMatch]:
    """Gazetteer matches ending at a token shortly before ``first``, by end token."""
    lo = max(0, first - 4)
    toks = [(t.idx, t.idx + len(t.text)) for t in doc[lo:first]]
    return {lo + m.last: _shifted(m, lo) for m in gaz.match_tokens(doc.text, toks)}


def _described_country(doc: Doc, gaz: Gazetteer, bucket, by_start: dict[int, int]) -> str | None:
    """The country an organization's own name or the words just before its first mention give
    it: "Scottish Pelagic Fishermen's Association", "The German auto industry association VDA";
    None when neither has a demonym or country name."""
    for word in bucket.name.split()[:2]:
        ref = gaz.lookup(word)
        if ref is not None and ref.type in ("PLACE", "COUNTRY") and ref.country and not ref.metonym:
            return ref.country
    i = by_start.get(min(bucket.spans)[0]) if bucket.spans else None  # ``by_start``: token of each character offset
    for k in range(i - 1, max(i - 6, -1), -1) if i is not None else ():
        tok = doc[k]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            break
        ref = gaz.lookup(tok.text) if tok.pos_ in ("ADJ", "PROPN") else None
        if ref is not None and ref.type == "PLACE" and ref.country:
            return ref.country
    return None


def _place_kind_country(doc: Doc, first: int, ends: dict[int, SurfaceMatch]) -> str | None:
    """The country of "the <Demonym> port of X" for the place X at token ``first``, or None."""
    if first < 3 or doc[first - 1].lower_ != "of" or doc[first - 2].lower_ not in _PLACE_KINDS:
        return None
    k = first - 2
    while k > 0 and doc[k - 1].pos_ == "ADJ" and doc[k - 1].text.islower():
        k -= 1  # "the Eritrean Red Sea port", "the Swiss mountain resort"
    m = ends.get(k)
    if m is not None and m.referent.type in ("PLACE", "COUNTRY") and m.referent.country:
        return m.referent.country
    return None


_ACRONYM = re.compile(r"\s?\(([A-Z][A-Z-]{1,7})\)")


def _acronym_mentions(doc: Doc, blocked: set[int], found: _Buckets) -> None:
    """An organization written out with its acronym in brackets ("the National Liberation Army
    (ELN)") is named by the acronym from then on: each later "ELN" is a mention of it, and an
    organization found under the acronym alone is that one."""
    text = doc.text
    by_start = {t.idx: t for t in doc}
    for key, bucket in list(found.buckets.items()):
        if bucket.type != "ORG" or key not in found.buckets:
            continue
        introduced = [(m, end) for _, end in sorted(bucket.spans) if (m := _ACRONYM.match(text, end))]
        if not introduced:
            continue
        acronym, after = introduced[0][0].group(1), introduced[0][1]
        if acronym == bucket.name:
            continue
        twin = found.buckets.get(("ORG", normalize(acronym)))
        if twin is not None and twin is not bucket and twin.type == "ORG":
            bucket.spans.extend(twin.spans)  # "ELN" found on its own: the same body
            del found.buckets[("ORG", normalize(acronym))]
        spans = set(bucket.spans)
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text[after:]):
            tok = by_start.get(after + m.start())
            span = (after + m.start(), after + m.end())
            if tok is None or tok.i in blocked or span in spans or len(tok.text) != len(acronym):
                continue
            bucket.spans.append(span)
            blocked.add(tok.i)


@dataclass(slots=True)
class _Buckets:
    buckets: dict[tuple[str, str], _Bucket] = field(default_factory=dict)
    org_ends: dict[int, tuple[str, str]] = field(default_factory=dict)  # last token → ORG key

    def add(self, key: tuple[str, str], kind: str, name: str, country: str | None,
            start: int, end: int, role: str | None = None, known: bool = False) -> None:
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = _Bucket(kind, name, country, role, known=known)
        bucket.spans.append((start, end))


def _title_modifier(doc: Doc, last: int, gaz: Gazetteer, first: int | None = None) -> bool:
    """Do the words before ``last`` belong to a title ("British Defence" of "British Defence
    Secretary"; "EU Climate" of "EU Climate Commissioner": a known body and its portfolio)?"""
    word = doc[last - 1].lower_
    if last >= len(doc):
        return False
    if gaz.roles.is_word(word) and word not in ORG_NAME_HEADS and gaz.roles.is_word(doc[last].lower_):
        return True
    if first is None or last - first < 2 or gaz.roles.head(doc[last].lower_) is None:
        return False
    lead = gaz.lookup(doc[first].text)
    return (lead is not None and lead.type == "ORG" and word not in BODY_HEADS and word not in INSTITUTION_WORDS
            and doc[last].text[:1].isupper())


def _add_owned_bodies(doc: Doc, blocked: set[int], found: _Buckets, owned: dict[str, str | None]) -> None:
    """ "Russia's Rosatom", "France's EDF": a country's firm or body (``owned``: see
    :func:`~wirecoder.stages.entities.people.country_owned_names`), at each of its mentions."""
    for tok in doc:
        key = normalize(tok.text)
        if key in owned and tok.i not in blocked and tok.text[:1].isupper() and (
                tok.pos_ == "PROPN" or tok.text.isupper() and len(tok.text) > 1):
            found.add(("ORG", key), "ORG", tok.text, owned[key], tok.idx, tok.idx + len(tok.text),
                      known=owned[key] is not None)
            blocked.add(tok.i)


# Lower-case nouns that end the name of an armed or political group ("the Houthi movement").
_GROUP_TAILS = frozenset("movement group militia faction network".split())
# Heads whose "of the X" makes X a body ("members of the Riigikogu", "the speaker of the Saeima").
_MEMBER_NOUNS = frozenset("member members speaker deputy deputies chairman chairwoman majority "
                          "session vote approval".split())


def _org_spans(doc: Doc, gaz: Gazetteer, introduced: list[tuple[int, int]] | None = None) -> list[tuple[str, int, int]]:
    """spaCy's ORG and PERSON spans (label, first, last), repaired: an ORG split at "and" inside
    an "of" name joined again ("Ministry of Oceans" + "and Fisheries"), an ORG with its group noun
    ("the Houthi movement"), and a one-word place name that acts as a body ("adopted by the
    Saeima", "members of the Riigikogu")."""
    introduced = introduced_names(doc) if introduced is None else introduced
    ents = [e for e in doc.ents if not any(f < e.end and e.start < l for f, l in introduced)]
    out: list[tuple[str, int, int]] = [("ORG", f, l) for f, l in introduced]
    for e in ents:  # "Yale University's Humanitarian Research Lab": the owner and the owned
        cut = next((k for k in range(e.start + 1, e.end - 1)
                    if doc[k].lower_ in ("'s", "\u2019s") and _an_owner(doc, e.start, k)), None)
        if e.label_ == "ORG" and cut is not None and e.end - cut > 2 and all(
                t.text[:1].isupper() or t.lower_ in _CONNECTORS for t in doc[cut + 1 : e.end]) and not (
                e.end < len(doc) and doc[e.end].pos_ == "NOUN"):  # "UNESCO's World Heritage list"
            out.append(("ORG", cut + 1, e.end))
    k = 0
    while k < len(ents):
        ent = ents[k]
        label, first, last = ent.label_, ent.start, ent.end
        if label == "ORG":
            while (k + 1 < len(ents) and ents[k + 1].label_ == "ORG" and ents[k + 1].start == last + 1
                   and doc[last].lower_ in ("and", "&")
                   and any(t.lower_ in ("of", "for") for t in doc[first:last])):
                k += 1
                last = ents[k].end
            if last < len(doc) and doc[last].lower_ in _GROUP_TAILS and doc[last].pos_ == "NOUN" and last - first <= 3:
                last += 1
            out.append((label, first, last))
        elif label == "PERSON":
            out.append((label, first, last))
        elif label in ("FAC", "LOC", "GPE") and last - first == 1 and _acts_as_body(doc[first], gaz):
            out.append(("ORG", first, last))
        k += 1
    out.sort(key=lambda x: x[1])
    return out


def _acts_as_body(tok: Token, gaz: Gazetteer) -> bool:
    """A one-word name after "the" that the parse makes a body: the agent of a passive ("adopted by
    the Saeima") or what members belong to ("members of the Riigikogu")."""
    if tok.pos_ != "PROPN" or tok.i == 0 or doc_word(tok, -1) != "the" or gaz.lookup(tok.text) is not None:
        return False
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.dep_ == "agent" or prep.lower_ == "of" and prep.head.lemma_.lower() in _MEMBER_NOUNS


def doc_word(tok: Token, offset: int) -> str:
    return tok.doc[tok.i + offset].lower_


def _add_spacy_orgs(
    doc: Doc, gaz: Gazetteer, matches: list[SurfaceMatch], blocked: set[int], found: _Buckets,
    owned: dict[str, str | None], introduced: list[tuple[int, int]],
) -> None:
    """Organizations spaCy found that the gazetteer did not, minus titles and junk.

    An acronym in brackets right after an organization is another mention of it:
    "the World Food Program (WFP)".
    """
    ends = {m.last: m for m in matches}
    by_first = sorted(range(len(matches)), key=lambda k: matches[k].first)
    firsts = [matches[k].first for k in by_first]
    for label, first, last in _org_spans(doc, gaz, introduced):
        ent = doc[first:last]
        known = gaz.actor(ent.text)
        if label == "PERSON" and (known is None or not known.org) and normalize(ent.text) not in owned:
            continue  # people are found in wirecoder.stages.entities.people; firms mislabelled PERSON come here
        while first < last and doc[first].lower_ == "the":
            first += 1
        last = _before_bracket(doc, first, last)
        while last > first and (doc[last - 1].lower_ in ("'s", "\u2019s") or doc[last - 1].is_punct):
            last -= 1
        last = _before_descriptor(doc, first, last)
        last = _before_country_after_medium(doc, first, last, ends)
        if last <= first or any(t in blocked for t in range(first, last)):
            continue
        toks = doc[first:last]
        name = toks.text
        tail = ends.get(last)
        if (
            _BAD_CHARS.intersection(name) and not ((_LISTED_NAME.fullmatch(name) or _listed_commas(doc, first, last))
                                                   and "," in name and not (_BAD_CHARS - {","}).intersection(name))
            or not any(ch.isupper() for ch in name)
            or not name[:1].isalnum()
            or not name[-1:].isalnum() and not name.endswith(".")
            or all(gaz.roles.is_word(t.lower_) or t.lower_ in _CONNECTORS for t in toks)
            and not _role_worded_body(doc, first, last, gaz)
            or _title_modifier(doc, last, gaz, first)  # "British Defence" of "British Defence Secretary"
            or tail is not None and tail.referent.type == "PLACE"  # "Radical French"
            or len(toks) > 8
            or len(toks) == 1 and toks[0].tag_ == "NNS"  # "Farmers' unions in Punjab said": a common noun
            or _common_noun_name(doc, name, first, last)  # "raise VAT", "RM2.05 a litre"
        ):
            continue
        ref = gaz.lookup(name)
        if ref is not None and ref.type != "ORG":
            continue
        if (last - first == 1 and sum(c.isupper() for c in name) >= 2 and first >= 2 and doc[first - 1].text == "("
                and last < len(doc) and doc[last].text == ")" and first - 1 in found.org_ends):
            key = found.org_ends[first - 1]
            bucket = found.buckets[key]
            found.add(key, "ORG", bucket.name, bucket.country, toks.start_char, toks.end_char)
            continue
        short = _short_form_of(found, name, toks.start_char) if last - first == 1 and not name.isupper() else None
        if short is not None:  # "the Commission" after "the European Commission"
            bucket = found.buckets[short]
            found.add(short, "ORG", bucket.name, bucket.country, toks.start_char, toks.end_char)
            continue
        actor = gaz.actor(name)
        if last - first == 1 and (name.lower() in BODY_HEADS or name.lower() in _DEPARTMENT_WORDS):
            actor = None  # "the Senate", "the Treasury": the story's country's, whatever a list says
        country = actor.country if actor is not None else None
        if country is None:
            inside = [k for k in by_first[bisect_left(firsts, first) : bisect_left(firsts, last)]
                      if matches[k].last <= last and matches[k].referent.country]
            if inside:  # the first such match in text order, found by bisection, not a scan
                country = matches[min(inside)].referent.country
            else:
                j = first - 1 if first > 0 and doc[first - 1].lower_ in ("'s", "\u2019s") else first
                before = ends.get(j)
                if before is not None and before.referent.type in ("COUNTRY", "PLACE"):
                    country = before.referent.country
        key = ("ORG", normalize(name))
        found.add(key, "ORG", name, country, toks.start_char, toks.end_char, known=actor is not None)
        found.org_ends[last] = key
        blocked.update(range(first, last))  # "Alternative for Germany": its Germany is no place


# A name whose "of" lists its fields ("National Society of Mining, Petroleum and Energy"): its
# commas are the list's.
_LISTED_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* (?:of|for) [A-Z][\w-]*(?:, [A-Z][\w-]*)+,? and [A-Z][\w-]*")

# Departments named by a bare word of their own ("the Treasury"): bodies, though also title words.
_DEPARTMENT_WORDS = frozenset({"treasury", "exchequer"})


def _role_worded_body(doc: Doc, first: int, last: int, gaz: Gazetteer) -> bool:
    """Is a name made only of role words a body's name ("the main opposition Democratic Party",
    "the Senate", "accused the Treasury of"), not a title ("Foreign Minister", "Treasury" of
    "Treasury Cabinet Secretary X")? Its last word is a capitalised institution head that is no
    title head, no capitalised title word follows it, and a one-word name follows "the"."""
    head = doc[last - 1]
    if not head.text[:1].isupper() or gaz.roles.head(head.lower_) is not None or (
            head.lower_ not in BODY_HEADS and head.lower_ not in _DEPARTMENT_WORDS):
        return False
    if last < len(doc) and doc[last].text[:1].isupper() and gaz.roles.is_word(doc[last].lower_):
        return False  # "Senate President X", "Treasury Cabinet Secretary X": a title
    return last - first > 1 or first > 0 and doc[first - 1].lower_ == "the"


def _short_form_of(found: _Buckets, word: str, start: int) -> tuple[str, str] | None:
    """The one organization named before ``start`` whose name ends in ``word`` ("Commission" for
    the European Commission), or None."""
    key = normalize(word)
    hits = [k for k, b in found.buckets.items()
            if b.type == "ORG" and len(b.name.split()) > 1 and normalize(b.name.split()[-1]) == key
            and any(s < start for s, _ in b.spans)]
    return hits[0] if len(hits) == 1 else None


def _entities(text: str, buckets: dict[tuple[str, str], _Bucket]) -> tuple[Entity, ...]:
    ready: list[tuple[int, _Bucket, list[tuple[int, int]]]] = []
    for bucket in buckets.values():
        spans: list[tuple[int, int]] = []
        for start, end in sorted(set(bucket.spans), key=lambda s: (s[0], -s[1])):
            if spans and start < spans[-1][1]:
                continue  # overlaps a mention already kept
            spans.append((start, end))
        if spans:
            ready.append((spans[0][0], bucket, spans))
    ready.sort(key=lambda r: (r[0], r[1].type, r[1].name))
    return tuple(
        Entity(
            id=f"e{number}",
            type=bucket.type,  # type: ignore[arg-type]
            name=bucket.name,
            country=bucket.country,
            role=bucket.role,
            mentions=tuple(span_at(text, s, e) for s, e in spans),
        )
        for number, (_, bucket, spans) in enumerate(ready, start=1)
    )
