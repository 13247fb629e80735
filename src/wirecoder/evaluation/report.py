"""A plain-text table of quote scores, one column per system, for people (stdout)."""

from __future__ import annotations

from typing import Callable, Mapping

from .gold import Dataset
from .scoring import KINDS, Counts, QuoteScores, Ratio

__all__ = ["render_table"]


def _num(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _prf(c: Counts) -> str:
    return f"{_num(c.precision)} {_num(c.recall)} {_num(c.f1)}  ({c.tp}/{c.fp}/{c.fn})"


def _ratio(r: Ratio) -> str:
    return "n/a" if r.value is None else f"{r.value:.3f}  ({r.correct}/{r.total})"


def _prf_cell(match: str, part: str) -> Callable[[QuoteScores], str]:
    return lambda s: _prf(getattr(getattr(s, match), part))


def render_table(dataset: Dataset, results: Mapping[str, QuoteScores | str]) -> str:
    """The scores of each system side by side; a ``str`` in place of scores says why that system
    did not run. Precision, recall and F1 are followed by (tp/fp/fn)."""
    kinds = dataset.kind_counts()
    gold = sum(kinds.values())
    lines = [
        f"quotes on {dataset.name}: {len(dataset.documents)} articles, {gold} gold quotes ("
        + ", ".join(f"{n} {k}" for k, n in kinds.items())
        + ")"
    ]
    rows: list[tuple[str, dict[str, str]]] = []

    def row(label: str, cell: Callable[[QuoteScores], str]) -> None:
        rows.append(
            (label, {name: cell(s) if isinstance(s, QuoteScores) else "" for name, s in results.items()})
        )

    row("predicted quotes", lambda s: str(s.predicted))
    for match in ("overlap", "exact"):
        for part in ("all", *KINDS):
            row(f"{match:<8} {part:<9} P R F1", _prf_cell(match, part))
    row("speaker mention accuracy", lambda s: _ratio(s.speaker_mention))
    row("speaker name accuracy", lambda s: _ratio(s.speaker_name))
    row("kind accuracy", lambda s: _ratio(s.kind))

    names = list(results)
    label_width = max(len(label) for label, _ in rows)
    widths = {n: max([len(n)] + [len(cells[n]) for _, cells in rows]) for n in names}
    lines.append(" " * label_width + "  " + "  ".join(n.ljust(widths[n]) for n in names))
    for label, cells in rows:
        lines.append(label.ljust(label_width) + "  " + "  ".join(cells[n].ljust(widths[n]) for n in names))
    for name, s in results.items():
        if not isinstance(s, QuoteScores):
            lines.append(f"{name}: not run: {s}")
    lines.append("overlap: content token F1 >= 0.5, one-to-one; exact: same content without quote marks")
    return "\n".join(line.rstrip() for line in lines) + "\n"
