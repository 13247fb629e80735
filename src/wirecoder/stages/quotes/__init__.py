"""Quotes: direct, indirect and mixed, each with its cue, speaker mention and resolved speaker.

    marks.py      quotation-mark regions found on the characters (straight, curly, NYT ``''``)
    find.py       find_quotes(doc, entities, gazetteer): quote regions and reporting clauses
    speakers.py   a quote's speaker mention resolved to a person, institution or country, by
                  ordered sieves (name, anonymous, cataphora, role, document, body, pronoun)
    people.py     per article: the roles people hold (title index) and their gender
    bodies.py     canonical institution names ("Japanese Foreign Ministry", "Kremlin")
"""

from __future__ import annotations

from .find import find_quotes

__all__ = ["find_quotes"]
