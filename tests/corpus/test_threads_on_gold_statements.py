"""The cross-article side alone: wire_dev's eight position threads, with the gold statements
standing in for the statement stage's.

Each gold statement becomes a stored statement row (holder, speaker, proposition, stance, hedge,
its quote's text, the article's outlet and date), keyed by its proposition text; the corpus is
built as ``wirecoder positions`` builds it and every thread checked by the eval's rule. A thread
that fails here fails for the cross-article side (holders, dates, echoes, shifts), whatever the
statement stage does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wirecoder.corpus.positions import Corpus
from wirecoder.evaluation.wire_gold import load_wire_gold
from wirecoder.evaluation.wire_threads import ThreadScores, _check
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.store.sqlite import StoredStatement

WIRE_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "wire_dev"


def _rows(gold) -> list[StoredStatement]:
    rows = []
    for article in gold.articles:
        entities = {e.name: e for e in article.entities}
        for n, s in enumerate(article.statements):
            quote = article.quotes[s.quote]
            entity = entities.get(s.holder)
            rows.append(StoredStatement(
                article_id=article.name, statement_id=f"s{n}", quote_id=f"q{s.quote}",
                holder_entity=None, holder_name=s.holder,
                holder_type=entity.type if entity else None,
                holder_country=entity.country if entity else None,
                speaker_name=quote.speaker, speaker_mention=quote.speaker_mention, subject=None,
                predicate=None, object=None, proposition_text=s.proposition,
                proposition_key=re.sub(r"\W+", "_", s.proposition.lower()), stance=s.stance,
                hedge=s.hedge, date=article.published, date_source="published",
                evidence_start=None, evidence_end=None, evidence_text=quote.content,
                quote_text=quote.content, outlet=article.outlet, source=f"{article.name}.txt",
                published=article.published))
    return rows


@pytest.mark.skipif(not WIRE_DEV.is_dir(), reason="needs ../shared/data/wire_dev")
def test_every_thread_is_right_on_the_gold_statements():
    gold = load_wire_gold(WIRE_DEV)
    corpus = Corpus.from_rows(_rows(gold), load_gazetteer())
    scores = ThreadScores(tuple(_check(thread, corpus) for thread in gold.threads))
    assert [m.article for m in scores.misses()] == []
    assert (scores.threads.correct, scores.timeline.correct, scores.echoes.correct) == (8, 16, 2)
    # the echo is counted once: Reuters' lead ("will never abandon"), worded apart from AFP's
    # ("will never withdraw from"), and its quote are both copies of AFP's claims
    shoal = [c for c in corpus.select(actor="Ramon Dalisay")
             if c.row.proposition_text == "The Philippines withdraws from Second Thomas Shoal"]
    assert [c.row.source for c in shoal] == ["115.txt", "115.txt"]
    assert sorted(r.quote_text[:34] for c in shoal for r in c.copies) == [
        "The Philippines will never abandon", "We will not withdraw from Ayungin "]
