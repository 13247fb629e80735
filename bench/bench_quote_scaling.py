"""How the analysis stages scale with the number of quotes in ONE article.

    .venv/bin/python bench/bench_quote_scaling.py [--sizes 1000 2000 4000] [--rounds 3]
                                                 [--one-paragraph] [--one-speaker]

Builds one article per size with that many quote pairs (varied forms: “...,” X said. / X said
that ... / According to X, ... / X told reporters: “...” / “...,” said X, “...”), parses each
ONCE with the real pipeline (not timed), then times every wirecoder stage over the parsed Docs.
Rounds are interleaved (each round runs every size, in a rotated order) so that drift of a shared
machine hits all sizes alike; each stage is timed in CPU seconds (``time.process_time``, the
figure to trust on a busy machine) beside wall seconds; medians over the rounds are printed.
Before each stage the garbage collector runs and freezes what is alive (``gc.freeze``), so
that a stage is not charged for rescanning the Docs of every size kept for the rounds.

The number to watch is the ratio per doubling of the quote and statement stages (both work per
quote): linear work gives ~2.0, the acceptance bound is 2.3 (exit status 1 when it is exceeded). ``--one-paragraph`` puts the whole
article in one paragraph (no newlines), the worst case for searches bounded by line breaks.
``--one-speaker`` gives every quote the same speaker, the worst case for work done per quote over
a person's mentions (one person quoted 2,000 times has 2,000 mentions).
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import statistics
import sys
import time

_NAMES = (
    "Aleksandar Vucic", "Ana Brnabic", "the minister", "she", "he", "a spokesman", "police",
    "Serbian President Aleksandar Vucic", "the Serbian leader", "Ivica Dacic",
)
_TOPICS = (
    "impose sanctions on Russia", "join NATO", "recognise Kosovo", "raise pensions",
    "build the new railway", "cut taxes for farmers", "open the border crossing",
)


def build_article(pairs: int, *, seed: int = 8, one_paragraph: bool = False,
                  one_speaker: bool = False) -> str:
    """An article with ``pairs`` quote-and-attribution sentences, three to a paragraph."""
    rnd = random.Random(seed)
    sentences = []
    for j in range(pairs):
        name = _NAMES[0] if one_speaker else rnd.choice(_NAMES)
        topic = rnd.choice(_TOPICS)
        cap = name[0].upper() + name[1:]
        form = j % 6
        if form == 0:
            s = f"“We will never {topic}, not in year {j},” {name} said."
        elif form == 1:
            s = f"“Serbia is ready to {topic} within {j % 40 + 2} months,” {name} told reporters on Monday."
        elif form == 2:
            s = f"{cap} said that the government would {topic} before round {j}."
        elif form == 3:
            s = f"“This is the end,” said {name}, “and we will not {topic} after meeting {j}.”"
        elif form == 4:
            s = f"{cap} told a rally: “Nobody can force us to {topic}, not even in case {j}.”"
        else:
            s = f"According to {name}, the talks on plan {j} to {topic} failed."
        sentences.append(s)
    if one_paragraph:
        return " ".join(sentences)
    return "\n\n".join(" ".join(sentences[k : k + 3]) for k in range(0, len(sentences), 3))


def _stages(pipeline, doc, article):
    """The stages of ``analyze_doc``, each as (name, thunk), run in order."""
    from wirecoder.stages.entities.find import find_entities
    from wirecoder.analysis import _dated
    from wirecoder.stages.quotes.find import find_quotes
    from wirecoder.stages.statements.find import find_statements
    from wirecoder.stages.timex import find_times

    state: dict = {}

    def entities():
        state["entities"] = find_entities(doc, pipeline.gazetteer)

    def times():
        state["times"] = find_times(doc, article.published)

    def quotes():
        state["raw"] = find_quotes(doc, state["entities"], pipeline.gazetteer)

    def dating():
        state["quotes"] = _dated(doc, state["raw"], state["times"], article.published)

    def statements():
        state["statements"] = find_statements(doc, state["quotes"], state["entities"], pipeline.gazetteer)

    return state, [("entities", entities), ("times", times), ("quotes", quotes),
                   ("quote dates", dating), ("statements", statements)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--one-paragraph", action="store_true")
    parser.add_argument("--one-speaker", action="store_true")
    args = parser.parse_args()

    from wirecoder import Article
    from wirecoder.analysis import load_pipeline, prepare_article

    pipeline = load_pipeline()
    docs = {}
    for n in args.sizes:
        article = prepare_article(Article(text=build_article(n, one_paragraph=args.one_paragraph,
                                                     one_speaker=args.one_speaker),
                                          published="2024-09-06"))
        pipeline.nlp.max_length = max(pipeline.nlp.max_length, len(article.text) + 1)
        t0 = time.perf_counter()
        docs[n] = (pipeline.nlp(article.text), article)
        print(f"parsed {n} pairs: {len(article.text):,} chars, {len(docs[n][0]):,} tokens "
              f"in {time.perf_counter() - t0:.1f} s (not counted)", file=sys.stderr)

    wall: dict[tuple[int, str], list[float]] = {}
    cpu: dict[tuple[int, str], list[float]] = {}
    found: dict[int, int] = {}
    for r in range(args.rounds):
        order = args.sizes[r % len(args.sizes):] + args.sizes[: r % len(args.sizes)]
        for n in order:
            doc, article = docs[n]
            state, stages = _stages(pipeline, doc, article)
            for name, run in stages:
                gc.collect()
                gc.freeze()  # the Docs and earlier results are not rescanned by the collector
                w0, c0 = time.perf_counter(), time.process_time()
                run()
                wall.setdefault((n, name), []).append(time.perf_counter() - w0)
                cpu.setdefault((n, name), []).append(time.process_time() - c0)
                gc.unfreeze()
            found[n] = len(state["quotes"])
        print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)

    names = [name for name, _ in _stages(pipeline, *docs[args.sizes[0]])[1]]
    print(f"median of {args.rounds} interleaved rounds; seconds as CPU (wall)"
          + ("; one paragraph" if args.one_paragraph else "")
          + ("; one speaker" if args.one_speaker else ""))
    print(f"{'pairs':>6} {'quotes':>7}  " + "  ".join(f"{name:>18}" for name in names))
    for n in args.sizes:
        cells = [f"{statistics.median(cpu[n, name]):8.3f} ({statistics.median(wall[n, name]):7.3f})" for name in names]
        print(f"{n:>6} {found[n]:>7}  " + "  ".join(f"{c:>18}" for c in cells))
    worst = 0.0
    print("ratio per doubling (CPU), by stage:")
    for a, b in zip(args.sizes, args.sizes[1:]):
        per_doubling = {}
        for name in names:
            ta, tb = statistics.median(cpu[a, name]), statistics.median(cpu[b, name])
            doublings = math.log2(b / a)
            per_doubling[name] = (tb / ta) ** (1 / doublings) if ta > 0 else float("nan")
        worst = max(worst, per_doubling["quotes"], per_doubling["statements"])
        print(f"  {a} -> {b}: " + ", ".join(f"{k} {v:.2f}" for k, v in per_doubling.items()))
    verdict = "ok" if worst <= 2.3 else "OVER"
    print(f"quote and statement stages: worst ratio per doubling {worst:.2f} (bound 2.3): {verdict}")
    return 0 if worst <= 2.3 else 1


if __name__ == "__main__":
    sys.exit(main())
