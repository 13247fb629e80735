"""The Article: text plus metadata, the unit every reader yields and ``analyze()`` takes."""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Literal

from .errors import InputError
from .spans import Span

__all__ = ["Article", "Dateline", "Embed", "PublishedSource", "article_id", "as_article",
           "normalize_text"]

#: Where ``Article.published`` came from.
PublishedSource = Literal["metadata", "marker", "dateline", "html", "feed", "user"]

_WS = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: str) -> str:
    """A lone surrogate (never valid text: it cannot be encoded, hashed or stored) becomes
    U+FFFD, one character for one, so offsets into the text stay what they were."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def normalize_text(text: str) -> str:
    """Unicode NFC, whitespace runs folded to one space, ends stripped: the form ids hash."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """A stable id: the first 16 hex digits of SHA-256 over the normalised text."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Dateline:
    """``BELGRADE, September 6. /TASS/.``: place, agency and the span of the whole dateline."""

    place: str | None
    agency: str | None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "agency": self.agency, **self.span.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dateline:
        return cls(data.get("place"), data.get("agency"), Span.from_dict(data))


@dataclass(frozen=True, slots=True)
class Embed:
    """A social-media post embedded in the article (a ``<blockquote class="twitter-tweet">``
    and the like): ``span`` is the post's own words in ``Article.text``; ``author``,
    ``handle``, ``platform`` and ``date`` are what the embed says of it (None where it says
    nothing). The words are someone's, not the reporter's: the post's author said them."""

    span: Span
    author: str | None = None
    handle: str | None = None
    platform: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "author": self.author, "handle": self.handle,
                "platform": self.platform, "date": self.date}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Embed:
        return cls(Span.from_dict(data), data.get("author"), data.get("handle"),
                   data.get("platform"), data.get("date"))


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. Every offset wirecoder emits points into ``text``.

    ``outlet`` is who wrote it, ``site`` where it was published: for wire copy on a host site
    ("WASHINGTON (AP) —" on a city paper's page) ``outlet`` is the agency the dateline names and
    ``site`` the host; otherwise ``site`` is the publishing site when the input names one (an
    HTML page's site name, a feed's title), else None.

    ``authors`` are the people who wrote it, as the input names them (a page's byline or author
    metadata, a feed entry's authors, a record's ``authors``, a plain text's leading "By ..."
    line): person names only, in the byline's order; empty when nothing names them. ``embeds``
    are the social-media posts embedded in it (:class:`Embed`), whose words stay in ``text``."""

    text: str
    source: str = "<memory>"
    id: str = field(default="")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: PublishedSource | None = None
    dateline: Dateline | None = None
    language: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    embeds: tuple[Embed, ...] = ()

    def __post_init__(self) -> None:
        for name in ("text", "source", "url", "outlet", "title"):
            value = getattr(self, name)
            if isinstance(value, str) and _SURROGATE.search(value):
                object.__setattr__(self, name, _without_surrogates(value))
        if isinstance(self.authors, str):
            object.__setattr__(self, "authors", (self.authors,))
        if not isinstance(self.authors, tuple) or any(
                not isinstance(a, str) or _SURROGATE.search(a) for a in self.authors):
            object.__setattr__(self, "authors", tuple(
                _without_surrogates(a) for a in (self.authors or ()) if isinstance(a, str)))
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))
        if self.published is not None and self.published_source is None:
            object.__setattr__(self, "published_source", "metadata")

    def with_(self, **changes: Any) -> Article:
        """A copy with some fields changed (the id stays: it hashes the text only)."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "site": self.site,
            "title": self.title,
            "authors": list(self.authors),
            "embeds": [e.to_dict() for e in self.embeds],
            "published": self.published,
            "published_source": self.published_source,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "language": self.language,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """The article of :meth:`to_dict`'s JSON (``id`` kept as given, not recomputed)."""
        dateline = data.get("dateline")
        return cls(
            text=data["text"],
            source=data.get("source", "<memory>"),
            id=data.get("id") or "",
            url=data.get("url"),
            outlet=data.get("outlet"),
            site=data.get("site"),
            title=data.get("title"),
            authors=tuple(data.get("authors") or ()),
            embeds=tuple(Embed.from_dict(e) for e in data.get("embeds") or ()),
            published=data.get("published"),
            published_source=data.get("published_source"),
            dateline=Dateline.from_dict(dateline) if dateline else None,
            language=data.get("language"),
        )


_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2})?")


def as_article(
    item: Article | str,
    *,
    published: str | datetime.date | None = None,
    source: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    language: str | None = None,
    site: str | None = None,
    authors: str | Iterable[str] | None = None,
    embeds: Iterable[Embed] | None = None,
) -> Article:
    """An Article from a plain text or an Article, with the metadata given here set on it (a
    given ``published`` wins over the article's own, and its source becomes ``"user"``).

    ``published``: ``YYYY-MM-DD`` (or ``YYYY``/``YYYY-MM``), an ISO datetime, an RFC 2822 date,
    or a :class:`datetime.date`; anything else raises :class:`InputError`. ``authors``: who
    wrote it, one name (a str) or several, kept as given (in order, each once; whitespace
    folded), as a reader that found them sets them. ``embeds``: :class:`Embed` records whose
    spans are the posts' words in the text (each checked against it). A given ``authors`` or
    ``embeds`` replaces the article's own, an empty one included.
    """
    if isinstance(item, str):
        article = Article(text=item)
    elif isinstance(item, Article):
        article = item
    else:
        raise InputError(
            source or "<memory>",
            f"cannot analyse a {type(item).__name__}",
            "give the article text as a str, or a wirecoder.Article",
        )
    changes: dict[str, Any] = {
        k: v
        for k, v in (("source", source), ("outlet", outlet), ("title", title), ("url", url),
                     ("language", language), ("site", site))
        if v is not None
    }
    where = source or article.source
    if authors is not None:
        changes["authors"] = _authors(authors, where)
    if embeds is not None:
        changes["embeds"] = _embeds(embeds, article.text, where)
    if published is not None:
        changes["published"] = _published(published, source or article.source)
        changes["published_source"] = "user"
    return article.with_(**changes) if changes else article


def _authors(value: object, source: str) -> tuple[str, ...]:
    """The names of an ``authors`` argument: a str is one name; each once, in order."""
    values = [value] if isinstance(value, str) else value
    try:
        names = list(values)  # type: ignore[call-overload]
    except TypeError:
        names = [value]
    out: list[str] = []
    for name in names:
        if not isinstance(name, str):
            raise InputError(source, f"authors holds {name!r}, not a name",
                             'give the authors as a str or a list of str: authors=["Jane Doe"]')
        name = _WS.sub(" ", _without_surrogates(name)).strip()
        if name and name not in out:
            out.append(name)
    return tuple(out)


def _embeds(value: object, text: str, source: str) -> tuple[Embed, ...]:
    """The embeds of an ``embeds`` argument, each an :class:`Embed` whose span is in ``text``."""
    try:
        embeds = tuple(value)  # type: ignore[call-overload]
    except TypeError:
        embeds = (value,)
    for embed in embeds:
        if not isinstance(embed, Embed):
            raise InputError(source, f"embeds holds a {type(embed).__name__}, not an Embed",
                             "give wirecoder.Embed records (their span: the post's words in the text)")
        span = embed.span
        if text[span.start:span.end] != span.text:
            raise InputError(source, f"embed span {span.start}:{span.end} is "
                             f"{text[span.start:span.end]!r}, not {span.text!r}",
                             "give each embed the offsets of its words in the article text")
    return embeds


def _published(value: object, source: str) -> str:
    from .readers.fields import normalize_date  # readers import this module

    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and _PARTIAL_DATE.fullmatch(value.strip()):
        return value.strip()
    day = normalize_date(value)
    if day is None:
        raise InputError(source, f"published {value!r} is not a date", "give it as YYYY-MM-DD")
    return day
