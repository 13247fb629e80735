"""The pipeline's guards: the per-article work budget and a stage bug failing one article only
(real spaCy pipeline)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wirecoder.analysis as pipeline_module
from wirecoder import Article
from wirecoder.config import Config
from wirecoder.analysis import estimate_tokens, load_pipeline, over_budget, parse_in_chunks
from wirecoder.readers import Failure
from wirecoder.records import Analysis, iter_spans

GOOD = "“We will never impose sanctions on Russia,” Serbian President Aleksandar Vucic said."


def _results(pipeline, texts):
    return list(pipeline.analyze_many(Article(text=t, source=f"a{n}") for n, t in enumerate(texts)))


def test_a_stage_that_raises_fails_its_article_and_the_batch_carries_on(monkeypatch):
    """Issue 9 item 7: an exception that is not a WirecoderError (here an IndexError injected into
    the real times stage for one article) becomes a Failure saying it is a bug."""
    real = pipeline_module.find_times

    def times_with_a_bug(doc, published):
        if "BOOM" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, published)

    monkeypatch.setattr(pipeline_module, "find_times", times_with_a_bug)
    results = _results(load_pipeline(), [GOOD, "BOOM. " + GOOD, GOOD, GOOD])
    assert [type(r) for r in results] == [Analysis, Failure, Analysis, Analysis]
    failure = results[1]
    assert failure.source == "a1"
    assert "IndexError: list index out of range" in failure.reason
    assert "bug" in failure.reason and "report" in failure.reason
    assert all(len(r.quotes) == 1 for r in results if isinstance(r, Analysis))


def test_a_symbol_run_is_refused_before_the_tokenizer():
    """Issue 8, defect 14: spaCy's tokenizer takes time quadratic in a run of "&" (500,000 took
    over ten minutes); such a text is refused at once, and the next article is analysed."""
    results = _results(load_pipeline(), ["Officials said " + "&" * 20_000 + " today.", GOOD])
    assert isinstance(results[0], Failure)
    assert "run of 20,000 punctuation or symbol characters" in results[0].reason
    assert isinstance(results[1], Analysis) and len(results[1].quotes) == 1


def test_real_text_passes_the_budget(seed_texts):
    url = ("See https://www.example.com/news/2024/09/06/" + "serbia-russia-sanctions-" * 40
           + "?utm_source=feed&utm_medium=rss&utm_campaign=x " + "=" * 80 + " and … !!! ?!")
    config = Config()
    for text in [*seed_texts.values(), url]:
        assert over_budget(text, config) is None


@pytest.mark.parametrize(
    "config, text, expected",
    [
        (Config(max_chars=100), "word " * 30, "150 characters, over the 100 limit"),
        (Config(max_tokens=50), "word, " * 30, "over 50 tokens"),
        (Config(max_quote_marks=10), "“Yes,” he said. " * 6, "12 quotation marks, over the 10 limit"),
        (Config(max_symbol_run=5), "Yes &&&&&& no", "run of 6 punctuation or symbol characters"),
    ],
)
def test_each_budget_refuses_with_a_message(config, text, expected):
    reason = over_budget(text, config)
    assert reason is not None and expected in reason
    assert "split" in reason or "break it up" in reason
    assert over_budget(text, Config()) is None


def test_a_refused_article_does_not_stop_the_batch():
    results = _results(load_pipeline(Config(max_tokens=200)), [GOOD, "word " * 500, GOOD])
    assert [type(r) for r in results] == [Analysis, Failure, Analysis]
    assert "over 200 tokens" in results[1].reason


def test_the_token_estimate_follows_spacy(nlp, seed_texts):
    words = " ".join(seed_texts.values()).split()
    for text in [*seed_texts.values(), "\t".join(words), "  ".join(words[:500])]:
        real = len(nlp.tokenizer(text))
        assert 0.8 * real <= estimate_tokens(text) <= 1.25 * real


def test_config_refuses_a_budget_below_one():
    with pytest.raises(ValueError, match="max_tokens must be a whole number of at least 1"):
        Config(max_tokens=0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from([*"ab .,“”\"\n\t\u2028\u202e", "\U0001f642", "said", "  "]),
                     max_size=200).map("".join),
       size=st.integers(5, 80))
def test_chunks_join_into_the_exact_text(nlp, text, size):
    assert parse_in_chunks(nlp, text, size).text == text


def test_a_long_article_is_parsed_in_chunks_with_exact_spans(seed_texts):
    """Issue 8, defect 5: a long article is parsed in chunks (memory of one chunk), and every
    offset still points into its text; the quotes are those of the whole parse."""
    text = "\n\n".join(seed_texts.values())
    chunked = load_pipeline(Config(chunk_chars=800)).analyze(Article(text=text))
    whole = load_pipeline().analyze(Article(text=text))
    assert len(text) > 4 * 800
    for where, span in iter_spans(chunked):
        assert text[span.start : span.end] == span.text, where
    got = {(q.content.start, q.content.end) for q in chunked.quotes}
    want = {(q.content.start, q.content.end) for q in whole.quotes}
    assert len(got & want) >= 0.9 * len(want)


def test_the_default_budget_refuses_what_would_parse_for_over_a_minute():
    # the fuzz's huge tab-separated text: 600 KB of words between tabs, ~180,000 tokens, took
    # 80 s of CPU to parse under the old 250,000-token default; a long feature stays well inside
    words = ("Belgrade", "but", "and", "sanctions", "Moscow", "minister")
    tabs = "\t".join(words[i % len(words)] for i in range(90_000))
    reason = over_budget(tabs, Config())
    assert reason is not None and "over 100,000 tokens" in reason
    feature = "The minister said the talks would go on, and the envoy agreed. " * 1_000  # 13k words
    assert over_budget(feature, Config()) is None
