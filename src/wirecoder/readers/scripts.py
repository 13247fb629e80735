"""The story a client-rendered page carries only in its script data.

A page built in the browser (Next.js, Nuxt, a single-page app) sends an HTML shell ("Loading…",
a header, a footer) and the article as JSON: the framework's state
(``<script id="__NEXT_DATA__" type="application/json">``, ``__NUXT_DATA__``, any
``application/json`` script) or a JSON-LD ``articleBody``. :func:`script_story` reads that JSON,
never runs a script, and gives the longest article body it holds, with its headline, date and
authors when the object holding the body names them. The body may be one string (plain text
with blank lines between paragraphs, or HTML), or a list of blocks (strings, or objects with
``text``/``content``/``html``/``value``, or rich-text ``children``), of which paragraphs,
headings and quotes are kept and images, embeds, advertisements and links to other stories go.

The reader uses it only when the visible body is empty or a stub
(:func:`wirecoder.readers.html.article_from_html`): a server-rendered page whose script data
repeats the visible text keeps the visible text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Final

__all__ = ["ScriptStory", "script_story"]

_WORD: Final = re.compile(r"\w+")
_TAG: Final = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote|span|a|em|strong|b|i)\b[^>]*>",
                         re.IGNORECASE)
_SENTENCE: Final = re.compile(r"[.!?…][\"”’')\]]*(?:\s|$)")
#: Keys whose value is an article body.
_BODY_KEYS: Final = frozenset(
    "articlebody body bodyhtml body_html bodytext body_text content contenthtml content_html "
    "articletext article_text storytext story_text text html blocks paragraphs elements "
    "contentelements content_elements components".split())
#: Keys of a block object that hold its text.
_TEXT_KEYS: Final = ("text", "content", "html", "value", "body", "plaintext", "plain_text")
#: Block types that are no part of the article's prose.
_SKIP_TYPES: Final = re.compile(
    r"image|photo|picture|gallery|video|audio|embed|tweet|social|ad\b|ads|advert|promo|related"
    r"|newsletter|recirc|teaser|link|button|caption|credit|byline|oembed|iframe|raw_html|table",
    re.IGNORECASE)
_HEADLINE_KEYS: Final = ("headline", "title", "seoTitle", "headlines")
_DATE_KEYS: Final = ("datePublished", "publishedAt", "published_at", "publishDate",
                     "published", "firstPublished", "firstPublishedAt", "first_published_at",
                     "displayDate", "date", "createdAt")
_AUTHOR_KEYS: Final = ("author", "authors", "byline", "bylines", "credits", "creator")
_MIN_WORDS: Final = 40  # a body shorter than this is a teaser or a label, not a story
_MAX_NODES: Final = 200_000  # JSON nodes walked per page at most (a state blob can be huge)
_MAX_DEPTH: Final = 40


@dataclass(frozen=True, slots=True)
class ScriptStory:
    """An article body found in a page's script data: ``paragraphs`` (plain text, in order)
    and what the object holding it says of it (each None or empty when it says nothing)."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return sum(len(_WORD.findall(p)) for p in self.paragraphs)


def script_story(root) -> ScriptStory | None:
    """The longest article body in the page's JSON scripts (:class:`ScriptStory`), or None."""
    best: ScriptStory | None = None
    budget = [_MAX_NODES]
    for script in root.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind not in ("application/json", "application/ld+json") \
                and script.get("id") not in ("__NEXT_DATA__", "__NUXT_DATA__"):
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for found in _bodies(data, [], budget, 0):
            if best is None or found.words > best.words:
                best = found
    return best if best is not None and best.words >= _MIN_WORDS else None


def _bodies(node: Any, holders: list[dict], budget: list[int], depth: int):
    """Every article body in ``node``, with the objects above it (``holders``, nearest last)."""
    budget[0] -= 1
    if budget[0] < 0 or depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                yield from _bodies(item, holders, budget, depth + 1)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if isinstance(key, str) and key.lower() in _BODY_KEYS:
            paragraphs = _paragraphs(value, budget)
            if paragraphs and sum(len(_WORD.findall(p)) for p in paragraphs) >= _MIN_WORDS \
                    and any(_SENTENCE.search(p) for p in paragraphs):
                yield _story(paragraphs, [*holders, node])
                continue
        if isinstance(value, (dict, list)):
            yield from _bodies(value, [*holders, node], budget, depth + 1)


def _paragraphs(value: Any, budget: list[int]) -> tuple[str, ...]:
    """The paragraphs a body value holds (a string, or a list of blocks)."""
    if isinstance(value, str):
        return _split(value)
    if isinstance(value, dict):  # {"html": "..."} or {"blocks": [...]}
        for key in (*_TEXT_KEYS, "blocks", "paragraphs", "elements", "children"):
            if key in value:
                return _paragraphs(value[key], budget)
        return ()
    if not isinstance(value, list):
        return ()
    out: list[str] = []
    for block in value:
        budget[0] -= 1
        if budget[0] < 0:
            break
        if isinstance(block, str):
            out.extend(_split(block))
        elif isinstance(block, dict):
            kind = " ".join(str(block.get(k) or "") for k in ("type", "_type", "__typename",
                                                               "kind", "style"))
            if _SKIP_TYPES.search(kind):
                continue
            text = _block_text(block)
            if text:
                out.extend(_split(text))
    return tuple(out)


def _block_text(block: dict) -> str:
    for key in _TEXT_KEYS:
        value = block.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, dict):
            inner = _block_text(value)
            if inner:
                return inner
    children = block.get("children")  # rich text (Portable Text, Slate): spans in order
    if isinstance(children, list):
        return "".join(c.get("text", "") if isinstance(c, dict) and isinstance(c.get("text"), str)
                       else c if isinstance(c, str) else "" for c in children)
    return ""


def _split(text: str) -> tuple[str, ...]:
    """A body string's paragraphs: HTML read as HTML, plain text split at its line breaks."""
    from .fields import clean_text, typographic_text
    from .markup import fragment_text

    text = fragment_text(text) if _TAG.search(text) else typographic_text(clean_text(text))
    return tuple(p for line in text.split("\n") if (p := " ".join(line.split())))


def _story(paragraphs: tuple[str, ...], holders: list[dict]) -> ScriptStory:
    """The body with the headline, date and authors of the nearest object that names them."""
    from .authors import clean_authors
    from .fields import normalize_date

    title = published = None
    authors: tuple[str, ...] = ()
    for holder in reversed(holders):
        if title is None:
            title = next((" ".join(v.split()) for k in _HEADLINE_KEYS
                          if isinstance(v := holder.get(k), str) and v.strip()), None)
        if published is None:
            published = next((d for k in _DATE_KEYS if isinstance(holder.get(k), str)
                              and (d := normalize_date(holder[k]))), None)
        if not authors:
            authors = clean_authors([n for k in _AUTHOR_KEYS for n in _names(holder.get(k))])
    return ScriptStory(paragraphs, title, published, authors)


def _names(value: Any) -> list[str]:
    """Names in an author value: a string, an object with a name, or a list of them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        for key in ("name", "displayName", "fullName", "full_name", "title"):
            if isinstance(value.get(key), str):
                return [value[key]]
        first, last = value.get("firstName"), value.get("lastName")
        return [f"{first} {last}"] if isinstance(first, str) and isinstance(last, str) else []
    if isinstance(value, list):
        return [n for item in value[:20] for n in _names(item)]
    return []
