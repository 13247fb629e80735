"""People in one article: names, their titles and countries, and the mentions that refer to them.

:func:`find_people` works on a parsed spaCy Doc and the gazetteer matches of :mod:`entities`:

1. name candidates: spaCy PERSON spans (cleaned of titles, brackets repaired) and capitalized
   words right after a title ("President Vucic", "Presidents [Aleksandar] Vucic and [Vladimir]
   Putin": a plural title covers every name it coordinates; "Deputy Minister of International
   Relations and Cooperation [Thembisa Ngcobo]"; "Ambassador to Russia [Habtom Zerai]"), and
   names the NER mistypes when the text tells a person ("X, who", "Its chief executive, X",
   "X told reporters"); a word a country owns ("Russia's Rosatom") or a body noun introduces
   ("the newspaper Aftenposten") is a body, never a person;
   Courtesy titles are no part of a name ("Tan Sri", "Datuk Seri", "Alhaji", "Dr.": see
   :data:`~wirecoder.lexicon.roles.HONORIFIC_PHRASES`);
2. titles and countries from the words before a name ("Serbian Deputy Prime Minister") and from
   appositions ("Aleksandar Vulin, Serbia's deputy prime minister,");
3. merging: full names by first and last word, surnames to the nearest full name with that
   surname, then role-noun mentions ("the Serbian leader", "the official") to the most recent
   compatible person;
4. a person's country: what the text says, else the Phoenix leaders' dictionary.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from ...lexicon.gazetteer import Gazetteer, SurfaceMatch
from ...lexicon.names import normalize
from ...lexicon.roles import (BODY_HEADS, GENERIC_ROLES, HONORIFICS, INSTITUTION_WORDS, ROLE_NOUNS, display_role,
                              roles_compatible)
from .titles import (RoleMention, Title, apposition_after, apposition_before, past_honorifics, role_mentions,
                     title_before)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["ArticlePerson", "acronym_names", "country_owned_names", "find_people", "first_surname", "introduced_names",
           "person_surnames"]

_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "di",
                        "le", "la", "dos", "del", "du", "ter", "bint"})
_NOT_NAMES = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
the a an this that these those he she it they we i you his her its their our my your
no yes not but and or if when while although however earlier later meanwhile
western eastern northern southern european
""".split())
# Last words of bodies' names, never of a person's ("General Confederation", "Social Union").
_ORG_ENDINGS = frozenset("""confederation federation union association alliance movement front
party league council committee commission institute foundation corporation company group bank
university church""".split())
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_MAX_NAME_TOKENS = 5


@dataclass(slots=True)
class _NameMention:
    first: int  # token range of the name itself
    last: int
    span_first: int  # where the mention starts: the name, or a bare title before a full name
    parts: tuple[str, ...]  # normalized words, brackets dropped
    words: tuple[str, ...]  # the words as written
    role: str | None = None
    country: str | None = None
    owner: int | None = None  # token of the person whose title this is ("Putin's spokesman")


@dataclass(slots=True)
class ArticlePerson:
    """One person of the article; ``mentions`` are token ranges ``(first, last)``."""

    name: str
    country: str | None
    role: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class _Cluster:
    names: list[_NameMention] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    country: str | None = None
    role: str | None = None

    @property
    def surname(self) -> str:
        parts = self.names[0].parts
        return parts[-2] if len(parts) > 2 and parts[-1] in _SUFFIXES else parts[-1]

    def positions(self) -> list[int]:
        return sorted([n.first for n in self.names] + [r.first for r in self.roles])


# ------------------------------------------------------------------ token tests


def _is_name_token(tok: Token, gaz: Gazetteer) -> bool:
    text = tok.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    in_person = tok.ent_type_ == "PERSON"
    if tok.pos_ not in _NAME_POS and not in_person or tok.tag_ in ("NNPS", "NNS") and not (
            in_person and tok.ent_iob_ == "I"):
        return False  # "Serbs", "Russians" are peoples, not names; "Guterres" inside a name is one
    low = tok.lower_
    if low in _NOT_NAMES or low in HONORIFICS or low in INSTITUTION_WORDS:
        return False
    if gaz.roles.is_word(low) and not (in_person and tok.ent_iob_ == "I"):
        return False  # a title, unless inside a name ("Tom King")
    if len(text) > 1 and text.isupper() and not text.endswith("."):
        return False  # acronyms and datelines ("NATO", "BELGRADE"), not names
    ref = gaz.lookup(text)
    return ref is None or ref.type == "PLACE" and in_person and tok.pos_ == "PROPN" or _first_name_country(tok, ref) \
        or _surname_country(tok, ref) \
        or ref.metonym and in_person and tok.ent_iob_ == "I" and tok.pos_ == "PROPN"  # "Maria [Paris]"


def _first_name_country(tok: Token, ref) -> bool:
    """A country's name that opens a person's name the recogniser found ("Montserrat Riba",
    "Israel Katz"): a first name, not the country. The next word is capitalised, in the same
    name, and no country itself; a capital used as a government is never a first name."""
    if ref.type != "COUNTRY" or ref.metonym or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" \
            or tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.ent_iob_ == "I" and nxt.text[:1].isupper() and nxt.is_alpha and nxt.pos_ == "PROPN"


def _surname_country(tok: Token, ref) -> bool:
    """A country's name that closes a person's name the recogniser found ("Allison Holland",
    "Michael Jordan"): a surname, not the country. The word before opens the same name, is
    capitalised and names no place itself."""
    if ref.type != "COUNTRY" or ref.metonym or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I" \
            or tok.pos_ != "PROPN" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.ent_type_ == "PERSON" and prev.ent_iob_ == "B" and prev.is_alpha and prev.text[:1].isupper() \
        and prev.pos_ == "PROPN" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def _person_apposition(doc: Doc, last: int, gaz: Gazetteer) -> bool:
    """ "Name, 71,", "Name, a 52-year-old driver", "Name, secretary general of ...": an age or
    a lower-case office after a name tells a person."""
    n = len(doc)
    if last + 1 >= n or doc[last].text != ",":
        return False
    nxt = doc[last + 1]
    if nxt.text.islower() and gaz.roles.head(nxt.lower_) is not None or (
        nxt.text.islower() and gaz.roles.is_word(nxt.lower_) and last + 2 < n
        and gaz.roles.head(doc[last + 2].lower_) is not None
    ):
        return True
    if nxt.like_num and last + 2 < n and doc[last + 2].text in (",", "."):
        return True
    if nxt.lower_ == "who":
        return True  # "Giorgos Hatzidakis, who runs a cafe"

    if nxt.lower_ in ("a", "an") and last + 2 < n:
        return "year" in doc[last + 2].lower_ or last + 3 < n and doc[last + 3].lower_ == "-" and "year" in (
            doc[last + 4].lower_ if last + 4 < n else "")
    return False


def _role_apposition_before(doc: Doc, first: int, gaz: Gazetteer) -> bool:
    """ "Its chief executive, Tamsin Hallerby, said", "His lawyer in Bangkok, Somchai Wongsakul,": a
    lower-case role noun and a comma before a name tell a person."""
    if first < 2 or doc[first - 1].text != ",":
        return False
    k = first - 2
    while k > 0 and first - k < 8 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("the", "of", "to", "for", "at", "in")):
        k -= 1  # "Switzerland's ambassador to the WTO, Urs Brunner"
    role = doc[k]
    return role.text.islower() and role.pos_ == "NOUN" and (
        gaz.roles.head(role.lower_) is not None or role.lemma_.lower() in ROLE_NOUNS)  # "His lawyer in Bangkok, X"


# Verbs of speaking whose subject, named with two or three capitalized words, is a person
# ("Rhodri Penhallow told reporters") whatever the NER calls it, unless it calls it a body.
_PERSON_SPEECH = frozenset({"say", "tell", "add", "write"})


def _speaks(doc: Doc, first: int, last: int) -> bool:
    head = doc[last - 1]
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ not in _PERSON_SPEECH or verb.pos_ != "VERB":
        return False
    if verb.i in (last, first - 1):
        return True  # next to it: "Rhodri Penhallow told", "said Name"
    # or after an apposition between commas: "Salif Kaboré, a researcher in Ouagadougou, told"
    return (verb.i > last + 2 and doc[last].text == "," and doc[verb.i - 1].text == ","
            and doc[last + 1].lower_ in ("a", "an", "the", "who")
            and not any(t.text in ".;:\"\u201c\u201d" for t in doc[last : verb.i]))


# Words of a portfolio ("International Relations and Cooperation", "Territories Development"),
# which end before the name of the minister who holds it.
_PORTFOLIO_ENDINGS = ("tion", "ment", "ity", "ies", "ics", "ance", "ence", "ure", "ism", "ing",
                      "airs", "ations", "ources", "ices", "ways", "works", "fare", "ports")


def _portfolio_word(tok: Token, gaz: Gazetteer) -> bool:
    """A word of a portfolio ("Fisheries", "Forests", "Cooperation"), not of a name: a title
    word, an institution's, a known place, a portfolio ending, or a plural the tagger gives the
    word after "and" in a portfolio ("Fisheries and Forests"; a given name is singular)."""
    low = tok.lower_
    return (gaz.roles.is_word(low) or low in INSTITUTION_WORDS or low.endswith(_PORTFOLIO_ENDINGS)
            or gaz.lookup(tok.text) is not None
            or tok.tag_ == "NNPS" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("and", "&"))


def _portfolio_name(doc: Doc, start: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """ "[Minister] of International Relations and Cooperation Thembisa Ngcobo": the name
    (tokens) after a portfolio of capitalized words, or None."""
    n = len(doc)
    if start + 3 >= n or doc[start].lower_ not in ("of", "for") or not doc[start + 1].text[:1].isupper():
        return None
    r = start + 1
    while r < n and (doc[r].text[:1].isupper() and doc[r].is_alpha or doc[r].lower_ in ("and", "&")
                     and r + 1 < n and doc[r + 1].text[:1].isupper()):
        r += 1
    k = r
    while k > start + 2 and r - k < 3 and _is_name_token(doc[k - 1], gaz) and not _portfolio_word(doc[k - 1], gaz):
        k -= 1
    if r - k < 2 or not _portfolio_word(doc[k - 1], gaz):
        return None
    return k, r


def _hyphen_tail(doc: Doc, j: int, first: int, gaz: Gazetteer) -> bool:
    """The lower-case second half of a hyphenated given name ("Sun-ok", "Jae-sung"): a word
    joined by a bare hyphen to a name word before it."""
    return (
        j - 2 >= first
        and doc[j].is_alpha
        and doc[j - 1].text == "-"
        and not doc[j - 2].whitespace_
        and not doc[j - 1].whitespace_
        and _is_name_token(doc[j - 2], gaz)
    )


def _surname_like_title_word(doc: Doc, j: int, gaz: Gazetteer) -> bool:
    """A title modifier that ends a name ("Jim Press said"), not one that starts a title."""
    tok = doc[j]
    low = tok.lower_
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or low in gaz.roles.heads:
        return False
    if low not in gaz.roles.modifiers:
        return False
    return j + 1 >= len(doc) or not gaz.roles.is_word(doc[j + 1].lower_)


def _name_extent(doc: Doc, i: int, gaz: Gazetteer) -> int:
    """End (exclusive) of the name that starts at token ``i`` (0 words: returns ``i``)."""
    j, words, n = i, 0, len(doc)
    end = i
    while j < n and words < _MAX_NAME_TOKENS:
        tok = doc[j]
        if tok.text == "[" and j + 2 < n and doc[j + 2].text == "]" and _is_name_token(doc[j + 1], gaz):
            j += 3
            words += 1
            continue
        if _is_name_token(tok, gaz) or words and _surname_like_title_word(doc, j, gaz):
            j += 1
            words += 1
            end = j
            continue
        if words and tok.lower_ in _PARTICLES:
            k = j
            while k < n and (doc[k].lower_ in _PARTICLES or doc[k].text == "-" and k > j):
                k += 1  # "von der", "de la", "al-"
            if k < n and _is_name_token(doc[k], gaz):
                j = k
                continue
            break
        if words and tok.text == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_ and (
            j + 1 < n and doc[j + 1].is_alpha
        ):
            j += 2  # "al-Bashir", "Fazl-ur-Rehman", "Jean-Pierre"
            end = j
            continue
        break
    return end if end > i else (j if words else i)


def _titled_org(doc: Doc, head: int, end: int, gaz: Gazetteer) -> bool:
    """Is "title + name" at ``head`` really an organization ("General Motors")? Yes when spaCy
    tags it as one from the title on and the gazetteer knows no such person."""
    tok = doc[head]
    if tok.ent_iob_ != "B" or tok.ent_type_ in ("PERSON", ""):
        return False
    ent = next((e for e in doc.ents if e.start == head), None)
    if ent is None or ent.end < end:
        return False
    actor = gaz.actor(ent.text) or gaz.actor(doc[head + 1 : end].text)
    if actor is not None:
        return actor.org
    # "General Motors", "General Electric": a one-word remainder after "General" is a firm.
    return tok.lower_ == "general" and end - head == 2 and gaz.surname(doc[head + 1].text) is None


def _bare_title(doc: Doc, title: Title, name_first: int) -> bool:
    """A singular title with nothing before it ("President Aleksandar Vucic has shown"), not
    "Serbian President ..." nor "NATO Secretary General ...": it belongs to the mention."""
    if title.plural or title.country is not None or title.first >= name_first:
        return False
    for tok in doc[title.first : name_first]:
        if past_honorifics(doc, tok.i, name_first) > tok.i or not (
                tok.text[:1].isupper() or tok.lower_ in ("of", "for", "-")):
            return False  # "Mr.", or a lower-case description ("candidate Alassane Ouattara")
    before = doc[title.first - 1] if title.first > 0 else None
    return before is None or before.is_punct or not before.text[:1].isupper()


def _make_name(doc: Doc, first: int, last: int) -> _NameMention | None:
    span = doc[first:last]
    words = tuple(span.text.replace("[", " ").replace("]", " ").split())
    if not words:
        return None
    return _NameMention(first, last, first, tuple(normalize(w) for w in words), words)


# ------------------------------------------------------------------ the whole


def find_people(
    doc: Doc, gaz: Gazetteer, matches: Sequence[SurfaceMatch], blocked: set[int],
    owned: dict[str, str | None] | None = None,
) -> list[ArticlePerson]:
    """People of ``doc``. ``matches`` are the gazetteer matches (for country words and titles);
    ``blocked`` are token indices already taken by country and organization mentions."""
    ends = {m.last: m for m in matches}
    starts = {m.first: m for m in matches}
    names: dict[int, _NameMention] = {}  # by first token
    owned = country_owned_names(doc, gaz, ends) if owned is None else owned

    def add(first: int, last: int, title: Title | None = None) -> None:
        if last <= first or any(t in blocked for t in range(first, last)):
            return
        if title is None and normalize(doc[first:last].text) in owned:
            return  # "Russia's Rosatom", "the newspaper Aftenposten": a firm or body, not a person
        if any(first < o.last and o.first < last for o in names.values()):
            return
        name = _make_name(doc, first, last)
        if name is None:
            return
        if title is not None:
            name.role = display_role(title.role_words)
            name.country = title.country
            name.owner = title.owner
            if _bare_title(doc, title, first) and len(name.parts) > 1:
                name.span_first = title.first  # "President Aleksandar Vucic", as the gold has it
        names[first] = name

    # Names after titles, including the names a plural title coordinates.
    roles = gaz.roles
    for tok in doc:
        if roles.head(tok.lower_) is None or tok.i + 1 >= len(doc):
            continue
        start = tok.i + 1
        portfolio = _portfolio_name(doc, start, gaz)
        if portfolio is not None:
            # "Deputy Minister of International Relations and Cooperation Thembisa Ngcobo"
            title = title_before(doc, start, gaz, ends)
            if title is not None and not title.plural:
                title.role_words = [*title.role_words, doc[start].lower_,
                                    *(t.lower_ for t in doc[start + 1 : portfolio[0]])]
                if title.country is None:  # "President of Serbia [Aleksandar Vucic]"
                    title.country = next((m.referent.country for f, m in starts.items()
                                          if start < f < portfolio[0] and m.referent.type == "COUNTRY"), None)
                add(*portfolio, title)
            continue
        bound = starts.get(start + 1)
        if doc[start].lower_ == "to" and bound is not None and bound.referent.type == "COUNTRY":
            start = bound.last  # "Eritrean Ambassador to Russia [Habtom Zerai]"
        start = past_honorifics(doc, start)  # "Prime Minister Datuk Seri [Anwar Ibrahim]"
        if start >= len(doc):
            continue
        end = _name_extent(doc, start, gaz)
        if end == start or end < len(doc) and roles.head(doc[end].lower_) is not None:
            continue  # no name, or a title goes on ("Chief Operating Officer")
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper() or (
            doc[end - 1].lower_ in _ORG_ENDINGS
        ):
            continue  # "the General Confederation of Labour": a body, not "General [Name]"
        if _titled_org(doc, tok.i, end, gaz):
            continue  # "General Motors"
        title = title_before(doc, start, gaz, ends)
        if title is None:
            continue
        add(start, end, title)
        while title.plural and end < len(doc) and doc[end].lower_ in (",", "and"):
            nxt = end + 1
            if nxt < len(doc) and doc[nxt].lower_ == "and":
                nxt += 1
            stop = _name_extent(doc, nxt, gaz)
            if stop == nxt:
                break
            add(nxt, stop, title)
            end = stop

    # spaCy's PERSON spans, cleaned of titles and with "[First] Last" brackets repaired.
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        first, last = ent.start, ent.end
        while first < last and (roles.is_word(doc[first].lower_) or past_honorifics(doc, first, last) > first
                                or doc[first].lower_ == "the" or not _is_name_token(doc[first], gaz)
                                and doc[first].text != "["):
            first = max(first + 1, past_honorifics(doc, first, last))
        while last > first and not (
            _is_name_token(doc[last - 1], gaz)
            or last - 1 > first and _surname_like_title_word(doc, last - 1, gaz)
            or _hyphen_tail(doc, last - 1, first, gaz)
        ):
            last -= 1
        if last <= first:
            continue
        if "]" in [t.text for t in doc[first:last]] and first > 0 and doc[first - 1].text == "[":
            first -= 1
        if last - first == 1 and (
            gaz.lookup(doc[first].text) or doc[first].text.isupper() or doc[first].pos_ == "ADJ"
        ):
            continue
        actor = gaz.actor(doc[first:last].text)
        if actor is not None and actor.org:
            continue  # "Lockheed Martin": a firm, whatever the NER says
        add(first, last, title_before(doc, first, gaz, ends))

    # Names the NER calls a place, a body or a title ("Ruben Arzamendi, secretary general of",
    # "Norma Ibarguren, a 71-year-old retired teacher,"): a person by the apposition after them.
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "ORG", "WORK_OF_ART", "NORP", "PRODUCT", "FAC", "LOC") or not 2 <= len(ent) <= 4:
            continue
        first, last = ent.start, ent.end
        if any(t in blocked for t in range(first, last)) or gaz.lookup(ent.text) is not None:
            continue
        if not all(_is_name_token(t, gaz) or _hyphen_tail(doc, t.i, first, gaz) or t.text == "-"
                   for t in doc[first:last]):
            continue
        if ent.label_ in ("PRODUCT", "FAC", "LOC"):  # rarely a person: only a speaker or a "who"
            person = _speaks(doc, first, last) or last + 1 < len(doc) and doc[last].text == "," and (
                doc[last + 1].lower_ == "who")
        else:
            person = (_person_apposition(doc, last, gaz) or apposition_after(doc, last, gaz, starts) is not None
                      or _role_apposition_before(doc, first, gaz)
                      or ent.label_ != "ORG" and _speaks(doc, first, last))
        if person:
            add(first, last, title_before(doc, first, gaz, ends))

    # Names the NER missed altogether ("Keir Holloway, who chairs the committee, said"): two or
    # three name words that no entity covers, a person by the apposition after them or by
    # speaking ("X told reporters").
    for tok in doc:
        first = tok.i
        if tok.ent_type_ or tok.pos_ != "PROPN" or first in blocked or first > 0 and (
                _is_name_token(doc[first - 1], gaz) or doc[first - 1].text in ("'s", "’s")):
            continue
        last = _name_extent(doc, first, gaz)
        if not 2 <= last - first <= 3 or any(doc[j].ent_type_ or doc[j].pos_ != "PROPN" for j in range(first, last)):
            continue
        name = doc[first:last].text
        actor = gaz.actor(name)
        if gaz.lookup(name) is not None or actor is not None and actor.org:
            continue
        if _person_apposition(doc, last, gaz) or _speaks(doc, first, last):
            add(first, last, title_before(doc, first, gaz, ends))

    # Appositions give a title and a country to the name before them.
    for name in names.values():
        found = apposition_after(doc, name.last, gaz, starts)
        if found is not None:
            words, country = found
            name.role = name.role or display_role(words)
            name.country = name.country or country
        if name.role is None:
            before = apposition_before(doc, name.first, name.last, gaz)
            if before is not None:  # "The justice secretary, Helen Marsh-Adeyemi, said"
                name.role = display_role(before)

    clusters = _cluster(list(names.values()))
    # Surnames the NER missed ("Kuleba told reporters") or mislabelled ("[Aleksandar] Vucic" ORG),
    # and family names written first ("Wang" for Wang Yi) when only one person has them.
    covered = {t for n in names.values() for t in range(n.first, n.last)}
    full = [c for c in clusters if len(c.names[0].parts) > 1]
    by_surname = {c.surname: c for c in full}
    for c in full:
        by_surname.setdefault(_bare(c.surname), c)  # "Otaishan" for "al-Otaishan"
    firsts = [c.names[0].parts[0] for c in full]
    by_first = {c.names[0].parts[0]: c for c in full if firsts.count(c.names[0].parts[0]) == 1}
    for tok in doc:
        if tok.i in covered or tok.i in blocked or not tok.text[:1].isupper():
            continue
        key = normalize(tok.text)
        cluster = by_surname.get(key) or by_first.get(key)
        if cluster is not None and tok.pos_ in ("PROPN", "NOUN", "X") and _standalone(doc, tok.i, gaz):
            name = _make_name(doc, tok.i, tok.i + 1)
            if name is not None:
                cluster.names.append(name)
    for c in clusters:
        c.names.sort(key=lambda n: n.first)
        _settle(c, gaz, doc)
    _inherit_countries(clusters)

    taken = covered | blocked
    named_at = {n.first: c for c in clusters for n in c.names}
    for mention in role_mentions(doc, gaz, ends, starts, taken):
        beside = named_at.get(mention.last + 1) if mention.last < len(doc) and doc[mention.last].text == "," else None
        if beside is not None and apposition_before(doc, mention.last + 1, next(
                n.last for n in beside.names if n.first == mention.last + 1), gaz) is not None:
            beside.roles.append(mention)  # "The transport secretary, Imogen Carradine-Pole,": hers
            continue
        _attach(mention, clusters)
    return [_person(c, gaz) for c in clusters if c.names]


def country_owned_names(doc: Doc, gaz: Gazetteer, ends: dict[int, SurfaceMatch],
                        introduced: list[tuple[int, int]] | None = None) -> dict[str, str | None]:
    """Single capitalized words a country owns with no title between: "Russia's Rosatom",
    "France's EDF". People are introduced with a title or a full name ("Russia's President
    Putin"), so such a word, the NER's PERSON or not, names a firm or body (normalized).
    ``introduced`` is :func:`introduced_names` of ``doc`` when the caller has it.
    """
    out: dict[str, str | None] = {}
    introduced = introduced_names(doc) if introduced is None else introduced
    for ent in doc.ents:
        if ent.start > 0 and doc[ent.start - 1].lower_ in _BODY_NOUNS and doc[ent.start - 1].text.islower() and not any(
                f <= ent.start and ent.end < l for f, l in introduced):  # "group [Nature] and Youth": the longer name
            out.setdefault(normalize(ent.text), None)  # "the newspaper Aftenposten", "the group Migrant Watch"
    for first, last in introduced:
        if last - first == 1:  # "The association of apartment owners, Apartur,": the NER's PERSON or not
            out.setdefault(normalize(doc[first].text), None)
    for tok in doc:
        i = tok.i
        if _body_apposition(doc, i):
            out.setdefault(normalize(tok.text), None)  # "Eurofer, the industry association,"
            continue
        if i < 2 or doc[i - 1].lower_ not in ("'s", "\u2019s") or not tok.text[:1].isupper():
            continue
        owner = ends.get(i - 1)
        if owner is None or owner.referent.type != "COUNTRY" or owner.referent.metonym:
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() and nxt.is_alpha or nxt.lower_ in ("of", "for")):
            continue  # "Russia's Vladimir Putin", "Latvia's Office of Citizenship"
        if tok.lower_ in INSTITUTION_WORDS or tok.lower_ in HONORIFICS or gaz.roles.is_word(tok.lower_):
            continue
        acronym = len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha  # "France's EDF"
        if (tok.pos_ == "PROPN" or acronym) and tok.ent_type_ in ("PERSON", "ORG", "GPE", "") and owner.referent.country and (
            gaz.lookup(tok.text) is None
        ):
            out.setdefault(normalize(tok.text), owner.referent.country)
    return out


# Lower-case nouns that introduce the name of a body ("the newspaper Aftenposten", "the rights
# group Migrant Watch", "state broadcaster EBC").
_BODY_NOUNS = frozenset("""newspaper daily weekly magazine broadcaster channel station agency
group company firm association organization organisation movement network website outlet
carrier airline lender bank charity watchdog institute television""".split())
# Body nouns that name their body only in apposition ("the country's largest union federation,
# Rengo,", "the main business lobby, Keidanren,"): never "the union X".
_APPOSED_BODY_NOUNS = frozenset("federation confederation union lobby alliance coalition".split())


def introduced_names(doc: Doc) -> list[tuple[int, int]]:
    """Capitalized names a lower-case body noun introduces, as token ranges: "the industry body
    Australian Grape and Wine", "the rights group Migrant Watch", "the newspaper Aftenposten"."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for tok in doc:
        i = tok.i
        apposed = tok.lower_ in _APPOSED_BODY_NOUNS
        if tok.lower_ not in _BODY_NOUNS and tok.lower_ != "body" and not apposed or not tok.text.islower() \
                or tok.pos_ not in ("NOUN", "PROPN"):
            continue  # (a lower-case "federation" the tagger calls a proper noun is a noun)
        start = _after_own_phrase(doc, tok)
        if start + 1 < n and doc[start].text == "," and doc[start + 1].text[:1].isupper():
            start += 1  # "a citizens' group, Niigata Without Nuclear, said"
        elif apposed or start > i + 1:
            continue
        if start >= n or not doc[start].text[:1].isupper() or not doc[start].is_alpha:
            continue
        if doc[start].lower_ in _NOT_NAMES or doc[start].ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            continue  # "on television Sunday"
        last = start
        while last < n and (doc[last].text[:1].isupper() and (doc[last].is_alpha or doc[last].text in ("&",))
                            or doc[last].lower_ in ("and", "&", "of", "for") and last + 1 < n
                            and doc[last + 1].text[:1].isupper()):
            last += 1
        if doc[last - 1].lower_ in ("and", "of", "for") or last - start > 6 or last == start:
            continue
        if start > i + 1 and (last >= n or doc[last].text != "," or doc[start].ent_type_ == "PERSON" and last - start > 1
                              or any(t.lower_ == "of" for t in doc[max(0, i - 3) : i])):
            continue  # an apposition is closed by a comma, and "the head of the group, X," is X's
        out.append((start, last))
    taken = {t for f, l in out for t in range(f, l)}
    out.extend(r for r in _apposed_body_names(doc) if not any(t in taken for t in range(*r)))
    return sorted(out)


_APPOSED_HEADS = BODY_HEADS | _BODY_NOUNS | {"body", "lobby", "bloc", "charity", "watchdog"}


def _apposed_body_names(doc: Doc) -> list[tuple[int, int]]:
    """Names of two words or more whose apposition is a body: "Offshore Norway, the industry's
    lobby group,", "Kiwi Fruit Growers, an industry body," (the parse's appos with a body noun
    as head; "Jane Doe, the group's spokeswoman," is a spokeswoman's name)."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i + 1 >= n or doc[tok.i + 1].text != ",":
            continue
        if not _apposed_body(doc, tok.i + 1):
            continue
        first = tok.i
        while first > 0 and tok.i - first < 5 and (
                doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha and doc[first - 1].lower_ != "the"
                or doc[first - 1].lower_ in ("of", "for", "and", "&") and first > 1 and doc[first - 2].text[:1].isupper()):
            first -= 1
        if doc[first].lower_ in ("of", "for", "and", "&") or tok.i + 1 - first < 2 or "\n" in doc[first:tok.i + 1].text:
            continue
        if any(doc[k].ent_type_ in ("DATE", "TIME", "CARDINAL") for k in range(first, tok.i + 1)):
            continue
        out.append((first, tok.i + 1))
    return out


def _apposed_body(doc: Doc, comma: int) -> bool:
    """Does a noun phrase after the ``comma`` ("the industry's lobby group,") have a body noun as
    its head: the last noun before the next comma or verb, which no noun to its right governs
    ("the group's spokeswoman" has "spokeswoman" as head)?"""
    n = len(doc)
    if comma + 2 >= n or doc[comma + 1].lower_ not in ("the", "a", "an"):
        return False
    for k in range(comma + 2, min(n, comma + 8)):
        tok = doc[k]
        if tok.is_punct and tok.text not in ("'s", "\u2019s", "-") or tok.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            return False  # "a spokesman for the organization": the head came before "for"
        nxt = doc[k + 1] if k + 1 < n else None
        if tok.text.islower() and tok.pos_ == "NOUN" and (nxt is None or nxt.text in (",", ".", ";") or nxt.pos_ in ("VERB", "AUX")):
            # one body ("the two companies" after "X and Y" are two names)
            return tok.tag_ == "NN" and tok.lower_ in _APPOSED_HEADS
    return False


_ACRONYM_LINKS = frozenset({"of", "for", "and", "&", "on", "the", "de", "in"})


def acronym_names(doc: Doc) -> list[tuple[int, int]]:
    """Names a bracketed acronym introduces ("the far-right Alternative for Germany (AfD)", "the
    Congress of South African Trade Unions (COSATU)"): the capitalised words (and a name's links)
    before the bracket, from the furthest one whose initial is the acronym's first letter, as
    token ranges; a name of two words or more, so that a country inside it ("Germany") is part of
    the name. (The acronym may come from another language: only its first letter is checked.)"""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for tok in doc:
        i = tok.i
        if tok.text != "(" or i < 2 or i + 2 >= n or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        letters = [c for c in acronym if c.isalpha()]
        if not 2 <= len(letters) <= 8 or len(letters) != len(acronym) or not acronym[:1].isupper() \
                or sum(c.isupper() for c in letters) < 2:
            continue
        k, start, run = i, None, i
        while k > 0 and i - k < len(letters) + 3:
            word = doc[k - 1]
            if word.text[:1].isupper() and word.is_alpha and word.lower_ != "the" and not _shouted_word(word):
                k -= 1
                run = k
                if word.text[0] == acronym[0]:
                    start = k
            elif word.lower_ in _ACRONYM_LINKS and k - 1 > 0 and doc[k - 2].text[:1].isupper():
                k -= 1
            elif word.text == "-" and k > 1 and not word.whitespace_ and not doc[k - 2].whitespace_ \
                    and doc[k - 2].text[:1].isupper():
                k -= 1  # "Parti Islam Se-Malaysia (PAS)": a hyphenated word of the name
            else:
                break
        if (start is None or i - start < 2) and i - run >= 2 and doc[i - 1].lower_ in BODY_HEADS:
            start = run  # "National Action Party (PAN)": an acronym of the name in its own language
        if start is None or i - start < 2 or "\n" in doc[start:i].text:
            continue
        if any(e.start < start or e.end > i for e in doc.ents[_first_ent_at(doc, start):]
               if e.start < i and e.label_ in ("ORG", "PERSON", "FAC", "NORP")):
            continue  # a name the recogniser found running past these words is read as it found it
        out.append((start, i))
    return out


def _first_ent_at(doc: Doc, i: int) -> int:
    """The index of the first of ``doc.ents`` that ends after token ``i``."""
    ends = [e.end for e in doc.ents]
    return bisect_right(ends, i)


def _shouted_word(tok: Token) -> bool:
    return len(tok.text) > 3 and tok.text.isupper()


def _after_own_phrase(doc: Doc, tok: Token) -> int:
    """The token after a body noun's own "of" complement ("The association of tourist apartment
    owners, Apartur,": the comma), else the token right after the noun."""
    k = tok.i + 1
    if k < len(doc) and doc[k].lower_ == "of" and doc[k].head.i == tok.i:
        end = k + 1
        while end < len(doc) and end - k < 8 and doc[end].text != "," and doc[end].pos_ not in ("VERB", "AUX") \
                and tok.i in [a.i for a in doc[end].ancestors]:
            end += 1
        if end < len(doc) and doc[end].text == "," and all(t.text.islower() for t in doc[k:end]):
            return end
    return k


def _body_apposition(doc: Doc, i: int) -> bool:
    """A single capitalized word in apposition to a body noun: "according to Eurofer, the
    industry association", "Acme, a company"."""
    n = len(doc)
    tok = doc[i]
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or i + 3 >= n or doc[i + 1].text != ",":
        return False
    if i > 0 and (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()
                  or doc[i - 1].lower_ in ("of", "for", "and", "&", "de") or tok.ent_iob_ == "I"):
        return False  # the end of a longer name ("the Eastern Command of Resistance, the group")
    if doc[i + 2].lower_ not in ("the", "a", "an"):
        return False
    for j in range(i + 3, min(n, i + 8)):
        if doc[j].text in ",.;" or doc[j].pos_ in ("VERB", "AUX"):
            return False
        if doc[j].lower_ in BODY_HEADS or doc[j].lower_ in ("association", "firm", "company", "lobby", "group"):
            if j + 1 >= n or doc[j + 1].pos_ not in ("NOUN", "PROPN"):
                return True
            # "the country's largest union federation": the phrase goes on to its head
    return False


def _cluster(names: list[_NameMention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    names.sort(key=lambda n: n.first)
    for name in names:
        if len(name.parts) < 2:
            continue
        key = (name.parts[0], name.parts[-2] if len(name.parts) > 2 and name.parts[-1] in _SUFFIXES
                               else name.parts[-1])
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = _Cluster()
            clusters.append(cluster)
        cluster.names.append(name)
    singles: dict[str, _Cluster] = {}
    for name in names:
        if len(name.parts) != 1:
            continue
        word = name.parts[0]
        candidates = [c for c in clusters if len(c.names[0].parts) > 1 and word in (c.surname, _bare(c.surname))]
        if not candidates:  # "Villalba" for "Néstor Villalba Prieto": the first of two surnames
            candidates = [c for c in clusters if word == first_surname(c.names[0].parts)]
        if not candidates:
            by_first = [c for c in clusters if len(c.names[0].parts) > 1 and c.names[0].parts[0] == word]
            # a first name alone ("Xi", "Kim") only when one person has it
            candidates = by_first if len(by_first) == 1 else []
        if candidates:
            before = [c for c in candidates if c.names[0].first < name.first]
            if before:  # the nearest full name before it, else the first after it
                target = max(before, key=lambda c: max(n.first for n in c.names if n.first < name.first))
            else:
                target = candidates[0]
            target.names.append(name)
        else:
            cluster = singles.get(word)
            if cluster is None:
                cluster = singles[word] = _Cluster()
                clusters.append(cluster)
            cluster.names.append(name)
    return clusters


def first_surname(parts: list[str]) -> str | None:
    """The first of two surnames in a three-word name ("Néstor Villalba Prieto" → Villalba,
    "Eduardo Salcedo Ríos" → Salcedo), as Spanish and Portuguese copy shortens it; None for
    other shapes (a suffix, a particle, a hyphenated or initialled middle word)."""
    if len(parts) != 3 or parts[-1] in _SUFFIXES:
        return None
    middle = parts[1]
    if not middle.isalpha() or len(middle) < 3 or middle in _PARTICLES:
        return None
    return middle



def person_surnames(doc: Doc) -> frozenset[str]:
    """The surnames (normalized) of the people the recogniser names in full: the last word, and
    the first of two surnames ("Salcedo" of "Eduardo Salcedo Ríos")."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or "\n" in ent.text:
            continue
        parts = [normalize(t.text) for t in ent if t.is_alpha]
        if len(parts) < 2:
            continue
        out.add(parts[-1])
        middle = first_surname(parts)
        if middle:
            out.add(middle)
    return frozenset(out)


def _bare(surname: str) -> str:
    """A surname without its Arabic article: "al-otaishan" → "otaishan"."""
    for prefix in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-"):
        if surname.startswith(prefix) and len(surname) > len(prefix) + 2:
            return surname[len(prefix):]
    return surname


def _settle(cluster: _Cluster, gaz: Gazetteer, doc: Doc) -> None:
    """Country and role of a cluster from its names, else from the gazetteer, unless a title
    says the person serves an international body ("UN Secretary-General Antonio Guterres": the
    actor list's country is the one he once served)."""
    for n in cluster.names:
        if cluster.country is None and n.country:
            cluster.country = n.country
        if cluster.role is None and n.role and n.role.lower() not in GENERIC_ROLES:
            cluster.role = n.role
    if cluster.country is None and not any(_international_title(doc, n, gaz) for n in cluster.names):
        full = max(cluster.names, key=lambda n: len(n.parts))
        actor = gaz.actor(" ".join(full.parts)) if len(full.parts) > 1 else gaz.surname(full.parts[0])
        if actor is None and len(full.parts) > 1:
            actor = gaz.actor(f"{full.parts[0]} {full.parts[-1]}")
        if actor is not None:
            cluster.country = actor.country


def _international_title(doc: Doc, name: _NameMention, gaz: Gazetteer) -> bool:
    """Is the title written before ``name`` an international body's ("UN Secretary-General",
    "NATO Secretary General", "IAEA chief")?"""
    j = name.first - 1
    while j >= 0 and (gaz.roles.is_word(doc[j].lower_) or doc[j].text == "-"):
        j -= 1
    if j < 0 or j == name.first - 1:
        return False
    ref = gaz.lookup(doc[j].text)
    return ref is not None and ref.type == "ORG" and not ref.country


def _standalone(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """Not part of a longer name: "Ford said", not "Ford Motor" or "McDonnell Douglas"."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc):
            tok = doc[j]
            if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not gaz.roles.is_word(tok.lower_):
                return False
    return True


def _inherit_countries(clusters: list[_Cluster]) -> None:
    """ "Putin's spokesman Dmitry Peskov": a person's aide shares the person's country."""
    at = {t: c for c in clusters for n in c.names for t in range(n.first, n.last)}
    for c in clusters:
        if c.country is None:
            owner = next((at.get(n.owner) for n in c.names if n.owner is not None), None)
            if owner is not None and owner is not c:
                c.country = owner.country


_HEAD_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen",
                           "emir", "sultan", "monarch", "head of state"})


def _attach(mention: RoleMention, clusters: list[_Cluster]) -> None:
    """Attach a role-noun mention to the most recent compatible person named before it (else the
    only one whose own title fits)."""
    def fits(c: _Cluster) -> bool:
        if mention.country and c.country and mention.country != c.country:
            return False
        if mention.country and c.country is None and c.role is None and not mention.generic:
            return False  # "Iran's president" is not whoever was named last, of no known office
        if c.role is None and mention.role.lower() in _HEAD_OFFICES:
            return False  # "No 10 said the prime minister ...": a head of government is introduced by title
        return roles_compatible(mention.role, c.role)

    # a person whose own title holds the role wins over a more recent one of no known office
    # ("The justice secretary, Helen Marsh-Adeyemi, said ... Keir Holloway said ... the justice
    # secretary"); "the official" fits anyone, the most recent
    titled = not mention.generic and mention.role.lower() not in GENERIC_ROLES and any(
        c.names and c.role is not None and fits(c) and any(p < mention.first for p in c.positions())
        for c in clusters)
    best, best_pos = None, -1
    for c in clusters:
        if not c.names or not fits(c) or titled and c.role is None:
            continue
        earlier = [p for p in c.positions() if p < mention.first]
        if earlier and earlier[-1] > best_pos:
            best, best_pos = c, earlier[-1]
    if best is None:
        # no one named before it: the only person who fits, when that person's own title says the
        # role ("the minister said. ... Minister X"); a person first named after it with no title
        # of that kind is not the role's holder ("..., the minister said. In Denmark, trawler
        # owner X said ...")
        fitting = [c for c in clusters if c.names and fits(c) and c.role is not None]
        if len(fitting) != 1:
            return
        best = fitting[0]
    best.roles.append(mention)
    if best.country is None and mention.country:
        best.country = mention.country
    if best.role is None and not mention.generic and mention.role.lower() not in GENERIC_ROLES:
        best.role = mention.role


def _person(cluster: _Cluster, gaz: Gazetteer) -> ArticlePerson:
    full = max(cluster.names, key=lambda n: (len(n.parts), -n.first))
    name = " ".join(full.words)
    if len(full.parts) == 1:
        actor = gaz.surname(full.parts[0])
        if actor is not None:
            name = actor.name
    mentions = [(n.span_first, n.last) for n in cluster.names]
    mentions += [(r.first, r.last) for r in cluster.roles]
    return ArticlePerson(name, cluster.country, cluster.role, sorted(set(mentions)))
