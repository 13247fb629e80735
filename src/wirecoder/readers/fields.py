"""Normalising the metadata fields every reader shares: text, dates and language codes."""

from __future__ import annotations

import datetime
import email.utils
import re

__all__ = ["clean_text", "normalize_date", "normalize_language"]

_ISO_DATE_PREFIX = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)")
_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def clean_text(text: str) -> str:
    """Drop a BOM, turn CRLF and lone CR into LF, strip surrounding whitespace. Nothing else
    changes: every offset wirecoder emits points into this text."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip()


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
