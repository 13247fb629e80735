""""We are ready to support the raise" after "a 20 percent increase in the minimum wage": one
change under two words, so the raise is raising the minimum wage, by the amount the earlier
mention gave; an amount written before a change noun stays in the proposition."""

from __future__ import annotations

from .found import found as _found

_LEAD = ("MEXICO CITY (AP) - Mexico's main employers' group said Thursday it could accept a 20 percent increase "
         "in the minimum wage if it was phased in over two years. ")


def test_the_raise_is_the_increase_named_before(read):
    found = _found(read(_LEAD + "“We are ready to support the raise, provided it comes in two steps,” Coparmex "
                                "president Jorge Salinas said."))
    assert ("Jorge Salinas", "Mexico raises the minimum wage by 20 percent", "favor", "conditional") in found, found


def test_an_amount_before_the_change_noun_is_kept(read):
    found = _found(read("MEXICO CITY (AP) - Mexican Labor Minister Rosa Delgado said the government would accept "
                        "a 20 percent increase in the minimum wage."))
    assert found == [("Rosa Delgado", "Mexico increases the minimum wage by 20 percent", "favor", "firm")]


def test_a_cut_is_no_raise(read):
    found = _found(read(_LEAD + "“We oppose the cut,” Coparmex president Jorge Salinas said."))
    assert not any("minimum wage" in p for _, p, _, _ in found), found
