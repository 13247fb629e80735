"""Clauses that state a position but used to carry no statement (issue 11, the wire_dev class
"no statement on the quote"), in sentences written for these tests. Real pipeline, loaded once."""

from __future__ import annotations

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def _has(found, proposition, stance, hedge=None):
    return any(same_proposition(p, proposition) and s == stance and (hedge is None or h == hedge)
               for p, s, h in found)


def test_a_cue_inside_a_relative_clause_still_reports_a_position(read):
    found = _found(read("Chile and Peru held talks in Lima on Monday. The talks were chaired by Chilean Foreign "
                        "Minister Alberto van Klaveren, who said Chile would never close its border with Peru."))
    assert _has(found, "Chile closes its border with Peru", "against", "absolute"), found


def test_a_relative_clause_inside_the_quote_still_carries_none(read):
    found = _found(read("“We will reject anything that would make Chile close its border with Peru,” Chilean "
                        "Foreign Minister Alberto van Klaveren said."))
    assert not any("close" in p.lower() for p, _, _ in found), found


def test_the_two_countries_are_the_two_countries_named(read):
    found = _found(read("Chile and Peru held talks in Lima on Monday. Peru will host a summit on Tuesday. The "
                        "Peruvian Foreign Ministry, which issued a statement on Wednesday, said the two countries "
                        "should “treat each other as neighbours rather than rivals.”"))
    assert any(p.startswith(("Chile and Peru ", "Peru and Chile ")) and s == "favor" for p, s, _ in found), found


def test_a_copula_of_lasting_carries_a_governing_adjective(read):
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren said Chile remained committed to signing "
                        "“a fair trade agreement” with Peru."))
    assert _has(found, "Chile signs a fair trade agreement with Peru", "favor", "firm"), found


def test_working_to_is_an_effort_toward_the_act(read):
    found = _found(read("Chile and Peru will reopen their embassies before the end of the year and are working to "
                        "restore direct flights, Chilean Foreign Minister Alberto van Klaveren said on Monday."))
    assert _has(found, "Chile and Peru restore direct flights", "favor", "firm"), found


def test_working_with_a_partner_stays_the_act(read):
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren said Chile was ready to work with Peru to "
                        "clear the mines along the border."))
    assert _has(found, "Chile works with Peru to clear the mines along the border", "favor"), found


def test_a_class_of_states_named_by_a_noun_holds_a_position(read):
    found = _found(read("The European Commission said on Monday that member states could temporarily close "
                        "their airspace to Belarusian aircraft."))
    assert _has(found, "member states close their airspace to Belarusian aircraft", "favor", "uncertain"), found


def test_a_class_narrowed_by_a_participle_holds_it_on_that_condition(read):
    found = _found(read("The European Commission said on Monday that member states bordering Belarus could "
                        "temporarily close their airspace to Belarusian aircraft."))
    assert _has(found, "member states close their airspace to Belarusian aircraft", "favor", "conditional"), found


def test_a_class_described_by_an_adjective_is_no_holder(read):
    found = _found(read("The European Commission said on Monday that poorer states would wait longest for the "
                        "new funds."))
    assert not found, found


def test_a_to_infinitive_after_a_let_clause_pairs_with_the_first_infinitive(read):
    found = _found(read("The African Union urged the Sudanese army to let civilians leave the city and to stop "
                        "shelling Zamzam."))
    assert _has(found, "Sudanese army shells Zamzam", "against"), found
    assert not any(p.lower().startswith("civilians") for p, _, _ in found), found


def test_a_before_clause_with_a_modal_of_ability_is_a_conditional_goal(read):
    found = _found(read("The European Commission said Albania must meet the rule-of-law benchmarks before it can "
                        "join the European Union."))
    assert _has(found, "Albania joins the European Union", "favor", "conditional"), found


def test_a_before_clause_of_time_stays_out(read):
    found = _found(read("The European Commission said Albania would meet the rule-of-law benchmarks before it "
                        "joined the European Union."))
    assert not any("join" in p.lower() for p, _, _ in found), found


def test_a_governor_the_tagger_lemmatizes_wrongly_still_governs(read):
    # spaCy lemmatizes "hoped" as "hop"; the word's own lemma is "hope"
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren said Chile hoped to sign the fisheries "
                        "agreement with Peru."))
    assert _has(found, "Chile signs the fisheries agreement with Peru", "favor", "uncertain"), found


def test_a_governing_participle_parsed_as_a_passive_still_governs(read):
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren said Santiago was prepared to send a "
                        "frigate to Haiti."))
    assert _has(found, "Chile sends a frigate to Haiti", "favor", "firm"), found


def test_only_on_the_verb_before_a_time_clause_is_a_condition(read):
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren said Chile would only lift the sanctions "
                        "once Bolivia released the detained fishermen."))
    assert _has(found, "Chile lifts the sanctions", "favor", "conditional"), found


def test_open_to_governs_like_willing(read):
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren told reporters that Chile was open to "
                        "resuming flights to Bolivia."))
    assert _has(found, "Chile resumes flights to Bolivia", "favor"), found


def test_neither_nor_denies_each_act(read):
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren said his country would neither recognise "
                        "the referendum nor send monitors to Caracas."))
    assert _has(found, "Chile recognises the referendum", "against"), found
    assert _has(found, "Chile sends monitors to Caracas", "against"), found


def test_not_hesitating_to_act_is_for_the_act(read):
    found = _found(read("Chilean Foreign Minister Alberto van Klaveren said Chile would not hesitate to expel "
                        "the Bolivian consul."))
    assert _has(found, "Chile expels the Bolivian consul", "favor"), found


def test_nor_after_not_denies_once_not_twice(read):
    found = _found(read("“Chile will not recognise the referendum nor send monitors to Caracas,” Chilean Foreign "
                        "Minister Alberto van Klaveren said."))
    assert _has(found, "Chile sends monitors to Caracas", "against"), found
    assert not _has(found, "Chile sends monitors to Caracas", "favor"), found


def test_it_depends_makes_what_was_just_said_conditional(read):
    found = _found(read("“We may extend the fishing ban. It depends on what Peru does,” Chilean Foreign Minister "
                        "Alberto van Klaveren said."))
    assert _has(found, "Chile extends the fishing ban", "favor", "conditional"), found


def test_a_dependence_on_something_else_conditions_nothing(read):
    found = _found(read("“We will extend the fishing ban. Our economy depends on the sea,” Chilean Foreign "
                        "Minister Alberto van Klaveren said."))
    assert _has(found, "Chile extends the fishing ban", "favor", "firm"), found
