"""How the corpus's reading of keys as positions scales with the number of statements.

    .venv/bin/python bench/bench_positions.py [--sizes 2000 4000 8000] [--rounds 3] [--model]

Builds a synthetic store's statements per size, as a wire corpus holds them: holders (one per
20 statements, and one who says a fifth of all) who speak on a few predicates each, objects
from a shared vocabulary said bare ("taxes"), more fully ("taxes on bread") or with words of
their own ("taxes on fuel"), some in complementary pairs ("stay:X" / "leave:X"), dates over a
year. The vocabulary grows with the corpus (300 heads and 3,000 modifiers per 8,000
statements), as a real one covers more issues the more it holds: with a fixed vocabulary the
prolific holder's keys grow denser with size, so the number of its keys said both bare and more
fully (the holder step's candidate pairs, true matches all) grows with the square of its
statements until each key's cap of ``holderkeys.BLOCK_LIMIT`` comparisons binds, a transient of
the data rather than of the algorithm (``--fixed-vocabulary`` shows it; the figure printed as
"most a key" stays under the cap). Each size runs
:meth:`wirecoder.corpus.positions.Corpus.from_rows` (attribution, complements, each holder's keys
merged, echoes folded) and its shifts once per round, rounds interleaved. By default the holder
step's sentence vectors come from a hashing stand-in (bag of words hashed into 64 dimensions),
so that the figure is the algorithm's and not the model's; ``--model`` uses the shipped embedder
(then the time is mostly the model's, linear in the texts it encodes). Printed per size: median
CPU seconds, wall seconds, the candidate pairs the holder step compared, the keys it renamed and
the shifts found; then the growth exponent from the first size to the last (1.0 linear, 2.0
quadratic; exit status 1 above 1.3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import random
import statistics
import sys
import time

import numpy as np

from wirecoder.corpus import holderkeys
from wirecoder.corpus.positions import Corpus
from wirecoder.lexicon.gazetteer import load_gazetteer
from wirecoder.store.sqlite import StoredStatement

_VERBS = ("raise", "accept", "extend", "stay", "leave", "keep", "lift", "support", "sign", "open",
          "close", "impose", "reject", "join", "continue", "end")

def _vocabulary(size: int, fixed: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Object heads and modifiers: 300 and 3,000 per 8,000 statements (``fixed``: always)."""
    scale = 1.0 if fixed else size / 8000
    return (tuple(f"head{n}" for n in range(max(1, round(300 * scale)))),
            tuple(f"mod{n}" for n in range(max(1, round(3000 * scale)))))


class HashingEncoder:
    """Bag-of-words vectors hashed into 64 dimensions (a stand-in with the model's interface)."""

    def encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                h = int(hashlib.blake2b(word.encode(), digest_size=4).hexdigest(), 16)
                out[i, h % 64] += 1.0
        return out


def build_rows(size: int, seed: int = 20251202, *, fixed_vocabulary: bool = False
               ) -> list[StoredStatement]:
    rng = random.Random(seed)
    heads, mods = _vocabulary(size, fixed_vocabulary)
    start = dt.date(2024, 1, 1)
    holders = max(1, size // 20)
    rows = []
    for n in range(size):
        h = 0 if rng.random() < 0.2 else rng.randrange(holders)  # one prolific holder
        verb = _VERBS[(h + rng.randrange(3)) % len(_VERBS)]
        head = heads[rng.randrange(len(heads))]
        r = rng.random()
        words = [head] if r < 0.3 else [head, mods[rng.randrange(len(mods))]] if r < 0.8 else \
            [head, mods[rng.randrange(len(mods))], mods[rng.randrange(len(mods))]]
        obj = " on ".join(words)
        date = (start + dt.timedelta(days=rng.randrange(365))).isoformat()
        text = f"Country{h} {verb}s {obj}"
        rows.append(StoredStatement(
            article_id=f"a{n // 3}", statement_id=f"s{n}", quote_id=f"q{n}", holder_entity=None,
            holder_name=f"Person{h} Surname{h}", holder_type="PERSON", holder_country=None,
            speaker_name=f"Person{h} Surname{h}", speaker_mention=f"Surname{h}",
            subject=f"Country{h}", predicate=verb, object=obj, proposition_text=text,
            proposition_key=f"{verb}:{'_'.join(words)}", stance=rng.choice(("favor", "against")),
            hedge=rng.choice(("absolute", "firm", "conditional", "uncertain")), date=date,
            date_source="published", evidence_start=0, evidence_end=len(text), evidence_text=text,
            quote_text=f"{text}, {rng.randrange(10**6)}", outlet=f"outlet {n % 30}",
            source=f"a{n // 3}.txt", published=date))
    return rows


def _counted(fn, counter):
    """``fn`` (the holder step's candidate pairs) counting into ``counter``: [pairs, the most
    pairs one key is in]."""
    def wrapped(*args, **kwargs):
        pairs = fn(*args, **kwargs)
        counter[0] += len(pairs)
        per_key: dict[int, int] = {}
        for pair in pairs:
            for n in pair:
                per_key[n] = per_key.get(n, 0) + 1
        counter[1] = max(counter[1], max(per_key.values(), default=0))
        return pairs
    return wrapped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", action="store_true", help="use the shipped embedder")
    parser.add_argument("--fixed-vocabulary", action="store_true",
                        help="the same 300 heads and 3,000 modifiers at every size")
    args = parser.parse_args(argv)
    gazetteer = load_gazetteer()
    encoder = None
    if args.model:
        from wirecoder.corpus.embeddings import Embedder

        encoder = Embedder()
    else:
        encoder = HashingEncoder()
    corpora = {n: build_rows(n, fixed_vocabulary=args.fixed_vocabulary) for n in args.sizes}
    cpu: dict[int, list[float]] = {n: [] for n in args.sizes}
    wall: dict[int, list[float]] = {n: [] for n in args.sizes}
    pairs: dict[int, int] = {}
    most: dict[int, int] = {}
    renamed: dict[int, int] = {}
    shifts: dict[int, int] = {}
    original = holderkeys._candidates
    for r in range(args.rounds):
        order = args.sizes[r % len(args.sizes):] + args.sizes[:r % len(args.sizes)]
        for n in order:
            counter = [0, 0]
            holderkeys._candidates = _counted(original, counter)
            try:
                c0, w0 = time.process_time(), time.perf_counter()
                corpus = Corpus.from_rows(corpora[n], gazetteer, embedder=encoder)
                shifts[n] = len(corpus.shifts())
                cpu[n].append(time.process_time() - c0)
                wall[n].append(time.perf_counter() - w0)
            finally:
                holderkeys._candidates = original
            pairs[n], most[n] = counter
            before = {(r.article_id, r.statement_id): r.proposition_key for r in corpora[n]}
            renamed[n] = sum(1 for c in corpus.claims for row in c.rows
                             if row.proposition_key != before[(row.article_id, row.statement_id)])
    print("statements   cpu s   wall s   pairs compared   most a key   keys renamed   shifts")
    for n in args.sizes:
        print(f"{n:10d}  {statistics.median(cpu[n]):6.3f}  {statistics.median(wall[n]):7.3f}  "
              f"{pairs[n]:15d}  {most[n]:11d}  {renamed[n]:13d}  {shifts[n]:7d}")
    lo, hi = args.sizes[0], args.sizes[-1]
    scale = math.log(hi / lo)
    cpu_exp = math.log(statistics.median(cpu[hi]) / statistics.median(cpu[lo])) / scale
    pair_exp = math.log(max(pairs[hi], 1) / max(pairs[lo], 1)) / scale
    print(f"growth exponent {lo}->{hi}: CPU {cpu_exp:.2f}, pairs {pair_exp:.2f} "
          "(1.0 linear, 2.0 quadratic)")
    return 1 if max(cpu_exp, pair_exp) > 1.3 else 0


if __name__ == "__main__":
    sys.exit(main())
