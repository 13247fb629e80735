"""``wirecoder eval wire`` on tests/fixtures/heldout2 ("set B"): 20 fictional wire stories written
and annotated by someone who had not read wirecoder's source or tests, the gold committed before
wirecoder first ran on them. Held out in session 7, development data from session 8 (see that
folder's README); the floors only rise."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.evaluation.wire_scoring import figure, score_wire

HELDOUT2 = ROOT / "tests" / "fixtures" / "heldout2"

# First measured on the code of main at 1450ce7 (s7-heldout2): quotes 165/1/4 (P 0.994 R 0.976,
# F1 0.985), speaker end to end 131/154 (0.851), statements 20/47/86 (P 0.299 R 0.189, F1 0.231).
# Floors only rise; never lower one to make a test pass.
FLOORS = {
    "quotes.f1": 0.98,
    "speaker_end_to_end": 0.93,  # s8-speakers: 145/154 (0.942; was 131)
    "outlet": 1.00,  # s8-entities: 20/20 (was 19: APA)
    "dateline": 1.00,  # s8-entities: 20/20 (was 18)
    "times.f1": 0.98,  # s8-entities: 90/0/2 (F1 0.989; was 0.942)
    "time_value": 0.97,  # s8-entities: 75/77 (0.974; was 73)
    "entity_recall": 0.89,  # s8-entities: 165/184 (0.897; was 162)
    "entity_type": 0.955,  # s8-entities: 144/150 (0.960; was 134/147)
    "entity_country": 0.98,  # s8-entities: 145/147 (0.986; was 141/144)
    "statements.f1": 0.52,  # s16: 51/36/55 (P 0.586 R 0.481 F1 0.528); s15: 48/37/58 (F1 0.503); s11: 43/39/63 (P 0.524 R 0.406 F1 0.457); s12: 45/37/61 (F1 0.479); s13: 47/37/59 (F1 0.495)
    # was 0.42:  # s9 merged: 39/37/67 (P 0.513 R 0.368 F1 0.429)
    # was 0.29:  # s8-wording: 26/39/80 (P 0.400 R 0.245 F1 0.304; was 23/46/83, F1 0.263)
    # s8-events: 30/4/5 (P 0.882 R 0.857 F1 0.870; was 25/11/10, F1 0.704, at the start of session
    # 8). The branch reached 31/4/4 with "voted against" read as REJECT, which set C (held out)
    # showed to be set B's annotator's convention, not news coding in general: it was taken out.
    "events.f1": 0.91,  # s11-events: 32/3/3 (P 0.914 R 0.914)
    "events.precision": 0.91,
    "events.recall": 0.91,
}


@pytest.fixture(scope="module")
def heldout2_result():
    return score_wire(HELDOUT2)  # ~10-20 s: once for every test below



def test_heldout2_gold_is_what_its_readme_says(heldout2_result):
    articles = heldout2_result.gold.articles
    assert [a.name for a in articles] == [str(n) for n in range(301, 321)]
    assert len(heldout2_result.gold.threads) == 3
    assert sum(len(a.quotes) for a in articles) == 169
    assert sum(len(a.statements) for a in articles) == 106
    assert sum(len(a.times) for a in articles) == 92
    assert sum(len(a.entities) for a in articles) == 184
    assert sum(len(a.events) for a in articles) == 35


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_heldout2_floors(heldout2_result, key):
    assert figure(heldout2_result.scores, key) >= FLOORS[key]
