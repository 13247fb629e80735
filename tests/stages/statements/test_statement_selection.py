"""Which quotes carry a statement and which clause states it (issue 11, wire_dev misses of the
kinds "no statement at all" and "a statement gold has none for"), in sentences written for these
tests. Real pipeline, loaded once (the ``read`` fixture of conftest)."""

from __future__ import annotations

import pytest

from wirecoder.evaluation.wire import same_proposition


def _found(statements):
    return [(s.proposition_text, s.stance, s.hedge) for s in statements]


def _has(found, proposition, stance, hedge=None):
    return any(same_proposition(p, proposition) and s == stance and (hedge is None or h == hedge)
               for p, s, h in found)


# -- directive cues ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, proposition", [
    pytest.param("The Norwegian Foreign Ministry called on Kigali to withdraw its troops from the border "
                 "region.", "Rwanda withdraws its troops from the border region", id="called-on"),
    pytest.param("Chilean Foreign Minister Alberto van Klaveren called on Caracas and Georgetown to settle "
                 "their border dispute through arbitration.",
                 "Venezuela and Guyana settle their border dispute through arbitration", id="called-on-two"),
])
def test_called_on_someone_to_act_is_favor_of_the_act(read, text, proposition):
    found = _found(read(text))
    assert _has(found, proposition, "favor"), found


# -- holders ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    pytest.param("“Portugal will never leave the euro,” a senior diplomat said.", id="a-diplomat"),
    pytest.param("Portugal will not raise fuel taxes this year, sources in the ministry said.", id="sources"),
])
def test_an_anonymous_speaker_holds_no_statement(read, text):
    assert read(text) == ()
