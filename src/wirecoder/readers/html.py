"""HTML pages through trafilatura: the article text without boilerplate, plus its metadata.

trafilatura gives text, title, date, site name and URL; lxml reads what trafilatura leaves out
or misses (the ``lang`` attribute, ``og:site_name``, ``og:url``, ``<link rel="canonical">``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Final

import lxml.etree
import lxml.html

from ..article import Article
from ..errors import InputError
from .fields import (
    MAX_YEAR,
    MIN_YEAR,
    clean_text,
    normalize_date,
    typographic_text,
    normalize_language,
    year_in_range,
)
from .boilerplate import AD_LABELS, drop_boilerplate
from .notice import warn

__all__ = [
    "MAX_HTML_ELEMENTS",
    "MIN_ARTICLE_WORDS",
    "PageMetadata",
    "article_from_html",
    "drop_headline",
    "drop_link_blocks",
    "PageBlocks",
    "page_blocks",
    "prepare_tree",
    "restore_paragraphs",
    "fragment_text",
    "read_page_metadata",
]

#: Fewer words than this after boilerplate removal is not an article (a menu, a cookie banner).
MIN_ARTICLE_WORDS: Final = 5
#: More elements than this and a page is refused before trafilatura sees it: its work grows with
#: the element count (20,000 paragraphs take 4 to 5 s, 30,000 about 8 s, 100,000 took 114 s),
#: while a real news page holds a few thousand (the count takes lxml a fraction of a second).
MAX_HTML_ELEMENTS: Final = 20_000

_BLOCK_TAGS: Final = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_DROP_TAGS: Final = ("script", "style", "noscript", "template")
# Inline formatting: its text is part of a sentence even when it is one word ("will <em>watch</em>")
_FORMATTING_TAGS: Final = frozenset(
    "a abbr b bdi bdo cite code dfn em i kbd mark q s samp strong sub sup time u var html body "
    "article main".split()
)
_PARAGRAPH_TAGS: Final = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption")
_HEADLINE_WITHIN: Final = 3  # the headline repeated in the text is among its first lines
_KICKER_WORDS: Final = 5  # a label above the headline ("Explainer", "Live updates") is short
_SPACES: Final = re.compile(r"[^\S\n]+")
_WHITESPACE: Final = re.compile(r"\s+")
_WORD: Final = re.compile(r"\w+")


def article_from_html(html: str, source: str) -> Article:
    """The article in a decoded HTML page.

    Paragraphs are separated by newlines; a first line repeating the title is dropped (it is
    the headline, which ``title`` holds; :func:`drop_headline`, with a kicker above it), so are
    paragraphs that are only a link (:func:`drop_link_blocks`), and so are the boilerplate lines
    trafilatura leaves in (:func:`~wirecoder.readers.boilerplate.drop_boilerplate`: "Read more", "Top stories",
    share and comment prompts, lists of links): ``text`` is the article without them. A truncated page yields what it holds. A date with a
    year outside ``MIN_YEAR..MAX_YEAR`` is dropped with a warning. Raises :class:`InputError`
    when no article text is found, or when the page has over :data:`MAX_HTML_ELEMENTS`
    elements (the work budget: counted by lxml, which takes well under a second for them).
    """
    import trafilatura  # heavy (htmldate, justext): only when there is HTML to read
    from trafilatura.settings import set_date_params

    root = _parse(html)
    elements = sum(1 for _ in root.iter()) if root is not None else 0
    if elements > MAX_HTML_ELEMENTS:
        raise InputError(
            source,
            f"HTML page with {elements:,} elements, over the {MAX_HTML_ELEMENTS:,}-element limit "
            "for one page (the work of reading it grows with them)",
            "split it, or save the article text as plain text",
        )
    page = _page_metadata(root) if root is not None else PageMetadata()
    if root is not None:
        prepare_tree(root)
    blocks = page_blocks(root) if root is not None else PageBlocks()
    document = trafilatura.bare_extraction(
        html if root is None else root,
        with_metadata=True,
        include_comments=False,
        # dates from metadata and markup only, never a year guessed from the page text
        date_extraction_params=set_date_params(extensive=False),
    )
    # boilerplate lines trafilatura keeps ("Read more", "Top stories", link lists) are not the
    # article: dropped from the text itself, so no offset can ever point into them
    text = typographic_text(clean_text(document.text or "")) if document is not None else ""
    # a flattened run (trafilatura's fallbacks and JSON-LD articleBody join paragraphs with
    # spaces) gets its paragraph breaks back from the page's own blocks, and captions go
    text = restore_paragraphs(text, blocks.body_paragraphs + blocks.paragraphs)
    text = "\n".join(line for line in text.split("\n")
                     if " ".join(line.split()) not in blocks.captions)
    text = drop_boilerplate(text)
    title = (_clean(document.title) if document is not None else None) or page.title
    text = drop_headline(text, title)
    words = len(_WORD.findall(text))
    if document is None or words < MIN_ARTICLE_WORDS:
        raise InputError(
            source,
            f"no article text found in the HTML ({words} words left after removing boilerplate)",
            "check it is an article page, or save the article as plain text",
        )
    site = _clean(document.sitename) or page.site_name
    published = normalize_date(document.date)
    if published is not None and not year_in_range(published):
        warn(source, f"date {published} has a year outside {MIN_YEAR}..{MAX_YEAR}; dropped")
        published = None
    return Article(
        text=text,
        source=source,
        url=_absolute_url(document.url) or page.url,
        outlet=site,
        site=site,
        title=title,
        published=published,
        published_source="html" if published else None,
        language=page.language or normalize_language(document.language),
    )


def drop_headline(text: str, title: str | None) -> str:
    """``text`` without its first lines when they are the headline (``title``), and with it any
    kicker above it ("Explainer", "Analysis", "Live"): short label lines before the headline
    among the first :data:`_HEADLINE_WITHIN` lines. Otherwise ``text`` unchanged."""
    if not title:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines[:_HEADLINE_WITHIN]):
        if line.strip() == title:
            if all(_kicker(above) for above in lines[:i]):
                return "\n".join(lines[i + 1 :]).strip()
            break
    return text


def _kicker(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) <= _KICKER_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”"))


@dataclass(frozen=True, slots=True)
class PageBlocks:
    """Texts of the page's blocks, whitespace folded: ``paragraphs`` (p, headings, list items,
    blockquotes), ``captions`` (figcaption), ``body_paragraphs`` (the paragraphs of a JSON-LD
    ``articleBody``, split at its line breaks)."""

    paragraphs: tuple[str, ...] = ()
    captions: frozenset[str] = frozenset()
    body_paragraphs: tuple[str, ...] = ()


def page_blocks(root: lxml.html.HtmlElement) -> PageBlocks:
    """The block texts of a page (:class:`PageBlocks`)."""
    paragraphs = tuple(t for e in root.iter(*_PARAGRAPH_TAGS)
                       if (t := " ".join(typographic_text(e.text_content()).split())))
    captions = frozenset(t for e in root.iter("figcaption")
                         if (t := " ".join(typographic_text(e.text_content()).split())))
    bodies: list[str] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        _article_bodies(data, bodies, 0)
    body_paragraphs = tuple(
        t for body in bodies
        for line in (fragment_text(body) if "<" in body else typographic_text(body)).split("\n")
        if (t := " ".join(line.split())))
    return PageBlocks(paragraphs, captions, body_paragraphs)


def _article_bodies(data: object, out: list[str], depth: int) -> None:
    """Every ``articleBody`` string in a JSON-LD value (``@graph`` and nesting included)."""
    if depth > 8:
        return
    if isinstance(data, dict):
        body = data.get("articleBody")
        if isinstance(body, str) and body.strip():
            out.append(body)
        for value in data.values():
            if isinstance(value, (dict, list)):
                _article_bodies(value, out, depth + 1)
    elif isinstance(data, list):
        for value in data:
            _article_bodies(value, out, depth + 1)


def restore_paragraphs(text: str, paragraphs: tuple[str, ...]) -> str:
    """``text`` with a line break before each of ``paragraphs`` that it holds, when ``text`` is
    one flattened run (no line break at all) holding at least two of them in order; otherwise
    ``text`` unchanged. Only a space before a paragraph's start becomes a break: nothing else
    in the text changes."""
    if "\n" in text or len(paragraphs) < 2:
        return text
    chars = list(text)
    cursor = breaks = 0
    for paragraph in paragraphs:
        k = text.find(paragraph, cursor)
        if k < 0:
            continue
        if k > 0 and text[k - 1] == " ":
            chars[k - 1] = "\n"
            breaks += 1
        cursor = k + len(paragraph)
    return "".join(chars) if breaks else text


def prepare_tree(root: lxml.html.HtmlElement) -> None:
    """The page's tree made ready for trafilatura, in place: links to other stories out
    (:func:`drop_link_blocks`), advertising labels out even inside a paragraph ("... leaders.
    Advertisement The amendment ..."), ``<q>`` elements written out with the quote marks a
    browser shows (trafilatura makes a ``<q>`` its own line, cutting the quote from its
    attribution), and a single ``<br>`` inside a paragraph read as the space it is in prose
    (trafilatura makes it a line break, which separates a quote from "she said"; a double
    ``<br>`` stays a paragraph break)."""
    drop_link_blocks(root)
    for element in list(root.iter()):
        if (isinstance(element.tag, str) and element.tag not in _FORMATTING_TAGS
                and element.getparent() is not None
                and (label := _short_text(element)) is not None
                and label.lower().rstrip(".:") in AD_LABELS):
            element.drop_tree()
    for element in list(root.iter("q")):
        element.text = "“" + (element.text or "")
        last = element[-1] if len(element) else None
        if last is not None:
            last.tail = (last.tail or "") + "”"
        else:
            element.text += "”"
        element.drop_tag()
    for br in list(root.iter("br")):
        paragraph = next((a for a in br.iterancestors() if a.tag in _BLOCK_TAGS), None)
        if paragraph is None or paragraph.tag != "p" or _next_to_br(br):
            continue
        previous = br.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "").rstrip() + " " + (br.tail or "").lstrip()
        else:
            parent = br.getparent()
            parent.text = (parent.text or "").rstrip() + " " + (br.tail or "").lstrip()
        br.getparent().remove(br)


def _short_text(element: lxml.html.HtmlElement, limit: int = 60) -> str | None:
    """The element's text, whitespace folded, or None once it runs over ``limit`` characters
    (read lazily: a container's long text is never built just to be compared with a label)."""
    size, parts = 0, []
    for piece in element.itertext():
        size += len(piece)
        if size > limit:
            return None
        parts.append(piece)
    return " ".join("".join(parts).split())


def _next_to_br(br: lxml.html.HtmlElement) -> bool:
    """Whether another ``<br>`` is next to this one (only whitespace between them)."""
    nxt, prev = br.getnext(), br.getprevious()
    return ((nxt is not None and nxt.tag == "br" and not (br.tail or "").strip())
            or (prev is not None and prev.tag == "br" and not (prev.tail or "").strip()))


def drop_link_blocks(root: lxml.html.HtmlElement) -> None:
    """Remove, in place, each paragraph or list item whose whole text is the text of its links
    (``<p><a href=...>Another story's headline</a></p>``): a link to another page, never the
    article's own prose (which has words outside any link). The tail text after it stays."""
    for element in list(root.iter("p", "li")):
        text = _WHITESPACE.sub("", element.text_content())
        if not text:
            continue
        links = "".join(_WHITESPACE.sub("", a.text_content()) for a in element.iter("a"))
        if links == text and element.getparent() is not None:
            element.drop_tree()


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content): block elements become line
    breaks, runs of spaces one space, scripts and styles go."""
    if "<" not in fragment:
        return typographic_text(clean_text(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return typographic_text(clean_text(fragment))
    for element in list(root.iter(*_DROP_TAGS)):
        element.drop_tree()
    for element in root.iter():  # a source line break is a space in HTML, except in <pre>
        in_pre = any(ancestor.tag == "pre" for ancestor in element.iterancestors())
        if element.text and not (in_pre or element.tag == "pre"):
            element.text = _WHITESPACE.sub(" ", element.text)
        if element.tail and not in_pre:
            element.tail = _WHITESPACE.sub(" ", element.tail)
    for element in root.iter(*_BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip()
             for line in typographic_text(root.text_content()).split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What lxml reads from a page's markup, the fallback for what trafilatura misses."""

    language: str | None = None
    site_name: str | None = None
    title: str | None = None
    url: str | None = None


def read_page_metadata(html: str) -> PageMetadata:
    """``<html lang>``, ``og:site_name``, ``og:title`` or ``<title>``, ``og:url`` or canonical."""
    root = _parse(html)
    return _page_metadata(root) if root is not None else PageMetadata()


def _parse(html: str) -> lxml.html.HtmlElement | None:
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def _page_metadata(root: lxml.html.HtmlElement) -> PageMetadata:
    metas: dict[str, str] = {}
    for element in root.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("http-equiv") or ""
        metas.setdefault(key.strip().lower(), element.get("content") or "")
    links: dict[str, str] = {}
    for element in root.iter("link"):
        for rel in (element.get("rel") or "").lower().split():
            links.setdefault(rel, element.get("href") or "")
    language = root.get("lang") or root.get("xml:lang")
    language = language or metas.get("content-language") or metas.get("og:locale")
    return PageMetadata(
        language=normalize_language(language),
        site_name=_clean(metas.get("og:site_name")),
        title=_clean(metas.get("og:title")) or _clean(root.findtext(".//title")),
        url=_absolute_url(metas.get("og:url")) or _absolute_url(links.get("canonical")),
    )


def _clean(value: str | None) -> str | None:
    """Whitespace runs folded, ends stripped; None for nothing."""
    return (" ".join(value.split()) or None) if value else None


def _absolute_url(value: str | None) -> str | None:
    """The URL when it is absolute http(s); relative URLs cannot be resolved offline."""
    value = (value or "").strip()
    return value if value.startswith(("http://", "https://")) else None
