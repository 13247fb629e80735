"""Shift kinds (wirecoder.corpus.positions.find_shifts): a day's statements are compared with
every statement of the latest earlier day, so a lead that paraphrases the quote one hedge lower
on both days is no shift, while a hedge or stance that really moved still is."""

from __future__ import annotations

import pytest

from wirecoder.corpus.positions import Corpus
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.store.sqlite import StoredStatement


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def row(article: str, n: int, stance: str, hedge: str, date: str, start: int) -> StoredStatement:
    text = "Norway extends the fishing licences of Russian trawlers"
    return StoredStatement(
        article_id=article, statement_id=f"s{n}", quote_id=f"q{n}", holder_entity="e1",
        holder_name="Sigrid Aamodt", holder_type="PERSON", holder_country=None,
        speaker_name="Sigrid Aamodt", speaker_mention="Aamodt", subject="Norway",
        predicate="extend", object="the fishing licences of Russian trawlers",
        proposition_text=text, proposition_key="extend:fishing_licences_russian_trawlers",
        stance=stance, hedge=hedge, date=date, date_source="published", evidence_start=start,
        evidence_end=start + 5, evidence_text=f"{article} {n}", quote_text=f"{article} quote {n}",
        outlet="Reuters" if article == "a" else "AP", source=f"{article}.txt", published=date)


def _kinds(rows, gaz):
    corpus = Corpus.from_rows(rows, gaz)
    return [(s.kind, s.before.row.hedge, s.after.row.hedge) for s in corpus.shifts()]


def test_a_lead_one_hedge_below_its_quote_on_both_days_is_no_shift(gaz):
    # lead "would not extend" (firm), then the quote "We will never extend" (absolute), twice
    rows = [row("a", 1, "against", "firm", "2025-01-10", 0),
            row("a", 2, "against", "absolute", "2025-01-10", 300),
            row("b", 3, "against", "firm", "2025-04-02", 0),
            row("b", 4, "against", "absolute", "2025-04-02", 250)]
    assert _kinds(rows, gaz) == []


def test_a_hedge_that_moved_is_still_a_shift_against_the_same_stance(gaz):
    rows = [row("a", 1, "against", "firm", "2025-01-10", 0),
            row("a", 2, "against", "absolute", "2025-01-10", 300),
            row("b", 3, "against", "conditional", "2025-04-02", 0)]
    assert _kinds(rows, gaz) == [("softening", "absolute", "conditional")]


def test_a_flipped_stance_is_a_reversal_beside_a_restatement(gaz):
    # an old position restated beside the new one (a recap kept as a statement) hides nothing
    rows = [row("a", 1, "against", "absolute", "2025-01-10", 0),
            row("b", 2, "against", "absolute", "2025-04-02", 0),
            row("b", 3, "favor", "conditional", "2025-04-02", 200)]
    assert [k for k, _, _ in _kinds(rows, gaz)] == ["reversal"]
