"""Corpus-wide key merging (wirecoder.corpus.keymatch): "drop" undoes its object, so filing a
complaint and dropping it are never one proposition (they read alike: the embeddings alone
would merge them, and a later "will not drop it" read as a reversal of "will file it")."""

from __future__ import annotations

from wirecoder.corpus.embeddings import Embedder
from wirecoder.corpus.keymatch import KeyMatcher, polarity
from wirecoder.lexicon.gazetteer import load_gazetteer


def test_filing_and_dropping_a_complaint_do_not_merge():
    matcher = KeyMatcher(Embedder(), gazetteer=load_gazetteer())
    names = matcher.canonical([
        ("file:World_Trade_Organization", "Chile files a complaint at the World Trade Organization"),
        ("drop:World_Trade_Organization", "Chile drops its complaint at the World Trade Organization"),
    ])
    assert names["file:World_Trade_Organization"] != names["drop:World_Trade_Organization"]


def test_drop_reverses_and_two_reversals_cancel():
    assert polarity("drop the charges") == 1
    assert polarity("not drop the charges") == 0
    assert polarity("drop the ban") == 0
