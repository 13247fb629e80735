"""Common shapes of wire copy that carried no statement or a wrong one (issue 11, session 13): a
measure judged by two effects the parser split ("would force programs to close and cost jobs"),
a measure named by the words of an earlier act ("the emergency measures" after "declare a state of
emergency"), "for as long as it takes" (no condition). Texts written for these tests; real
pipeline."""

from __future__ import annotations

import pytest

from wirecoder.evaluation.wire import same_proposition

from .found import found as _found, has as _has


def test_a_measure_judged_by_an_effect_the_parser_hung_on_another_verb_is_opposed(read):
    found = _found(read("OTTAWA (AP) - Canada will cut the number of new study permits for foreign students by "
                        "10% next year, Immigration Minister Claire Dubois said Monday. The Association of "
                        "Colleges said the cap would force some programs to close and cost thousands of jobs."))
    assert _has(found, "Claire Dubois", "Canada cuts the number of new study permits for foreign students", "favor")
    assert _has(found, "Association of Colleges", "Canada cuts the number of new study permits for foreign students",
                "against"), found


def test_a_measure_named_after_a_word_of_the_earlier_act_is_that_act(read):
    found = _found(read("QUITO (Reuters) - Ecuador's government promised on Tuesday to declare a state of "
                        "emergency in two coastal provinces. Opposition lawmaker Ana Torres said the emergency "
                        "measures would punish fishermen and leave the gangs untouched."))
    assert _has(found, "Ana Torres", "Ecuador declares a state of emergency in two coastal provinces", "against"), found


def test_measures_with_no_earlier_act_of_their_word_carry_no_statement(read):
    found = _found(read("QUITO (Reuters) - Ecuador's government raised fuel prices on Tuesday. Opposition "
                        "lawmaker Ana Torres said the emergency measures would punish fishermen."))
    assert not any(h == "Ana Torres" for h, _, _, _ in found), found


@pytest.mark.parametrize("text, proposition", [
    ("KYIV (Reuters) - Britain will support Ukraine for as long as it takes, Prime Minister Keir Starmer said.",
     "United Kingdom supports Ukraine"),
    ("TALLINN (Reuters) - Britain will keep its troops in Estonia as long as necessary, Prime Minister "
     "Keir Starmer said.", "United Kingdom keeps its troops in Estonia"),
])
def test_for_as_long_as_it_takes_is_a_commitment_not_a_condition(read, text, proposition):
    found = _found(read(text))
    assert _has(found, "Keir Starmer", proposition, "favor", "firm"), found


def test_as_long_as_a_state_lasts_stays_a_condition(read):
    found = _found(read("TALLINN (Reuters) - Britain will keep its troops in Estonia as long as the threat "
                        "remains, Prime Minister Keir Starmer said."))
    assert _has(found, "Keir Starmer", "United Kingdom keeps its troops in Estonia", "favor", "conditional"), found


_LEAD = ("ROME (Reuters) - Italy's government will raise the retirement age to 68 from 2027, Labour Minister "
         "Carla Benedetti said on Monday. ")


@pytest.mark.parametrize("reaction, stance", [
    ("The CGIL union said it would oppose the reform.", "against"),
    ("The CGIL union said it rejected the move.", "against"),
    ("The CGIL union said it would fight the plan in the streets.", "against"),
    ("The CGIL union said it would resist the law.", "against"),
    ("The CGIL union said it supported the decision.", "favor"),
])
def test_a_stance_on_the_reform_the_story_leads_with_is_a_stance_on_its_act(read, reaction, stance):
    found = _found(read(_LEAD + reaction))
    assert _has(found, "CGIL", "Italy raises the retirement age to 68", stance), found
    assert not any(h == "CGIL" and "CGIL" in p for h, p, _, _ in found), found  # not the union's own act


@pytest.mark.parametrize("reaction, holder, stance", [
    ("Confindustria welcomed the move, saying it would help public finances.", "Confindustria", "favor"),
    ("The CGIL union criticised the decision, saying it would hurt workers who started young.", "CGIL", "against"),
    ('"We oppose this reform. It will hurt workers who started young," CGIL leader Roberto Fabbri said.',
     "Roberto Fabbri", "against"),
])
def test_it_judged_after_the_move_it_refers_to_is_a_judgement_of_the_act(read, reaction, holder, stance):
    found = _found(read(_LEAD + reaction))
    assert _has(found, holder, "Italy raises the retirement age to 68", stance), found
    assert not any("hurts workers" in p or "helps public finances" in p for _, p, _, _ in found), found


def test_a_challenge_in_court_stays_the_challenger_s_own_act(read):
    found = _found(read(_LEAD + "The opposition Democratic Party said it would challenge the law in the "
                                "Constitutional Court."))
    assert any("challenges the law" in p and s == "favor" for _, p, s, _ in found), found


def test_a_measure_the_lead_only_refuses_is_not_the_act_a_reaction_refers_to(read):
    found = _found(read("NEW DELHI (AP) - India's environment minister said Tuesday that his country would never "
                        "accept a European tax on the carbon content of imports. \"India will never accept this "
                        "tax,\" Environment Minister Rajiv Menon said."))
    assert found and all(s == "against" for h, p, s, _ in found if "tax" in p), found


def test_the_second_of_two_urged_acts_carries_a_statement(read):
    found = [(s.holder_name, s.proposition_text, s.stance) for s in read(
        'BRUSSELS (Reuters) - The European Commission urged both sides to "avoid unilateral actions and '
        'return to dialogue."')]
    assert any(h == "European Commission" and "return to dialogue" in p and s == "favor" for h, p, s in found), found


def test_a_stance_on_the_bill_the_story_named_is_a_stance_on_its_act(read):
    found = _found(read("NAIROBI (Reuters) - Kenya's government will raise value-added tax on bread to 16 percent, "
                        "Finance Minister Daniel Mutai said on Tuesday. The Orange Democratic Movement said it would oppose "
                        "the bill."))
    assert any(h == "Orange Democratic Movement" and same_proposition(p, "Kenya raises value-added tax on bread")
               and s == "against" for h, p, s, _ in found), found


def test_a_particle_read_as_a_preposition_before_a_quotation_mark_stays_with_its_verb(read):
    found = _found(read('BANGKOK (Reuters) - Foreign Ministry spokesman Nikorn Saengthong said Thailand would hand '
                        'Tan over "if the court rules that the treaty applies."'))
    assert any(p.startswith("Thailand hands over Tan") and g == "conditional" for _, p, _, g in found), found


def test_foreign_advisers_not_asked_to_leave_are_the_ones_leaving_the_story_s_country():
    from wirecoder import analyze  # the whole pipeline: the dateline gives the story's country

    found = _found(analyze("TRIPOLI (Reuters) - General Osama al-Tarhouni said Libya's government would not ask "
                           'Turkish military advisers to leave "as long as Russian fighters remain in the east."'
                           ).statements)
    assert ("Osama al-Tarhouni", "Turkish military advisers leave Libya", "against", "conditional") in found, found


def test_a_side_not_asking_an_unnamed_body_keeps_the_act_its_own(read):
    found = _found(read("SKOPJE (Reuters) - Prime Minister Hristijan Mickoski said his government would not ask "
                        "parliament to change the constitution."))
    assert _has(found, "Hristijan Mickoski", "North Macedonia changes the constitution", "against"), found


_TAX = ("NAIROBI (Reuters) - Kenya's government will raise value-added tax on bread to 16 percent, Finance "
        "Minister Daniel Mutai said on Tuesday. ")


@pytest.mark.parametrize("reaction, stance", [
    ('Opposition leader Raila Odinga called the decision "a grave mistake".', "against"),
    ('Opposition leader Raila Odinga called the move "the right step".', "favor"),
    ('Opposition leader Raila Odinga called the plan "unacceptable".', "against"),
    ('Opposition leader Raila Odinga said the tax was "a step in the wrong direction".', "against"),
    ('"This tax will make bread unaffordable for millions," opposition leader Raila Odinga said.', "against"),
    ("Opposition leader Raila Odinga said the increase would push millions into poverty.", "against"),
])
def test_a_judgement_of_the_measure_the_story_leads_with_is_a_stance_on_it(read, reaction, stance):
    found = _found(read(_TAX + reaction))
    assert _has(found, "Raila Odinga", "Kenya raises value-added tax on bread to 16 percent", stance), found


def test_a_name_quoted_before_a_description_is_no_judgement(read):
    found = _found(read('NAIROBI (Reuters) - Critic Raila Odinga called the film "Gone with the Wind" a classic.'))
    assert found == [], found


def test_a_gerund_s_common_noun_subject_does_the_act(read):
    found = _found(read("SEOUL (Reuters) - South Korea will never accept foreign military aircraft entering its "
                        "air defense identification zone, the defense ministry said."))
    assert any(p.startswith("Foreign military aircraft enter") and s == "against" for _, p, s, _ in found), found


def test_doing_the_same_names_no_act_of_its_own(read):
    found = _found(read('GEORGETOWN (Reuters) - "We will defend the border, and we expect Venezuela to do the same," '
                        "Foreign Minister Rohan Persaud said."))
    assert not any("same" in p for _, p, _, _ in found), found


def test_making_something_harder_is_no_judgement_alone(read):
    found = _found(read("SEOUL (Reuters) - The court barred police from collecting phone data without a warrant on "
                        "Monday. Lawmaker Choo Min-kyu said the ruling could make it harder to prevent violent rallies."))
    assert not any(h == "Choo Min-kyu" for h, _, _, _ in found), found


def _statements(text):
    from wirecoder import analyze

    return _found(analyze(text).statements)


_AEGEAN = ("ATHENS (Reuters) - Turkey sent a research vessel into disputed waters on Monday, and Turkey's navy "
           "escorted it, Greek officials said. ")


def test_a_relation_left_without_its_other_party_takes_the_country_the_story_is_about():
    found = _statements(_AEGEAN + '"We will not negotiate our sovereignty," Foreign Minister Eleni Roussou said.')
    assert ("Eleni Roussou", "Greece negotiates its sovereignty with Turkey", "against", "firm") in found, found


def test_an_extradition_goes_to_the_country_asking_for_it():
    found = _statements("KUALA LUMPUR (Reuters) - Malaysia has asked Thailand to hand over a fugitive businessman, "
                        "Tan Kok Leong. Malaysia's attorney general, Rozaimi Kassim, said Thailand should extradite "
                        "Tan under the treaty. Malaysia's police said the case was a priority.")
    assert any(p.startswith("Thailand extradites Tan") and p.endswith("to Malaysia") for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    _AEGEAN + '"We will negotiate with the European Union, not with Ankara," Foreign Minister Eleni Roussou said.',
    _AEGEAN + "The European Commission urged both sides to return to dialogue.",
    "ATHENS (Reuters) - Greece and Turkey held talks, and Greece and Turkey agreed to meet again. Greek Foreign "
    "Minister Eleni Roussou said Greece would host a new round of talks in May.",
])
def test_no_other_party_is_added_where_the_text_names_one_or_the_subject_holds_both(text):
    found = _statements(text)
    assert not any(p.endswith(("with Turkey", "with Greece")) for _, p, _, _ in found), found


def test_an_act_opposed_for_being_done_without_notice_keeps_the_words(read):
    found = _found(read("SEOUL (Reuters) - South Korea will never accept foreign military aircraft entering its "
                        "air defense identification zone without prior notice, the defense ministry said."))
    assert any(p.endswith("zone without prior notice") and s == "against" for _, p, s, _ in found), found


def test_without_delay_stays_a_manner_phrase(read):
    found = _found(read("MEXICO CITY (Reuters) - Mexico will receive its own nationals without delay, Foreign "
                        "Minister Adriana Villasenor said."))
    assert ("Adriana Villasenor", "Mexico receives its own nationals", "favor", "firm") in found, found


@pytest.mark.parametrize("text, proposition, stance, hedge", [
    ("JAKARTA (Reuters) - The government should postpone the tax until the economy recovers, the Indonesian Nickel "
     "Miners Association said.", "Indonesia postpones the tax", "favor", "firm"),
    ("JAKARTA (Reuters) - Indonesia will raise royalties on nickel ore, Energy Minister Arif Wicaksono said. The "
     "Indonesian Nickel Miners Association said the increase would hurt miners and asked the government to delay "
     "it until nickel prices recover.",
     "Indonesia delays the increase", "favor", "firm"),
    ("BOGOTA (Reuters) - The ELN would not lay down its weapons until the causes of the conflict had been "
     "addressed, commander Emiro Quintana said.", "ELN lays down its weapons", "against", "conditional"),
])
def test_until_after_a_postponement_says_how_long_not_on_what_condition(read, text, proposition, stance, hedge):
    found = _found(read(text))
    assert any(p == proposition and s == stance and g == hedge for _, p, s, g in found), found
