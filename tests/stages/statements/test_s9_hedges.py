"""Hedges read from the clause and from the sentences around it (session 9): a condition under
"does not rule out" keeps an option open (uncertain), "for now" limits a refusal to the present,
a relative clause set off by a comma does not restrict, a condition split by the parser ("If X
or Y, ...") still conditions, "but not one that ..." restricts a support, and "But V-ing needs
..." conditions the act. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


_MINISTER = "Polish Interior Minister Marek Gorski said."


@pytest.mark.parametrize("text, hedge", [
    pytest.param(f"“We do not rule out extending the ban if the talks fail,” {_MINISTER}", "uncertain",
                 id="not-rule-out-if"),
    pytest.param(f"“We could extend the ban if the talks fail,” {_MINISTER}", "conditional", id="could-if"),
    pytest.param(f"“We will extend the ban if the talks fail,” {_MINISTER}", "conditional", id="will-if"),
    pytest.param(f"“We do not rule out extending the ban,” {_MINISTER}", "uncertain", id="not-rule-out"),
])
def test_a_condition_under_a_doubt(read, text, hedge):
    assert ("Poland extends the ban", "favor", hedge) in _found(read(text)), _found(read(text))


@pytest.mark.parametrize("tail, hedge", [(" for now", "uncertain"), (" for the time being", "uncertain"),
                                         ("", "firm")])
def test_for_now_limits_a_refusal_to_the_present(read, tail, hedge):
    text = f"“We have no plans to raise the fuel price{tail},” Malaysian Finance Minister Ahmad Rahim said."
    assert ("Malaysia raises the fuel price", "against", hedge) in _found(read(text)), _found(read(text))


@pytest.mark.parametrize("text, proposition, hedge", [
    pytest.param("“Colombia will not appear before the Inter-American Court, which it does not recognize,” "
                 "Colombian Foreign Minister Luis Herrera said.",
                 "Colombia appears before the Inter-American Court", "firm", id="set-off-by-comma"),
    pytest.param("“Colombia will not join sanctions that are not approved by the Security Council,” Colombian "
                 "Foreign Minister Luis Herrera said.",
                 "Colombia joins sanctions that are not approved by the Security Council", "conditional",
                 id="restrictive"),
])
def test_only_a_restrictive_negated_clause_conditions(read, text, proposition, hedge):
    assert (proposition, "against", hedge) in _found(read(text)), _found(read(text))


def test_a_condition_split_by_the_parser_still_conditions(read):
    text = ("“If the dollar rises or the harvest fails again, the government will have to bring the fuel subsidy "
            "back,” Ghanaian Finance Minister Kwame Boateng said.")
    assert ("Ghana brings back the fuel subsidy", "favor", "conditional") in _found(read(text)), _found(read(text))


@pytest.mark.parametrize("tail, hedge", [
    pytest.param("but will not vote for one that exempts the coal industry", "conditional", id="not-one-that"),
    pytest.param("but will not vote for it this year", "firm", id="no-kind"),
])
def test_but_not_one_that_restricts_a_support(read, tail, hedge):
    text = f"“Our party supports a carbon tax in principle {tail},” Labour leader Tom Harris of Australia said."
    assert ("Australia taxes carbon", "favor", hedge) in _found(read(text)), _found(read(text))


@pytest.mark.parametrize("second, hedge", [
    pytest.param("But investment needs a stable currency", "conditional", id="act-noun"),
    pytest.param("But it needs a stable currency", "conditional", id="referring"),
    pytest.param("And investment needs a stable currency", "firm", id="no-contrast"),
    pytest.param("But tourism needs a stable currency", "firm", id="other-act"),
])
def test_what_the_act_needs_conditions_it(read, second, hedge):
    text = f"“Ugandan companies are ready to invest in Kenya. {second},” Ugandan Trade Minister Moses Okello said."
    assert ("Ugandan companies invest in Kenya", "favor", hedge) in _found(read(text)), _found(read(text))
