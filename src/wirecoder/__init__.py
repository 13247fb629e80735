"""wirecoder: political news articles in, evidence-linked records out.

>>> from wirecoder import Article, analyze
>>> analysis = analyze(Article(text="Serbia will never impose sanctions on Russia, Vucic said."))
"""

from __future__ import annotations

from .article import Article, Dateline, article_id
from .errors import InputError, ModelError, SpanError, StoreError, WirecoderError
from .analysis import Pipeline, analyze, analyze_many, load_pipeline
from .records import SCHEMA, Analysis, Entity, Quote, Speaker, Statement, TimeExpression
from .spans import Span

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Analysis",
    "Article",
    "Dateline",
    "Entity",
    "InputError",
    "ModelError",
    "Pipeline",
    "Quote",
    "Span",
    "SpanError",
    "Speaker",
    "Statement",
    "StoreError",
    "TimeExpression",
    "WirecoderError",
    "__version__",
    "analyze",
    "analyze_many",
    "article_id",
    "load_pipeline",
]
