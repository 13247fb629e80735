"""``wirecoder eval wire DIR``: every layer of wirecoder's output against wire gold (the format
and matching rules of ``../shared/data/wire_dev/README.md``): a table on stdout, ``--json`` for
one JSON object, ``--misses`` for each missed or wrong item by layer; ``--layer`` restricts the
layers. Messages go to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence, TextIO

from .options import name_list
from .report import _prf, _ratio
from .scoring import Counts, Ratio
from .wire import LAYERS, Miss, WireScores, score_articles
from .wire_gold import WireGold, load_wire_gold
from .wire_threads import ThreadScores, check_threads

__all__ = ["WireResult", "add_parser", "analyze_wire", "evaluate_wire", "render_misses",
           "render_wire_table", "run", "run_wire_eval"]

HELP = "score every layer against wire gold (quotes, speakers, times, entities, statements, events, threads)"


@dataclass(frozen=True, slots=True)
class WireResult:
    gold: WireGold
    layers: tuple[str, ...]
    scores: WireScores
    misses: tuple[Miss, ...]
    threads: ThreadScores | None

    def to_dict(self, *, misses: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"dataset": str(self.gold.folder), "articles": len(self.gold.articles),
                               "layers": list(self.layers), "scores": {}}
        rows = _rows(self.layers)
        for layer, entries in rows.items():
            out["scores"][layer] = {key: _value(self.scores, key).to_dict() for _, key in entries}
        if "events" in self.layers:
            out["scores"]["events"]["by_category"] = {
                cat: c.to_dict() for cat, c in self.scores.events_by_category}
        if self.threads is not None:
            out["scores"]["threads"] = self.threads.to_dict()
        if misses:
            out["misses"] = [m.to_dict() for m in self.selected_misses()]
        return out

    def selected_misses(self) -> list[Miss]:
        chosen = [m for m in self.misses if m.layer in self.layers]
        if self.threads is not None:
            chosen += self.threads.misses()
        order = {layer: i for i, layer in enumerate(LAYERS)}
        return sorted(chosen, key=lambda m: order[m.layer])  # stable: article order kept


# (label, WireScores field) per layer, in table order
_LAYER_ROWS: dict[str, list[tuple[str, str]]] = {
    "published": [("published accuracy", "published")],
    "dateline": [("outlet accuracy", "outlet"), ("dateline place and agency", "dateline"),
                 ("dateline text exact", "dateline_text")],
    "quotes": [("quotes P R F1", "quotes"), ("quote kind accuracy", "quote_kind"),
               ("speaker mention accuracy", "speaker_mention")],
    "speakers": [("speaker end to end", "speaker_end_to_end"),
                 ("speaker end to end (loose name rule)", "speaker_end_to_end_loose"),
                 ("speaker on found quotes", "speaker_found"),
                 ("anonymous left null", "anonymous_null")],
    "times": [("times P R F1", "times"), ("time value accuracy", "time_value")],
    "entities": [("entity recall", "entity_recall"), ("entity country accuracy", "entity_country"),
                 ("entity type accuracy", "entity_type"),
                 ("capital-as-government recall", "metonym_recall")],
    "statements": [("statements P R F1", "statements"), ("stance accuracy", "statement_stance"),
                   ("hedge accuracy", "statement_hedge")],
    "events": [("events P R F1", "events"),
               ("events clear of quotes", "events_clear_of_quotes")],
}


def _rows(layers: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    return {layer: _LAYER_ROWS[layer] for layer in layers if layer in _LAYER_ROWS}


def _value(scores: WireScores, key: str) -> Counts | Ratio:
    return getattr(scores, key)


def _cell(value: Counts | Ratio) -> str:
    return _prf(value) if isinstance(value, Counts) else _ratio(value)


def render_wire_table(result: WireResult) -> str:
    """One row per figure, grouped by layer; P R F1 are followed by (tp/fp/fn)."""
    g = result.gold
    count = lambda attr: sum(len(getattr(a, attr)) for a in g.articles)  # noqa: E731
    lines = [f"wire eval on {g.folder}: {len(g.articles)} articles; gold {count('quotes')} quotes, "
             f"{count('times')} times, {count('entities')} entities, {count('statements')} "
             f"statements, {count('events')} events, {len(g.threads)} threads"]
    rows: list[tuple[str, str, str]] = []
    for layer, entries in _rows(result.layers).items():
        for label, key in entries:
            rows.append((layer, label, _cell(_value(result.scores, key))))
        if layer == "events":
            for cat, c in result.scores.events_by_category:
                rows.append((layer, f"  {cat}", _cell(c)))
    if result.threads is not None:
        t = result.threads
        rows += [("threads", "threads right", _ratio(t.threads)),
                 ("threads", "timeline entries right", _ratio(t.timeline)),
                 ("threads", "shift (or none) right", _ratio(t.shifts)),
                 ("threads", "echoes counted once", _ratio(t.echoes))]
        rows += [("threads", f"  {r.kind}: {r.thread.holder}", "right" if r.right else "wrong")
                 for r in t.results]
    w0 = max([len("layer")] + [len(r[0]) for r in rows])
    w1 = max([len("measure")] + [len(r[1]) for r in rows])
    lines.append(f"{'layer'.ljust(w0)}  {'measure'.ljust(w1)}  value")
    for layer, label, cell in rows:
        lines.append(f"{layer.ljust(w0)}  {label.ljust(w1)}  {cell}")
    lines.append("quotes/times: token F1 >= 0.5, one-to-one; speakers: the README's name rule; "
                 "statements: same stance, content-word F1 >= 0.5 with the object")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def render_misses(result: WireResult) -> str:
    """Each missed or wrong item, grouped by layer: article, what, gold ← predicted, context."""
    lines: list[str] = []
    layer = None
    misses = result.selected_misses()
    per_layer = Counter(m.layer for m in misses)
    for m in misses:
        if m.layer != layer:
            layer = m.layer
            lines.append(f"== {layer} ({per_layer[layer]}) ==")
        gold = "-" if m.gold is None else m.gold
        predicted = "-" if m.predicted is None else m.predicted
        line = f"{m.article}  {m.what}: gold {gold!s} | predicted {predicted!s}"
        lines.append(line + (f" | {m.context}" if m.context else ""))
    return "\n".join(lines) + ("\n" if lines else "")


def analyze_wire(gold: WireGold, pipeline: Any) -> dict[str, Any]:
    """article name → :class:`~wirecoder.records.Analysis`, from the real pipeline over each
    ``NNN.txt`` read as ``wirecoder analyze`` reads it."""
    from ..readers import Failure
    from ..readers.text import article_from_text
    from .errors import EvaluationError

    articles = []
    for a in gold.articles:
        path = gold.folder / f"{a.name}.txt"
        articles.append(article_from_text(path.read_text(encoding="utf-8"), str(path)))
    out = {}
    for a, analysis in zip(gold.articles, pipeline.analyze_many(articles)):
        if isinstance(analysis, Failure):
            raise EvaluationError(f"{a.name}.txt: {analysis.message}")
        out[a.name] = analysis
    return out


def evaluate_wire(gold: WireGold, analyses: dict[str, Any], *, layers: Sequence[str] = LAYERS,
                  gazetteer: Any = None, merge_keys: bool = True) -> WireResult:
    """Score ``analyses`` (article name → Analysis) on ``layers``; the threads layer needs the
    gazetteer."""
    dicts = {name: a.to_dict() for name, a in analyses.items()}
    scores, misses = score_articles(gold.articles, dicts)
    threads = None
    if "threads" in layers and gold.threads:
        threads = check_threads(gold.threads, [analyses[a.name] for a in gold.articles],
                                gazetteer=gazetteer, merge_keys=merge_keys)
    return WireResult(gold, tuple(layers), scores, misses, threads)


def run_wire_eval(folder: Path, *, layers: Sequence[str] = LAYERS, as_json: bool = False,
                  misses: bool = False, out: TextIO = sys.stdout, log: TextIO = sys.stderr) -> int:
    from ..analysis import load_pipeline

    gold = load_wire_gold(folder)
    pipeline = load_pipeline()
    began = time.perf_counter()
    analyses = analyze_wire(gold, pipeline)
    result = evaluate_wire(gold, analyses, layers=layers, gazetteer=pipeline.gazetteer)
    print(f"wirecoder eval wire: scored {len(gold.articles)} articles of {folder} in "
          f"{time.perf_counter() - began:.1f} s", file=log)
    if as_json:
        out.write(json.dumps(result.to_dict(misses=misses), ensure_ascii=False) + "\n")
    else:
        out.write(render_wire_table(result))
        if misses:
            out.write("\n" + render_misses(result))
    return 0


def add_parser(sub: argparse._SubParsersAction, name: str = "wire") -> argparse.ArgumentParser:
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". DIR holds NNN.txt beside NNN.gold.json, and positions.gold.json "
        "for the threads (e.g. ../shared/data/wire_dev); matching follows its README. Threads "
        "are checked on a temporary SQLite store, as `wirecoder positions` and `shifts` read it.",
    )
    parser.add_argument("dir", type=Path, metavar="DIR", help="the folder of the wire gold set")
    parser.add_argument("--layer", type=name_list(LAYERS, "layer"), default=LAYERS, metavar="LIST",
                        help=f"comma-separated layers to score (default all: {','.join(LAYERS)})")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--misses", action="store_true",
                        help="also list each missed or wrong item by layer, with its article and "
                        "text (gold vs predicted)")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    return run_wire_eval(args.dir, layers=args.layer, as_json=args.json, misses=args.misses)
