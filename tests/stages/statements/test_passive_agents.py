"""A passive without an agent under a word of expecting or hoping is done by others (issue 11):
"Bulgaria expected the amendments to be adopted" is not Bulgaria adopting them, "hoped a deal
could be reached" not the minister reaching it. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'Greek Foreign Minister Nikos Dendias said Greece expected the reforms to be adopted "without new conditions."',
    "Kenya's trade minister, Amina Odhiambo, said she welcomed the Swiss move and hoped a deal could be reached "
    "before the summit in March.",
])
def test_a_passive_expected_or_hoped_for_has_no_holder_as_agent(read, text):
    found = read(text)
    assert not any(s.proposition_text.startswith(("Greece adopts", "Amina Odhiambo reaches", "Kenya reaches"))
                   for s in found), [s.proposition_text for s in found]


def test_a_passive_the_holder_decides_keeps_the_holder_as_agent(read):
    found = read('"The convoys will be allowed across the front lines only if the United Nations inspects every '
                 'truck," Sudanese Foreign Minister Ali Youssef said.')
    assert any(s.proposition_text.startswith("Sudan allows") for s in found), [s.proposition_text for s in found]
