"""JSON Lines: one article per line, ``{"text": ..., "title": ..., "published": ...}``.

The file is streamed line by line (its size is not limited, one line is). A broken line becomes
a :class:`Failure` naming the line and the rest of the file carries on, whatever breaks it (even
an error wirecoder did not foresee, reported as a bug for that line alone).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO, Final

from ..article import Article
from ..errors import InputError
from .failure import Failure, failure_from_error
from .fields import (
    MAX_YEAR,
    MIN_YEAR,
    clean_text,
    lone_surrogate,
    normalize_date,
    normalize_language,
    without_surrogates,
    year_in_range,
)
from .notice import warn
from .authors import clean_authors, split_byline
from .text import split_date_marker

__all__ = ["OPTIONAL_FIELDS", "article_from_record", "articles_from_jsonl"]

#: Fields a record may carry besides ``text``; each must be a string or null. Others are ignored.
OPTIONAL_FIELDS: Final = ("title", "url", "published", "outlet", "site", "language")

_UTF8_BOM: Final = b"\xef\xbb\xbf"
# Python refuses to turn more digits than this into an int (a guard against quadratic work).
_INT_DIGITS: Final = 4000
_JSON_TYPES: Final = (
    (bool, "boolean"),
    (int, "number"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)


def article_from_record(record: object, source: str) -> Article:
    """The article in one decoded JSON Lines record.

    ``text`` is required; ``authors`` (or ``author``: a string or an array of names) gives the
    authors, else a leading byline of the text does; ``published`` (ISO date or datetime, or RFC 2822) becomes
    ``YYYY-MM-DD``; a leading ``date YYYY-MM-DD`` marker leaves the text and supplies
    ``published`` when the record has none. Raises :class:`InputError` saying what is wrong:
    also for a lone surrogate in ``text`` (invalid Unicode; in another field it becomes U+FFFD,
    with a warning) and for a ``published`` year outside ``MIN_YEAR..MAX_YEAR``.
    """
    if not isinstance(record, dict):
        problem = f"a JSON {_json_type(record)}, not an object"
        raise InputError(source, problem, 'write one {"text": ...} object per line')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        if "text" not in record:
            problem = 'no "text" field'
        elif isinstance(text, str):
            problem = '"text" is empty'
        else:
            problem = f'"text" is a JSON {_json_type(text)}'
        raise InputError(source, problem, 'give each record a non-empty "text" string')
    bad = lone_surrogate(text)
    if bad is not None:
        raise InputError(
            source,
            f'"text" holds invalid Unicode (a lone surrogate, \\u{ord(text[bad]):04x}, '
            f"at character {bad})",
            "fix the record: a character outside the BMP is escaped as a surrogate pair",
        )
    fields = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            problem = f'"{name}" is a JSON {_json_type(value)}, not a string'
            raise InputError(source, problem, f'make "{name}" a string or null')
        if value is not None and lone_surrogate(value) is not None:
            warn(source, f'"{name}" holds invalid Unicode (a lone surrogate); replaced by U+FFFD')
            value = without_surrogates(value)
        fields[name] = value
    published = None
    if (fields["published"] or "").strip():
        published = normalize_date(fields["published"])
        if published is None:
            raise InputError(
                source,
                f'"published" {fields["published"]!r} is not a date',
                "give it as YYYY-MM-DD or an ISO datetime, or drop the field",
            )
        if not year_in_range(published):
            raise InputError(
                source,
                f'"published" {fields["published"]!r} has a year outside {MIN_YEAR}..{MAX_YEAR}',
                "fix the date, or drop the field",
            )
    try:
        body, marker_date = split_date_marker(clean_text(text))
    except ValueError as err:
        raise InputError(source, str(err)) from None
    body = body.strip()
    if not body:
        raise InputError(source, '"text" holds only a date marker', "nothing to analyse")
    source_of_date = "metadata" if published else None
    if published is None and marker_date is not None:
        published, source_of_date = marker_date, "marker"
    given = _record_authors(record, source)
    body, byline = split_byline(body)
    authors = clean_authors(given, outlets=(fields["outlet"], fields["site"])) if given else byline
    return Article(
        text=body,
        authors=authors,
        source=source,
        url=_optional(fields["url"]),
        outlet=_optional(fields["outlet"]),
        site=_optional(fields["site"]),
        title=_optional(fields["title"]),
        published=published,
        published_source=source_of_date,  # type: ignore[arg-type]
        language=normalize_language(fields["language"]),
    )


def _record_authors(record: dict, source: str) -> list[str]:
    """The record's ``authors`` (or ``author``): a string, or an array of strings or of
    objects with a ``name``. Anything else raises :class:`InputError`."""
    out: list[str] = []
    for key in ("authors", "author"):
        value = record.get(key)
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                item = item["name"]
            if not isinstance(item, str):
                raise InputError(
                    source, f'"{key}" holds a JSON {_json_type(item)}',
                    f'make "{key}" a string or an array of strings (names), or drop it')
            out.append(without_surrogates(item))
    return out


def articles_from_jsonl(
    stream: BinaryIO, source: str, *, max_line_bytes: int
) -> Iterator[Article | Failure]:
    """Articles and per-line failures from a binary JSON Lines stream, in order.

    Articles are sourced ``path#L<n>``; a failure carries ``source=path`` and ``line=n``.
    Raises :class:`InputError` when the stream holds no record at all, or is one JSON document
    (an array, or an object spread over many lines) rather than JSON Lines.
    """
    records = 0
    for number, raw in enumerate(_lines(stream, max_line_bytes), start=1):
        if raw is None:
            records += 1
            problem = f"line is over the {max_line_bytes}-byte limit for one record"
            yield Failure(source, f"{problem}; shorten it, or raise --max-bytes", number)
            continue
        line = (raw.removeprefix(_UTF8_BOM) if number == 1 else raw).strip()
        if not line:
            continue
        records += 1
        if records == 1 and (line.startswith(b"[") or line == b"{"):
            kind = "a JSON array" if line.startswith(b"[") else "one JSON object over many lines"
            raise InputError(
                source,
                f"{kind}, not JSON Lines (one object per line)",
                "convert it, e.g. jq -c '.[]' FILE > FILE.jsonl",
            )
        yield _read_line(line, source, number)
    if records == 0:
        raise InputError(source, "empty file", "nothing to analyse")


def _read_line(line: bytes, source: str, number: int) -> Article | Failure:
    """The article in one nonblank line, or the failure saying what is wrong with it. Nothing
    raised while reading one line leaves it: the next line is read whatever happens here."""
    try:
        record = json.loads(line.decode("utf-8"), parse_int=_parse_int)
        return article_from_record(record, f"{source}#L{number}")
    except UnicodeDecodeError as err:
        problem = f"not UTF-8 ({err.reason} at byte {err.start})"
        return Failure(source, f"{problem}; JSON Lines must be UTF-8: convert the file", number)
    except json.JSONDecodeError as err:
        problem = f"invalid JSON ({err.msg} at column {err.colno})"
        return Failure(source, f"{problem}; fix or remove the line", number)
    except RecursionError:
        return Failure(source, "JSON nested too deeply; flatten the record", number)
    except InputError as err:  # its source is path#Ln; a line failure names path and line
        return Failure(source, failure_from_error(err).reason, number)
    except Exception as err:  # unforeseen: this record is lost, the rest of the file is not
        problem = f"reading failed ({type(err).__name__}: {' '.join(str(err).split())})"
        return Failure(source, f"{problem}; please report this as a bug", number)


def _parse_int(digits: str) -> int | float:
    """A JSON integer; one too long for ``int()`` becomes a float (``inf``): numbers are never
    used as article fields, so a huge one in an ignored field must not lose the record."""
    return int(digits) if len(digits) <= _INT_DIGITS else float(digits)


def _lines(stream: BinaryIO, max_line_bytes: int) -> Iterator[bytes | None]:
    """The lines of ``stream``; None for a line over ``max_line_bytes`` (skipped, never held)."""
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            return
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_line_bytes)
            yield None
            continue
        yield line


def _optional(value: str | None) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    names = (name for kind, name in _JSON_TYPES if isinstance(value, kind))
    return next(names, type(value).__name__)
