"""One speaker across the holders they are read under (wirecoder.corpus.positions): a central
banker's "we" is read as his country one day and his own word the next, yet his move is his
shift; and a story that restates a position beside a weaker wording of it moves no hedge.
Real embedder, real Corpus; statements written here."""

from __future__ import annotations

import pytest

from wirecoder.corpus.positions import Corpus, voice_positions
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.store.sqlite import StoredStatement


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def said(article: str, n: int, text: str, key: str, obj: str, stance: str, hedge: str,
         date: str, *, subject: str, speaker: str = "Tomas Larraguibel",
         country: str | None = "CHL") -> StoredStatement:
    """A statement by ``speaker`` (a person of ``country``) whose subject is ``subject``: the
    speaker's own country makes it the country's position, anything else the speaker's."""
    return StoredStatement(
        article_id=article, statement_id=f"s{n}", quote_id=f"q{n}", holder_entity="e1",
        holder_name=speaker, holder_type="PERSON", holder_country=country, speaker_name=speaker,
        speaker_mention=speaker.split()[-1], subject=subject, predicate=key.partition(":")[0],
        object=obj, proposition_text=text, proposition_key=key, stance=stance, hedge=hedge,
        date=date, date_source="published", evidence_start=10 * n, evidence_end=10 * n + 5,
        evidence_text=f"{article} {n}", quote_text=f"{article} quote {n}: {text}",
        outlet="Reuters", source=f"{article}.txt", published=date)


# "We may raise rates" (held as Chile: "we" is his country) in January; "The Central Bank of
# Chile will raise its benchmark policy rate" (held as himself: the bank is not Chile) in February
MAY_RAISE = said("a", 1, "Chile raises rates", "raise:rates", "rates", "favor", "uncertain",
                 "2025-01-09", subject="Chile")
WILL_RAISE = said("b", 2, "The Central Bank of Chile raises its benchmark policy rate",
                  "raise:benchmark_policy_rate", "its benchmark policy rate", "favor", "firm",
                  "2025-02-06", subject="The Central Bank of Chile")


def test_one_speaker_read_under_two_holders_hardens_across_them(gaz):
    corpus = Corpus.from_rows([MAY_RAISE, WILL_RAISE], gaz)
    assert sorted(c.holder.key for c in corpus.claims) == ["country:CHL",
                                                           "person:tomas larraguibel"]
    assert len({c.row.proposition_key for c in corpus.claims}) == 1  # his keys merged
    (shift,) = corpus.shifts(actor="Tomas Larraguibel")
    assert (shift.kind, shift.before.row.hedge, shift.after.row.hedge) == (
        "hardening", "uncertain", "firm")
    assert shift.position.holder.key == "person:tomas larraguibel"
    assert (shift.before.holder.key, shift.after.holder.key) == ("country:CHL",
                                                                "person:tomas larraguibel")


def test_without_embeddings_the_keys_stay_apart_and_no_shift_is_made(gaz):
    corpus = Corpus.from_rows([MAY_RAISE, WILL_RAISE], gaz, embeddings=False)
    assert len({c.row.proposition_key for c in corpus.claims}) == 2
    assert corpus.shifts() == []


def test_two_speakers_under_two_holders_make_no_shift_between_them(gaz):
    # a colleague's firm word, held as herself, is no hardening of his "may" held as Chile
    other = said("b", 2, "The central bank raises rates", "raise:rates", "rates", "favor",
                 "firm", "2025-02-06", subject="The central bank", speaker="Ines Aravena")
    corpus = Corpus.from_rows([MAY_RAISE, other], gaz)
    assert corpus.shifts() == []
    assert voice_positions(corpus.claims) == []


def test_a_sibling_object_of_the_same_speaker_is_not_merged_across_holders(gaz):
    # his "copper royalty" (held as Chile) and "lithium royalty" (held as himself): each adds its
    # own word, so two objects, however alike they read, and no reversal between them
    copper = said("a", 1, "Chile raises the copper royalty", "raise:copper_royalty",
                  "the copper royalty", "against", "firm", "2025-01-09", subject="Chile")
    lithium = said("b", 2, "Chile's mining ministry raises the lithium royalty",
                   "raise:lithium_royalty", "the lithium royalty", "favor", "firm", "2025-02-06",
                   subject="Chile's mining ministry")
    corpus = Corpus.from_rows([copper, lithium], gaz)
    assert len({c.row.proposition_key for c in corpus.claims}) == 2
    assert corpus.shifts() == []


def test_by_country_the_speaker_is_rolled_up_and_shifts_once(gaz):
    corpus = Corpus.from_rows([MAY_RAISE, WILL_RAISE], gaz)
    assert [s.kind for s in corpus.shifts(by="country")] == ["hardening"]


def sale(article: str, n: int, hedge: str, date: str) -> StoredStatement:
    return said(article, n, "Chile sells the state copper mine", "sell:state_copper_mine",
                "the state copper mine", "against", hedge, date, subject="Chile")


def test_a_position_restated_beside_a_weaker_wording_is_no_softening(gaz):
    # January: "will never sell the mine"; May: "will never sell it" again, and "it stays ours"
    # (firm) in the same story: one position said twice
    rows = [sale("a", 1, "absolute", "2025-01-09"), sale("b", 2, "absolute", "2025-05-20"),
            sale("b", 3, "firm", "2025-05-20")]
    assert Corpus.from_rows(rows, gaz).shifts() == []


def test_a_weaker_wording_alone_is_still_a_softening(gaz):
    rows = [sale("a", 1, "absolute", "2025-01-09"), sale("b", 3, "firm", "2025-05-20")]
    assert [s.kind for s in Corpus.from_rows(rows, gaz).shifts()] == ["softening"]


def test_a_restatement_by_another_voice_does_not_hide_a_softening(gaz):
    # his colleague repeats "never" the same day; his own word moved to firm
    rows = [sale("a", 1, "absolute", "2025-01-09"),
            said("b", 2, "Chile sells the state copper mine", "sell:state_copper_mine",
                 "the state copper mine", "against", "absolute", "2025-05-20", subject="Chile",
                 speaker="Ines Aravena"),
            sale("b", 3, "firm", "2025-05-20")]
    assert [s.kind for s in Corpus.from_rows(rows, gaz).shifts()] == ["softening"]
