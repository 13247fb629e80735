""""The fee stays." in a speaker's own words declares the measure kept (against the act the story
argues about, here scrapping it), also through "it" ("The fee is legal and it stays"); a present
"stays" of something that is no measure is a description."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = ("SOFIA (Reuters) - Bulgaria will not scrap the transit fee it charges on Russian gas, Energy Minister "
         "Petar Dimov said.\n\n")


def test_the_fee_stays():
    found = _found(analyze(_LEAD + "“The fee stays,” Dimov said.").statements)
    assert len(found) == 2 and found[1][1].startswith("Bulgaria scraps the") and found[1][2] == "against", found


def test_it_stays():
    found = _found(analyze(_LEAD + "“The fee is legal, it is transparent and it stays,” Dimov said.").statements)
    assert len(found) == 2 and found[1][1].startswith("Bulgaria scraps the") and found[1][2] == "against", found


def test_weather_that_stays_is_no_position():
    found = _found(analyze(_LEAD + "“The cold stays,” Dimov said.").statements)
    assert len(found) == 1, found
