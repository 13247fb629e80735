"""The stored form of an analysis (``articles.analysis``, schema 3): the JSON of
:meth:`Analysis.to_dict` without what the article's text already gives, rebuilt on read.

Left out: the article's text (it is ``articles.text``) and the ``text`` of every span (an object
with ``start`` and ``end``) whose text is ``text[start:end]``, as every span of an Analysis is.
The JSON, without spaces, is stored zlib-compressed (a BLOB: a quarter of its size; the tables
beside it are what SQL queries read). :func:`unpack` puts it all back, so
``unpack(pack(a), a.article.text) == a``. A row written before schema 3 (the whole JSON as
text) is read as it is.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Any

from ..records import Analysis

__all__ = ["pack", "pack_dict", "packed_json", "unpack", "unpacked_json"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_LEVEL = 6  # zlib: level 9 is a few per cent smaller and twice as slow


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
    return zlib.compress(raw, _LEVEL)


def unpacked_json(stored: str | bytes) -> str:
    """The JSON text of a stored analysis (as stored: packed or whole)."""
    if isinstance(stored, bytes):
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


def unpack(stored: str | bytes, text: str) -> Analysis:
    """The Analysis of a stored analysis (packed or whole), given its article's text."""
    data = json.loads(unpacked_json(stored))
    article = data.get("article")
    if isinstance(article, dict) and "text" not in article:
        data = _restore(data, text)
        data["article"]["text"] = text
    return Analysis.from_dict(data)


def _is_span(value: dict) -> bool:
    return isinstance(value.get("start"), int) and isinstance(value.get("end"), int)


def _strip(value: Any, text: str) -> Any:
    if isinstance(value, dict):
        out = {k: _strip(v, text) for k, v in value.items()}
        if _is_span(value) and isinstance(value.get("text"), str) \
                and text[value["start"]:value["end"]] == value["text"]:
            del out["text"]
        return out
    if isinstance(value, list):
        return [_strip(v, text) for v in value]
    return value


def _restore(value: Any, text: str) -> Any:
    if isinstance(value, dict):
        out = {k: _restore(v, text) for k, v in value.items()}
        if _is_span(value) and "text" not in value:
            out["text"] = text[value["start"]:value["end"]]
        return out
    if isinstance(value, list):
        return [_restore(v, text) for v in value]
    return value
