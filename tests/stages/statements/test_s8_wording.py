"""Session 8 wording of propositions (issue 11): a "before" of place stays in the object, a bare
shell noun after a preposition names an activity. Sentences written for these tests; the real
pipeline runs (``read`` from conftest), and every evidence span is the text it points at."""

from __future__ import annotations

import pytest


def _found(read, text):
    statements = read(text)
    for s in statements:
        if s.evidence is not None:
            assert text[s.evidence.start:s.evidence.end] == s.evidence.text
    return [(s.proposition_text, s.stance) for s in statements]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("Foreign Minister Ana Ruiz said Chile would not appear before the International Court of Justice.",
                 "Chile appears before the International Court of Justice", "against", id="appear-before-court"),
    pytest.param("“We will testify before Congress next month,” Canadian Trade Minister Mary Ng said.",
                 "Canada testifies before Congress", "favor", id="testify-before-congress"),
])
def test_a_before_of_place_stays_in_the_proposition(read, text, proposition, stance):
    found = _found(read, text)
    assert (proposition, stance) in found, found


def test_a_before_of_time_stays_out(read):
    found = _found(read, "Foreign Minister Ana Ruiz said Chile would sign the deal before the summit.")
    assert ("Chile signs the deal", "favor") in found, found


@pytest.mark.parametrize("text, proposition", [
    pytest.param("Labour Minister Nana Osei urged the doctors to return to work.",
                 "Doctors return to work", id="return-to-work"),
    pytest.param("Education Minister Yaw Boateng urged the striking teachers to go back to work.",
                 "Striking teachers go back to work", id="go-back-to-work"),
])
def test_a_bare_shell_noun_after_a_preposition_is_an_activity(read, text, proposition):
    found = _found(read, text)
    assert (proposition, "favor") in found, found


def test_a_determined_shell_noun_still_names_nothing(read):
    found = _found(read, "“We will finish the work,” Chilean Mining Minister Aurora Williams said.")
    assert not any("work" in p for p, _ in found), found
