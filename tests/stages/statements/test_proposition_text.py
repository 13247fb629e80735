"""Proposition texts as the speaker said them (issue 11): the speaker's own verb, the object's
complements kept, adjuncts and clauses cut, pronouns and the speaker's side resolved. Sentences
written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations


def _texts(statements):
    return [(s.proposition_text, s.stance) for s in statements]


def test_a_table_predicate_reads_in_the_speakers_own_verb(read):
    """"withdraw from" keys as leaving (the table's ``leave``) but reads as said."""
    (s,) = read('"We will not withdraw from the reef, not this year and not ever," Foreign Minister '
                'Enrique Manalo of the Philippines told reporters.')
    assert s.proposition_text.startswith("Philippines withdraws from")
    assert s.proposition_key.startswith("leave:")
    assert s.stance == "against"


def test_a_table_predicate_with_the_tables_nouns_keeps_its_preposition_but_not_its_verb(read):
    found = read('"Poland will start talks with Belarus next month," Polish Foreign Minister Jan Nowak said.')
    assert ("Poland starts talks with Belarus", "favor") in _texts(found)
    assert found[0].proposition_key == "hold_talks:BLR"


def test_we_of_a_breakaway_entitys_spokeswoman_is_that_entity(read):
    """The speaker's country is Bosnia and Herzegovina, but her description names Republika
    Srpska, the entity she speaks for."""
    found = read('"We will never hand our officials over to the state court," Dragana Vujic, a spokeswoman '
                 'for the Republika Srpska government, told reporters in Bosnia and Herzegovina.')
    assert [s.proposition_text.split(" hands")[0] for s in found] == ["Republika Srpska"]


def test_we_of_an_armed_groups_negotiator_is_the_group_by_its_short_name(read):
    found = read('The National Liberation Army (ELN) has fought the government of Colombia since 1964. '
                 '"We are ready to extend the truce next week," ELN negotiator Emiro Quintana said.')
    assert ("ELN extends the truce", "favor") in _texts(found)


def test_we_of_a_non_state_body_is_the_body_itself(read):
    found = read('"We will open safe corridors for civilians," the Rapid Support Forces of Sudan said in a statement.')
    assert found and found[0].proposition_text.startswith("Rapid Support Forces")
