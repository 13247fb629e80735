"""An object pronoun with no subject to refer back to stands for the last act named as an object
before it ("Parliament passed the legislation ... we intend to apply it"); a noun that names no
act ("a window of a few weeks") is not taken. Sentences written for these tests."""

from __future__ import annotations


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def test_it_stands_for_the_act_named_before(read):
    found = _found(read("“Parliament passed the legislation last week and we intend to apply it,” Chilean "
                        "Interior Minister Carolina Toha said."))
    assert ("Chile applies the legislation", "favor", "firm") in found, found


def test_a_noun_naming_no_act_is_not_taken(read):
    found = _found(read("“We have a window of a few weeks and we intend to use it,” Chilean Interior Minister "
                        "Carolina Toha said."))
    assert not any("window" in p for p, _, _ in found), found
