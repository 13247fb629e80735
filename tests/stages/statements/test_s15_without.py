""""Without X there is no Y": the speaker holds the act X names necessary, so is for it; a "without"
phrase naming no act ("without tenants there is no city") carries nothing."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found

_LEAD = "BERLIN (Reuters) - Germany will extend the rent brake until 2029, Justice Minister Anna Vogel said.\n\n"


def test_without_the_act_there_is_nothing_is_for_the_act():
    statements = analyze(_LEAD + "“Without the extension there is no protection for tenants,” she said.").statements
    found = _found(statements)
    assert len(found) == 2 and found[1] == found[0] and statements[1].evidence.text.startswith("Without"), found


def test_without_a_thing_that_is_no_act_carries_nothing():
    found = _found(analyze(_LEAD + "“Without tenants there is no city,” she said.").statements)
    assert len(found) == 1, found


def test_without_the_amendments():
    text = ("LUSAKA (Reuters) - Zambia will put constitutional amendments allowing a third presidential term to "
            "a referendum, Justice Minister Mulenga Banda said.\n\n“Without the amendments there is no stability "
            "for Zambia,” Banda said.")
    found = _found(analyze(text).statements)
    assert found.count(("Mulenga Banda", "Zambia amends its constitution to allow a third presidential term",
                        "favor", "firm")) == 2, found
