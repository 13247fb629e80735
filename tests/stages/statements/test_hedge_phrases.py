"""A hedging phrase the parser extends with what follows its noun ("under any circumstances in
the proposed agreement with Japan") still marks the clause, and stays out of the object."""

from __future__ import annotations

import wirecoder


def test_under_any_circumstances_followed_by_more_is_absolute_and_out_of_the_object():
    a = wirecoder.analyze("NEW DELHI (Reuters) - India will not open its rice market to foreign firms "
                          "under any circumstances in the proposed trade agreement with Japan, Trade "
                          "Minister Arjun Mehta said on Thursday.")
    found = [(s.proposition_text, s.stance, s.hedge) for s in a.statements]
    assert ("India opens its rice market to foreign firms", "against", "absolute") in found, found
