"""Quotes with a clear position that used to give no statement at all (session 9): the subject
"it", "his province" or a bare office stands for, an object pronoun whose noun is in the sentence before, an
object left unsaid, a passive without its auxiliary. Sentences written for these tests; the
whole pipeline runs."""

from __future__ import annotations

from wirecoder.analysis import analyze


def _statements(text):
    return [(s.proposition_text, s.stance, s.hedge) for s in analyze(text).statements]


def _texts(text):
    return [s.proposition_text for s in analyze(text).statements]


# -- "it" in the mouth of an organization ----------------------------------------------------------
def test_it_after_a_time_adjunct_is_the_speaking_party():
    found = _statements("BUCHAREST (Reuters) - The Social Democratic Party said on Monday it would leave the "
                        "coalition unless the finance minister resigned.")
    assert ("Social Democratic Party leaves the coalition", "favor", "conditional") in found, found


def test_it_after_a_time_adjunct_is_the_speaking_commission():
    found = _statements("NAIROBI (Reuters) - Kenya's Teachers Service Commission said on Tuesday it will not "
                        "raise the hiring quota for 2026 unless parliament approves more funds.")
    assert ("Kenyan Teachers Service Commission raises the hiring quota", "against", "conditional") in found, found


def test_it_after_a_noun_is_not_the_speaking_body():
    texts = _texts("BUCHAREST (Reuters) - The Social Democratic Party said the budget was late and it would "
                   "cost jobs.")
    assert not any(t.startswith("Social Democratic Party") for t in texts), texts


# -- "his province" and heads of state -------------------------------------------------------------
def test_his_province_in_a_governors_mouth_is_his_country():
    found = _statements("VIENNA (Reuters) - The governor of Carinthia, Anton Weber, said his province would "
                        "apply the reform only if Vienna paid for the extra teachers.")
    assert ("Austria applies the reform", "favor", "conditional") in found, found


def test_the_province_is_no_actor():
    assert _texts("VIENNA (Reuters) - Anton Weber, a lawyer, said the province would apply the reform.") == []


def test_the_president_in_a_spokeswomans_quote_acts_for_the_state():
    texts = _texts("LIMA (Reuters) - Peru's government will veto a bill that cuts mining royalties, "
                   "presidential spokeswoman Elena Paredes said on Monday. \"The president will veto it. There "
                   "is no money for that,\" Paredes told reporters.")
    assert "Peru vetoes the bill" in texts, texts


def test_the_president_resigning_is_no_act_of_state():
    texts = _texts("LIMA (Reuters) - \"The president will not resign,\" presidential spokeswoman Elena Paredes "
                   "told reporters.")
    assert not any(t.startswith("Peru") for t in texts), texts


# -- object pronouns and elided objects ------------------------------------------------------------
def test_an_object_pronoun_reaches_back_to_the_sentence_before_a_direct_quote():
    texts = _texts("MADRID (Reuters) - Opposition leader Carla Ruiz said the reform was rushed through without "
                   "debate. \"We will fight it in the Senate,\" she said.")
    assert "Spain fights the reform in the Senate" in texts, texts


def test_an_object_pronoun_prefers_the_object_of_the_same_verb():
    texts = _texts("QUITO (Reuters) - The opposition bloc will block a decree that raises fuel prices, its "
                   "leader Ana Mora said, after the minister defended the subsidy cut on Sunday. \"We will block "
                   "it in the assembly,\" Mora said.")
    assert any("blocks the decree" in t for t in texts), texts


def test_appeal_without_an_object_appeals_the_ruling_named_before():
    found = _statements("LISBON (Reuters) - A Lisbon court annulled the port contract in a ruling on Monday. "
                        "Infrastructure Minister Rui Costa said the government would appeal.")
    assert ("Portugal appeals the ruling", "favor", "firm") in found, found


def test_appeal_with_no_decision_named_gives_nothing():
    assert _texts("LISBON (Reuters) - Infrastructure Minister Rui Costa said the government would appeal.") == []


def test_a_bare_participle_after_want_is_a_passive():
    found = _statements("ROME (Reuters) - Foreign Minister Paolo Greco said he wanted the sanctions lifted by "
                        "March.")
    assert ("Italy lifts the sanctions by March", "favor", "firm") in found, found


def test_the_or_clause_of_either_is_no_position():
    texts = _texts("ATHENS (Reuters) - \"Either we cut the deficit ourselves, or Brussels will impose cuts on "
                   "us,\" Finance Minister Nikos Dimas said.")
    assert not any(t.startswith("European Union") for t in texts), texts
