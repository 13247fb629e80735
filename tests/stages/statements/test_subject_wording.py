"""Subjects as a reader expects them (issue 11): a diplomat's "we" is the country their title
names ("Eritrean Ambassador to Russia ..." speaks for Eritrea, not Russia); a plural demonym
takes a plural verb ("Colombians accept", not "accepts"); a pronoun's antecedent keeps its
hyphen ("the cease-fire"). Sentences written for these tests; the real pipeline runs."""

from __future__ import annotations


def test_a_diplomats_we_is_the_country_of_the_title_not_of_the_posting(read):
    found = read('Gabonese Ambassador to France Paul Mba told reporters that "we will never cede our offshore '
                 'oil fields to anyone."')
    assert found and all(s.proposition_text.startswith("Gabon ") for s in found), [s.proposition_text for s in found]


def test_a_plural_demonym_takes_a_plural_verb(read):
    found = read('"The truce has saved lives. But a truce in which families keep paying ransoms is not a truce, and '
                 'Colombians will not accept it," Colombian peace commissioner Ana Rojas told reporters.')
    texts = [s.proposition_text for s in found]
    assert any(t.startswith("Colombians accept ") for t in texts), texts


def test_a_pronouns_antecedent_keeps_its_hyphen(read):
    found = read('"The cease-fire has saved lives, and we want it to last. But Peruvians will not accept it," '
                 'Peruvian peace commissioner Ana Quispe told reporters.')
    texts = [s.proposition_text for s in found]
    assert any("cease-fire" in t for t in texts) and not any("ceasefire" in t for t in texts), texts


def test_our_under_another_subject_is_the_speakers_side(read):
    found = read('"We demand that Azerbaijan withdraw its troops from our territory," Armenian Foreign Minister '
                 'Ararat Mirzoyan said.')
    texts = [s.proposition_text for s in found]
    assert "Azerbaijan withdraws its troops from Armenia's territory" in texts, texts


def test_our_under_the_speakers_own_side_reads_from_the_subject(read):
    found = read('"We will defend our territory," Armenian Foreign Minister Ararat Mirzoyan said.')
    assert [s.proposition_text for s in found] == ["Armenia defends its territory"], [s.proposition_text for s in found]


def test_a_sentence_initial_common_noun_patient_is_lower_cased(read):
    found = read('"Officials who attack the peace agreement will be held accountable," the U.S. Embassy in '
                 'Sarajevo said in a statement.')
    assert found and all("Officials" not in s.proposition_text for s in found), [s.proposition_text for s in found]
