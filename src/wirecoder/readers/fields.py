"""Normalising the metadata fields every reader shares: text, dates, language codes, and the
names of inputs (``source``) made safe to print and to store."""

from __future__ import annotations

import datetime
import email.utils
import os
import re
from typing import Final

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "clean_text",
    "lone_surrogate",
    "normalize_date",
    "normalize_language",
    "printable",
    "source_name",
    "typographic_text",
    "year_in_range",
    "without_surrogates",
]

#: Publication years accepted from any metadata (``published``, feed and page dates, the
#: ``date YYYY-MM-DD`` marker). Wider than any real archive (printed news starts in the 1600s,
#: and metadata a few years ahead is a typo, not a date wirecoder must refuse), yet a thousand
#: years inside the 1..9999 that Python's dates allow, so date arithmetic on a published date
#: (``last year``, ``in 50 years``) stays far from the limits. Outside it a date is junk
#: (``0001-01-01``, ``9999-12-31`` placeholders), refused or dropped with a message.
MIN_YEAR: Final = 1000
MAX_YEAR: Final = 2999

# C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides and isolates:
# characters that move the cursor or reorder a terminal line. Lone surrogates too.
_UNPRINTABLE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_ESCAPES: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

_ISO_DATE_PREFIX = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)")
_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def clean_text(text: str) -> str:
    """Drop a BOM, turn CRLF and lone CR into LF, strip surrounding whitespace. Nothing else
    changes: every offset wirecoder emits points into this text."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip()


# Characters that look like (or are invisible next to) plain ones: no-break and narrow spaces,
# non-breaking and Unicode hyphens, soft hyphens, zero-width spaces and joiners, word joiners.
_TYPOGRAPHIC: Final = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u205f": " ",
    "\u2010": "-", "\u2011": "-",
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None,
})


def typographic_text(text: str) -> str:
    """``text`` with typesetting characters made plain: no-break and thin spaces become spaces,
    non-breaking hyphens (``&#8209;``) hyphens, and soft hyphens (``&shy;``), zero-width spaces
    and joiners go. A page sets "Brennan&#8209;Kerr" or "Mr&nbsp;Name" to control line breaks;
    read as text they split a name the parser would otherwise see whole. For text rebuilt from
    markup (HTML pages, feed entries): a plain-text file keeps its characters, since offsets
    into it may be given by hand."""
    return text.translate(_TYPOGRAPHIC)


def normalize_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO 8601 date or datetime, or an RFC 2822 date (RSS, e-mail), as
    written: the calendar date in the value's own time zone, never converted to UTC. None when
    the value is not such a date (or not a real calendar date)."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = _ISO_DATE_PREFIX.match(value)
    if match:
        try:
            return datetime.date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed is not None else None


def year_in_range(date: str) -> bool:
    """True when ``date`` (``YYYY-MM-DD``) has a year from :data:`MIN_YEAR` to :data:`MAX_YEAR`."""
    return MIN_YEAR <= int(date[:4]) <= MAX_YEAR


def source_name(path: str | os.PathLike[str]) -> str:
    """The name of a file as a ``source``: its bytes as UTF-8, a byte that is not UTF-8 as
    ``\\xNN``, control characters escaped (:func:`printable`). Safe to encode, store and print;
    an ordinary path is unchanged."""
    raw = os.fsencode(path)
    return printable(raw.decode("utf-8", errors="backslashreplace"))


def printable(text: str) -> str:
    """``text`` with control characters, line separators, bidi overrides and lone surrogates
    escaped (``\\n``, ``\\x1b``, ``\\u202e``), so a message stays one honest line."""
    return _UNPRINTABLE.sub(_escape, text)


def lone_surrogate(text: str) -> int | None:
    """The index of the first lone surrogate in ``text`` (invalid Unicode: it cannot be encoded
    as UTF-8), or None."""
    match = _SURROGATE.search(text)
    return match.start() if match else None


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (the length stays the same)."""
    return _SURROGATE.sub("\ufffd", text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def normalize_language(value: object) -> str | None:
    """A lower-case ISO 639 code: ``"en-GB"`` and ``"en_US"`` give ``"en"``; a language name
    (``"English"``) is looked up in pycountry. None when it names no language."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if _LANGUAGE_TAG.fullmatch(value):
        return value.replace("_", "-").split("-", 1)[0].lower()
    import pycountry  # only for names, which are rare in metadata

    try:
        language = pycountry.languages.lookup(value)
    except LookupError:
        return None
    return getattr(language, "alpha_2", None) or language.alpha_3
