"""An act noun whose patient is the common noun before it (issue 11, session 7): "opposed any
tax increase for defense" is against the country raising taxes, as "oppose the increase of
taxes" is; a party or union opposing a measure does not do it, its country does; a measure
after "of" ("an increase of half a percentage point") is not what is increased. Sentences
written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations

import pytest


def _found(read, text):
    return [(s.proposition_text, s.stance) for s in read(text)]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("TOKYO (Reuters) - The Constitutional Democratic Party said it opposed any tax increase for "
                 "defense.", "Japan increases tax for defense", "against", id="tax-increase"),
    pytest.param("CAPE TOWN (Reuters) - Finance Minister Sipho Mahlangu proposed a smaller VAT increase of half a "
                 "percentage point. The Congress of South African Trade Unions said it opposed the VAT increase.",
                 "South Africa increases VAT", "against", id="vat-increase-after-a-measure"),
])
def test_the_compound_of_an_act_noun_is_what_the_act_acts_on(read, text, proposition, stance):
    found = _found(read, text)
    assert (proposition, stance) in found, found


def test_a_measure_after_of_is_not_the_patient(read):
    found = _found(read, "CAPE TOWN (Reuters) - Finance Minister Sipho Mahlangu proposed a smaller VAT increase of "
                         "half a percentage point. The Congress of South African Trade Unions said it opposed the "
                         "VAT increase.")
    assert not any("percentage point" in p for p, _ in found), found


@pytest.mark.parametrize("text, words", [
    pytest.param("NEW DELHI (Reuters) - Trade Minister Rajiv Menon said India may accept the European Union's "
                 "carbon border levy.", "carbon border levy", id="owned-thing"),
    pytest.param("WASHINGTON (Reuters) - U.S. Trade Representative Mark Holloway said the United States wanted "
                 "real market access.", "real market access", id="adjective-thing"),
])
def test_a_thing_named_by_an_act_noun_stays_as_written(read, text, words):
    found = _found(read, text)
    assert any(words in p for p, _ in found), found
