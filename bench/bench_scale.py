"""How every cross-article command scales with the store: synthetic wire corpora of 10k and
100k articles, each command timed (wall and CPU seconds) with its peak RSS, and the growth
exponent log(t_big / t_small) / log(big / small) (1.0: linear; the acceptance bound is 1.15).

    nice -n 10 .venv/bin/python bench/bench_scale.py [--sizes 10000,100000]
        [--ingest-sizes 1000,4000] [--pool 400] [--cache DIR] [--timeout 900]

What is built, exactly (printed again with the results):

1. **The generator** (:func:`generate`): short wire articles (a dateline, 2-4 paragraphs) by 40
   outlets over three years; speakers with titles, first names and invented surnames, from 24
   countries and bodies; claims from templates over countries and topics (sanctions, NATO,
   borders, gas, elections, ...), so that statements and positions come out; stock phrases
   repeated by everyone ("We remain open to dialogue"); and each story sent as 1-4 wire copies
   (same text, other outlets, within 2 days).
2. **The pool**: ``--pool`` generated articles are analysed ONCE by the real pipeline
   (``load_pipeline()``; cached as JSON in the cache folder).
3. **The stores of ``--sizes``** are written from the pool through the real write path
   (``Store.put``, one transaction per article, as ``wirecoder ingest`` does) without spaCy:
   story ``s`` takes pool article ``s mod pool``, its surnames swapped for other invented
   surnames of the SAME length everywhere in the analysis (text, entities, quotes, statements:
   every span stays valid, ``Analysis.from_dict`` checks it), a fresh date, and for each of its
   wire copies another outlet and a one-line trailer after the text (so another id). Surnames
   are drawn Zipf-like from a bank of invented names, so some speakers recur in thousands of
   articles and most in a few. spaCy at ~15 articles/s on this machine would take two hours for
   100k articles; the analyses it would give are what the pool gives.
4. **Real ingest** (``wirecoder ingest FILE --jobs 1`` of generated JSON Lines through spaCy) is
   timed at ``--ingest-sizes`` (its RSS should stay flat).
5. **Each command** runs in a subprocess (``python -m wirecoder ...``, output to /dev/null):
   ``quotes``, ``quotes --speaker S``, ``positions``, ``shifts``, ``timeline --about Y``,
   ``timeline --actor S``, ``search W``; CPU = user + system of the child, peak RSS its
   ``ru_maxrss``. S is the most quoted invented speaker.
6. **The corpus index**: a copy of each store gets ``wirecoder index`` (timed like a command,
   row ``index``; cached beside the store with its measurement), and the commands run again on
   it (rows ``... [indexed]``): what a user who ran ``wirecoder index`` after ingesting gets.
   The plain store has no index (schema 5 as built, opened read-only): the rows without the
   mark are the answers computed from the whole store.

Built stores are cached in ``--cache`` (default: a folder in the system temp dir), keyed by size
and generator version, so reruns only time the commands. Exponents are computed on CPU time,
the figure a shared machine does not distort much (wall time is printed beside it).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GENERATOR_VERSION = 1
ROOT = Path(__file__).resolve().parents[1]

OUTLETS = [f"{name}" for name in (
    "Reuters", "AP", "AFP", "TASS", "Tanjug", "Beta", "HINA", "MTI", "PAP", "CTK", "ANSA", "dpa",
    "EFE", "BTA", "Agerpres", "STA", "Anadolu", "Xinhua", "Kyodo", "Yonhap", "UPI", "Bloomberg",
    "N1", "RTS", "Danas", "Politika", "Blic", "Vreme", "Nova", "Kurir", "Telegraf", "Informer",
    "Euronews", "BBC", "DW", "RFE", "Balkan Insight", "Total Croatia", "Index", "Jutarnji")]
COUNTRIES = [
    ("Serbia", "Belgrade", "Serbian"), ("Croatia", "Zagreb", "Croatian"),
    ("Hungary", "Budapest", "Hungarian"), ("Poland", "Warsaw", "Polish"),
    ("Romania", "Bucharest", "Romanian"), ("Bulgaria", "Sofia", "Bulgarian"),
    ("Greece", "Athens", "Greek"), ("Turkey", "Ankara", "Turkish"),
    ("Germany", "Berlin", "German"), ("France", "Paris", "French"),
    ("Italy", "Rome", "Italian"), ("Austria", "Vienna", "Austrian"),
    ("Slovenia", "Ljubljana", "Slovenian"), ("Montenegro", "Podgorica", "Montenegrin"),
    ("Albania", "Tirana", "Albanian"), ("Finland", "Helsinki", "Finnish"),
    ("Sweden", "Stockholm", "Swedish"), ("Estonia", "Tallinn", "Estonian"),
    ("Ukraine", "Kyiv", "Ukrainian"), ("Georgia", "Tbilisi", "Georgian"),
]
TARGETS = ["Russia", "Belarus", "Iran", "China", "Kosovo", "Bosnia"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister",
          "Energy Minister", "Interior Minister", "Finance Minister", "opposition leader"]
FIRST = ["Marko", "Ana", "Peter", "Jana", "Tomas", "Elena", "Ivan", "Maria", "Luka", "Sofia",
         "Nikola", "Milica", "Stefan", "Vesna", "Dragan", "Irena", "Zoran", "Katarina"]
CLAIMS = [
    "{c} will never impose sanctions on {t}", "{c} will not join any sanctions against {t}",
    "{c} could support sanctions on {t} if the European Union agrees",
    "{c} will impose sanctions on {t}", "{c} wants to join NATO", "{c} will not join NATO",
    "{c} will keep its border with {t} closed", "{c} may reopen its border with {t} next month",
    "{c} will buy gas from {t}", "{c} will stop buying gas from {t}",
    "{c} will recognise Kosovo", "{c} will never recognise Kosovo",
    "{c} supports the new railway to {t}", "{c} will hold early elections",
    "{c} will raise pensions next year", "{c} will send troops to the border",
]
STOCK = [
    "We remain open to dialogue with all our partners",
    "The situation is calm and under control",
    "We will not be intimidated by anyone",
    "These talks were constructive and friendly",
    "Our position has not changed and will not change",
    "We expect concrete steps, not words",
    "This is a matter for the government to decide",
    "Nobody can dictate to us what to do",
]
_ONSET = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr",
          "st", "tr", "sl", "vr"]
_VOWEL = ["a", "e", "i", "o", "u"]
_CODA = ["vic", "nic", "ski", "ak", "ek", "ov", "in", "an", "sen", "es"]


def surname_bank(seed: int = 77) -> dict[int, list[str]]:
    """Invented surnames (Vorakic, Dresen, ...) by length: ~4,000 of each length 6-9."""
    rng = random.Random(seed)
    bank: dict[int, set[str]] = {}
    for _ in range(200_000):
        name = rng.choice(_ONSET) + rng.choice(_VOWEL)
        for _ in range(rng.randint(0, 2)):
            name += rng.choice(_ONSET) + rng.choice(_VOWEL)
        name = (name + rng.choice(_CODA)).capitalize()
        if 6 <= len(name) <= 9:
            bank.setdefault(len(name), set()).add(name)
    return {n: sorted(names)[:4000] for n, names in bank.items()}


def _person(rng: random.Random, bank: dict[int, list[str]]) -> tuple[str, str, tuple]:
    country = rng.choice(COUNTRIES)
    surname = rng.choice(bank[rng.randint(6, 9)])
    return f"{rng.choice(FIRST)} {surname}", surname, country


def generate(n: int, seed: int = 13) -> list[dict]:
    """``n`` wire articles (JSON Lines records: text, title, outlet, published, language)."""
    rng = random.Random(seed)
    bank = surname_bank()
    out: list[dict] = []
    for i in range(n):
        name, surname, (country, capital, adj) = _person(rng, bank)
        other, other_surname, (country2, capital2, adj2) = _person(rng, bank)
        title, title2 = rng.choice(TITLES), rng.choice(TITLES)
        target = rng.choice(TARGETS)
        claim = rng.choice(CLAIMS).format(c=country, t=target)
        claim2 = rng.choice(CLAIMS).format(c=country2, t=rng.choice(TARGETS))
        stock = rng.choice(STOCK)
        paragraphs = [
            f"{capital.upper()} ({rng.choice(OUTLETS)}) - {claim}, {adj} {title} {name} said "
            f"on {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.",
            f"\u201c{stock},\u201d {surname} told reporters in {capital}.",
        ]
        if rng.random() < 0.7:
            paragraphs.append(f"{adj2} {title2} {other} said that {claim2}.")
        if rng.random() < 0.5:
            paragraphs.append(f"\u201c{rng.choice(STOCK)},\u201d said {other_surname}, adding "
                              f"that talks with {capital} would continue.")
        day = f"20{rng.randint(21, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append({"text": "\n\n".join(paragraphs), "title": f"{country} on {target} ({i})",
                    "outlet": rng.choice(OUTLETS), "published": day, "language": "en"})
    return out


# ----------------------------------------------------------------------------- the stores


def pool_analyses(cache: Path, size: int) -> list[dict]:
    """``size`` generated articles analysed once by the real pipeline (cached)."""
    path = cache / f"pool-v{GENERATOR_VERSION}-{size}.jsonl"
    if path.exists():
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    from wirecoder.analysis import load_pipeline
    from wirecoder.article import Article

    pipeline = load_pipeline()
    t = time.perf_counter()
    records = generate(size, seed=99)
    articles = [Article(r["text"], source=f"pool/{i}.txt", outlet=r["outlet"], title=r["title"],
                        published=r["published"], language="en") for i, r in enumerate(records)]
    out = [a.to_dict() for a in pipeline.analyze_many(articles) if hasattr(a, "to_dict")]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(d) + "\n" for d in out), encoding="utf-8")
    tmp.rename(path)
    print(f"pool: {len(out)} articles analysed by the real pipeline in "
          f"{time.perf_counter() - t:.0f} s", file=sys.stderr)
    return out


_SURNAME = re.compile(r"\b[A-Z][a-z]+(?:vic|nic|ski|ak|ek|ov|in|an|sen|es)\b")


def _zipf_index(rng: random.Random, n: int) -> int:
    """An index in 0..n-1, Zipf-like (index 0 the commonest)."""
    return min(int(n ** rng.random()) - 1, n - 1)


def variant(pool: list[dict], story: int, copy: int, bank: dict[int, list[str]],
            surnames: set[str]) -> dict:
    """Story ``story``'s ``copy``-th wire copy: a pool analysis with its invented surnames
    swapped for others of the same length (every span stays valid), a fresh date and outlet,
    and a trailer after the text (another article id)."""
    from wirecoder.article import article_id

    rng = random.Random(story)
    base = pool[story % len(pool)]
    text = base["article"]["text"]
    swap = {}
    for name in sorted(set(_SURNAME.findall(text)) & surnames):
        names = bank[len(name)]
        swap[name] = names[_zipf_index(rng, len(names))]
    raw = json.dumps(base)
    if swap:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, swap)) + r")\b")
        raw = pattern.sub(lambda m: swap[m.group(1)], raw)
    data = json.loads(raw)
    day0 = 18_628 + rng.randrange(3 * 365)  # days since 1970: 2021-01-01 + up to 3 years
    day = time.strftime("%Y-%m-%d", time.gmtime((day0 + min(copy, 2)) * 86400))
    outlet = OUTLETS[(story * 7 + copy * 13) % len(OUTLETS)]
    art = data["article"]
    art["text"] = text2 = (art["text"] if not swap else pattern.sub(
        lambda m: swap[m.group(1)], text)) + f"\n\n({outlet}, story {story}.{copy})"
    art.update(id=article_id(text2), outlet=outlet, published=day, published_source="metadata",
               source=f"scale/{story}-{copy}.txt", title=f"{art.get('title')} [{story}.{copy}]")
    return data


def build_store(cache: Path, pool: list[dict], size: int) -> Path:
    """A store of ``size`` articles written from the pool (cached by size)."""
    from wirecoder.records import Analysis
    from wirecoder.store.sqlite import Store

    path = cache / f"scale-v{GENERATOR_VERSION}-p{len(pool)}-{size}.db"
    if path.exists():
        return path
    bank = surname_bank()
    surnames = {n for names in bank.values() for n in names}
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t, written, story = time.perf_counter(), 0, 0
    with Store(tmp) as store:
        while written < size:
            copies = random.Random(-story).choice((1, 1, 1, 2, 2, 3, 4))
            for copy in range(min(copies, size - written)):
                store.put(Analysis.from_dict(variant(pool, story, copy, bank, surnames)))
                written += 1
            story += 1
            if written % 10_000 < copies:
                print(f"  {size}: {written} written, {time.perf_counter() - t:.0f} s",
                      file=sys.stderr)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)
    print(f"store {size}: {written} articles ({story} stories) written through Store.put in "
          f"{time.perf_counter() - t:.0f} s", file=sys.stderr)
    return path


def indexed_store(db: Path, timeout: float) -> tuple[Path, dict]:
    """A copy of ``db`` with the corpus index (``wirecoder index``), and the measurement of
    that run (both cached beside ``db``)."""
    path = db.with_name(db.stem + ".indexed.db")
    timing = path.with_suffix(".json")
    if path.exists() and timing.exists():
        return path, json.loads(timing.read_text(encoding="utf-8"))
    tmp = db.with_name(db.stem + ".indexing.db")
    shutil.copyfile(db, tmp)
    result = measure(["index", "--db", str(tmp)], timeout)
    if result["status"] not in (0, "0"):
        raise SystemExit(f"wirecoder index failed on {tmp}: {result}")
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    tmp.rename(path)
    timing.write_text(json.dumps(result), encoding="utf-8")
    return path, result


def top_speaker(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT speaker_name, count(*) FROM quotes WHERE speaker_name LIKE '% %' "
            "GROUP BY speaker_name ORDER BY 2 DESC LIMIT 40").fetchall()
    bank = {n for names in surname_bank().values() for n in names}
    return next(name for name, _ in rows if name.split()[-1] in bank)


# ----------------------------------------------------------------------------- measuring


def measure(args: list[str], timeout: float) -> dict:
    """Wall, CPU (user + system) seconds and peak RSS (MiB) of ``python -m wirecoder ARGS``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "wirecoder", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return {"wall": math.inf, "cpu": math.inf, "rss": math.nan, "status": "timeout"}
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    return {"wall": time.perf_counter() - start, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": usage.ru_maxrss / 1024, "status": proc.returncode,
            "note": err[-1] if err else ""}


def commands(db: Path, speaker: str) -> list[tuple[str, list[str]]]:
    d = ["--db", str(db)]
    return [
        ("quotes", ["quotes", *d, "--json"]),
        ("quotes --speaker", ["quotes", "--speaker", speaker, *d, "--json"]),
        ("positions", ["positions", *d, "--json"]),
        ("shifts", ["shifts", *d, "--json"]),
        ("timeline --about", ["timeline", "--about", "sanctions", *d, "--json"]),
        ("timeline --actor", ["timeline", "--actor", speaker, *d, "--json"]),
        ("search", ["search", "sanctions", "Russia", *d, "--json", "--limit", "50"]),
    ]


def exponent(small: float, big: float, ratio: float) -> float:
    if not (small > 0 and math.isfinite(big)):
        return math.nan
    return math.log(big / small) / math.log(ratio)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--ingest-sizes", default="1000,4000",
                        help="real spaCy ingest at these sizes ('' to skip)")
    parser.add_argument("--pool", type=int, default=400)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "wirecoder-bench-scale")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--only", help="comma-separated command names to time")
    parser.add_argument("--no-index", action="store_true",
                        help="do not build the indexed copies nor time the commands on them")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    args.cache.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "src"))

    results: dict[str, dict[int, dict]] = {}
    ingest_sizes = [int(s) for s in args.ingest_sizes.split(",") if s]
    for n in ingest_sizes:
        source = args.cache / f"ingest-v{GENERATOR_VERSION}-{n}.jsonl"
        if not source.exists():
            source.write_text("".join(json.dumps(r) + "\n" for r in generate(n)), "utf-8")
        db = Path(tempfile.mkdtemp(dir=args.cache)) / "ingest.db"
        results.setdefault("ingest (spaCy)", {})[n] = measure(
            ["ingest", str(source), "--db", str(db), "--jobs", "1", "--no-progress"],
            args.timeout * 4)
        print(f"ingest {n}: {results['ingest (spaCy)'][n]}", file=sys.stderr)

    pool = pool_analyses(args.cache, args.pool)
    stores = {n: build_store(args.cache, pool, n) for n in sizes}
    speaker = top_speaker(stores[sizes[0]])
    only = set(args.only.split(",")) if args.only else None
    for n in sizes:
        for name, cmd in commands(stores[n], speaker):
            if only and name not in only:
                continue
            results.setdefault(name, {})[n] = r = measure(cmd, args.timeout)
            print(f"{name} @ {n}: {r}", file=sys.stderr)
    if not args.no_index:
        for n in sizes:
            indexed, results.setdefault("index", {})[n] = indexed_store(stores[n], args.timeout * 4)
            print(f"index @ {n}: {results['index'][n]}", file=sys.stderr)
            for name, cmd in commands(indexed, speaker):
                if only and name not in only:
                    continue
                label = f"{name} [indexed]"
                results.setdefault(label, {})[n] = r = measure(cmd, args.timeout)
                print(f"{label} @ {n}: {r}", file=sys.stderr)

    print(f"bench_scale (generator v{GENERATOR_VERSION}): stores of {', '.join(map(str, sizes))} "
          f"articles written through Store.put from a pool of {len(pool)} articles analysed by "
          f"the real pipeline (surnames swapped, fresh dates/outlets/ids, 1-4 wire copies a "
          f"story); ingest measured through spaCy at {args.ingest_sizes or 'no size'}; "
          f"speaker/actor: {speaker!r}; load average {os.getloadavg()[0]:.1f}")
    for n in sizes:
        print(f"  store {n}: {stores[n].stat().st_size / 2**20:.0f} MiB")
    worst = 0.0
    for label, names in (("ingest", [n for n in results if n == "ingest (spaCy)"]),
                         ("command", [n for n in results if n != "ingest (spaCy)"])):
        if not names:
            continue
        ns = sorted(results[names[0]])
        print(label.ljust(28) + "".join(
            f"{'wall@' + str(n):>11}{'cpu@' + str(n):>11}{'MiB@' + str(n):>11}" for n in ns)
            + "   exponent(cpu)")
        for name in names:
            by_size = results[name]
            line = name.ljust(28)
            for n in ns:
                r = by_size[n]
                line += f"{r['wall']:>11.2f}{r['cpu']:>11.2f}{r['rss']:>11.0f}"
                if r["status"] not in (0, "0"):
                    line += f" [{r['status']}]"
            if len(ns) >= 2:
                e = exponent(by_size[ns[0]]["cpu"], by_size[ns[-1]]["cpu"], ns[-1] / ns[0])
                line += f"   {e:.2f}"
                if label == "command":
                    worst = max(worst, e if math.isfinite(e) else math.inf)
            print(line)
    print(f"worst exponent of a cross-article command: {worst:.2f} (bound 1.15)")
    big = sizes[-1]
    for name in ("quotes --speaker", "timeline --actor"):
        for label in (name, f"{name} [indexed]"):
            r = results.get(label, {}).get(big)
            if r is not None:
                print(f"{label} @ {big}: {r['cpu']:.2f} s CPU, {r['wall']:.2f} s wall "
                      "(target: under 1 s)")
    heaviest = max(((r["rss"], label) for label, by in results.items() if label != "index"
                    and label != "ingest (spaCy)" and "[indexed]" in label
                    for n, r in by.items() if n == big), default=None)
    if heaviest:
        print(f"peak RSS of an indexed command @ {big}: {heaviest[0]:.0f} MiB ({heaviest[1]}; "
              "target: under 500 MiB)")
    return 0 if worst <= 1.15 else 1


if __name__ == "__main__":
    sys.exit(main())
