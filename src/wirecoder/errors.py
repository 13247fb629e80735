"""The one error hierarchy of wirecoder.

    WirecoderError            base class; every message names the input and says what to do
    ├── InputError            an input cannot be read as an article (binary, empty, undecodable,
    │                         malformed HTML, a feed that is not XML, a broken JSON line, too large)
    ├── SpanError             a record's offsets do not match the article text (a bug, never input)
    ├── ModelError            a model (the spaCy pipeline, the sentence embedder) is missing or unusable
    └── StoreError            the database cannot be opened, migrated or written

In a batch an ``InputError`` becomes a recorded ``Failure`` and the batch carries on.
"""

from __future__ import annotations

__all__ = ["InputError", "ModelError", "SpanError", "StoreError", "WirecoderError"]


class WirecoderError(Exception):
    """Base class of every error wirecoder raises on purpose."""


class InputError(WirecoderError):
    """An input (file, line, feed entry) that cannot become an article.

    ``source`` names the input (a path, ``path:line`` for JSON Lines), ``hint`` says what to do.
    """

    def __init__(self, source: str, problem: str, hint: str = "") -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        message = f"{source}: {problem}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class SpanError(WirecoderError):
    """A span whose offsets do not select its text: always a bug in an extraction stage."""


class ModelError(WirecoderError):
    """A model (the spaCy pipeline, the sentence embedder) cannot be loaded."""


class StoreError(WirecoderError):
    """The store cannot be opened, migrated or written."""
