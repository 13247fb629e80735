"""A premier, governor or mayor speaks for their region or city when they say "we" or "her
government"; a capital the entity stage left a city reads as its country where a proposition
acts on it (issue 11). Sentences written for these tests; real pipeline."""

from __future__ import annotations

import pytest


def _texts(read, text):
    return [s.proposition_text for s in read(text)]


@pytest.mark.parametrize("text, proposition", [
    pytest.param("Manitoba Premier Wab Kinew said his government would challenge Ottawa's new fuel rules.",
                 "Manitoba challenges Canada's new fuel rules", id="his-government"),
    pytest.param("“We will take Ottawa's new fuel rules to court,” Manitoba Premier Wab Kinew said.",
                 "Manitoba takes Canada's new fuel rules to court", id="we"),
])
def test_a_regional_head_speaks_for_the_region(read, text, proposition):
    texts = _texts(read, text)
    assert proposition in texts, texts


def test_a_regional_head_approving_an_act_leaves_it_to_the_country(read):
    texts = _texts(read, "Ontario Premier Doug Ford said he may approve the restart of the Pickering plant.")
    assert not any(t.startswith("Ontario") for t in texts), texts


def _analyzed(text):
    """Propositions as :func:`wirecoder.analysis.analyze` gives them (cities are not actors there)."""
    from wirecoder.analysis import analyze

    return [s.proposition_text for s in analyze(text).statements]


def test_a_capital_acted_on_reads_as_its_country():
    texts = _analyzed("Florida Governor Ron DeSantis said his state would sue Washington over the new rules.")
    assert "Florida sues the United States over the new rules" in texts, texts


@pytest.mark.parametrize("text, proposition", [
    pytest.param("A news conference was held in Brasília on Monday. “Venezuela will never hand its ports to "
                 "Brasília or to anyone else,” Venezuelan Minister Elvira Montes said.",
                 "Venezuela hands its ports to Brazil", id="second-mention-and-anyone-else"),
    pytest.param("“Our talks with Brasília will continue,” Argentine President Javier Milei said.",
                 "Argentina continues its talks with Brazil", id="lasting-object"),
])
def test_a_capital_given_to_or_dealt_with_reads_as_its_country(text, proposition):
    texts = _analyzed(text)
    assert proposition in texts, texts


def test_a_capital_travelled_to_stays_a_city():
    texts = _analyzed("“We will not fly to Brasília for talks,” Argentine President Javier Milei said.")
    assert not any("Brazil" in t for t in texts), texts


@pytest.mark.parametrize("text, proposition", [
    pytest.param("“I will not pull a single trooper back from the border,” Texas Governor Greg Abbott said.",
                 "Texas pulls back a single trooper from the border", id="governor-i"),
    pytest.param("Nevada Gov. Joe Lombardo met the sheriffs on Monday. “We will go to court if the president "
                 "moves to seize the troops,” Lombardo said.",
                 "Nevada goes to court", id="abbreviated-title"),
    pytest.param("Oregon Gov. Tina Kotek faced protests on Monday. State Senator Rebecca Huang urged Kotek to "
                 "bring the soldiers home.",
                 "Oregon brings home the soldiers", id="named-addressee"),
])
def test_a_regional_head_acting_acts_for_the_region(read, text, proposition):
    texts = _texts(read, text)
    assert proposition in texts, texts
