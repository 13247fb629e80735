"""Evaluation against gold data: loaders (the project's gold format, PolNeAR), a scorer, the
textacy baseline, and ``wirecoder eval quotes``.

    gold.py              the gold format of examples/ and the Dataset of gold articles
    brat_attributions.py PolNeAR brat standoff (kept outside the repository) as gold quotes
    scoring.py           matching and precision/recall/F1, speaker and kind accuracy
    report.py            the side-by-side table
    textacy_baseline.py  textacy's direct_quotations as a predictor (optional extra)
    quotes.py            data sets, predictors, run_quote_eval
    wire_gold.py         the wire gold format (wire_dev: every layer, position threads)
    wire.py              every layer scored by the wire README's matching rules
    wire_threads.py      position threads checked on a temporary store
    wire_report.py       ``eval wire``: table, JSON, misses
    cli.py               the ``eval`` command
"""

from __future__ import annotations

from .errors import EvaluationError
from .gold import Dataset, GoldDocument, load_seed_gold
from .brat_attributions import Attribution, PolnearArticle, load_polnear, parse_ann, polnear_dataset
from .quotes import DataPaths, compare_systems, evaluate_quotes, load_dataset, run_quote_eval, to_eval_quote
from .report import render_table
from .scoring import EvalQuote, QuoteScores, score_document, token_f1

__all__ = [
    "Attribution",
    "DataPaths",
    "Dataset",
    "EvalQuote",
    "EvaluationError",
    "GoldDocument",
    "PolnearArticle",
    "QuoteScores",
    "compare_systems",
    "evaluate_quotes",
    "load_dataset",
    "load_polnear",
    "load_seed_gold",
    "parse_ann",
    "polnear_dataset",
    "render_table",
    "run_quote_eval",
    "score_document",
    "to_eval_quote",
    "token_f1",
]
