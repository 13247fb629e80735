"""The MEANTIME loader and time scorer (wirecoder.evaluation.meantime), and the floors on the
real corpus (../shared/data/time/meantime_en, CC BY 4.0; skipped when it is absent)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from wirecoder.evaluation.errors import EvaluationError
from wirecoder.evaluation.meantime import (
    DEFAULT_ROOT,
    GoldTimex,
    MeantimeDocument,
    Predicted,
    add_parser,
    dateparser_predictor,
    detokenize,
    load_meantime,
    read_meantime_file,
    run_time_eval,
    score_times,
    wirecoder_predictor,
)

ROOT = Path(__file__).resolve().parents[2]
MEANTIME = (ROOT / DEFAULT_ROOT).resolve()

# Title, DCT line and six body sentences; sentence 6 lies beyond what MEANTIME annotates.
_SENTENCES = [
    ["Chrysler", "files", "for", "bankruptcy"],
    ["May", "14", ",", "2009"],
    ["The", "firm", "said", "on", "Thursday", "it", "will", "close", "plants", "by", "early", "June", "."],
    ["It", "has", "``", "no", "choice", "''", ",", "its", "chief", "said", "for", "three", "years", "."],
    ["Sales", "fell", "(", "$", "5", "million", ")", "."],
    ["Nothing", "else", "."],
    ["Really", "nothing", "."],
    ["The", "plant", "shut", "in", "2008", "."],
]


def _cat_xml(sentences=_SENTENCES, creation_flag=True) -> str:
    tokens, tid = [], 0
    ids: dict[tuple[int, int], int] = {}
    for s, sent in enumerate(sentences):
        for n, tok in enumerate(sent):
            tid += 1
            ids[(s, n)] = tid
            text = tok.replace("&", "&amp;").replace("<", "&lt;")
            tokens.append(f'<token number="{tid - 1}" sentence="{s}" t_id="{tid}">{text}</token>')

    def timex(m_id, type_, value, anchors, function="NONE", anchor_time=""):
        inner = "".join(f'<token_anchor t_id="{ids[a]}"/>' for a in anchors)
        return (f'<TIMEX3 anchorTimeID="{anchor_time}" functionInDocument="{function}" m_id="{m_id}" '
                f'type="{type_}" value="{value}">{inner}</TIMEX3>')

    marks = [
        timex(1, "DATE", "2009-05-14", [(1, 0), (1, 1), (1, 2), (1, 3)],
              "CREATION_TIME" if creation_flag else "NONE"),
        timex(2, "DATE", "2009-05-14", [(2, 4)], anchor_time="1"),
        timex(3, "DATE", "2009-06", [(2, 10), (2, 11)], anchor_time="1"),
        timex(4, "DURATION", "P3Y", [(3, 11), (3, 12)]),
        timex(5, "DATE", "2009-05-15", []),  # implicit: no words
    ]
    return ('<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en">' + "".join(tokens)
            + "<Markables>" + "".join(marks) + "</Markables></Document>")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "meantime_en" / "intra-doc_annotation" / "corpus_test"
    folder.mkdir(parents=True)
    (folder / "1_Chrysler.xml").write_text(_cat_xml(), encoding="utf-8")
    return tmp_path / "meantime_en"


def test_detokenize_keeps_offsets():
    text, offsets = detokenize([["He", "said", "``", "no", "''", "(", "$", "5", ")", "."], ["Next", "."]])
    assert text == "He said “no” ($5).\nNext."
    assert [text[a:b] for a, b in offsets[0]] == ["He", "said", "“", "no", "”", "(", "$", "5", ")", "."]
    assert [text[a:b] for a, b in offsets[1]] == ["Next", "."]


def test_read_meantime_file(corpus):
    (doc,) = load_meantime(corpus)
    assert doc.dct == "2009-05-14"
    assert doc.text.splitlines()[1] == "May 14, 2009"
    assert [(t.text, t.type, t.value, t.dct) for t in doc.timexes] == [
        ("May 14, 2009", "DATE", "2009-05-14", True),
        ("Thursday", "DATE", "2009-05-14", False),
        ("early June", "DATE", "2009-06", False),
        ("three years", "DURATION", "P3Y", False),
    ]
    assert doc.text[: doc.annotated_end].endswith("Nothing else.")
    assert "2008" not in doc.text[: doc.annotated_end]


def test_creation_time_without_its_flag(tmp_path):
    path = tmp_path / "doc.xml"
    path.write_text(_cat_xml(creation_flag=False), encoding="utf-8")
    doc = read_meantime_file(path)
    assert doc.dct == "2009-05-14" and [t.text for t in doc.timexes if t.dct] == ["May 14, 2009"]


def test_missing_corpus_says_what_to_do(tmp_path):
    with pytest.raises(EvaluationError, match="--meantime"):
        load_meantime(tmp_path)
    bad = tmp_path / "bad.xml"
    bad.write_text("<Document", encoding="utf-8")
    with pytest.raises(EvaluationError, match="bad.xml"):
        read_meantime_file(bad)


def _doc(text: str, timexes, annotated_end=None) -> MeantimeDocument:
    gold = []
    for part, type_, value, dct in timexes:
        start = text.index(part)
        gold.append(GoldTimex(start, start + len(part), part, type_, value, dct))
    return MeantimeDocument("d", text, "2009-05-14", tuple(gold), annotated_end or len(text))


def _pred(text: str, part: str, type_="DATE", value=None, occurrence=0) -> Predicted:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Predicted(start, start + len(part), type_, value)


def test_scorer_strict_relaxed_and_values():
    text = ("Title\nMay 14, 2009\nOn Thursday it said it would close by early June. "
            "It rose for three years. Tail 2008.")
    doc = _doc(text, [("May 14, 2009", "DATE", "2009-05-14", True),
                      ("Thursday", "DATE", "2009-05-14", False),
                      ("early June", "DATE", "2009-06", False),
                      ("three years", "DURATION", "P3Y", False)],
               annotated_end=text.index("Tail"))
    preds = [
        _pred(text, "May 14, 2009", value="2009-05-14"),  # the DCT: left out
        _pred(text, "On Thursday", value="2009-05-14"),  # relaxed only, value right
        _pred(text, "June", value="2008-06"),  # relaxed only, value wrong
        _pred(text, "three years", value=None),  # a DATE over a gold DURATION: left out
        _pred(text, "it said", value="2009"),  # spurious
        _pred(text, "2008", value="2008"),  # beyond the annotated sentences: left out
    ]
    s = score_times([doc], [preds])
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (0, 3, 2)
    assert (s.relaxed.tp, s.relaxed.fp, s.relaxed.fn) == (2, 1, 0)
    assert (s.value_correct, s.value_total) == (1, 2)
    assert (s.all_types_relaxed.tp, s.all_types_relaxed.fp, s.all_types_relaxed.fn) == (3, 1, 0)
    exact = score_times([doc], [[_pred(text, "Thursday", value="2009-05-14")]])
    assert (exact.strict.tp, exact.strict.fn, exact.relaxed.f1) == (1, 1, pytest.approx(2 / 3))


def test_relaxed_matching_is_one_to_one():
    text = "x\nMay 14, 2009\nFriday evening and Friday."
    doc = _doc(text, [("Friday evening", "DATE", "2009-05-08", False)])
    s = score_times([doc], [[_pred(text, "Friday"), _pred(text, "evening")]])
    assert (s.relaxed.tp, s.relaxed.fp, s.relaxed.fn) == (1, 1, 0)


def test_systems_on_a_small_corpus(corpus, nlp):
    docs = load_meantime(corpus)
    (wc,) = wirecoder_predictor(nlp)(docs)
    assert {(docs[0].text[p.start:p.end], p.value) for p in wc} >= {
        ("Thursday", "2009-05-14"), ("early June", "2009-06")}
    (dp,) = dateparser_predictor()(docs)
    assert all(docs[0].text[p.start:p.end] for p in dp)


def test_cli_parser_and_json_run(corpus):
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="task"), "times")
    args = parser.parse_args(["times", "--meantime", str(corpus), "--systems", "wirecoder", "--json"])
    assert args.systems == ("wirecoder",)
    out, log = io.StringIO(), io.StringIO()
    assert run_time_eval(args.meantime, args.systems, as_json=True, out=out, log=log) == 0
    payload = json.loads(out.getvalue())
    assert payload["articles"] == 1
    assert payload["systems"]["wirecoder"]["date_relaxed"]["tp"] == 2
    with pytest.raises(SystemExit):
        parser.parse_args(["times", "--systems", "heideltime"])


@pytest.mark.slow
def test_meantime_floors(nlp):
    """Acceptance floors, never lowered silently: DATE relaxed span F1 and value accuracy >= 0.90,
    ahead of dateparser measured by the same scorer in the same run."""
    docs = load_meantime(MEANTIME)
    ours = score_times(docs, wirecoder_predictor(nlp)(docs))
    theirs = score_times(docs, dateparser_predictor()(docs))
    assert ours.relaxed.f1 >= 0.90 and ours.value_accuracy >= 0.90
    assert ours.strict.f1 >= 0.87
    assert ours.relaxed.f1 > theirs.relaxed.f1 and ours.value_accuracy > theirs.value_accuracy
    assert ours.strict.f1 > theirs.strict.f1
