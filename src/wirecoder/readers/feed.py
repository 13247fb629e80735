"""RSS and Atom feeds through feedparser: one article per entry.

feedparser is given the decoded document as bytes, never a string: a string may be taken for a
URL or a file name and fetched. Nothing here touches the network.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from typing import Any

from ..article import Article
from ..errors import InputError
from .failure import Failure
from .fields import (
    MAX_YEAR,
    MIN_YEAR,
    clean_text,
    normalize_date,
    normalize_language,
    year_in_range,
)
from .authors import clean_authors
from .boilerplate import drop_boilerplate
from .html import fragment_text
from .notice import warn

__all__ = ["articles_from_feed"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def articles_from_feed(xml: str, source: str) -> Iterator[Article | Failure]:
    """The articles of a decoded RSS/Atom document, in feed order, sourced ``path#<n>`` (n from 1).

    An entry without text becomes a :class:`Failure` naming it, and so does an entry that
    breaks the reader in a way nobody foresaw (reported as a bug): the other entries carry on.
    A date with a year outside ``MIN_YEAR..MAX_YEAR`` is dropped with a warning. Raises
    :class:`InputError` when the document is not a feed (not XML, or no entries).
    """
    import feedparser  # imported on demand: only feeds need it

    parsed = feedparser.parse(
        io.BytesIO(xml.encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
    )
    if not parsed.entries:
        reason = "no entries found"
        if parsed.get("bozo"):
            reason = _describe_error(parsed.get("bozo_exception"))
        raise InputError(
            source, f"not a valid RSS/Atom feed: {reason}", "check the file is a complete feed"
        )
    if hasattr(parsed.get("bozo_exception"), "getLineNumber"):  # cut short or broken XML
        warn(source, f"not well-formed: {_describe_error(parsed.bozo_exception)}; read the "
             f"entries before it ({len(parsed.entries)}), the last may be cut short")
    channel = parsed.feed
    outlet = clean_text(channel.get("title") or "") or None
    language = normalize_language(channel.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        entry_source = f"{source}#{number}"
        try:
            yield _entry_article(entry, number, entry_source, outlet, language)
        except InputError as err:
            yield Failure(entry_source, f"{err.problem}; {err.hint}")
        except Exception as err:  # unforeseen: this entry is lost, the rest of the feed is not
            problem = f"reading feed entry {number} failed ({type(err).__name__}: "
            problem += f"{' '.join(str(err).split())})"
            yield Failure(entry_source, f"{problem}; please report this as a bug")


def _entry_article(
    entry: Any, number: int, source: str, outlet: str | None, language: str | None
) -> Article:
    title = clean_text(entry.get("title") or "") or None
    text = _entry_text(entry)
    if not text:
        name = f"entry {number} ({title!r})" if title else f"entry {number}"
        raise InputError(
            source,
            f"feed {name} has no text in its content or summary",
            "the feed only lists it: save the linked page and pass the HTML",
        )
    published = _entry_date(entry, source)
    return Article(
        text=text,
        source=source,
        authors=_entry_authors(entry, outlet),
        url=(entry.get("link") or "").strip() or None,
        outlet=outlet,
        site=outlet,
        title=title,
        published=published,
        published_source="feed" if published else None,
        language=_entry_language(entry) or language,
    )


def _entry_authors(entry: Any, outlet: str | None) -> tuple[str, ...]:
    """The people an entry names as its authors (``<author><name>``, ``<dc:creator>``)."""
    values = [a.get("name") for a in entry.get("authors") or () if isinstance(a, dict)]
    values = [v for v in values if isinstance(v, str)] or [entry.get("author")]
    return clean_authors([v for v in values if isinstance(v, str)], outlets=(outlet,))


def _entry_text(entry: Any) -> str:
    """The longest of the entry's contents, else its summary, as plain text."""
    details = [c for c in entry.get("content") or () if (c.get("value") or "").strip()]
    if not details and entry.get("summary_detail"):
        details = [entry["summary_detail"]]
    elif not details and entry.get("summary"):
        details = [{"type": "text/html", "value": entry["summary"]}]
    texts = []
    for detail in details:
        value = detail.get("value") or ""
        is_html = detail.get("type") in _HTML_TYPES
        texts.append(drop_boilerplate(fragment_text(value)) if is_html else clean_text(value))
    return max(texts, key=len, default="")


def _entry_date(entry: Any, source: str) -> str | None:
    """The entry's publication (else update) date as written, else feedparser's UTC date; None
    (with a warning) for a year outside ``MIN_YEAR..MAX_YEAR``."""
    for key in ("published", "updated", "created"):
        value = normalize_date(entry.get(key))
        if value:
            return _sane(value, value, source)
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed and not MIN_YEAR <= parsed.tm_year <= MAX_YEAR:
            return _sane(None, str(entry.get(key.removesuffix("_parsed"))), source)
        if parsed:
            return datetime.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _sane(date: str | None, written: str, source: str) -> str | None:
    if date is not None and year_in_range(date):
        return date
    warn(source, f"date {written!r} has a year outside {MIN_YEAR}..{MAX_YEAR}; dropped")
    return None


def _entry_language(entry: Any) -> str | None:
    for detail in (*(entry.get("content") or ()), entry.get("summary_detail") or {}):
        language = normalize_language(detail.get("language"))
        if language:
            return language
    return None


def _describe_error(error: object) -> str:
    """feedparser's parse error in one line: ``XML syntax error at line 2, column 0``."""
    if hasattr(error, "getMessage") and hasattr(error, "getLineNumber"):
        line, column = error.getLineNumber(), error.getColumnNumber()
        return f"XML {error.getMessage()} at line {line}, column {column}"
    return " ".join(str(error or "").split()) or "unreadable XML"
