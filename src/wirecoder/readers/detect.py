"""Decoding and sniffing: the bytes of a file to text and a format name, or an InputError saying
why not (too large, empty, binary, undecodable).

Decoding order: a byte-order mark; UTF-16 without one (a NUL in every other byte, the pattern
of mostly-Latin UTF-16 text); UTF-8; mostly-valid UTF-8 (see :func:`decode`: the bad bytes become
U+FFFD, with a warning); the charset the document declares (``<?xml encoding=...?>``, ``<meta
charset=...>``); charset-normalizer's best guess among the encodings seen on the web, else its
best guess of all (with a warning that it is a guess).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal

from ..errors import InputError
from .notice import warn

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SNIFF_BYTES",
    "Format",
    "binary_kind",
    "check_binary",
    "check_no_nul",
    "decode",
    "format_from_extension",
    "format_size",
    "looks_like_jsonl",
    "sniff_format",
    "too_large_error",
    "utf16_without_bom",
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
# UTF-16 without a BOM: NULs in the high-byte half of at least this share of the code units
# (spaces and digits alone give more in any language that separates words with spaces).
_MIN_UTF16_NUL_SHARE: Final = 0.01
_TEXT_CONTROLS: Final = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# Mostly-valid UTF-8: at most this share of the bytes invalid, and at least one valid multi-byte
# character (the evidence that the file is UTF-8, not ASCII-range text in a legacy code page).
_MAX_BAD_UTF8_SHARE: Final = 0.01
_BAD_UTF8_BYTE: Final = re.compile("[\udc80-\udcff]")
_NON_ASCII: Final = re.compile("[^\x00-\x7f]")
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
    if any(head.startswith(bom) for bom, _ in _BOMS) or utf16_without_bom(head):
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


def utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``head`` (a file's first bytes) is UTF-16 text
    without a byte-order mark, else None.

    The sign: NULs in the high-byte half of the code units (every other byte) for at least 1%
    of them (each space, digit and Latin letter gives one), and the bytes decode, in that byte
    order, to text with spaces or line ends and no control character but tab, line ends and
    form feed. (UTF-16 without a BOM and without one ASCII space or line end, e.g. one line of
    Chinese, stays unrecognised: it cannot be told from binary data.)
    """
    if len(head) < 4 or b"\x00" not in head:
        return None
    le_nuls, be_nuls = head[1::2].count(0), head[0::2].count(0)  # NUL high bytes, each order
    encoding, nuls = ("utf-16-le", le_nuls) if le_nuls >= be_nuls else ("utf-16-be", be_nuls)
    if nuls < max(1, _MIN_UTF16_NUL_SHARE * (len(head) // 2)):
        return None
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return None
    spaced = any(char in text for char in " \n\t")
    return encoding if spaced and not _TEXT_CONTROLS.search(text) else None


def check_no_nul(text: str, source: str) -> None:
    """Raise :class:`InputError` when decoded ``text`` holds a NUL (anywhere: the binary sniff
    sees only the first :data:`SNIFF_BYTES`)."""
    at = text.find("\x00")
    if at >= 0:
        raise InputError(
            source,
            f"binary file (holds NUL or control bytes, the first NUL at character {at}), "
            "not an article",
            "remove it, or pass only text, HTML, feed or JSON Lines files",
        )


def decode(data: bytes, source: str) -> str:
    """The text of ``data``: BOM, BOM-less UTF-16, UTF-8, mostly-valid UTF-8, declared charset,
    then charset-normalizer's guess.

    Mostly-valid UTF-8 (under 1% of the bytes invalid, and at least one valid multi-byte
    character) is UTF-8 with a few damaged bytes, never another code page: re-reading it as one
    (GB18030, cp1250) would garble every correct character to save a few broken ones. The bad
    bytes become U+FFFD and a warning names the file and counts them. A guessed encoding is
    also reported by a warning. Raises :class:`InputError` when nothing decodes it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                problem = f"{encoding} byte-order mark, then {err.reason} at byte {err.start}"
                raise _undecodable(source, problem) from None
    utf16 = utf16_without_bom(data[:SNIFF_BYTES])
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as err:
            problem = f"{utf16} without a byte-order mark, then {err.reason} at byte {err.start}"
            raise _undecodable(source, problem) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    bad = _bad_utf8_bytes(data)
    if bad is not None:
        warn(
            source,
            f"{bad} byte{'s' if bad > 1 else ''} not valid UTF-8 in an otherwise UTF-8 file; "
            "read as UTF-8 with U+FFFD in their place (fix the file if those characters matter)",
        )
        return data.decode("utf-8", errors="replace")
    declared = _declared_encoding(data[:SNIFF_BYTES])
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    guessed = _guess_encoding(data)
    if guessed is None:
        raise _undecodable(source, "not UTF-8 and no encoding detected")
    warn(
        source,
        f"not UTF-8 and no charset declared; read as {guessed}, a guess "
        "(convert the file to UTF-8 if the text looks wrong)",
    )
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


def _bad_utf8_bytes(data: bytes) -> int | None:
    """How many bytes of ``data`` are not valid UTF-8 when it is mostly valid UTF-8, else None."""
    text = data.decode("utf-8", errors="surrogateescape")  # each bad byte: one U+DC80..U+DCFF
    bad = len(_BAD_UTF8_BYTE.findall(text))
    non_ascii = len(_NON_ASCII.findall(text))
    if bad > _MAX_BAD_UTF8_SHARE * len(data) or non_ascii == bad:
        return None
    return bad


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
    web = [m for m in matches if _codec_name(m.encoding) in _WEB_ENCODINGS]
    if not web:
        return matches[0].encoding
    best = web[0]
    # charset_normalizer often ranks cp1250 level with cp1252 on Western text ("España" read as
    # "Espańa"), and cp1252 first on short Polish. Of the encodings it finds about as clean
    # (chaos within 0.1 of the best), the one whose non-ASCII characters are the most letters
    # wins ("Wałęsa", not "Wa³êsa"), and on a draw cp1252, the encoding of most news
    tied = [m for m in web if m.chaos <= best.chaos + 0.1]
    if len(tied) == 1:
        return best.encoding
    return max(tied, key=lambda m: (_letters(data, m.encoding), _codec_name(m.encoding) == "cp1252")).encoding


def _letters(data: bytes, encoding: str) -> int:
    """How plausible the non-ASCII characters ``data`` decodes to in ``encoding`` are: one for
    each letter, quotation mark or dash, minus one for a Cyrillic or Greek letter inside a Latin
    word ("cafй": Western text read as cp1251)."""
    text = data.decode(encoding, errors="replace")
    score = 0
    for n, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        category = unicodedata.category(ch)
        if category[0] == "L":
            foreign = unicodedata.name(ch, "").startswith(("CYRILLIC", "GREEK"))
            beside_latin = any(0 <= m < len(text) and text[m].isascii() and text[m].isalpha() for m in (n - 1, n + 1))
            score += -1 if foreign and beside_latin else 1
        elif category in ("Pi", "Pf", "Pd"):
            score += 1
    return score


def _codec_name(encoding: str) -> str | None:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _undecodable(source: str, problem: str) -> InputError:
    return InputError(source, f"cannot decode: {problem}", "convert it to UTF-8")
