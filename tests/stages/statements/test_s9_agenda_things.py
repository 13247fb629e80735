"""A thing, not an act, put on or off the agenda ("a common budget is not on the table": against
adopting it, by the owner the phrase names or the holder's side; "our pension system is not
negotiable": for keeping it, absolute), and a measure declared ended ("the fuel tax is dead":
against reintroducing it). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


_BELLO = "Nigerian Finance Minister Musa Bello said."


@pytest.mark.parametrize("text, expected", [
    pytest.param("“A common NATO budget is not on the table,” Polish Defence Minister Jan Nowak said.",
                 ("NATO adopts a common budget", "against", "firm"), id="owner-named"),
    pytest.param(f"“A wealth tax remains on the table,” {_BELLO}",
                 ("Nigeria adopts a wealth tax", "favor", "uncertain"), id="holder-side-open"),
    pytest.param("“Our pension system is not negotiable,” Chilean Labour Minister Ana Rojas said.",
                 ("Chile keeps its pension system", "favor", "absolute"), id="not-negotiable"),
    pytest.param(f"“The fuel tax is dead, and it will stay dead,” {_BELLO}",
                 ("Nigeria reintroduces the fuel tax", "against", "absolute"), id="dead-and-stays-dead"),
    pytest.param(f"“The fuel tax is gone. We will find the money elsewhere,” {_BELLO}",
                 ("Nigeria reintroduces the fuel tax", "against", "firm"), id="gone"),
])
def test_things_on_the_agenda(read, text, expected):
    assert expected in _found(read(text)), _found(read(text))


@pytest.mark.parametrize("text", [
    pytest.param(f"“The issue is not on the table,” {_BELLO}", id="shell-noun"),
    pytest.param(f"“The talks are dead,” {_BELLO}", id="not-a-measure"),
    pytest.param(f"“The fuel tax was dead weight on the economy,” {_BELLO}", id="past-description"),
    pytest.param(f"“Is the fuel tax dead?” {_BELLO}", id="question"),
])
def test_no_position_without_a_thing_on_the_agenda(read, text):
    assert _found(read(text)) == []
