"""A clause whose subject is a group of people made definite by its article ("the family", "the
opposition", "all parties") states a position for them; a bare plural, a part of a class or a
possessed group does not. A directive's addressee told to "stay calm" is told to act. Sentences
written for these tests; real pipeline."""

from __future__ import annotations

import pytest


def _found(statements):
    return [(s.holder_name, s.proposition_text, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("Lawyer Amara Voss said the family would sue the hospital for negligence.",
                 "The family sues the hospital for negligence", "favor", id="the-family"),
    pytest.param("Party chairman Tomas Reyes said the opposition would boycott the budget debate.",
                 "The opposition boycotts the budget debate", "favor", id="the-opposition"),
    pytest.param("Union leader Dana Pike said the workers would not accept the new shift rota.",
                 "The workers accept the new shift rota", "against", id="the-workers"),
])
def test_a_definite_group_subject_states_a_position(read, text, proposition, stance):
    found = _found(read(text))
    assert [(p, s) for _, p, s, _ in found] == [(proposition, stance)]


@pytest.mark.parametrize("text", [
    pytest.param("Economist Lena Hart said some workers would lose their bonuses.", id="part-of-class"),
    pytest.param("Minister Omar Diallo said our farmers could not compete with the imports.",
                 id="possessed-group"),
    pytest.param("Analyst Rhea Kahn said prices would rise in the spring.", id="things"),
])
def test_no_group_no_position(read, text):
    assert _found(read(text)) == []


def test_an_addressed_group_told_to_stay_calm(read):
    found = _found(read("Party spokesman Ivo Brandt urged his party's supporters to stay calm."))
    assert [(p, s) for _, p, s, _ in found] == [("His party's supporters stay calm", "favor")]


def test_staying_strong_is_no_conduct(read):
    assert _found(read("Party spokesman Ivo Brandt urged his party's supporters to stay strong.")) == []
