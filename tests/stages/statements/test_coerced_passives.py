"""The passive of a verb of coercion governs what its subject would do ("will not be forced to
choose sides" is against choosing sides); an agentless passive done to the holder's own side
("Hungary will not be pressured ...") is no act of that side. Sentences written for these tests."""

from __future__ import annotations


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def test_not_forced_to_is_against_the_act(read):
    found = _found(read("“Brazil will not be forced to choose sides between its trading partners,” Brazilian "
                        "Foreign Minister Mauro Vieira said."))
    assert ("Brazil chooses sides between its trading partners", "against", "firm") in found, found


def test_compelled_to_with_a_condition(read):
    found = _found(read("“Greece will be compelled to close its airspace if the drills continue,” Greek "
                        "Defence Minister Nikos Dendias said."))
    assert ("Greece closes its airspace", "favor", "conditional") in found, found


def test_a_passive_done_to_the_holders_side_is_not_its_act(read):
    found = _found(read("“Hungary will not be pressured into accepting migrants,” Hungarian Foreign Minister "
                        "Peter Szijjarto said."))
    assert not any(p.startswith("Hungary pressures") for p, _, _ in found), found
