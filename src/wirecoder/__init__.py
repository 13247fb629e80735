"""wirecoder: political news articles in, evidence-linked records out.

>>> import wirecoder
>>> a = wirecoder.analyze("Serbia will never impose sanctions on Russia, Vucic said.",
...                       published="2024-09-06")
>>> a.quotes[0].speaker.name
'Aleksandar Vucic'
>>> rows = wirecoder.to_records([a], "statements")    # flat dicts, one per statement
>>> frame = wirecoder.to_frame([a], "quotes")         # a DataFrame: pip install 'wirecoder[pandas]'
>>> same = wirecoder.Analysis.from_dict(a.to_dict())  # the JSON contract, json_schema() its schema

Importing the package is cheap: every public name is imported on first use (PEP 562), so
``import wirecoder`` loads neither spaCy nor pandas, onnxruntime or matplotlib; the spaCy
pipeline is loaded by the first ``analyze()``. In a spaCy pipeline of your own,
``nlp.add_pipe("wirecoder")`` sets ``doc._.wirecoder`` (see :mod:`wirecoder.stages.component`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name → the module (relative to this package) that defines it.
_EXPORTS: dict[str, str] = {
    "SCHEMA": "records",
    "Analysis": "records",
    "Article": "article",
    "Config": "config",
    "Corpus": "corpus.positions",
    "Dateline": "article",
    "Embed": "article",
    "Entity": "records",
    "Failure": "readers",
    "InputError": "errors",
    "ModelError": "errors",
    "Pipeline": "analysis",
    "Quote": "records",
    "Span": "spans",
    "SpanError": "errors",
    "Speaker": "records",
    "Statement": "records",
    "Store": "store",
    "StoreError": "errors",
    "TimeExpression": "records",
    "WirecoderError": "errors",
    "analyze": "analysis",
    "analyze_many": "analysis",
    "article_id": "article",
    "json_schema": "schema",
    "load_pipeline": "analysis",
    "read_paths": "readers",
    "to_frame": "export.tables",
    "to_records": "export.tables",
}

__all__ = [
    "Analysis",
    "Article",
    "Config",
    "Corpus",
    "Dateline",
    "Embed",
    "Entity",
    "Failure",
    "InputError",
    "ModelError",
    "Pipeline",
    "Quote",
    "SCHEMA",
    "Span",
    "SpanError",
    "Speaker",
    "Statement",
    "Store",
    "StoreError",
    "TimeExpression",
    "WirecoderError",
    "__version__",
    "analyze",
    "analyze_many",
    "article_id",
    "json_schema",
    "load_pipeline",
    "read_paths",
    "to_frame",
    "to_records",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'wirecoder' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # for type checkers and IDEs; at run time the names above load lazily
    from .article import Article, Dateline, Embed, article_id
    from .config import Config
    from .schema import json_schema
    from .errors import InputError, ModelError, SpanError, StoreError, WirecoderError
    from .analysis import Pipeline, analyze, analyze_many, load_pipeline
    from .corpus.positions import Corpus
    from .readers import Failure, read_paths
    from .records import SCHEMA, Analysis, Entity, Quote, Speaker, Statement, TimeExpression
    from .spans import Span
    from .store import Store
    from .export.tables import to_frame, to_records
