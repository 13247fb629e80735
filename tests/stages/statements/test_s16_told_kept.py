""""The crossing should stay open" after "Sudan will keep the Adre border crossing with Chad
open": the story's act, by whoever keeps it there (not the speaker's side), keyed alike; "for
as long as people are starving" is how long it lasts, and a condition."""

from __future__ import annotations

from .found import found as _found

_LEAD = ("KHARTOUM (Reuters) - Sudan's government will keep the Adre border crossing with Chad open for aid "
         "deliveries for another three months, the Sovereign Council said. ")
_KEPT = "Sudan keeps the Adre border crossing with Chad open for aid deliveries"


def test_staying_open_is_the_story_act_by_its_doer(read):
    statements = read(_LEAD + "\"The crossing should stay open,\" Chadian Foreign Minister Abakar Mahamat told Reuters.")
    assert _found(statements)[1] == ("Abakar Mahamat", _KEPT, "favor", "firm")
    assert statements[0].proposition_key == statements[1].proposition_key


def test_for_as_long_as_lasts_and_conditions(read):
    found = _found(read(_LEAD + "\"The crossing should stay open for as long as people are starving,\" Chadian "
                                "Foreign Minister Abakar Mahamat told Reuters."))
    assert found[1:] == [("Abakar Mahamat", _KEPT, "favor", "conditional")]


def test_a_thing_kept_in_another_state_is_not_restated(read):
    found = _found(read(_LEAD + "\"The crossing should stay closed,\" Chadian Foreign Minister Abakar Mahamat told "
                                "Reuters."))
    assert all(p != _KEPT for h, p, _, _ in found if h == "Abakar Mahamat"), found
