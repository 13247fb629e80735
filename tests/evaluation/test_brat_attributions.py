"""The PolNeAR brat reader, on a tiny invented article (no PolNeAR data in the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.evaluation.errors import EvaluationError
from wirecoder.evaluation.brat_attributions import (
    kind_of,
    load_polnear,
    parse_ann,
    polnear_dataset,
    quoted_ranges,
    quoted_words,
)
from wirecoder.spans import Span

TEXT = (
    "The mayor said the bridge would reopen in May.\n"
    "\n"
    "“We are nearly done,” Ms. Lark told reporters. “The steel is in.”\n"
    "Critics called the plan “a fantasy” on Monday.\n"
    "Officials expect delays.\n"
    "Read more here."
)


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def t_line(tid: str, label: str, *parts: str) -> str:
    offsets = [at(TEXT, p) for p in parts]
    spans = ";".join(f"{s} {e}" for s, e in offsets)
    return f"{tid}\t{label} {spans}\t{' '.join(TEXT[s:e] for s, e in offsets)}"


ANN = "\n".join(
    [
        t_line("T1", "Source", "The mayor"),
        t_line("T2", "Cue", "said"),
        t_line("T3", "Content", "the bridge would reopen in May"),
        t_line("T4", "Attribution", "said"),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        # a discontinuous direct quote: two fragments around the cue
        t_line("T5", "Content", "We are nearly done,", "The steel is in."),
        t_line("T6", "Source", "Ms. Lark"),
        t_line("T7", "Cue", "told"),
        t_line("T8", "Attribution", "told"),
        "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
        t_line("T9", "Source", "Critics"),
        t_line("T10", "Cue", "called"),
        t_line("T11", "Content", "the plan"),
        t_line("T12", "Attribution", "called"),
        t_line("T13", "Content", "“a fantasy”"),
        "E3\tAttribution:T12 Cue:T10 Source:T9 Content:T11 Content2:T13",
        # no source named
        t_line("T14", "Cue", "expect"),
        t_line("T15", "Content", "delays"),
        t_line("T16", "Attribution-no-source", "expect"),
        "E4\tAttribution-no-source:T16 Content:T15 Cue:T14",
        # an attribution without content is left out and counted
        t_line("T17", "Attribution-no-source", "Officials"),
        "E5\tAttribution-no-source:T17 ",
        t_line("T18", "Discard", "Read more here."),
        "#1\tAnnotatorNotes T3\tIs May a date?",
        "a continuation line of a span text that held a line break",
        "",
    ]
)


def test_parse_ann_reads_every_part_of_an_attribution():
    attributions, incomplete = parse_ann(ANN, TEXT)
    assert incomplete == 1
    assert [a.id for a in attributions] == ["E1", "E2", "E3", "E4"]
    mayor, lark, critics, officials = attributions

    assert mayor.content_text == "the bridge would reopen in May"
    assert (mayor.cue_text, mayor.source_text, mayor.kind) == ("said", "The mayor", "indirect")
    assert mayor.source == (Span(*at(TEXT, "The mayor"), "The mayor"),)

    assert len(lark.content) == 2
    assert lark.content_text == "We are nearly done, The steel is in."
    assert all(TEXT[s.start : s.end] == s.text for s in lark.content)
    assert (lark.kind, lark.quoted_share) == ("direct", 1.0)

    assert critics.content_text == "the plan “a fantasy”"  # Content and Content2, in text order
    assert critics.kind == "mixed"

    assert officials.source == () and officials.source_text is None
    assert officials.cue_text == "expect"


def test_discontinuous_fragments_come_in_text_order():
    s1, e1 = at(TEXT, "The steel is in.")
    s2, e2 = at(TEXT, "We are nearly done,")
    ann = f"T1\tContent {s1} {e1};{s2} {e2}\tx\nT2\tAttribution {s1} {s1}\t\nE1\tAttribution:T2 Content:T1\n"
    (only,), _ = parse_ann(ann, TEXT)
    assert [f.text for f in only.content] == ["We are nearly done,", "The steel is in."]


def test_quoted_ranges():
    text = 'He said “yes” and "no".\n“An open quote runs on\n\'\'Times style,\'\' he wrote.'
    quoted = [text[s:e] for s, e in quoted_ranges(text)]
    assert quoted == ["yes", "no", "An open quote runs on", "Times style,"]


def test_kind_rule():
    assert kind_of(()) == "indirect"
    assert kind_of((False, False)) == "indirect"
    assert kind_of((True,) * 10) == "direct"
    assert kind_of((True,) * 5 + (False,) + (True,) * 5) == "direct"  # one stray word in 11
    assert kind_of((False,) + (True,) * 20) == "mixed"  # `that "..."`
    assert kind_of((True, False, False, True)) == "mixed"
    text = 'Trump called voters "stupid" again.'
    frag = (Span(*at(text, 'voters "stupid"'), 'voters "stupid"'),)
    assert quoted_words(frag, text) == (False, True)


def test_bad_annotations_raise_with_the_file_name():
    with pytest.raises(EvaluationError, match="x.ann.*T9"):
        parse_ann("E1\tAttribution:T1 Content:T9\nT1\tAttribution 0 3\tThe\n", TEXT, "x.ann")
    with pytest.raises(EvaluationError, match="outside"):
        parse_ann("T1\tContent 0 99999\tx\n", TEXT, "x.ann")


def write_corpus(root: Path) -> None:
    for split in ("dev",):
        (root / "data" / split / "text").mkdir(parents=True)
        (root / "data" / split / "attributions").mkdir(parents=True)
    folder = root / "data" / "dev"
    (folder / "text" / "b_article.txt").write_text(TEXT, encoding="utf-8")
    (folder / "attributions" / "b_article_5fec.ann").write_text(ANN, encoding="utf-8")
    (folder / "attributions" / "b_article_4e07.ann").write_text(
        "\n".join(ANN.split("\n")[:5]), encoding="utf-8"
    )
    (folder / "text" / "a_other.txt").write_text("Nobody said anything.", encoding="utf-8")
    (folder / "attributions" / "a_other_ef2d.ann").write_text("", encoding="utf-8")


def test_load_polnear_picks_the_first_annotator_file(tmp_path):
    write_corpus(tmp_path)
    articles = list(load_polnear(tmp_path, "dev"))
    assert [a.name for a in articles] == ["a_other", "b_article"]
    article = articles[1]
    assert (article.annotator, article.annotators) == ("4e07", ("4e07", "5fec"))
    assert [a.id for a in article.attributions] == ["E1"]
    assert article.text == TEXT
    assert articles[0].attributions == ()


def test_polnear_dataset_gives_gold_quotes_with_source_ranges(tmp_path):
    write_corpus(tmp_path)
    (tmp_path / "data" / "dev" / "attributions" / "b_article_4e07.ann").unlink()
    dataset = polnear_dataset(tmp_path, "dev")
    assert dataset.name == "polnear:dev"
    assert dataset.kind_counts() == {"direct": 1, "indirect": 2, "mixed": 1}
    lark = dataset.documents[1].quotes[1]
    assert lark.speaker_mention == "Ms. Lark"
    assert lark.mention_ranges == (at(TEXT, "Ms. Lark"),)
    assert lark.speaker_name is None


def test_missing_split_says_where_to_get_polnear(tmp_path):
    with pytest.raises(EvaluationError, match="networkdynamics/PolNeAR"):
        list(load_polnear(tmp_path, "dev"))
    with pytest.raises(EvaluationError, match="no split 'valid'"):
        list(load_polnear(tmp_path, "valid"))
