"""Which quotes carry a statement and which clause states it (issue 11, wire_dev misses of the
kinds "no statement at all" and "a statement gold has none for"), in sentences written for these
tests. Real pipeline, loaded once (the ``read`` fixture of conftest)."""

from __future__ import annotations

import pytest

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def _has(found, proposition, stance, hedge=None):
    return any(same_proposition(p, proposition) and s == stance and (hedge is None or h == hedge)
               for p, s, h in found)


# -- directive cues ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, proposition", [
    pytest.param("The Norwegian Foreign Ministry called on Kigali to withdraw its troops from the border "
                 "region.", "Rwanda withdraws its troops from the border region", id="called-on"),
    pytest.param("Chilean Foreign Minister Alberto van Klaveren called on Caracas and Georgetown to settle "
                 "their border dispute through arbitration.",
                 "Venezuela and Guyana settle their border dispute through arbitration", id="called-on-two"),
])
def test_called_on_someone_to_act_is_favor_of_the_act(read, text, proposition):
    found = _found(read(text))
    assert _has(found, proposition, "favor"), found


# -- holders ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    pytest.param("“Portugal will never leave the euro,” a senior diplomat said.", id="a-diplomat"),
    pytest.param("Portugal will not raise fuel taxes this year, sources in the ministry said.", id="sources"),
])
def test_an_anonymous_speaker_holds_no_statement(read, text):
    assert read(text) == ()


# -- acts named by a noun -----------------------------------------------------------------------
def test_there_will_be_no_act_refers_back_to_the_clause_of_its_verb(read):
    found = _found(read("Hungary would not extend the gas deal with Ukraine, Hungarian Foreign Minister Peter "
                        "Szijjarto said on Tuesday. “There will be no extension. Not this winter, not ever,” "
                        "Szijjarto told reporters."))
    assert _has(found, "Hungary extends the gas deal with Ukraine", "against", "absolute"), found
    assert sum(1 for p, s, h in found if "extend" in p) == 2, found  # one in each quote


def test_there_will_be_no_act_of_something(read):
    found = _found(read("“There will be no privatization of the state railway this year,” Czech Transport "
                        "Minister Martin Kupka said."))
    assert _has(found, "Czech Republic privatizes the state railway", "against", "firm"), found


def test_there_will_be_talks_is_no_position(read):
    found = _found(read("“There will be a review of the state railway next year,” Czech Transport Minister "
                        "Martin Kupka said."))
    assert not any("review" in p for p, s, h in found), found


def test_a_bare_act_with_nothing_to_refer_back_to_gives_nothing(read):
    found = _found(read("“There will be no devaluation,” Czech Finance Minister Zbynek Stanjura said."))
    assert found == [], found


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("Slovak Prime Minister Robert Fico said sending the treaty to a referendum was “not on the "
                 "table.”", "Slovakia sends the treaty to a referendum", "against", id="gerund-subject"),
    pytest.param("“A suspension of the trade agreement is not on the table,” Danish Foreign Minister Lars "
                 "Lokke Rasmussen said.", "Denmark suspends the trade agreement", "against", id="act-noun-subject"),
])
def test_an_act_off_the_table(read, text, proposition, stance):
    found = _found(read(text))
    assert _has(found, proposition, stance), found


# -- positions stated with a preposition after a copula -----------------------------------------
@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("“We are not against paying our debts to the IMF,” Argentine Economy Minister Luis Caputo said.",
                 "Argentina pays its debts to the IMF", "favor", id="not-against"),
    pytest.param("“We are against joining the euro,” Czech Finance Minister Zbynek Stanjura said.",
                 "Czechia joins the euro", "against", id="against"),
    pytest.param("“We are for joining the euro,” Czech Finance Minister Zbynek Stanjura said.",
                 "Czechia joins the euro", "favor", id="for"),
])
def test_a_copula_with_against_or_for_states_a_position(read, text, proposition, stance):
    found = _found(read(text))
    assert _has(found, proposition, stance, "firm"), found


def test_a_pronoun_object_gives_no_proposition(read):
    found = _found(read("“We are not against paying what we owe. We are against paying it with the pensions of "
                        "our grandparents,” Argentine union leader Pablo Moyano said."))
    assert not any(p.lower().startswith(("argentina pays it", "pablo moyano pays it")) for p, s, h in found), found


# -- a conjunct the parser hung on a relative clause ---------------------------------------------
def test_a_conjunct_that_disagrees_with_the_relative_clause_belongs_to_the_main_verb(read):
    found = _found(read("Moldova will take back the powers that were transferred to the regions and is prepared "
                        "to put the question of its neutrality to a referendum if the courts block the reform, "
                        "Moldovan President Maia Sandu said."))
    assert _has(found, "Moldova puts the question of its neutrality to a referendum", "favor", "conditional"), found


def test_a_conjunct_that_agrees_stays_in_the_relative_clause(read):
    found = _found(read("Moldova will keep the laws that were adopted by parliament and are supported by voters, "
                        "Moldovan President Maia Sandu said."))
    assert not any("support" in p.lower() and not p.lower().startswith("moldova keeps") for p, s, h in found), found


# -- object pronouns ---------------------------------------------------------------------------
def test_an_object_pronoun_reads_as_the_subject_named_before_it(read):
    found = _found(read("“This law protects Kenyans, and we will defend it in every court,” Kenyan ICT Minister "
                        "Grace Wanjiru said."))
    assert _has(found, "Kenya defends the law", "favor", "firm"), found  # "in every court": an adjunct
    assert any("law" in p for p, s, h in found), found


def test_them_reads_as_a_plural_subject_of_the_quote(read):
    found = _found(read("“Duties of 25 percent would hurt our car makers. Germany will not support them in the "
                        "Council,” German Economy Minister Robert Habeck said."))
    assert _has(found, "Germany supports duties of 25 percent", "against"), found


def test_an_object_pronoun_is_not_the_object_of_its_own_governor(read):
    found = _found(read("“We want a stable relationship with Beijing. We simply will not compromise our national "
                        "security to get it,” Australian Trade Minister Don Farrell said."))
    assert not any("gets" in p and "security" in p for p, s, h in found), found


def test_that_is_no_noun_antecedent(read):
    found = _found(read("“The new fisheries agreement is close. I cannot promise that,” Japanese Fisheries "
                        "Minister Taku Eto said."))
    assert not any("promise" in p for p, s, h in found), found


# -- reported speech -------------------------------------------------------------------------------
def test_he_in_reported_speech_is_the_speaker(read):
    # (an act named by a noun, "the restart of the plant", is the holder's side's act instead:
    # tests/stages/statements/test_act_nouns.py; a plan is a thing, so "he" approves it)
    statements = read("Niigata Governor Hiroshi Tanabe said he cannot approve the evacuation plan for the nuclear "
                      "plant until the roads are finished.")
    found = [(s.subject, s.stance, s.hedge) for s in statements if "plan" in s.proposition_text]
    assert found == [("Hiroshi Tanabe", "against", "conditional")], found


# -- addressees of directives ----------------------------------------------------------------------
def test_both_sides_are_the_two_countries_of_the_story(read):
    found = _found(read("Greece and Turkey traded accusations over the survey. Athens said Turkey had sent a ship. "
                        "The European Commission urged both sides to avoid unilateral actions and to return to "
                        "dialogue."))
    assert _has(found, "Greece and Turkey return to dialogue", "favor", "firm"), found
    assert _has(found, "Greece and Turkey avoid unilateral actions", "favor", "firm"), found


def test_an_unnamed_addressee_holds_no_act(read):  # "the authorities": not a body by name
    found = _found(read("The army and the paramilitary forces fought for the camp all week. The United Nations "
                        "urged the authorities to accelerate the evacuation of the wounded."))
    assert not any("accelerate" in p for p, s, h in found), found


def test_a_second_directive_infinitive_shares_the_addressee(read):
    found = _found(read("The EU urged Belgrade to normalise relations with Pristina and to implement the "
                        "agreements."))
    assert _has(found, "Serbia implements the agreements", "favor"), found


# -- an object the parser gave to the cue ----------------------------------------------------------
def test_an_object_parsed_as_the_cues_subject_is_the_verbs_object():
    """"The Philippines will never abandon Second Thomas Shoal, a spokesman ... said": the parser
    makes "Shoal" the subject of "said"; the quote (its speaker named later) keeps it as object."""
    from wirecoder.analysis import load_pipeline
    from wirecoder.records import Quote, Speaker
    from wirecoder.spans import span_at
    from wirecoder.stages.entities.find import find_entities
    from wirecoder.stages.statements.find import find_statements

    pipeline = load_pipeline()
    text = ("The Philippines will never abandon Second Thomas Shoal, a spokesman for its National Maritime "
            "Council said on Wednesday.")
    doc = pipeline.nlp(text)
    shoal = next(t for t in doc if t.text == "Shoal")
    assert shoal.dep_ == "nsubj"  # the parse this test is about
    entities = find_entities(doc, pipeline.gazetteer)
    end = text.index(",")
    quote = Quote("q1", "indirect", span_at(text, 0, end), None, Speaker(None, None, "Ramon Dalisay"))
    found = [(s.proposition_text, s.stance, s.hedge) for s in find_statements(doc, [quote], entities,
                                                                             pipeline.gazetteer)]
    assert _has(found, "The Philippines abandons Second Thomas Shoal", "against", "absolute"), found


# -- the perfect of a demand -----------------------------------------------------------------------
def test_a_demand_in_the_perfect_still_stands(read):
    found = _found(read("Mali's government has demanded that France pay compensation for the damage, the Malian "
                        "Foreign Ministry said."))
    assert _has(found, "France pays compensation for the damage", "favor", "firm"), found


def test_an_act_in_the_perfect_is_a_report(read):
    found = _found(read("Hungary has imposed sanctions on Belarus, Hungarian Foreign Minister Peter Szijjarto "
                        "said."))
    assert found == [], found


def test_a_body_addressed_without_a_name_holds_the_act(read):
    found = _found(read("The Kenya Tech Alliance urged parliament to give firms three years to comply with the "
                        "data law."))
    assert _has(found, "parliament gives firms three years", "favor"), found
