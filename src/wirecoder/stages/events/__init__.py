"""Events: the acts an article reports, coded in PLOVER v2.0 with the CAMEO root, with actors,
recipients, place, date, counts and evidence.

    find.py       find_events(doc, entities, quotes, times, gazetteer, published): the entry point;
                  what counts as a reported act (quotes, modality, background), merging, records
    triggers.py   trigger verbs and event nominals with their sense
    arguments.py  actor and recipients from the parse, resolved to countries and sectors
    counts.py     participants, dead, injured, ranges and competing estimates
    lexicon.py    the trigger tables (verbs, objects, particles, nominals, light verbs, governors)
    plover.py     the PLOVER tables (categories, modes, CAMEO map, sectors, non-state codes)
"""

from __future__ import annotations

from .find import find_events

__all__ = ["find_events"]
