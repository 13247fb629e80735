""""A VAT increase is a red line for us": an act noun with its patient as compound, judged, is
the act by the holder's side (against raising VAT), and a red line makes it absolute; "the new
increase" (no patient of its own) is still no act named."""

from __future__ import annotations

from .found import found as _found

_LEAD = "CAPE TOWN (Reuters) - South Africa's coalition partner said it would oppose the budget. "


def test_a_compound_act_judged_a_red_line_is_against_it_absolutely(read):
    assert _found(read(_LEAD + "\"A VAT increase is a red line for us,\" Pieter Kruger told Reuters.")) == [
        ("Pieter Kruger", "South Africa increases VAT", "against", "absolute")]


def test_a_compound_act_judged_a_mistake_is_against_it(read):
    assert _found(read(_LEAD + "\"A VAT increase would be a mistake,\" Pieter Kruger told Reuters.")) == [
        ("Pieter Kruger", "South Africa increases VAT", "against", "firm")]


def test_a_compound_act_that_hurts_is_against_it(read):
    assert _found(read(_LEAD + "\"A VAT increase would hurt the poor,\" Pieter Kruger told Reuters.")) == [
        ("Pieter Kruger", "South Africa increases VAT", "against", "firm")]


def test_an_adjective_is_no_patient(read):
    assert not read(_LEAD + "\"A sudden increase would hurt the poor,\" Pieter Kruger told Reuters.")
