"""The stored form of an analysis (``articles.analysis``, schema 3): the JSON of
:meth:`Analysis.to_dict` without what the article's text already gives, rebuilt on read.

Left out: the article's text (it is ``articles.text``) and the ``text`` of every span (an object
with ``start`` and ``end``) whose text is ``text[start:end]``, as every span of an Analysis is.
Since schema 6 a span that is left with nothing but its offsets, under a key that holds a span
(:data:`SPAN_KEYS`: a quote's ``content`` and ``cue``, a speaker's ``mention``, an ``evidence``,
a ``trigger``, an entity's ``mentions``), is written ``[start, length]``: its two keys were a
tenth of the compressed JSON. The JSON, without spaces, is stored zlib-compressed with a preset
dictionary: :data:`ZDICT2` since schema 6 (the contract's keys, in that form, after the
commonest key-and-value fragments of analyses of news texts that are not the bench corpus; see
bench/build_zdict.py), :data:`ZDICT` before (the keys only). The zlib header says which (its
FDICT flag and the dictionary's Adler-32), so a row compressed with either, or without a
dictionary, is read. Since schema 6 too, the analysis stored in a row of ``articles``
(:func:`pack_row`) leaves out the article's fields that the row's columns hold as they are
(:data:`ARTICLE_COLUMNS`); :func:`unpack` takes them from the row. The tables beside it are what
SQL queries read. :func:`unpack` puts it all back, so ``unpack(pack(a), a.article.text) == a``. A row written before schema 3 (the whole JSON
as text) is read as it is.
"""

from __future__ import annotations

import json
import re
import zlib
from importlib import resources
from typing import Any

from ..records import Analysis

__all__ = [
    "ARTICLE_COLUMNS", "SPAN_KEYS", "ZDICT", "ZDICT2", "dictionary_of", "pack", "pack_dict",
    "pack_row", "packed_json", "packed_row_json", "unpack", "unpacked_json",
]

_SURROGATE = re.compile("[\ud800-\udfff]")
_LEVEL = 6  # zlib: level 9 is a few per cent smaller and twice as slow

#: The preset zlib dictionary of stored analyses: the keys of the JSON contract in the order
#: :meth:`Analysis.to_dict` writes them, and their commonest values (the commonest last, where
#: zlib finds them nearest). Part of the stored format: never edit it (a new dictionary needs a
#: new way to tell it from this one).
ZDICT = (
    b'"type":"CARDINAL""type":"NORP""type":"GPE""type":"LOC""type":"DATE","type":"ORG",'
    b'"type":"CITY","country":null,"role":null,"mentions":[{"start":'
    b'"kind":"mixed""kind":"indirect","content":{"start":"kind":"direct","content":{"start":'
    b'"hedge":"uncertain""hedge":"conditional""hedge":"absolute""stance":"neutral""stance":"for",'
    b'"hedge":"firm""events":[{"id":"v1","code":"","root":"","actors":[{"role":"source",'
    b'"entity":"trigger":{"start":'
    b'{"schema":"wirecoder.analysis/1","article":{"id":"","source":"","url":null,"outlet":"",'
    b'"site":null,"title":"","published":"","published_source":"metadata","dateline":{"place":"",'
    b'"agency":null,"start":0,"end":,"language":"en"},"entities":[{"id":"e1","type":"PERSON",'
    b'"name":"","country":"","role":"President","mentions":[{"start":],"quotes":[{"id":"q1",'
    b'"kind":"direct","content":{"start":,"cue":{"start":},"speaker":{"mention":{"start":,"end":},'
    b'"entity":"e2","name":""},"date":"20],"times":[{"start":,"end":,"value":"20","type":"DATE"}],'
    b'"statements":[{"id":"s1","quote":"q1","holder":{"entity":"e1","name":""},'
    b'"proposition":{"text":"","key":"","subject":"","predicate":"","object":""},'
    b'"stance":"against","hedge":"firm","evidence":{"start":,"end":},"date":"20'
    b'}]},{"id":"e3","type":"COUNTRY","name":"","country":"","role":null,"mentions":[{"start":,'
    b'"end":}]}],"events":[]}'
)

#: The preset dictionary of schema 6 onwards (spans as ``[start, length]``): built once by
#: bench/build_zdict.py and part of the stored format like :data:`ZDICT` (never edit the file).
ZDICT2 = resources.files("wirecoder").joinpath("data/packing/zdict2.bin").read_bytes()

#: The keys whose value is a span (or, for ``mentions``, a list of spans) in the JSON contract.
SPAN_KEYS = frozenset({"content", "cue", "mention", "evidence", "trigger", "mentions"})

#: The article's fields that are columns of ``articles`` under the same names (``id`` too).
ARTICLE_COLUMNS = ("id", "source", "url", "outlet", "title", "published", "published_source",
                   "language")

_FDICT = 0x20  # the flag of a zlib header's second byte: compressed with a preset dictionary
_DICTIONARIES = {zlib.adler32(d): d for d in (ZDICT, ZDICT2)}  # by the id a zlib header holds


def pack(analysis: Analysis) -> bytes:
    """The stored form of ``analysis``."""
    return packed_json(analysis.to_dict())


def packed_json(data: dict[str, Any]) -> bytes:
    """The stored form of an analysis JSON object (whole or already packed)."""
    text = json.dumps(pack_dict(data), ensure_ascii=False, separators=(",", ":"))
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (a file name that is not UTF-8): U+FFFD
        raw = _SURROGATE.sub("\ufffd", text).encode("utf-8")
    compressor = zlib.compressobj(_LEVEL, zdict=ZDICT2)
    return compressor.compress(raw) + compressor.flush()


def pack_row(analysis: Analysis) -> bytes:
    """The stored form of ``analysis`` in its row of ``articles``: :func:`pack` less the
    article's fields of :data:`ARTICLE_COLUMNS`, which the row holds."""
    data = analysis.to_dict()
    return packed_row_json(data, data["article"])


def packed_row_json(data: dict[str, Any], columns: dict[str, Any]) -> bytes:
    """:func:`packed_json` of ``data`` less each article field that ``columns`` (the row's
    values of :data:`ARTICLE_COLUMNS`) holds equal and as it is: a text with a lone surrogate
    or a NUL, which a column holds changed (U+FFFD), stays in the JSON."""
    article = data.get("article")
    if isinstance(article, dict):
        article = dict(article)
        for key in ARTICLE_COLUMNS:
            value = article.get(key, _MISSING)
            if key in columns and value == columns[key] and _as_column(value):
                del article[key]
        data = {**data, "article": article}
    return packed_json(data)


_MISSING = object()


def _as_column(value: Any) -> bool:
    """Whether a column holds ``value`` as it is (None, or a text SQLite and PostgreSQL keep)."""
    if value is None:
        return True
    return isinstance(value, str) and "\x00" not in value and not _SURROGATE.search(value)


def dictionary_of(stored: bytes) -> bytes | None:
    """The preset dictionary a stored analysis was compressed with (None: without one)."""
    if len(stored) > 5 and stored[1] & _FDICT:
        return _DICTIONARIES.get(int.from_bytes(stored[2:6], "big"), ZDICT)
    return None


def unpacked_json(stored: str | bytes) -> str:
    """The JSON text of a stored analysis (as stored: packed or whole)."""
    if isinstance(stored, bytes):
        zdict = dictionary_of(stored)
        if zdict is not None:
            decompressor = zlib.decompressobj(zdict=zdict)
            return (decompressor.decompress(stored) + decompressor.flush()).decode("utf-8")
        return zlib.decompress(stored).decode("utf-8")
    return stored


def pack_dict(data: dict[str, Any]) -> dict[str, Any]:
    """``Analysis.to_dict()`` JSON less the article text and the span texts it gives (a dict
    already packed is returned as it is)."""
    article = data.get("article") or {}
    text = article.get("text")
    if not isinstance(text, str):
        return data
    out = _strip(data, text)
    del out["article"]["text"]
    return out


def unpack(stored: str | bytes, text: str, columns: dict[str, Any] | None = None) -> Analysis:
    """The Analysis of a stored analysis (packed or whole), given its article's text and, for
    one stored by :func:`pack_row`, its row's ``columns`` (:data:`ARTICLE_COLUMNS`)."""
    data = json.loads(unpacked_json(stored))
    article = data.get("article")
    if isinstance(article, dict) and "text" not in article:
        data = _restore(data, text)
        data["article"]["text"] = text
        for key in ARTICLE_COLUMNS:
            if key not in article and columns and key in columns:
                data["article"][key] = columns[key]
    return Analysis.from_dict(data)


def _is_span(value: dict) -> bool:
    return isinstance(value.get("start"), int) and isinstance(value.get("end"), int)


def _strip(value: Any, text: str, key: str | None = None) -> Any:
    if isinstance(value, dict):
        out = {k: _strip(v, text, k) for k, v in value.items()}
        if _is_span(value) and isinstance(value.get("text"), str) \
                and text[value["start"]:value["end"]] == value["text"]:
            del out["text"]
            if key in SPAN_KEYS and out.keys() == {"start", "end"}:
                return [out["start"], out["end"] - out["start"]]
        return out
    if isinstance(value, list):
        return [_strip(v, text, key) for v in value]
    return value


def _is_pair(value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in value))


def _restore(value: Any, text: str, key: str | None = None) -> Any:
    """``value`` (a packed analysis or part of one, found under ``key``) with its span texts;
    ``[start, length]`` under a span's key (no such pair is anything else there) is the span."""
    if isinstance(value, dict):
        out = {k: _restore(v, text, k) for k, v in value.items()}
        if _is_span(value) and "text" not in value:
            out["text"] = text[value["start"]:value["end"]]
        return out
    if key in SPAN_KEYS and _is_pair(value):
        start, end = value[0], value[0] + value[1]
        return {"start": start, "end": end, "text": text[start:end]}
    if isinstance(value, list):
        return [_restore(v, text, key) for v in value]
    return value
