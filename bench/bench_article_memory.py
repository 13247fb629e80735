"""Peak memory of ONE long article: spaCy's parse against wirecoder's stages after it.

    .venv/bin/python bench/bench_article_memory.py [--chars 100000 300000] [--kind news|tabs]
                                                  [--whole]

Each size runs in a fresh child process, so its peak RSS (``ru_maxrss``) is its own: the RSS after
loading the pipeline, the peak after parsing (as ``analyze`` does: in chunks of
``Config.chunk_chars``; ``--whole``: one ``nlp(text)``, as before chunking) and the peak after
wirecoder's stages over that Doc. ``news`` is MEANTIME English news (../shared/data/time/) joined into one article; ``tabs`` is
the same words separated by tabs (no sentence punctuation, the parser's worst case).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def article_text(chars: int, kind: str) -> str:
    from corpus import meantime_texts

    base = "\n\n".join(meantime_texts())
    if kind == "tabs":
        base = "\t".join(base.split())
    text = (base + "\n\n") * (chars // (len(base) + 2) + 1)
    return text[:chars]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(chars: int, kind: str, whole: bool) -> None:
    from wirecoder import Article
    from wirecoder.config import Config
    from wirecoder.analysis import analyze_doc, load_pipeline, parse_in_chunks, prepare_article

    text = article_text(chars, kind)
    config = Config()
    pipeline = load_pipeline(Config(chunk_chars=10**9) if whole else config)
    pipeline.nlp.max_length = max(pipeline.nlp.max_length, len(text) + 1)
    loaded = _rss_mb()
    article = prepare_article(Article(text=text, source=f"{kind}-{chars}"))
    t0 = time.process_time()
    if whole or len(article.text) <= config.chunk_chars:
        doc = pipeline.nlp(article.text)
    else:
        doc = parse_in_chunks(pipeline.nlp, article.text, config.chunk_chars)
    parse_s = time.process_time() - t0
    parsed = _rss_mb()
    t0 = time.process_time()
    analysis = analyze_doc(doc, article, pipeline)
    stages_s = time.process_time() - t0
    print(json.dumps({
        "kind": kind, "whole": whole, "chars": len(text), "tokens": len(doc), "sentences": sum(1 for _ in doc.sents),
        "loaded_mb": round(loaded), "after_parse_mb": round(parsed), "after_stages_mb": round(_rss_mb()),
        "parse_cpu_s": round(parse_s, 1), "stages_cpu_s": round(stages_s, 1),
        "quotes": len(analysis.quotes),
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--kind", choices=["news", "tabs"], default="news")
    parser.add_argument("--whole", action="store_true", help="parse in one piece (no chunks)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.chars[0], args.kind, args.whole)
        return
    for chars in args.chars:
        out = subprocess.run([sys.executable, __file__, "--child", "--kind", args.kind, "--chars", str(chars)]
                             + (["--whole"] if args.whole else []),
                             capture_output=True, text=True)
        print(out.stdout.strip() or f"{args.kind} {chars}: failed: {out.stderr.strip()[-300:]}", flush=True)


if __name__ == "__main__":
    main()
