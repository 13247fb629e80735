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


def said_by(article: str, n: int, speaker: str, stance: str, hedge: str, date: str,
            start: int) -> StoredStatement:
    """A German politician's statement on Germany's debt rule: held as Germany."""
    text = "Germany loosens the debt rule"
    return StoredStatement(
        article_id=article, statement_id=f"s{n}", quote_id=f"q{n}", holder_entity=f"e{n}",
        holder_name=speaker, holder_type="PERSON", holder_country="DEU", speaker_name=speaker,
        speaker_mention=speaker.split()[-1], subject="Germany", predicate="loosen",
        object="the debt rule", proposition_text=text, proposition_key="loosen:debt_rule",
        stance=stance, hedge=hedge, date=date, date_source="published", evidence_start=start,
        evidence_end=start + 5, evidence_text=f"{article} {n}", quote_text=f"{article} quote {n}",
        outlet="dpa", source=f"{article}.txt", published=date)


def test_a_speaker_who_spoke_before_shifts_against_his_own_word(gaz):
    # two Germans held as "Germany": Wendler against (absolute), Hainz for, on one day; two
    # weeks later Wendler comes round (for, conditional): his reversal, not a softening of Hainz's
    rows = [said_by("a", 1, "Lukas Wendler", "against", "absolute", "2025-03-04", 100),
            said_by("a", 2, "Petra Hainz", "favor", "firm", "2025-03-04", 500),
            said_by("b", 3, "Lukas Wendler", "favor", "conditional", "2025-03-18", 100)]
    corpus = Corpus.from_rows(rows, gaz)
    assert {c.holder.name for c in corpus.claims} == {"Germany"}
    assert [(s.kind, s.before.speaker, s.after.speaker) for s in corpus.shifts()] == [
        ("reversal", "Lukas Wendler", "Lukas Wendler")]


def test_a_new_voice_is_compared_with_the_position_before_it(gaz):
    rows = [said_by("a", 1, "Lukas Wendler", "favor", "firm", "2019-03-04", 100),
            said_by("b", 2, "Petra Hainz", "favor", "absolute", "2024-09-06", 100)]
    corpus = Corpus.from_rows(rows, gaz)
    assert [(s.kind, s.before.speaker, s.after.speaker) for s in corpus.shifts()] == [
        ("hardening", "Lukas Wendler", "Petra Hainz")]
