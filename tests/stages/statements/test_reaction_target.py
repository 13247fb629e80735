"""A reaction without a target is against the actor of the condition it answers (issue 11):
"if Riga went ahead with the expulsions, Moscow would take retaliatory measures" is against
Latvia. Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations


def _texts(statements):
    return [s.proposition_text for s in statements]


def test_retaliatory_measures_are_against_the_conditions_actor(read):
    found = read('Lithuania has ordered 40 Russian citizens to leave the country. Russian diplomat Ivan Sorokin warned '
                 'that if Vilnius went ahead with the expulsions, Moscow would take "retaliatory measures."')
    assert "Russia takes retaliatory measures against Lithuania" in _texts(found), _texts(found)


def test_retaliating_is_against_the_conditions_actor(read):
    found = read('"If Tokyo imposes tariffs on our cars, we will retaliate," South Korean Trade Minister Ahn Duk-geun '
                 'said.')
    assert [s.proposition_key for s in found] == ["retaliate:JPN"], _texts(found)


def test_a_reaction_with_its_own_target_keeps_it(read):
    found = read('"If Tokyo imposes tariffs on our cars, we will take countermeasures against Japanese steel," '
                 'South Korean Trade Minister Ahn Duk-geun said.')
    assert found and not any(t.endswith("against Japan") for t in _texts(found)), _texts(found)
