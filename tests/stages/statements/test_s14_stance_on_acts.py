"""A stance verb over the story's act holds whatever its subject is ("the city supported the
restart"); an act done by a plural agent agrees with it ("coalition forces staying" → they
stay); blocking or vetoing an attempt is against the act attempted, by the other side. Session 14;
texts written for these tests, real pipeline."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = ("TOKYO (Reuters) - Niigata Governor Hiroshi Tanabe said on Wednesday he may approve the restart of the "
         "Kashiwazaki-Kariwa nuclear plant this year.\n\n")


def test_a_stance_on_the_story_s_act_by_a_subject_that_names_no_actor():
    statements = analyze(_LEAD + "Kashiwazaki Mayor Yumi Sato said the city supported the restart because the plant "
                                 "employed thousands of local residents.").statements
    assert ("Yumi Sato", "Japan restarts the Kashiwazaki-Kariwa nuclear plant", "favor", "firm") in _found(
        statements), _found(statements)


def test_a_stance_on_a_thing_by_such_a_subject_is_no_statement():
    statements = analyze(_LEAD + "Kashiwazaki Mayor Yumi Sato said the city supported the governor.").statements
    assert [s.holder_name for s in statements] == ["Hiroshi Tanabe"], _found(statements)


def test_a_plural_agent_of_the_act_agrees_with_its_verb(read):
    found = _found(read("Kurdish official Peshawa Rostami said the region would welcome coalition forces staying "
                        "in Erbil “for as long as the threat exists.”"))
    assert [p for _, p, _, _ in found] == ["Coalition forces stay in Erbil"], found


_PACT = ("BRUSSELS (Reuters) - The European Union will adopt its migration pact in June, the European "
         "Commission said. The EU says every state must take its share.\n\n")


def test_blocking_an_attempt_is_against_the_attempted_act_of_the_other_side():
    statements = analyze(_PACT + "Hungarian Foreign Minister Zsolt Barta said Hungary would block any attempt to "
                                 "impose mandatory quotas for the relocation of asylum seekers.").statements
    barta = [(p, st) for h, p, st, _ in _found(statements) if h == "Zsolt Barta"]
    assert barta == [("European Union imposes mandatory quotas for the relocation of asylum seekers", "against")]


def test_a_veto_of_any_move_is_against_the_move(read):
    found = _found(read("“Hungary will veto any move to expand the sanctions,” Hungarian Foreign Minister Ferenc "
                        "Halmos said."))
    assert [(p, st) for _, p, st, _ in found] == [("Hungary expands the sanctions", "against")]


_TALKS = ("NEW DELHI (PTI) - India and China held talks on Tuesday. China said the talks were useful. China "
          "wants peace.\n\n")


def test_any_attempt_the_holder_will_not_allow_is_the_other_sides_and_by_force_stays():
    statements = analyze(_TALKS + "Indian Defence Minister Suresh Nambiar said India will not allow any attempt to "
                                  "alter the status quo by force.").statements
    assert [(s.proposition_text, s.stance) for s in statements if s.holder_name == "Suresh Nambiar"] == [
        ("China alters the status quo by force", "against")]


def test_a_thing_the_holder_will_not_allow_to_be_changed_by_force_is_the_other_sides_act():
    statements = analyze(_TALKS + "“India will not allow the status quo to be altered by force,” Indian Defence "
                                  "Minister Suresh Nambiar said.").statements
    assert [(s.proposition_text, s.stance) for s in statements if s.holder_name == "Suresh Nambiar"] == [
        ("China alters the status quo by force", "against")]


def test_by_force_is_part_of_the_act(read):
    found = _found(read("Chinese spokesman Li Wen said China would not change the border by force."))
    assert [p for _, p, _, _ in found] == ["China changes the border by force"]


def test_no_question_of_is_no_act_of_questioning(read):
    found = _found(read("“There is no question of the freeze being reversed,” Irish Housing Minister Declan "
                        "O'Rourke said."))
    assert not any("quest" in p for _, p, _, _ in found), found


def test_a_passive_coordinated_after_a_copula_acts_on_the_shared_subject(read):
    found = _found(read("Indian spokesman Arvind Rao said the boundary question was a bilateral matter and would be "
                        "settled only through talks between the two countries."))
    assert [(p, st) for _, p, st, _ in found] == [
        ("India settles the boundary question only through talks between the two countries", "favor")]


_LEVY = "Kenya will introduce a new levy on mobile money transfers in July, Finance Minister John Mbadi said.\n\n"


def test_a_pronoun_for_the_story_s_measure_under_a_stance_is_the_measure_s_act():
    for said in ("We will not vote for it", "We will fight it"):
        statements = analyze(_LEVY + f"“The new levy on transfers will hurt the poor. {said},” Kenyan opposition "
                                     "leader Ana Rojas said.").statements
        assert [(s.proposition_text, s.stance) for s in statements if s.holder_name == "Ana Rojas"] == [
            ("Kenya introduces a new levy on mobile money transfers in July", "against")], said


def test_a_measure_that_will_go_ahead_is_implemented_by_the_holder_s_side():
    statements = analyze("Alberta Premier Donna Sekhon says her government will challenge Ottawa's new cap on methane "
                         "emissions in court.\n\nFederal Environment Minister Luc Tremblay-Asante of Canada said the "
                         "cap would go ahead.").statements
    assert [(s.proposition_text, s.stance) for s in statements if s.holder_name == "Luc Tremblay-Asante"] == [
        ("Canada implements Canada's new cap on methane emissions", "favor")]


def test_a_measure_that_went_ahead_is_a_report(read):
    assert not read("Federal Environment Minister Luc Tremblay-Asante of Canada said the cap went ahead in May.")
