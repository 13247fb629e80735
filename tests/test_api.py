"""The package surface for notebooks: a sorted, lazy ``__all__`` and ``analyze()`` on a plain
string with keyword metadata."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys

import pytest

import wirecoder
from wirecoder import Article, InputError

HEAVY = ("spacy", "thinc", "pandas", "onnxruntime", "matplotlib")
VUCIC = "Serbia will never impose sanctions on Russia, Vucic said on Friday."


def _run(code: str) -> subprocess.CompletedProcess:
    """``code`` in a fresh interpreter (PYTHONPATH, hence this source tree, is inherited)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_all_is_sorted_and_every_name_resolves():
    assert wirecoder.__all__ == sorted(wirecoder.__all__)
    assert len(set(wirecoder.__all__)) == len(wirecoder.__all__)
    for name in wirecoder.__all__:
        assert getattr(wirecoder, name) is not None, name
    assert set(wirecoder.__all__) <= set(dir(wirecoder))


def test_the_notebook_names_are_exported():
    for name in ("Failure", "Store", "Corpus", "Config", "read_paths", "Article", "Analysis",
                 "analyze", "analyze_many", "to_records", "to_frame", "json_schema"):
        assert name in wirecoder.__all__, name
    from wirecoder.corpus.positions import Corpus
    from wirecoder.readers import Failure, read_paths
    from wirecoder.store import Store

    assert (wirecoder.Corpus, wirecoder.Failure, wirecoder.read_paths, wirecoder.Store) == (
        Corpus, Failure, read_paths, Store)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'analyse'"):
        wirecoder.analyse  # noqa: B018
    assert not hasattr(wirecoder, "pipeline_cache")


def test_import_wirecoder_loads_no_heavy_library():
    code = (
        "import sys, json, wirecoder\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_records_store_and_corpus_load_without_spacy():
    """A notebook reading a store never pays for spaCy."""
    code = (
        "import sys, json, wirecoder\n"
        "wirecoder.Article, wirecoder.Analysis, wirecoder.Store, wirecoder.Corpus, wirecoder.Config\n"
        "wirecoder.Analysis.from_dict, wirecoder.json_schema()\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_pipeline_loads_spacy_when_first_needed():
    code = (
        "import sys, wirecoder\n"
        "before = 'spacy' in sys.modules\n"
        "a = wirecoder.analyze('Serbia will never impose sanctions on Russia, Vucic said.')\n"
        "print(before, 'spacy' in sys.modules, a.quotes[0].speaker.name)"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(maxsplit=2) == ["False", "True", "Aleksandar Vucic\n"]


def test_analyze_takes_a_string():
    a = wirecoder.analyze("Serbia will never impose sanctions on Russia, Vucic said.")
    assert isinstance(a, wirecoder.Analysis)
    assert a.article.source == "<memory>"
    assert a.quotes[0].speaker.name == "Aleksandar Vucic"
    assert a == wirecoder.analyze(Article(text="Serbia will never impose sanctions on Russia, Vucic said."))


def test_published_dates_the_relative_times():
    undated = wirecoder.analyze(VUCIC)
    dated = wirecoder.analyze(VUCIC, published="2024-09-10")
    assert [t.value for t in undated.times] == [None]
    assert [t.value for t in dated.times] == ["2024-09-06"]  # the Friday before
    assert dated.quotes[0].date == "2024-09-06"
    assert (dated.article.published, dated.article.published_source) == ("2024-09-10", "user")


@pytest.mark.parametrize("published", [
    datetime.date(2024, 9, 10), datetime.datetime(2024, 9, 10, 23, 5),
    "2024-09-10T23:05:00+02:00", "Tue, 10 Sep 2024 23:05:00 +0200",
])
def test_published_in_other_forms(published):
    assert wirecoder.analyze(VUCIC, published=published).article.published == "2024-09-10"


def test_metadata_keywords_set_the_article_fields():
    a = wirecoder.analyze(VUCIC, source="notes/vucic.txt", outlet="TASS", title="No sanctions",
                          url="https://example.org/1")
    art = a.article
    assert (art.source, art.outlet, art.title, art.url) == (
        "notes/vucic.txt", "TASS", "No sanctions", "https://example.org/1")
    assert art.id == Article(text=VUCIC).id


def test_metadata_keywords_override_an_articles_own():
    article = Article(text=VUCIC, published="2023-01-01", outlet="AP")
    a = wirecoder.analyze(article, published="2024-09-10")
    assert (a.article.published, a.article.published_source, a.article.outlet) == (
        "2024-09-10", "user", "AP")


@pytest.mark.parametrize("published", ["last Friday", "2024-13-40", "", 20240910])
def test_a_bad_published_is_an_input_error(published):
    with pytest.raises(InputError, match="is not a date; give it as YYYY-MM-DD"):
        wirecoder.analyze(VUCIC, published=published, source="mine.txt")


def test_a_non_text_is_an_input_error():
    with pytest.raises(InputError, match="cannot analyse a bytes; give the article text as a str"):
        wirecoder.analyze(VUCIC.encode())


def test_analyze_many_takes_strings_and_articles():
    results = list(wirecoder.analyze_many([VUCIC, Article(text="Nothing was said here at all.")]))
    assert [len(r.quotes) for r in results] == [1, 0]
    assert results[0] == wirecoder.analyze(VUCIC)


def test_a_loaded_pipeline_takes_a_string_too():
    pipeline = wirecoder.load_pipeline(wirecoder.Config(batch_size=4))
    assert pipeline.analyze(VUCIC, published="2024-09-10") == wirecoder.analyze(
        VUCIC, published="2024-09-10")


def test_analyze_many_keeps_reading_failures_in_place(tmp_path):
    (tmp_path / "a.txt").write_text(VUCIC, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Nothing was said here at all.", encoding="utf-8")
    results = list(wirecoder.analyze_many(wirecoder.read_paths([tmp_path])))
    assert [type(r).__name__ for r in results] == ["Analysis", "Failure", "Analysis"]
    assert results[1].source.endswith("b.txt")
    assert results[0] == wirecoder.analyze(VUCIC, source=str(tmp_path / "a.txt"))
