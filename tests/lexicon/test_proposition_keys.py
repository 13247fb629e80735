"""Proposition keys of the lexicon (issue 11): "restrictions" and "measures" are sanctions only
against someone; bare, they key by their own words."""

from __future__ import annotations

import pytest

from wirecoder.lexicon.keys import text_key


@pytest.mark.parametrize("predicate, obj, key", [
    ("lift", "the remaining restrictions", "lift:remaining_restrictions"),
    ("ease", "measures", "ease:measures"),
])
def test_bare_restrictions_are_not_sanctions(predicate, obj, key):
    assert text_key(predicate, obj) == key


@pytest.mark.parametrize("predicate, obj", [
    ("lift", "restrictions on Russia"),
    ("will not lift", "sanctions"),
])
def test_restrictions_against_someone_and_sanctions_are(predicate, obj):
    assert text_key(predicate, obj).removeprefix("not_").startswith("lift_sanctions")


def test_restrictive_measures_against_a_country_are_sanctions():
    assert text_key("impose", "restrictive measures against Russia").startswith("impose_sanctions:")
