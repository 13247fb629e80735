"""Judgements of an act named by a noun (issue 11, session 11): "the move would crush small
businesses" is against the act the story reports, done by whoever the article says does it, not
by the speaker's side. Also: "help X do Y", "as long as" whatever the parse, and a short mention
whose earlier full form holds a list. Texts written for these tests; real pipeline."""

from __future__ import annotations

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.holder_name, s.proposition_text, s.stance, s.hedge) for s in statements]


def _has(found, holder, proposition, stance, hedge=None):
    return any(h == holder and same_proposition(p, proposition) and s == stance and (hedge is None or g == hedge)
               for h, p, s, g in found)


LEAD = ("WELLINGTON (Reuters) - The Reserve Bank of New Zealand will raise its official cash rate at next week's "
        "meeting, Governor Aroha Tane told lawmakers on Tuesday.\n\n")


def test_the_move_judged_harmful_is_against_the_lead_act_by_its_actor(read):
    found = _found(read(LEAD + "Opposition lawmaker Rawiri Kemp said the move would hurt young families "
                               "with large mortgages."))
    assert _has(found, "Rawiri Kemp", "Reserve Bank of New Zealand raises its official cash rate", "against",
                "firm"), found


def test_an_act_noun_judged_acceptable_on_a_condition_is_for_the_lead_act(read):
    found = _found(read(LEAD + "Federated Farmers said in a statement that a hike would be "
                               "acceptable as long as export prices keep rising."))
    assert any(p.startswith("Reserve Bank of New Zealand raises") and s == "favor" and g == "conditional"
               for _, p, s, g in found), found


def test_a_judgement_that_helps_is_for_the_act(read):
    found = _found(read(LEAD + "Economist Mere Walker said the decision would protect savers from inflation."))
    assert _has(found, "Mere Walker", "Reserve Bank of New Zealand raises its official cash rate", "favor"), found


def test_a_denied_harm_is_for_the_act(read):
    found = _found(read(LEAD + "Business leader Hemi Parata said the move would not hurt exporters."))
    assert _has(found, "Hemi Parata", "Reserve Bank of New Zealand raises its official cash rate", "favor"), found


def test_a_bare_act_noun_is_the_article_s_clause_of_its_verb(read):
    found = _found(read("MADRID (Reuters) - Spain's governing coalition agreed on Monday to extend the energy "
                        "windfall tax until 2027, Finance Minister Lucia Serrano said.\n\nThe employers' "
                        "federation CEOE said the extension would discourage investment in renewable energy."))
    assert any(h == "CEOE" and p.startswith("Spain extends the energy windfall tax") and s == "against"
               for h, p, s, _ in found), found


def test_a_measure_named_before_is_kept_by_its_owner(read):
    found = _found(read("OSLO (Reuters) - Norway will keep its ban on salmon farming in the northern fjords, "
                        "Fisheries Minister Kari Lund said on Monday.\n\nThe European Commission says the ban "
                        "breaches the trade agreement."))
    assert any(h == "European Commission" and p.startswith("Norway keeps its ban on salmon farming")
               and s == "against" for h, p, s, _ in found), found


def test_a_measure_kept_in_one_speaker_s_words_is_not_another_speaker_s_government(read):
    # "the government" in the British minister's quote is Britain's, also when a Danish speaker
    # later judges the ban
    found = _found(read("LONDON (Reuters) - British Fisheries Minister Tom Reed said the government would keep its ban "
                        "on sandeel fishing in the North Sea.\n\nIn Denmark, fishing association chairman Lars "
                        "Holm told Danish radio that the ban would cost the Danish fleet millions of euros."))
    judged = [(p, s) for h, p, s, _ in found if h == "Lars Holm"]
    assert judged and all(p.startswith("United Kingdom keeps its ban") and s == "against" for p, s in judged), found


def test_a_thing_that_is_no_act_judged_gives_no_position(read):
    found = _found(read(LEAD + "Farmer Tipene Rua said the weather would hurt the harvest this year."))
    assert not any(h == "Tipene Rua" for h, *_ in found), found


def test_a_noun_with_words_of_its_own_is_not_the_lead_act(read):
    found = _found(read(LEAD + "Lawmaker Anna Fox said the emergency measures would hurt small miners."))
    assert not any("cash rate" in p for h, p, *_ in found if h == "Anna Fox"), found


def test_a_past_harm_in_the_speaker_s_own_words_is_a_report(read):
    found = _found(read(LEAD + "\"The move hurt small firms,\" said lawmaker Anna Fox."))
    assert not any(h == "Anna Fox" for h, *_ in found), found


# -- help X do Y ------------------------------------------------------------------------------
def test_help_with_a_clause_is_the_helper_s_act(read):
    found = _found(read("\"Turkey will continue to help Somalia rebuild its navy,\" the Turkish embassy said."))
    assert any(p.startswith("Turkey helps Somalia rebuild its navy") and s == "favor" for _, p, s, _ in found), found


# -- "as long as" whatever the parser hangs it on -----------------------------------------------
def test_as_long_as_is_a_condition_when_its_clause_is_misparsed(read):
    # the parser takes "as ... convinced" for a conjunct of "stay": the words still say "as long as"
    found = _found(read("Manila has kept a ban on poultry imports from Hokkaido and five other Japanese "
                        "prefectures since 2021.\n\n\"The ban will stay as long as consumers are not convinced "
                        "that the birds are healthy,\" said Maria Santos, an official at the Philippine "
                        "agriculture department."))
    assert any(s == "against" and g == "conditional" and "ban on poultry imports" in p for _, p, s, g in found), found


# -- a short mention's full form with a list ----------------------------------------------------
def test_a_short_mention_takes_the_first_item_of_a_long_list(read):
    found = _found(read("Jakarta has kept a ban on cattle imports from Queensland and three other Australian "
                        "states since 2019.\n\n\"The ban will stay as long as the public is not convinced that "
                        "the cattle are safe,\" said Budi Santoso, an official at Indonesia's agriculture "
                        "ministry."))
    assert any("ban on cattle imports from Queensland" in p for _, p, _, _ in found), found


# -- whom "it" opening a quote stands for ------------------------------------------------------
def test_a_ministry_saying_it_will_speaks_for_its_country(read):
    # the speaker's name, not its mention, says whose ministry it is (the dateline's city)
    from wirecoder import analyze

    found = _found(analyze("HANOI, May 4 (Reuters) -- The trade ministry said Monday it will not raise the rice "
                           "export tariff for 2026 unless a new panel of farmers and traders recommends it.").statements)
    assert any(p.startswith("Vietnam") and "rice export tariff" in p and s == "against" and g == "conditional"
               for _, p, s, g in found), found


def test_it_opening_a_reversed_quote_is_the_subject_of_the_sentence_before(read):
    found = _found(read("Chile has instead pressed ahead with bilateral deals. It signed an agreement with Peru in "
                        "March and will finish talks with Japan next year, trade official Camila Rojas said."))
    assert any(p.startswith("Chile finishes talks with Japan") for _, p, _, _ in found), found


def test_an_act_that_does_not_go_far_enough_is_wanted_further(read):
    found = _found(read("OSLO (Reuters) - Norway will cut its fishing quota for cod by 20% next year, Fisheries "
                        "Minister Kari Lund said on Monday.\n\nGreen lawmaker Ola Berg said the cut did not go far "
                        "enough."))
    assert any(h == "Ola Berg" and p.startswith("Norway cuts its fishing quota") and s == "favor"
               for h, p, s, _ in found), found


def test_an_act_judged_unacceptable_is_against_it(read):
    found = _found(read(LEAD + "Opposition leader Rawiri Kemp said the decision was unacceptable."))
    assert _has(found, "Rawiri Kemp", "Reserve Bank of New Zealand raises its official cash rate", "against"), found


# -- a stance on a measure its owner names -------------------------------------------------------
def test_a_stance_on_an_owned_measure_is_on_the_owner_imposing_it(read):
    found = _found(read("Austria will not back the European Union's planned aluminium tariffs, Economy Minister "
                        "Eva Gruber said."))
    assert any(p.startswith("European Union imposes") and "aluminium tariffs" in p and s == "against"
               for _, p, s, _ in found), found


# -- clauses the parser hangs elsewhere ------------------------------------------------------------
def test_a_reported_clause_hung_on_in_a_statement_is_the_quote_s_own(read):
    found = _found(read("LUSAKA (Reuters) - The Electoral Commission of Zambia said in a statement that any party "
                        "with complaints should go to court."))
    assert any("party" in p.lower() and "goes to court" in p and s == "favor" for _, p, s, _ in found), found


def test_a_passive_on_anyone_who_keeps_the_clause_that_says_who(read):
    found = _found(read("The Ugandan Interior Ministry warned that \"anyone who blocks the highway will be "
                        "arrested.\""))
    assert any(p.endswith("arrests anyone who blocks the highway") and s == "favor" for _, p, s, _ in found), found


def test_comply_with_no_object_complies_with_the_ruling_the_story_reports(read):
    found = _found(read("SEOUL (Reuters) - South Korea's Constitutional Court struck down the police law in a "
                        "ruling on Thursday. \"We will comply fully,\" South Korean Interior Minister Park Jae-won "
                        "said."))
    assert any(p.endswith("complies with the ruling") and s == "favor" for _, p, s, _ in found), found


# -- a group's voice ----------------------------------------------------------------------------
def test_a_bare_plural_in_a_union_s_mouth_is_the_group_it_speaks_for(read):
    found = _found(read("ACCRA (Reuters) - The Ghana Union of Traders, the country's main traders' association, "
                        "warned that traders would close their shops if the fuel levy returned."))
    assert any(p.lower().startswith("traders close their shops") and s == "favor" and g == "conditional"
               for _, p, s, g in found), found


def test_a_bare_plural_in_a_plain_person_s_mouth_is_no_one_in_particular(read):
    found = _found(read("Economist Kofi Mensah said traders would close their shops if the fuel levy returned."))
    assert not any(p.lower().startswith("traders") for _, p, _, _ in found), found


def test_but_only_with_a_guarantee_is_a_condition(read):
    found = _found(read("Community leader Amina Yusuf said displaced families wanted to go home to Tawila but only "
                        "“with security and food guaranteed.”"))
    assert any("go home to Tawila" in p and g == "conditional" for _, p, _, g in found), found


def test_a_law_judged_against_is_for_the_undoing_the_story_argues_about():
    # the story's quotes argue about withdrawing the law: against the law is for withdrawing it;
    # "parliament" with no owner is the dateline's country's (analyze() reads the dateline)
    from wirecoder import analyze

    found = _found(analyze("YEREVAN (Reuters) - Thousands of protesters marched after parliament passed a law "
                        "restricting foreign funding of independent media.\n\n\"This law will not be withdrawn,\" "
                        "Armenian Justice Minister Aram Sargsyan told reporters.\n\nA spokesperson for the European "
                        "Union's foreign service, Anna Keller, said the law was \"incompatible with European values.\"").statements)
    assert any(h == "Anna Keller" and p.startswith("Armenia withdraws") and "restricting foreign funding" in p
               and s == "favor" for h, p, s, _ in found), found


# -- general wire shapes -------------------------------------------------------------------------
_LEAD = "NAIROBI (Reuters) - "


def test_a_participle_of_attitude_governs_its_gerund(read):
    found = _found(read(_LEAD + "Kenyan Treasury Secretary John Mbadi said on Monday the government was "
                                "committed to cutting the deficit."))
    assert any(p == "Kenya cuts the deficit" and s == "favor" for _, p, s, _ in found), found


def test_a_backshifted_state_of_attitude_is_held_now(read):
    found = _found(read(_LEAD + "Kenyan Treasury Secretary John Mbadi said on Monday the government remained "
                                "opposed to the privatisation of the port."))
    assert any(p == "Kenya privatises the port" and s == "against" for _, p, s, _ in found), found


def test_a_decision_made_to_act_stands(read):
    found = _found(read(_LEAD + "Kenyan Treasury Secretary John Mbadi said on Monday the government had decided "
                                "to scrap the housing levy."))
    assert any(p == "Kenya scraps the housing levy" and s == "favor" for _, p, s, _ in found), found


def test_an_agreement_made_is_a_report_not_a_position(read):
    found = _found(read("TOKYO (Kyodo) - Japan and South Korea have agreed to resume regular visits by their "
                        "leaders, the Japanese Foreign Ministry said."))
    assert found == [], found


def test_a_change_noun_s_in_phrase_is_what_changes(read):
    found = _found(read(_LEAD + "Kenyan Treasury Secretary John Mbadi said on Monday he opposed any increase in "
                                "fuel taxes."))
    assert any(p.startswith("Kenya") and "fuel taxes" in p and s == "against" for _, p, s, _ in found), found


def test_a_thing_not_for_sale_is_against_selling_it(read):
    found = _found(read(_LEAD + "\"The port is not for sale,\" Kenyan Treasury Secretary John Mbadi said."))
    assert any(p == "Kenya sells the port" and s == "against" for _, p, s, _ in found), found


def test_a_ruling_is_a_thing_accepted_not_an_act_of_ruling(read):
    found = _found(read("\"Beijing will never accept the arbitration ruling,\" Chinese Foreign Ministry spokeswoman "
                        "Mao Ning said."))
    assert any(p == "China accepts the arbitration ruling" and s == "against" and g == "absolute"
               for _, p, s, g in found), found


def test_a_phrasal_act_without_an_object_is_a_position(read):
    found = _found(read("LIMA (Reuters) - Opposition leader Keiko Fujimori said President Dina Boluarte should "
                        "step down."))
    assert any(p == "Dina Boluarte steps down" and s == "favor" for _, p, s, _ in found), found


def test_it_is_time_for_x_to_act_is_for_the_act(read):
    found = _found(read(_LEAD + "Kenyan Treasury Secretary John Mbadi said on Monday it was time for Kenya to "
                                "leave the East African Community."))
    assert any(p == "Kenya leaves the East African Community" and s == "favor" for _, p, s, _ in found), found


def test_a_welcome_of_a_thing_states_no_proposition(read):
    found = _found(read("The Kremlin said in a statement that Moscow \"welcomes the interest of our Kazakh friends "
                        "in the work of BRICS.\""))
    assert not any("welcomes" in p for _, p, _, _ in found), found
