"""Fuzzing every reader and ``analyze()``: hostile text, bytes in arbitrary encodings, feeds,
HTML and JSON Lines with odd fields. Nothing may raise but wirecoder's own errors, no failure
may be a bug ("please report this as a bug"), and every span of every record must select its
text. Sized for CI; ``bench/fuzz.py`` runs the same generators over 10,000+ inputs.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import fuzz_inputs as gen
from wirecoder.article import Article
from wirecoder.errors import SpanError, WirecoderError
from wirecoder.analysis import load_pipeline
from wirecoder.readers import Failure, read_paths
from wirecoder.records import Analysis

BUG = "report this as a bug"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck),
                derandomize=True, phases=[Phase.explicit, Phase.generate])
"""Derandomized (the same examples on every CI run) and without shrinking, which can take
minutes on a pipeline; ``bench/fuzz.py --case N`` gives small reproductions."""


class _Quiet:
    """The pipeline under a short repr (hypothesis prints the arguments of a failing example)."""

    def __init__(self, pipeline) -> None:
        self.analyze, self.analyze_many = pipeline.analyze, pipeline.analyze_many

    def __repr__(self) -> str:
        return "<pipeline>"


@pytest.fixture(scope="module")
def pipeline():
    return _Quiet(load_pipeline())


def spans(value, path="$"):
    """Every ``{start, end, text}`` in a record's dict, with where it is."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield path, value
        for key, inner in value.items():
            yield from spans(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from spans(inner, f"{path}[{i}]")


def check_analysis(result: Analysis) -> None:
    record = result.to_dict()
    text = record["article"]["text"]
    for path, span in spans({k: v for k, v in record.items() if k != "article"}):
        assert text[span["start"]:span["end"]] == span["text"], path
    dateline = record["article"].get("dateline")
    if dateline:
        assert text[dateline["start"]:dateline["end"]] == dateline["text"]


def check_items(items, pipeline) -> None:
    articles = []
    for item in items:
        assert isinstance(item, (Article, Failure)), item
        if isinstance(item, Failure):
            assert BUG not in item.reason, item.message
        else:
            articles.append(item)
    for result in pipeline.analyze_many(articles):
        if isinstance(result, Failure):
            assert BUG not in result.reason, result.message
        else:
            check_analysis(result)


def read_file_of(name: str, data: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(os.fsencode(folder), os.fsencode(name))
        with open(path, "wb") as out:
            out.write(data)
        return list(read_paths([folder]))


def analyse(pipeline, article: Article) -> None:
    try:
        result = pipeline.analyze(article)
    except SpanError:
        raise
    except WirecoderError as err:  # an article refused with a message is fine; a bug is not
        assert BUG not in str(err), str(err)
        return
    check_analysis(result)


# ------------------------------------------------------------------------------ analyze()

ALPHABET = st.sampled_from(gen.WORDS + gen.CUES + gen.QUOTES + gen.ODD + gen.RELATIVE + [" ", ".", ", ", "\n"])
HOSTILE_TEXT = st.lists(st.one_of(ALPHABET, st.characters()), min_size=1, max_size=80).map("".join)


@FUZZ
@given(HOSTILE_TEXT, st.sampled_from([None, "2019-04-20", "0001-01-01", "9999-12-31"]))
def test_analyze_hostile_text(pipeline, text, published):
    analyse(pipeline, Article(text=text, published=published))


@FUZZ
@given(st.randoms(use_true_random=False))
def test_analyze_generated_articles(pipeline, rng):
    analyse(pipeline, Article(text=gen.article_text(rng), published=rng.choice([None, *gen.DATES[:3]])))


def test_analyze_defect_8_text(pipeline):
    text = ("said  \U000ab25d\U0002bc5a\U000dfa35\U00073ebb\u2018tions Preentcic that that "
            "\U0007c41csaid \u202e\u244f\u2028\u23fbthat never \u201ewe not")
    analyse(pipeline, Article(text=text))


# ------------------------------------------------------------------------------ readers


@FUZZ
@given(st.randoms(use_true_random=False))
def test_read_any_file(pipeline, rng):
    check_items(read_file_of(*gen.input_file(rng)), pipeline)


@FUZZ
@given(st.randoms(use_true_random=False))
def test_read_text_in_any_encoding(pipeline, rng):
    check_items(read_file_of("a.txt", gen.encode(rng, gen.article_text(rng))), pipeline)


@FUZZ
@given(st.randoms(use_true_random=False))
def test_read_html(pipeline, rng):
    check_items(read_file_of("a.html", gen.encode(rng, gen.html_page(rng))), pipeline)


@FUZZ
@given(st.randoms(use_true_random=False))
def test_read_feed(pipeline, rng):
    check_items(read_file_of("a.xml", gen.feed(rng).encode("utf-8", "surrogatepass")), pipeline)


@FUZZ
@given(st.randoms(use_true_random=False))
def test_read_jsonl(pipeline, rng):
    check_items(read_file_of("a.jsonl", gen.jsonl(rng)), pipeline)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".xml", ".jsonl", ""]))
def test_read_arbitrary_bytes(pipeline, data, extension):
    check_items(read_file_of("a" + extension, data), pipeline)
