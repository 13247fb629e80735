"""Quote evaluation: a gold data set, one or more predictors, and their scores side by side.

A predictor is ``predict(text) -> iterable of quotes``, each a quote dict of the JSON contract
(DESIGN.md), a :class:`~wirecoder.records.Quote` or an :class:`EvalQuote`; it is given the
article text that the gold offsets and substrings refer to.

Data sets: ``seeds`` (the project's gold format, ``../shared/examples``) and
``polnear:train|dev|test`` (PolNeAR, kept outside the repository; its folder comes from
``DataPaths.polnear`` or the ``WIRECODER_POLNEAR`` environment variable). Tune on train and dev
only; score test once.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence, TextIO, Union

from ..records import Quote
from .errors import EvaluationError
from .gold import Dataset, load_seed_gold
from .brat_attributions import SPLITS, polnear_dataset
from .report import render_table
from .scoring import EvalQuote, QuoteScores, score_document

__all__ = [
    "DATASETS",
    "POLNEAR_ENV",
    "SYSTEMS",
    "DataPaths",
    "PredictedQuote",
    "Predictor",
    "compare_systems",
    "evaluate_quotes",
    "load_dataset",
    "run_quote_eval",
    "to_eval_quote",
    "wirecoder_predictor",
]

PredictedQuote = Union[Mapping[str, Any], Quote, EvalQuote]
Predictor = Callable[[str], Iterable[PredictedQuote]]

DATASETS = ("seeds", *(f"polnear:{s}" for s in SPLITS), *(f"polnear-speech:{s}" for s in SPLITS))
SYSTEMS = ("wirecoder", "textacy")
POLNEAR_ENV = "WIRECODER_POLNEAR"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """Where the gold data lives. ``polnear`` falls back to ``$WIRECODER_POLNEAR``; the seed
    texts are looked for beside the gold files, then in ``samples``."""

    examples: Path | None = None
    samples: Path | None = None
    polnear: Path | None = None


def load_dataset(name: str, paths: DataPaths = DataPaths()) -> Dataset:
    """The gold data set called ``name`` (one of :data:`DATASETS`)."""
    if name == "seeds":
        if paths.examples is None:
            raise EvaluationError("the seeds data set needs the folder of *.gold.json files (--examples)")
        return load_seed_gold(paths.examples, paths.samples)
    if name.startswith("polnear") and name in DATASETS:
        root = paths.polnear or os.environ.get(POLNEAR_ENV)
        if not root:
            raise EvaluationError(
                f"{name} needs a copy of PolNeAR: clone github.com/networkdynamics/PolNeAR outside "
                f"the repository (it has no data licence; never commit it) and pass --polnear DIR "
                f"or set {POLNEAR_ENV}"
            )
        return polnear_dataset(
            Path(root), name.split(":", 1)[1], speech_only=name.startswith("polnear-speech:")
        )
    raise EvaluationError(f"no data set {name!r}; choose one of {', '.join(DATASETS)}")


def to_eval_quote(quote: PredictedQuote) -> EvalQuote:
    """A predicted quote in the scorer's form."""
    if isinstance(quote, EvalQuote):
        return quote
    data = quote.to_dict() if isinstance(quote, Quote) else quote
    try:
        speaker = data.get("speaker") or {}
        mention = speaker.get("mention")
        return EvalQuote(
            kind=data["kind"],
            content=data["content"]["text"],
            speaker_mention=mention["text"] if mention else None,
            speaker_name=speaker.get("name"),
            mention_ranges=((mention["start"], mention["end"]),) if mention else (),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as err:
        raise EvaluationError(
            f"predicted quote {data!r} does not follow the JSON contract in DESIGN.md ({err!r})"
        ) from None


def merge_split_quotes(quotes: Sequence[PredictedQuote]) -> list[PredictedQuote]:
    """Quotes that share one cue (“...,” he said, “...”) as one attribution, the way PolNeAR and
    the seeds' gold count them: contents joined in text order; kind direct only if every part is.
    Applied to every system alike."""
    groups: dict[tuple[int, int], list[dict]] = {}
    out: list[PredictedQuote] = []
    for quote in quotes:
        data = quote.to_dict() if isinstance(quote, Quote) else quote
        cue = data.get("cue") if isinstance(data, dict) else None
        if not cue:
            out.append(quote)
            continue
        key = (cue["start"], cue["end"])
        if key not in groups:
            groups[key] = []
            out.append(key)  # type: ignore[arg-type]  # placeholder, filled below
        groups[key].append(data)
    merged: list[PredictedQuote] = []
    for item in out:
        if not isinstance(item, tuple):
            merged.append(item)
            continue
        parts = sorted(groups[item], key=lambda d: d["content"]["start"])
        if len(parts) == 1:
            merged.append(parts[0])
            continue
        kinds = {p["kind"] for p in parts}
        merged.append({
            **parts[0],
            "kind": "direct" if kinds == {"direct"} else ("indirect" if kinds == {"indirect"} else "mixed"),
            "content": {"start": parts[0]["content"]["start"], "end": parts[-1]["content"]["end"],
                        "text": " ".join(p["content"]["text"] for p in parts)},
        })
    return merged


def compare_systems(dataset: Dataset, systems: Mapping[str, Predictor]) -> dict[str, QuoteScores]:
    """Each system's scores over ``dataset``. Articles are the outer loop, so predictors that
    share a one-entry parse cache parse each article once. Split quotes are merged by cue
    (:func:`merge_split_quotes`) for every system."""
    totals = {name: QuoteScores() for name in systems}
    for document in dataset.documents:
        for name, predict in systems.items():
            predicted = [to_eval_quote(q) for q in merge_split_quotes(predict(document.text))]
            totals[name] += score_document(document.quotes, predicted)
    return totals


def evaluate_quotes(dataset: Dataset, predict: Predictor) -> QuoteScores:
    """One system's scores over ``dataset``."""
    return compare_systems(dataset, {"system": predict})["system"]


def wirecoder_predictor(parse: Callable[[str], Any], gazetteer: Any) -> Predictor:
    """wirecoder's quote stage (``wirecoder.stages.quotes.find.find_quotes``) over ``parse(text)``.

    Raises :class:`EvaluationError` while the stage is not built yet.
    """
    try:
        from ..stages.quotes.find import find_quotes  # type: ignore[import-not-found,attr-defined]
    except ImportError as err:
        if err.name != "wirecoder.stages.quotes.find":  # the stage exists but something it imports is missing
            raise
        raise EvaluationError(
            "wirecoder's quote stage is not built yet (no wirecoder.stages.quotes.find.find_quotes)"
        ) from None
    from ..stages.entities.find import find_entities

    def predict(text: str) -> Sequence[Quote]:
        doc = parse(text)
        return find_quotes(doc, find_entities(doc, gazetteer), gazetteer)

    return predict


def _predictors(names: Sequence[str]) -> tuple[dict[str, Predictor], dict[str, str]]:
    from ..analysis import load_pipeline
    from .textacy_baseline import TextacyBaseline

    pipeline = load_pipeline()
    parse = lru_cache(maxsize=1)(lambda text: pipeline.nlp(text))  # type: ignore[operator]
    ready: dict[str, Predictor] = {}
    missing: dict[str, str] = {}
    for name in names:
        try:
            if name == "wirecoder":
                ready[name] = wirecoder_predictor(parse, pipeline.gazetteer)
            elif name == "textacy":
                ready[name] = TextacyBaseline(parse)
            else:
                raise EvaluationError(f"no system {name!r}; choose from {', '.join(SYSTEMS)}")
        except EvaluationError as err:
            missing[name] = str(err)
    return ready, missing


def run_quote_eval(
    dataset_name: str,
    paths: DataPaths = DataPaths(),
    systems: Sequence[str] = SYSTEMS,
    *,
    as_json: bool = False,
    limit: int | None = None,
    out: TextIO = sys.stdout,
    log: TextIO = sys.stderr,
) -> int:
    """Score ``systems`` on one data set and print a table (or one JSON object) to ``out``.

    Returns 0 when every system ran, 1 when some could not (their reason is printed instead).
    """
    dataset = load_dataset(dataset_name, paths)
    if limit is not None and limit < len(dataset.documents):
        # N articles spread evenly over the (name-ordered, so publisher-grouped) set
        step = len(dataset.documents) / limit
        picked = tuple(dataset.documents[int(i * step)] for i in range(limit))
        dataset = Dataset(f"{dataset.name} ({limit} of {len(dataset.documents)} articles)", picked)
    ready, missing = _predictors(systems)
    for name, reason in missing.items():
        print(f"wirecoder eval quotes: {name}: {reason}", file=log)
    began = time.perf_counter()
    scores = compare_systems(dataset, ready)
    print(
        f"wirecoder eval quotes: scored {', '.join(ready) or 'no system'} on {len(dataset.documents)} "
        f"articles of {dataset.name} in {time.perf_counter() - began:.1f} s",
        file=log,
    )
    results: dict[str, QuoteScores | str] = {
        name: scores[name] if name in scores else missing[name] for name in systems
    }
    if as_json:
        payload = {
            "dataset": dataset.name,
            "articles": len(dataset.documents),
            "gold": dataset.kind_counts(),
            "systems": {
                name: r.to_dict() if isinstance(r, QuoteScores) else {"error": r}
                for name, r in results.items()
            },
        }
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        out.write(render_table(dataset, results))
    return 1 if missing else 0
