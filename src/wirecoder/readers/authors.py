"""Who wrote an article: person names out of bylines, credits and page metadata.

A byline comes in many shapes: "By Dana Whitfield and Marcus Oyelaran", "By REUTERS", "Harriet
Oakes, Political Correspondent · Mon 15 Sep 2025", "From our Paris bureau: Élodie Marchand and
Tom Achterberg", "Special Correspondent | New Delhi", "(Reporting by Anna Lindqvist and Tomasz
Wrona; Editing by Philip Ashdown)", "Jane Doe (@janedoe)", JSON-LD ``author`` objects, a
``<meta name="author">``. :func:`names_in_byline` reads any of them into the person names they
hold, and nothing else: no "By", no "and", no outlet or agency ("By Reuters", "AP Staff"), no
role ("Political Correspondent", "Staff Writer"), no place ("New Delhi"), no date, no e-mail
address or handle, no editor or photographer of a credit line (a "Reporting by" or "Writing by"
credit names authors; "Editing by", "Photos by" and the like do not).

A name is two to five words, each capitalised or a name particle ("de", "van", "bin"); one in
capitals ("DANA WHITFIELD") is given in title case. A part of a byline that the gazetteer knows
as a place, a country or an organisation is not a person.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, Iterable

from .markup import jsonld_data

__all__ = ["byline_line_names", "clean_authors", "credit_authors", "is_author_bio", "is_name_line",
           "names_in_byline", "page_author_sources", "split_byline"]

_SPACE: Final = re.compile(r"\s+")
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE: Final = re.compile(r"\(?\s*(?<![\w@])@\w{2,}\s*\)?")
# The opening of a byline ("By", "Written by", "Words by"), cut from the front of a part.
_BY: Final = re.compile(r"^(?:(?:written|words|story|text|article|posted|published|report)\s+)?by\b"
                        r"\s*:?\s*", re.IGNORECASE)
# The same opening in the languages of the sites whose English editions keep their own bylines
# ("Von Jonas Albrecht und Mira Ostrowski", "Par ...", "Por ...", "Door ...", "Av ..."): cut only
# before two capitalised words, so a name that opens with a particle ("Von Trapp") stays whole.
_BY_OTHER: Final = re.compile(r"^(?:von|par|por|door|av|af)\s+(?=[^\W\d_][\w'’.-]*\s+[^\W\d_])",
                              re.IGNORECASE)
# "From our Paris bureau:", "Our correspondents:": a label before a colon, cut.
_LABEL: Final = re.compile(r"^[^:]{0,60}?\b(?:bureau|desk|correspondents?|reporters?|staff|team"
                           r"|newsroom|authors?|bylines?)\s*:\s*", re.IGNORECASE)
# A credit line's phrases: those that name authors, and those that name someone else.
_CREDIT: Final = re.compile(
    r"(?P<phrase>(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|compiled"
    r"|research|researched|translation|translated|produced|edited|written|graphics|photos?"
    r"|photography|video|illustrations?|design|fact-checking)(?:\s+and\s+[a-z]+)?\s+by"
    r"|with\s+(?:files|reporting|additional\s+reporting|contributions|input)\s+from)\s+",
    re.IGNORECASE,
)
_AUTHOR_CREDITS: Final = frozenset({"reporting by", "writing by", "written by",
                                    "reporting and writing by", "writing and reporting by"})
# Between two names: commas, "and", "&", semicolons, bars, middle dots, dashes, slashes, lines.
_SEPARATORS: Final = re.compile(r"\s*(?:[,;|·•\n/]|\s&\s|\s+(?:and|und|et|y|e|for|special to)\s+"
                                r"|\s[–—-]\s)\s*",
                                re.IGNORECASE)
_PARTICLES: Final = frozenset(
    "de da di do du dos das del della der den van von ter ten la le el al bin ibn binti bint y e"
    " st. mac".split())
#: Words of a role or desk after a name ("Political Correspondent", "Staff Writer", "Paris
#: bureau chief"): a part is cut at the first of them.
ROLE_WORDS: Final = frozenset("""
correspondent correspondents reporter reporters writer writers editor editors columnist
columnists contributor contributors journalist journalists analyst analysts producer producers
photographer photographers staff bureau desk team chief senior political special foreign
diplomatic economics economic business health science technology environment environmental
sport sports politics deputy associate contributing managing executive news newsroom agency
agencies wire wires service services international national affairs security defence defense
legal education crime courts investigations investigative data digital multimedia video photo
online web guest freelance intern correspondence editorial opinion culture arts markets
finance financial energy climate parliamentary regional congressional
""".split())
#: Role words that name a body of people ("Harbour Times Staff", "Metro Desk"), not one person.
_COLLECTIVE: Final = frozenset("staff desk bureau team newsroom agencies wires services "
                               "reporters correspondents writers editors".split())
_ROLE_PHRASES: Final = frozenset({"middle east", "white house"})
_LABEL_OPENERS: Final = frozenset({"our", "from", "the", "by"})
#: Words that are no part of a person's name, capitalised or not.
_NOT_NAME: Final = frozenset(
    "our the from with for of by and or at in on to via per us me all more view profile bio "
    "email twitter facebook instagram linkedin follow share subscribe login logout sign menu "
    "home search contact about news read comments comment updated published posted".split())
_TITLE_WORDS: Final = frozenset("mr mrs ms dr prof sir dame".split())
_MAX_PART: Final = 120  # characters: a longer part is prose, not a name
_MAX_WORDS: Final = 5


def names_in_byline(text: str | None, *, outlets: Iterable[str | None] = ()) -> tuple[str, ...]:
    """The person names a byline, credit or author field holds (see the module's text), in
    order, each once. ``outlets``: names of the publishing site and outlet, which are no
    person wherever they stand in the byline ("Josh Albrecht, Desert Sun Times")."""
    if not text:
        return ()
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u2009", " ")
    text = _URL.sub(" ", _EMAIL.sub(" ", text))
    text = _HANDLE.sub(" ", text)
    known = _outlet_names(outlets)
    names: list[str] = []
    for segment in _credit_segments(text):
        for part in _SEPARATORS.split(segment):
            name = _person(part, known)
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return tuple(names)


def clean_authors(values: Iterable[str | None], *, outlets: Iterable[str | None] = ()
                  ) -> tuple[str, ...]:
    """The person names of several author values (a feed's or a record's authors), in order,
    each once."""
    out: list[str] = []
    for value in values:
        for name in names_in_byline(value, outlets=outlets):
            if name.casefold() not in {n.casefold() for n in out}:
                out.append(name)
    return tuple(out)


_BYLINE_LINE: Final = re.compile(
    r"^\s*(?:(?:written|words|story|text)\s+by|by)\s+(?=[^\W\d_])", re.IGNORECASE)
_CREDIT_LINE: Final = re.compile(
    r"^\s*[(\[]?\s*(?:(?:additional\s+)?reporting|writing|editing|written|compiled)"
    r"(?:\s+and\s+[a-z]+)?\s+by\s", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')\]]*\s*$")


def byline_line_names(line: str, *, outlets: Iterable[str | None] = ()) -> tuple[str, ...] | None:
    """For a line that is, as a whole, a byline ("By X and Y", "Written by X", "By X | 11
    February 2025") or a credit line ("(Reporting by X; Editing by Y)"): the authors it names
    (possibly none: "By Reuters"). None for any other line (a sentence that merely holds "by")."""
    text = line.strip()
    if not text or len(text) > 300:
        return None
    if _CREDIT_LINE.match(text):
        return names_in_byline(text.strip("()[] ."), outlets=outlets)
    if not _BYLINE_LINE.match(text) or _SENTENCE_END.search(text.rstrip(" )")) and \
            not re.search(r"\b[A-Z]\.$", text):
        return None
    rest = _BY.sub("", text, count=1)
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    # a byline holds names, roles, outlets and a date: no run of lower-case words (a sentence)
    # ("Story by X • Photos by Y": a second credit's "by" is no sentence either)
    lower = [w for w in words if not w[:1].isupper() and w.lower() not in _PARTICLES
             and w.lower() not in ("and", "of", "the", "for", "in", "at", "on", "by")
             and w.lower() not in ROLE_WORDS]
    if lower or not words or len(words) > 30:
        return None
    return names_in_byline(text, outlets=outlets)


_NAME_JOINERS: Final = frozenset("and by & with".split())


def is_name_line(line: str, authors: Iterable[str]) -> bool:
    """Whether ``line`` is only the names of ``authors`` (a bare byline: "Ana Lima", "Ana Lima
    and Tiago Reis", a linked name above the story), each word of it a word of their names or
    a joiner ("and", "by", "&"), and it holds one of them whole ("Lima" alone is no byline)."""
    names = [n for n in authors if n]
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    if not names or not words or len(line) > _MAX_BYLINE_CHARS:
        return False
    name_words = {w.casefold() for n in names for w in n.split()}
    rest = [w for w in words if w.casefold() not in _NAME_JOINERS]
    if not rest or any(w.casefold() not in name_words for w in rest):
        return False
    held = [m.casefold() for m in names_in_byline(line)]
    return bool(held) and all(n in {x.casefold() for x in names} for n in held)


# What a bio says of its author right after the name: "is / was / has been / covers / writes /
# reports / joined / lives", or a role after a comma ("Ana Lima, the Courier's port reporter,").
_BIO_VERB: Final = re.compile(r"\s*(?:,\s*(?:a|an|the|our)\s[^,]{2,80},\s*)?(?:is|was|has been"
                              r"|has|covers|covered|writes|wrote|reports|reported|joined|lives"
                              r"|previously)\b", re.IGNORECASE)
_MAX_BIO_WORDS: Final = 80


def is_author_bio(line: str, authors: Iterable[str]) -> bool:
    """Whether ``line`` is a bio of one of ``authors``: it opens with the author's full name,
    then what a bio says ("Ana Lima is the Courier's port reporter. She has covered the coast
    since 2015."), in at most :data:`_MAX_BIO_WORDS` words."""
    text = line.strip()
    if len(text.split()) > _MAX_BIO_WORDS:
        return False
    for name in authors:
        if name and text.startswith(name) and _BIO_VERB.match(text[len(name):]):
            return True
    return False


def _credit_segments(text: str) -> list[str]:
    """The pieces of ``text`` that can name authors: for a credit line ("Reporting by X;
    Editing by Y"), those after an author credit; for anything else, the whole text."""
    found = list(_CREDIT.finditer(text))
    if not found:
        return [text]
    out = []
    head = text[: found[0].start()]
    if head.strip(" ;,.()[]"):
        out.append(head)
    for i, match in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        phrase = _SPACE.sub(" ", match.group("phrase").lower())
        if phrase in _AUTHOR_CREDITS:
            out.append(text[match.end():end])
    return out


def _outlet_names(outlets: Iterable[str | None]) -> frozenset[str]:
    from ..lexicon.tables import NEWS_OUTLETS

    names = {_fold(o) for o in outlets if o}
    for outlet, name, aliases, dateline_only, _home in NEWS_OUTLETS:
        names.update(_fold(n) for n in (outlet, name, *aliases, *dateline_only))
    names.update(_fold(n) for n in (
        "Associated Press", "The Associated Press", "AP", "Reuters", "Thomson Reuters", "AFP",
        "Agence France-Presse", "Agence France Presse", "Bloomberg", "Bloomberg News", "dpa",
        "EFE", "ANSA", "PA", "PA Media", "Press Association", "UPI", "CNN", "BBC", "BBC News",
        "Press Trust of India", "PTI", "IANS", "Kyodo News", "Yonhap News Agency", "NPR",
        "Canadian Press", "The Canadian Press", "AAP", "Australian Associated Press"))
    names.discard("")
    return frozenset(names)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACE.sub(" ", re.sub(r"[^\w\s&-]", " ", text.casefold())).strip()


def _without_outlet(part: str, known: frozenset[str]) -> str:
    """``part`` without an outlet's name at its start or end ("Josh Albrecht Desert Sun
    Times"); empty when it is one."""
    words = part.split()
    for cut in range(len(words), 0, -1):
        if _fold(" ".join(words[-cut:])) in known or _fold(" ".join(words[-cut:]).removeprefix(
                "The ")) in known:
            return " ".join(words[:-cut])
        if _fold(" ".join(words[:cut])) in known:
            return " ".join(words[cut:])
    return part


def _person(part: str, known: frozenset[str]) -> str | None:
    """The person name ``part`` (one piece of a byline) is, or None."""
    part = _SPACE.sub(" ", part).strip(" \t.,;:()[]{}\"'“”‘’*_-–—")
    if not part or len(part) > _MAX_PART or re.search(r"\d", part):
        return None
    part = _LABEL.sub("", part)
    part = _BY.sub("", part).strip()
    if (m := _BY_OTHER.match(part)) and _capitalised_run(part[m.end():], 2):
        part = part[m.end():]
    part = _without_outlet(part, known)
    words = part.split()
    # a role after the name ("Liam Ferris Political reporter"): cut at its first word
    for i, word in enumerate(words):
        bare = word.strip(".,:;()").lower()
        pair = " ".join(w.strip(".,:;()").lower() for w in words[i:i + 2])
        if bare in ROLE_WORDS or pair in _ROLE_PHRASES:
            if words[0].lower() in _LABEL_OPENERS:  # "Our Paris bureau Élodie Marchand"
                words = words[i + 1:]
                break
            if i == len(words) - 1 and bare in _COLLECTIVE:  # "Harbour Times Staff": a body
                return None
            words = words[:i]
            # the desk's place before the role ("Dana Whitfield Washington correspondent")
            while len(words) > 2 and _is_place_or_body(words[-1].strip(".,:;()")):
                words = words[:-1]
            break
    while words and words[0].strip(".").lower() in _TITLE_WORDS:
        words = words[1:]
    words = [w.strip(",;:()") for w in words if w.strip(",;:()")]
    if not 2 <= len(words) <= _MAX_WORDS:
        return None
    capitalised = 0
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if word.lower() in _NOT_NAME:
            return None
        if not word[:1].isalpha() or not word[:1].isupper():
            return None
        if not re.fullmatch(r"[^\W\d_][\w'’.-]*", word):
            return None
        capitalised += 1
    if capitalised < 2:
        return None
    name = " ".join(words)
    if _fold(name) in known:
        return None
    if name.isupper():
        name = " ".join(_title_word(w) for w in words)
    if _is_place_or_body(name):
        return None
    return name


def _capitalised_run(text: str, n: int) -> bool:
    """Whether ``text`` opens with ``n`` capitalised words."""
    words = text.split()[:n]
    return len(words) == n and all(w[:1].isupper() for w in words)


def _title_word(word: str) -> str:
    if word.lower() in _PARTICLES:
        return word.lower()
    return "-".join(piece[:1].upper() + piece[1:].lower() for piece in word.split("-"))


def _is_place_or_body(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country, place, region or organisation."""
    from ..lexicon.gazetteer import load_gazetteer

    return load_gazetteer().lookup(name) is not None


# -- pages ----------------------------------------------------------------------------------
_AUTHOR_META: Final = ("author", "article:author", "byl", "dc.creator", "dcterms.creator",
                       "parsely-author", "sailthru.author", "cxenseparse:author")
_BYLINE_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:bylines?|by-line|authors?|author-?name|writers?|contributors?|autor|autoren"
    r"|autorin|auteurs?|autores?|autori)(?:$|[\s_-])",
    re.IGNORECASE)
# An element inside a byline that gives the author's role, not a name ("<span class="role">
# Municipal affairs reporter</span>", ``itemprop="jobTitle"``): left out of the byline's text.
_ROLE_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:role|title|job-?title|jobtitle|position|designation|description|desc)"
    r"(?:$|[\s_-])", re.IGNORECASE)
_NOT_BYLINE_CLASS: Final = re.compile(r"bio|avatar|image|photo|img|social|follow|more|related"
                                      r"|profile-link|twitter|email", re.IGNORECASE)
_ARTICLE_TYPES: Final = re.compile(r"article|posting|report|blog", re.IGNORECASE)
_MAX_BYLINE_CHARS: Final = 240


def page_author_sources(root, *, outlets: Iterable[str | None] = ()) -> list[tuple[str, ...]]:
    """The authors each kind of page markup names, most reliable first: the JSON-LD article's
    ``author`` (people, not organisations), the author ``<meta>`` tags, and the visible byline
    elements (a class or id saying byline or author, ``rel="author"``, ``itemprop="author"``).
    A kind that names nobody gives an empty tuple. Last come the blocks of any other markup
    whose whole text is a byline ("<div class=meta>By X | 11 February 2025</div>")."""
    outlets = tuple(outlets)
    jsonld: list[str] = []
    for data in jsonld_data(root):
        _jsonld_authors(data, jsonld, 0)
    metas = [element.get("content") or "" for element in root.iter("meta")
             if (element.get("name") or element.get("property") or "").strip().lower()
             in _AUTHOR_META]
    metas = [m for m in metas if not _URL.match(m.strip())]
    bylines: list[str] = []
    shaped: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta"):
            continue
        marks = " ".join(element.get(a) or "" for a in ("class", "id", "itemprop", "rel"))
        if not _BYLINE_CLASS.search(marks) or _NOT_BYLINE_CLASS.search(marks):
            if element.tag in _BLOCKS and (line := _short_line(element)) is not None:
                names = byline_line_names(line, outlets=outlets)
                if names:
                    shaped.extend(names)
            continue
        if any(_BYLINE_CLASS.search(" ".join(a.get(k) or "" for k in ("class", "id", "itemprop",
                                                                       "rel")))
               for a in element.iterancestors()):
            continue  # inside a byline already read
        text = _lines_of(element)
        if text and len(text) <= _MAX_BYLINE_CHARS:
            bylines.append(text)
    return [clean_authors(jsonld, outlets=outlets), clean_authors(metas, outlets=outlets),
            clean_authors(bylines, outlets=outlets), tuple(dict.fromkeys(shaped))]


def _short_line(element) -> str | None:
    """The text of a block without block children, when it is one short line, else None (read
    lazily: a long block's text is never built)."""
    if any(isinstance(c.tag, str) and c.tag in _BLOCKS and c.tag != "br" for c in element):
        return None
    size, parts = 0, []
    for piece in element.itertext():
        size += len(piece)
        if size > _MAX_BYLINE_CHARS:
            return None
        parts.append(piece)
    return " ".join("".join(parts).split()) or None


def _jsonld_authors(data: object, out: list[str], depth: int) -> None:
    """The names of the people in the ``author`` (and ``creator``) of every article object."""
    if depth > 8:
        return
    if isinstance(data, list):
        for value in data:
            _jsonld_authors(value, out, depth + 1)
        return
    if not isinstance(data, dict):
        return
    kind = data.get("@type")
    kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
    if _ARTICLE_TYPES.search(kinds) or "articleBody" in data:
        for key in ("author", "creator"):
            for person in data.get(key) if isinstance(data.get(key), list) else [data.get(key)]:
                if isinstance(person, str):
                    out.append(person)
                elif isinstance(person, dict):
                    person_kind = person.get("@type")
                    person_kind = " ".join(person_kind) if isinstance(person_kind, list) \
                        else str(person_kind or "Person")
                    name = person.get("name")
                    if "person" in person_kind.lower() and isinstance(name, str):
                        out.append(name)
    for value in data.values():
        if isinstance(value, (dict, list)):
            _jsonld_authors(value, out, depth + 1)


_BLOCKS: Final = frozenset("address article aside blockquote br dd div dl dt figcaption figure "
                           "footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table "
                           "td th tr ul".split())


def _lines_of(element) -> str:
    """An element's text with a line break at each ``<br>`` and block (where the page shows
    one), so "By X<br>Desert Sun Times" is two lines, and "By <a>X</a>" one; an element that
    gives a role (``class="role"``, ``itemprop="jobTitle"``) is left out."""
    parts: list[str] = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and node.tag in ("script", "style"):
            if node.tail:
                parts.append(node.tail)
            return
        if node is not element and isinstance(node.tag, str) and _ROLE_CLASS.search(
                " ".join(node.get(k) or "" for k in ("class", "itemprop"))):
            parts.append("\n")  # a role: left out, and no part of the name before it
            if node.tail:
                parts.append(node.tail)
            return
        block = isinstance(node.tag, str) and node.tag in _BLOCKS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node is not element and node.tail:
            parts.append(node.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# -- plain text -----------------------------------------------------------------------------
_LEAD_LINES: Final = 3  # a byline sits in the first lines, before the story


def split_byline(text: str) -> tuple[str, tuple[str, ...]]:
    """``(text without its leading byline, authors)`` when ``text`` opens with a byline line
    ("By Jane Doe and John Smith", "By JANE DOE, Associated Press"), with the line under it when
    that names only an outlet or a role ("Associated Press", "Staff Writer"); else
    ``(text, ())``. Like a date marker, a byline is about the article, not in it: left in, it
    hides the dateline under it and gives names no quote is by. Nothing is cut when nothing
    would be left. Without a leading byline, a closing credit line gives the authors
    (:func:`credit_authors`) and stays."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first >= _LEAD_LINES:
        return text, credit_authors(text)
    names = byline_line_names(lines[first])
    if names is None:
        return text, credit_authors(text)
    end = first + 1
    if end < len(lines) and lines[end].strip() and _only_outlet_or_role(lines[end]):
        end += 1
    rest = "\n".join(lines[end:]).strip()
    if not rest:
        return text, ()
    return rest, names


def credit_authors(text: str) -> tuple[str, ...]:
    """The authors a wire story's closing credit line names ("(Reporting by Anna Lindqvist and
    Tomasz Wrona; Editing by Philip Ashdown)"), or none. The line stays in the text."""
    lines = [line for line in text.rstrip().split("\n")[-3:] if line.strip()]
    for line in reversed(lines):
        if _CREDIT_LINE.match(line.strip()):
            return byline_line_names(line) or ()
    return ()


def _only_outlet_or_role(line: str) -> bool:
    """Whether ``line`` is only an outlet's name or a role ("Associated Press", "AP Writer")."""
    text = line.strip().strip(".")
    if not text or len(text) > 60 or re.search(r"\d", text):
        return False
    known = _outlet_names(())
    words = [w.strip(",") for w in text.split()]
    rest = [w for w in words if w.lower() not in ROLE_WORDS]
    return not rest or _fold(" ".join(rest)) in known
