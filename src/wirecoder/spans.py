"""Character spans into an article's text, the provenance of every record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import SpanError

__all__ = ["Span", "span_at"]


@dataclass(frozen=True, slots=True)
class Span:
    """``text == article.text[start:end]``, checked by :func:`span_at` and by the property tests."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end) or self.end - self.start != len(self.text):
            raise SpanError(f"span {self.start}:{self.end} cannot hold {self.text!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        """The span of ``{"start", "end", "text"}`` (other keys, as in a time expression, are
        ignored)."""
        return cls(data["start"], data["end"], data["text"])


def span_at(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``; raises :class:`SpanError` when out of range."""
    if not (0 <= start <= end <= len(text)):
        raise SpanError(f"span {start}:{end} lies outside a text of {len(text)} characters")
    return Span(start, end, text[start:end])
