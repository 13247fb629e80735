""""That is not on the table" opening a sentence puts the act the sentence before proposed off the
agenda ("asked whether X would V the Y. “That is not on the table,”"); agenda phrases keep their
reading with a time tail ("out of the question at this stage"). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, stance, hedge", [
    pytest.param("Reporters asked whether Chile would nationalise the lithium mines. “That is not on the table,” "
                 "Chilean Mining Minister Aurora Williams said.", "Chile nationalises the lithium mines",
                 "against", "firm", id="asked-whether-that"),
    pytest.param("Lawmakers proposed that Chile raise the fuel tax. “This is out of the question at this stage,” "
                 "Chilean Finance Minister Mario Marcel said.", "Chile raises the fuel tax", "against", "firm",
                 id="proposed-this-tail"),
    pytest.param("Opposition parties want Chile to hold a referendum on the reform. “That remains an option,” "
                 "Chilean Interior Minister Carolina Toha said.", "Chile holds a referendum on the reform",
                 "favor", "uncertain", id="remains-an-option"),
])
def test_a_demonstrative_puts_the_proposed_act_on_the_agenda(read, text, proposition, stance, hedge):
    assert (proposition, stance, hedge) in _found(read(text)), _found(read(text))


def test_a_demonstrative_inside_a_sentence_is_not_read_back(read):
    found = _found(read("Lawmakers proposed that Chile raise the fuel tax. “We said that this is not on the "
                        "table,” Chilean Finance Minister Mario Marcel said."))
    assert not any(p == "Chile raises the fuel tax" for p, _, _ in found), found
