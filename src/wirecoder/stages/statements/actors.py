"""Actors of a statement: whom a subject names, with the article's entity index. Used by
:mod:`wirecoder.stages.statements.find`.

"Serbia", "Moscow" (a capital acting), "Vucic": the entity of the mention. "we", "us", "our
country": the speaker's country (a person's country, or the country or international body
speaking); unknown otherwise, never guessed. "I": the speaker. "it": the speaker when a country
speaks ("Belgrade ..., saying that it values ..."), else the country or body the quote last named
as a subject or possessor ("the country's ... on the condition that it recognizes ..."), else,
opening the quote after at most a time adjunct, the body speaking ("The party said on Monday it
would ..."). "the country": the country last named in the article (else the country of the
person last named); "his country": the speaker's; "his province": the region the speaker
governs, else their country; "the government", and "the president" doing an act of state: the
speaker's country, else the article's. "Relations between Serbia and Russia": both.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Token

from ...lexicon.keys import object_code
from ...lexicon.propositions import MEMBERSHIP_NOUNS
from ...lexicon.roles import GOVERNMENT_NOUNS
from ...records import Entity, Quote

__all__ = ["Actor", "ArticleIndex", "conjuncts", "plural_phrase", "resolve_subject", "unique_actors"]

_COUNTRY_NOUNS = frozenset({"country", "nation", "state", "republic", "homeland"})
#: Nouns for a country's region, as its governor speaks of it ("his province would ...").
_REGION_NOUNS = frozenset({"province", "region", "canton"})
#: Nouns by which wire copy refers back to an organization it named ("the group", "the militia").
_GROUP_NOUNS = frozenset({"group", "militia", "movement", "faction", "party"})
#: Nouns by which a person refers to the body they speak for ("her party", "his bloc").
_SIDE_NOUNS = frozenset({"party", "bloc", "coalition", "movement", "faction", "caucus", "alliance", "group"})
#: Nouns by which wire copy refers back to the international organization it named ("the bloc").
_BLOC_SUBJECTS = frozenset({"bloc", "alliance"})
#: Name words of a state's own civil institutions: a body so named speaks for its country.
_STATE_INSTITUTIONS = frozenset("""ministry embassy consulate government presidency office parliament
cabinet administration department police court prosecutor commission council chancellery""".split())
#: Titles of a state's office holders: such a person speaks for the state, whatever else names them.
_STATE_TITLES = frozenset("""president minister premier chancellor king queen ambassador governor mayor
secretary senator lawmaker deputy""".split())
_RELATION_HEADS = frozenset({"relation", "relations", "tie", "ties", "cooperation", "partnership", "friendship"})
#: Titles of the head of a region's or a city's own government ("Alberta Premier", "the governor
#: of Texas", "Mayor of Lviv"): such a person's "we" and "our government" are that region's.
_REGIONAL_TITLES = frozenset("premier governor gov mayor".split())


@dataclass(frozen=True, slots=True)
class Actor:
    """A country, organization or person as subject or object; ``code`` is its key form."""

    name: str
    code: str | None
    type: str


class ArticleIndex:
    """Entity mentions by token, and the countries in text order, for one Doc."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], gazetteer, article_country: str | None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.article_country = article_country
        self.entities = {e.id: e for e in entities}
        self.token_entity: dict[int, Entity] = {}
        countries: list[tuple[int, Entity]] = []
        people: list[tuple[int, Entity]] = []
        blocs: list[tuple[int, Entity]] = []
        for e in entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                for t in span if span is not None else ():
                    self.token_entity.setdefault(t.i, e)
                if e.type == "COUNTRY":
                    countries.append((m.start, e))
                elif e.type == "PERSON" and e.country:
                    people.append((m.start, e))
                elif e.type == "ORG" and not e.country:
                    blocs.append((m.start, e))
        orgs = sorted(((m.start, e) for e in entities if e.type == "ORG" for m in e.mentions), key=lambda x: x[0])
        self._orgs = orgs
        self._org_starts = [o[0] for o in orgs]
        self._sides: dict[str, Actor | None] = {}
        self._acronyms_seen: dict[str, Entity] | None = None
        self._demonyms: Counter | None = None
        self.renamed = self._metonyms(doc, entities)
        self._acronyms(doc, entities, self.renamed)
        self._groups(doc, self.renamed)
        self.questions: set[int] = set()  # tokens in questions, of the quote being read
        self.quoted: dict[int, int] = {}  # tokens inside the article's quotes → the rank of their quote
        self.quotes: tuple = ()  # the article's quotes, in the order of those ranks
        countries.sort(key=lambda x: x[0])
        people.sort(key=lambda x: x[0])
        self._countries = countries
        self._country_starts = [c[0] for c in countries]
        self._people = people
        self._people_starts = [p[0] for p in people]
        blocs.sort(key=lambda x: x[0])
        self._blocs = blocs
        self._bloc_starts = [b[0] for b in blocs]
        # per person, read once from all their mentions (a story quoting one person 2,000 times
        # asks for each quote)
        self._person_countries: dict[str, str | None] = {}
        self._regions: dict[str, Actor | None] = {}
        self._memberships(doc, self.renamed)

    def _metonyms(self, doc: Doc, entities: tuple[Entity, ...]) -> dict[int, str]:
        """Token index → the text a proposition shows for it: a capital standing for its
        government reads as the country ("a stable relationship with Beijing" → "... with
        China"); the mention's other tokens read as nothing."""
        out: dict[int, str] = {}
        if self.gazetteer is None:
            return out
        for e in entities:
            if e.type not in ("COUNTRY", "ORG"):
                continue
            for m in e.mentions:
                ref = self.gazetteer.lookup(m.text)
                if ref is None or not ref.metonym:
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                for k, t in enumerate(span if span is not None else ()):
                    out[t.i] = e.name if k == 0 else ""
        self._capitals_acted_on(doc, out)
        self._people_by_name(doc, entities, out)
        self._governments_by_country(doc, out)
        return out

    @staticmethod
    def _people_by_name(doc: Doc, entities: tuple[Entity, ...], out: dict[int, str]) -> None:
        """A person a proposition acts on reads by their full name, without the titles and
        honorifics the article puts before it: "extradite Argentine businessman Ramiro Castell"
        and "hand Mr Castell over" → "Ramiro Castell"."""
        forms: dict[str, str] = {}
        for e in entities:
            if e.type == "PERSON" and len(e.name.split()) > 1:
                for m in e.mentions:
                    forms.setdefault(m.text, e.name)
                forms.setdefault(e.name.split()[-1], e.name)
        for span in doc.ents:
            if span.label_ != "PERSON" or span[0].i in out:
                continue
            words = [t for t in span if t.lower_.rstrip(".") not in _HONORIFICS]
            name = forms.get(doc[words[0].i:words[-1].i + 1].text) if words else None
            root = span.root
            if name is None or root.dep_ not in ("dobj", "pobj"):
                continue
            for k, t in enumerate(span):
                out[t.i] = name if k == 0 else ""
            for c in root.children:
                if c.i < span.start and c.dep_ in ("compound", "amod", "nmod") and c.pos_ != "PROPN" or (
                        c.i < span.start and c.lower_.rstrip(".") in _HONORIFICS):
                    out.update({t.i: "" for t in c.subtree})  # "Argentine businessman", "Mr"

    def _governments_by_country(self, doc: Doc, out: dict[int, str]) -> None:
        """"the Argentine authorities", "the Polish government" as an object read as the
        country ("hand him over to the Argentine authorities" → "to Argentina")."""
        for t in doc:
            if t.i in out or t.lower_ not in GOVERNMENT_NOUNS or t.dep_ not in ("dobj", "pobj"):
                continue
            mods = [c for c in t.children if c.i < t.i]
            if len(mods) != 2 or mods[0].dep_ != "det" or mods[0].lower_ != "the" or mods[1].dep_ != "amod":
                continue
            country = self.demonym_country(mods[1].text) if mods[1].text[:1].isupper() else None
            if country is not None:
                out[mods[0].i], out[mods[1].i], out[t.i] = "", "", country.name

    def _capitals_acted_on(self, doc: Doc, out: dict[int, str]) -> None:
        """A capital the entity stage read as a city (or as nothing) that a clause acts on
        (:func:`_acted_on`: "sue Washington", "hand our sovereignty to Brasília") reads as its
        country; "a news conference in Brasília" stays the city."""
        for span in doc.ents:
            if span.label_ not in ("GPE", "LOC", "PERSON", "ORG", "FAC") or span[0].i in out or not _acted_on(span.root):
                continue
            entity = self.token_entity.get(span.root.i)
            if entity is not None and entity.type in ("COUNTRY", "ORG"):
                continue  # the entity stage read it already
            ref = self.gazetteer.lookup(span.text)
            if ref is None or not ref.metonym or ref.type != "COUNTRY" or not ref.country:
                continue
            name = self.gazetteer.country_name(ref.country)
            for k, t in enumerate(span if name else ()):
                out[t.i] = name if k == 0 else ""

    def _acronyms(self, doc: Doc, entities: tuple[Entity, ...], out: dict[int, str]) -> None:
        """An organization written out in full shows its short form too, as propositions are
        written ("extend the cease-fire with the National Liberation Army (ELN)"): the mention's
        last token reads with the acronym the article also uses, or else the one the gazetteer
        knows for it ("the Association of Southeast Asian Nations (ASEAN)")."""
        for e in entities:
            if e.type != "ORG":
                continue
            short = next((m.text for m in e.mentions if _is_acronym(m.text)), None) or _introduced_acronym(
                doc, e) or self._known_acronym(e)
            if short is None:
                continue
            for m in e.mentions:
                if m.text == short or len(m.text.split()) < 2 or short in m.text:
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span) and span[-1].i not in out:
                    out[span[-1].i] = f"{span[-1].text} ({short})"

    def _known_acronym(self, entity: Entity) -> str | None:
        """The short form the gazetteer lists for an international organization's long name (five
        words or more, which copy mostly abbreviates: "Association of Southeast Asian Nations")."""
        from ...lexicon.tables import ORGANIZATIONS

        if len(entity.name.split()) < 5:
            return None
        ref = self.gazetteer.lookup(entity.name) if self.gazetteer is not None else None
        forms = ORGANIZATIONS.get(ref.name if ref is not None else entity.name, ((),))[0]
        return next((f for f in forms if _is_acronym(f)), None)

    def _memberships(self, doc: Doc, out: dict[int, str]) -> None:
        """A bare "membership" reads in propositions with the body it is in (see
        :meth:`membership_bloc`): "apply for membership" → "apply for membership of BRICS",
        "submit our application" → "submit our application to BRICS"."""
        for t in doc:
            if t.i not in out and (bloc := self.membership_bloc(t)) is not None:
                out[t.i] = f"{t.text} {MEMBERSHIP_NOUNS[t.lemma_.lower()]} {bloc.name}"

    def mentions_before(self, char: int) -> list[tuple[int, Entity]]:
        """(start, entity) of the countries and bodies named before character ``char``."""
        return sorted((m, e) for m, e in [*self._countries, *self._blocs] if m < char)

    def _groups(self, doc: Doc, out: dict[int, str]) -> None:
        """"the group", "the militia" read in propositions as the organization they refer back
        to (see :meth:`group_referent`): "resume operations against the group in Cauca"."""
        for t in doc:
            if t.i in out or t.lemma_.lower() not in _GROUP_NOUNS:
                continue
            found = self.group_referent(t)
            det = next((c for c in t.children if c.dep_ == "det"), None)
            if found is not None and det is not None and det.i not in out:
                out[det.i] = ""
                out[t.i] = found.name

    def group_referent(self, tok: Token) -> Actor | None:
        """The organization "the group" (militia, movement, faction, party) refers back to: the
        last one named before it that the article describes with that noun ("the Rapid Support
        Forces (RSF), the paramilitary group ..."), else the last one named that is not a state
        body. Only "the" and the noun (and a place: "the group in Cauca")."""
        noun = tok.lemma_.lower()
        if noun not in _GROUP_NOUNS or tok.tag_ != "NN":
            return None
        kids = [c for c in tok.children if not (c.dep_ == "prep" and c.lower_ in ("in", "from") and c.i > tok.i)]
        if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
            return None  # "the group in Cauca" refers; "the largest group of ..." describes
        k = bisect_left(self._org_starts, tok.idx)
        fallback: Entity | None = None
        for _start, e in reversed(self._orgs[:k]):
            if self._described_as(e, noun):
                return self.short_actor(e)
            if fallback is None and not self.national_body(e) and e.country:
                fallback = e
        return self.short_actor(fallback) if fallback is not None else None

    def named_body(self, tok: Token, quote: Quote) -> Actor | None:
        """The organization a bare definite or possessive noun refers back to, as a subject:
        "the bloc" / "the alliance" (the international organization named last, as
        :meth:`recent_bloc`); "the bank", "the court", "the commission" (the last organization
        named before it whose name has that word: "the Bank of Canada ... the bank"); "his
        party", "her bloc" in a person's mouth (the non-state body named in the speaker's own
        description: "People Power Party floor leader Choo Min-kyu ... his party"). Only the
        noun and its article or possessive: "the largest bank in the country" describes."""
        noun = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or len(list(tok.children)) != 1:
            return None
        mark = next(iter(tok.children))
        if mark.dep_ == "poss" and mark.lower_ in ("his", "her", "their") and noun in _SIDE_NOUNS:
            return self._speakers_body(quote, noun)
        if mark.dep_ != "det" or mark.lower_ != "the":
            return None
        if noun in _BLOC_SUBJECTS:
            return self.recent_bloc(tok.idx)
        if noun in _GROUP_NOUNS or noun in GOVERNMENT_NOUNS or noun in _COUNTRY_NOUNS:
            return None  # read by :meth:`group_referent` and the country phrases
        k = bisect_left(self._org_starts, tok.idx)
        for _start, e in reversed(self._orgs[:k]):
            words = e.name.lower().split()
            if len(words) > 1 and noun in words:
                return self.short_actor(e)
        return None

    def org_before(self, char: int) -> Actor | None:
        """The organization named last before character ``char``."""
        k = bisect_left(self._org_starts, char)
        return self.short_actor(self._orgs[k - 1][1]) if k else None

    def _speakers_body(self, quote: Quote, noun: str) -> Actor | None:
        """The non-state organization named in the speaking person's own title: before the
        name ("SPD co-leader Jana Feldkamp", "People Power Party floor leader Choo Min-kyu") or
        in its "of" phrase ("Laura Benítez of the Peronist bloc"), or one whose name has
        ``noun`` anywhere in the phrase; not a body a relative clause mentions ("who chairs the
        caucus in the National Assembly")."""
        speaker = self.speaker(quote)
        if speaker is None or speaker.type != "PERSON":
            return None
        titled: list[Entity] = []
        named: list[Entity] = []
        for span in self._mention_spans(speaker):
            root = span.root
            near = [t for t in root.subtree if not span.start <= t.i < span.end]
            if root.dep_ == "appos":
                near += [t for t in root.head.subtree if not span.start <= t.i < span.end]
            for t in near:
                entity = self.token_entity.get(t.i)
                if entity is None or entity.type != "ORG" or entity.id == speaker.id or self.national_body(entity):
                    continue
                if any(a.dep_ in ("relcl", "acl", "advcl") for a in t.ancestors if not a.is_ancestor(root)):
                    continue
                if noun in entity.name.lower().split():
                    named.append(entity)
                elif t.i < span.start or any(a.dep_ == "prep" and a.lower_ == "of" and a.head.i == root.i
                                             for a in t.ancestors):
                    titled.append(entity)
        pick = (named or titled)[:1]
        return self.short_actor(pick[0]) if pick else None

    def acting_state(self, actor: Actor) -> Actor:
        """Who does a measure a body supports or opposes: a party, union or association of a
        country ("the union opposed the VAT increase") does not raise taxes, its country does;
        a state, a national body and an international organization act themselves."""
        if actor.type != "ORG":
            return actor
        entity = next((e for e in self.entities.values() if e.type == "ORG" and e.name == actor.name), None) or (
            self._acronym_entities().get(actor.name))  # "COSATU", the short form of its name
        if entity is None or not entity.country or self.national_body(entity):
            return actor
        return self.country(entity.country) or actor

    def _described_as(self, entity: Entity, noun: str) -> bool:
        """Does an apposition to one of the entity's mentions have ``noun`` as its head ("the
        Central General Staff, the largest group of FARC dissidents")?"""
        for m in entity.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            if any(c.dep_ == "appos" and c.lemma_.lower() == noun for c in root.children):
                return True
            if root.dep_ == "appos" and root.head.lemma_.lower() == noun:
                return True
        return False

    def demonym_counts(self) -> Counter:
        """Country code → how often the article names the country by its demonym, outside any
        entity ("the Argentine businessman", "the Argentine authorities"); counted once."""
        if self._demonyms is None:
            counts: Counter = Counter()
            for tok in self.doc:
                if tok.pos_ not in ("ADJ", "PROPN") or tok.i in self.token_entity or not tok.text[:1].isupper() \
                        or tok.ent_type_ != "NORP":
                    continue
                ref = self.gazetteer.lookup(tok.text)
                if ref is not None and ref.type == "PLACE" and ref.country:
                    counts[ref.country] += 1
            self._demonyms = counts
        return Counter(self._demonyms)

    def actor(self, entity: Entity) -> Actor:
        if entity.type == "COUNTRY":
            return Actor(entity.name, entity.country, "COUNTRY")
        return Actor(entity.name, object_code(entity.name.replace(" ", "_")), entity.type)

    def country(self, code: str | None) -> Actor | None:
        if not code:
            return None
        name = self.gazetteer.country_name(code) if self.gazetteer is not None else None
        return Actor(name or code, code, "COUNTRY")

    def recent_country(self, char: int) -> Actor | None:
        """The country named last before ``char``; failing that, the country of the person
        named last ("Serbian President Aleksandar Vucic ... the country")."""
        k = bisect_left(self._country_starts, char)
        if k:
            return self.actor(self._countries[k - 1][1])
        k = bisect_left(self._people_starts, char)
        return self.country(self._people[k - 1][1].country) if k else None

    def membership_bloc(self, tok: Token) -> Actor | None:
        """The international body a bare "membership", "accession" or "application" is in
        (:data:`~wirecoder.lexicon.propositions.MEMBERSHIP_NOUNS`): "We value our
        partnership with every BRICS member, but we will not apply for membership" → BRICS. The
        body named last before the noun, in its sentence or the one before; None when the noun
        names its body itself ("membership in NATO", "EU membership", "its membership")."""
        if tok.lemma_.lower() not in MEMBERSHIP_NOUNS or tok.pos_ != "NOUN":
            return None
        if any(c.dep_ in ("compound", "nmod") or c.dep_ == "poss" and c.pos_ != "PRON"
               or c.dep_ == "prep" and c.lower_ in ("of", "in", "to", "into", "for")
               or c.i in self.token_entity for c in tok.children):
            return None  # "EU membership", "Sweden's membership", "an application for a licence"
        if tok.dep_ == "compound" and any(c.i < tok.i and (c.i in self.token_entity or c.dep_ == "poss")
                                          for c in tok.head.children):
            return None  # "EU accession talks": the body modifies the phrase the noun is in
        sent = tok.sent
        floor = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        k = bisect_left(self._bloc_starts, tok.idx)
        if not k or self._blocs[k - 1][0] < floor:
            return None
        return self.actor(self._blocs[k - 1][1])

    def recent_bloc(self, char: int) -> Actor | None:
        """The international organization named last before ``char`` ("the European Union
        ... join the bloc")."""
        k = bisect_left(self._bloc_starts, char)
        return self.actor(self._blocs[k - 1][1]) if k else None

    def speaker(self, quote: Quote) -> Entity | None:
        return self.entities.get(quote.speaker.entity) if quote.speaker.entity else None

    def person_country(self, person: Entity) -> str | None:
        """A person's country as their own title gives it: the demonym before the name
        ("Eritrean Ambassador to Russia Habtom Zerai" is Eritrea's, whatever country the phrase
        also names), else the entity's country."""
        if self.gazetteer is None:
            return person.country
        if person.id not in self._person_countries:
            self._person_countries[person.id] = self._title_country(person)
        return self._person_countries[person.id]

    def _mention_spans(self, person: Entity):
        """The Doc spans of a person's mentions (those the parse covers)."""
        for m in person.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                yield span

    def _title_country(self, person: Entity) -> str | None:
        for span in self._mention_spans(person):
            for t in self.doc[span.root.left_edge.i:span.start]:
                if t.dep_ != "amod" or not t.text[:1].isupper() or any(
                        a.dep_ in ("pobj", "prep") and a.i < span.start for a in t.ancestors):
                    continue  # "Ambassador to Russia": the country posted to, not the holder's
                ref = self.gazetteer.lookup(t.text)
                if ref is not None and ref.type in ("PLACE", "COUNTRY") and ref.country:
                    return ref.country
        return person.country

    def region(self, person: Entity) -> Actor | None:
        """The region or city whose government a person heads, as their title names it: a
        premier, governor or mayor with a place that is no capital standing for its country
        beside the title ("Alberta Premier Danielle Smith", "Greg Abbott, the governor of
        Texas"); None otherwise ("Chinese Premier Li Qiang" heads a state)."""
        if self.gazetteer is None or not person.role or not any(
                w in _REGIONAL_TITLES for w in person.role.lower().split()):
            return None
        if person.id not in self._regions:
            self._regions[person.id] = self._title_region(person)
        return self._regions[person.id]

    def _title_region(self, person: Entity) -> Actor | None:
        for span in self._mention_spans(person):
            root = span.root
            near = [t for t in root.subtree if not span.start <= t.i < span.end]
            if root.dep_ == "appos":  # "the governor of Texas, Greg Abbott"
                near += [t for t in root.head.subtree if not span.start <= t.i < span.end]
            for t in near:
                title = t.head if t.dep_ in ("compound", "nmod", "amod") else (
                    t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None)
                if title is None or title.lemma_.lower().rstrip(".") not in _REGIONAL_TITLES or t.pos_ != "PROPN":
                    continue
                ref = self.gazetteer.lookup(t.text)
                if ref is not None and ref.type == "PLACE" and not ref.metonym:
                    return Actor(t.text, None, "PLACE")
        return None

    def speaker_country(self, quote: Quote) -> Actor | None:
        """Whom "we" stands for: a country or international body speaking, a body that is not
        a state's ("the Rapid Support Forces", a party, a firm), the side a person's description
        names ("a spokeswoman for the Republika Srpska government", "ELN negotiator ..."), else
        a person's or a national body's country."""
        speaker = self.speaker(quote)
        if speaker is not None and (speaker.type == "COUNTRY" or speaker.type == "ORG" and not speaker.country):
            return self.actor(speaker)
        if speaker is not None and speaker.type == "ORG" and not self.national_body(speaker):
            return self.short_actor(speaker)
        if speaker is not None and speaker.type == "PERSON" and (side := self.side(speaker)) is not None:
            return side
        if speaker is not None and speaker.type == "PERSON":
            return self.country(self.person_country(speaker))
        if speaker is not None and speaker.country:
            return self.country(speaker.country)
        return None

    def speaker_state(self, quote: Quote) -> Actor | None:
        """Whom "our country" and "the government" stand for: the state the speaker belongs to
        (a breakaway entity their description names, else their country), also for a body
        that is not a state's ("the government" in a chamber of commerce's mouth is its
        country's)."""
        speaker = self.speaker(quote)
        if speaker is not None and speaker.type == "ORG" and not speaker.country:
            return None  # "the authorities" in the IMF's mouth: the article's country, not the IMF
        if speaker is not None and speaker.type == "ORG" and speaker.country:
            return self.country(speaker.country)
        if speaker is not None and speaker.type == "PERSON" and (side := self.side(speaker)) is not None \
                and side.type != "COUNTRY" and speaker.country:
            return self.country(self.person_country(speaker))
        return self.speaker_country(quote)

    def national_body(self, entity: Entity) -> bool:
        """Does an organization with a country speak for that country's state? A body the
        gazetteer gives a country ("Kremlin"), one named for its country ("Colombian Army",
        "Polish Police"), or a civil institution ("Foreign Ministry", "U.S. Embassy in
        Sarajevo"); not an armed group, party, firm or association ("National Liberation
        Army", "Rapid Support Forces")."""
        words = entity.name.split()
        if self.gazetteer is not None:
            ref = self.gazetteer.lookup(entity.name)
            if ref is not None and ref.type == "ORG" and ref.country:
                return True
            first = self.gazetteer.lookup(words[0].rstrip(".")) if words else None
            if words and words[0].startswith("U.S") or first is not None and first.type in ("COUNTRY", "PLACE"):
                return True
        return any(w.lower() in _STATE_INSTITUTIONS for w in words)

    def side(self, person: Entity) -> Actor | None:
        """The body a person's own description names as theirs, when it is not simply their
        state: a breakaway entity of their country ("Vojislav Kerkez, head of Republika
        Srpska's office", "a spokeswoman for the Republika Srpska government") or, for a
        person without a state title, a non-state body of their country ("ELN negotiator Emiro
        Quintana"). Read from the words around each mention (modifiers and appositions)."""
        if person.id in self._sides:
            return self._sides[person.id]
        found: Actor | None = None
        acronyms = self._acronym_entities()
        for m in person.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            near = [t for t in root.subtree if not span.start <= t.i < span.end]
            if root.dep_ == "appos":  # "the head of the office, Vojislav Kerkez"
                near += [t for t in root.head.subtree if t.i not in {n.i for n in near}
                         and not span.start <= t.i < span.end]
            for t in near:
                entity = self.token_entity.get(t.i) or acronyms.get(t.text)
                if entity is None or entity.id == person.id:
                    continue
                if entity.type == "COUNTRY" and entity.country == person.country and self.gazetteer is not None \
                        and entity.name != self.gazetteer.country_name(entity.country):
                    found = self.actor(entity)  # a breakaway entity: its own side
                    break
                if entity.type == "ORG" and entity.country and entity.country == person.country \
                        and not self.national_body(entity) and not _state_title(person.role):
                    found = found or self.short_actor(entity)
            if found is not None and found.type == "COUNTRY":
                break
        self._sides[person.id] = found
        return found

    def short_actor(self, entity: Entity) -> Actor:
        """An organization as a subject, by the short form the article introduces for it ("the
        National Liberation Army (ELN)" → ELN), as wire copy names it after the first mention."""
        actor = self.actor(entity)
        short = next((k for k, e in self._acronym_entities().items() if e.id == entity.id), None)
        return Actor(short, actor.code, actor.type) if short else actor

    def _acronym_entities(self) -> dict[str, Entity]:
        """Short forms an article introduces for an organization ("the National Liberation
        Army (ELN)") → the organization, for mentions the entity list does not carry."""
        if self._acronyms_seen is None:
            out: dict[str, Entity] = {}
            for e in self.entities.values():
                if e.type == "ORG" and (short := _introduced_acronym(self.doc, e)) is not None:
                    out.setdefault(short, e)
            self._acronyms_seen = out
        return self._acronyms_seen

    def demonym_country(self, word: str) -> Actor | None:
        if self.gazetteer is None:
            return None
        ref = self.gazetteer.lookup(word)
        if ref is not None and ref.type in ("PLACE", "COUNTRY") and ref.country:
            return self.country(ref.country)
        return None


#: Prepositions whose object a proposition acts on or deals with ("talks with Brasília",
#: "sanctions against Moscow"), unlike those of place ("in", "at", "near").
_PARTY_PREPS = frozenset({"with", "against", "on", "toward", "towards"})
_HONORIFICS = frozenset("mr mrs ms miss dr".split())
#: Verbs of travel: their "to" phrase is a place ("fly to Brasília").
_TRAVEL_VERBS = frozenset("go come travel fly return move drive sail head arrive".split())


def _acted_on(tok: Token) -> bool:
    """Is a capital the entity stage left a city acted on in its clause: the direct object of
    a verb ("sue Washington"), the object of a preposition of dealing ("a deal with Brasília"),
    or the one a verb with an object gives it to ("hand our sovereignty to Brasília"; not "fly
    to Brasília")?"""
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in _PARTY_PREPS:
        return True
    verb = prep.head
    return prep.lower_ == "to" and prep.dep_ == "prep" and verb.pos_ == "VERB" and verb.lemma_ not in _TRAVEL_VERBS \
        and any(c.dep_ == "dobj" for c in verb.children)


def _state_title(role: str | None) -> bool:
    return bool(role) and any(w in _STATE_TITLES for w in role.lower().split())


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _introduced_acronym(doc: Doc, entity: Entity) -> str | None:
    """The short form an article gives a name: "the National Liberation Army (ELN)", "the
    National Liberation Army, known as the ELN"."""
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        after = [t.text for t in doc[span.end:span.end + 5]]
        if len(after) >= 3 and after[0] == "(" and after[2] == ")" and _is_acronym(after[1]):
            return after[1]
        words = [w.lower() if not _is_acronym(w) else w for w in after]
        for k in (3, 4):  # ", known as ELN", ", known as the ELN"
            if len(words) > k and words[:3] == [",", "known", "as"] and _is_acronym(after[k]) and (
                    k == 3 or words[3] == "the"):
                return after[k]
    return None


# -- subjects ---------------------------------------------------------------------------------
def resolve_subject(index: ArticleIndex, tok: Token, quote: Quote) -> list[Actor]:
    """The actors ``tok`` (a subject) names; empty when it names none."""
    if tok.lemma_.lower() in _RELATION_HEADS:
        between = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        pobj = next((c for c in between.children if c.dep_ == "pobj"), None) if between is not None else None
        if pobj is not None:
            return unique_actors(a for h in conjuncts(pobj) if (a := _resolve_one(index, h, quote)))
        return []
    actors = [_resolve_one(index, h, quote) for h in conjuncts(tok)]
    return unique_actors(a for a in actors if a is not None)


def plural_phrase(tok: Token) -> bool:
    """Does a subject no actor stands for take a plural verb? A plural noun, a coordination, or
    a plural demonym the tagger read as a singular name ("Colombians will not accept it")."""
    if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
        return True
    return tok.ent_type_ == "NORP" and tok.text.endswith("s") and not tok.text.endswith("ss")


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(conjuncts(c))
    return out


def unique_actors(actors: Iterable[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if all(a.name != b.name for b in out):
            out.append(a)
    return out


def _resolve_one(index: ArticleIndex, tok: Token, quote: Quote) -> Actor | None:
    entity = index.token_entity.get(tok.i)
    if entity is not None:
        # a governor named as the one to act ("urged Alcott to bring the soldiers home") acts as the state
        return (index.region(entity) if entity.type == "PERSON" else None) or index.actor(entity)
    lower = tok.lower_
    if lower in ("we", "us"):
        return _speaker_region(index, quote) or index.speaker_country(quote)
    if lower == "i" or lower in ("he", "she") and quote.kind == "indirect" and _speaker_is_person(index, quote):
        # "the governor said he cannot approve ...": reported speech's "he" is the speaker's "I";
        # a premier's, governor's or mayor's own "I" acts for their region ("I will not pull a soldier back")
        if lower == "i" and (region := _speaker_region(index, quote)) is not None:
            return region
        speaker = index.speaker(quote)
        if speaker is not None:
            return index.actor(speaker)
        return Actor(quote.speaker.name, None, "OTHER") if quote.speaker.name else None
    lemma = tok.lemma_.lower()
    if lemma in _COUNTRY_NOUNS or lemma in GOVERNMENT_NOUNS or lower in GOVERNMENT_NOUNS:  # "authorities"
        return _country_phrase(index, tok, quote, government=lemma in GOVERNMENT_NOUNS or lower in GOVERNMENT_NOUNS)
    if _head_of_state(tok):
        return index.speaker_state(quote)
    if lower == "it":
        return _it(index, tok, quote)
    if lemma in _REGION_NOUNS:
        return _region_phrase(index, tok, quote)
    # "the group will guarantee ...", "the bloc will ban ...", "the bank would cut ...", "her party would ..."
    return index.group_referent(tok) or index.named_body(tok, quote)


def _speaker_region(index: ArticleIndex, quote: Quote) -> Actor | None:
    """The region a speaking premier, governor or mayor heads (:meth:`ArticleIndex.region`):
    their "we" and "our government" are its own; an act they only approve or allow ("he may
    approve the restart of the plant") stays their country's."""
    speaker = index.speaker(quote)
    return index.region(speaker) if speaker is not None and speaker.type == "PERSON" else None


def _speaker_is_person(index: ArticleIndex, quote: Quote) -> bool:
    speaker = index.speaker(quote)
    return speaker is not None and speaker.type == "PERSON"


def _country_phrase(index: ArticleIndex, tok: Token, quote: Quote, *, government: bool) -> Actor | None:
    """"our country", "his country", "the country", "the Serbian government"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound"):
            found = index.token_entity.get(c.i)
            if found is not None:
                return index.actor(found)
            country = index.demonym_country(c.text)
            if country is not None:
                return country
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if poss is not None:
        if poss.lower_ == "our":
            return _speaker_region(index, quote) or index.speaker_state(quote)
        if poss.lower_ in ("his", "her"):
            speaker = index.speaker(quote)
            if speaker is not None and speaker.type == "PERSON" and (region := index.region(speaker)) is not None:
                return region  # "his state" in the governor of Texas's mouth
            if speaker is not None and speaker.type == "PERSON":
                return index.country(index.person_country(speaker))
            return index.country(speaker.country) if speaker is not None else None
        found = index.token_entity.get(poss.i)
        return index.actor(found) if found is not None else None
    if det is not None and det.lower_ in ("the", "this"):
        fallback = index.speaker_state(quote) or index.country(index.article_country)
        if government:
            return fallback
        return index.recent_country(tok.idx) or fallback
    return None


#: Offices whose holder, as "the president" in a quote, acts for the state ("The president will
#: veto it"), with the modifier the office name may carry ("the prime minister").
_HEADS_OF_STATE = frozenset({"president", "chancellor", "premier", "king", "queen", "emir", "minister"})
#: Acts a head of state does in person, not as the state: "the president will not resign".
_PERSONAL_ACTS = frozenset({"resign", "quit", "retire", "run", "step", "travel", "visit", "attend", "meet"})


def _head_of_state(tok: Token) -> bool:
    """Is a subject the bare office of the speaker's head of state or government: "the
    president", "the prime minister", "the chancellor" with the article only (not "the Russian
    president", "the president of the commission", "a minister"), doing an act of state (not
    "the president will not resign")? Their acts are the state's, as "the government"'s are."""
    lemma = tok.lemma_.lower()
    if lemma not in _HEADS_OF_STATE or tok.tag_ != "NN" or tok.head.lemma_ in _PERSONAL_ACTS:
        return False
    kids = list(tok.children)
    det = [c for c in kids if c.dep_ == "det"]
    rest = [c for c in kids if c.dep_ != "det"]
    if len(det) != 1 or det[0].lower_ != "the":
        return False
    if lemma == "minister":  # only "the prime minister"
        return len(rest) == 1 and rest[0].lower_ == "prime" and not any(rest[0].children)
    return not rest


def _region_phrase(index: ArticleIndex, tok: Token, quote: Quote) -> Actor | None:
    """"his province", "her region", "our province" in the mouth of the person speaking: the
    region their title heads ("the governor of Tyrol"), else their country, whose measure the
    province carries out ("his province would implement the plan only if Vienna paid"). Any other
    "province" is no actor ("the province", "Tyrol's province")."""
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if len(poss) != 1 or poss[0].lower_ not in ("his", "her", "our", "my") or not _speaker_is_person(index, quote):
        return None
    speaker = index.speaker(quote)
    return index.region(speaker) or index.country(index.person_country(speaker))


def _it(index: ArticleIndex, tok: Token, quote: Quote) -> Actor | None:
    speaker = index.speaker(quote)
    if speaker is not None and speaker.type == "COUNTRY":
        return index.actor(speaker)  # "Belgrade ..., saying that it values ..."
    doc = index.doc
    fallback = None
    for k in range(tok.i - 1, -1, -1):
        t = doc[k]
        if t.idx < quote.content.start:
            break
        entity = index.token_entity.get(k)
        candidate = None
        if entity is not None and entity.type in ("COUNTRY", "ORG"):
            candidate = index.actor(entity)
        elif t.lemma_.lower() in _COUNTRY_NOUNS:
            candidate = _country_phrase(index, t, quote, government=False)
        if candidate is None:
            continue
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass"):
            return candidate
        fallback = fallback or candidate
    if fallback is None and _opens_quote(index, quote, tok):
        # "The ministry said it would ...", "The ministry said on Thursday it will not ...": an
        # institution speaking of itself
        return _speaking_body(index, quote) or _subject_before(index, tok)
    return fallback


def _subject_before(index: ArticleIndex, tok: Token) -> Actor | None:
    """What "it" opening a sentence refers to when a person speaks ("New Delhi has pressed ahead
    with bilateral deals. It concluded one with Britain and will finish talks with the EU, Menon
    said"): the last country or organization subject of the sentence before."""
    doc = index.doc
    sent = tok.sent
    if tok.i != next((t.i for t in sent if not t.is_punct), None) or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    subjects = [index.token_entity[t.i] for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.i in index.token_entity
                and index.token_entity[t.i].type in ("COUNTRY", "ORG")]
    return index.actor(subjects[-1]) if subjects else None


def _speaking_body(index: ArticleIndex, quote: Quote) -> Actor | None:
    """Whom the pronoun opening an organization's quote stands for: a linked organization, by
    the short form the article gives it ("the Bangladesh Nationalist Party (BNP) said it ..."),
    an unlinked government phrase ("The Greek government": its country), or an unlinked
    organization's name ("the Jatiya Unity Front said it would ..."). None for persons and
    countries."""
    speaker = index.speaker(quote)
    if speaker is not None:
        return index.short_actor(speaker) if speaker.type == "ORG" else None
    return speaker_institution(index, quote) or _unlinked_body(index, quote)


def _unlinked_body(index: ArticleIndex, quote: Quote) -> Actor | None:
    """A speaker the entity stage did not link, named by a proper name that is no person's
    ("Jamaat-e-Islami said it ...", "The Greens said it ..."): that organization, by the quote's
    speaker name."""
    mention, name = quote.speaker.mention, quote.speaker.name
    if mention is None or not name:
        return None
    span = index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ != "PROPN" or root.ent_type_ in ("PERSON", "GPE") or any(t.ent_type_ == "PERSON" for t in span):
        return None
    if root.ent_type_ == "NORP" and index.demonym_country(root.text) is not None:
        return None  # "the Serbs said it ...": a people, not a body ("The Greens said it ...")
    return Actor(name, object_code(name.replace(" ", "_")), "ORG")


#: Entity labels of words a quote may open with before its subject: "on Thursday it will ...".
_ADJUNCT_LABELS = frozenset({"DATE", "TIME"})


def _opens_quote(index: ArticleIndex, quote: Quote, tok: Token) -> bool:
    """Is ``tok`` the first thing the quote's content names, after at most a time adjunct ("it
    will not ...", "on Thursday it will not ...")? Then it can only refer to the speaker."""
    span = index.doc.char_span(quote.content.start, quote.content.end, alignment_mode="contract")
    if span is None or not span.start <= tok.i < span.end:
        return False
    return all(t.is_punct or t.ent_type_ in _ADJUNCT_LABELS or t.pos_ in ("ADP", "ADV", "CCONJ", "SCONJ", "PART")
               for t in index.doc[span.start:tok.i])


def speaker_institution(index: ArticleIndex, quote: Quote) -> Actor | None:
    """The country of a speaker named by an unlinked government phrase ("The Greek government",
    "the Polish foreign ministry" with no entity): read from the mention's words."""
    mention = quote.speaker.mention
    if mention is None:
        return None
    span = index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.lemma_.lower() in _COUNTRY_NOUNS or root.lemma_.lower() in GOVERNMENT_NOUNS or root.lemma_.lower() in (
            _MINISTRY_HEADS):
        return _country_phrase(index, root, quote, government=True)
    return None


#: Heads of a speaker that is always a country's own office: "the health ministry said it will not
#: raise the quota" speaks for the ministry's country ("the embassy", "the office" may be anyone's).
_MINISTRY_HEADS = frozenset({"ministry"})
