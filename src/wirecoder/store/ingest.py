"""Ingest: batch work shared by the CLI commands: reading inputs into articles, and ingesting them into
the store with a report of what happened."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..article import Article
from ..readers import Failure, read_paths
from ..records import Analysis
from .sqlite import Store

if TYPE_CHECKING:  # the pipeline (and spaCy) load only when an ingest runs
    from ..analysis import Pipeline

__all__ = ["IngestReport", "ingest", "parse_date", "read_articles"]


def parse_date(value: str) -> str:
    """``YYYY-MM-DD`` checked as a calendar date (for ``--published``). Any day of years
    0001-9999 is accepted: relative dates that would resolve outside them get no value."""
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a date; give it as YYYY-MM-DD (years 0001-9999), "
                         "e.g. 2019-04-20") from None


def read_articles(
    paths: Iterable[str],
    *,
    published: str | None = None,
    max_bytes: int | None = None,
    follow_links: bool = False,
) -> Iterator[Article | Failure]:
    """Articles from files and folders; ``published`` fills in a date for articles with none;
    ``follow_links`` lets folder walks follow symbolic links that leave the folder."""
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    for item in read_paths(paths, follow_links=follow_links, **kwargs):
        if isinstance(item, Article) and published and item.published is None:
            item = item.with_(published=published, published_source="user")
        yield item


@dataclass
class IngestReport:
    """What an ingest run did; ``failures`` keep their messages for the summary."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        return (
            f"read {self.read}, stored {self.stored}, skipped as duplicate {self.duplicates}, "
            f"failed {self.failed}"
        )


def ingest(
    items: Iterable[Article | Failure],
    store: Store,
    pipeline: Pipeline | None = None,
    *,
    force: bool = False,
    analyze_many: Callable[[Iterable[Article]], Iterator[Analysis | Failure]] | None = None,
    on_item: Callable[[], None] = lambda: None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Analyse and store articles. Articles already in the store (same id: same normalised text)
    are skipped unless ``force``; each article is committed on its own, so an interrupted run
    keeps what it stored and a rerun resumes without duplicates.

    The articles are analysed by ``analyze_many`` when given (e.g.
    :meth:`wirecoder.engines.processes.ParallelAnalyzer.analyze_many`, on every core), else by
    ``pipeline.analyze_many``; either way this process is the store's one writer. A run that
    stored half the articles of the store or more ends by compacting its search index."""
    if analyze_many is None:
        if pipeline is None:
            raise TypeError("ingest() needs a pipeline or an analyze_many")
        analyze_many = pipeline.analyze_many
    report = report if report is not None else IngestReport()
    seen: set[str] = set()

    def fresh() -> Iterator[Article]:
        for item in items:
            report.read += isinstance(item, Article)
            if isinstance(item, Failure):
                _fail(item)
            elif item.id in seen or (not force and store.has(item.id)):
                report.duplicates += 1
                on_item()
            else:
                seen.add(item.id)
                yield item

    def _fail(failure: Failure) -> None:
        report.failures.append(failure)
        store.record_failure(failure.source, failure.reason, failure.line)
        on_item()

    for result in analyze_many(fresh()):
        if isinstance(result, Analysis):
            store.put(result)
            report.stored += 1
            on_item()
        else:
            _fail(result)
    if report.stored and 2 * report.stored >= store.counts()["articles"]:
        store.compact_search_index()  # a run that wrote half the store or more: as cheap as it
    return report
