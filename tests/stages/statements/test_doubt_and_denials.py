""""I cannot see how X could V" doubts the act into a refusal (against, the "could" belongs to the
question, not to the speaker); existential denials coordinate ("There will be no reopening of
the border and no resumption of the talks": two statements). Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.stages.statements.nominal import verb_of_noun


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


@pytest.mark.parametrize("text, proposition, hedge", [
    pytest.param("“I cannot see how Norway could play a tournament there,” Norwegian Sports Minister Anders Moe "
                 "said.", "Norway plays a tournament", "firm", id="cannot-see-how"),
    pytest.param("“If the reports are true, I cannot see how Norway could send a team to Qatar,” Norwegian Sports "
                 "Minister Anders Moe said.", "Norway sends a team to Qatar", "conditional", id="with-if"),
])
def test_cannot_see_how_is_against(read, text, proposition, hedge):
    assert (proposition, "against", hedge) in _found(read(text)), _found(read(text))


def test_coordinated_existential_denials(read):
    found = _found(read("“There will be no reopening of the border and no extension of the transit permits,” "
                        "Polish Interior Minister Marek Gorski said."))
    assert ("Poland reopens the border", "against", "firm") in found, found
    assert ("Poland extends the transit permits", "against", "firm") in found, found


def test_an_umption_noun_is_an_act(read):
    found = _found(read("“There will be no resumption of the talks,” Polish Interior Minister Marek Gorski said."))
    assert ("Poland resumes the talks", "against", "firm") in found, found


@pytest.mark.parametrize("noun, verb", [("resumption", "resume"), ("consumption", "consume")])
def test_umption_nouns_name_their_verb(noun, verb):
    assert verb_of_noun(noun) == verb
