"""Build the preset zlib dictionary of stored analyses from schema 6 on
(``src/wirecoder/data/packing/zdict2.bin``, :data:`wirecoder.store.packing.ZDICT2`).

    .venv/bin/python bench/build_zdict.py [--out PATH]

Run once; the file is part of the stored format and is never rebuilt in place (a new
dictionary is told from it by its Adler-32 in the zlib header, and needs its own name). The
texts are news copy that is NOT the store-size bench corpus (MEANTIME and wire_dev): the
positions fixtures, the sample articles and the PLOVER dev sentences of ../shared/data/events/.
Their analyses are packed (no span texts, spans as ``[start, length]``), cut into key-and-value
fragments (``"key":"value",``, ``"key":[``, ...), and the fragments found in at least three
analyses are kept, the most bytes saved last (nearest the data, where zlib finds them cheapest),
under a budget; the contract's keys in their packed form (:data:`ZDICT` rewritten) come last.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "wirecoder" / "data" / "packing" / "zdict2.bin"
BUDGET = 8192  # bytes of fragments (more found nothing that three analyses share)
_FRAGMENT = re.compile(rb'"[^"]{0,40}":(?:"[^"]{0,40}"|null|\[\[|\[|\{|true|false)?,?')

#: :data:`ZDICT`'s spans in the packed form of schema 6.
_SPANS = (
    (b'"mentions":[{"start":', b'"mentions":[['),
    (b'"content":{"start":', b'"content":['),
    (b'"cue":{"start":},"speaker":{"mention":{"start":,"end":},',
     b'"cue":[],"speaker":{"mention":[,],'),
    (b'"evidence":{"start":,"end":}', b'"evidence":[,]'),
    (b'"trigger":{"start":', b'"trigger":['),
    (b'"mentions":[{"start":,', b'"mentions":[[,'),
    (b'"end":}]}],"events":[]}', b']]}],"events":[]}'),
)


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8")
           for p in sorted((ROOT / "tests" / "fixtures" / "positions" / "articles").glob("*.txt"))]
    out += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    with open(SHARED / "events" / "plover_gold_dev.jsonl", encoding="utf-8") as lines:
        out += [json.loads(line)["text"] for line in lines if line.strip()]
    return out


def skeleton() -> bytes:
    from wirecoder.store.packing import ZDICT

    out = ZDICT
    for old, new in _SPANS:
        out = out.replace(old, new)
    return out


def build(packed: list[bytes], budget: int = BUDGET) -> bytes:
    """The dictionary of these packed analyses' JSON (see the module's text)."""
    found: collections.Counter[bytes] = collections.Counter()
    for data in packed:
        found.update(set(_FRAGMENT.findall(data)))
    ranked = sorted(((n * len(f), f) for f, n in found.items() if n >= 3), reverse=True)
    chosen, size = [], 0
    for _, fragment in ranked:
        if size + len(fragment) <= budget:
            chosen.append(fragment)
            size += len(fragment)
    return b"".join(reversed(chosen)) + skeleton()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import wirecoder
    from wirecoder.store.packing import pack_dict

    packed = [json.dumps(pack_dict(a.to_dict()), ensure_ascii=False, separators=(",", ":"))
              .encode("utf-8") for a in wirecoder.analyze_many(texts())
              if isinstance(a, wirecoder.Analysis)]
    data = build(packed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes from {len(packed)} analyses")


if __name__ == "__main__":
    main()
