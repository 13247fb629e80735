"""Helpers shared by the reader tests."""

from __future__ import annotations

from pathlib import Path

from wirecoder.article import Article
from wirecoder.readers import Failure

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def articles(items: list[Article | Failure]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def failures(items: list[Article | Failure]) -> list[Failure]:
    return [item for item in items if isinstance(item, Failure)]


def only_article(items: list[Article | Failure]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), [getattr(i, "message", i) for i in items]
    return items[0]


def only_failure(items: list[Article | Failure]) -> Failure:
    assert len(items) == 1 and isinstance(items[0], Failure), items
    return items[0]
