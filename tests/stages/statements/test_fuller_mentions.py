"""A proposition's object is written as the article named it, and its target date is kept.

A short definite mention in a quote ("the ban", "the levy", "the vote") reads as the fuller
mention of the same noun the article gave before it ("its ban on grain imports from Ukraine");
a deadline or a calendar date of the act ("in the first week of March", "before 2040") stays in
the proposition's text, never in its key; when an act is scheduled ("next week") stays out.
Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.stages.statements.frames import fuller_mention, fuller_object, is_deadline


def _found(read, text):
    return [(s.proposition_text, s.stance) for s in read(text)]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline().nlp


@pytest.mark.parametrize("text, proposition, stance", [
    pytest.param("BRATISLAVA (Reuters) - Slovakia will keep its ban on grain imports from Ukraine, Agriculture "
                 "Minister Tomas Lesko said on Monday. \"We will not lift the ban while our farmers are "
                 "suffering,\" Lesko told reporters.",
                 "Slovakia lifts the ban on grain imports from Ukraine", "against", id="ban-from-the-lead"),
    pytest.param("The government of Latvia said on Monday that a levy on bank profits that parliament scrapped "
                 "last year was a mistake. \"We will bring back the levy,\" Finance Minister Arvils Kalnins said.",
                 "Latvia brings back the levy on bank profits", "favor", id="relative-clause-dropped"),
    pytest.param("ROME (AFP) - Italy's parliament postponed a vote on the pension reform on Tuesday. \"We will "
                 "boycott the vote,\" said opposition leader Marta Ricci.",
                 "Italy boycotts the vote on the pension reform", "favor", id="time-of-the-mention-dropped"),
    pytest.param("Bulgaria has blocked Albania's accession talks since March. \"We will not unblock the talks "
                 "until Tirana changes its textbooks,\" Bulgarian Foreign Minister Ivan Kondov said.",
                 "Bulgaria unblocks Albania's accession talks", "against", id="owner-replaces-the"),
])
def test_a_short_mention_reads_as_the_article_named_it(read, text, proposition, stance):
    found = _found(read, text)
    assert (proposition, stance) in found, found


@pytest.mark.parametrize("text, proposition", [
    pytest.param("The cabinet met on Monday. \"We will adopt the bill next week,\" Dutch Prime Minister Dick "
                 "Schoof said.", "Netherlands adopts the bill", id="named-no-more-fully"),
    pytest.param("Norway's parliament approved a carbon tax on fishing fleets on Monday. \"We will scrap the "
                 "levy,\" opposition leader Sylvi Listhaug said.", "Norway scraps the levy", id="other-head-noun"),
    pytest.param("Border guards recorded a record number of attempted crossings this week. \"We will reopen the "
                 "crossings,\" Hungarian Interior Minister Sandor Pinter said.",
                 "Hungary reopens the crossings", id="an-adjective-says-no-more"),
])
def test_a_short_mention_without_a_fuller_one_stays_short(read, text, proposition):
    texts = [p for p, _ in _found(read, text)]
    assert proposition in texts, texts


def test_the_key_does_not_change_with_the_fuller_wording(read):
    fuller = read("Italy's parliament postponed a vote on the pension reform on Tuesday. \"We will boycott the "
                  "vote,\" said opposition leader Marta Ricci.")
    short = read("Italy's parliament met on Tuesday. \"We will boycott the vote,\" said opposition leader Marta Ricci.")
    assert [s.proposition_key for s in fuller] == [s.proposition_key for s in short] == ["boycott:vote"]
    assert fuller[0].object == "the vote on the pension reform"


def test_an_adjective_of_the_short_mention_stays_before_the_fuller_words(nlp):
    doc = nlp("Denmark will offer oil exploration blocks in the North Sea next year. "
              "\"We will open the northern blocks,\" the minister said.")
    blocks = [t for t in doc if t.lower_ == "blocks"][-1]
    assert fuller_mention(blocks) == "the northern oil exploration blocks"
    assert fuller_object("the northern blocks", [blocks]) == "the northern oil exploration blocks"


def test_an_object_that_holds_the_noun_twice_is_left_alone(nlp):
    doc = nlp("Croatia suspended its border checks with Slovenia. \"We will restore the checks,\" the minister said.")
    checks = [t for t in doc if t.lower_ == "checks"][1]
    assert fuller_mention(checks) == "the border checks"
    assert fuller_object("the checks", [checks]) == "the border checks"
    assert fuller_object("the checks and other checks", [checks]) == "the checks and other checks"


@pytest.mark.parametrize("text, proposition, key", [
    pytest.param("\"We will hold a referendum on the constitution in the first week of March,\" Moldovan "
                 "President Maia Sandu said.",
                 "Moldova holds a referendum on the constitution in the first week of March",
                 "hold:referendum_constitution", id="in-a-month"),
    pytest.param("\"We will phase out coal before 2040,\" Polish Climate Minister Paulina Hennig-Kloska said.",
                 "Poland phases out coal before 2040", "phase:coal", id="before-a-year"),
    pytest.param("\"We will join the euro zone in 2030,\" Czech Prime Minister Petr Fiala said.",
                 "Czechia joins the euro zone in 2030", "join:euro_zone", id="in-a-year"),
])
def test_a_target_date_stays_in_the_text_and_out_of_the_key(read, text, proposition, key):
    found = [(s.proposition_text, s.proposition_key) for s in read(text)]
    assert (proposition, key) in found, found


@pytest.mark.parametrize("text, proposition", [
    pytest.param("\"We will sign the trade deal next week,\" Indonesian Trade Minister Budi Santoso said.",
                 "Indonesia signs the trade deal", id="next-week"),
    pytest.param("\"We will cut food rations for refugees by a quarter from next month,\" the World Food "
                 "Programme said.",
                 "World Food Programme cuts food rations for refugees by a quarter", id="measure-from-next-month"),
])
def test_a_scheduled_time_stays_out(read, text, proposition):
    texts = [p for p, _ in _found(read, text)]
    assert proposition in texts, texts


@pytest.mark.parametrize("phrase, deadline", [
    ("by the end of 2027", True),
    ("in the second week of June", True),
    ("before 2035", True),
    ("before the end of the year", False),
    ("in the coming months", False),
    ("by a third from next month", False),
])
def test_which_date_phrases_are_deadlines(nlp, phrase, deadline):
    doc = nlp(f"The government will act {phrase}.")
    prep = next(t for t in doc if t.dep_ == "prep" and t.head.lower_ == "act")
    assert is_deadline(prep) is deadline
