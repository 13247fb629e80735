"""The gold-format reader, on the real seed examples in ../shared/examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.evaluation.errors import EvaluationError
from wirecoder.evaluation.gold import load_seed_gold

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT.parent / "shared" / "examples"
SAMPLES = ROOT / "samples"

def needs_examples(f):  # the gold examples ship in ../shared; a missing folder must fail
    return f


@needs_examples
def test_seed_gold_has_fifteen_quotes():
    dataset = load_seed_gold(EXAMPLES, SAMPLES)
    assert dataset.name == "seeds"
    assert [d.name for d in dataset.documents] == ["000_da1156ca9ab1c740", "004_7a3b9df1f04b9edf"]
    raw = [json.loads((EXAMPLES / f"{d.name}.gold.json").read_text(encoding="utf-8")) for d in dataset.documents]
    assert [len(d.quotes) for d in dataset.documents] == [len(r["quotes"]) for r in raw]
    assert dataset.kind_counts() == {"direct": 6, "indirect": 8, "mixed": 1}
    first = dataset.documents[0].quotes[0]
    assert (first.kind, first.speaker_mention, first.speaker_name) == (
        "indirect",
        "Serbian President Aleksandar Vucic",
        "Aleksandar Vucic",
    )


@needs_examples
def test_date_marker_is_stripped_as_the_reader_does():
    dataset = load_seed_gold(EXAMPLES, SAMPLES)
    text = dataset.documents[1].text
    assert (SAMPLES / "004_7a3b9df1f04b9edf.txt").read_text(encoding="utf-8").lstrip().startswith("date")
    assert text.startswith("BELGRADE, September 6. /TASS/.")
    for quote in dataset.documents[1].quotes:
        assert quote.content in text


def write(tmp_path: Path, gold: dict, text: str = "Ana said we will win.") -> Path:
    (tmp_path / "x.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_text_beside_the_gold_file_is_used(tmp_path):
    quote = {"kind": "indirect", "content": "we will win", "cue": "said", "speaker_mention": "Ana", "speaker": "Ana"}
    (doc,) = load_seed_gold(write(tmp_path, {"quotes": [quote]})).documents
    assert doc.text == "Ana said we will win."
    assert doc.quotes[0].content == "we will win"


def test_gold_that_does_not_quote_the_text_is_refused(tmp_path):
    quote = {"kind": "indirect", "content": "we shall win", "cue": "said", "speaker_mention": "Ana"}
    with pytest.raises(EvaluationError, match="x.gold.json: quote 0: content 'we shall win'"):
        load_seed_gold(write(tmp_path, {"quotes": [quote]}))


def test_bad_kind_and_missing_text_are_refused(tmp_path):
    with pytest.raises(EvaluationError, match="quote 0"):
        load_seed_gold(write(tmp_path, {"quotes": [{"kind": "reported", "content": "we will win"}]}))
    (tmp_path / "x.txt").unlink()
    with pytest.raises(EvaluationError, match="no article text x.txt"):
        load_seed_gold(tmp_path)
    with pytest.raises(EvaluationError, match="no \\*.gold.json"):
        load_seed_gold(tmp_path / "nowhere")
