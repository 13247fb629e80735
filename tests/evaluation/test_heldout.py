"""``wirecoder eval wire`` on tests/fixtures/heldout: 24 fictional wire stories written and
annotated by someone who had not read wirecoder's source, the gold committed before wirecoder
first ran on them. HELD OUT: measure here, never tune here (see that folder's README). The floors
are the figures first measured; they only rise, and a rise must come from a fix made elsewhere."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.evaluation.wire_scoring import figure, score_wire

HELDOUT = ROOT / "tests" / "fixtures" / "heldout"

# First measured on the code of main at e786ee1 (s6-heldout): quotes 215/5/9 (P 0.977 R 0.960),
# speaker end to end 185/209 (0.885), statements 33/46/94 (P 0.418 R 0.260). The same code on
# wire_dev gives 0.997, 0.958 and 0.500. Floors only rise; never lower one to make a test pass.
# s7-wording (set A now tuned on): statements 40/42/87 (P 0.488 R 0.315 F1 0.383).
FLOORS = {
    "quotes.f1": 0.98,  # s7-speakers: 220/1/4 (P 0.995 R 0.982; was 0.964)
    "speaker_end_to_end": 0.975,  # s8-speakers: 206/209 (0.986; s7 200, s6 184)
    "entity_recall": 0.925,  # s8-entities: 237/255 (0.929; s7-speakers 236, was 226)
    "times.f1": 0.99,  # s8-entities: 87/1/0 (F1 0.994; was 0.967)
    "time_value": 0.96,  # s8-entities: 64/66 (0.970; was 63)
    "statements.f1": 0.61,  # s16: 75/42/52 (P 0.641 R 0.591 F1 0.615); s15: 74/42/53 (F1 0.609); s11: 66/43/61 (P 0.606 R 0.520 F1 0.559); s12: 67/44/60 (F1 0.563); s13: 69/43/58 (F1 0.577); s14: 72/44/55 (F1 0.593)
    # was 0.53:  # s9 merged: 61/41/66 (P 0.598 R 0.480 F1 0.533)
    # was 0.45:  # s8-wording: 50/43/77 (P 0.538 R 0.394 F1 0.455; s7 merged 48/43/79, F1 0.440)
    "events.f1": 0.92,  # s11-events: 51/7/1 (P 0.879 R 0.981 F1 0.927)
    # was 0.89:  # s8-events: 49/8/3 (P 0.860 R 0.942 F1 0.899; s7 49/10/3)
    "events.precision": 0.87,
    "events.recall": 0.98,
}


@pytest.fixture(scope="module")
def heldout_result():
    return score_wire(HELDOUT)  # ~10-20 s: once for every test below



def test_heldout_gold_is_what_its_readme_says(heldout_result):
    articles = heldout_result.gold.articles
    assert [a.name for a in articles] == [str(n) for n in range(201, 225)]
    assert len(heldout_result.gold.threads) == 4
    assert sum(len(a.quotes) for a in articles) == 224
    assert sum(len(a.statements) for a in articles) == 127
    assert sum(len(a.times) for a in articles) == 87
    assert sum(len(a.entities) for a in articles) == 255
    assert sum(len(a.events) for a in articles) == 52


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_heldout_floors(heldout_result, key):
    assert figure(heldout_result.scores, key) >= FLOORS[key]
