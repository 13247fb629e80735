"""A mixed quote whose content is an act noun governed by the cue ("ruled out any return to the
talks “as long as ...”"): the act by the holder's side, its own preposition kept as the argument
("return to the talks"), the condition the parser hung on the cue read as the quote's. Without
quoted words the same shape is an event, not a quote's statement. Sentences written for these tests."""

from __future__ import annotations


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def test_an_act_noun_under_the_cue_with_its_condition(read):
    found = _found(read("Serbian President Aleksandar Vucic ruled out any return to the talks mediated by the "
                        "European Union “as long as Pristina keeps its police in the north.”"))
    assert ("Serbia returns to the talks mediated by the European Union", "against", "conditional") in found, found


def test_without_quoted_words_it_is_no_statement(read):
    found = _found(read("Serbian President Aleksandar Vucic on Monday ruled out any return to the talks mediated "
                        "by the European Union."))
    assert not any(p.startswith("Serbia returns") for p, _, _ in found), found
