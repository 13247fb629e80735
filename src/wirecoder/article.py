"""The Article: text plus metadata, the unit every reader yields and ``analyze()`` takes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .spans import Span

__all__ = ["Article", "Dateline", "PublishedSource", "article_id", "normalize_text"]

#: Where ``Article.published`` came from.
PublishedSource = Literal["metadata", "marker", "dateline", "html", "feed", "user"]

_WS = re.compile(r"\s+")


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


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. Every offset wirecoder emits points into ``text``."""

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

    def __post_init__(self) -> None:
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
            "title": self.title,
            "published": self.published,
            "published_source": self.published_source,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "language": self.language,
            "text": self.text,
        }
