""""Put X to a referendum" is holding a referendum on X, keyed like "hold a referendum on X"
said outright; "the question of X" is X."""

from __future__ import annotations

from .found import found as _found

_LEAD = "BUENOS AIRES (Reuters) - Union leader Ruben Arzamendi called for a strike against the IMF agreement. "


def test_put_to_a_referendum_is_holding_one_on_it(read):
    assert _found(read(_LEAD + "\"We will put the agreement to a referendum,\" Arzamendi said.")) == [
        ("Ruben Arzamendi", "Argentina holds a referendum on the IMF agreement", "favor", "firm")]


def test_the_question_of_a_status_is_the_status(read):
    statements = read("SARAJEVO (Reuters) - Republika Srpska is prepared to put the question of its status to a "
                      "referendum if Western envoys keep imposing laws on it, Vojislav Kerkez said.")
    assert _found(statements) == [
        ("Vojislav Kerkez", "Republika Srpska holds a referendum on its status", "favor", "conditional")]
    assert statements[0].proposition_key == "hold:referendum_status"


def test_put_to_a_referendum_keys_as_holding_one(read):
    put = read(_LEAD + "\"We will put the agreement to a referendum,\" Arzamendi said.")
    held = read(_LEAD + "\"We will hold a referendum on the agreement,\" Arzamendi said.")
    assert [s.proposition_key for s in put] == [s.proposition_key for s in held]
