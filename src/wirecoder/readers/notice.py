"""Warnings: an input that was read, but repaired on the way (bad bytes replaced, an absurd date
dropped, a link not followed). The article is still yielded; the warning says what changed.

Warnings go to the ``wirecoder.readers`` logger at level WARNING, one line each, ``source:
warning: what; what was done``. With no logging configured Python prints them on stderr (its
last-resort handler), which is what the command line shows; a library user can attach a handler
(or pytest's ``caplog``) to collect them. A :class:`~wirecoder.readers.Failure` is for inputs
refused; a warning never changes the exit status.
"""

from __future__ import annotations

import logging
from typing import Final

from .fields import printable

__all__ = ["LOGGER_NAME", "warn"]

#: The logger every reader warning goes to.
LOGGER_NAME: Final = "wirecoder.readers"


def warn(source: str, message: str, line: int | None = None) -> None:
    """Log ``source[:line]: warning: message`` (control characters escaped)."""
    where = f"{source}:{line}" if line is not None else source
    logging.getLogger(LOGGER_NAME).warning("%s", printable(f"{where}: warning: {message}"))
