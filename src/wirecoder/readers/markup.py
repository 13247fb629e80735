"""Page markup made ready for text extraction, and the page's own blocks to check the result.

trafilatura reads a page's tree; some markup it reads against the page's sense, and
:func:`prepare_tree` rewrites that first, in place: a paragraph that is only a link (another
story's headline) goes, an advertising label goes even inside a paragraph, a ``<q>`` is written
out with the quote marks a browser shows, and a lone ``<br>`` inside a paragraph is the space it
is in prose (a double ``<br>`` stays a paragraph break), and the posts of a live feed written as
sibling ``<article>`` elements become plain blocks (:func:`unwrap_feed_posts`). :func:`page_blocks` collects the texts
of the page's paragraphs, captions and JSON-LD ``articleBody``, with which
:func:`restore_paragraphs` gives a flattened run of text (trafilatura's fallbacks join
paragraphs with spaces) its paragraph breaks back. :func:`fragment_text` is the text of an HTML
fragment (a feed entry's content).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Final, Iterator

import lxml.etree
import lxml.html

from .boilerplate import AD_LABELS
from .fields import clean_text, typographic_text

__all__ = [
    "PageBlocks",
    "drop_link_blocks",
    "fragment_text",
    "jsonld_data",
    "page_blocks",
    "prepare_tree",
    "restore_paragraphs",
    "unwrap_feed_posts",
]

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
_SPACES: Final = re.compile(r"[^\S\n]+")
_WHITESPACE: Final = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PageBlocks:
    """Texts of the page's blocks, whitespace folded: ``paragraphs`` (p, headings, list items,
    blockquotes), ``captions`` (figcaption), ``body_paragraphs`` (the paragraphs of a JSON-LD
    ``articleBody``, split at its line breaks)."""

    paragraphs: tuple[str, ...] = ()
    captions: frozenset[str] = frozenset()
    body_paragraphs: tuple[str, ...] = ()


def jsonld_data(root: lxml.html.HtmlElement) -> Iterator[object]:
    """The parsed JSON of each ``<script type="application/ld+json">`` of a page; a script that
    is no valid JSON is passed over."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            yield json.loads(script.text or "")
        except ValueError:
            continue


def page_blocks(root: lxml.html.HtmlElement) -> PageBlocks:
    """The block texts of a page (:class:`PageBlocks`)."""
    paragraphs = tuple(t for e in root.iter(*_PARAGRAPH_TAGS)
                       if (t := " ".join(typographic_text(e.text_content()).split())))
    captions = frozenset(t for e in root.iter("figcaption")
                         if (t := " ".join(typographic_text(e.text_content()).split())))
    bodies: list[str] = []
    for data in jsonld_data(root):
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
    ``<br>`` stays a paragraph break); the posts of a live feed are plain blocks
    (:func:`unwrap_feed_posts`)."""
    drop_link_blocks(root)
    unwrap_feed_posts(root)
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


_POST_PROSE_WORDS: Final = 8  # a paragraph this long is prose (a teaser's dek is one such)
_MIN_FEED_POSTS: Final = 2  # sibling <article>s with two prose paragraphs each: a live feed


def unwrap_feed_posts(root: lxml.html.HtmlElement) -> None:
    """Make the posts of a live feed plain ``<div>`` blocks, in place: sibling ``<article>``
    elements of which at least two hold two paragraphs of prose or more (a live blog's
    timestamped updates, each its own ``<article>``). trafilatura takes a page's first
    ``<article>`` for the story, so it read only the newest post, then fell back to a whole-page
    extractor that drops that post's heading. Story cards (a related rail's ``<article>``s,
    one dek each at most) and a lone article are left as they are."""
    parents = {id(a.getparent()): a.getparent() for a in root.iter("article")
               if a.getparent() is not None}
    for parent in parents.values():
        posts = [c for c in parent if c.tag == "article"]
        full = sum(1 for post in posts if sum(
            1 for p in post.iter("p") if len(_WORDS.findall(p.text_content())) >= _POST_PROSE_WORDS
        ) >= 2)
        if full >= _MIN_FEED_POSTS:
            for post in posts:
                post.tag = "div"


_WORDS: Final = re.compile(r"\w+")


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
