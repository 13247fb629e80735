"""Clauses of lasting in a holder's mouth: what lasts is the holder's to keep ("the crossings stay
shut" → the holder keeps the crossings shut), "it" standing for the thing named before ("The export
ban is in force. It stays in place until ..."), and "go ahead". Sentences written for these tests."""

from __future__ import annotations

import pytest


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, hedge", [
    pytest.param("“The export ban is in force. It stays in place until prices fall,” Argentine Economy "
                 "Minister Luis Caputo said.", "Argentina keeps the export ban in place", "conditional",
                 id="it-stays-in-place"),
    pytest.param("“The truce with the rebels is holding. It continues as long as the rebels release the "
                 "hostages,” Chilean Interior Minister Carolina Toha said.", "Chile continues the truce",
                 "conditional", id="it-continues-as-long-as"),
    pytest.param("“As long as the smuggling continues, the crossings stay shut,” Chilean Interior Minister "
                 "Carolina Toha said.", "Chile keeps the crossings shut", "conditional", id="stay-shut"),
    pytest.param("“The tariff will remain in place unless Beijing lifts its duties on Australian wine,” "
                 "Australian Trade Minister Don Farrell said.", "Australia keeps the tariff in place",
                 "conditional", id="remain-in-place-unless"),
    pytest.param("“The pipeline is ready and it will go ahead,” Bulgarian Energy Minister Petar Dimov said.",
                 "Bulgaria goes ahead with the pipeline", "firm", id="go-ahead"),
])
def test_what_lasts_is_the_holders_to_keep(read, text, proposition, hedge):
    assert (proposition, "favor", hedge) in _found(read(text)), _found(read(text))


def test_a_position_of_its_own_is_not_a_state(read):
    """"remain committed to X" is not keeping something: it is left to the tables and governors."""
    found = _found(read("“The talks remain committed to a settlement,” Chilean Foreign Minister Alberto van "
                        "Klaveren said."))
    assert not any(p.startswith("Chile keeps") for p, _, _ in found), found


def test_a_known_proposition_keeps_its_reading(read):
    found = _found(read("“Serbia will remain neutral as long as I am president,” Serbian President Aleksandar "
                        "Vucic said."))
    assert len(found) == 1 and found[0][1:] == ("favor", "conditional") and "neutral" in found[0][0], found
