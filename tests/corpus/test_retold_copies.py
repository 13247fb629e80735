"""Copies and paraphrased keys across outlets, on small stores filled by the real pipeline.

Each store holds two short wire stories (written for these tests) that the real pipeline
analyses and the real SQLite store keeps; the corpus is read back as ``wirecoder positions``,
``shifts`` and ``timeline`` read it (:meth:`Corpus.load`, paraphrased keys merged with the
shipped embeddings).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.corpus.keymatch import KeyMatcher, same_object
from wirecoder.corpus.positions import Corpus
from wirecoder.readers.text import article_from_text
from wirecoder.store.sqlite import Store

# AFP carries the minister's whole quote; Reuters cuts it after its first sentence and rejoins
# "not today, not ever" to it. Reuters' lead says something else (giving up the garrison too).
AFP_WHOLE = (
    " date 2025-03-04 VALPARAISO (AFP) - Chile will never withdraw from Snipe Island, Defence "
    "Minister Rosa Ibarrola said on Tuesday, a day after Argentine navy vessels sailed within a "
    "mile of the Chilean post there.\n\n"
    "\"We will not withdraw from Snipe Island. Not today, not ever. The garrison will stay where "
    "it is,\" Ibarrola told a news conference in Valparaiso.\n\n"
    "Argentina's Foreign Ministry said the vessels had been on a routine patrol in international "
    "waters.\n"
)
REUTERS_TRIMMED = (
    " date 2025-03-04 SANTIAGO (Reuters) - Chile will never give up Snipe Island or the garrison "
    "stationed there, Chilean Defence Minister Rosa Ibarrola said on Tuesday, rejecting a call "
    "from Buenos Aires to dismantle the small post on the disputed island.\n\n"
    "\"We will not withdraw from Snipe Island, not today and not ever,\" Ibarrola told reporters "
    "in Santiago.\n"
)
# One quote word for word in both; the two leads word the claim apart ("withdraw from" /
# "abandon ... despite the Argentine demands": shingle Jaccard 0.3).
AFP_LEAD = (
    " date 2025-03-04 VALPARAISO (AFP) - Chile will never withdraw from Snipe Island, Defence "
    "Minister Rosa Ibarrola said on Tuesday, a day after Argentine navy vessels sailed within a "
    "mile of the Chilean post there.\n\n"
    "\"We will not withdraw from Snipe Island, not today and not ever,\" Ibarrola told a news "
    "conference in Valparaiso.\n"
)
REUTERS_LEAD = (
    " date 2025-03-04 SANTIAGO (Reuters) - Chile will never abandon Snipe Island despite the "
    "Argentine demands, Chilean Defence Minister Rosa Ibarrola said on Tuesday, rejecting a call "
    "from Buenos Aires to dismantle the small garrison on the disputed island.\n\n"
    "\"We will not withdraw from Snipe Island, not today and not ever,\" Ibarrola told reporters "
    "in Santiago.\n\n"
    "Opposition senator Marta Quiroga said Chile would never abandon Snipe Island either.\n"
)
# A reversal over seven months, the later statement naming its object more fully.
MARCH = (
    " date 2025-03-11 SANTIAGO (Reuters) - Chile will extend its grain export quota, Agriculture "
    "Minister Tomas Lindqvist said on Tuesday, after a record harvest in the south.\n\n"
    "\"The harvest allows it, and our farmers need the markets,\" Lindqvist told reporters.\n"
)
OCTOBER = (
    " date 2025-10-14 SANTIAGO (AP) \u2014 Chile will not extend its grain export quota for the "
    "coastal cooperatives, Agriculture Minister Tomas Lindqvist said on Tuesday, citing a drought "
    "that has cut the harvest by a third.\n\n"
    "Farm groups said the decision would cost thousands of jobs.\n"
)
# Two outlets word one claim apart: an inflection ("requires"/"requiring") and quantifiers
# ("a ... more" / "any ... further") differ; the same quote does not appear in both.
REUTERS_LOAN = (
    " date 2025-03-03 ATHENS (Reuters) - Greek Prime Minister Nikos Andrianakis said on Monday "
    "that Greece would not accept a loan agreement that requires more pension cuts.\n\n"
    "Finance Minister Eleni Vassou said talks would resume next week.\n"
)
AP_LOAN = (
    " date 2025-03-04 ATHENS (AP) \u2014 Greek Prime Minister Nikos Andrianakis said Greece would "
    "not accept any loan agreement requiring further pension cuts.\n\n"
    "Pensioners marched through the capital on Tuesday.\n"
)


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline()


def _corpus(pipeline, tmp_path: Path, stories: dict[str, str]) -> Corpus:
    articles = [article_from_text(text, name) for name, text in stories.items()]
    with Store(tmp_path / "stories.db") as store:
        for analysis in pipeline.analyze_many(articles):
            store.put(analysis)
    with Store(tmp_path / "stories.db") as store:
        return Corpus.load(store, pipeline.gazetteer)


def _of(corpus: Corpus, source: str, key: str | None = None) -> list:
    return [c for c in corpus.claims
            if c.row.source == source and (key is None or c.row.proposition_key == key)]


def test_a_quote_the_second_outlet_trimmed_is_counted_once_under_the_first(pipeline, tmp_path):
    corpus = _corpus(pipeline, tmp_path, {"afp.txt": AFP_WHOLE, "reuters.txt": REUTERS_TRIMMED})
    (trimmed,) = [r for c in corpus.claims for r in c.rows
                  if r.source == "reuters.txt" and r.quote_text.startswith("We will not")]
    holders = [c for c in corpus.claims if trimmed in c.copies]
    assert [c.row.source for c in holders] == ["afp.txt"]
    assert holders[0].row.proposition_key == trimmed.proposition_key
    assert _of(corpus, "reuters.txt", trimmed.proposition_key) == []
    # Reuters' own lead (the garrison too) is its own claim
    assert len(_of(corpus, "reuters.txt")) == 1


def test_a_lead_worded_apart_is_a_copy_of_the_story_it_retells(pipeline, tmp_path):
    corpus = _corpus(pipeline, tmp_path, {"afp.txt": AFP_LEAD, "reuters.txt": REUTERS_LEAD})
    minister = [c for c in corpus.select(actor="Rosa Ibarrola")]
    assert {c.row.source for c in minister} == {"afp.txt"}
    copied = sorted(r.quote_text for c in minister for r in c.copies)
    assert len(copied) == 2 and copied[0].startswith("Chile will never abandon")
    (position,) = corpus.positions(actor="Rosa Ibarrola")
    assert (position.articles, position.copies, len(position.claims)) == (2, 2, 2)
    # the senator says the same in the same story, but she is not the minister: her own claim
    (senator,) = corpus.select(actor="Marta Quiroga")
    assert senator.row.source == "reuters.txt" and senator.copies == ()


def test_an_object_said_more_fully_later_is_one_position_and_its_reversal_shows(pipeline, tmp_path):
    corpus = _corpus(pipeline, tmp_path, {"march.txt": MARCH, "october.txt": OCTOBER})
    (position,) = corpus.positions(actor="Tomas Lindqvist")
    assert [c.row.source for c in position.claims] == ["march.txt", "october.txt"]
    (shift,) = corpus.shifts(actor="Tomas Lindqvist")
    assert shift.kind == "reversal" and shift.after.row.source == "october.txt"


def test_one_claim_worded_apart_by_two_outlets_is_one_position_with_both(pipeline, tmp_path):
    corpus = _corpus(pipeline, tmp_path, {"reuters.txt": REUTERS_LOAN, "ap.txt": AP_LOAN})
    (position,) = corpus.positions(actor="Nikos Andrianakis")
    assert sorted(c.row.source for c in position.claims) == ["ap.txt", "reuters.txt"]
    assert position.stance == "against"


def test_objects_are_one_only_when_one_says_the_other_more_fully():
    assert same_object("cease_fire", "cease_fire_eln_beyond_expiry")
    # lemmas, quantifiers and determiners aside, and words run together
    assert same_object("loan_agreement_requires_more_pension_cuts",
                       "loan_agreement_requiring_further_pension_cuts")
    assert same_object("euro_zone", "eurozone")
    assert not same_object("new_sanctions", "its")
    assert same_object(None, None) and not same_object(None, "cease_fire")
    assert not same_object("rafah_crossing", "kerem_shalom_crossing")
    assert not same_object("RUS", "BLR") and not same_object("RUS", "RUS+BLR")
    assert not same_object("European_Union", "European_Union_2028")
    assert same_object("European_Union", "european_union")


def test_two_fuller_objects_never_meet_through_a_shorter_one():
    from wirecoder.corpus.embeddings import Embedder

    matcher = KeyMatcher(Embedder())
    names = matcher.canonical([
        ("close:crossing", "Egypt closes the crossing"),
        ("close:rafah_crossing", "Egypt closes the Rafah crossing"),
        ("close:kerem_shalom_crossing", "Egypt closes the Kerem Shalom crossing"),
        ("extend:truce", "Chile extends the truce"),
        ("extend:truce_rebel", "Chile extends the truce with the rebels"),
        ("impose_sanctions:RUS", "Serbia imposes sanctions on Russia"),
        ("impose_sanctions:BLR", "Serbia imposes sanctions on Belarus"),
    ])
    assert names["close:rafah_crossing"] != names["close:kerem_shalom_crossing"]
    assert names["impose_sanctions:RUS"] != names["impose_sanctions:BLR"]
    assert names["extend:truce"] == names["extend:truce_rebel"]
