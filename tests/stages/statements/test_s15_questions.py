"""A quote that answers a reported question ("Asked whether X would do Y, Z said ...") by deferring it
carries the question's act: favor and uncertain for "I cannot promise that" or "we will study any
proposal", conditional when the answer sets a condition, against when the speaker will not even
consider it; an answer with a proposition of its own keeps its own. An attitude verb over a noun
with a relative clause does not take a concept word from inside that clause."""

from __future__ import annotations

from .found import found as _found, has as _has

_LEAD = "Chile will keep its northern border with Bolivia closed, Interior Minister Carla Ibáñez said on Monday.\n\n"


def test_a_doubted_promise_answers_the_question(read):
    text = _LEAD + ("Asked whether Chile would reopen the Colchane crossing before the winter, Ibáñez said: "
                    "“I cannot promise that. The works will take time.”")
    found = _found(read(text))
    assert _has(found, "Carla Ibáñez", "Chile reopens the Colchane crossing", "favor", "uncertain"), found


def test_a_proposal_studied_is_the_question_in_doubt(read):
    text = ("Norway has not decided on the mission, Foreign Minister Lars Eide said on Tuesday.\n\n"
            "Asked if Norway would accept the invitation to join the naval mission in the Red Sea, Eide said "
            "the government “will study any proposal carefully.”")
    found = _found(read(text))
    assert _has(found, "Lars Eide", "Norway accepts the invitation to join the naval mission", "favor",
                "uncertain"), found


def test_a_condition_in_the_answer_makes_it_conditional(read):
    text = _LEAD + ("Asked whether Chile could accept a joint patrol under which Bolivian police would work on "
                    "Chilean soil, Ibáñez said: “That is something we could look at, but only after La Paz "
                    "signs the readmission agreement.”")
    found = _found(read(text))
    assert _has(found, "Carla Ibáñez", "Chile accepts a joint patrol", "favor", "conditional"), found


def test_refusing_to_consider_it_is_against(read):
    text = _LEAD + ("Asked whether Chile would reopen the Colchane crossing before the winter, Ibáñez said: "
                    "“We will not consider it.”")
    found = _found(read(text))
    assert ("Carla Ibáñez", "Chile reopens the Colchane crossing", "against", "firm") in found, found


def test_an_answer_with_its_own_proposition_keeps_it(read):
    text = _LEAD + ("Asked whether Chile would reopen the Colchane crossing before the winter, Ibáñez said: "
                    "“The crossing will stay closed until the new fence is finished.”")
    found = _found(read(text))
    assert not _has(found, "Carla Ibáñez", "Chile reopens the Colchane crossing", "favor"), found


def test_a_question_not_asked_carries_nothing(read):
    text = _LEAD + ("Chile would reopen the Colchane crossing before the winter if the works ended, officials "
                    "said. Ibáñez said: “I cannot promise that.”")
    found = _found(read(text))
    assert not any(h == "Carla Ibáñez" and s == "favor" and "Colchane" in p and g != "uncertain"
                   for h, p, s, g in found), found


def test_a_concept_inside_a_relative_clause_is_not_the_object(read):
    text = ("North Macedonia could accept a compromise under which the amendment would take effect only on the "
            "day of accession, Foreign Minister Vlatko Ristovski said.")
    found = _found(read(text))
    assert found and all("join" not in p for _, p, _, _ in found), found
    assert _has(found, "Vlatko Ristovski", "North Macedonia accepts a compromise", "favor"), found
