"""Quotes: direct, indirect and mixed, each with its cue and speaker mention.

:func:`find_quotes` is a pure function over a parsed Doc. Direct quotes come from quotation-mark
regions (:mod:`wirecoder.stages.quotes.marks`), attributed to the cue verb in the same sentence after or
before the quote; indirect quotes from reporting verbs with a clausal complement, "according to",
"X told Y that", "..., saying that", and the reversed "CONTENT, X said" order; mixed quotes are
paraphrases that carry a quoted fragment. Speakers are resolved by :mod:`wirecoder.stages.quotes.speakers`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from types import EllipsisType
from typing import Iterable

from spacy.tokens import Doc, Span as SpacySpan, Token

from ...article import Dateline
from ...readers.dateline import find_dateline
from ...lexicon.cues import OBJECT_CONTENT_VERBS, SOURCE_NOUNS, SPEECH_VERBS
from ...lexicon.roles import (ANONYMOUS_HEADS, BODY_HEADS, CORE_HEADS, DOCUMENT_NOUNS, LEGAL_TEXTS,
                              ROLE_NOUNS as SPEAKER_NOUNS)
from .marks import QuoteRegion, find_quote_regions
from ...records import Entity, Quote, Speaker
from ...spans import Span, span_at
from .speakers import SpeakerResolver

__all__ = ["find_quotes"]

_TRIM = " \t\n,;:-–—"
_MIN_DIRECT_WORDS = 4  # shorter quoted stretches without a cue are scare quotes or titles


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    mention_token: int | None  # head token of the speaker mention (for resolution)
    possessor: int | None = None  # "X's press office quoted the official": X; "critics who": critics


def find_quotes(
    doc: Doc, entities: Iterable[Entity] = (), gazetteer=None, text: str | None = None,
    dateline: Dateline | None | EllipsisType = ...,
) -> tuple[Quote, ...]:
    """All quotes in ``doc``, in text order, with speakers resolved against ``entities`` (and,
    for bodies such as "police", the ``gazetteer``'s demonyms).

    ``text`` is ``doc.text`` (the article's text; pass it to spare rebuilding it); ``dateline``
    the article's dateline (None: it has none), read from the text when not given. The work is
    linear in the text and the number of quotes: the text is built once, quote regions and
    intervals are looked up by bisection, never by scanning every region or quote."""
    if text is None:
        text = doc.text
    regions = _Regions(find_quote_regions(text))
    found = [f for f in _direct_quotes(doc, text, regions) if _holds(f, len(text))]
    found += _indirect_quotes(doc, text, regions, found)
    if dateline is ...:
        read = find_dateline(text)
        dateline = read.dateline if read is not None else None
    if dateline is not None:  # "BRATISLAVA (AFP) - Slovakia will ban ...": not part of what was said
        floor = dateline.span.end
        found = [
            replace(f, start=_trim(text, floor, f.end)[0]) if f.start < floor < f.end else f
            for f in found
        ]
    found = [_through_closing_mark(f, regions) for f in found if _holds(f, len(text))]
    found.sort(key=lambda f: f.start)
    resolver = SpeakerResolver(doc, tuple(entities), gazetteer, text=text,
                               inside_quote=lambda i: regions.inside(i) is not None,
                               dateline_end=dateline.span.end if dateline is not None else 0,
                               agency=dateline.agency if dateline is not None else None,
                               quote_spans=tuple((f.start, f.end) for f in found))
    resolved = resolver.settle([
        resolver.resolve(f.mention, f.mention_token, f.possessor, f.start, f.cue) for f in found
    ])
    quotes = []
    for n, (f, r) in enumerate(zip(found, resolved), 1):
        mention = span_at(text, *r.mention) if r.mention else None
        entity_id, name = r.entity, r.name
        quotes.append(
            Quote(
                id=f"q{n}",
                kind=f.kind,  # type: ignore[arg-type]
                content=span_at(text, f.start, f.end),
                cue=span_at(text, *f.cue) if f.cue else None,
                speaker=Speaker(mention=mention, entity=entity_id, name=name),
            )
        )
    return tuple(quotes)


def _through_closing_mark(f: _Found, regions: _Regions) -> _Found:
    """A paraphrase that ends inside a quoted fragment runs through the fragment's closing mark
    (the parse ends the clause before the full stop inside the marks: "... resume “at the
    earliest possible date.”"); a direct quote is the marks' content and stays as it is."""
    if f.kind == "direct":
        return f
    region = regions.inside(f.end - 1) or regions.opened_at(f.end - 1)  # ends on the opening mark
    if region is None or region.close < 0 or region.open < f.start or not region.close >= f.end - 1:
        return f
    return replace(f, end=region.close + 1)


def _holds(f: _Found, n: int) -> bool:
    """A found quote whose content is non-empty and whose offsets lie inside the text (a content
    can come out empty when a complement is the word "that" alone: "said that that ...")."""
    spans = [(f.start, f.end), f.cue, f.mention]
    return f.start < f.end and all(s is None or 0 <= s[0] <= s[1] <= n for s in spans)


class _Regions:
    """The quote regions of a text (in order, disjoint) with bisection indexes over them."""

    def __init__(self, regions: list[QuoteRegion]) -> None:
        self.list = regions
        self.opens = [r.open for r in regions]
        self.starts = [r.start for r in regions]
        closed_before, last = [], -1
        for r in regions:
            closed_before.append(last)
            if r.close >= 0:
                last = r.close
        self.closed_before = closed_before  # the close of the last closed region before each

    def __iter__(self):
        return iter(self.list)

    def inside(self, i: int) -> QuoteRegion | None:
        """The region whose content holds character ``i``."""
        k = bisect_right(self.starts, i) - 1
        if k >= 0 and i < self.list[k].end:
            return self.list[k]
        return None

    def opened_at(self, i: int) -> QuoteRegion | None:
        """The region whose opening mark is character ``i``."""
        k = bisect_left(self.opens, i)
        if k < len(self.list) and self.list[k].open == i:
            return self.list[k]
        return None

    def holding(self, a: int, b: int) -> bool:
        """Whether one region's content holds all of ``[a, b)`` (``a < b``)."""
        k = bisect_right(self.starts, a) - 1
        return k >= 0 and b <= self.list[k].end

    def opening_in(self, a: int, b: int) -> list[QuoteRegion]:
        """The regions whose opening mark lies strictly between ``a`` and ``b``."""
        return self.list[bisect_right(self.opens, a) : bisect_left(self.opens, b)]

    def next_open_after(self, i: int) -> int | None:
        """The opening mark of the first region opened after character ``i``."""
        k = bisect_right(self.opens, i)
        return self.opens[k] if k < len(self.opens) else None


class _Intervals:
    """Character intervals taken by quotes, kept as a sorted disjoint union, so that "does
    ``[a, b)`` overlap any of them" costs a bisection, not a scan of every quote."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect_left(self.ends, a + 1)  # the first interval ending after a
        return k < len(self.starts) and self.starts[k] < b

    def add(self, a: int, b: int) -> None:
        if a >= b:
            return
        lo = bisect_left(self.ends, a)  # intervals ending before a stay apart
        hi = bisect_right(self.starts, b)  # intervals starting after b stay apart
        if lo < hi:
            a, b = min(a, self.starts[lo]), max(b, self.ends[hi - 1])
        self.starts[lo:hi] = [a]
        self.ends[lo:hi] = [b]


# -- helpers over tokens -------------------------------------------------------------------
def _is_cue(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "rule":  # "ruled out talks", "the court ruled that ..." speak; "the ruling party",
        # "ruled the country" do not
        return tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" or c.dep_ == "ccomp"
                                          for c in tok.children)
    if lemma == "call" and tok.dep_ == "relcl" and any(c.dep_ in ("dobj", "oprd") and c.tag_ in ("WDT", "WP")
                                                      for c in tok.children):
        return False  # "the islands, which China calls Diaoyu,": a name given, not words said
    return tok.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS


def _cue_span(tok: Token) -> tuple[int, int]:
    """The cue: the verb with its particle ("pointed out") or "in a statement"."""
    end = tok.idx + len(tok.text)
    for child in tok.children:
        if child.dep_ == "prt" and child.i == tok.i + 1:
            end = child.idx + len(child.text)
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i <= tok.i + 2 and any(
            g.lower_ in ("statement", "interview", "post", "tweet", "letter") for g in child.subtree
        ):
            # up to the noun's clause, if the parser hung the reported clause on it ("in a
            # statement that it would ...")
            clauses = [t for t in child.subtree if t.dep_ in ("acl", "relcl", "ccomp")
                       and t.head.lemma_.lower() in _STATEMENT_NOUNS]
            stop = min((c.left_edge.i for c in clauses), default=len(tok.doc))
            last = max((t for t in child.subtree if t.i < stop), key=lambda t: t.i)
            end = last.idx + len(last.text)
    return tok.idx, end


def _mention_of(tok: Token) -> tuple[tuple[int, int], int]:
    """The speaker mention: the noun phrase of ``tok`` without relative clauses or trailing
    appositions, as character offsets, and its head token."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "advcl"):
            break
        if child.dep_ == "punct":
            continue  # the comma before an apposition
        if child.dep_ == "appos":
            break  # the name as written, without its apposition ("Kim Sun-ok, 71")
        right = max(right, child.right_edge.i)
    doc = tok.doc
    bracket = next((k for k in range(tok.i + 1, right + 1) if doc[k].text == "("), None)
    if bracket is not None:  # "The Congress of South African Trade Unions (COSATU)": the name
        right = bracket - 1
    while left < right and doc[left].is_punct:
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    return (doc[left].idx, doc[right].idx + len(doc[right].text)), tok.i


_NP_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM"})


def _left_np(verb: Token) -> tuple[int, int] | None:
    """Token range (first, last) of a noun phrase standing right before ``verb`` after a comma:
    the subject of "CONTENT, Serbian President Aleksandar Vucic told ..." when the parser
    attached it elsewhere."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":  # "X also said", "X repeatedly stressed"
        k -= 1
    appositive = k >= 0 and doc[k].text == ","  # "the nominee, Donald Trump, tweeted"
    if appositive:
        k -= 1
    last = k

    def link(k: int) -> bool:  # "Minister for Ports and Inland Waterways": a title's inner links
        if not 0 < k < verb.i - 1:
            return False
        if doc[k].lower_ in ("of", "for", "and") and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper():
            return True
        # "the UN peacekeeping mission on the island said": a noun's place or owner
        # (a title before an apposed name runs longer: "the chief negotiator of the Christian
        # Democrats, Matthias Brenninger, said")
        return doc[k].lower_ in ("of", "on", "in", "for", "at") and doc[k].pos_ == "ADP" and \
            doc[k - 1].pos_ in ("NOUN", "PROPN") and doc[k + 1].pos_ in ("DET", "NOUN", "PROPN") and \
            verb.i - k <= (12 if appositive else 6)

    def acronym_paren(k: int) -> bool:  # a short form in brackets ending the phrase, right before the verb
        if doc[k].text == ")":
            return k == last and k >= 2 and doc[k - 2].text == "(" and doc[k - 1].text.isupper()
        return doc[k].text == "(" and k + 2 == last and doc[k + 2].text == ")" and doc[k + 1].text.isupper()

    def back(k: int) -> int:
        while k >= 0 and (doc[k].pos_ in _NP_POS or doc[k].text in ("'s", "’s", "[", "]", "-", ".") or link(k)
                          or acronym_paren(k)  # "the Senior Staff Association of Nigeria (PENGASSAN)"
                          or doc[k].tag_ == "POS"  # "the Farmers' Federation"
                          # "the ruling party's bloc", "the governing coalition": a participle modifier
                          or doc[k].dep_ == "amod" and doc[k].tag_ in ("VBG", "VBN") and k < doc[k].head.i < verb.i):
            if doc[k].text == "." and not (k > 0 and len(doc[k - 1].text) <= 3):
                break
            k -= 1
        return k

    k = back(k)
    if appositive and k >= 0 and doc[k].text == "," and k < last:
        k = back(k - 1)
    if last >= 0 and k < last and any(doc[j].pos_ in ("PROPN", "NOUN", "PRON") for j in range(k + 1, last + 1)):
        if k >= 0 and (doc[k].text == "," or doc[k].is_quote) or (appositive and k < 0):
            return k + 1, last
    return None


def _right_np(verb: Token) -> Token | None:
    """The head of a proper-noun phrase right after ``verb`` in inverted attributions."""
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) and doc[k].dep_ == "prt":
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("PROPN", "NOUN", "DET", "ADJ") or doc[k].ent_type_ in ("DATE", "TIME"):
        return None
    head = doc[k]
    while head.head.i != head.i and head.head.i > verb.i and head.dep_ in ("compound", "amod", "det", "poss"):
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != verb.i:
        return None  # "saying the move ignored ...": the subject of the reported clause
    return head if head.pos_ in ("PROPN", "NOUN") else None


_TITLE_LINKS = frozenset({"of", "for", "and", "the", "'s", "’s", "-"})


def _title_start(doc: Doc, first: Token) -> Token:
    """The start of the title before a reversed-order speaker's name, when the parser attached
    the title elsewhere: "…, Deputy Minister for Communities and Territories Development Taras
    Hnatyshyn said" → Deputy. Capitalised words and the links of a title's name, back to a comma;
    else ``first`` itself."""
    k = first.i - 1
    while k > first.sent.start and first.i - k <= 12 and (
            doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ")
            or doc[k].lower_ in _TITLE_LINKS):
        k -= 1
    if k < first.i - 1 and doc[k].text == "," and doc[k + 1].text[:1].isupper():
        return doc[k + 1]
    return first


def _asked_aside(verb: Token) -> Token | None:
    """The "asked" of "X, asked about the measures, said ..." when the parser took it for a
    clause of its own before ``verb`` (with X its subject): that token, else None."""
    doc = verb.doc
    for c in verb.lefts:
        if c.dep_ == "ccomp" and c.lemma_.lower() == "ask" and c.i > 0 and doc[c.i - 1].text == "," \
                and doc[verb.i - 1].text == "," and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children):
            return c
    return None


def _reported_participle(verb: Token) -> Token | None:
    """The cue of the reported clause a speech participle hangs on, when the parser attached
    ", arguing that ..." to what was said rather than to who said it ("Aasen said the
    government should discuss the proposal, arguing that revenues had risen": said), else
    None. The participle comes after a comma, and the clause it hangs on is the cue's
    complement, between the two."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    cue = clause.head
    if clause.dep_ != "ccomp" or not cue.i < clause.i < verb.i or not _is_cue(cue):
        return None
    return cue


# verbs whose passive subject is the one addressed ("was told by X that ..."), not the speaker
_ADDRESSED_PASSIVES = frozenset({"tell", "inform", "assure", "warn", "advise", "brief", "remind", "promise"})


def _passive_teller(verb: Token) -> Token | None:
    """The agent of a passive verb of telling ("Szijjarto was told by Sikorski that Poland would
    not back down": Sikorski), whose passive subject is only the one told; else None."""
    if verb.lemma_.lower() not in _ADDRESSED_PASSIVES or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def _subject(verb: Token) -> Token | None:
    aside = _asked_aside(verb)
    if aside is not None:  # "Japanese Trade Minister Yoji Muto, asked about the measures, said"
        return next(s for s in aside.children if s.dep_ == "nsubj" and s.i < aside.i)
    told = _passive_teller(verb)
    if told is not None:  # "Szijjarto was told by Sikorski that ...": Sikorski speaks
        return told
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:  # the one nearest the verb ("12:15 p.m.\n\nDonald Trump says": Trump)
        before = [c for c in subjects if c.i < verb.i]
        if len(before) >= 2 and before[-1].pos_ == "PRON" and any(
                c.dep_ in ("relcl", "acl") and c.right_edge.i == before[-1].i - 1 for c in before[-2].children):
            # "The drivers' association that organized it said": "it" is the relative clause's
            # object, which the parser took for a second subject
            return before[-2]
        return before[-1] if before else subjects[0]
    np = _left_np(verb)
    if np is not None:  # the parser attached the subject elsewhere: take the phrase itself
        return verb.doc[np[1]]
    outer = verb.head.head if verb.dep_ == "conj" else None
    if outer is not None and verb.head.dep_ in ("acl", "relcl") and outer.dep_ == "pobj" \
            and outer.head.dep_ == "prep" and _is_cue(outer.head.head) \
            and verb.head in _statement_clause(outer.head.head):
        # "X said in a statement that the court respected ... but urged ...": the clause hung
        # on the statement noun is the reported one; the second verb is X's
        outer = outer.head.head
    if outer is not None and verb.head.dep_ in ("ccomp", "acl", "relcl") and _is_cue(outer) and outer.i < verb.i \
            and not _is_cue(verb.head):
        # "X wrote that guards had forced ... and accused Warsaw of ...": the parser hung the
        # second verb on the reported clause; it is X's
        inherited = _subject(outer)
        if inherited is not None:
            return inherited
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        # "CONTENT, X said on Tuesday, ruling out ...": the parser hung the participle on the
        # reported clause; it is the speaker's, whose cue stands between the two
        cue = next((c for c in verb.head.children if verb.head.i < c.i < verb.i
                    and c.dep_ in ("conj", "parataxis", "ccomp") and _is_cue(c)), None)
        if cue is not None:
            inherited = _subject(cue)
            if inherited is not None:
                return inherited
    reported = _reported_participle(verb)
    if reported is not None:  # "X said the government should ..., arguing that ...": X argues
        inherited = _subject(reported)
        if inherited is not None:
            return inherited
    if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i < verb.i:
        inherited = _subject(verb.head)  # "X welcomed the extension but accused the army of ..."
        if inherited is not None:
            return inherited
    root = verb.sent.root
    if root.pos_ in ("PROPN", "NOUN") and root.i < verb.i and verb.dep_ in ("acl", "relcl", "advcl", "conj") \
            and any(c.dep_ == "relcl" and c.i < verb.i for c in root.children) \
            and (root.i == verb.sent.start or root.left_edge.i == verb.sent.start and root.pos_ == "NOUN"):
        # ("A youth movement that organised last year's protests called on ...": the same,
        # the verb hung on the relative clause's object)
        # "Ristovski, who led the talks in March, accused Sofia of ...": the parser took the
        # name for the sentence and the verb for a modifier of a noun in the relative clause
        return root
    opening = next((c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i == verb.sent.start), None)
    if opening is not None:
        # "In Norway, whose boats ..., Erik Solheim, who ..., told", "Speaking in Harlem,
        # Clinton, without naming him, accused": the name hangs as an apposition inside the
        # opening phrase of the verb
        for t in reversed(verb.doc[opening.i : opening.right_edge.i + 1]):
            if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                return t
    # "..., said Jon Doggett": a speech verb's inverted subject; the object of another verb
    # ("asked the mayor to close the city market, saying ...") never speaks
    inverted = _right_np(verb) if verb.lemma_.lower() not in _TARGETING and _is_cue(verb) else None
    if inverted is not None:  # "..., said Jon Doggett, executive vice president of ..."
        return inverted
    for child in verb.children:  # passive: "was told by X"
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        above = _subject(verb.head)
        if above is not None or verb.head.pos_ in ("VERB", "AUX"):
            return above
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)  # "X responded by saying", "X said before adding"
    if verb.dep_ in ("conj", "pcomp"):
        # "He called it “shameful” and called on leaders ..." (the second verb hung on the
        # first one's object), "X makes no apologies for accusing ...": the subject of the
        # nearest verb above, before it
        for anc in verb.ancestors:
            if anc.pos_ in ("VERB", "AUX") and anc.i < verb.i:
                subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < anc.i), None)
                if subj is not None and subj.tag_ not in ("WDT", "WP", "EX"):
                    return subj
                break
    return None


def _speaker(verb: Token) -> tuple[tuple[int, int] | None, int | None, int | None]:
    """Mention, head token, possessor for the speaker of cue ``verb``."""
    possessor = None
    if verb.lemma_ == "quote":  # "X quoted Y as saying": Y speaks
        for child in verb.children:
            if child.dep_ == "dobj":
                subj = _subject(verb)
                if subj is not None:
                    possessor = next((c.i for c in subj.children if c.dep_ == "poss"), None)
                mention, head = _mention_of(child)
                return mention, head, possessor
    subj = _subject(verb)
    if subj is None:
        return None, None, None
    if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        # "critics who say ...": the mention is "who", the speaker the noun it stands for
        return (subj.idx, subj.idx + len(subj.text)), subj.i, verb.head.i
    if subj.head.i != verb.i and subj.i < verb.i:
        np = _left_np(verb)
        if np is not None and np[1] == subj.i:
            doc = verb.doc
            # the phrase's own head: "the leader of the ruling party's bloc said" is the leader
            root = doc[np[0] : np[1] + 1].root
            return (doc[np[0]].idx, doc[np[1]].idx + len(doc[np[1]].text)), root.i, None
    if subj.i < verb.i:
        person = _person_in_apposition(subj)
        if person is not None:  # "..., Second Thomas Shoal, Defense Secretary X said": X
            subj = person
    mention, head = _mention_of(subj)
    first = _coordinated_subject(verb, subj)
    if first is not None:  # "the ministry said ... and it urged ...": it is the ministry
        head = first.i
    return mention, head, None


_NEUTER = frozenset({"it", "they"})
_PERSONAL = frozenset({"he", "she"})


def _coordinated_subject(verb: Token, subj: Token) -> Token | None:
    """For a pronoun subject of a speech verb coordinated with an earlier one ("India's commerce
    ministry said ... and it urged Brussels ...", "Vucic said ... and he added ..."), the earlier
    verb's subject, when it is no pronoun and agrees ("it" no person, "he"/"she" no institution
    or place), else None: the two verbs have one speaker."""
    lower = subj.lower_
    if subj.pos_ != "PRON" or lower not in _NEUTER | _PERSONAL or verb.dep_ != "conj":
        return None
    outer = verb.head
    if not _is_cue(outer) or outer.i > verb.i:
        return None
    first = next((c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < outer.i), None)
    if first is None or first.pos_ == "PRON" or first.tag_ in ("WDT", "WP"):
        return None
    person = first.ent_type_ == "PERSON"
    if lower in _PERSONAL and (first.ent_type_ in ("ORG", "GPE", "NORP") or first.tag_ in ("NNS", "NNPS")):
        return None
    if lower == "it" and (person or first.tag_ in ("NNS", "NNPS")):
        return None
    if lower == "they" and (person or first.tag_ not in ("NNS", "NNPS") and first.ent_type_ not in ("ORG", "NORP")):
        return None
    return first


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


# -- direct quotes -------------------------------------------------------------------------
def _window_after(doc: Doc, text: str, region: QuoteRegion, regions: _Regions) -> list[Token]:
    """Tokens after the closing mark up to the end of the sentence (or the next quote)."""
    if region.close < 0:
        return []
    if text[region.start : region.end].rstrip("’”\"'").endswith("."):
        return []  # “... on the table.” He accused ...: the next sentence is not its attribution
    stop = regions.next_open_after(region.close)
    if stop is None:
        stop = len(text)
    nl = text.find("\n", region.close, stop)  # bounded by the next quote: linear over all quotes
    if nl >= 0:
        stop = nl
    out = []
    first = doc.char_span(region.close + 1, stop, alignment_mode="expand")
    if first is None:
        return []
    for tok in first:
        if tok.idx <= region.close:
            continue
        out.append(tok)
        if tok.text in (".", "!", "?") and tok.i > first.start:
            break
    return out


def _window_before(doc: Doc, text: str, k: int, regions: _Regions) -> list[Token]:
    """Tokens from the start of the sentence (or the previous quote) up to the opening mark of
    region ``k``."""
    region = regions.list[k]
    start = regions.closed_before[k] + 1
    nl = text.rfind("\n", start, region.open)  # bounded by the previous quote
    start = max(start, nl + 1)
    span = doc.char_span(start, region.open, alignment_mode="contract")
    if span is None or not len(span):
        return []
    toks = list(span)
    for k in range(len(toks) - 1, -1, -1):  # only the current sentence
        if toks[k].text in (".", "!", "?"):
            return toks[k + 1 :]
    return toks


def _short_said(text: str, region: QuoteRegion, cue_after: bool) -> bool:
    """A short quote that is a sentence of its own, with its cue after it ("“Not today,” he
    said.", "“Absolutely not!” the minister replied."): two or three words that open a sentence
    or a paragraph and end with a comma, a question or an exclamation mark inside the marks.
    A phrase in marks within a sentence stays a scare quote."""
    content = text[region.start : region.end].rstrip()
    if not cue_after or len(content.split()) < 2 or content[-1:] not in (",", "!", "?"):
        return False
    lead = text[: region.open].rstrip(" \t")
    return not lead or lead[-1] in ".!?\n"


def _short_after_colon(text: str, region: QuoteRegion) -> bool:
    """A short sentence in marks after a cue and a colon: "he said, adding: “It is dead.”"."""
    content = text[region.start : region.end].rstrip()
    return len(content.split()) >= 2 and content[-1:] in (".", "!", "?") and text[: region.open].rstrip().endswith(":")


_SCARE_LEADS = ("so-called", "so called", "dubbed", "called", "titled", "entitled", "named", "term", "word")


def _is_scare(text: str, region: QuoteRegion) -> bool:
    """Scare quotes, titles and names: short, and either led by "so-called" and the like or
    without a verb-like shape (no sentence punctuation inside)."""
    words = text[region.start : region.end].split()
    lead = text[max(0, region.open - 12) : region.open].lower().rstrip()
    if lead.endswith(_SCARE_LEADS):
        return True
    if len(words) == 2 and words[-1].endswith((".", "!", "?")) and not words[-1][:-1].count("."):
        return False  # "of “deliberate provocation.”": a fragment that ends a sentence is speech
    return len(words) < 3


def _direct_quotes(doc: Doc, text: str, regions: _Regions) -> list[_Found]:
    found: list[_Found] = []
    nested = _nested_cues(doc)
    previous: _Found | None = None
    for k, region in enumerate(regions):
        words = len(text[region.start : region.end].split())
        # a cue after the closing mark with a complement of its own ("accused X of “…” and
        # said her bloc would …") is a new attribution, not this quote's
        window = _window_after(doc, text, region, regions)
        joined = next((t.i for t in window if t.pos_ == "CCONJ" and t.head.pos_ in ("VERB", "AUX")),
                      None)  # "“…” and described …"; not "Water Resources and Irrigation Minister"
        after = [t for t in window if _is_cue(t) and not _law_provides(t) and (joined is None or t.i < joined)
                 and not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)]
        # not a participle modifying a noun ("the mobilization announced by Asmara was “…”")
        # nor the reporter's question ("Asked whether X would accept the “partner” status, ...")
        lead_in = _window_before(doc, text, k, regions)
        law = next((t.i for t in reversed(lead_in) if _law_provides(t)), None)
        before = [t for t in lead_in if _is_cue(t)
                  and not (t.dep_ == "acl" and t.tag_ == "VBN") and not _reporters_question(t)
                  and (law is None or t.i > law)  # "..., which says the debt “shall not ...”": the law's words
                  and not _under_according_to(t)]
        cue = after[0] if after else (_reporting(before) if before else None)
        if cue is None and words >= _MIN_DIRECT_WORDS and text[max(0, region.open - 40) : region.open].rstrip().endswith(":"):
            # "Arzamendi listed the union's demands: “…”", "He then addressed the president
            # directly: “…”": the verb before the colon introduces the quote
            cue = _colon_verb(_window_before(doc, text, k, regions))
        mixed_start = None
        if cue is not None and not after:
            # "Vucic said that although ... but “everyone must remember ...”": a fragment inside
            # a paraphrase makes a mixed quote; a colon or comma before the mark keeps it direct.
            lead = text[cue.idx + len(cue.text) : region.open]
            lead_tokens = doc.char_span(cue.idx + len(cue.text), region.open, alignment_mode="contract")
            if lead.strip() and lead.rstrip().endswith(",") and not _clause_in_lead(lead, lead_tokens) \
                    and not _subject_before_fragment(cue, region):
                lead = ""  # "He said, “…”", "told reporters on Monday, “…”": direct
            if lead.strip() and not lead.rstrip().endswith(":"):
                that = _that_in(lead_tokens)  # "said in a statement that Moscow “…”"
                clausal = (
                    any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)
                    or lead.lstrip().lower().startswith("that ") or that is not None
                    # a verb of the lead's own clause; not a participle of a noun ("controls,
                    # known locally as the “cepo,”", "the summit, held under the theme “…”")
                    or (lead_tokens is not None and any(
                        t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBN" and t.dep_ in ("acl", "amod"))
                        for t in lead_tokens))
                )
                if not clausal:
                    continue  # a title or name after a verb ("called the film “...”"): not a quote
                mixed_start = _content_start_after(cue) if that is None or any(
                    c.dep_ == "ccomp" for c in cue.children) else that
                act = _participle_act(cue, region.open) if mixed_start < cue.idx or not any(
                    c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) else None
                if act is not None:  # "..., the AU said, offering to host talks “…”"
                    participle, first = act
                    mixed_start = first.idx
                    mention, head, possessor = _speaker(cue)
                    found.append(_Found("mixed", *_trim(text, mixed_start, region.end),
                                        _cue_span(participle), mention, head, possessor))
                    previous = found[-1]
                    continue
                if mixed_start < cue.idx:
                    continue  # the paraphrase would start before its own cue
        if cue is None:
            lead_end = region.open  # blank back to the line start: the quote opens a paragraph
            while lead_end > 0 and text[lead_end - 1] != "\n" and text[lead_end - 1].isspace():
                lead_end -= 1
            opens_paragraph = lead_end == 0 or text[lead_end - 1] == "\n"
            follows_cue = (
                previous is not None and previous.cue is not None
                and previous.end < previous.cue[0] < region.open
                and text[previous.cue[1] : region.open].count("\n") == 0
            )
            if previous is not None and (opens_paragraph or follows_cue) and words >= _MIN_DIRECT_WORDS:
                found.append(
                    _Found("direct", region.start, region.end, previous.cue, previous.mention,
                           previous.mention_token, previous.possessor)
                )
                previous = found[-1]
            continue
        if words < _MIN_DIRECT_WORDS and mixed_start is None and not _short_said(text, region, bool(after)) \
                and not (before and _short_after_colon(text, region)):
            continue  # scare quotes, titles, single words: not quotes
        mention, head, possessor = _speaker(cue)
        if not after and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            outer = _outermost(before)
            if outer is not cue:  # "X welcomed the remarks but said ...": X speaks
                mention, head, possessor = _speaker(outer)
        if mention is not None and region.start <= mention[0] < region.end and after:
            # the parser took a word of the quote as subject: “Like Oakland. Or Ferguson,” Trump said
            np = _np_between(doc, region.close + 1, cue.idx)
            mention, head = np if np is not None else (None, None)
        if after and mixed_start is None and (lead := _paraphrase_before(cue, region, text)) is not None:
            mixed_start = lead  # "China will continue the patrols “as long as Japan keeps provoking,” Li said"
        if mixed_start is not None and any(f.end > mixed_start for f in found):
            mixed_start = None  # a paraphrase reaching back into a quote already found: this one is direct
        if mixed_start is not None and mixed_start < region.open:
            end = region.end
            comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
            if comp is not None and region.close >= 0 and comp.right_edge.idx > region.close:
                end = max(region.end, _end_before_nested_cue(doc, comp, comp.right_edge, nested))
            start, end = _trim(text, mixed_start, end)
            found.append(_Found("mixed", start, end, _cue_span(cue), mention, head, possessor))
        else:
            found.append(_Found("direct", region.start, region.end, _cue_span(cue), mention, head, possessor))
        previous = found[-1]
    return found


def _colon_verb(tokens: list[Token]) -> Token | None:
    """The main verb of the clause before a colon that introduces a quote, when its subject
    (before it) can speak: a name, a personal pronoun, a role, institution or document noun
    ("The ministry's statement read: “…”"); a copula too ("Finance Minister Ruth Adeyemi was
    blunt: “…”"); else None."""
    if not tokens:
        return None
    last = tokens[-1].i
    for tok in reversed(tokens):
        # the clause's own verb (the parser may hang it on a verb inside the quote)
        copula = tok.pos_ == "AUX" and any(c.dep_ in ("acomp", "attr") for c in tok.children)
        if tok.pos_ != "VERB" and not copula or not (tok.dep_ in ("ROOT", "conj") or tok.head.i > last):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None:
            return None
        if subj.lower_ in ("he", "she", "they", "we", "i") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
                or subj.pos_ == "PROPN" or subj.lemma_.lower() in CORE_HEADS \
                or subj.lemma_.lower() in DOCUMENT_NOUNS | BODY_HEADS and not copula:
            return tok
        return None
    return None


def _under_according_to(tok: Token) -> bool:
    """Whether ``tok`` lies in a sentence opened by "According to X," (what X says, a cue inside
    it included: a nested attribution counts once, by the outer source)."""
    sent = tok.sent
    k = sent.start
    while k < tok.i and (tok.doc[k].is_punct or tok.doc[k].is_space):
        k += 1
    return k + 1 < tok.i and tok.doc[k].lower_ == "according" and tok.doc[k + 1].lower_ == "to"


def _subject_before_fragment(cue: Token, region: QuoteRegion) -> bool:
    """Whether the cue's reported clause has its verb inside the quoted fragment and its subject
    before the mark: "said the remaining benchmark, on narrowing the law, “will not be met ...”"
    is one mixed quote, the commas only setting off an aside."""
    for comp in cue.children:
        if comp.dep_ != "ccomp" or not region.open < comp.idx < region.close:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and cue.idx < c.idx < region.open for c in comp.children):
            return True
    return False


def _clause_in_lead(lead: str, tokens) -> bool:
    """Whether the words between a cue and a fragment after a comma start a paraphrase of
    their own ("said such a decision belonged to the Assembly, “not to me ...”", "told the
    ceremony that the workers, “including ...,” had endured"): a "that", or the verb of the
    cue's complement clause."""
    if tokens is None:
        return False
    # the cue's own complement clause; not a relative clause or an adjunct ("call for ...,
    # looping the streets around the stadium where the Panthers played ... while chanting, “…”")
    return " that " in f" {lead.lower()} " or any(
        t.pos_ in ("VERB", "AUX") and t.dep_ == "ccomp" and _is_cue(t.head) for t in tokens)


def _that_in(tokens) -> int | None:
    """After "said in a statement that": where the clause after "that" starts (the parser may
    hang it on the noun: "statement that Moscow welcomes"), or None."""
    if tokens is None:
        return None
    toks = list(tokens)
    for k, t in enumerate(toks[:-1]):
        if t.lower_ == "that" and k > 0 and toks[k - 1].lower_ in _STATEMENT_NOUNS:
            return toks[k + 1].idx
    return None


#: Audiences a verb of telling names before what it reports ("told reporters the talks had stalled").
_AUDIENCES = frozenset("""reporters journalists lawmakers legislators supporters parliament delegates
diplomats senators""".split())
#: Verbs of telling whose addressee comes before the reported clause.
_TELLING = frozenset({"tell", "inform", "assure", "remind", "warn"})


def _before_gloss(comp: Token, last: Token) -> Token:
    """The end of a reported clause before the narrator's gloss on it, an indefinite noun
    phrase after a comma that runs to the clause's end: "said the government would raise fuel
    taxes, a move that critics said would hurt the poor", "said Kenya would not raise taxes, a
    day after protests in Nairobi", "said police would use force, a warning rights groups
    condemned"."""
    doc = comp.doc
    for t in comp.subtree:
        if t.dep_ in ("npadvmod", "appos") and t.right_edge.i == last.i and t.left_edge.lower_ in ("a", "an") \
                and t.left_edge.i - 2 > comp.left_edge.i and doc[t.left_edge.i - 1].text == ",":
            return doc[t.left_edge.i - 2]
    return last


def _addressee_clause(cue: Token) -> list[Token]:
    """The reported clause the parser took for a relative clause of the addressee: "told a news
    conference the government would not resign" (resign: relcl of conference). A relative with
    its own subject right after the addressee and no relative word is what was told."""
    if cue.lemma_.lower() not in _TELLING:
        return []
    for obj in cue.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < cue.i:
            continue
        for clause in obj.rights:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            inner = {t.i for t in clause.subtree}
            end = max(t.i for t in obj.subtree if t.i not in inner)  # "a news conference (in Lisbon)"
            if clause.dep_ == "relcl" and subject is not None and subject.left_edge.i == end + 1 \
                    and subject.tag_ not in ("WDT", "WP", "WP$") and not any(
                        t.tag_ in ("WDT", "WP", "WP$") for t in subject.subtree):
                return [clause]
    return []


def _statement_clause(cue: Token) -> list[Token]:
    """The reported clause the parser hung on the noun of a phrase between the cue and it:
    "said in a statement that it would challenge ...", "told reporters after the vote that he
    would bring ...": the clause with its "that" and a subject of its own (not a relative clause:
    "said in a statement that was posted ..."), as a one-item list, else empty. The phrase is
    "in" a statement noun, or a time phrase ("after", "before", "during", "following", "at"),
    whose noun takes no reported clause of its own."""
    for prep in cue.rights:
        if prep.dep_ != "prep" or prep.i > cue.i + 2 or prep.lower_ not in ("in", *_TIME_PREPOSITIONS):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or prep.lower_ == "in" and noun.lemma_.lower() not in _STATEMENT_NOUNS:
                continue
            # the clause on the noun, or on a noun of its complement ("after a meeting of EU
            # interior ministers that Budapest would never accept ...")
            nouns = [noun] + [t for t in noun.subtree if t.dep_ == "pobj" and t.i > noun.i] \
                if prep.lower_ != "in" else [noun]
            for owner in nouns:
                for clause in owner.rights:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and clause.pos_ in ("VERB", "AUX") \
                            and _that_complement(clause):
                        return [clause]
    return []


def _that_complement(clause: Token) -> bool:
    """Whether a clause is a "that" complement with a subject of its own: "that" its mark, or a
    "that" the parser took for a relative pronoun object of a verb that has another object
    ("that Vienna would never accept the new rules")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    that = clause.left_edge
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return that.lower_ == "that" and that.dep_ == "dobj" and that.head.i == clause.i and len(objects) >= 2


_STATEMENT_NOUNS = frozenset({"statement", "interview", "post", "tweet", "letter", "briefing",
                              "speech", "conference", "message", "release", "report"})
_TIME_PREPOSITIONS = ("after", "before", "during", "following", "at")


def _reporting(cues: list[Token]) -> Token:
    """Of the cues before a quote, the last one, or the cue whose reported clause holds it
    ("Ghanbarzadeh said Iran welcomed any investment and was “ready …”": said, not welcomed;
    nested attributions count once, by the outer speaker)."""
    cue = cues[-1]
    if cue.dep_ != "ccomp":  # "… and warned that …": a second verb of its own, not a nested one
        return cue
    ids = {c.i for c in cues}
    node = cue
    while node.head.i != node.i and node.dep_ in ("ccomp", "conj", "xcomp"):
        if node.dep_ == "conj" and node.i in ids:
            break  # "condemned the attack and said it would not agree to “…”": said is its own cue
        node = node.head
        if node.i in ids:
            cue = node
    return cue


def _outermost(cues: list[Token]) -> Token:
    """Of the cues before a quote, the last one, or the cue it depends on ("X welcomed the
    remarks but said Bulgaria expected ...": welcomed; "X urged ..., saying ...": urged)."""
    cue = cues[-1]
    ids = {c.i for c in cues}
    node = cue
    while node.head.i != node.i and node.dep_ in ("conj", "advcl", "xcomp", "ccomp", "pcomp", "prep"):
        node = node.head
        if node.i in ids:
            cue = node
    return cue


def _paraphrase_before(cue: Token, region: QuoteRegion, text: str) -> int | None:
    """Where the paraphrase begins when a fragment closes a clause the cue after it reports: the
    cue's complement starts before the opening mark, in the same sentence, with its verb outside
    the marks ("China will continue the patrols “as long as Japan keeps provoking,” Li said");
    None when the complement lies inside the marks (a plain direct quote)."""
    for comp in cue.children:
        if comp.dep_ != "ccomp" or comp.i > cue.i or not comp.idx < region.open:
            continue
        first = comp.left_edge
        if first.dep_ == "mark" or first.lower_ == "that":
            first = cue.doc[first.i + 1]
        if first.sent.start == cue.sent.start and first.idx < region.open and first.i < comp.i \
                and "\n" not in text[first.idx:region.open]:
            return first.idx
    return None


def _np_between(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """The noun phrase between a closing quote mark and its cue ("Trump" in “...,” Trump said)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
        return None
    return (words[0].idx, words[-1].idx + len(words[-1].text)), words[-1].i


def _content_start_after(cue: Token) -> int:
    """Where a paraphrase begins after its cue: after "that", else right after the cue."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ == "ccomp" and child.i > cue.i:  # a complement before the cue is another quote
            first = child.left_edge
            if first.dep_ == "mark" or first.lower_ == "that":
                first = doc[first.i + 1]
            return first.idx
    nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else cue
    that = next((t for t in doc[cue.i + 1:cue.sent.end] if t.dep_ == "mark" and t.lower_ == "that"), None)
    if that is not None and that.i + 1 < len(doc) and all(
            t.is_punct or any(a.i == cue.i and d.dep_ in ("dobj", "dative", "prep", "npadvmod")
                              for d in (t, *t.ancestors) for a in (d.head,)) for t in doc[cue.i + 1:that.i]):
        return doc[that.i + 1].idx  # "told lawmakers before the vote that ...", the clause hung on "vote"
    if nxt.lower_ == "that" and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
    return nxt.idx


def _participle_act(cue: Token, before: int) -> tuple[Token, Token] | None:
    """", offering to host talks “…”" after a cue: the participle that hangs on the cue and its
    infinitive complement, when the complement starts before character ``before`` (the
    fragment's opening mark): (participle, first token of the complement), else None."""
    for child in cue.rights:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.tag_ == "VBG" and child.idx < before \
                and cue.doc[child.i - 1].text == ",":
            # "to host talks": an infinitive (the parser may take "to" for a preposition)
            comp = next((c for c in child.rights if c.dep_ in ("xcomp", "ccomp", "prep")), None)
            to = comp.left_edge if comp is not None else None
            if to is not None and to.idx < before and to.lower_ == "to" and to.i + 1 < len(cue.doc) \
                    and cue.doc[to.i + 1].pos_ in ("VERB", "NOUN") and cue.doc[to.i + 1].tag_ in ("VB", "NN"):
                return child, comp.left_edge
    return None


# -- indirect quotes -----------------------------------------------------------------------
def _indirect_quotes(doc: Doc, text: str, regions: _Regions, direct: list[_Found]) -> list[_Found]:
    taken = _Intervals()
    for f in direct:
        taken.add(f.start, f.end)
    cues_used: dict[tuple[int, int], list[int]] = {}  # cue → starts of its direct quotes
    for f in direct:
        if f.cue:
            cues_used.setdefault(f.cue, []).append(f.start)
    nested = _nested_cues(doc)
    found: list[_Found] = []

    def add(kind: str, a: int, b: int, cue: tuple[int, int], verb: Token | None, speaker=None) -> None:
        a, b = _trim(text, a, b)
        if b - a < 3 or taken.overlaps(a, b):
            return
        if verb is not None and text[a:b].lower().startswith("according to"):
            return  # "According to Feldkamp, the two sides agreed ...": an attribution, not what was said
        if cue in cues_used and not all(_colon_before(text, b, start) for start in cues_used[cue]):
            return
        if regions.holding(a, b):
            return
        if speaker is None:
            mention, head, possessor = _speaker(verb) if verb is not None else (None, None, None)
        else:
            mention, head, possessor = speaker
        if mention is not None and a <= mention[0] < b:
            return  # the speaker inside the content: a bad parse, not a quote
        if any(not _is_scare(text, r) for r in regions.opening_in(a, b)):
            kind = "mixed"
        found.append(_Found(kind, a, b, cue, mention, head, possessor))
        taken.add(a, b)

    for tok in doc:
        if regions.inside(tok.idx):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            _according_to(doc, tok, add)
            continue
        if not _is_cue(tok):
            continue
        if _reporters_question(tok) or _unsaid(tok):
            continue
        if tok.dep_ == "ccomp" and tok.head.i > tok.i and _is_cue(tok.head) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children) \
                and tok.lemma_.lower() not in _SAYING:
            # "X has demanded that France pay ..., the ministry said": the inner act is part
            # of what the outer speaker said (a nested attribution counts once); "X said that
            # ..., officials said" stays X's words
            continue
        aside = _asked_aside(tok)
        ccomps = [c for c in tok.children if c.dep_ == "ccomp" and not _possessive_phrase(c)
                  and (aside is None or c.i != aside.i) and not _across_paragraphs(text, tok, c)] \
            or _statement_clause(tok) or _addressee_clause(tok)
        cue = _cue_span(tok)
        shaped = _object_complement(tok)
        if shaped is not None:
            # "urged X to ...", "called on X to ...", "accused X of ...", "described X as ...",
            # "ruled out X": the object and its complement are what was said
            first_tok, last_tok = shaped
            cut = next((t for t in doc[first_tok.i + 1 : last_tok.i + 1]
                        if t.lower_ == "without" and doc[t.i - 1].text == ","), None)
            if cut is not None:  # "urged X to ..., without saying what steps ...": narration
                last_tok = doc[cut.i - 2]
            last_tok = _before_law_clause(doc, first_tok, last_tok)
            k = bisect_right(nested, first_tok.i)
            if k < len(nested) and nested[k] <= last_tok.i and _first_of_verb(doc[nested[k]]) - 2 > first_tok.i:
                last_tok = doc[_first_of_verb(doc[nested[k]]) - 2]  # "urged X to ..., saying ...": a quote of its own
            a, b = first_tok.idx, last_tok.idx + len(last_tok.text)
            if _bare_noun_ruled_out(tok, first_tok, last_tok) and not any(
                    not _is_scare(text, r) for r in regions.opening_in(a - 1, b)):
                continue  # "has ruled out a new early release scheme": an act, not a quote
            if _CHARGE.get(tok.lemma_.lower()) == ("as",) and not any(
                    not _is_scare(text, r) for r in regions.opening_in(a - 1, b)):
                continue  # "described the mood as “tense”": a label, not a quote
            add("indirect", a, b, cue, tok)
            continue
        quoting = _quoting_verb(tok)
        if quoting is not None:  # "X quoted Y as saying that ...": the cue is "quoted", Y speaks
            if ccomps:
                comp = ccomps[-1]
                a = comp.left_edge
                if a.dep_ == "mark" or a.lower_ == "that":
                    a = doc[a.i + 1]
                add("indirect", a.idx, comp.right_edge.idx + len(comp.right_edge.text),
                    _cue_span(quoting), quoting)
            continue
        if ccomps:
            comp = ccomps[-1] if ccomps[-1].i > tok.i else ccomps[0]
            if comp.i > tok.i and ccomps[0].i < tok.i and not any(
                    c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in comp.children):
                # "CONTENT, X said Wednesday, two days after Y boarded ...": the complement
                # before the verb is what was said, the clause after it a time adverbial
                comp = ccomps[0]
            if _asks(tok, comp):
                continue  # "questioned whether the money would ...": a question, not a claim
            a = comp.left_edge
            if a.dep_ == "mark" or a.lower_ == "that":
                if a.i + 1 > comp.right_edge.i:
                    continue  # "said that" and nothing after it: nothing said
                a = doc[a.i + 1]
            if tok.lemma_.lower() in _TELLING and comp.i > tok.i and a.i == tok.i + 1 and a.lower_ in _AUDIENCES \
                    and a.i < comp.i - 1:
                a = doc[a.i + 1]  # "told reporters Zambia's debt was ...": the parser took the audience in
            b = comp.right_edge
            if comp.i < tok.i:
                # "CONTENT, X said": the complement runs from the sentence start to the comma
                b_end = _clause_end_before(doc, tok)
                add("indirect", a.idx, b_end, cue, tok)
            else:
                b = _before_gloss(comp, b)
                add("indirect", a.idx, _end_before_nested_cue(doc, comp, b, nested), cue, tok)
            continue
        if _parenthetical(doc, tok):
            # "Despite the expansion, he noted, spending is in danger ...": the whole sentence;
            # "About 300 people gathered ..., police said, and three were arrested": the clause
            # before it, the one after a conjunction being the narrator's
            sent = tok.sent
            before = _clause_before_aside(doc, tok)
            if before is not None:
                add("indirect", sent[0].idx, before, cue, tok)
            else:
                add("indirect", sent[0].idx, sent[-1].idx + len(sent[-1].text), cue, tok)
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        fragment = _misread_clause(obj, regions) if obj is not None and obj.pos_ != "PRON" \
            and tok.lemma_.lower() in _SAYING else None
        if fragment is not None:
            # "said the protest “risks dividing workers ...”": the parser took the reported
            # clause, its verb inside the fragment, for a noun object; it ends with the fragment
            add("indirect", obj.left_edge.idx, fragment.close + 1, cue, tok)
            continue
        if obj is not None and tok.lemma_.lower() in OBJECT_CONTENT_VERBS and obj.pos_ != "PRON":
            # "announced his engagement", "called the merger “a terrible deal”"
            end = obj.right_edge
            for c in tok.rights:
                if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i:
                    end = c.right_edge
                elif tok.lemma_.lower() == "call" and c.dep_ == "prep" and c.i > obj.i and any(
                        obj.right_edge.idx < r.open < c.idx for r in regions):
                    end = c.right_edge  # "called any extension “out of the question”": the judgement quoted
            last_word = max((t for t in obj.subtree if not t.is_punct), key=lambda t: t.i, default=obj)
            after_obj = last_word.idx + len(last_word.text)  # not past an opening mark the parser hung on it
            quoted = any(obj.left_edge.idx <= r.open < end.idx + len(end.text) for r in regions)
            if tok.lemma_.lower() == "call":
                quoted = any(after_obj <= r.open < end.idx + len(end.text) <= r.close + 1 for r in regions)
                # the judgement quoted to its end, not a title before it ("the film “Gone with the Wind” a classic")
            # "welcomed the decision", "criticized the closure": a noun object alone is an event,
            # not a quote (unless it carries a quoted fragment)
            if tok.lemma_.lower() == "call" and not quoted:
                continue  # "called the film “Gone with the Wind” a classic"
            # a noun object alone is an act, not a quote ("claims almost the entire sea", "to
            # demand the withdrawal of troops", "announced the completion of the filling"); one
            # with a clause of its own says something ("announced plans to cut ...")
            clausal = obj.left_edge.lower_ == "that" or any(
                t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "ccomp", "xcomp", "acl") and t.tag_ != "VBN"
                for t in doc[obj.left_edge.i : end.i + 1])
            if quoted or clausal or end.i != obj.right_edge.i:
                first_tok = obj.left_edge
                if first_tok.lower_ == "that" and first_tok.pos_ == "SCONJ":
                    first_tok = doc[first_tok.i + 1]  # "denied that their fighters had ..."
                add("indirect", first_tok.idx, end.idx + len(end.text), cue, tok)
            continue
        subj = _subject(tok)
        np = _left_np(tok) if subj is not None and subj.head.i != tok.i else None
        first = doc[np[0]] if np is not None else subj.left_edge if subj is not None else None
        if (
            subj is not None
            and first is not None
            and subj.i < tok.i
            and first.i > tok.sent.start
            and tok.dep_ not in ("relcl", "acl")
            and subj.tag_ not in ("WDT", "WP")
        ):
            # "Despite pressure, Serbia will never ..., President X told a rally": reversed order
            first = _title_start(doc, first)
            comma = doc[first.i - 1]
            if comma.text == "," and any(t.pos_ in ("VERB", "AUX") for t in doc[tok.sent.start : comma.i]):
                add("indirect", tok.sent[0].idx, comma.idx, cue, tok)
    return found


_EVALUATIVE = frozenset("""welcome praise criticize criticise condemn denounce reject dismiss
blast slam applaud hail mock question dispute endorse defend""".split())
_APPEAL = frozenset({"urge", "press", "implore", "encourage", "exhort"})
_DIRECTING = frozenset({"tell", "warn"})  # "told his advisers to find a way": with "to" only
_COMMISSIVE = frozenset({"threaten", "vow", "pledge", "promise"})  # "vowed to ...": a commitment
_SAYING = frozenset({"say", "tell", "state", "write", "add", "declare", "tweet", "post"})
# verbs whose object is an addressee or a target, never an inverted speaker ("accused Sofia of")
_TARGETING = frozenset({"urge", "press", "implore", "encourage", "exhort", "accuse", "charge",
                        "describe", "portray", "characterize", "characterise", "brand", "call",
                        "criticize", "criticise", "condemn", "praise", "blame", "thank",
                        "tell", "inform", "assure", "ask"})
_CHARGE = {"accuse": ("of",), "charge": ("with",), "describe": ("as",), "portray": ("as",),
           "characterize": ("as",), "characterise": ("as",), "brand": ("as",)}


_SILENT = frozenset({"say", "comment", "respond", "reply", "elaborate", "specify", "disclose",
                     "confirm", "explain", "tell"})


def _misread_clause(obj: Token, regions: _Regions) -> QuoteRegion | None:
    """The quoted fragment that makes the noun object of "say" a reported clause the parser
    misread: the object starts outside quotation marks with a noun phrase of two or more words
    and runs into a fragment, closed, that opens with a verb ("said the protest “risks dividing
    workers”", the parser's noun "risks"); else None. "said a few words about the “victims”"
    and a direct quote's own words are no such object."""
    doc = obj.doc
    first, last = obj.left_edge, obj.right_edge
    if regions.inside(first.idx) is not None:
        return None
    end = last.idx + len(last.text)
    for r in regions.opening_in(first.idx, end):
        if r.unclosed or r.close < 0:
            continue
        inside = [t for t in doc[first.i : last.i + 1] if r.start <= t.idx < r.end and not t.is_punct]
        before = [t for t in doc[first.i : last.i + 1] if t.idx < r.open and not t.is_punct]
        if inside and len(before) >= 2 and before[-1].pos_ in ("NOUN", "PROPN") \
                and (inside[0].pos_ in ("VERB", "AUX") or inside[0].tag_ in ("VBZ", "VBD", "MD")
                     or inside[0].lower_.endswith("s") and len(inside) > 1 and inside[1].tag_ == "VBG"):
            return r
    return None


def _possessive_phrase(comp: Token) -> bool:
    """A "clause" that is a noun phrase the parser misread: "welcomed [Penhallow’s remarks]",
    the possessor taken for a subject and the noun for a verb."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "case" and g.text in ("'s", "’s") for g in c.children)
               for c in comp.children)


_PROVIDING = frozenset({"say", "state", "provide", "stipulate"})


def _law_provides(tok: Token) -> bool:
    """Whether cue ``tok`` has a legal text for subject ("the 14th Amendment, which says ...",
    "the law states that ..."): what a law provides is no one's statement."""
    if tok.lemma_.lower() not in _PROVIDING:
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        subj = tok.head
    return subj.lemma_.lower() in LEGAL_TEXTS or subj.lower_ in LEGAL_TEXTS


def _before_law_clause(doc: Doc, first: Token, last: Token) -> Token:
    """The end of a complement without a trailing ", which says ..." on a legal text ("urged
    the president to invoke the 14th Amendment, which says ..."): the narrator's gloss of the
    law, not what was urged."""
    for t in doc[first.i + 1 : last.i + 1]:
        if t.dep_ == "relcl" and _law_provides(t):
            w = next((c for c in t.children if c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass")), None)
            if w is not None and w.i - 2 > first.i and doc[w.i - 1].text == ",":
                return doc[w.i - 2]
    return last


def _across_paragraphs(text: str, cue: Token, comp: Token) -> bool:
    """Whether a complement and its cue lie on different lines (the parser ran a subhead into
    the next paragraph: "Far-right leader: 'This government is finished'\nX told the chamber
    ..."): a paraphrase never spans a paragraph break (a quotation across one is direct, found
    by its marks)."""
    a, b = (comp.left_edge.idx, cue.idx) if comp.i < cue.i else (cue.idx, comp.right_edge.idx)
    return "\n" in text[a:b]


def _unsaid(tok: Token) -> bool:
    """Speech that did not happen or is no one's: "without saying what steps ...", "did not say",
    and a cue in a relative clause on a noun that cannot speak ("a position that had ruled out
    any extension")."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without" or _law_provides(tok):
        return True
    if tok.lemma_.lower() in _SILENT and any(c.dep_ == "neg" for c in tok.children):
        return True  # "did not say whether"; but "did not rule out talks" says something
    if tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in tok.children):
        noun = tok.head
        return not (noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    or noun.lemma_.lower() in CORE_HEADS or noun.lemma_.lower() in ANONYMOUS_HEADS
                    or noun.lemma_.lower() in BODY_HEADS or noun.lower_ in BODY_HEADS
                    or noun.lemma_.lower() in SPEAKER_NOUNS)
    return False


def _reporters_question(tok: Token) -> bool:
    """"Asked whether Skopje could accept a compromise, Ristovski said: ...", "was more cautious
    when asked whether the navies could hold exercises", "The minister was asked whether ...": a
    participle "asked" with no one asking puts the reporter's question, not the words of anyone
    named (the passive's subject is who was asked). (The tagger may read the participle as a past
    tense; an adverbial clause without a subject is a participle still.)"""
    aside = _asked_aside(tok.head) if tok.lemma_.lower() == "ask" and tok.dep_ == "ccomp" else None
    if aside is not None and aside.i == tok.i:
        return True  # "X, asked about the measures, said ...": the parser made it a clause
    return (tok.lemma_.lower() == "ask" and (tok.tag_ == "VBN" or tok.dep_ in ("advcl", "acl"))
            and not any(c.dep_ == "nsubj" for c in tok.children))


def _object_complement(tok: Token) -> tuple[Token, Token] | None:
    """(first, last) tokens of what an appeal or charge says: "urged [the government to reopen
    the crossing]", "called on [X to ...]", "accused [X of ...]", "described [X as ...]",
    "ruled out [any return to the talks]"."""
    lemma = tok.lemma_.lower()
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)

    def complement(after: Token, kinds: tuple[str, ...], *owners: Token) -> Token | None:
        for owner in owners:
            for c in owner.children:
                if c.dep_ in kinds and c.i > after.i:
                    return c
        return None

    if (lemma in _APPEAL or lemma in _DIRECTING) and obj is not None:
        comp = complement(obj, ("xcomp", "ccomp", "advcl"), tok, obj)
        if comp is not None and any(t.lower_ == "to" for t in comp.lefts):
            return obj.left_edge, comp.right_edge
        if comp is not None and comp.dep_ == "xcomp" and lemma in _APPEAL:
            return obj.left_edge, comp.right_edge
    if lemma == "call":
        on = next((c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")), None)
        pobj = None
        if on is not None:
            pobj = next((c for c in on.children if c.dep_ == "pobj"), None)
            if pobj is None and on.dep_ == "prt":
                pobj = obj
        if pobj is not None:
            comp = complement(pobj, ("xcomp", "ccomp", "acl", "advcl", "relcl"), tok, pobj, on)
            if comp is not None:
                return pobj.left_edge, comp.right_edge
        # "called for the officer to be charged": "for" and an infinitive clause with its
        # subject (a bare "called for talks" is an act, not a quote)
        for c in tok.rights:
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
            if c.dep_ in ("advcl", "ccomp", "xcomp") and mark is not None and mark.i == tok.i + 1 \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) and mark.i + 1 <= c.right_edge.i:
                return tok.doc[mark.i + 1], c.right_edge
    if lemma in _CHARGE and obj is not None and obj.pos_ != "PRON" or lemma in _CHARGE and obj is not None:
        prep = complement(obj, ("prep",), tok, obj)
        if prep is not None and prep.lower_ in _CHARGE[lemma]:
            return obj.left_edge, prep.right_edge
    if lemma in _COMMISSIVE and obj is None and tok.dep_ != "relcl":  # not "the target it pledged to reach"
        # "threatened to go to court if ...", "vowed to keep the target": the pledge is what was
        # said, "to" included
        comp = next((c for c in tok.rights if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        to = next((c for c in comp.lefts if c.dep_ == "aux" and c.lower_ == "to"), None) if comp is not None else None
        if to is not None and to.i == comp.left_edge.i:
            last = comp.right_edge
            for c in tok.rights:  # "threatened to strike if ...": the parser may hang the condition on the verb
                if c.dep_ == "advcl" and c.left_edge.i == last.i + 1 and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    last = c.right_edge
            return to, last
    if lemma in _GERUND_DENIALS and obj is None:
        # "has denied supplying missiles to Russia": the gerund is the claim denied
        comp = next((c for c in tok.rights if c.dep_ in ("xcomp", "pcomp", "advcl") and c.tag_ == "VBG"
                     and c.left_edge.i == c.i and c.i <= tok.i + 2), None)
        if comp is not None:
            return comp, comp.right_edge
    if lemma == "warn" and obj is None:
        # "warned against putting the whole police force on trial": a warning with a gerund
        against = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "against"), None)
        gerund = next((c for c in against.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
            if against is not None else None
        if gerund is not None:
            return against, against.right_edge
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        content = obj or next((c for c in tok.children if (c.dep_ in ("xcomp", "pcomp", "ccomp")
                               # "ruled out reopening the mine", the gerund parsed as an adverbial
                               or c.dep_ == "advcl" and c.tag_ == "VBG") and c.i > tok.i), None)
        if content is not None:
            last = content.right_edge
            gerund = next((c for c in tok.rights if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == last.i + 1), None)
            if obj is not None and gerund is not None:
                last = gerund.right_edge  # "did not rule out Egypt sending its own officers": the gerund's subject
            when = next((c for c in tok.rights if c.left_edge.i == last.i + 1 and c.ent_type_ in ("DATE", "TIME")
                         and c.dep_ in ("npadvmod", "prep", "advmod")), None)
            if when is not None:  # "did not rule out talks on a new arrangement later this year"
                last = when.right_edge
            return content.left_edge, last
    return None


_DOUBTING = frozenset({"question", "wonder", "query", "doubt", "dispute"})
# verbs whose gerund complement is a claim denied or conceded ("denied supplying", "admitted using")
_GERUND_DENIALS = frozenset({"deny", "admit"})


def _asks(cue: Token, comp: Token) -> bool:
    """Whether the complement of ``cue`` is a doubt put as an open question ("questioned
    whether the money would ...", "disputed whether ..."): its speaker asserts nothing. (A
    speaker who asks, "The senator asked whether ...", is quoted: the question is the words.)"""
    if cue.lemma_.lower() not in _DOUBTING:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in comp.children)


def _bare_noun_ruled_out(tok: Token, first: Token, last: Token) -> bool:
    """Whether what "ruled out" takes is a noun phrase alone ("Downing Street has ruled out a
    new early release scheme"): an institution's decision, coded as an event, not a quote. A
    gerund or a clause says something ("ruled out reopening wage talks"), and so does a noun
    dated by a time phrase ("did not rule out talks ... later this year": a prospect), and so
    does a person who rules a measure out ("he ruled out a reduction in the rate", "She did not
    rule out a one-off payment"): a minister answering a question states a position. A quoted
    fragment is checked by the caller."""
    if tok.lemma_.lower() != "rule":
        return False
    span = tok.doc[first.i : last.i + 1]
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("DATE", "TIME") for t in span):
        return False
    if tok.dep_ == "conj" and _is_cue(tok.head):
        # "X said he would not raise the tax, but he did not rule out a surcharge": the page
        # fixtures' convention reads the rule-out as the end of what was said, not a quote of
        # its own (the wire gold of set A counts one such as a second quote; the two disagree)
        return True
    _mention, head, _possessor = _speaker(tok)
    return head is None or not _personal(tok.doc[head])


def _personal(tok: Token) -> bool:
    """Whether a speaker's head word is a person: a personal pronoun, a name the parser reads
    as a person's, or a role noun for a person ("the minister")."""
    return tok.lower_ in ("he", "she", "i", "we") or tok.ent_type_ == "PERSON" \
        or tok.lemma_.lower() in SPEAKER_NOUNS and tok.tag_ in ("NN", "NNP")


def _colon_before(text: str, end: int, quote_start: int) -> bool:
    """Whether a paraphrase ending at ``end`` introduces, by a colon, the direct quote at
    ``quote_start`` ("He urged the companies to join the fund: “…”"): two quotes of one cue."""
    between = text[end:quote_start]
    return end <= quote_start and between.strip().startswith(":") and not between.strip(" \t:\"“‘'«")


def _first_of_verb(verb: Token) -> int:
    """The index of a verb's first word, its auxiliaries and negation included ("did not rule")."""
    return min((c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i), default=verb.i)


def _nested_cues(doc: Doc) -> list[int]:
    """Indexes of the cues that open an attribution of their own after a comma (", saying ...",
    ", and added ..."), in order: found once per Doc, looked up by bisection per complement."""
    return [
        t.i for t in doc
        # "X said CONTENT, according to a statement from ...": the source of the saying
        if t.i > 1 and t.lower_ == "according" and doc[t.i - 1].text == "," and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ == "to"
        # "X said the bank would wait, citing uncertainty over ...": the speaker's reason
        or t.i > 1 and t.tag_ == "VBG" and t.lemma_.lower() == "cite" and doc[t.i - 1].text == ","
        or t.i > 1 and t.dep_ in ("advcl", "conj") and _is_cue(t) and (
            doc[t.i - 1].text == ","
            # "… was ready “in good faith” and denied that …": a second verb with its own content
            or doc[_first_of_verb(t) - 1].lower_ in ("and", "but") and t.dep_ == "conj"
            and t.head.lemma_.lower() not in SPEECH_VERBS  # "... and did not rule out seeking ...": its auxiliaries
            and (any(c.dep_ == "ccomp" for c in t.children) or _object_complement(t) is not None
                 # "... and denied that their fighters ...", the clause parsed as an object
                 or t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "that" and doc[t.i + 1].pos_ == "SCONJ"))
    ]


def _end_before_nested_cue(doc: Doc, comp: Token, last: Token, nested: list[int]) -> int:
    """Where a complement ends: its last token, or the comma before a nested attribution
    ("... that he filed the statement, saying it set a benchmark": the "saying" clause is an
    attribution of its own)."""
    k = bisect_right(nested, comp.i)
    if k < len(nested) and nested[k] <= last.i:
        k = _first_of_verb(doc[nested[k]]) - 2  # the word before the comma or "and" ("and did not rule out")
        return doc[k].idx + len(doc[k].text)
    return last.idx + len(last.text)


def _parenthetical(doc: Doc, cue: Token) -> bool:
    """", he said," inside a sentence, with words on both sides and no complement of its own."""
    if any(c.dep_ in ("ccomp", "dobj") for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > cue.i:
        return False
    first, after = subj.left_edge.i, cue.i + 1
    while after < len(doc) and doc[after].dep_ in ("npadvmod", "advmod") and doc[after].head.i == cue.i:
        after += 1  # ", he said Monday,"
    sent = cue.sent
    return (
        first - 1 > sent.start and doc[first - 1].text == ","
        and after < sent.end - 1 and doc[after].text == ","
    )


def _clause_before_aside(doc: Doc, cue: Token) -> int | None:
    """The end (a character offset) of the clause before a parenthetical ", police said," when
    a coordinating conjunction and a clause of its own follow it ("..., police said, and three
    people were arrested"), else None."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    k = cue.i + 1
    while k < len(doc) and doc[k].dep_ in ("npadvmod", "advmod") and doc[k].head.i == cue.i:
        k += 1
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("and", "but"):
        return None
    if not any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.i > k for t in cue.head.children):
        return None
    comma = doc[subj.left_edge.i - 1]
    return comma.idx if comma.text == "," else None


def _quoting_verb(tok: Token) -> Token | None:
    """For "saying" in "quoted Y as saying", the verb "quoted"."""
    if tok.lower_ != "saying" or tok.head.lower_ != "as":
        return None
    verb = tok.head.head
    return verb if verb.lemma_ == "quote" else None


def _clause_end_before(doc: Doc, cue: Token) -> int:
    subj = _subject(cue)
    first = subj.left_edge if subj is not None and subj.i < cue.i else cue
    if subj is not None and subj.i < cue.i:
        person = _person_in_apposition(subj)
        if person is not None:  # "... abandon Second Thomas Shoal, Defense Secretary X said":
            first = person.left_edge  # the place ends the content, the person speaks
    np = _left_np(cue) if subj is not None else None
    if np is not None and np[1] == subj.i:  # the phrase as written before the verb
        first = doc[min(np[0], first.i)]
    k = first.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    return doc[k].idx + len(doc[k].text) if k >= 0 else first.idx


def _person_in_apposition(subj: Token) -> Token | None:
    """The person (a name, or a role noun: "a spokesman for …") that a proper name which is no
    person stands in apposition with, after a comma ("Second Thomas Shoal, Defense Secretary
    Ramon Dalisay said": the parser took the place that ends the quote for the subject), or
    None."""
    if subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON" or subj.left_edge.i == 0:
        return None
    before = subj.doc[subj.left_edge.i - 1]
    if before.is_punct or before.is_space:
        return None  # "“…,” Ruben Arzamendi, secretary general of …, said": the name speaks
    for c in subj.children:
        if c.dep_ == "appos" and c.i > subj.i and subj.doc[c.left_edge.i - 1].text == "," and (
                any(t.ent_type_ == "PERSON" for t in c.subtree)
                or c.lemma_.lower() in CORE_HEADS or c.lemma_.lower() in ANONYMOUS_HEADS):
            return c  # "..., a spokesman for its National Maritime Council said"
    return None


def _issuer(noun: Token) -> Token | None:
    """Who issued the document a noun names: "a warning issued by the Turkish navy", "a
    statement released by the ministry", "a statement from the Left Party" → the agent's noun,
    else None."""
    for acl in noun.rights:
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            for agent in acl.children:
                if agent.dep_ == "agent":
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if acl.dep_ == "prep" and acl.lower_ in ("from", "by") and noun.lemma_.lower() in DOCUMENT_NOUNS:
            return next((c for c in acl.children if c.dep_ == "pobj"), None)
    return None


def _according_to(doc: Doc, according: Token, add) -> None:
    to = doc[according.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return
    source = pobj
    if pobj.lemma_.lower() in SOURCE_NOUNS or pobj.lower_ in SOURCE_NOUNS:
        # "police estimates", "Russian data"; not "congressional records" (no source named)
        mods = [c for c in pobj.children if c.dep_ in ("compound", "poss", "amod") and c.i < pobj.i
                and (c.dep_ != "amod" or c.ent_type_ == "NORP" or c.text[:1].isupper())]
        if mods:
            source = mods[0] if mods[0].dep_ != "amod" else mods[-1]
    issuer = _issuer(pobj)
    if issuer is not None:  # "according to a navigational warning issued by the Turkish navy"
        source = pobj = issuer
    mention, head = _mention_of(source) if source is not pobj else _mention_of(pobj)
    if source is not pobj:
        mention = (source.left_edge.idx, source.idx + len(source.text))
    cue = (according.idx, to.idx + len(to.text))
    sent = according.sent
    phrase_end = pobj.right_edge
    if according.i == sent.start or doc[according.i - 1].is_punct and according.i - 1 == sent.start:
        # "According to X, CONTENT."
        a = doc[phrase_end.i + 1].idx if phrase_end.i + 1 < sent.end else phrase_end.idx
        add("indirect", a, sent[-1].idx + len(sent[-1].text), cue, None, (mention, head, None))
    else:
        # "CONTENT, according to X."
        add("indirect", sent[0].idx, according.idx, cue, None, (mention, head, None))
