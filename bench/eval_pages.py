"""The chain from a real-looking HTML page to quotes, speakers and statements, on the page
fixtures (tests/fixtures/pages/).

    PYTHONPATH=src python bench/eval_pages.py [--misses] [--json]
    PYTHONPATH=src python bench/eval_pages.py --folder tests/fixtures/pages/scripted
    PYTHONPATH=src python bench/eval_pages.py --folder tests/fixtures/pages/more

The gold is ``tests/fixtures/pages/expected.json`` (hand-written before the pages were run; see
the folder's README): per page what the reader must give (title, published date, site, outlet,
authors, boilerplate strings absent from the text, sentences that occur once, paragraphs kept as whole
lines) and every quote (kind, content, speaker) and statement (holder, proposition, stance,
hedge) a careful annotator records. Each page is read as ``wirecoder analyze PAGE.html`` reads it
(:func:`wirecoder.readers.read_file`) and analysed by the real pipeline. Scoring is the wire
scorer's (:func:`wirecoder.evaluation.wire.score_articles`: quotes paired one-to-one by token F1
>= 0.5; speaker end to end by the README's name rule; a statement counts on its paired quote with
the same stance and a proposition of content-word F1 >= 0.5 holding the gold's last content
word). Holder accuracy is over matched statements (holder or speaker names the gold holder).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "pages"


def load_expected(folder: Path) -> list[dict[str, Any]]:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))["pages"]


def read_pages(folder: Path, pages: list[dict[str, Any]]) -> list[Any]:
    """Each page through the reader ``wirecoder analyze`` uses; a Failure stays a Failure."""
    from wirecoder.readers import read_file

    out = []
    for page in pages:
        items = list(read_file(folder / page["file"]))
        out.append(items[0] if items else None)
    return out


def gold_article(page: dict[str, Any], text: str):
    """The page's expectations as a :class:`WireArticle` over the text the reader gave (quote
    contents are matched by tokens, so they need not be substrings of it)."""
    from wirecoder.evaluation.wire_gold import GoldQuote, GoldStatement, WireArticle

    contents = [q["content"] for q in page["quotes"]]
    quotes = tuple(GoldQuote(q["kind"], q["content"], None, None, q["speaker"])
                   for q in page["quotes"])
    statements = tuple(GoldStatement(contents.index(s["quote"]), s["holder"], s["proposition"],
                                     s["stance"], s["hedge"]) for s in page["statements"])
    return WireArticle(Path(page["file"]).stem, text, page["published"],
                       page.get("outlet", page["site"]), None, quotes, (), (), statements, ())


def reader_checks(page: dict[str, Any], article: Any) -> dict[str, list[int]]:
    """[right, total] per reader check of one page (an unread page gets none right)."""
    text = getattr(article, "text", None)
    if text is None:
        n = len(page["absent"]), len(page["once"]), len(page["lines"]), len(page["quotes"])
        return {"read": [0, 1], "title": [0, 1], "published": [0, 1], "site": [0, 1],
                "outlet": [0, 1], "authors": [0, 1], "boilerplate_absent": [0, n[0]], "once": [0, n[1]],
                "lines": [0, n[2]], "quote_contents_in_text": [0, n[3]]}
    from wirecoder.analysis import prepare_article

    prepared = prepare_article(article)
    lines = set(text.split("\n"))
    return {
        "read": [1, 1],
        "title": [int(article.title == page["title"]), 1],
        "published": [int(article.published == page["published"]), 1],
        "site": [int(article.site == page["site"]), 1],
        "outlet": [int(prepared.outlet == page.get("outlet", page["site"])), 1],
        "authors": [int(list(article.authors) == page["authors"]), 1],
        "boilerplate_absent": [sum(s not in text for s in page["absent"]), len(page["absent"])],
        "once": [sum(text.count(s) == 1 for s in page["once"]), len(page["once"])],
        "lines": [sum(s in lines for s in page["lines"]), len(page["lines"])],
        "quote_contents_in_text": [sum(q["content"] in text for q in page["quotes"]),
                                   len(page["quotes"])],
    }


def reader_misses(page: dict[str, Any], article: Any) -> list[str]:
    text = getattr(article, "text", None)
    if text is None:
        return [f"{page['file']}: not read: {getattr(article, 'message', article)}"]
    from wirecoder.analysis import prepare_article

    prepared = prepare_article(article)
    out = []
    for key, got in (("title", article.title), ("published", article.published),
                     ("site", article.site)):
        if got != page[key]:
            out.append(f"{page['file']}: {key} {got!r}, expected {page[key]!r}")
    if prepared.outlet != page.get("outlet", page["site"]):
        out.append(f"{page['file']}: outlet {prepared.outlet!r}, expected "
                   f"{page.get('outlet', page['site'])!r}")
    if list(article.authors) != page["authors"]:
        out.append(f"{page['file']}: authors {list(article.authors)!r}, expected {page['authors']!r}")
    lines = set(text.split("\n"))
    out += [f"{page['file']}: boilerplate left in: {s!r}" for s in page["absent"] if s in text]
    out += [f"{page['file']}: occurs {text.count(s)} times: {s!r}" for s in page["once"]
            if text.count(s) != 1]
    out += [f"{page['file']}: not a whole line: {s!r}" for s in page["lines"] if s not in lines]
    return out


def run(folder: Path = FOLDER) -> dict[str, Any]:
    """Every figure, with the misses, as one dict."""
    from wirecoder.analysis import load_pipeline
    from wirecoder.evaluation.wire import pair_texts, same_name, same_proposition, score_articles
    from wirecoder.readers import Failure

    pages = load_expected(folder)
    read = read_pages(folder, pages)
    checks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, list[str]] = defaultdict(list)
    for page, article in zip(pages, read):
        for key, (right, total) in reader_checks(page, article).items():
            checks[key][0] += right
            checks[key][1] += total
        misses["reader"] += reader_misses(page, article)
    ok = [(p, a) for p, a in zip(pages, read) if a is not None and not isinstance(a, Failure)]
    pipeline = load_pipeline()
    analyses = {}
    for (page, article), analysis in zip(ok, pipeline.analyze_many([a for _, a in ok])):
        if not isinstance(analysis, Failure):
            analyses[Path(page["file"]).stem] = analysis.to_dict()
    golds = [gold_article(p, a.text) for p, a in ok if Path(p["file"]).stem in analyses]
    # a page that is not read or not analysed scores nothing: its gold items count as missed
    golds += [gold_article(p, "") for p, a in zip(pages, read)
              if Path(p["file"]).stem not in analyses]
    for g in golds:
        analyses.setdefault(g.name, {})
    scores, wire_misses = score_articles(golds, analyses)
    for m in wire_misses:
        if m.layer in ("quotes", "speakers", "statements"):
            misses[m.layer].append(f"{m.article}: {m.what}: gold {m.gold!s} | predicted "
                                   f"{m.predicted!s}" + (f" | {m.context}" if m.context else ""))
    holder = [0, 0]
    for g in golds:
        d = analyses[g.name]
        quotes = d.get("quotes") or []
        pairs = pair_texts([q.content for q in g.quotes],
                           [(q.get("content") or {}).get("text") or "" for q in quotes])
        used: set[str] = set()
        for st in g.statements:
            j = pairs.get(st.quote)
            if j is None:
                continue
            own = [p for p in d.get("statements") or [] if p.get("quote") == quotes[j]["id"]]
            hit = next((p for p in own if p["id"] not in used and p.get("stance") == st.stance
                        and same_proposition((p.get("proposition") or {}).get("text"),
                                             st.proposition)), None)
            if hit is None:
                continue
            used.add(hit["id"])
            name = (hit.get("holder") or {}).get("name")
            speaker = (quotes[j].get("speaker") or {}).get("name")
            right = same_name(name, st.holder) or same_name(speaker, st.holder)
            holder[0] += right
            holder[1] += 1
            if not right:
                misses["holders"].append(f"{g.name}: gold {st.holder!r} | holder {name!r}, "
                                         f"speaker {speaker!r} | {st.proposition}")
    q, s = scores.quotes, scores.statements
    return {
        "pages": len(pages),
        "reader": dict(checks),
        "quotes": {"P": round(q.precision, 3), "R": round(q.recall, 3), "F1": round(q.f1, 3),
                   "tp": q.tp, "fp": q.fp, "fn": q.fn},
        "quote_kind": [scores.quote_kind.correct, scores.quote_kind.total],
        "speaker_end_to_end": [scores.speaker_end_to_end.correct,
                               scores.speaker_end_to_end.total],
        "anonymous_null": [scores.anonymous_null.correct, scores.anonymous_null.total],
        "statements": {"P": round(s.precision, 3), "R": round(s.recall, 3), "F1": round(s.f1, 3),
                       "tp": s.tp, "fp": s.fp, "fn": s.fn},
        "stance_accuracy": [scores.statement_stance.correct, scores.statement_stance.total],
        "hedge_accuracy": [scores.statement_hedge.correct, scores.statement_hedge.total],
        "holder_accuracy": holder,
        "pages_with_statements": sum(bool(analyses[g.name].get("statements")) for g in golds),
        "misses": dict(misses),
    }


def render(out: dict[str, Any], show_misses: bool) -> str:
    r = out["reader"]
    q, s = out["quotes"], out["statements"]
    lines = [
        f"pages: {out['pages']} ({out.get('folder', 'tests/fixtures/pages')})",
        "reader: " + "; ".join(f"{k} {v[0]}/{v[1]}" for k, v in r.items()),
        f"quotes: P {q['P']:.3f}  R {q['R']:.3f}  F1 {q['F1']:.3f}  (tp {q['tp']} / fp {q['fp']}"
        f" / fn {q['fn']}); kind {out['quote_kind'][0]}/{out['quote_kind'][1]}",
        f"speakers end to end: {out['speaker_end_to_end'][0]}/{out['speaker_end_to_end'][1]}; "
        f"anonymous left null {out['anonymous_null'][0]}/{out['anonymous_null'][1]}",
        f"statements: P {s['P']:.3f}  R {s['R']:.3f}  F1 {s['F1']:.3f}  (tp {s['tp']} / fp "
        f"{s['fp']} / fn {s['fn']}); pages with any statement {out['pages_with_statements']}/"
        f"{out['pages']}",
        f"  stance {out['stance_accuracy'][0]}/{out['stance_accuracy'][1]}; hedge "
        f"{out['hedge_accuracy'][0]}/{out['hedge_accuracy'][1]} (matched propositions); holder "
        f"{out['holder_accuracy'][0]}/{out['holder_accuracy'][1]} (matched statements)",
    ]
    if show_misses:
        for layer, items in out["misses"].items():
            lines.append(f"misses: {layer} ({len(items)})")
            lines += [f"  {m}" for m in items]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=FOLDER, help="default: %(default)s")
    parser.add_argument("--misses", action="store_true", help="list each miss")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    if not (args.folder / "expected.json").is_file():
        print(f"eval_pages: {args.folder}: no expected.json; give the pages fixture folder",
              file=sys.stderr)
        return 2
    out = run(args.folder)
    out["folder"] = str(args.folder.resolve().relative_to(ROOT)) if args.folder.resolve().is_relative_to(
        ROOT) else str(args.folder)
    if not args.misses:
        out.pop("misses")
    print(json.dumps(out, ensure_ascii=False, indent=1) if args.json
          else render(out, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
