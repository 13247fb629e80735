"""Analyses out as tables: flat records for notebooks, files and other tools.

    tables.py   to_records(analyses, kind) → flat dicts with article ids and offsets;
    events.py   plover_records(analyses), write_tsv / read_tsv: events as PLOVER records and TSV
                to_frame(analyses, kind) → a pandas DataFrame (the [pandas] extra)
"""

from __future__ import annotations

from .tables import COLUMNS, to_frame, to_records

__all__ = ["COLUMNS", "to_frame", "to_records"]
