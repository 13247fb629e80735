"""Time expressions resolved against the publication date: the public face of
:mod:`wirecoder.timex`.

    find_times(doc, published)   → tuple[TimeExpression, ...]  (the output contract)
    find_timexes(doc, published) → tuple[Timex, ...]           (with TIMEX3 type and duration)
    quote_date(doc, content, cue, times, published) → the date a quote refers to

All are pure functions: the anchor is ``published``; nothing reads the clock. When ``published``
is None, relative expressions ("on Friday", "last December") get value None, never a guess.
"""

from __future__ import annotations

from .timex import Anchor, Timex, find_times, find_timexes, quote_date

__all__ = ["Anchor", "Timex", "find_times", "find_timexes", "quote_date"]
