"""Session 9, events: shapes of wire copy written for the stress list, through the real pipeline
(``wirecoder.analyze``). Each test failed before its fix."""

from __future__ import annotations

import pytest

from wirecoder import analyze


def of(text: str, category: str) -> list:
    return [e for e in analyze(text, published="2025-06-10").events if e.category == category]


@pytest.mark.parametrize("text, country", [
    ("Armenia called up reservists on Wednesday.", "ARM"),
    ("The Serbian army called up its reserve units on Sunday.", "SRB"),
])
def test_a_time_phrase_after_call_is_no_called_on(text, country):
    # "on Wednesday" is a time phrase, not the "on" of "called on" (REQUEST)
    found = of(text, "MOBILIZE")
    assert found and found[0].actors[0].country == country
    assert not of(text, "REQUEST")


def test_called_on_someone_stays_a_request():
    found = of("France called on Iran on Tuesday to release two French nationals.", "REQUEST")
    assert found and found[0].actors[0].country == "FRA"
