"""HTML pages through trafilatura: the article text without boilerplate, plus its metadata.

trafilatura gives text, title, date, site name and URL; lxml reads what trafilatura leaves out
or misses (the ``lang`` attribute, ``og:site_name``, ``og:url``, ``<link rel="canonical">``).
"""

from __future__ import annotations

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
    normalize_language,
    typographic_text,
    year_in_range,
)
from .authors import (
    byline_line_names,
    clean_authors,
    is_author_bio,
    is_name_line,
    page_author_sources,
)
from .boilerplate import drop_boilerplate
from .embeds import locate_posts, page_posts
from .markup import PageBlocks, fragment_text, page_blocks, prepare_tree, restore_paragraphs
from .notice import warn
from .scripts import script_story

__all__ = [
    "MAX_HTML_ELEMENTS",
    "MIN_ARTICLE_WORDS",
    "PageMetadata",
    "article_from_html",
    "drop_headline",
    "fragment_text",
    "read_page_metadata",
]

#: Fewer words than this after boilerplate removal is not an article (a menu, a cookie banner).
MIN_ARTICLE_WORDS: Final = 5
#: More elements than this and a page is refused before trafilatura sees it: its work grows with
#: the element count (20,000 paragraphs take 4 to 5 s, 30,000 about 8 s, 100,000 took 114 s),
#: while a real news page holds a few thousand (the count takes lxml a fraction of a second).
MAX_HTML_ELEMENTS: Final = 20_000

_WORD: Final = re.compile(r"\w+")
_HEADLINE_WITHIN: Final = 3  # the headline repeated in the text is among its first lines
_KICKER_WORDS: Final = 5  # a label above the headline ("Explainer", "Live updates") is short


def article_from_html(html: str, source: str) -> Article:
    """The article in a decoded HTML page.

    The page's markup is first made ready for trafilatura
    (:func:`~wirecoder.readers.markup.prepare_tree`: links to other stories and advertising
    labels out, ``<q>`` written with its quote marks, a lone ``<br>`` in a paragraph a space).
    When the visible body is empty or a stub (under half the words of a story the page's script
    data holds: a client-rendered page), the text is that story
    (:func:`~wirecoder.readers.scripts.script_story`: ``__NEXT_DATA__`` and other JSON state,
    JSON-LD ``articleBody``), with its headline, date and authors where the page lacks them.
    Paragraphs are separated by newlines; a run trafilatura flattened gets its breaks back from
    the page's blocks (:func:`~wirecoder.readers.markup.restore_paragraphs`) and captions go;
    typesetting characters are made plain (:func:`~wirecoder.readers.fields.typographic_text`);
    the headline repeated at the top goes, with a kicker above it (:func:`drop_headline`), and so
    do the boilerplate and furniture lines trafilatura leaves in
    (:func:`~wirecoder.readers.boilerplate.drop_boilerplate`: "Read more", share and comment
    prompts, lists of links, time lines, bylines, credits, pull quotes): ``text`` is the article
    without them. A truncated page yields what it holds. A date with a year outside ``MIN_YEAR..MAX_YEAR`` is dropped with a warning. Raises :class:`InputError`
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
    marked = page_author_sources(root, outlets=(page.site_name,)) if root is not None else []
    posts = page_posts(root) if root is not None else []
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
    # a client-rendered page: the visible body is a shell or a stub, the story is script data
    story = script_story(root) if root is not None else None
    if story is not None and _is_stub(drop_boilerplate(text), story.paragraphs):
        text = "\n".join(story.paragraphs)
    else:
        story = None
    # a flattened run (trafilatura's fallbacks and JSON-LD articleBody join paragraphs with
    # spaces) gets its paragraph breaks back from the page's own blocks, and captions go
    text = restore_paragraphs(text, blocks.body_paragraphs + blocks.paragraphs)
    text = "\n".join(line for line in text.split("\n")
                     if " ".join(line.split()) not in blocks.captions)
    site = (_clean(document.sitename) if document is not None else None) or page.site_name
    authors = _authors(marked, document, text, (site, page.site_name),
                       story.authors if story is not None else ())
    text = drop_boilerplate(text)
    title = (_clean(document.title) if document is not None else None) or page.title
    if story is not None and story.title:  # the script data's headline is the story's own
        title = story.title
    text = drop_headline(text, title)
    text = _drop_name_lines(text, authors)
    words = len(_WORD.findall(text))
    if document is None or words < MIN_ARTICLE_WORDS:
        raise InputError(
            source,
            f"no article text found in the HTML ({words} words left after removing boilerplate)",
            "check it is an article page, or save the article as plain text",
        )
    published = normalize_date(document.date) or (story.published if story is not None else None)
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
        authors=authors,
        embeds=locate_posts(text, posts) if posts else (),
        published=published,
        published_source="html" if published else None,
        language=page.language or normalize_language(document.language),
    )


_STUB_RATIO: Final = 1.5  # a story this many times the visible words makes them a stub
_OWN_SENTENCE: Final = 8  # words: a visible paragraph this long is prose of the page's own


def _is_stub(visible: str, story: tuple[str, ...]) -> bool:
    """Whether the visible text is an empty shell or a stub of the script data's ``story``: it
    holds no paragraph of prose (a shell: "Loading…", a header), or the story is much longer
    and the visible prose is mostly the story's own (a teaser, a paywalled lede). A page whose
    visible text is whole, or is another text than the script's, keeps it."""
    own = [line for line in visible.split("\n") if len(_WORD.findall(line)) >= _OWN_SENTENCE]
    if not own:
        return True
    story_words = sum(len(_WORD.findall(p)) for p in story)
    if story_words < _STUB_RATIO * len(_WORD.findall(visible)):
        return False
    folded = " " + " ".join(_WORD.findall(" ".join(story).lower())) + " "
    inside = sum(len(_WORD.findall(line)) for line in own
                 if " " + " ".join(_WORD.findall(line.lower())) + " " in folded)
    return inside * 2 >= sum(len(_WORD.findall(line)) for line in own)


def _authors(marked: list[tuple[str, ...]], document, text: str,
             outlets: tuple[str | None, ...], scripted: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The page's authors, from the most reliable source that names any: the markup's
    (JSON-LD, author meta tags, byline elements: :func:`~.authors.page_author_sources`),
    trafilatura's author field, then the byline and credit lines of the extracted text ("By X
    and Y", "(Reporting by X; Editing by Y)"), which the boilerplate pass drops from it, and
    last any block of the page whose whole text is a byline."""
    for names in marked[:3]:
        if names:
            return names
    if scripted:  # the script data's story names them (a client-rendered page)
        return scripted
    found = clean_authors([document.author if document is not None else None], outlets=outlets)
    if found:
        return found
    for line in text.split("\n"):
        names = byline_line_names(line, outlets=outlets)
        if names:
            return names
    return marked[3] if len(marked) > 3 else ()


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


_TAIL_WITHIN: Final = 3  # an author's bio or sign-off is among the last lines


def _drop_name_lines(text: str, authors: tuple[str, ...]) -> str:
    """``text`` without the lines about who wrote it, which no byline rule sees (they have no
    "By"): among its first :data:`_HEADLINE_WITHIN` lines or its last :data:`_TAIL_WITHIN`, a
    line that is only the authors' names (a name-only byline, ``<a rel="author">Ana Lima</a>``,
    a sign-off), and among the last, an author's bio (:func:`~.authors.is_author_bio`: "Ana Lima
    is the Courier's port reporter."). Left in, the name is a person of the story and a speaker
    candidate, and a bio's "she said in 2020 ..." a quote."""
    if not authors:
        return text
    lines = text.split("\n")
    n = len(lines)
    keep = [not (((i < _HEADLINE_WITHIN or i >= n - _TAIL_WITHIN) and is_name_line(line, authors))
                 or (i >= max(n - _TAIL_WITHIN, 1) and is_author_bio(line, authors)))
            for i, line in enumerate(lines)]
    if all(keep):
        return text
    return "\n".join(line for line, k in zip(lines, keep) if k).strip()


def _kicker(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) <= _KICKER_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”"))


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What lxml reads from a page's markup, the fallback for what trafilatura misses."""

    language: str | None = None
    site_name: str | None = None
    title: str | None = None
    url: str | None = None


def read_page_metadata(html: str) -> PageMetadata:
    """The ``lang`` of the page's ``<article>`` or ``<html>``, ``og:site_name``, ``og:title`` or
    ``<title>``, ``og:url`` or canonical."""
    root = _parse(html)
    return _page_metadata(root) if root is not None else PageMetadata()


#: Characters XML cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF): never text.
#: Left in the tree, they make trafilatura give up on the whole page (its XML steps refuse
#: them) where it reads the same page given as a string, which its own loader cleans.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _parse(html: str) -> lxml.html.HtmlElement | None:
    parser = lxml.html.HTMLParser(encoding="utf-8")
    html = _NOT_XML.sub("", html) if _NOT_XML.search(html) else html
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
    # the story's own element says its language before the page's: the English edition of a
    # German site is <html lang="de"> around <article lang="en">
    story = next((e for e in root.iter("article") if e.get("lang")), None)
    language = story.get("lang") if story is not None else None
    language = language or root.get("lang") or root.get("xml:lang")
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
