"""Statements of the current code on the multi-topic fixture corpus (tests/fixtures/topics/).

    PYTHONPATH=src python bench/eval_topics.py [--misses] [--json]

The gold is ``tests/fixtures/topics/expected.json`` (hand-written, wire_dev conventions): each
story's statements carry the exact content of their quote, so the quotes of the gold are the
quotes that carry a statement (factual quotes have none; a statement predicted on one is a false
positive, as in ``wirecoder eval wire``). Scoring is the wire scorer's
(:func:`wirecoder.evaluation.wire.score_articles`: quote paired by token F1 >= 0.5, same stance,
proposition content-word F1 >= 0.5 with the gold's last content word) and the threads are
checked by :func:`wirecoder.evaluation.wire_threads.check_threads` on a temporary SQLite store,
as ``wirecoder positions`` and ``shifts`` read it. On top of that, this script prints holder
accuracy on matched statements (the wire scorer does not check holders) and sorts every miss
into a mechanism by comparing the gold with what was predicted on the same quote.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "topics"


def load_gold(folder: Path):
    """The expected.json of ``folder`` as a :class:`WireGold` (quotes = the quotes that carry
    statements, in text order) and its stories' topics by article name."""
    from wirecoder.evaluation.wire_gold import GoldThread, ThreadEntry, WireGold, parse_article_gold

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    articles, topics, holders = [], {}, {}
    for story in expected["stories"]:
        name = story["article"][:-4]
        raw = (folder / story["article"]).read_text(encoding="utf-8")
        quotes: dict[tuple[str, int], int] = {}
        for st in sorted(story["statements"], key=lambda s: s["quote_start"]):
            quotes.setdefault((st["quote"], st["quote_start"]), len(quotes))
        gold = {
            "published": story["published"],
            "outlet": story["outlet"],
            "quotes": [{"kind": next(s["kind"] for s in story["statements"] if s["quote"] == q),
                        "content": q, "speaker": None} for q, _ in quotes],
            "statements": [{"quote": quotes[(s["quote"], s["quote_start"])], "holder": s["holder"],
                            "proposition": s["proposition"], "stance": s["stance"],
                            "hedge": s["hedge"]} for s in story["statements"]],
        }
        article = parse_article_gold(name, raw, gold, str(folder / story["article"]))
        articles.append(article)
        topics[name] = story["topic"]
        holders[name] = [s["holder"] for s in gold["statements"]]
    stance_of: dict[tuple[str, str, str], tuple[str, str]] = {}
    for story in expected["stories"]:
        for s in story["statements"]:
            stance_of.setdefault((story["article"], s["holder"], s["proposition"]),
                                 (s["stance"], s["hedge"]))
    threads = []
    for t in expected["threads"]:
        timeline = tuple(ThreadEntry(a[:-4], None, *stance_of[(a, t["holder"], t["proposition"])])
                         for a in t["articles"]
                         if (a, t["holder"], t["proposition"]) in stance_of)
        echo = ("005", "004") if t["holder"] == "Rajiv Menon" else None
        shifts = t["shift"] or [None]
        for shift in shifts:  # the wire format has one shift per thread
            threads.append(GoldThread(
                t["holder"], t["proposition"], timeline,
                (shift["article"][:-4], shift["from"], shift["to"]) if shift else None,
                echo, t["note"]))
    return WireGold(folder, tuple(articles), tuple(threads)), topics, holders


def _f1_only(predicted: str | None, gold: str) -> bool:
    from wirecoder.evaluation.wire import content_words

    p, g = content_words(predicted), content_words(gold)
    common = sum((Counter(p) & Counter(g)).values())
    return bool(p and g) and 2 * common / (len(p) + len(g)) >= 0.5


def mechanism(gold_st, gold_quote, own: list[dict], paired: bool) -> str:
    """The mechanism of a missed gold statement, from what was predicted on its quote."""
    from wirecoder.evaluation.wire import content_words, same_proposition

    if not paired:
        return "quote not found"
    if not own:
        return "no statement on the quote"
    g = content_words(gold_st.proposition)
    texts = [((p.get("proposition") or {}).get("text") or "") for p in own]
    if any(same_proposition(t, gold_st.proposition) for t in texts):
        return "stance wrong"
    last = g[-1] if g else ""
    best = max(own, key=lambda p: len(set(content_words((p.get("proposition") or {}).get("text")))
                                      & set(g)))
    btext = (best.get("proposition") or {}).get("text") or ""
    bwords = content_words(btext)
    shared = set(bwords) & set(g)
    obj = (best.get("proposition") or {}).get("object")
    if not obj or btext.rstrip().split()[-1].lower() in {"on", "to", "with", "that", "let", "of",
                                                           "against", "for", "in", "from"}:
        return "object lost (proposition truncated)"
    if last not in bwords and len(shared) >= 2:
        return "object differs or missing (gold's last content word absent)"
    if len(shared) <= 1:
        return "other predicate (paraphrase, light verb or pronoun object)"
    return "proposition too long or too short (content-word F1 < 0.5)"


def run(folder: Path, show_misses: bool, as_json: bool) -> int:
    from wirecoder.analysis import load_pipeline
    from wirecoder.evaluation.wire import pair_texts, same_name, same_proposition
    from wirecoder.evaluation.wire_report import analyze_wire, evaluate_wire

    gold, topics, _ = load_gold(folder)
    pipeline = load_pipeline()
    analyses = analyze_wire(gold, pipeline)
    result = evaluate_wire(gold, analyses, layers=("quotes", "statements", "threads"),
                           gazetteer=pipeline.gazetteer)
    s = result.scores
    mech: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    holder_right = holder_total = 0
    lenient = 0  # matched when the last-content-word rule is dropped (content-word F1 >= 0.5 only)
    per_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for art in gold.articles:
        d = analyses[art.name].to_dict()
        quotes = d.get("quotes") or []
        pairs = pair_texts([q.content for q in art.quotes],
                           [(q.get("content") or {}).get("text") or "" for q in quotes])
        by_quote: dict[str, list[dict]] = defaultdict(list)
        for p in d.get("statements") or []:
            by_quote[p.get("quote")].append(p)
        used: set[str] = set()
        for g in art.statements:
            j = pairs.get(g.quote)
            own = by_quote.get(quotes[j]["id"], []) if j is not None else []
            hit = next((p for p in own if p["id"] not in used and p.get("stance") == g.stance
                        and same_proposition((p.get("proposition") or {}).get("text"),
                                             g.proposition)), None)
            if hit is not None:
                used.add(hit["id"])
                per_topic[topics[art.name]][0] += 1
                holder = (hit.get("holder") or {}).get("name")
                speaker = (quotes[j].get("speaker") or {}).get("name")
                holder_total += 1
                # the holder is the speaker, or the country or body the speaker speaks for
                ok = same_name(holder, g.holder) or same_name(speaker, g.holder)
                holder_right += ok
                if not ok:
                    mech["wrong holder (statement matched)"] += 1
                    examples["wrong holder (statement matched)"].append(
                        f"{art.name}: gold {g.holder!r} | predicted holder {holder!r}, "
                        f"speaker {speaker!r} | {g.proposition}")
                if hit.get("hedge") != g.hedge:
                    mech["hedge wrong (statement matched)"] += 1
                    examples["hedge wrong (statement matched)"].append(
                        f"{art.name}: {g.proposition} gold {g.hedge} | predicted {hit.get('hedge')}"
                        f" | {art.quotes[g.quote].content[:90]}")
                continue
            per_topic[topics[art.name]][2] += 1
            lenient += any(p.get("stance") == g.stance and _f1_only(
                (p.get("proposition") or {}).get("text"), g.proposition) for p in own)
            m = mechanism(g, art.quotes[g.quote], own, j is not None)
            mech[m] += 1
            said = "; ".join(f"{(p.get('proposition') or {}).get('text')} [{p.get('stance')}/"
                             f"{p.get('hedge')}]" for p in own) or "-"
            examples[m].append(f"{art.name}: gold {g.holder}: {g.proposition} [{g.stance}/"
                               f"{g.hedge}] | predicted {said} | {art.quotes[g.quote].content[:90]}")
        gold_quote_ids = {quotes[j]["id"] for j in pairs.values()}
        for p in d.get("statements") or []:
            if p["id"] in used:
                continue
            per_topic[topics[art.name]][1] += 1
            kind = ("spurious: on a quote the gold gives no statement (factual or other)"
                    if p.get("quote") not in gold_quote_ids
                    else "spurious: extra or unmatched statement on a gold quote")
            mech[kind] += 1
            examples[kind].append(f"{art.name}: {(p.get('holder') or {}).get('name')}: "
                                  f"{(p.get('proposition') or {}).get('text')} "
                                  f"[{p.get('stance')}/{p.get('hedge')}]")
    c = s.statements
    th = result.threads
    out = {
        "articles": len(gold.articles), "topics": len(set(topics.values())),
        "gold_statements": c.tp + c.fn, "predicted_statements": c.tp + c.fp,
        "statements": {"P": round(c.precision, 3), "R": round(c.recall, 3), "F1": round(c.f1, 3),
                       "tp": c.tp, "fp": c.fp, "fn": c.fn},
        "recall_without_last_word_rule": [c.tp + lenient, c.tp + c.fn],
        "stance_accuracy": [s.statement_stance.correct, s.statement_stance.total],
        "hedge_accuracy": [s.statement_hedge.correct, s.statement_hedge.total],
        "holder_accuracy": [holder_right, holder_total],
        "quotes": {"recall_of_statement_quotes": [s.quotes.tp, s.quotes.tp + s.quotes.fn]},
        "threads": {"right": [th.threads.correct, th.threads.total],
                    "timeline": [th.timeline.correct, th.timeline.total],
                    "shift_right": [th.shifts.correct, th.shifts.total],
                    "echo_right": [th.echoes.correct, th.echoes.total]} if th else None,
        "per_topic": {t: dict(zip(("tp", "fp", "fn"), v)) for t, v in sorted(per_topic.items())},
        "mechanisms": dict(mech.most_common()),
    }
    if as_json:
        if show_misses:
            out["examples"] = examples
            out["thread_misses"] = [m.__dict__ if hasattr(m, "__dict__") else str(m)
                                    for m in (th.misses() if th else [])]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"statements on {folder.name}: {out['articles']} articles, {out['topics']} topics, "
          f"{out['gold_statements']} gold, {out['predicted_statements']} predicted")
    print(f"  P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  (tp {c.tp} / fp {c.fp} / fn {c.fn})")
    print(f"  stance accuracy (matched propositions) {s.statement_stance.correct}/{s.statement_stance.total}"
          f"; hedge accuracy {s.statement_hedge.correct}/{s.statement_hedge.total}"
          f"; holder accuracy (matched statements) {holder_right}/{holder_total}")
    print(f"  recall if the gold's last content word were not required: {c.tp + lenient}/{c.tp + c.fn}")
    print(f"  quotes carrying a gold statement found: {s.quotes.tp}/{s.quotes.tp + s.quotes.fn}")
    if th:
        print(f"  threads right {th.threads.correct}/{th.threads.total}; timeline entries "
              f"{th.timeline.correct}/{th.timeline.total}; shift right {th.shifts.correct}/"
              f"{th.shifts.total}; echo right {th.echoes.correct}/{th.echoes.total}")
    print("per topic (tp/fp/fn):")
    for t, v in out["per_topic"].items():
        print(f"  {t:24} {v['tp']}/{v['fp']}/{v['fn']}")
    print("misses by mechanism:")
    for m, n in mech.most_common():
        print(f"  {n:3}  {m}")
        if show_misses:
            for e in examples[m]:
                print(f"         {e}")
    if show_misses and th:
        print("thread misses:")
        for m in th.misses():
            print(f"  {m.what}: gold {m.gold} | found {m.predicted} | {m.context}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=FOLDER, help="default: %(default)s")
    parser.add_argument("--misses", action="store_true", help="list each miss under its mechanism")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    if not (args.folder / "expected.json").is_file():
        print(f"eval_topics: {args.folder}: no expected.json; give the topics fixture folder",
              file=sys.stderr)
        return 2
    return run(args.folder, args.misses, args.json)


if __name__ == "__main__":
    sys.exit(main())
