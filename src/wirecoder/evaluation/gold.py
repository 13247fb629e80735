"""Gold articles for quote evaluation, and the reader of the project's own gold format.

The gold format (DESIGN.md, "The gold format"): ``NAME.gold.json`` lists quotes by exact
substrings of the article text (``kind``, ``content`` without the quote marks, ``cue``,
``speaker_mention``, ``speaker``). The text is ``NAME.txt``, read through wirecoder's own
plain-text reader, so a leading ``date YYYY-MM-DD`` marker is stripped exactly as
``wirecoder analyze`` strips it. Gold gives no offsets; the scorer compares by text.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..readers.text import article_from_text
from .errors import EvaluationError
from .scoring import KINDS, EvalQuote

__all__ = ["Dataset", "GoldDocument", "load_seed_gold", "seed_quotes"]

_GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One article: its text (what predictions are made on) and its gold quotes."""

    name: str
    text: str
    quotes: tuple[EvalQuote, ...]


@dataclass(frozen=True, slots=True)
class Dataset:
    """A named set of gold articles (``seeds``, ``polnear:dev``, ...)."""

    name: str
    documents: tuple[GoldDocument, ...]

    def kind_counts(self) -> dict[str, int]:
        """Gold quotes per kind, every kind present (0 when absent)."""
        counts = Counter(q.kind for d in self.documents for q in d.quotes if not q.ignored)
        return {k: counts[k] for k in KINDS}


def seed_quotes(gold: dict[str, Any], text: str, source: str) -> tuple[EvalQuote, ...]:
    """The quotes of one parsed gold file, each substring checked against ``text``."""
    quotes = []
    for i, q in enumerate(gold.get("quotes", [])):
        where = f"{source}: quote {i}"
        for key in ("content", "cue", "speaker_mention"):
            value = q.get(key)
            if value is not None and value not in text:
                raise EvaluationError(
                    f"{where}: {key} {value!r} is not a substring of the article text; "
                    "fix the gold file (it must quote the text exactly)"
                )
        try:
            quotes.append(
                EvalQuote(
                    kind=q["kind"],
                    content=q["content"],
                    speaker_mention=q.get("speaker_mention"),
                    speaker_name=q.get("speaker"),
                )
            )
        except (KeyError, ValueError) as err:
            raise EvaluationError(f"{where}: {err}; see DESIGN.md, 'The gold format'") from None
    return tuple(quotes)


def load_seed_gold(examples: Path, samples: Path | None = None) -> Dataset:
    """Every ``NAME.gold.json`` in ``examples``, with ``NAME.txt`` from beside it or, failing
    that, from ``samples``. Sorted by name."""
    examples = Path(examples)
    paths = sorted(examples.glob("*" + _GOLD_SUFFIX))
    if not paths:
        raise EvaluationError(
            f"{examples}: no *{_GOLD_SUFFIX} files; pass the folder of gold examples "
            "(../shared/examples from the repository root)"
        )
    documents = []
    for path in paths:
        name = path.name[: -len(_GOLD_SUFFIX)]
        candidates = [examples / f"{name}.txt"] + ([Path(samples) / f"{name}.txt"] if samples else [])
        text_path = next((c for c in candidates if c.is_file()), None)
        if text_path is None:
            raise EvaluationError(
                f"{path}: no article text {name}.txt in {' or '.join(str(c.parent) for c in candidates)}; "
                "pass the folder that holds it (samples/ in the repository)"
            )
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            article = article_from_text(text_path.read_text(encoding="utf-8"), str(text_path))
        except json.JSONDecodeError as err:
            raise EvaluationError(f"{path}: not valid JSON ({err}); fix the gold file") from None
        except InputError as err:
            raise EvaluationError(str(err)) from None
        documents.append(GoldDocument(name, article.text, seed_quotes(gold, article.text, str(path))))
    return Dataset("seeds", tuple(documents))
