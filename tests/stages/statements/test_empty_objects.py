"""Clauses whose object is left unsaid carry no statement (issue 11, precision): a shell noun
without its content ("promise a date", "raise the issue"), a free relative ("stick to what was
agreed"), a light verb whose only argument is an infinitive ("will do whatever it can to keep it
that way"). Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations

import pytest


def _texts(statements):
    return [s.proposition_text for s in statements]


@pytest.mark.parametrize("text", [
    '"I cannot promise a date," EU Commissioner Marta Lind told reporters in Brussels.',
    'Russian diplomat Ivan Petrov said Moscow was ready to raise the issue at the OSCE.',
    '"We will study any proposal carefully," Kazakh Foreign Minister Daniyar Omarov said.',
    'The European Commission urged Skopje to "stick to what was agreed."',
    '"Türkiye will do whatever it can to keep it that way," Turkish minister Ozlem Kaya told reporters.',
    'Trade Minister Gary Tomson said the job would not be finished while Australian wine remained locked out.',
    '"Moscow will not let this topic be swept under the carpet," Russian diplomat Ivan Petrov said.',
    'The U.S. Embassy urged Serb leaders to let the state courts do their work.',
    '"I cannot give a date for the elections," interim President Mamadi Doumbouya of Guinea said.',
])
def test_a_clause_with_its_object_unsaid_carries_no_statement(read, text):
    assert _texts(read(text)) == []


def test_a_copula_other_than_be_describes_rather_than_states(read):
    """"must remain a sea of trade": what the sea is, not what an actor does; states the tables
    know ("remain neutral") stay."""
    assert _texts(read('"The Baltic must remain a sea of trade, not of war," Estonian Foreign Minister Eva Kask '
                       'told reporters.')) == []
    found = read('"Serbia will remain militarily neutral," Serbian President Aleksandar Vucic said.')
    assert [s.proposition_key for s in found] == ["stay_neutral"], _texts(found)


def test_a_shell_noun_with_its_content_keeps_the_statement(read):
    found = read('"We will raise the issue of visas at the OSCE," Russian diplomat Ivan Petrov said.')
    assert any("issue of visas" in t for t in _texts(found)), _texts(found)


def test_an_act_with_a_concrete_object_keeps_the_statement(read):
    found = read('"We will lift the remaining currency controls," Argentine Economy Minister Pablo Ortiz said.')
    assert any("currency controls" in t for t in _texts(found)), _texts(found)


def test_a_refused_table_predicate_without_an_object_reads_without_a_dangling_preposition(read):
    found = read('"We oppose any new sanctions," Chinese Foreign Ministry spokeswoman Wang Li said.')
    assert found and not any(s.proposition_text.endswith((" on", " against")) for s in found), _texts(found)


def test_a_name_staying_is_no_measure_the_holder_keeps(read):
    found = read('"We will not withdraw from Mischief Reef. Not today, not ever. The BRP Laguna will stay where it '
                 'is," Philippine Navy spokesman Ramon Lopez told a news conference in Manila.')
    assert not any(" keeps " in s.proposition_text for s in found), _texts(found)


def test_a_measure_staying_is_against_lifting_it(read):
    # a measure kept as it is: against the act that undoes it (lexicon.states), as annotated
    found = read('"The ban will stay as long as the public is not convinced," South Korean Fisheries Minister Cho '
                 'Min-jae said.')
    assert any(s.proposition_text.startswith("South Korea lifts the ban") and s.stance == "against"
               for s in found), _texts(found)
