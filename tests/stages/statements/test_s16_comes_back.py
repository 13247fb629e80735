""""The E-levy will not come back", "it will not come back" after a tax: against reintroducing
the measure, by the holder's side; a measure returning to a place is no reintroduction."""

from __future__ import annotations

from .found import found as _found

_LEAD = "ACCRA (Reuters) - Ghana's finance minister Kwabena Adjei-Mensah presented the 2026 budget on Wednesday. "


def test_a_levy_that_will_not_come_back(read):
    found = _found(read(_LEAD + "\"The levy will not come back,\" Adjei-Mensah said."))
    assert found == [("Kwabena Adjei-Mensah", "Ghana reintroduces the levy", "against", "firm")]


def test_it_will_not_come_back_after_a_tax(read):
    found = _found(read(_LEAD + "\"The bread tax is gone, and it will not come back in this budget,\" "
                                "Adjei-Mensah said."))
    assert found == [("Kwabena Adjei-Mensah", "Ghana reintroduces the bread tax", "against", "firm")]


def test_a_hyphenated_levy_is_a_measure(read):
    found = _found(read(_LEAD + "\"The E-levy will not come back,\" Adjei-Mensah said."))
    assert [(p.endswith("levy"), s) for _, p, s, _ in found] == [(True, "against")], found


def test_a_tax_returning_to_parliament_is_no_reintroduction(read):
    assert not read(_LEAD + "\"The tax will return to parliament next week,\" Adjei-Mensah said.")
