"""Time expressions in news text, resolved against the publication date (never the clock).

    lexicon.py     month, weekday, unit and number words and their regex fragments
    grammar.py     recognition: one precompiled pattern per kind of expression, overlaps resolved
    tense.py       the tense of the clause an expression sits in (spaCy's parse)
    resolve.py     calendar arithmetic against an explicit anchor
    interpret.py   an expression's TIMEX3 type and value
    extract.py     find_times / find_timexes over a Doc
    quote_date.py  the date a quote or statement refers to

``find_times`` and ``quote_date`` are what :func:`wirecoder.analysis.analyze_doc` calls.
"""

from __future__ import annotations

from .extract import Timex, find_times, find_timexes
from .quote_date import quote_date
from .resolve import Anchor

__all__ = ["Anchor", "Timex", "find_times", "find_timexes", "quote_date"]
