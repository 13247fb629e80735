"""Quotation-mark regions in raw text: straight and curly double quotes, AP's doubled single
marks (‘‘ ... ’’), single quotes used as primary marks, quotes continued across paragraphs, and an honest ``unclosed`` flag.

This works on characters, not tokens, so a parser that splits quote marks oddly cannot trip it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteRegion", "find_quote_regions"]

_OPEN_CURLY = "“„«"
_CLOSE_CURLY = "”»"
_PARA = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A quoted stretch: marks at ``open`` and ``close`` (``close`` is -1 when unclosed),
    content is ``text[start:end]``."""

    open: int
    close: int
    start: int
    end: int
    unclosed: bool = False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _is_open_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and (after.isalnum() or after in "“\"")


def _is_close_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?;:…—–-") and not after.isalnum()


def _marks(text: str, a: int, b: int) -> list[tuple[int, str]]:
    """Opening ("o") and closing ("c") marks in text[a:b]; straight quotes alternate."""
    marks: list[tuple[int, str]] = []
    para = text[a:b]
    # AP's doubled single marks (‘‘ ... ’’) are double quotation marks: the second ‘ opens, the
    # first ’ closes, and the apostrophes between them ("farmers’ union") stay apostrophes
    doubled = "‘‘" in para or "’’" in para
    has_double = doubled or any(c in para for c in '"“”„«»')
    straight_open = False
    skip = -1
    for i in range(a, b):
        if i <= skip:
            continue
        c = text[i]
        if doubled and c == "‘" and text[i + 1 : i + 2] == "‘":
            marks.append((i + 1, "o"))
            skip = i + 1
        elif doubled and c == "’" and text[i + 1 : i + 2] == "’":
            marks.append((i, "c"))
            skip = i + 1
        elif c in _OPEN_CURLY:
            marks.append((i, "o"))
        elif c in _CLOSE_CURLY:
            marks.append((i, "c"))
        elif c == '"':
            marks.append((i, "c" if straight_open else "o"))
            straight_open = not straight_open
        elif not has_double and c in "‘'" and _is_open_single(text, i):
            marks.append((i, "o"))
        elif not has_double and c in "’'" and _is_close_single(text, i) and any(
            k == "o" for _, k in marks
        ):
            marks.append((i, "c"))
    return marks


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Top-level quoted regions in order. Nested marks (single inside double) stay inside the
    content. A paragraph that ends inside a quote continues into the next paragraph when that one
    opens with a quote mark (the news convention); otherwise the region ends with its paragraph and
    is flagged ``unclosed``."""
    regions: list[QuoteRegion] = []
    paras = _paragraphs(text)
    pending: int | None = None  # open mark carried over from the previous paragraph
    for n, (a, b) in enumerate(paras):
        depth, open_at = 0, None
        marks = _marks(text, a, b)
        if pending is not None:
            if marks and marks[0][1] == "o" and text[a:marks[0][0]].strip().strip("‘") == "":
                open_at, depth = pending, 1
                marks = marks[1:]
            else:
                regions.append(_region(text, pending, -1, unclosed=True, end=_prev_end(paras, n)))
        pending = None
        for i, kind in marks:
            if kind == "o":
                if depth == 0:
                    open_at = i
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0 and open_at is not None:
                    regions.append(_region(text, open_at, i))
                    open_at = None
        if depth > 0 and open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            if nxt is not None and text[nxt:nxt + 1] in '“"‘«':
                pending = open_at
            else:
                regions.append(_region(text, open_at, -1, unclosed=True, end=b))
    if pending is not None:
        regions.append(_region(text, pending, -1, unclosed=True, end=paras[-1][1]))
    return [r for r in regions if r.end > r.start]


def _prev_end(paras: list[tuple[int, int]], n: int) -> int:
    return paras[n - 1][1]


def _region(text: str, open_at: int, close: int, *, unclosed: bool = False, end: int | None = None) -> QuoteRegion:
    start = open_at + 1
    stop = close if close >= 0 else (end if end is not None else len(text))
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return QuoteRegion(open=open_at, close=close, start=start, end=stop, unclosed=unclosed)
