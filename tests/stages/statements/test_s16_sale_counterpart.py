""""Türkiye expects the United States to approve the sale of 40 F-16 fighter jets": a sale
names its buyer, the other country the story names most; a story of one country adds none."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_ANKARA = ("ANKARA (Anadolu) - Türkiye wants to buy American fighter jets, and Türkiye will not wait for "
           "years, Defense Minister Selim Aydın said. ")


def test_a_sale_names_the_buyer_the_story_names():
    found = _found(analyze(_ANKARA + "Aydın said Türkiye expected the United States to approve the sale of 40 "
                                     "F-16 fighter jets.").statements)
    assert any(p == "United States sells 40 F-16 fighter jets to Türkiye" for _, p, _, _ in found), found


def test_a_story_of_one_country_adds_no_buyer():
    found = _found(analyze("KYIV (Reuters) - Farmers' union head Taras Hnatyshyn said Ukraine would sell its own "
                           "wheat.").statements)
    assert [p for _, p, _, _ in found] == ["Ukraine sells its own wheat"], found
