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


def test_a_proposition_without_an_object_ends_on_no_preposition():
    from wirecoder.lexicon.keys import proposition_text

    assert proposition_text("China", "impose sanctions on") == "China imposes sanctions"
    assert proposition_text("China", "impose sanctions on", "North Korea") == "China imposes sanctions on North Korea"
