"""``wirecoder eval events``: the events stage on sentence-level event gold, with baselines.

Two sets, each scored for three systems in the same run:

- **PLOVER gold** (``plover_gold_dev.jsonl``, openeventdata/PLOVER, CC BY-SA 4.0): English
  sentences from the CAMEO manual, each with one coded event (PLOVER v2.0 category, actor and
  recipient countries). Measures: category accuracy, macro-F1 over the categories, and actor and
  recipient country precision / recall / F1 (sets of countries per sentence, micro-averaged).
- **PETRARCH-2 validation** (``petr2_gsr_validation.jsonl``, MIT): wire sentences with their
  expected CAMEO codings, some with none. Measures: CAMEO root accuracy over the sentences that
  have events (a prediction is right when its root is the root of one of the gold events; roots
  01 and 02, statements and appeals, have no PLOVER category and cannot be predicted), and
  "no event" precision and recall (a sentence predicted to hold no event that has none).

How a sentence-level gold is scored with an article-level coder: each sentence is analysed as a
one-sentence article (entities, times, quotes, then :func:`~wirecoder.stages.events.find_events`
with PLOVER's reading of announced intentions, ``intentions``); the **main event** is the
event whose trigger stands highest in the dependency tree (nearest the root), ties going to the
first. PLOVER's examples often put the coded act inside a reported or embedded clause ("X said
it will withdraw", "officials agreed that their countries should cooperate"), so when the
realis filters leave no event the trigger classification is run over the whole sentence and the
highest trigger is taken, filters aside (for PLOVER only; on PETRARCH-2 "no event" is a
figure, so no fallback there).

Baselines: **majority** (the most frequent category or root of the set, no countries) and
**keyword** (the first word of the sentence whose lower-cased form starts with a trigger lemma of
the lexicon, and the first and second gazetteer countries as actor and recipient).
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

from .errors import EvaluationError

__all__ = ["add_parser", "load_jsonl", "main_event", "run", "run_events_eval", "score_plover", "score_petr2"]

HELP = "score events on the PLOVER gold sentences and the PETRARCH-2 validation set, with baselines"
DEFAULT_DIR = Path("../shared/data/events")
SYSTEMS = ("wirecoder", "keyword", "majority")


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise EvaluationError(f"cannot read {path}: {err.strerror or err}; give --data DIR holding it") from err
    except ValueError as err:  # a NUL in the path, or a file that is not UTF-8
        raise EvaluationError(f"cannot read {path!r}: {err}; give --data DIR holding the JSONL files") from err
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise EvaluationError(f"{path}, line {n}: not JSON ({err.msg})") from err
    return rows


@dataclass(frozen=True, slots=True)
class Coded:
    category: str | None
    cameo: str | None
    actors: frozenset[str]
    recipients: frozenset[str]


def _depth(token) -> int:
    d = 0
    while token.head.i != token.i and d < 50:
        token = token.head
        d += 1
    return d


def main_event(doc, events, *, fallback: bool) -> Coded:
    """The main event of a one-sentence doc (see the module doc)."""
    from ..stages.events.triggers import find_triggers

    if events:
        def rank(e):
            span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand") if e.trigger else None
            return (_depth(span[0]) if span is not None else 99, e.evidence.start)
        best = min(events, key=rank)
        same = [e for e in events if e.evidence == best.evidence and e.category == best.category]
        return Coded(best.category, best.cameo,
                     frozenset(a.country for a in best.actors if a.country),
                     frozenset(r.country for e in same for r in e.recipients if r.country))
    if fallback:
        from ..stages.events.find import _intention

        triggers = [t for t in find_triggers(doc) if (t.sense or t.civil) is not None]
        if triggers:
            t = min(triggers, key=lambda t: (_depth(t.token), t.token.i))
            s = _intention(t) or t.sense or t.civil
            return Coded(s.category, s.cameo[:2], frozenset(), frozenset())
        for t in doc:  # "Russia said that Sudan must return the helicopter"
            if t.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in t.children):
                return Coded("REQUEST", "10", frozenset(), frozenset())
    return Coded(None, None, frozenset(), frozenset())


def _analyse(texts: Sequence[str], fallback: bool) -> list[Coded]:
    from ..analysis import load_pipeline
    from ..stages.entities.find import find_entities
    from ..stages.events.find import find_events
    from ..stages.quotes.find import find_quotes
    from ..stages.timex import find_times

    pipeline = load_pipeline()
    out = []
    for doc in pipeline.nlp.pipe(texts, batch_size=32):
        entities = find_entities(doc, pipeline.gazetteer)
        times = find_times(doc, None)
        quotes = find_quotes(doc, entities, pipeline.gazetteer) if not fallback else ()
        events = find_events(doc, entities, quotes, times, pipeline.gazetteer, None, intentions=True)
        coded = main_event(doc, events, fallback=fallback)
        if fallback and not coded.actors:
            coded = _with_countries(coded, doc, pipeline.gazetteer, entities)
        out.append(coded)
    return out


def _with_countries(coded: Coded, doc, gazetteer, entities) -> Coded:
    """A fallback coding's actor: the first country the sentence names."""
    countries = [e.country for e in entities if e.country]
    if not countries:
        return coded
    return Coded(coded.category, coded.cameo, frozenset(countries[:1]),
                 frozenset(countries[1:2]) if coded.recipients == frozenset() else coded.recipients)


def _keyword(texts: Sequence[str]) -> list[Coded]:
    from ..analysis import load_pipeline
    from ..stages.events.lexicon import NOUNS, VERBS

    gaz = load_pipeline().gazetteer
    table = sorted({**NOUNS, **VERBS}.items(), key=lambda kv: -len(kv[0]))
    out = []
    for text in texts:
        found = None
        words = text.split()
        for w in words:
            lw = w.lower().strip(".,;:\"'()")
            for lemma, s in table:
                if len(lemma) >= 4 and lw.startswith(lemma[:-1] if lemma.endswith("e") else lemma):
                    found = s
                    break
            if found:
                break
        tokens = []
        pos = 0
        for w in words:
            start = text.index(w, pos)
            tokens.append((start, start + len(w)))
            pos = start + len(w)
        countries = [m.referent.country for m in gaz.match_tokens(text, tokens)
                     if m.referent.country and m.referent.type in ("COUNTRY", "PLACE")]
        out.append(Coded(found.category if found else None, found.cameo[:2] if found else None,
                         frozenset(countries[:1]), frozenset(countries[1:2])))
    return out


def _majority(labels: Sequence[str | None], n: int, *, root: bool) -> list[Coded]:
    common = Counter(x for x in labels if x).most_common(1)
    top = common[0][0] if common else None
    return [Coded(None if root else top, top if root else None, frozenset(), frozenset())] * n


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _country_prf(gold: Sequence[frozenset[str]], pred: Sequence[frozenset[str]]) -> dict[str, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    fp = sum(len(p - g) for g, p in zip(gold, pred))
    fn = sum(len(g - p) for g, p in zip(gold, pred))
    return _prf(tp, fp, fn)


def _plover_code(country: str) -> str:
    """PLOVER gold v0.5 codes the United Nations as IGO; wirecoder's UNO (the v2.0 code, used by
    wire_dev) is one of them, so it scores as IGO here."""
    return "IGO" if country == "UNO" else country


def score_plover(rows: Sequence[dict[str, Any]], pred: Sequence[Coded]) -> dict[str, Any]:
    pred = [Coded(p.category, p.cameo, frozenset(map(_plover_code, p.actors)),
                  frozenset(map(_plover_code, p.recipients))) for p in pred]
    gold = [r["event"] for r in rows]
    acc = sum(p.category == g for p, g in zip(pred, gold)) / len(gold) if gold else 0.0
    f1s = []
    per = {}
    for cat in sorted(set(gold)):
        tp = sum(p.category == cat and g == cat for p, g in zip(pred, gold))
        fp = sum(p.category == cat and g != cat for p, g in zip(pred, gold))
        fn = sum(p.category != cat and g == cat for p, g in zip(pred, gold))
        per[cat] = _prf(tp, fp, fn)
        f1s.append(per[cat]["f1"])
    actors = [frozenset(a["country"] for a in r.get("actor") or [] if a.get("country")) for r in rows]
    recips = [frozenset(a["country"] for a in r.get("recipient") or [] if a.get("country")) for r in rows]
    return {"sentences": len(rows), "category_accuracy": acc, "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
            "actor_country": _country_prf(actors, [p.actors for p in pred]),
            "recipient_country": _country_prf(recips, [p.recipients for p in pred]),
            "by_category": per}


def score_petr2(rows: Sequence[dict[str, Any]], pred: Sequence[Coded]) -> dict[str, Any]:
    with_events = [(r, p) for r, p in zip(rows, pred) if r["events"]]
    right = sum(p.cameo is not None and any(e["cameo"][:2] == p.cameo for e in r["events"]) for r, p in with_events)
    none_pred = [(r, p) for r, p in zip(rows, pred) if p.cameo is None]
    none_gold = [r for r in rows if not r["events"]]
    none_right = sum(not r["events"] for r, _ in none_pred)
    return {"sentences": len(rows), "with_events": len(with_events),
            "cameo_root_accuracy": right / len(with_events) if with_events else 0.0,
            "no_event_precision": none_right / len(none_pred) if none_pred else 0.0,
            "no_event_recall": none_right / len(none_gold) if none_gold else 0.0,
            "predicted_no_event": len(none_pred), "gold_no_event": len(none_gold)}


def evaluate(data: Path, systems: Sequence[str] = SYSTEMS) -> dict[str, Any]:
    plover = load_jsonl(data / "plover_gold_dev.jsonl")
    petr2 = load_jsonl(data / "petr2_gsr_validation.jsonl")
    out: dict[str, Any] = {"plover": {}, "petr2": {}}
    for system in systems:
        if system == "wirecoder":
            p1 = _analyse([r["text"] for r in plover], fallback=True)
            p2 = _analyse([r["text"] for r in petr2], fallback=False)
        elif system == "keyword":
            p1 = _keyword([r["text"] for r in plover])
            p2 = _keyword([r["text"] for r in petr2])
        else:
            p1 = _majority([r["event"] for r in plover], len(plover), root=False)
            p2 = _majority([e["cameo"][:2] for r in petr2 for e in r["events"]], len(petr2), root=True)
        out["plover"][system] = score_plover(plover, p1)
        out["petr2"][system] = score_petr2(petr2, p2)
    return out


def render(result: dict[str, Any]) -> str:
    lines = ["PLOVER gold dev (category; actor/recipient country P R F1)",
             f"{'system':10}  {'accuracy':>8}  {'macro-F1':>8}  {'actor P   R     F1':>20}  {'recipient P  R     F1':>22}"]
    for system, s in result["plover"].items():
        a, r = s["actor_country"], s["recipient_country"]
        lines.append(f"{system:10}  {s['category_accuracy']:8.3f}  {s['macro_f1']:8.3f}  "
                     f"{a['precision']:.3f} {a['recall']:.3f} {a['f1']:.3f}     {r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}")
    lines += ["", "PETRARCH-2 validation (CAMEO root accuracy over sentences with events; 'no event' P R)",
              f"{'system':10}  {'root acc':>8}  {'no-event P':>10}  {'no-event R':>10}"]
    for system, s in result["petr2"].items():
        lines.append(f"{system:10}  {s['cameo_root_accuracy']:8.3f}  {s['no_event_precision']:10.3f}  {s['no_event_recall']:10.3f}")
    if "wirecoder" in result["plover"]:
        lines += ["", "PLOVER per category (wirecoder): P R F1"]
        for cat, c in result["plover"]["wirecoder"]["by_category"].items():
            lines.append(f"  {cat:10} {c['precision']:.3f} {c['recall']:.3f} {c['f1']:.3f}  ({c['tp']}/{c['fp']}/{c['fn']})")
    return "\n".join(lines) + "\n"


def run_events_eval(data: Path = DEFAULT_DIR, systems: Sequence[str] = SYSTEMS, *, as_json: bool = False,
                    out: TextIO = sys.stdout, log: TextIO = sys.stderr) -> int:
    began = time.perf_counter()
    result = evaluate(data, systems)
    print(f"wirecoder eval events: scored {result['plover'][systems[0]]['sentences']} PLOVER and "
          f"{result['petr2'][systems[0]]['sentences']} PETRARCH-2 sentences in "
          f"{time.perf_counter() - began:.1f} s", file=log)
    out.write(json.dumps(result) + "\n" if as_json else render(result))
    return 0


def add_parser(sub: argparse._SubParsersAction, name: str = "events") -> argparse.ArgumentParser:
    from .options import name_list

    parser = sub.add_parser(name, help=HELP, description=HELP + ". The wire_dev events are scored by "
                            "`wirecoder eval wire DIR --layer events`. Messages go to stderr.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DIR, metavar="DIR",
                        help=f"folder holding plover_gold_dev.jsonl and petr2_gsr_validation.jsonl (default {DEFAULT_DIR})")
    parser.add_argument("--systems", type=name_list(SYSTEMS, "system"), default=SYSTEMS, metavar="LIST",
                        help=f"comma-separated systems (default {','.join(SYSTEMS)})")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    return run_events_eval(args.data, args.systems, as_json=args.json)
