""""Greece will not accept the continuation of unilateral actions" after a lead that reports
Greece condemning Turkey's deployment of a survey ship: the actions are that act, done by its
owner (session 14). Texts written for these tests; real pipeline."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_QUOTE = ("\n\n“Greece will not accept, under any circumstances, the continuation of unilateral actions that "
          "threaten our islands,” Foreign Minister Eleni Roussou said.")


def _statements(lead):
    return _found(analyze(lead + _QUOTE).statements)


def test_unnamed_actions_are_the_act_the_lead_condemns_by_its_owner():
    found = _statements("ATHENS (Reuters) - Greece on Tuesday condemned Turkey's deployment of a survey ship "
                        "near Crete, saying the move violated international law.")
    assert found == [("Eleni Roussou", "Turkey continues the unilateral deployment of a survey ship near Crete",
                      "against", "absolute")]


def test_two_outlets_wording_the_act_differently_share_its_key():
    one = analyze("ATHENS (Reuters) - Greece on Tuesday condemned Turkey's deployment of a survey ship near Crete."
                  + _QUOTE).statements
    two = analyze("ATHENS (AFP) - Greece on Tuesday rejected Turkey's deployment of a survey ship to the waters "
                  "south of Crete." + _QUOTE).statements
    assert one[0].proposition_key == two[0].proposition_key == "continue_deployment:ship"


def test_a_lead_welcoming_the_act_is_no_act_the_quote_refuses():
    found = _statements("ATHENS (Reuters) - Greece on Tuesday welcomed Turkey's withdrawal of a survey ship from "
                        "waters near Crete.")
    assert not any(p.startswith("Turkey") for _, p, _, _ in found), found


def test_an_act_of_no_named_owner_leaves_the_actions_as_said():
    found = _statements("ATHENS (Reuters) - Greece on Tuesday condemned the deployment of a survey ship near Crete.")
    assert not any("survey ship" in p for _, p, _, _ in found), found
