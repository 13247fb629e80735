"""A phrase set off by commas between a verb and its object ("will not accept, under any
circumstances, the ...", "will sign, in any case, the agreement"): the parser hangs the phrase or
the noun phrase after it elsewhere (often on the cue); read as written, the phrase marks the verb
it interrupts and the noun phrase is that verb's object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, stance, hedge", [
    pytest.param("“Chile will not tolerate, under any circumstances, the expansion of illegal mining in the "
                 "Atacama desert,” Chilean Interior Minister Carolina Toha said.",
                 "Chile tolerates the expansion of illegal mining in the Atacama desert", "against", "absolute",
                 id="under-any-circumstances"),
    pytest.param("“Chile will not accept, at this stage, any change to the border agreement with Peru,” "
                 "Chilean Interior Minister Carolina Toha said.",
                 "Chile accepts any change to the border agreement with Peru", "against", "firm",
                 id="at-this-stage"),
    pytest.param("“We will sign, in any case, the trade agreement with Peru,” Chilean Interior Minister "
                 "Carolina Toha said.", "Chile signs the trade agreement with Peru", "favor", "firm",
                 id="in-any-case"),
    pytest.param("“Kenya will not renew, for now, the licence of the Canadian mining company,” Kenyan Mining "
                 "Minister Hassan Joho said.", "Kenya renews the licence of the Canadian mining company",
                 "against", "uncertain", id="for-now"),  # "for now" leaves the future open (session 9)
])
def test_the_object_after_an_interrupting_phrase(read, text, proposition, stance, hedge):
    found = _found(read(text))
    assert any(same_proposition(p, proposition) and p.endswith(proposition.split()[-1]) and (s, h) == (stance, hedge)
               for p, s, h in found), found


def test_the_phrase_is_not_the_object(read):
    """"at this stage" is when, not what is accepted."""
    found = _found(read("“Chile will not accept, at this stage, any change to the border agreement with Peru,” "
                        "Chilean Interior Minister Carolina Toha said."))
    assert not any(p.endswith("at this stage") for p, _, _ in found), found


def test_a_negative_phrase_hung_on_the_cue_still_negates(read):
    """"under no circumstances" between commas: the denial is the interrupted verb's."""
    found = _found(read("“Poland will reopen, under no circumstances, the border crossings with Belarus,” "
                        "Polish Interior Minister Marek Gorski said."))
    assert any(same_proposition(p, "Poland reopens the border crossings with Belarus") and (s, h) == (
        "against", "absolute") for p, s, h in found), found
