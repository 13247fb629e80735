""""Would not give up its ports or a single centimeter of its territory", "not one inch": a
negation down to the last unit is categorical (absolute); "a single market" wanted is a plain
wish."""

from __future__ import annotations

from .found import found as _found


def test_not_a_single_centimeter_is_absolute(read):
    found = _found(read("ASMARA (Reuters) - Eritrean Ambassador Habtom Zerai said Eritrea would not give up its "
                        "ports or \"a single centimeter of its territory.\""))
    assert [(s, h) for _, _, s, h in found] == [("against", "absolute")], found


def test_not_one_inch_is_absolute(read):
    found = _found(read("GEORGETOWN (Reuters) - Guyanese President Irfaan Ali said Guyana would not give up one "
                        "inch of the Essequibo region."))
    assert [(s, h) for _, _, s, h in found] == [("against", "absolute")], found


def test_a_single_market_wanted_is_firm(read):
    found = _found(read("BRUSSELS (Reuters) - Commissioner Anna Berg said the EU wanted a single market for energy."))
    assert [(s, h) for _, _, s, h in found] == [("favor", "firm")], found
