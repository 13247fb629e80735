"""Plain-text articles, with the optional leading ``date YYYY-MM-DD`` marker and byline.

A wire-story file may begin with ``date 2024-09-06`` before the article itself; the marker is
not part of the article, so it leaves the text and becomes ``published`` (source ``"marker"``).
"""

from __future__ import annotations

import datetime
import re

from ..article import Article
from ..errors import InputError
from .authors import split_byline
from .fields import MAX_YEAR, MIN_YEAR, clean_text, year_in_range

__all__ = ["article_from_text", "split_date_marker"]

_DATE_MARKER = re.compile(r"\A[\s\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*")


def split_date_marker(text: str) -> tuple[str, str | None]:
    """``(text without the marker, "YYYY-MM-DD")`` when ``text`` begins with ``date YYYY-MM-DD``
    (after any whitespace), else ``(text, None)``. The whitespace around the marker goes too.

    Raises :class:`ValueError` when the marker holds no real calendar date (``2024-02-30``) or
    an absurd year (outside :data:`~wirecoder.readers.fields.MIN_YEAR`..``MAX_YEAR``): a marker
    that lies is not silently kept as article text or dropped.
    """
    match = _DATE_MARKER.match(text)
    if match is None:
        return text, None
    value = match.group(1)
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"the leading date marker {value!r} is not a real calendar date; "
            "fix it (date YYYY-MM-DD) or remove the marker"
        ) from None
    if not year_in_range(value):
        raise ValueError(
            f"the leading date marker {value!r} has a year outside {MIN_YEAR}..{MAX_YEAR}; "
            "fix it (date YYYY-MM-DD) or remove the marker"
        )
    return text[match.end() :], value


def article_from_text(text: str, source: str) -> Article:
    """The article in a plain-text file's decoded ``text``.

    Surrounding whitespace and a BOM go and line ends become LF; a leading byline ("By Jane Doe
    and John Smith") leaves the text and becomes ``authors``
    (:func:`~wirecoder.readers.authors.split_byline`); the rest is kept as it is.
    Raises :class:`InputError` for a bad date marker or when no text is left.
    """
    try:
        body, published = split_date_marker(clean_text(text))
    except ValueError as err:
        raise InputError(source, str(err)) from None
    body = body.strip()
    if not body:
        problem = "no article text after the date marker" if published else "empty file"
        raise InputError(source, problem, "nothing to analyse")
    body, authors = split_byline(body)
    return Article(
        text=body,
        source=source,
        authors=authors,
        published=published,
        published_source="marker" if published else None,
    )
