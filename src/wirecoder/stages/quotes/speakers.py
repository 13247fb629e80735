"""Speaker resolution: a quote's speaker mention to a person, institution or country, by ordered
sieves, most precise first (each returns a resolution or passes):

1. ``dateline``  a mention inside the dateline ("BRUSSELS (AFP)") is no speaker;
2. ``relative``  "who"/"which" stands for the noun it modifies; a role noun in apposition to a
   name ("Fermin Leyva, a 52-year-old driver who said") is that name;
3. ``name``      the head of the mention lies in an entity's name (full name, surname, capital
   as government); the mention becomes the name as written, without titles and appositions;
4. ``anonymous`` indefinite or plural unnamed people and media ("a source", "two EU diplomats",
   "analysts", "local media") stay null, unless a lead's "a senior official" is named in the
   next paragraph ("... Marek Gorzelak, the deputy interior minister, told reporters"), or the
   article later names them ("The doctor, Adam Abakar,"): ``cataphora``;
5. ``role``      a definite role noun ("the minister", "the country's defence minister",
   "the federation's leader") to the person who holds that role in this article (the title
   index of :mod:`wirecoder.stages.quotes.people`), most recent first, never to a possessor; no
   holder: unresolved;
6. ``document``  "the statement said" to the issuer of the last statement;
7. ``body``      institutions: a named one in canonical form (:mod:`wirecoder.stages.quotes.bodies`),
   a definite "the ministry" / "the embassy" / "the group" to the institution with that head
   named before, "the government" to the article's country;
8. ``pronoun``   he/she to the most recent person of that gender (the text's own pronouns and
   honorifics tell it) among the speakers and subjects; "it" to an organisation or country,
   never a person; "they" to the last group;
9. ``words``     a proper-noun phrase keeps its words; anything else is unresolved.

Resolution runs in text order and remembers speakers. Every look-up is a bisection or a walk
over a few candidates, so an article's quotes are resolved in time linear in their number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...lexicon import tables
from ...lexicon.cues import PRONOUNS, SOURCE_NOUNS, SPEECH_VERBS, SPOKESPERSON_NOUNS
from ...lexicon.roles import (ANONYMOUS_HEADS, ANONYMOUS_MEDIA, BODY_HEADS, CORE_HEADS,
                              DOCUMENT_NOUNS, FIRM_NOUNS, GOVERNMENT_NOUNS, GROUP_NAME_HEADS, ROLE_NOUNS,
                              SPEAKING_BODIES)
from ...lexicon.names import display_name
from ...records import Entity
from ..entities.find import agency_home, filed_at_home
from ..entities.people import first_surname
from .bodies import canonical_body, demonym, place_country, seat_country, un_spelling
from .people import People, role_heads

__all__ = ["Resolution", "SpeakerResolver", "SIEVES"]

SIEVES = ("dateline", "relative", "name", "anonymous", "cataphora", "role", "document", "body",
          "pronoun", "words")

_TYPE_RANK = {"PERSON": 0, "ORG": 1, "COUNTRY": 2, "CITY": 3}
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our"})
_INDEFINITE = frozenset({"a", "an", "some", "several", "many", "other", "another", "one", "few",
                         "numerous", "various", "most", "two", "three", "four", "five", "dozens",
                         "hundreds", "thousands", "more", "both", "any"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved speaker: the mention as it should be shown (character offsets), the entity id
    and canonical name (both None when unresolved or anonymous), and the sieve that decided."""

    mention: tuple[int, int] | None
    entity: str | None
    name: str | None
    sieve: str


class SpeakerResolver:
    """Stateful over one article: call :meth:`resolve` in text order."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], gazetteer=None, text: str | None = None,
                 inside_quote=None, dateline_end: int = 0,
                 quote_spans: tuple[tuple[int, int], ...] = (), agency: str | None = None) -> None:
        entities = tuple(e for e in entities if e.type != "CITY")  # a city as a place never speaks
        self.doc = doc
        self.text = doc.text if text is None else text
        self.gazetteer = gazetteer
        self.dateline_end = dateline_end
        self.agency = agency  # the dateline's ("AFP"), for the story's country
        self.entities = {e.id: e for e in entities}
        self._whole_names: dict[str, str] = {}
        self._countries: dict[str, Entity] = {}
        self._orgs: dict[str, Entity] = {}
        for e in entities:
            if e.type == "COUNTRY" and e.country:
                self._countries.setdefault(e.country, e)
            elif e.type == "ORG" and len(e.name.split()) >= 2:
                self._orgs.setdefault(e.name.lower(), e)
        self._inside_quote = inside_quote or (lambda i: False)
        # name mentions (not the role nouns the entity stage linked), by token
        self.tok_ent: dict[int, Entity] = {}
        self.name_spans: dict[int, tuple[int, int]] = {}  # token → (first, last+1) of its name mention
        spans = []
        alias = _surname_aliases(entities, gazetteer)
        for e in entities:
            for m in e.mentions:
                words = m.text.split()
                start = m.start
                if len(words) > 1 and words[0] in ("The", "the") and words[1][:1].isupper():
                    # "The Russian embassy in Tallinn": the name without its article
                    start = m.start + len(m.text) - len(m.text[len(words[0]):].lstrip())
                    words = words[1:]
                # names, not the role nouns the entity stage linked ("Austria's interior minister")
                if words[0][:1].isupper() and words[0].lower() not in _DEFINITE | {"a", "an"} \
                        and m.text.lower() not in PRONOUNS and not words[-1].islower():
                    span = doc.char_span(start, m.end, alignment_mode="expand")
                    if span is not None and len(span):
                        spans.append((span.start, span.end, alias.get(e.id, e)))
        spans += _unlinked_people(doc, spans, alias)
        spans.sort(key=lambda s: (s[0], _TYPE_RANK[s[2].type]))
        self._quote_starts = [q[0] for q in quote_spans]
        self._quote_spans = list(quote_spans)
        candidates: list[tuple[int, int, Entity]] = []
        for first, last, e in spans:
            for i in range(first, last):
                old = self.tok_ent.get(i)
                if old is None or _TYPE_RANK[e.type] < _TYPE_RANK[old.type]:
                    self.tok_ent[i] = e
                    self.name_spans[i] = (first, last)
            if (e.type == "PERSON" and not self._is_place(e) or e.type == "ORG" and _name_shaped(e.name, gazetteer)) \
                    and not self._inside_quote(doc[first].idx):
                candidates.append((first, last, e))
        self.people = People.read(doc, candidates, self._inside_quote, self.text)
        # an organisation with a person's name, a role and a gender is a person the entities missed
        speaking = {e.id for f, l, e in candidates if e.type == "ORG" and self._salient(doc[l - 1])}
        person_tokens = [c for c in candidates if c[2].type == "PERSON" or c[2].id in speaking and (
                         self.people.gender.get(c[2].id) or any(self.people.roles.get(c[2].id, ())))]
        self.person_tokens = person_tokens
        self._person_starts = [doc[f].idx for f, _, _ in person_tokens]
        org_tokens = [(f, l, e) for f, l, e in spans if e.type in ("ORG", "COUNTRY")]
        self.org_tokens = org_tokens
        self._org_starts = [doc[f].idx for f, _, _ in org_tokens]
        self._acronyms = _acronyms(self.text, entities)
        by_surname: dict[str, list[Entity]] = {}
        for e in entities:
            if e.type == "PERSON":
                by_surname.setdefault(e.name.split()[-1].lower(), []).append(e)
                middle = first_surname(e.name.lower().split())
                if middle:  # "Salcedo" for "Eduardo Salcedo Ríos"
                    by_surname.setdefault(middle, []).append(e)
        self._surnames = {k: v[0] for k, v in by_surname.items() if len(v) == 1}
        self._paragraphs = [0] + [i + 1 for i, c in enumerate(self.text)
                                  if c == "\n" and self.text[i + 1 : i + 2].strip()]
        self._main: str | None | bool = False
        self._person_ents: dict | None = None
        # resolved speakers: (position, entity or None, name, type, head word, document cue)
        self.history: list[tuple[int, Entity | None, str, str, str, bool]] = []
        self.counts: Counter[str] = Counter()
        self._open_leads: set[int] = set()  # heads of unresolved "the minister" / "a senior official"
        self._heads: list[int | None] = []  # per resolution, the head token's offset
        self._unnamed: list[tuple[int, str]] = []  # (offset, head lemma) of anonymous speakers
        self._unnamed_people: list[int] = []  # offsets of anonymous single persons who spoke

    # ------------------------------------------------------------------ helpers
    def _is_place(self, e: Entity) -> bool:
        """A "person" the gazetteer knows as a place ("Banja Luka"): not a person to refer to."""
        return self.gazetteer is not None and self.gazetteer.lookup(e.name) is not None

    def _quoted(self, i: int) -> bool:
        """Whether character ``i`` lies in the content of a quote (what was said, not who)."""
        k = bisect_right(self._quote_starts, i) - 1
        return k >= 0 and i < self._quote_spans[k][1]

    def _para(self, position: int) -> int:
        return bisect_right(self._paragraphs, position) - 1

    def _name_span(self, i: int) -> tuple[int, int]:
        first, last = self.name_spans[i]
        return self.doc[first].idx, self.doc[last - 1].idx + len(self.doc[last - 1].text)

    def main_country(self) -> str | None:
        """The article's country: the dateline city's, else the most mentioned country."""
        if self._main is not False:
            return self._main  # type: ignore[return-value]
        self._main = None
        countries = Counter(e.country for e in self.entities.values() for _ in e.mentions
                            if e.type == "COUNTRY" and e.country)
        if self.dateline_end:
            head = self.text[: self.dateline_end].split(",")[0].split("(")[0].strip()
            place = place_country(self.gazetteer, head.title()) if head else None
            if place is not None:
                self._main = place[0]
                if place[0] == agency_home(self.agency):
                    self._main = filed_at_home(place[0], countries)  # "PARIS (AFP) -" on Burkina Faso
                return self._main
        if countries:
            self._main = countries.most_common(1)[0][0]
        return self._main  # type: ignore[return-value]

    def _phrase(self, tok: Token) -> list[Token]:
        """The words of ``tok``'s noun phrase up to it, and its "of"/"in" complement."""
        left = [t for t in self.doc[tok.left_edge.i : tok.i + 1] if not t.is_space]
        right: list[Token] = []
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "on") and child.i == tok.i + 1:
                right = [t for t in self.doc[child.i : child.right_edge.i + 1]]
                break
        cut = next((k for k, t in enumerate(right) if t.text == "("), None)
        if cut is not None:  # "the Congress of South African Trade Unions (COSATU)": no acronym
            right = right[:cut]
        clause = next((k for k, t in enumerate(right) if t.dep_ == "relcl" and right[0].i <= t.left_edge.i), None)
        if clause is not None:  # "the Confederation of Artisanal Miners, which says ...": no clause
            right = right[: right[clause].left_edge.i - right[0].i]
        words = left + right
        while words and (words[0].is_punct or words[0].text == "\n"):
            words = words[1:]
        while words and words[-1].is_punct:
            words = words[:-1]
        return words

    def _span(self, toks: list[Token]) -> tuple[int, int]:
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)

    def _remember(self, position: int, ent: Entity | None, name: str | None, kind: str, head: str,
                  document: bool = False) -> None:
        if name is not None:
            self.history.append((position, ent, name, kind, head, document))

    def _done(self, sieve: str, mention, ent: Entity | None, name: str | None, position: int,
              head: str = "", document: bool = False) -> Resolution:
        self.counts[sieve] += 1
        if ent is not None and ent.type == "PERSON" and name is None:
            name = self._whole_name(ent)
        if ent is not None and name and name.lower() == ent.name.lower():
            name = ent.name  # "the commerce ministry" found as "Indian Commerce Ministry"
        kind = ent.type if ent is not None else ("ORG" if name else "")
        if ent is None and sieve == "words" and name and self._person_words(name):
            kind = "PERSON"  # "Keir Hallam, who chairs ..., said": a person no entity names
        if kind == "ORG":  # "the Russian Embassy in Bamako": the embassy in Mali
            name = un_spelling(seat_country(name or ent.name, self.gazetteer)) if (name or ent is not None) else name
        where = mention[0] if mention else position
        self._remember(where, ent, name if name else (ent.name if ent is not None else None), kind, head, document)
        return Resolution(mention, ent.id if ent is not None and ent.id else None,
                          ent.name if ent is not None and name is None else name, sieve)

    # ------------------------------------------------------------------ the sieves
    def resolve(self, mention: tuple[int, int] | None, head: int | None, possessor: int | None,
                position: int, cue: tuple[int, int] | None = None) -> Resolution:
        """The resolution of a speaker mention at ``position`` (the quote's start)."""
        self._heads.append(None)
        if mention is None:
            return Resolution(None, None, None, "none")
        document = bool(cue) and "statement" in self.text[cue[0]:cue[1]].lower()
        a, b = mention
        if cue is not None and ("\n" in self.text[min(b, cue[0]) : max(a, cue[1])]
                                or not self.text[a:b].rsplit("\n", 1)[-1].strip()):
            # the parser took a heading on another line for the subject ("The Latest on the
            # race:\n\nTrump is urging ..."): the subject is the phrase that opens the cue's line
            line = self.text.rfind("\n", 0, cue[0]) + 1
            span = self.doc.char_span(line, cue[0], alignment_mode="contract")
            words = [t for t in span if not t.is_space] if span is not None else []
            while words and words[-1].pos_ in ("ADV", "AUX", "PART") or words and words[-1].is_punct:
                words = words[:-1]
            if words and all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM") or t.text in ("'s", "’s", ".")
                             for t in words) and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
                mention = a, b = words[0].idx, words[-1].idx + len(words[-1].text)
                head = words[-1].i
            else:
                return Resolution(None, None, None, "none")
        if "\n" in self.text[a:b]:
            # a heading or a time line glued to the subject ("5:45 p.m.\n\nTrump said"): the
            # mention starts on the line of the quote
            a = self.text.rindex("\n", a, b) + 1
            while a < b and self.text[a].isspace():
                a += 1
            if a >= b:
                return Resolution(None, None, None, "none")
            mention = (a, b)
            if head is not None and self.doc[head].idx < a:
                last = self.doc.char_span(a, b, alignment_mode="contract")
                head = last.root.i if last is not None and len(last) else None
        if a < self.dateline_end:
            # "CAIRO (Reuters) - Egypt on Monday condemned ...": the parser took the dateline for
            # the subject; the speaker is the name between the dateline and the cue, if any
            stop = cue[0] if cue else position
            span = self.doc.char_span(self.dateline_end, max(self.dateline_end, stop), alignment_mode="contract")
            phrase = self._phrase_in(span) if span is not None else None
            named = next((t for t in span if t.i in self.tok_ent), None) if span is not None else None
            if named is not None and named.i in self.name_spans and (
                    self.doc[self.name_spans[named.i][1] - 1].dep_ == "poss") and (owned := next(
                        (t for t in span if t.i in self.name_spans and t.i >= self.name_spans[named.i][1]
                         and self.tok_ent[t.i].type == "PERSON"), None)) is not None:
                named = owned  # "MEXICO CITY (AP) - Mexico's Labor Minister Rosa Delgado said": the
                # person, not the country the possessive names
            if phrase is not None and (named is None or not phrase[0] <= named.i <= phrase[1]
                                       or self.doc[phrase[2]].i not in self.tok_ent):
                # "NIIGATA, Japan (AP) — The governor of Japan's Niigata prefecture said": the
                # noun phrase the parser hung on the dateline, not a name inside it
                first, last, head = phrase
                mention = a, b = self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text)
            elif named is None:
                self.counts["dateline"] += 1
                return Resolution(None, None, None, "dateline")
            else:
                first, last = self.name_spans[named.i]
                head = last - 1
                mention = a, b = self.doc[first].idx, self.doc[head].idx + len(self.doc[head].text)
        if head is None:
            return self._done("words", mention, None, self.text[a:b], position)
        tok = self.doc[head]
        sieve_prefix = ""
        shown = mention  # the mention as shown: as found, or the name it stands beside
        if tok.lower_ in _RELATIVE and possessor is not None:  # "critics who say": critics
            tok = self.doc[possessor]
            sieve_prefix = "relative"
            words = self._phrase(tok)
            if words and words[0].i <= tok.i and not any("\n" in t.text for t in words):
                # the mention shown is the noun phrase "who" stands for with the pronoun ("a
                # 52-year-old driver who", "the Chinese Embassy in Canberra, which"), not the
                # pronoun alone; the phrase alone when the two are apart
                start, end = self._span(words)
                gap = self.text[end:a]
                shown = (start, b) if end <= a and not gap.strip(" ,") else (start, end)
        # a role noun in apposition to a name, either way round
        named_last = self._apposed_name_last(mention) if tok.i not in self.tok_ent else None
        if named_last is not None:  # "the chief negotiator of the Christian Democrats, Matthias Brenninger,"
            tok = named_last
            sieve_prefix = "relative"
            shown = self._name_span(tok.i)
        if tok.i not in self.tok_ent:
            if tok.dep_ == "appos" and tok.head.i in self.tok_ent and self.tok_ent[tok.head.i].type == "PERSON":
                tok = tok.head
                sieve_prefix = "relative"
            else:
                body = tok.lemma_.lower() in BODY_HEADS or tok.lower_ in BODY_HEADS
                named = next((c for c in tok.children if _apposed(c) and c.i in self.tok_ent
                              and (self.tok_ent[c.i].type == "PERSON"
                                   or self.tok_ent[c.i].type == "ORG" and (
                                       body or self.name_spans[c.i][0] == tok.i + 1
                                       or self.doc[self.name_spans[c.i][0] - 1].text == ","
                                       and not _person_noun(tok)))), None)
                # "The opposition Republican People's Party": a describing noun right before the name
                if named is not None:  # "After the election, Minyon Moore, a senior adviser, said";
                    tok = named        # "The main opposition party, VMRO-DPMNE, said"
                    sieve_prefix = "relative"
                    if tok.i in self.name_spans:
                        shown = self._name_span(tok.i)
                else:
                    apposed = self._apposed_words(tok)
                    if apposed is not None:  # "the site's operator, Fellgate Waste, said": no entity
                        r = self._done("words" if _person_noun(tok) else "relative", self._span(apposed), None,
                                       " ".join(t.text for t in apposed), position, tok.lower_, document)
                        self._heads[-1] = tok.idx
                        return r
            staff = self._staff_of(tok)
            if staff is not None:  # "Observers from the Economic Community of West African States"
                tok = staff
                sieve_prefix = "relative"
        elif self.tok_ent[tok.i].type in ("COUNTRY", "CITY"):
            # "In Denmark, whose boats ..., Soren Berg, who ..., told": a place has no
            # apposition that is a person; the parser took the place for the subject
            named = next((c for c in tok.children if c.dep_ == "appos" and c.i in self.tok_ent
                          and self.tok_ent[c.i].type == "PERSON"), None)
            if named is not None and named.i in self.name_spans:
                tok = named
                shown = self._name_span(tok.i)
        if (tok.lemma_.lower() in SOURCE_NOUNS or tok.lower_ in SOURCE_NOUNS) \
                and tok.lemma_.lower() not in DOCUMENT_NOUNS:  # "data" has the lemma "datum"
            mod = next((c for c in tok.children if c.dep_ in ("compound", "poss", "nmod")), None) or next(
                (g for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i == tok.i + 1
                 for g in c.children if g.dep_ == "pobj"), None)
            if mod is not None:  # "according to U.S. Customs and Border Protection data", "figures from X"
                tok = mod
        titled = self._titled_name(tok, shown) if shown == mention else None
        if titled is not None:
            named = self.tok_ent.get(titled[-1].i)
            if named is not None and named.type == "PERSON":
                tok = titled[-1]
            else:
                r = self._done("words", shown, None, " ".join(t.text for t in titled), position,
                               tok.lower_, document)
                self._heads[-1] = titled[-1].idx
                return r
        r = self._by_name(tok, position, document, sieve_prefix)
        if r is None and tok.pos_ == "NOUN" and any(c.dep_ == "conj" for c in tok.children):
            if self._unnamed_group(tok):  # "farmers and importers who say": anonymous
                self.counts["anonymous"] += 1
                r = Resolution(mention, None, None, "anonymous")
            else:  # "Western politicians and organizations": a group named by its words
                r = self._done("words", mention, None, self.text[mention[0]:mention[1]], position)
        if r is None:
            r = (self._anonymous(tok, position) or self._role(tok, position)
                 or self._counterpart(tok, position) or self._document(tok, position) or self._body(tok, position, document)
                 or self._pronoun(tok, position, document))
        if r is None:
            words = self._phrase(tok)
            if any(c.dep_ == "conj" for c in tok.children):
                r = self._done("words", mention, None, self.text[mention[0]:mention[1]], position)
            elif (tok.pos_ == "PROPN" or tok.text[:1].isupper() and tok.i != tok.sent.start) and words:
                titled = self._after_title(words) or _after_descriptor(words)
                if titled is not None:  # "Opposition leader Farai Chikwanha": the name
                    r = self._done("words", self._span(titled), None, " ".join(t.text for t in titled),
                                   position, tok.lower_, document)
                else:
                    name = canonical_body([t.text_with_ws for t in words], self.gazetteer)
                    r = self._done("words", self._span(words), None, name, position, tok.lower_, document)
            else:
                r = self._done("words", mention, None, None, position)
        if r.mention != shown:  # the mention stays as found (the seeds' convention: with its title)
            r = Resolution(shown, r.entity, r.name, r.sieve)
        self._heads[-1] = tok.idx
        return r

    def _unnamed_group(self, tok: Token) -> bool:
        """Whether ``tok`` and the nouns coordinated with it are plural common nouns with no
        name or capitalised word among their words ("farmers and importers", "lawyers and
        activists"): unnamed people, like "analysts". Bodies among them keep the group's words
        ("Opposition parties and rights groups")."""
        conjuncts = [tok] + [c for c in tok.children if c.dep_ == "conj"]
        if any(c.tag_ != "NNS" or c.lemma_.lower() in BODY_HEADS for c in conjuncts):
            return False
        first, last = tok.left_edge.i, max(c.right_edge.i for c in conjuncts)
        return not any(t.i in self.tok_ent or t.pos_ == "PROPN" or t.ent_type_ or t.text[:1].isupper()
                       and t.i != t.sent.start for t in self.doc[first : last + 1])

    def _apposed_words(self, tok: Token) -> list[Token] | None:
        """The capitalised words of a name in apposition to the common noun ``tok``, set off by
        commas, that no entity holds ("the site's operator, Fellgate Waste, said", "its chief
        executive, Ines Carvalho, said"): one to five words, none a role, place or pronoun;
        else None."""
        if tok.pos_ != "NOUN" or not tok.text.islower():
            return None
        for c in tok.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or c.i < tok.i:
                continue
            words = [t for t in self.doc[c.left_edge.i : c.i + 1]]
            first, last = words[0].i, words[-1].i
            if self.doc[first - 1].text != "," or last + 1 >= len(self.doc) or self.doc[last + 1].text != ",":
                return None
            roles = getattr(self.gazetteer, "roles", None)
            # "The country's central bank governor, Ana Lima, said": a given name before a
            # surname that is also a place's name is a person, not the place
            placed = len(words) >= 2 and _person_noun(tok) and words[0].i not in self.tok_ent \
                and words[0].ent_type_ not in ("GPE", "NORP", "LOC") \
                and place_country(self.gazetteer, words[0].text) is None
            if not 1 <= len(words) <= 5 or any(
                    (t.i in self.tok_ent or t.ent_type_ in ("GPE", "NORP", "DATE")) and not (
                        placed and t.i == words[-1].i and t.i in self.tok_ent
                        and self.tok_ent[t.i].type in ("COUNTRY", "CITY"))
                    or not t.text[:1].isupper() or t.pos_ != "PROPN"
                    or roles is not None and roles.is_word(t.lower_)
                    for t in words):
                return None
            return words
        return None

    def _apposed_name_last(self, mention: tuple[int, int]) -> Token | None:
        """The last token of a person's name that ends the mention after a comma ("the chief
        negotiator of the Christian Democrats, Matthias Brenninger"), else None."""
        span = self.doc.char_span(mention[0], mention[1], alignment_mode="expand")
        if span is None or len(span) < 3:
            return None
        last = span[-1]
        ent = self.tok_ent.get(last.i)
        if ent is None or ent.type != "PERSON":
            return None
        first = self.name_spans[last.i][0]
        if first - 1 <= span.start or self.doc[first - 1].text != ",":
            return None
        return last

    def _staff_of(self, tok: Token) -> Token | None:
        """The named organisation whose experts or monitors speak as a group ("Observers from
        the Economic Community of West African States", "Economists at the Ifo institute"): the
        head of the "from"/"at" object when it lies in an organisation's name, else None. Unnamed
        insiders ("officials at the ministry", "diplomats in Brussels") stay anonymous."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in _STAFF_NOUNS:
            return None
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("from", "at")), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            return None
        named = [t for t in obj.subtree if t.i in self.tok_ent and self.tok_ent[t.i].type == "ORG"]
        if not named:
            # "Economists at the Ifo institute": a body noun with a name no entity holds;
            # "Economists at Westpac": a name no entity holds, when it is no place
            body = obj.lemma_.lower() in BODY_HEADS and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.lefts)
            firm = obj.pos_ == "PROPN" and obj.text[:1].isupper() and obj.ent_type_ not in ("GPE", "LOC", "NORP") \
                and place_country(self.gazetteer, obj.text) is None \
                and (self.gazetteer is None or self.gazetteer.lookup(obj.text) is None)
            return obj if body or firm else None
        return obj if obj.i in self.tok_ent else named[-1]

    def _after_title(self, words: list[Token]) -> list[Token] | None:
        """The personal name after a title in a phrase no entity names ("Opposition leader
        Farai Chikwanha" → Farai Chikwanha, "Commerce Ministry spokesperson He Yadong"): the
        capitalised words after the last role head the role vocabulary knows, when they are
        one to four and none is a role, institution or place word; else None."""
        roles = getattr(self.gazetteer, "roles", None)
        if roles is None:
            return None
        cut = next((k for k in range(len(words) - 2, -1, -1) if roles.head(words[k].lower_) is not None), None)
        if cut is None:
            return None
        name = words[cut + 1 :]
        # a hyphenated title or a portfolio between the title and the name ("secretary-general
        # Renata Colombo", "Minister for Fisheries and Forests Josaia Ravuvu", "Minister for
        # Trade Dan Tehan"): the name follows the last connector, lower-case word or plural
        # noun, and the portfolio's role words
        joint = max((j for j, t in enumerate(name) if not t.text[:1].isupper() or t.tag_ == "NNPS"), default=-1)
        if joint >= 0:
            name = name[joint + 1 :]
            while name and roles.is_word(name[0].lower_):
                name = name[1:]
        # the parser's label and the places count unless the article names a person with the
        # first word ("CISL secretary-general Renata Colombo", tagged ORG, where "Renata" is a
        # person and Colombo a city)
        person = bool(name) and name[0].i in self.tok_ent and self.tok_ent[name[0].i].type == "PERSON"
        if not 1 <= len(name) <= 4 or any(
                not t.text[:1].isupper() or roles.is_word(t.lower_) or t.lower_ in BODY_HEADS
                or t.lower_.strip(".") in _ORG_WORDS or t.ent_type_ in ("ORG", "GPE", "NORP") and not person
                or not person and place_country(self.gazetteer, t.text) is not None for t in name):
            return None
        return name

    def _titled_name(self, tok: Token, mention: tuple[int, int]) -> list[Token] | None:
        """The personal name that ends a mention after its title, when the head the parser
        gave is not that person's name: a title with a coordination ("Commerce and Industry
        Minister Rajeev Menon", head "Commerce"), a long title ("Fijian Minister for Fisheries
        and Forests Josaia Ravuvu", head "Minister"), a name the entities did not cover whole
        ("CISL secretary-general Renata Colombo"), an organisation's name used as the title
        ("Saskatchewan Union of Nurses president Tracy Zeller", head "Union"); else None. An
        institution that heads the mention speaks itself ("The office of parliament speaker
        Mahmoud al-Obaidi")."""
        span = self.doc.char_span(mention[0], mention[1], alignment_mode="expand")
        if span is None or not span.start <= tok.i < span.end:
            return None
        if tok.i in self.tok_ent and self.tok_ent[tok.i].type == "PERSON" \
                or (tok.lower_ in BODY_HEADS or tok.lemma_.lower() in BODY_HEADS) and not self._org_title(tok, span):
            return None
        words = [t for t in span if not t.is_space]
        if words and words[0].lower_ in ("a", "an") or tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return None  # "An aide to President Halvard Moen": someone near the person, unnamed
        name = self._after_title(words)
        if name is None or tok.i > name[-1].i or name[-1].i != span.end - 1:
            return None
        return name

    def _org_title(self, tok: Token, span) -> bool:
        """Whether the organisation named at ``tok`` opens ``span`` as part of a title before a
        person's name ("Saskatchewan Union of Nurses president Tracy Zeller"): the name begins
        the mention and a role word follows its end, not the institution's own head."""
        ent = self.tok_ent.get(tok.i)
        if ent is None or ent.type != "ORG" or self.name_spans[tok.i][0] != span.start:
            return False
        end = self.name_spans[tok.i][1]
        roles = getattr(self.gazetteer, "roles", None)
        return roles is not None and end < span.end - 1 and self.doc[end].text.islower() \
            and roles.is_word(self.doc[end].lower_)

    def settle(self, resolutions: list[Resolution]) -> list[Resolution]:
        """After all quotes: an unresolved role noun or "a senior official" in the lead takes
        the person the next paragraph quotes by name ("..., the U.K. fisheries minister said."
        then "“...,” Rhodri Penhallow told reporters"): ``cataphora``."""
        out = list(resolutions)
        lead = self._para(self.dateline_end) if self.dateline_end else 0
        for i, r in enumerate(out):
            head = self._heads[i] if i < len(self._heads) else None
            if head is None or head not in self._open_leads or r.mention is None:
                continue
            para = self._para(r.mention[0])
            if para != lead:
                continue
            for later in out[i + 1 : i + 1 + _REACH]:
                if later.mention is None:
                    continue
                p = self._para(later.mention[0])
                if p == para:
                    continue
                if p == para + 1 and later.sieve in ("name", "words", "relative") and later.name and \
                        self._person_name(later):
                    out[i] = Resolution(r.mention, later.entity, later.name, "cataphora")
                    self.counts["cataphora"] += 1
                break
        return out

    def _person_words(self, name: str) -> bool:
        """Whether a name no entity holds is shaped like a person's: two to four capitalised
        words, no institution word, not a place the gazetteer knows."""
        if not self._person_name(Resolution(None, None, name, "words")):
            return False
        return self.gazetteer is None or (self.gazetteer.lookup(name) is None
                                          and place_country(self.gazetteer, name) is None)

    def _person_name(self, r: Resolution) -> bool:
        if r.entity is not None:
            e = self.entities.get(r.entity)
            return e is not None and (e.type == "PERSON" or any(self.people.roles.get(e.id, ())))
        words = (r.name or "").split()
        return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
            w.lower() in BODY_HEADS or w.lower() in _ORG_WORDS for w in words)

    def _by_name(self, tok: Token, position: int, document: bool, prefix: str) -> Resolution | None:
        ent = self.tok_ent.get(tok.i)
        if ent is None and tok.pos_ == "PROPN":
            # "Ndlovu said ..." where the entity stage linked only the first "Ndlovu": the one
            # person of the article with that surname
            person = self._surnames.get(tok.lower_)
            if person is not None and not any(c.dep_ == "compound" for c in tok.children):
                return self._done(prefix or "name", (tok.idx, tok.idx + len(tok.text)), person,
                                  self._whole_name(person), position, "", document)
        if ent is None:
            ent = self._acronyms.get(tok.text)
            if ent is None:
                return None
            return self._done(prefix or "name", (tok.idx, tok.idx + len(tok.text)), ent, None,
                              position, "", document)
        sieve = prefix or "name"
        if ent.type == "ORG" and ent.name in self._acronyms:  # "The RSF": Rapid Support Forces
            ent = self._acronyms[ent.name]
        if ent.type == "PERSON":
            return self._done(sieve, self._name_span(tok.i), ent, self._whole_name(ent), position, "",
                              document)
        words = self._phrase(tok)
        head = tok.lemma_.lower()
        police = self._police_of(tok, words) if ent.type == "ORG" else None
        if police is not None:  # "Police in the state of Chihuahua": Chihuahua State Police
            return self._done(sieve, self._span(words), self._org_named(police), police, position, head, document)
        if ent.type == "ORG" and (tok.lower_ in BODY_HEADS or head in BODY_HEADS) and words:
            name = canonical_body([t.text_with_ws for t in words], self.gazetteer)
            if len(name.split()) < len(ent.name.split()) or name.lower() == ent.name.lower() \
                    or _described(name, ent.name):
                name = ent.name
            return self._done(sieve, self._span(words), ent, name, position, head, document)
        if ent.type == "COUNTRY" and (head in GOVERNMENT_NOUNS or tok.lower_ in GOVERNMENT_NOUNS):
            return self._done(sieve, self._span(words), ent, None, position, head, document)
        return self._done(sieve, self._name_span(tok.i), ent, None, position, head, document)

    def _whole_name(self, ent: Entity) -> str:
        """The person's name with a hyphenated given name kept whole: an entity cut at the
        hyphen ("Kim Sun" in "Kim Sun-ok, 71") gets its tail back from the text (once per
        entity)."""
        known = self._whole_names.get(ent.id or ent.name)
        if known is None:
            known = self._whole_names[ent.id or ent.name] = self._find_whole_name(ent)
        return known

    def _find_whole_name(self, ent: Entity) -> str:
        if len(ent.name.split()) == 1:
            # "Antonio" where the text says "Antonio Guterres": the parser's person name that
            # starts with the entity's one-word mention and goes on with capitalised words
            for m in ent.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                if self._person_ents is None:  # the parser's people by first token, once
                    self._person_ents = {pe.start: pe for pe in self.doc.ents if pe.label_ == "PERSON"}
                pe = self._person_ents.get(span.start)
                if pe is not None:
                    if pe.end > span.end \
                            and all(t.text[:1].isupper() for t in pe[span.end - pe.start:]) \
                            and "\n" not in pe.text and pe.text.startswith(ent.name):
                        return display_name(pe.text)
        for m in ent.mentions:
            j = m.end
            if self.text[j : j + 1] == "-" and self.text[j + 1 : j + 2].islower() and \
                    ent.name.endswith(m.text.split()[-1]):
                k = j + 1
                while k < len(self.text) and self.text[k].isalpha():
                    k += 1
                return ent.name + self.text[j:k]
        return ent.name

    def _det(self, tok: Token) -> str | None:
        for child in tok.lefts:
            if child.dep_ in ("det", "poss", "nummod", "predet") or child.lower_ in _INDEFINITE:
                return child.lower_ if child.dep_ != "poss" else "poss"
        return None

    def _anonymous(self, tok: Token, position: int) -> Resolution | None:
        lower, lemma = tok.lower_, tok.lemma_.lower()
        media = lower in ANONYMOUS_MEDIA
        unnamed_bodies = tok.tag_ in ("NNS", "NNPS") and lemma in _PLURAL_BODIES and not any(
            t.i in self.tok_ent or t.pos_ == "PROPN" for t in tok.subtree if t.i < tok.i)
        # "Some Democrats", "several Conservatives": unnamed members of a party or people
        members = tok.tag_ in ("NNPS", "NNS") and (tok.ent_type_ == "NORP" or tok.pos_ == "PROPN") \
            and tok.i not in self.tok_ent and any(c.dep_ in ("det", "amod", "nummod") and c.lower_ in _INDEFINITE
                                                  for c in tok.lefts)
        # "A youth movement that organised the protests", "a rights group": a body not named
        phrase = self._phrase(tok)
        unnamed_body = (lemma in BODY_HEADS or lower in BODY_HEADS) and tok.tag_ == "NN" \
            and phrase and phrase[0].lower_ in ("a", "an") and not any(
                t.i in self.tok_ent or t.pos_ == "PROPN" or t.text[:1].isupper() and t.i != tok.sent.start
                for t in phrase)
        if lower not in ANONYMOUS_HEADS and not media and not unnamed_bodies and not members and not unnamed_body:
            return None
        if any(c.dep_ == "conj" for c in tok.children):
            return None  # "Western politicians and organizations": a group named by its words
        det = self._det(tok)
        plural = tok.tag_ in ("NNS", "NNPS") or lower.endswith("people")
        if det == "poss" and (unnamed_bodies or unnamed_body) and all(c.pos_ == "NOUN" and c.tag_ == "NNS"
                                                     for c in tok.lefts if c.dep_ == "poss"):
            # "Farmers' unions in Punjab", "A farmers' movement": bodies of a kind of people, none named
            det = "a" if unnamed_body else None
        if det in _DEFINITE or det == "poss":
            if media and det not in ("its", "their"):
                return None
            if not media:
                return None
        if det is None and not plural and not media:
            return None
        words = self._phrase(tok)
        mention = self._span(words) if words else (tok.idx, tok.idx + len(tok.text))
        if not plural and not media:
            named = self._cataphora(tok, lemma, position)
            if named is not None:
                return self._done("cataphora", mention, named, None, position)
        self.counts["anonymous"] += 1
        if not plural and not media and lemma in _NAMEABLE:
            self._open_leads.add(tok.idx)
        self._unnamed.append((tok.idx, lemma))
        if not plural and not media and not unnamed_body and not unnamed_bodies:
            self._unnamed_people.append(tok.idx)  # "a senior official": "he" may be this one
        return Resolution(mention, None, None, "anonymous")

    def _cataphora(self, tok: Token, lemma: str, position: int) -> Entity | None:
        """The person an indefinite "a senior official" turns out to be: in the next paragraph,
        "The official, Y," (the same noun in apposition to a name) or, for a lead, the person
        the next paragraph quotes, when that person's role fits."""
        para = self._para(tok.idx)
        stop = self._paragraphs[para + 2] if para + 2 < len(self._paragraphs) else len(self.text)
        k = bisect_right(self._person_starts, tok.idx)
        for first, last, ent in self.person_tokens[k : k + _REACH]:
            if self.doc[first].idx >= stop:
                break
            name_head = self.doc[last - 1]
            if name_head.dep_ == "appos" and name_head.head.lemma_.lower() == lemma and \
                    any(c.lower_ in ("the", "this") for c in name_head.head.lefts):
                return ent
        if para > 1 and self.text[: self._paragraphs[para]].strip():
            # only a lead paragraph (or the one after the dateline) names its source later
            if self._para(self.dateline_end) != para:
                return None
        nxt = self._paragraphs[para + 1] if para + 1 < len(self._paragraphs) else len(self.text)
        for first, last, ent in self.person_tokens[k : k + _REACH]:
            start = self.doc[first].idx
            if start >= stop:
                break
            if start < nxt:
                continue
            name_head = self.doc[last - 1]
            # quoted: the subject of a speech verb ("Defence Minister Omar Bashir visited the
            # front" names someone, not the official who spoke)
            if name_head.dep_ in ("nsubj", "nsubjpass") and name_head.head.pos_ == "VERB" and \
                    name_head.head.lemma_.lower() in SPEECH_VERBS and self.people.holds(ent.id, (lemma,)):
                return ent
            return None
        return None

    def _role(self, tok: Token, position: int) -> Resolution | None:
        lemma = tok.lemma_.lower()
        if lemma not in ROLE_NOUNS and lemma not in CORE_HEADS and tok.lower_ not in CORE_HEADS:
            return None
        if tok.tag_ in ("NNS", "NNPS"):
            return None
        words = self._phrase(tok)
        left = [t for t in words if t.i <= tok.i]
        mods = role_heads([t.text for t in left[:-1]])
        wanted = tuple(mods) + (lemma if lemma in CORE_HEADS else tok.lower_,)
        possessor = next((c for c in tok.children if c.dep_ == "poss"), None)
        excluded = self.tok_ent.get(possessor.i) if possessor is not None else None
        country = self._role_country(left[:-1], excluded)
        if country is not None:  # "Latvia's foreign minister": Latvia's, not someone Latvia has
            excluded = None
        mention = self._span(words) if words else (tok.idx, tok.idx + len(tok.text))
        det = self._det(tok)
        if det == "the" and self._same_unnamed(lemma, tok.idx):
            # "An Indian official, speaking on condition of anonymity, said ... “…,” the
            # official said": the same unnamed person
            self.counts["anonymous"] += 1
            self._unnamed_people.append(tok.idx)
            return Resolution(mention, None, None, "anonymous")
        # "A union leader said": an indefinite introduces someone new, never a holder of the
        # role named before; the holder named just after, a body's spokesperson, or no one
        indefinite = det in ("a", "an")
        best = self._holder(wanted, tok.idx, excluded, ahead_only=indefinite, country=country)
        if best is None and indefinite:
            best = self._cataphora(tok, lemma, position)
        if best is not None:
            return self._done("cataphora" if indefinite else "role", mention, best, None, position)
        owner = self._spoken_for(tok, position)
        self._open_leads.add(tok.idx)  # a lead's role or spokesperson may be named in the next paragraph
        if owner is not None:
            return Resolution(mention, owner.entity, owner.name, "spokesperson")
        if indefinite:
            self.counts["anonymous"] += 1
            self._unnamed.append((tok.idx, lemma))
            self._unnamed_people.append(tok.idx)
            return Resolution(mention, None, None, "anonymous")
        self.counts["role-unresolved"] += 1
        return Resolution(mention, None, None, "role")

    def _spoken_for(self, tok: Token, position: int) -> Resolution | None:
        """The body an unnamed spokesperson speaks for ("A spokeswoman for the International
        Monetary Fund", "A U.S. State Department spokesperson", "a government spokesman", "the
        ministry's spokesman"): a spokesperson no person of the article is, stated to speak for
        an institution, is that institution's voice; the institution's resolution, else None."""
        if tok.lemma_.lower() not in SPOKESPERSON_NOUNS and tok.lower_ not in SPOKESPERSON_NOUNS:
            return None
        # a possessor speaks through its spokesperson when it is a body ("the ministry's
        # spokesman", "the Foreign Ministry's spokeswoman"); "The Taoiseach's spokesman" is an aide
        owners = [c for c in tok.lefts if c.pos_ in ("PROPN", "NOUN") and (
            c.dep_ in ("compound", "nmod") or c.dep_ == "poss" and (
                c.lemma_.lower() in BODY_HEADS or c.i in self.tok_ent
                and _name_head(self.tok_ent[c.i].name) in BODY_HEADS))]
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
                owners += [c for c in prep.children if c.dep_ == "pobj"]
        for owner in reversed(owners):  # the nearest: "the ministry's press office spokesman"
            if owner.lemma_.lower() in ROLE_NOUNS or owner.lower_ in ROLE_NOUNS or (
                    owner.i in self.tok_ent and self.tok_ent[owner.i].type == "PERSON"):
                return None  # "The Taoiseach's spokesman": a person's aide, not a body's voice
            r = self._by_name(owner, position, False, "spokesperson") or self._body(owner, position, False)
            if r is not None and r.name is not None:
                return r
        if owners or self._det(tok) not in ("a", "an") or any(c.dep_ in ("amod", "compound") for c in tok.lefts):
            return None
        owner = self._organisation_before(tok)
        if owner is not None:  # "When I asked the company what had gone wrong, a spokesman said"
            r = self._by_name(owner, position, False, "spokesperson") or self._body(owner, position, False)
            if r is not None and r.name is not None:
                return r
        return None

    def _organisation_before(self, tok: Token) -> Token | None:
        """The organisation a bare "a spokesman" speaks for: the last one named (or a definite
        institution noun, "the company") in its sentence before it or in the sentence before,
        outside quotes, when one organisation at most is named there ("Reporters asked
        Halvorsen Shipping Group about the delays. A spokesman said ...", "Brantwood Energy
        said ... When reporters asked the company, a spokeswoman said"): the nearest; else
        None. A country or a person there leaves the spokesman unplaced."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        named: set[str] = set()
        nearest = None
        for t in self.doc[start : tok.i]:
            if self._quoted(t.idx):
                continue
            ent = self.tok_ent.get(t.i)
            if ent is not None:
                if ent.type != "ORG":
                    return None
                named.add(ent.id or ent.name)
                nearest = self.doc[self.name_spans[t.i][1] - 1]
            elif t.pos_ == "NOUN" and t.text.islower() and t.lemma_.lower() in BODY_HEADS \
                    and self._det(t) == "the" and t.lemma_.lower() not in GOVERNMENT_NOUNS:
                nearest = t
        return nearest if len(named) <= 1 else None

    def _same_unnamed(self, lemma: str, at: int) -> bool:
        """Whether a definite "the official" at ``at`` takes up an anonymous "an official" of
        its paragraph or the two before ("An Indian official, speaking on condition of
        anonymity, said ..." then "“…,” the official said"), with no person who could be
        "the official" named between them (outside quotes)."""
        prior = next((pos for pos, head in reversed(self._unnamed) if head == lemma and pos < at), None)
        if prior is None or self._para(prior) < self._para(at) - 2:
            return False
        k = bisect_right(self._person_starts, prior)
        return not any(prior < self.doc[first].idx < at and not self._quoted(self.doc[first].idx)
                       and (self._para(prior) == self._para(at) or self.people.holds(ent.id, (lemma,)))
                       for first, _last, ent in self.person_tokens[k : k + _REACH])

    def _counterpart(self, tok: Token, position: int) -> Resolution | None:
        """"his Indian counterpart": the one person of that country the article names, within
        reach either side (the counterpart is usually named in the next paragraphs), who is
        not the person "his" stands for; else None."""
        if tok.lemma_.lower() != "counterpart" or tok.tag_ != "NN":
            return None
        country = None
        for c in tok.lefts:
            place = place_country(self.gazetteer, c.text) if c.text[:1].isupper() else None
            place = place or self._demonym_of(c)
            if place is not None:
                country = place[0]
        if country is None:
            return None
        own = None  # the person "his" stands for: the last person quoted
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.lefts):
            own = next((e for _p, e, _n, kind, _h, _d in reversed(self.history[-_REACH:])
                        if kind == "PERSON"), None)
        k = bisect_left(self._person_starts, tok.idx)
        window = self.person_tokens[max(0, k - _REACH) : k + _REACH]
        found = {e.id: e for _f, _l, e in window if e.country == country and e is not own}
        if len(found) != 1:
            return None
        words = self._phrase(tok)
        mention = self._span(words) if words else (tok.idx, tok.idx + len(tok.text))
        return self._done("role", mention, next(iter(found.values())), None, position)

    def _role_country(self, words: list[Token], possessor: Entity | None) -> str | None:
        """The country a role mention names for its holder: a country possessor ("Latvia's
        foreign minister"), a demonym or a country's name before the role ("The Polish
        minister", "the U.S. president"); else None."""
        if possessor is not None and possessor.type == "COUNTRY" and possessor.country:
            return possessor.country
        for t in words:
            ent = self.tok_ent.get(t.i)
            if ent is not None and ent.type == "COUNTRY" and ent.country:
                return ent.country
            place = self._demonym_of(t)
            if place is not None:
                return place[0]
        return None

    def _holder(self, wanted: tuple[str, ...], at: int, excluded: Entity | None,
                ahead_only: bool = False, country: str | None = None) -> Entity | None:
        """The person holding role ``wanted`` for a mention at ``at``: the most recent holder
        before it (a subject or speaker among them first), else one named in the next two
        paragraphs; only the latter when ``ahead_only`` (an indefinite "a spokesman"). A
        ``country`` the mention names rules out holders of another country."""
        k = bisect_left(self._person_starts, at)
        para = self._para(at)
        first_holder = None  # the most recent holder; a subject or speaker among them wins
        behind = [] if ahead_only else self.person_tokens[max(0, k - _REACH) : k]
        for first, last, ent in reversed(behind):
            if ent is excluded or not self.people.holds(ent.id, wanted) or country and ent.country \
                    and ent.country != country:
                continue
            if self._salient(self.doc[last - 1]):
                return ent
            if first_holder is None:
                first_holder = ent
            if self._para(self.doc[first].idx) < para - 3:
                break
        if first_holder is not None:
            return first_holder
        stop = self._paragraphs[para + 2] if para + 2 < len(self._paragraphs) else len(self.text)
        for first, _last, ent in self.person_tokens[k : k + _REACH]:  # "the official, Y," after the quote
            if self.doc[first].idx >= stop:
                break
            if ent is not excluded and self.people.holds(ent.id, wanted) and not (
                    country and ent.country and ent.country != country):
                return ent
        return None

    def _document(self, tok: Token, position: int) -> Resolution | None:
        lemma = tok.lemma_.lower()
        if lemma not in DOCUMENT_NOUNS:
            return None
        words = self._phrase(tok)
        mention = self._span(words) if words else (tok.idx, tok.idx + len(tok.text))
        issuer = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
            (g for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") and c.i == tok.i + 1
             for g in c.children if g.dep_ == "pobj"), None)
        if issuer is not None:  # "the ministry's statement", "the statement from the ministry"
            r = self._by_name(issuer, position, True, "document") or self._body(issuer, position, True)
            if r is not None:
                return Resolution(mention, r.entity, r.name, "document")
        if self._det(tok) not in _DEFINITE:
            return None
        para = self._para(tok.idx)
        for pos, ent, name, kind, head, doc_cue in reversed(self.history[-_REACH:]):
            if self._para(pos) < para - 3:
                break
            if doc_cue or kind in ("ORG", "COUNTRY"):
                return self._done("document", mention, ent, name, position, head, True)
        return None

    def _body(self, tok: Token, position: int, document: bool) -> Resolution | None:
        lower, lemma = tok.lower_, tok.lemma_.lower()
        if lemma in FIRM_NOUNS and lemma not in BODY_HEADS:
            # "The carmaker said": the company named before; "a carmaker" is another one
            if self._det(tok) != "the" or tok.tag_ != "NN":
                return None
            ent_name = self._earlier_body(lemma, lower, tok.idx)
            if ent_name is None:
                return None
            words = self._phrase(tok)
            mention = self._span(words) if words else (tok.idx, tok.idx + len(tok.text))
            return self._done("body", mention, ent_name[0], ent_name[1], position, lemma, document)
        if lower not in BODY_HEADS and lemma not in BODY_HEADS:
            return None
        words = self._phrase(tok)
        if not words:
            return None
        mention = self._span(words)
        det = self._det(tok)
        proper = [t for t in words if t.i != tok.i and (t.pos_ == "PROPN" or t.text[:1].isupper())
                  and t.lower_ not in _DEFINITE]
        # governments and authorities speak for their country
        # "the military government" is the country's (a junta); "the regional military
        # administration" is not
        local = any(t.lower_ in _LOCAL and not (t.lower_ == "military" and lemma == "government") for t in words)
        if (lemma in GOVERNMENT_NOUNS or lower in GOVERNMENT_NOUNS) and not local:
            country = None
            for t in words:
                place = place_country(self.gazetteer, t.text) or self._demonym_of(t)
                ent = self.tok_ent.get(t.i)
                if ent is not None and ent.type == "COUNTRY":
                    return self._done("body", mention, ent, None, position, lemma, document)
                if place is not None:
                    country = place[0]
            country = country or (self.main_country() if det in ("the", None) else None)
            ent = self._country_entity(country)
            if ent is not None:
                return self._done("body", mention, ent, None, position, lemma, document)
            name = self.gazetteer.country_name(country) if self.gazetteer and country else None
            if name:
                return self._done("body", mention, None, name, position, lemma, document)
        police = self._police_of(tok, words)
        if police is not None:
            return self._done("body", mention, self._org_named(police), police, position, lemma, document)
        regional = self._regional_body(tok, words) if not proper else None
        if regional is not None:  # "in the Odesa region ..., the regional military administration said"
            return self._done("body", mention, self._org_named(regional), regional, position, lemma, document)
        if proper and tok.tag_ in ("NNS", "NNPS") and lemma in _PLURAL_BODIES:
            # "U.N. agencies warned": the organisation the bodies belong to speaks
            owners = {self.tok_ent[t.i].id: self.tok_ent[t.i] for t in proper if t.i in self.tok_ent
                      and self.tok_ent[t.i].type == "ORG" and t.i < tok.i}
            if len(owners) == 1:
                return self._done("body", mention, next(iter(owners.values())), None, position, lemma, document)
        if proper:
            name = canonical_body([t.text_with_ws for t in words], self.gazetteer)
            ent = self._org_named(name)
            named = {self.tok_ent[t.i].id: self.tok_ent[t.i] for t in proper
                     if t.i in self.tok_ent and self.tok_ent[t.i].type == "ORG"}
            if ent is None and len(named) == 1 and _described(name, next(iter(named.values())).name):
                ent = next(iter(named.values()))  # "The opposition Civic Platform party"
                name = ent.name
            return self._done("body", mention, ent, name, position, lemma, document)
        owner = next((c.lower_ for c in tok.lefts if c.dep_ == "poss"), None)
        if lemma == "ministry" and not proper and (det == "the" or owner in ("his", "her")):
            # "his ministry": the ministry of the minister he is; "Gorzelak will visit ..., the
            # ministry said": the ministry of the minister the quote is about
            person = self._person_for("m" if owner == "his" else "f", tok.idx) if owner \
                else self._minister_in(position, tok.idx)
            name = self._ministry_of(person) if person is not None else None
            if name is not None:
                return self._done("body", mention, self._org_named(name), name, position, lemma, document)
        if owner in ("its", "their"):
            # "Egypt, which backs the army, called for a ceasefire. Its foreign ministry said":
            # the body of the country that "its" stands for
            country = self._country_before(tok.idx)
            adj = demonym(self.gazetteer, country.country) if country is not None else None
            if adj:
                rest = [t for t in words if t.i != tok.i and t.i > next(c.i for c in tok.lefts if c.dep_ == "poss")]
                name = " ".join([adj] + [t.text.title() for t in rest] + [tok.text.title()])
                return self._done("body", mention, self._org_named(name), name, position, lemma, document)
        # "the ministry", "the embassy", "the group": the one named before with that head
        ent_name = self._earlier_body(lemma, lower, tok.idx, national=lemma in _NATIONAL_BODIES)
        # "the drivers' association", "Nurses ... have voted to strike, their union announced"
        owned = det == "poss" and all(c.pos_ == "NOUN" or c.lower_ == "their" for c in tok.lefts if c.dep_ == "poss")
        if ent_name is None and (det == "the" or owned) and lemma not in _NATIONAL_BODIES \
                and lemma not in GOVERNMENT_NOUNS:
            later = self._later_body(lemma, tok.idx)
            if later is not None:  # "The drivers' association ..." then "the X Carriers Association"
                return self._done("body", mention, later, None, position, lemma, document)
        if ent_name is None and det == "the" and lemma in _KIND_HEADS:
            own = self._subject_org_before(tok)
            if own is not None:  # "The World Food Programme will cut ..., the agency said"
                return self._done("body", mention, own, None, position, lemma, document)
        if ent_name is not None:
            ent, name = ent_name
            return self._done("body", mention, ent, name, position, lemma, document)
        if lower in SPEAKING_BODIES or lemma in SPEAKING_BODIES:
            adj = demonym(self.gazetteer, self.main_country())
            if adj:  # "police" in a story about Serbia: the Serbian police
                rest = " ".join(t.text for t in words if t.lower_ not in _DEFINITE)
                return self._done("body", mention, None, f"{adj} {rest}", position, lemma, document)
        return None

    def _demonym_of(self, tok: Token) -> tuple[str, bool] | None:
        """(ISO code, False) of a demonym adjective ("The Albanian government"), or None."""
        if self.gazetteer is None or not tok.text[:1].isupper() or tok.i == tok.head.i or \
                tok.dep_ not in ("amod", "compound") and tok.ent_type_ != "NORP":
            return None
        ref = self.gazetteer.lookup(tok.text)
        if ref is None or ref.type != "PLACE" or not ref.country or ref.name.lower() != tok.lower_:
            return None
        return ref.country, False

    def _minister_in(self, start: int, end: int) -> Entity | None:
        """The one person named between ``start`` and ``end`` (a quote's content before its
        "the ministry said") who holds a minister's role, or None."""
        k = bisect_left(self._person_starts, start)
        found = {ent.id: ent for first, _l, ent in self.person_tokens[k : k + _REACH]
                 if self.doc[first].idx < end and self._ministry_of(ent) is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _ministry_of(self, person: Entity) -> str | None:
        """"Polish Interior Ministry" for a (deputy) interior minister of Poland, or None."""
        adj = demonym(self.gazetteer, person.country)
        if adj is None:
            return None
        for role in self.people.roles.get(person.id, ()):
            if role and role[-1] == "minister" and len(role) >= 2 and role[-2] not in _SUBORDINATE_WORDS \
                    and role[-2] not in ("prime", "chief", "first"):
                return f"{adj} {role[-2].title()} Ministry"
        return None

    def _police_of(self, tok: Token, words: list[Token]) -> str | None:
        """The police of a place: "Police in Republika Srpska" → Republika Srpska Police, "in
        the state of X" → X State Police, "the city police" in a datelined story → the dateline
        city's City Police."""
        if tok.lemma_.lower() != "police" and tok.lower_ != "police":
            return None
        if any(t.lower_ == "in" and t.i > tok.i for t in words):
            place = [t for t in words if t.i > tok.i and t.lower_ not in ("in", "the", "of")]
            if not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in place):
                return None
            level = [t.text.title() for t in place if t.lower_ in _LEVELS]
            names = [t.text_with_ws for t in place if t.lower_ not in _LEVELS]
            return " ".join(["".join(names).strip()] + level + ["Police"]) if names else None
        left = [t.lower_ for t in words if t.i < tok.i]
        if "city" in left and not any(t.text[:1].isupper() for t in words if t.i < tok.i and t.lower_ not in _DEFINITE):
            city = self._dateline_city()
            if city:
                return f"{city} City Police"
        return None

    def _dateline_city(self) -> str | None:
        """The dateline's city as a name ("BUENOS AIRES (AP) —" → Buenos Aires), or None."""
        if not self.dateline_end:
            return None
        head = self.text[: self.dateline_end].split(",")[0].split("(")[0].split("/")[0].strip()
        return head.title() if head and head.replace(" ", "").isalpha() else None

    def _country_entity(self, iso: str | None) -> Entity | None:
        if iso is None:
            return None
        return self._countries.get(iso)

    def _org_named(self, name: str) -> Entity | None:
        low = name.lower().split()
        for n in range(len(low), 1, -1):  # the longest tail of the name that is an organisation
            e = self._orgs.get(" ".join(low[-n:]))
            if e is not None:
                return e
        return None

    def _earlier_body(self, lemma: str, lower: str, at: int, national: bool = False
                      ) -> tuple[Entity | None, str] | None:
        heads = GROUP_NAME_HEADS if lemma == "group" else {lemma, lower}
        # the last speaker with that head, or the last organisation named with it
        cand_pos, cand = -1, None
        for pos, ent, name, kind, head, _ in reversed(self.history[-_REACH:]):
            last = _name_head(name) if name else ""
            # "Fellgate Waste said ... The company said": a body whose name says not what it is
            # is the company, firm or group a kind noun takes up
            unsaid = (lemma in _KIND_HEADS or lemma in FIRM_NOUNS) and kind == "ORG" and last not in BODY_HEADS \
                and name is not None and name[:1].isupper() and 2 <= len(name) and name.lower() not in PRONOUNS \
                and len(name.split()) <= 4
            if last in heads or (head in heads and lemma != "group") or unsaid:
                cand_pos, cand = pos, (ent, ent.name if ent is not None and not name else name)
                break
        k = bisect_left(self._org_starts, at)
        for first, last_tok, ent in reversed(self.org_tokens[max(0, k - _REACH) : k]):
            if ent.type != "ORG":
                continue
            last = _name_head(ent.name)
            acronym = lemma == "group" and ent.name.isupper() and len(ent.name) <= 6
            if national and place_country(self.gazetteer, ent.name.split()[0]) is None:
                continue  # "the army" is the country's, not the National Liberation Army
            if last in heads or last.rstrip("s") in heads or acronym or self._described_as(first, last_tok, heads):
                if self.doc[first].idx > cand_pos:
                    cand = (ent, ent.name)
                break
        return cand

    def _subject_org_before(self, tok: Token) -> Entity | None:
        """The organisation that is the subject of the clause before ``tok`` in its sentence
        (what "the agency" or "the company" said is about itself: "The World Food Programme
        will cut rations ..., the agency said"), or None."""
        for t in tok.sent:
            if t.i >= tok.i:
                break
            ent = self.tok_ent.get(t.i)
            if ent is not None and ent.type == "ORG" and t.dep_ in ("nsubj", "nsubjpass") \
                    and t.head.i != tok.head.i:
                return ent
        return None

    def _described_as(self, first: int, last: int, heads) -> bool:
        """Whether the name at tokens ``first:last`` stands in apposition to a common noun with
        one of ``heads``, either way round ("Italy's largest trade union, the CGIL,", "the CGIL,
        Italy's largest union,"): the article has said what kind of body it is."""
        root = self.doc[first:last].root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        return any(n.pos_ == "NOUN" and (n.lemma_.lower() in heads or n.lower_ in heads) for n in nouns)

    def _phrase_in(self, span) -> tuple[int, int, int] | None:
        """(first, last, head) tokens of the one noun phrase that makes up ``span`` (the words
        between a dateline and its cue) when its head is a common noun: the head's subtree,
        clipped to the span; else None."""
        words = [t for t in span if not t.is_punct and not t.is_space]
        roots = [t for t in words if not span.start <= t.head.i < span.end or t.head.i == t.i]
        if len(roots) != 1 or roots[0].pos_ != "NOUN":
            return None
        root = roots[0]
        first = max(root.left_edge.i, words[0].i)
        last = min(root.right_edge.i, words[-1].i)
        return first, last, root.i

    def _regional_body(self, tok: Token, words: list[Token]) -> str | None:
        """"the regional (military) administration" in a sentence that names "the X region":
        "X Regional Military Administration", else None."""
        left = [t for t in words if t.i < tok.i and t.lower_ not in _DEFINITE]
        if not left or left[0].lower_ != "regional" or any(t.text[:1].isupper() for t in left):
            return None
        names = {" ".join(c.text for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")
                 for t in tok.sent if t.lower_ == "region" and t.i != tok.i}
        names.discard("")
        if len(names) != 1:
            return None
        return " ".join([names.pop()] + [t.text.title() for t in left] + [tok.text.title()])

    def _body_subject_before(self, tok: Token) -> Token | None:
        """The last definite institution noun ("the army", "The ministry") that is the subject of
        a clause in ``tok``'s sentence before it or in the sentence before, outside quotes."""
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        for t in reversed(self.doc[start : tok.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.text.islower() \
                    and (t.lemma_.lower() in BODY_HEADS or t.lower_ in BODY_HEADS) \
                    and self._det(t) == "the" and not self._quoted(t.idx):
                return t
        return None

    def _country_before(self, at: int) -> Entity | None:
        """The country that "its" at ``at`` stands for: the last organisation or country that
        is the subject of its clause, in this paragraph or the one before, when it is a
        country; else None."""
        para = self._para(at)
        k = bisect_left(self._org_starts, at)
        for first, last, ent in reversed(self.org_tokens[max(0, k - _REACH) : k]):
            start = self.doc[first].idx
            if self._para(start) < para - 1:
                break
            root = self.doc[first:last].root
            if (self._salient(root) or root.dep_ == "ROOT") and not self._quoted(start):
                return ent if ent.type == "COUNTRY" else None  # (a root name: the verb lost)
        return None

    def _later_body(self, lemma: str, at: int) -> Entity | None:
        """The one organisation named later in the article whose name has the head ``lemma``
        (a definite "the association" with none named before it), or None."""
        k = bisect_right(self._org_starts, at)
        found = {e.id: e for _f, _l, e in self.org_tokens[k : k + _REACH]
                 if e.type == "ORG" and e.id and _name_head(e.name) == lemma}
        return next(iter(found.values())) if len(found) == 1 else None

    def _pronoun(self, tok: Token, position: int, document: bool) -> Resolution | None:
        lower = tok.lower_
        if lower not in PRONOUNS:
            return None
        gender, number = PRONOUNS[lower]
        mention = (tok.idx, tok.idx + len(tok.text))
        if gender in ("m", "f"):
            if self._unnamed_speaker_last(tok.idx):
                # "A senior official said ... He added that ...": the same unnamed person
                self.counts["anonymous"] += 1
                return Resolution(mention, None, None, "anonymous")
            ent = self._person_for(gender, tok.idx)
            if ent is not None:
                return self._done("pronoun", mention, ent, None, position, "", document)
            return None
        if gender == "n":  # "it": an organisation or a country, never a person
            para = self._para(tok.idx)
            subject = None  # the last organisation or country that is a subject, nearby
            k = bisect_left(self._org_starts, tok.idx)
            for first, last, ent in reversed(self.org_tokens[max(0, k - _REACH) : k]):
                start = self.doc[first].idx
                if self._para(start) < para - 1:
                    break
                # the name's own head: "Russian embassy in Tallinn" is the embassy, not Tallinn
                if self._salient(self.doc[first:last].root) and not self._quoted(start):
                    subject = (start, first, last, ent)
                    break
            # "The army first opened Adre in August ... It had said": a definite institution
            # noun that is the subject of this sentence or the one before, after any name
            body = self._body_subject_before(tok)
            last_speaker = next((pos for pos, _e, _n, kind, _h, _d in reversed(self.history[-_REACH:])
                                 if kind in ("ORG", "COUNTRY")), -1)
            if body is not None and body.idx > max(last_speaker, subject[0] if subject else -1):
                r = self._body(body, position, document)
                if r is not None and r.name:
                    return Resolution(mention, r.entity, r.name, "pronoun")
            for pos, ent, name, kind, head, _ in reversed(self.history[-_REACH:]):
                if kind in ("ORG", "COUNTRY"):
                    if subject is not None and subject[0] > pos:
                        break
                    return self._done("pronoun", mention, ent, name if ent is None else None,
                                      position, head, document)
                if self._para(pos) < para - 2:
                    break
            if subject is not None:
                _, first, last, ent = subject
                root = self.doc[first:last].root
                words = self._phrase(root)
                name = None
                if words and ent.type == "ORG" and root.lemma_.lower() in BODY_HEADS:
                    name = canonical_body([t.text_with_ws for t in words], self.gazetteer)
                return self._done("pronoun", mention, ent, name, position, "", document)
            if k:
                ent = self.org_tokens[k - 1][2]
                return self._done("pronoun", mention, ent, None, position, "", document)
            return None
        if number == "pl" and lower in ("they", "them", "we"):
            for pos, ent, name, kind, head, _ in reversed(self.history[-_REACH:]):
                if kind in ("ORG", "COUNTRY"):
                    return self._done("pronoun", mention, ent, name if ent is None else None,
                                      position, head, document)
                break
        return None

    def _unnamed_speaker_last(self, at: int) -> bool:
        """Whether the last person who spoke before ``at`` is an unnamed one ("A senior official,
        speaking on condition of anonymity, said ..." then "“…,” he said"): in this paragraph or
        the one before, with no named person speaking or named (outside quotes) since."""
        prior = self._unnamed_people[-1] if self._unnamed_people else None
        if prior is None or prior >= at or self._para(prior) < self._para(at) - 1:
            return False
        if any(pos > prior and kind == "PERSON" for pos, _e, _n, kind, _h, _d in self.history[-_REACH:]):
            return False
        k = bisect_right(self._person_starts, prior)
        return not any(prior < start < at and not self._quoted(start) for start in self._person_starts[k : k + _REACH])

    def _person_for(self, gender: str, at: int) -> Entity | None:
        """The most recent person who can be "he"/"she" at ``at``: the last speaker or subject
        whose gender agrees (unknown agrees), within three paragraphs; else any person named."""
        para = self._para(at)
        k = bisect_left(self._person_starts, at)
        last_speaker = None
        for pos, ent, name, kind, head, _ in reversed(self.history[-_REACH:]):
            if ent is not None and ent.type == "PERSON":
                last_speaker = (pos, ent)
                break
            if ent is None and kind == "PERSON":  # a speaker named by words alone
                last_speaker = (pos, Entity("", "PERSON", name, None, None, ()))
                break
        fallback = None
        speaker_fits = last_speaker is not None and self.people.gender.get(last_speaker[1].id) in (None, gender)
        for first, last, ent in reversed(self.person_tokens[max(0, k - _REACH) : k]):
            start = self.doc[first].idx
            if self._para(start) < para - 3:
                break
            g = self.people.gender.get(ent.id)
            if g is not None and g != gender:
                continue
            if speaker_fits and self._quoted(start) and ent is not last_speaker[1]:
                continue  # a person named in what the last speaker said is not "he"
            if last_speaker is not None and last_speaker[0] > start:
                ls = last_speaker[1]
                lg = self.people.gender.get(ls.id)
                if lg is None or lg == gender:
                    return ls
            if self._salient(self.doc[last - 1]):
                return ent
            if fallback is None:
                fallback = ent
        if last_speaker is not None:
            lg = self.people.gender.get(last_speaker[1].id)
            if (lg is None or lg == gender) and self._para(last_speaker[0]) >= para - 3:
                return last_speaker[1]
        return fallback

    def _salient(self, name_head: Token) -> bool:
        """A name that is the subject of its clause (or in apposition to one), or the speaker
        of an inverted attribution."""
        return name_head.dep_ in ("nsubj", "nsubjpass") or (
            name_head.dep_ in ("appos", "compound") and name_head.head.dep_ in ("nsubj", "nsubjpass")
        ) or self._inverted_subject(name_head)

    def _inverted_subject(self, tok: Token) -> bool:
        """"…," said Fermin Leyva: the name right after a speech verb."""
        return tok.dep_ in ("dobj", "attr", "npadvmod", "conj") and tok.head.pos_ == "VERB" and \
            tok.head.i < tok.i and tok.head.lemma_ in ("say", "tell", "add", "write")


_NAME_LINKS = frozenset({"for", "of", "the", "and", "&", "on", "in"})


def _described(name: str, entity_name: str) -> bool:
    """Whether ``name`` is ``entity_name`` with lower-case words that describe it: before it
    ("the opposition Republican People's Party"), and after it only the kind of body it is
    ("opposition Civic Platform party"), not an organ of it ("the Pacific Islands Forum
    secretariat", "the European Union's foreign service")."""
    at = name.find(entity_name)
    if at < 0 or name == entity_name:
        return False
    before, after = name[:at].split(), name[at + len(entity_name):].split()
    if after and (len(after) > 1 or after[0] not in _KIND_HEADS | {"party"}):
        return False
    return bool(before + after) and all(w.islower() for w in before + after)


def _person_noun(tok: Token) -> bool:
    """A role noun for a person ("the minister", "a spokesman"): an organisation in apposition to
    it is not what it names."""
    lemma = tok.lemma_.lower()
    return lemma in ROLE_NOUNS or lemma in CORE_HEADS or tok.lower_ in CORE_HEADS


def _apposed(tok: Token) -> bool:
    """Whether ``tok`` stands in apposition to its head: so labelled, or a name set off by a
    comma that the parser hung on the noun as a modifier ("Japan's largest union federation,
    Rengo, said")."""
    return tok.dep_ == "appos" or tok.dep_ == "npadvmod" and tok.i > tok.head.i and tok.i > 0 \
        and tok.doc[tok.i - 1].text == "," and tok.text[:1].isupper()


def _after_descriptor(words: list[Token]) -> list[Token] | None:
    """The name after a lower-case institution noun that describes it ("Fan group Supporters for
    Fair Play" → Supporters for Fair Play, "rights group Amnesty International"): capitalised
    words (and the links of a name) after the last such noun, else None."""
    cut = next((k for k in range(len(words) - 2, -1, -1)
                if words[k].text.islower() and (words[k].lemma_.lower() in BODY_HEADS or words[k].lower_ in BODY_HEADS)),
               None)
    if cut is None:
        return None
    name = words[cut + 1 :]
    if not 1 <= len(name) <= 6 or not name[0].text[:1].isupper() or not name[-1].text[:1].isupper():
        return None
    if any(not t.text[:1].isupper() and t.lower_ not in _NAME_LINKS for t in name):
        return None
    return name


def _acronyms(text: str, entities) -> dict[str, Entity]:
    """"National Liberation Army (ELN)": ELN → that entity."""
    out = {}
    for e in entities:
        for m in e.mentions:
            after = text[m.end : m.end + 12]
            if after.startswith(" (") and ")" in after:
                acr = after[2 : after.index(")")]
                if acr.isupper() and 2 <= len(acr) <= 8:
                    out[acr] = e
            known = _KNOWN_AS.match(text, m.end)  # "The National Liberation Army, known as the ELN,"
            if known is not None and len(e.name.split()) >= 2:
                out.setdefault(known.group(1), e)
    return out


_KNOWN_AS = re.compile(r",? (?:also |better |widely )?(?:known|referred to) as (?:the )?([A-Z][A-Z0-9-]{1,7})\b")


# groups who speak for the named body they come from ("Observers from ECOWAS", "Economists at the
# Ifo institute"), unlike insiders ("officials", "diplomats", "sources"), who stay anonymous
_STAFF_NOUNS = frozenset("observer monitor economist researcher scientist inspector".split())
# anonymous heads a lead may name in its next paragraph ("a senior official", "a senior diplomat")
_NAMEABLE = frozenset({"official", "diplomat", "source", "officer", "aide", "negotiator", "lawmaker"})
_PLURAL_BODIES = frozenset({"group", "party", "delegation", "organization", "organisation",
                            "association", "union", "ngo", "agency", "company", "firm"})
# how many candidates a sieve looks back (or ahead) over: keeps resolution linear in the number
# of quotes when an article is one long paragraph
_REACH = 40
_NATIONAL_BODIES = frozenset({"army", "police", "military", "navy"})
# heads that say what kind of body an organisation is, not which state organ it is ("the agency",
# "the company"): the body named as the subject of the same sentence can be meant
_KIND_HEADS = frozenset("""agency company corporation firm group organization organisation institute
foundation fund bank alliance coalition movement association federation confederation union
programme program newspaper daily broadcaster""".split())
_LEVELS = frozenset({"state", "province", "city", "region"})
_SUBORDINATE_WORDS = frozenset({"deputy", "vice", "assistant", "under", "state", "junior", "senior"})
_LOCAL = frozenset({"regional", "local", "provincial", "city", "municipal", "state", "district",
                    "military", "county"})


def _name_head(name: str) -> str:
    """The head noun of an institution's name: "Chamber of Trade and Logistics" → chamber,
    "Russian Embassy in Mali" → embassy."""
    words = name.lower().split()
    for k, w in enumerate(words[1:], 1):
        if w in ("of", "in", "for", "on", "to"):
            return words[k - 1]
    return words[-1] if words else ""


_ORG_WORDS = frozenset("""international national group company corporation corp inc ltd llc
bank fund institute university college school council commission committee agency service
office ministry department federation confederation union association alliance coalition party
movement front forces army navy police court assembly parliament organization organisation
foundation network media news press times post radio television tv channel airlines airways
holdings energy oil gas petroleum motors systems technologies industries partners capital
club league federation centre center program programme project initiative summit forum
""".split())


def _name_shaped(name: str, gazetteer) -> bool:
    """Whether an organisation's name looks like a person's ("Tamsin Hallerby", "Ngcobo"): one
    to three capitalised words, none of them an institution word, not an acronym, not a place."""
    words = name.split()
    if not 1 <= len(words) <= 3 or name.isupper() or any(ch.isdigit() for ch in name):
        return False
    if any(not w[:1].isupper() or w.lower().strip(".,") in _ORG_WORDS or w.lower() in BODY_HEADS
           for w in words):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False
    return gazetteer is None or (gazetteer.lookup(name) is None and gazetteer.actor(name) is None
                                 or (gazetteer.actor(name) is not None and not gazetteer.actor(name).org
                                     and gazetteer.lookup(name) is None))


def _surname_aliases(entities, gazetteer) -> dict[str, Entity]:
    """A one-word name ("Penhallow") that is the surname of exactly one person named in full in
    the article ("Rhodri Penhallow"): entity id → that person."""
    full: dict[str, list[Entity]] = {}
    for e in entities:
        if e.type == "PERSON" and len(e.name.split()) >= 2:
            full.setdefault(e.name.split()[-1].lower(), []).append(e)
    out = {}
    for e in entities:
        if len(e.name.split()) == 1 and e.type in ("PERSON", "ORG"):
            people = full.get(e.name.lower(), [])
            if len(people) == 1 and people[0].id != e.id:
                out[e.id] = people[0]
    return out


def _unlinked_people(doc: Doc, spans, alias: dict[str, Entity]) -> list[tuple[int, int, Entity]]:
    """People the parser's named-entity recogniser found that no entity covers ("Rhodri
    Penhallow" when the entities hold only "Penhallow"): a person without an entity id, so that
    a speaker can still be named; a one-word name joins the one full name with that surname."""
    covered: dict[int, tuple[int, int, Entity]] = {}
    for span in spans:
        for i in range(span[0], span[1]):
            covered[i] = span
    found: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        # by the covering span's bounds, not by the tuple: hashing an entity hashes all its
        # mentions (a story naming one person 2,000 times)
        holders = {covered[i][:2]: covered[i] for i in range(ent.start, ent.end) if i in covered}
        if holders:
            # "International Relations and Cooperation Thembisa Ngcobo" typed an organisation:
            # the person at its end is the one named
            if len(holders) != 1 or len(ent) < 2:
                continue
            ((first, last, e),) = holders.values()
            if e.type == "PERSON" or last != ent.end or first >= ent.start:
                continue
        name = display_name(ent.text.replace("\n", " "))
        if name and name[:1].isupper():
            found.append((ent.start, ent.end, name))
    for first, last, e in spans:
        # "Deputy Minister of International Relations and Cooperation Thembisa Ngcobo", the
        # portfolio and the name taken for one organisation: the last two words are the person
        if e.type != "ORG" or last - first < 3 or first < 2:
            continue
        before = {doc[first - 1].lower_, doc[first - 2].lower_}
        if not before & CORE_HEADS and not (doc[first - 1].lower_ in ("of", "for") and doc[first - 2].lower_ in CORE_HEADS):
            continue
        tail = doc[last - 2 : last]
        if all(t.pos_ == "PROPN" and t.text.istitle() and t.lower_ not in _ORG_WORDS for t in tail) \
                and doc[last - 3].lower_ not in ("of", "for", "the"):
            found.append((last - 2, last, tail.text))
    if not found:
        return []
    by_name: dict[str, Entity] = {}
    for _, _, name in found:
        if len(name.split()) >= 2:
            by_name.setdefault(name.split()[-1].lower(), Entity("", "PERSON", name, None, None, ()))
    out = []
    for first, last, name in found:
        person = by_name.get(name.split()[-1].lower())
        if person is None or (len(name.split()) >= 2 and person.name != name):
            person = Entity("", "PERSON", name, None, None, ())
        out.append((first, last, person))
    # a one-word entity ("Penhallow", typed anything) that is one of these people's surname
    surnames = {p.name.split()[-1].lower(): p for _, _, p in out if len(p.name.split()) >= 2}
    for k, (first, last, e) in enumerate(spans):
        if e.id and len(e.name.split()) == 1 and e.type in ("PERSON", "ORG") and e.name.lower() in surnames:
            spans[k] = (first, last, surnames[e.name.lower()])
    return out
