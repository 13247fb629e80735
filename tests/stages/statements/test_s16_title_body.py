""""EU trade commissioner Henrik Aalto": a person with no country speaks for the body his title
names, so a passive in his quote ("The sanctions will not be lifted") is his side's act; no
news agency is a side."""

from __future__ import annotations

from .found import found as _found

_LEAD = "BRUSSELS (Reuters) - The European Union will protect its steel industry, EU trade commissioner Henrik Aalto said. "


def test_a_passive_in_a_commissioners_quote_is_the_bodys_act(read):
    found = _found(read(_LEAD + "\"The sanctions will not be lifted,\" Aalto told reporters."))
    assert ("Henrik Aalto", "European Union lifts the sanctions", "against", "firm") in found, found


def test_a_safeguard_extended(read):
    found = _found(read(_LEAD + "\"The safeguard will be extended this summer,\" Aalto told reporters."))
    assert ("Henrik Aalto", "European Union extends the safeguard", "favor", "firm") in found, found


def test_an_agency_in_the_title_is_no_side(read):
    found = _found(read("BRUSSELS (Reuters) - Reuters correspondent Henrik Aalto said the sanctions would not be "
                        "lifted."))
    assert not any(p.startswith("Reuters") for _, p, _, _ in found), found
