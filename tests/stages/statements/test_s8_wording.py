"""Session 8 wording of propositions (issue 11): a "before" of place stays in the object, a bare
shell noun after a preposition names an activity. Sentences written for these tests; the real
pipeline runs (``read`` from conftest), and every evidence span is the text it points at."""

from __future__ import annotations

import pytest


def _found(read, text):
    statements = read(text)
    for s in statements:
        if s.evidence is not None:
            assert text[s.evidence.start:s.evidence.end] == s.evidence.text
    return [(s.proposition_text, s.stance) for s in statements]


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("Foreign Minister Ana Ruiz said Chile would not appear before the International Court of Justice.",
                 "Chile appears before the International Court of Justice", "against", id="appear-before-court"),
    pytest.param("“We will testify before Congress next month,” Canadian Trade Minister Mary Ng said.",
                 "Canada testifies before Congress", "favor", id="testify-before-congress"),
])
def test_a_before_of_place_stays_in_the_proposition(read, text, proposition, stance):
    found = _found(read, text)
    assert (proposition, stance) in found, found


def test_a_before_of_time_stays_out(read):
    found = _found(read, "Foreign Minister Ana Ruiz said Chile would sign the deal before the summit.")
    assert ("Chile signs the deal", "favor") in found, found


@pytest.mark.parametrize("text, proposition", [
    pytest.param("Labour Minister Nana Osei urged the doctors to return to work.",
                 "Doctors return to work", id="return-to-work"),
    pytest.param("Education Minister Yaw Boateng urged the striking teachers to go back to work.",
                 "Striking teachers go back to work", id="go-back-to-work"),
])
def test_a_bare_shell_noun_after_a_preposition_is_an_activity(read, text, proposition):
    found = _found(read, text)
    assert (proposition, "favor") in found, found


def test_a_determined_shell_noun_still_names_nothing(read):
    found = _found(read, "“We will finish the work,” Chilean Mining Minister Aurora Williams said.")
    assert not any("work" in p for p, _ in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Greenpeace said the law lacked a date for phasing out coal and urged the government to set one "
                 "before 2035.", id="set-one"),
    pytest.param("Turkish MP Selin Aksoy said her party backed a climate law but could not vote for one that "
                 "\u201cprotects coal plants until 2050.\u201d", id="vote-for-one-that"),
])
def test_an_anaphoric_one_is_no_object(read, text):
    found = _found(read, text)
    assert not any(p.endswith(" one") or " one " in p for p, _ in found), found


def test_a_numeral_one_and_a_part_stay_objects(read):
    assert ("Chile reopens one of the crossings", "favor") in _found(
        read, "Foreign Minister Ana Ruiz said Chile would reopen one of the crossings.")
    assert ("Chile reopens one crossing", "favor") in _found(
        read, "Foreign Minister Ana Ruiz said Chile would reopen one crossing.")


def test_the_subject_governing_the_act_is_not_what_it_refers_back_to(read):
    found = _found(read, "Asked whether the fuel price could rise, Malaysian Finance Minister Amir Hamzah said the "
                         "government had no plans to raise it.")
    assert ("Malaysia raises the fuel price", "against") in found, found


def test_a_second_subject_of_one_verb_is_no_antecedent(read):
    # the parser reads "a litre" as a second subject of "rise"; the price is what is raised
    found = _found(read, "Asked whether the diesel price of RM3.10 a litre could rise, Malaysian Finance Minister "
                         "Amir Hamzah said the government had no plans to raise it.")
    assert ("Malaysia raises the diesel price of RM3.10", "against") in found, found


@pytest.mark.parametrize("text, proposition, stance", [
    # a kept closed state is read as the act argued about (the clauses rule): against reopening
    pytest.param("“The border is closed and will remain so,” Polish Interior Minister Tomasz Siemoniak said.",
                 "Poland reopens the border", "against", id="closed-and-remain-so"),
    pytest.param("“Pensions are indexed to inflation and will remain so,” Italian Labour Minister Marina Calderone "
                 "said.", "Italy keeps pensions indexed to inflation", "favor", id="indexed-and-remain-so"),
])
def test_a_so_of_lasting_keeps_the_state_it_refers_back_to(read, text, proposition, stance):
    found = _found(read, text)
    assert (proposition, stance) in found, found


def test_a_lasting_verb_without_so_keeps_the_patient_alone(read):
    found = _found(read, "“The ban is in force and will stay,” Polish Interior Minister Tomasz Siemoniak said.")
    assert ("Poland keeps the ban", "favor") in found, found


@pytest.mark.parametrize("text, proposition", [
    pytest.param("Amnesty International Kenya urged the Kenyan government to halt all evictions nationwide until "
                 "it adopts guidelines.", "Kenya halts all evictions nationwide", id="nationwide"),
    pytest.param("“We will roll out the vaccine worldwide,” Indian Health Minister J.P. Nadda said.",
                 "India rolls out the vaccine worldwide", id="worldwide"),
])
def test_an_adverb_of_scope_stays_in_the_proposition(read, text, proposition):
    found = _found(read, text)
    assert (proposition, "favor") in found, found


def test_the_one_called_on_is_the_subject_when_on_is_read_as_a_particle(read):
    found = _found(read, "Observers from the African Union said the vote had been peaceful and called on all "
                         "parties to settle disputes in court.")
    assert ("All parties settle disputes in court", "favor") in found, found


def test_a_comment_on_an_act_nouns_argument_is_cut(read):
    found = _found(read, "Indian Trade Minister Piyush Goyal said India wanted a review of its free trade agreement "
                         "with the Association of Southeast Asian Nations, which he called \u201casymmetrical.\u201d")
    assert ("India reviews its free trade agreement with the Association of Southeast Asian Nations (ASEAN)", "favor") in found, \
        found


def test_a_capital_in_an_act_nouns_argument_reads_as_its_country(read):
    found = _found(read, "\u201cWe will not accept any return to the talks with Moscow,\u201d Polish Foreign Minister "
                         "Radoslaw Sikorski said.")
    assert ("Poland accepts any return to the talks with Russia", "against") in found, found


@pytest.mark.parametrize("text, proposition", [
    pytest.param("“We will keep the crossings shut as long as Minsk sends migrants to our fence,” "
                 "Polish Interior Minister Jan Kowalski said.", "Poland reopens the crossings",
                 id="as-long-as"),
    pytest.param("“We will keep the dikes open as soon as the floods reach the city,” "
                 "Dutch Interior Minister Eva de Wit said.", "Netherlands keeps the dikes open",
                 id="as-soon-as"),
])
def test_the_head_of_a_condition_clause_leaves_with_the_clause(read, text, proposition):
    found = [p for p, _ in _found(read, text)]
    assert proposition in found, found
    assert not any(p.endswith((" as long", " as soon")) for p in found), found
