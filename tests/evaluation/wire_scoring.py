"""What the ``wirecoder eval wire`` floor tests share: one folder of gold scored with the real
pipeline, and a figure read from its scores by a dotted key ("statements.f1", "outlet")."""

from __future__ import annotations

from pathlib import Path


def score_wire(folder: Path):
    """The :class:`~wirecoder.evaluation.wire_report` result of ``folder``: its gold loaded (every
    substring and offset checked against its text) and every article analysed once."""
    from wirecoder.analysis import load_pipeline
    from wirecoder.evaluation.wire_gold import load_wire_gold
    from wirecoder.evaluation.wire_report import analyze_wire, evaluate_wire

    pipeline = load_pipeline()
    gold = load_wire_gold(folder)
    return evaluate_wire(gold, analyze_wire(gold, pipeline), gazetteer=pipeline.gazetteer)


def figure(scores, key: str) -> float:
    """``scores.statements.f1`` for "statements.f1", ``scores.outlet.value`` for "outlet"."""
    name, _, part = key.partition(".")
    value = getattr(scores, name)
    return getattr(value, part) if part else value.value
