"""Data sets, predicted-quote conversion, and the run over systems."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from wirecoder.evaluation import cli
from wirecoder.evaluation.errors import EvaluationError
from wirecoder.evaluation.gold import Dataset, GoldDocument
from wirecoder.evaluation.quotes import (
    DataPaths,
    compare_systems,
    evaluate_quotes,
    load_dataset,
    run_quote_eval,
    to_eval_quote,
    wirecoder_predictor,
)
from wirecoder.evaluation.report import render_table
from wirecoder.evaluation.scoring import EvalQuote
from wirecoder.records import Quote, Speaker
from wirecoder.spans import span_at

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT.parent / "shared" / "examples"
TEXT = 'Ana Reyes said: "We will win the vote." Critics said she would lose.'


def contract_quote(kind: str, content: str, mention: str | None) -> dict:
    c = span_at(TEXT, TEXT.index(content), TEXT.index(content) + len(content))
    m = span_at(TEXT, TEXT.index(mention), TEXT.index(mention) + len(mention)) if mention else None
    return Quote("q", kind, c, None, Speaker(m, None, mention)).to_dict()  # type: ignore[arg-type]


DATASET = Dataset(
    "tiny",
    (
        GoldDocument(
            "a",
            TEXT,
            (
                EvalQuote("direct", "We will win the vote.", "Ana Reyes", "Ana Reyes", ((0, 9),)),
                EvalQuote("indirect", "she would lose", "Critics", None, ((40, 47),)),
            ),
        ),
    ),
)


def test_to_eval_quote_takes_dicts_records_and_eval_quotes():
    d = contract_quote("direct", '"We will win the vote."', "Ana Reyes")
    q = to_eval_quote(d)
    assert q == EvalQuote("direct", '"We will win the vote."', "Ana Reyes", "Ana Reyes", ((0, 9),))
    record = Quote("q", "indirect", span_at(TEXT, 0, 3), None, Speaker(None, None, None))
    assert to_eval_quote(record) == EvalQuote("indirect", "Ana")
    assert to_eval_quote(q) is q
    with pytest.raises(EvaluationError, match="JSON contract"):
        to_eval_quote({"kind": "direct"})


def test_evaluate_quotes_with_a_plain_predictor():
    def predict(text: str) -> list[dict]:
        assert text == TEXT
        return [contract_quote("direct", '"We will win the vote."', "Ana Reyes")]

    s = evaluate_quotes(DATASET, predict)
    assert (s.overlap.all.tp, s.overlap.all.fn, s.exact.direct.tp) == (1, 1, 1)
    assert s.speaker_mention.value == s.speaker_name.value == 1.0
    both = compare_systems(DATASET, {"one": predict, "none": lambda text: []})
    assert both["none"].overlap.all.recall == 0.0
    table = render_table(DATASET, {**both, "broken": "not installed"})
    assert "overlap  direct" in table and "broken: not run: not installed" in table


def test_gold_echoed_back_scores_perfectly_on_the_seeds():
    dataset = load_dataset("seeds", DataPaths(examples=EXAMPLES, samples=ROOT / "samples"))
    gold = {d.text: d.quotes for d in dataset.documents}
    s = evaluate_quotes(dataset, lambda text: gold[text])
    assert s.gold == 15 and s.overlap.all.f1 == s.exact.all.f1 == 1.0
    assert s.speaker_name.value == 1.0


def test_unknown_or_unlocated_data_sets(monkeypatch):
    monkeypatch.delenv("WIRECODER_POLNEAR", raising=False)
    with pytest.raises(EvaluationError, match="WIRECODER_POLNEAR"):
        load_dataset("polnear:dev")
    with pytest.raises(EvaluationError, match="no data set"):
        load_dataset("polnear:valid")
    with pytest.raises(EvaluationError, match="--examples"):
        load_dataset("seeds")


def test_polnear_folder_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("WIRECODER_POLNEAR", str(tmp_path))
    with pytest.raises(EvaluationError, match=str(tmp_path)):
        load_dataset("polnear:dev")


def test_missing_quote_stage_is_reported(monkeypatch):
    monkeypatch.setitem(sys.modules, "wirecoder.stages.quotes.find", None)
    with pytest.raises(EvaluationError, match="quote stage is not built yet"):
        wirecoder_predictor(lambda text: text, None)


def test_run_reports_a_system_that_cannot_run(monkeypatch):
    monkeypatch.setitem(sys.modules, "textacy", None)
    monkeypatch.setitem(sys.modules, "textacy.extract", None)
    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)
    out, log = io.StringIO(), io.StringIO()
    paths = DataPaths(examples=EXAMPLES, samples=ROOT / "samples")
    code = run_quote_eval("seeds", paths, ("textacy",), as_json=True, out=out, log=log)
    assert code == 1
    assert "pip install 'wirecoder[eval]'" in log.getvalue()
    payload = json.loads(out.getvalue())
    assert payload["gold"] == {"direct": 6, "indirect": 8, "mixed": 1}
    assert "textacy" in payload["systems"]["textacy"]["error"]


def test_cli_parser():
    parser = argparse.ArgumentParser(prog="wirecoder")
    cli.add_parser(parser.add_subparsers(dest="command"), "eval")
    args = parser.parse_args(["eval", "quotes", "polnear:dev", "--polnear", "/x", "--systems", "textacy", "--json"])
    assert (args.dataset, args.polnear, args.systems, args.json) == ("polnear:dev", Path("/x"), ("textacy",), True)
    assert args.run is cli.run
    with pytest.raises(SystemExit):
        parser.parse_args(["eval", "quotes", "seeds", "--systems", "spacy"])
