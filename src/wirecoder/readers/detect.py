"""Decoding and sniffing: the bytes of a file to text and a format name, or an InputError saying
why not (too large, empty, binary, undecodable).

Decoding order: a byte-order mark; UTF-8; the charset the document declares (``<?xml
encoding=...?>``, ``<meta charset=...>``); charset-normalizer's best guess among the encodings
seen on the web, else its best guess of all.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal

from ..errors import InputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SNIFF_BYTES",
    "Format",
    "binary_kind",
    "check_binary",
    "decode",
    "format_from_extension",
    "format_size",
    "looks_like_jsonl",
    "sniff_format",
    "too_large_error",
]

#: The largest file read as one article (HTML, text, feed). JSON Lines stream and are exempt.
DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024
#: How much of a file is read to sniff binary content and the format.
SNIFF_BYTES: Final = 64 * 1024

Format = Literal["text", "html", "feed", "jsonl"]

_EXTENSION_FORMATS: Final = MappingProxyType(
    {
        ".txt": "text",
        ".text": "text",
        ".md": "text",
        ".html": "html",
        ".htm": "html",
        ".xhtml": "html",
        ".xml": "feed",
        ".rss": "feed",
        ".atom": "feed",
        ".rdf": "feed",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".json": "jsonl",
    }
)

# (magic number, what it is, is it an archive)
_MAGIC: Final = (
    (b"%PDF-", "PDF document", False),
    (b"\x89PNG\r\n\x1a\n", "PNG image data", False),
    (b"\xff\xd8\xff", "JPEG image data", False),
    (b"GIF87a", "GIF image data", False),
    (b"GIF89a", "GIF image data", False),
    (b"PK\x03\x04", "ZIP archive data (also .docx, .xlsx, .epub)", True),
    (b"\x1f\x8b", "gzip-compressed data", True),
    (b"SQLite format 3\x00", "SQLite database", False),
)
_GENERIC_BINARY: Final = "binary data"
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control bytes that never occur in text (tab, LF, FF, CR and ESC excluded).
_CONTROL_BYTES: Final = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])
_MAX_CONTROL_SHARE: Final = 0.05
# Encodings a web page or wire story may really be in (the WHATWG list, by Python codec name).
_WEB_ENCODINGS: Final = frozenset(
    [f"cp{n}" for n in range(1250, 1259)]
    + [f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)]
    + ["koi8-r", "koi8-u", "cp866", "cp874", "mac-cyrillic", "shift_jis", "euc_jp"]
    + ["iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "euc_kr", "cp949"]
)
# What a declared "latin-1" or "ascii" really means on the web.
_DECLARED_ALIASES: Final = MappingProxyType(
    {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874"}
)
_DECLARED_CHARSET: Final = re.compile(
    rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)"""
    rb"""|<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_FEED_MARKERS: Final = ("<rss", "<feed", "<rdf:rdf")
_HTML_MARKERS: Final = ("<!doctype html", "<html", "<head", "<body")


def format_from_extension(path: Path) -> Format | None:
    """The format an extension promises (case-insensitive), or None for unknown or none."""
    return _EXTENSION_FORMATS.get(path.suffix.lower())  # type: ignore[return-value]


def format_size(n_bytes: int) -> str:
    """``52.4 MB`` (1 MB = 2**20 bytes, as ``--max-bytes`` counts)."""
    return f"{n_bytes / 2**20:.1f} MB"


def too_large_error(source: str, size: int, max_bytes: int) -> InputError:
    """The error for a file over the one-article limit."""
    limit = f"{max_bytes / 2**20:g} MB" if max_bytes >= 2**20 else f"{max_bytes} bytes"
    return InputError(
        source,
        f"file is {format_size(size)}, over the {limit} limit for one article file",
        "split it, or raise --max-bytes",
    )


def binary_kind(head: bytes) -> str | None:
    """What binary content looks like (``"PNG image data"``, ``"binary data"``), or None for text.

    Binary: a known magic number, a NUL byte outside UTF-16/32 text, or more than 5% C0 control
    bytes that text never holds.
    """
    for magic, kind, _ in _MAGIC:
        if head.startswith(magic):
            return kind
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return _GENERIC_BINARY
    if head and len(head.translate(None, _CONTROL_BYTES)) < len(head) * (1 - _MAX_CONTROL_SHARE):
        return _GENERIC_BINARY
    return None


def check_binary(head: bytes, source: str) -> None:
    """Raise :class:`InputError` when ``head`` (the first bytes of a file) is binary."""
    kind = binary_kind(head)
    if kind is None:
        return
    archive = any(kind == k and is_archive for _, k, is_archive in _MAGIC)
    hint = "extract it first" if archive else "remove it"
    what = "holds NUL or control bytes" if kind == _GENERIC_BINARY else f"looks like {kind}"
    raise InputError(
        source,
        f"binary file ({what}), not an article",
        f"{hint}, or pass only text, HTML, feed or JSON Lines files",
    )


def decode(data: bytes, source: str) -> str:
    """The text of ``data``: BOM, UTF-8, declared charset, then charset-normalizer's guess.

    Raises :class:`InputError` when nothing decodes it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                problem = f"{encoding} byte-order mark, then {err.reason} at byte {err.start}"
                raise _undecodable(source, problem) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data[:SNIFF_BYTES])
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    guessed = _guess_encoding(data)
    if guessed is None:
        raise _undecodable(source, "not UTF-8 and no encoding detected")
    return data.decode(guessed, errors="replace")


def looks_like_jsonl(head: str) -> bool:
    """True when the first nonblank lines (up to five) all start with ``{``."""
    lines = [line.strip() for line in head.lstrip("\ufeff").splitlines()]
    first = [line for line in lines if line][:5]
    return bool(first) and all(line.startswith("{") for line in first)


def sniff_format(path: Path, head: str) -> Format:
    """The format of a file: by extension when it names one (``.xml`` may also be XHTML), else
    by content: markup (it starts with ``<``) is a feed or HTML by whichever marker comes first,
    JSON objects on every first line are JSON Lines, anything else is text."""
    by_extension = format_from_extension(path)
    if by_extension is not None and path.suffix.lower() != ".xml":
        return by_extension
    lowered = head[:SNIFF_BYTES].lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith("<"):
        positions = {m: lowered.find(m) for m in (*_FEED_MARKERS, *_HTML_MARKERS)}
        found = {marker: pos for marker, pos in positions.items() if pos >= 0}
        if found:
            first = min(found, key=found.__getitem__)
            return "feed" if first in _FEED_MARKERS else "html"
    if by_extension is not None:
        return by_extension
    if looks_like_jsonl(head):
        return "jsonl"
    return "text"


def _declared_encoding(head: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(head)
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):  # a text-level declaration cannot be UTF-16/32
        return None
    return _DECLARED_ALIASES.get(name, name)


def _guess_encoding(data: bytes) -> str | None:
    import charset_normalizer  # imported on demand: most input is UTF-8

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    for match in matches:
        try:
            if codecs.lookup(match.encoding).name in _WEB_ENCODINGS:
                return match.encoding
        except LookupError:
            continue
    return matches[0].encoding


def _undecodable(source: str, problem: str) -> InputError:
    return InputError(source, f"cannot decode: {problem}", "convert it to UTF-8")
