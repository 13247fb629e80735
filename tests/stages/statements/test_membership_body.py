"""A bare "membership" is in the body named just before it (issue 11): "we will not apply for
membership" after "every BRICS member" is about joining BRICS, not a proposition without an
object. Sentences written for these tests; the real pipeline runs (``read`` from conftest)."""

from __future__ import annotations


def test_applying_for_membership_joins_the_body_named_before(read):
    found = read('"We value our ties with every ASEAN member, but Mongolia does not intend to apply for '
                 'membership," Mongolian Foreign Minister Batmunkh Batbold said.')
    assert [(s.proposition_key, s.stance) for s in found] == [("join:ASEAN", "against")], found
    assert "ASEAN" in found[0].proposition_text


def test_seeking_membership_joins_the_body_named_before(read):
    found = read('The NATO summit opened in Vilnius on Tuesday. "We will seek membership as soon as the war '
                 'ends," Ukrainian Foreign Minister Dmytro Kuleba said.')
    assert [s.proposition_key for s in found] == ["join:NATO"], found


def test_membership_that_names_its_body_keeps_it(read):
    found = read('"We value our ties with every ASEAN member, but Mongolia will not seek membership in the '
                 'European Union," Mongolian Foreign Minister Batmunkh Batbold said.')
    assert [s.proposition_key for s in found] == ["join:European_Union"], found


def test_no_body_named_nearby_leaves_membership_without_one(read):
    found = read('The NATO summit opened in Vilnius on Tuesday. Leaders discussed the budget. Officials met '
                 'for hours. "We will seek membership," Ukrainian Foreign Minister Dmytro Kuleba said.')
    assert all(s.proposition_key != "join:NATO" for s in found), found


def test_an_application_is_to_the_body_named_before(read):
    found = read('"ASEAN is a platform where our neighbours play a leading role. We intend to submit our application '
                 'in the coming months," Mongolian Foreign Minister Batmunkh Batbold said.')
    assert any(s.proposition_text.endswith("application to ASEAN") for s in found), [
        s.proposition_text for s in found]


def test_an_application_for_something_else_is_left_as_it_is(read):
    found = read('"ASEAN is a platform where our neighbours play a leading role. We will submit an application for '
                 'a mining licence," Mongolian Foreign Minister Batmunkh Batbold said.')
    assert not any("ASEAN" in s.proposition_text for s in found), [s.proposition_text for s in found]
