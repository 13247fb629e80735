"""``wirecoder eval times``: time expressions against MEANTIME, wirecoder and dateparser side by side.

MEANTIME (NewsReader, CC BY 4.0) is 120 English Wikinews articles in CAT XML: tokens with ``t_id``,
``TIMEX3`` markables (type, value, token anchors) and the document creation time (DCT), a TIMEX3
with ``functionInDocument="CREATION_TIME"`` that is the article's second line. It is the only
English TIMEX3 corpus here, so it serves as both development and test set: rules are kept general
(written for wire news), never fitted to its quirks.

What is measured, for DATE expressions:

- the text is rebuilt from the tokens (detokenised: no space before punctuation or after an
  opening bracket, PTB quotes as curly ones, ``\\n`` between sentences) and every system reads all
  of it with the DCT as its publication date (when the printed DCT and its annotated value
  disagree, the printed date);
- MEANTIME annotates only the title, the DCT line and the first four sentences of each article
  (sentences 0-5), so predictions after them are not scored;
- gold: TIMEX3 of type DATE that cover tokens, except the DCT itself; predictions overlapping the
  DCT, or only overlapping gold expressions of another type (``Friday morning`` is a TIME in
  MEANTIME), are left out;
- strict span: exact boundaries; relaxed: any overlap (one-to-one, largest overlap first); P/R/F1;
- value accuracy: over relaxed matches, the share whose value equals the gold TIMEX3 value
  (wirecoder's ``Timex.timex3``: its calendar value, or PAST_REF/PRESENT_REF/FUTURE_REF for
  "recently", "now", "the future"; dateparser's date at the granularity it reports).

A row over all TIMEX3 types (span only, every prediction) is printed too.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence, TextIO

from .errors import EvaluationError
from .options import name_list
from .scoring import PrecisionRecall

__all__ = [
    "DEFAULT_ROOT",
    "GoldTimex",
    "MeantimeDocument",
    "Predicted",
    "SpanScores",
    "TimeScores",
    "add_parser",
    "dateparser_predictor",
    "detokenize",
    "load_meantime",
    "read_meantime_file",
    "render_times_table",
    "run",
    "run_time_eval",
    "score_times",
    "wirecoder_predictor",
]

MEANTIME_ENV = "WIRECODER_MEANTIME"
DEFAULT_ROOT = Path("../shared/data/time/meantime_en")
SYSTEMS = ("wirecoder", "dateparser")
#: MEANTIME annotates sentences 0-5 of each article (title, DCT line, first four sentences).
ANNOTATED_SENTENCES = 6


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    dct: bool = False


@dataclass(frozen=True, slots=True)
class MeantimeDocument:
    name: str
    text: str
    dct: str  # YYYY-MM-DD
    timexes: tuple[GoldTimex, ...]
    annotated_end: int  # MEANTIME annotates the title and the first sentences only: text[:annotated_end]


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    type: str | None  # None: the system does not type its expressions (dateparser)
    value: str | None


# ---------------------------------------------------------------------------------- loading

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'re", "'ve",
                              "'ll", "'d", "'m", "n't", "''", "”", "’", "...", "'"})
_NO_SPACE_AFTER = frozenset({"$", "(", "[", "{", "``", "“", "£", "€", "¥", "#"})
_QUOTES = {"``": "“", "''": "”"}


def detokenize(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text from tokenised sentences (one per line), with the character offsets of every token."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    for s_index, tokens in enumerate(sentences):
        if s_index:
            parts.append("\n")
            pos += 1
        sent_offsets: list[tuple[int, int]] = []
        open_quote = False
        glue = True
        for token in tokens:
            token = _QUOTES.get(token, token)
            closing = token == '"' and open_quote
            if token == '"':
                open_quote = not open_quote
            if not glue and token not in _NO_SPACE_BEFORE and not closing:
                parts.append(" ")
                pos += 1
            sent_offsets.append((pos, pos + len(token)))
            parts.append(token)
            pos += len(token)
            glue = token in _NO_SPACE_AFTER or (token == '"' and open_quote)
        offsets.append(sent_offsets)
    return "".join(parts), offsets


_DCT_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d %B %Y")


def _dct_value(text: str, value: str) -> str | None:
    for fmt in _DCT_FORMATS:  # the date as printed, when the annotated value disagrees with it
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            pass
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return value[:10]
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None


def read_meantime_file(path: Path) -> MeantimeDocument:
    """One CAT XML file as a document; raises :class:`EvaluationError` when it is malformed."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as err:
        raise EvaluationError(f"{path}: not a readable MEANTIME (CAT XML) file: {err}") from None
    sentences: dict[int, list[tuple[str, str]]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence", "0")), []).append((tok.get("t_id"), tok.text or ""))
    order = [sentences[k] for k in sorted(sentences)]
    text, offsets = detokenize([[t for _, t in sent] for sent in order])
    where = {tid: off for sent, offs in zip(order, offsets) for (tid, _), off in zip(sent, offs)}
    markables = list(root.iter("TIMEX3"))
    creation = [tx for tx in markables if tx.get("functionInDocument") == "CREATION_TIME"]
    if not creation:  # two files lack the flag: take the TIMEX3 the others are anchored on
        anchors = [tx.get("anchorTimeID") for tx in markables if tx.get("anchorTimeID")]
        top = max(set(anchors), key=anchors.count) if anchors else None
        creation = [tx for tx in markables if tx.get("m_id") == top]
    timexes: list[GoldTimex] = []
    dct: str | None = None
    for tx in markables:
        anchors = [where[a.get("t_id")] for a in tx.findall("token_anchor") if a.get("t_id") in where]
        if not anchors:
            continue  # an implicit TIMEX3 with no words
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        is_dct = any(tx is c for c in creation)
        timexes.append(
            GoldTimex(start, end, text[start:end], tx.get("type", ""), tx.get("value", ""), is_dct))
        if is_dct and dct is None:
            dct = _dct_value(text[start:end], tx.get("value", ""))
    if dct is None:
        raise EvaluationError(f"{path}: no document creation time (a TIMEX3 with "
                              'functionInDocument="CREATION_TIME"); is this a MEANTIME file?')
    timexes.sort(key=lambda t: (t.start, t.end))
    last = min(len(offsets), ANNOTATED_SENTENCES) - 1
    annotated_end = offsets[last][-1][1] if offsets[last] else len(text)
    return MeantimeDocument(path.stem, text, dct, tuple(timexes), annotated_end)


def load_meantime(root: Path | None = None) -> list[MeantimeDocument]:
    """The English MEANTIME documents under ``root`` (default ``$WIRECODER_MEANTIME`` or
    ``../shared/data/time/meantime_en``), from ``intra-doc_annotation/`` when it is there."""
    root = Path(root or os.environ.get(MEANTIME_ENV) or DEFAULT_ROOT)
    base = root / "intra-doc_annotation" if (root / "intra-doc_annotation").is_dir() else root
    paths = sorted(base.rglob("*.xml"))
    if not paths:
        raise EvaluationError(
            f"no MEANTIME files (*.xml) under {root}; give the folder holding intra-doc_annotation/ "
            f"with --meantime or ${MEANTIME_ENV}"
        )
    return [read_meantime_file(p) for p in paths]


# ---------------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class SpanScores(PrecisionRecall):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(slots=True)
class TimeScores:
    """DATE spans (strict, relaxed), DATE value accuracy, and spans over all TIMEX3 types."""

    strict: SpanScores = field(default_factory=SpanScores)
    relaxed: SpanScores = field(default_factory=SpanScores)
    value_correct: int = 0
    value_total: int = 0
    all_types_relaxed: SpanScores = field(default_factory=SpanScores)
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)

    @property
    def value_accuracy(self) -> float | None:
        return self.value_correct / self.value_total if self.value_total else None

    def to_dict(self) -> dict:
        return {"date_strict": self.strict.to_dict(), "date_relaxed": self.relaxed.to_dict(),
                "date_value_accuracy": self.value_accuracy, "value_correct": self.value_correct,
                "value_total": self.value_total,
                "all_types_relaxed": self.all_types_relaxed.to_dict(), "seconds": self.seconds}


def _overlap(a, b) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _match_relaxed(gold: Sequence, pred: Sequence) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping gold and predicted spans, largest overlap first."""
    pairs = sorted(((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if _overlap(g, p) > 0), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score_times(
    documents: Sequence[MeantimeDocument],
    predictions: Sequence[Sequence[Predicted]],
    scores: TimeScores | None = None,
    keep_errors: bool = False,
) -> TimeScores:
    """Add the scores of ``predictions`` (one sequence per document) to ``scores``."""
    scores = scores or TimeScores()
    for doc, preds in zip(documents, predictions):
        dcts = [t for t in doc.timexes if t.dct]
        others = [t for t in doc.timexes if not t.dct and t.type != "DATE"]
        gold = [t for t in doc.timexes if not t.dct and t.type == "DATE"]
        kept = [p for p in preds if p.start < doc.annotated_end and not any(_overlap(p, d) for d in dcts)]
        dated = [p for p in kept if p.type in (None, "DATE")
                 and (any(_overlap(p, g) for g in gold) or not any(_overlap(p, o) for o in others))]
        exact = {(g.start, g.end) for g in gold} & {(p.start, p.end) for p in dated}
        scores.strict.tp += len(exact)
        scores.strict.fp += len(dated) - len(exact)
        scores.strict.fn += len(gold) - len(exact)
        pairs = _match_relaxed(gold, dated)
        scores.relaxed.tp += len(pairs)
        scores.relaxed.fp += len(dated) - len(pairs)
        scores.relaxed.fn += len(gold) - len(pairs)
        for gi, pi in pairs:
            scores.value_total += 1
            right = dated[pi].value == gold[gi].value
            scores.value_correct += right
            if keep_errors and not right:
                scores.errors.append({"doc": doc.name, "kind": "value", "gold": gold[gi].text,
                                      "gold_value": gold[gi].value,
                                      "pred": doc.text[dated[pi].start:dated[pi].end],
                                      "pred_value": dated[pi].value, "dct": doc.dct})
        if keep_errors:
            matched_g = {gi for gi, _ in pairs}
            matched_p = {pi for _, pi in pairs}
            scores.errors += [{"doc": doc.name, "kind": "missed", "gold": g.text, "gold_value": g.value,
                               "context": doc.text[max(0, g.start - 40):g.end + 40]}
                              for gi, g in enumerate(gold) if gi not in matched_g]
            scores.errors += [{"doc": doc.name, "kind": "spurious", "pred": doc.text[p.start:p.end],
                               "pred_value": p.value, "context": doc.text[max(0, p.start - 40):p.end + 40]}
                              for pi, p in enumerate(dated) if pi not in matched_p]
        every = [t for t in doc.timexes if not t.dct]
        pairs_all = _match_relaxed(every, kept)
        scores.all_types_relaxed.tp += len(pairs_all)
        scores.all_types_relaxed.fp += len(kept) - len(pairs_all)
        scores.all_types_relaxed.fn += len(every) - len(pairs_all)
    return scores


# ---------------------------------------------------------------------------------- systems

Predictor = Callable[[Sequence[MeantimeDocument]], list[list[Predicted]]]


def wirecoder_predictor(nlp=None) -> Predictor:
    """wirecoder's ``find_timexes`` over the spaCy pipeline, the DCT as publication date; the value
    scored is ``Timex.timex3`` (the calendar value, or a TIMEX3 reference for "now", "recently")."""

    def predict(documents: Sequence[MeantimeDocument]) -> list[list[Predicted]]:
        from ..stages.timex import find_timexes

        model = nlp
        if model is None:
            from ..analysis import load_pipeline

            model = load_pipeline().nlp
        out = []
        for doc, spacy_doc in zip(documents, model.pipe(d.text for d in documents)):
            # TIMEX3 values: the calendar value, or PAST_REF/PRESENT_REF/FUTURE_REF ("recently")
            out.append([Predicted(t.span.start, t.span.end, t.type, t.timex3)
                        for t in find_timexes(spacy_doc, doc.dct)])
        return out

    return predict


_PERIOD_FORMAT = {"day": "%Y-%m-%d", "time": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def dateparser_predictor(prefer: str = "current_period") -> Predictor:
    """``dateparser.search.search_dates`` with the DCT as ``RELATIVE_BASE``; each found string is
    mapped back to its span, and its value formatted at the granularity dateparser reports for
    it (``DateDataParser.get_date_data(...).period``). ``PREFER_DATES_FROM`` is dateparser's
    default, ``current_period``: of "past", "current_period" and "future" it scored best on
    MEANTIME values (spans do not depend on it)."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - dateparser is a pinned dependency
        raise EvaluationError("dateparser is not installed; pip install dateparser==1.5.0") from None

    def predict(documents: Sequence[MeantimeDocument]) -> list[list[Predicted]]:
        out = []
        for doc in documents:
            base = _dt.datetime.fromisoformat(doc.dct)
            settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}
            parser = DateDataParser(languages=["en"], settings=settings)
            found = search_dates(doc.text, languages=["en"], settings=settings) or []
            preds, cursor = [], 0
            for sub, when in found:
                start = doc.text.find(sub, cursor)
                if start < 0:
                    start = doc.text.find(sub)
                if start < 0:
                    continue
                cursor = start + len(sub)
                data = parser.get_date_data(sub)
                period = data.period if data and data.date_obj else "day"
                if period == "week":
                    iso = when.isocalendar()
                    value = f"{iso[0]:04d}-W{iso[1]:02d}"
                else:
                    value = when.strftime(_PERIOD_FORMAT.get(period, "%Y-%m-%d"))
                preds.append(Predicted(start, start + len(sub), None, value))
            out.append(preds)
        return out

    return predict


# ---------------------------------------------------------------------------------- report


def _num(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _prf(s: SpanScores) -> str:
    return f"{_num(s.precision)} {_num(s.recall)} {_num(s.f1)}  ({s.tp}/{s.fp}/{s.fn})"


def render_times_table(documents: Sequence[MeantimeDocument], results: dict[str, TimeScores | str]) -> str:
    gold = sum(1 for d in documents for t in d.timexes if not t.dct and t.type == "DATE")
    every = sum(1 for d in documents for t in d.timexes if not t.dct)
    lines = [f"times on MEANTIME (English): {len(documents)} articles, {gold} gold DATE expressions "
             f"({every} TIMEX3 of all types), DCT excluded; P R F1 (tp/fp/fn)"]
    rows = [
        ("DATE strict span  P R F1", lambda s: _prf(s.strict)),
        ("DATE relaxed span P R F1", lambda s: _prf(s.relaxed)),
        ("DATE value accuracy", lambda s: "n/a" if s.value_accuracy is None
         else f"{s.value_accuracy:.3f}  ({s.value_correct}/{s.value_total})"),
        ("all types relaxed P R F1", lambda s: _prf(s.all_types_relaxed)),
        ("seconds", lambda s: f"{s.seconds:.1f}"),
    ]
    cells = {label: {n: (f(r) if isinstance(r, TimeScores) else "") for n, r in results.items()}
             for label, f in rows}
    width = max(len(label) for label, _ in rows)
    widths = {n: max([len(n)] + [len(cells[label][n]) for label, _ in rows]) for n in results}
    lines.append(" " * width + "  " + "  ".join(n.ljust(widths[n]) for n in results))
    for label, _ in rows:
        lines.append(label.ljust(width) + "  " + "  ".join(cells[label][n].ljust(widths[n]) for n in results))
    for name, r in results.items():
        if isinstance(r, str):
            lines.append(f"{name}: not run: {r}")
    return "\n".join(lines) + "\n"


def run_time_eval(
    root: Path | None = None,
    systems: Sequence[str] = SYSTEMS,
    *,
    as_json: bool = False,
    errors_to: Path | None = None,
    out: TextIO = sys.stdout,
    log: TextIO = sys.stderr,
) -> int:
    """Score ``systems`` on MEANTIME and print a table (or one JSON object) to ``out``."""
    documents = load_meantime(root)
    predictors: dict[str, Predictor] = {
        "wirecoder": wirecoder_predictor(), "dateparser": dateparser_predictor()}
    results: dict[str, TimeScores | str] = {}
    for name in systems:
        began = time.perf_counter()
        try:
            predictions = predictors[name](documents)
        except EvaluationError as err:
            results[name] = str(err)
            continue
        scores = score_times(documents, predictions, keep_errors=errors_to is not None)
        scores.seconds = time.perf_counter() - began
        results[name] = scores
        print(f"wirecoder eval times: {name}: {len(documents)} articles in {scores.seconds:.1f} s", file=log)
    if errors_to is not None:
        with open(errors_to, "w", encoding="utf-8") as fh:
            for name, r in results.items():
                if isinstance(r, TimeScores):
                    for e in r.errors:
                        fh.write(json.dumps({"system": name, **e}, ensure_ascii=False) + "\n")
    if as_json:
        payload = {"dataset": "meantime_en", "articles": len(documents),
                   "systems": {n: r.to_dict() if isinstance(r, TimeScores) else {"error": r}
                               for n, r in results.items()}}
        out.write(json.dumps(payload) + "\n")
    else:
        out.write(render_times_table(documents, results))
    return 0 if all(isinstance(r, TimeScores) for r in results.values()) else 1


# ---------------------------------------------------------------------------------- CLI

HELP = "score time expressions on MEANTIME: DATE spans (strict, relaxed) and values, per system"




def add_parser(sub: argparse._SubParsersAction, name: str = "times") -> argparse.ArgumentParser:
    """Add the ``times`` task to the sub-commands of ``wirecoder eval``."""
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". Every system reads the rebuilt text with the document creation time "
        "as publication date. Messages go to stderr.")
    parser.add_argument(
        "--meantime", type=Path, metavar="DIR",
        help=f"MEANTIME English folder (holding intra-doc_annotation/); default ${MEANTIME_ENV} or "
        f"{DEFAULT_ROOT}")
    parser.add_argument("--systems", type=name_list(SYSTEMS, "system"), default=SYSTEMS, metavar="LIST",
                        help=f"comma-separated systems to score (default {','.join(SYSTEMS)})")
    parser.add_argument("--errors", type=Path, metavar="FILE",
                        help="write every missed, spurious and wrongly valued expression to FILE "
                        "(JSON Lines)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    return run_time_eval(args.meantime, args.systems, as_json=args.json, errors_to=args.errors)
