"""Build the bench corpus: MEANTIME English news texts (CC BY 4.0, ../shared/data/time/), rebuilt
from their token files and repeated to a target size."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

MEANTIME = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "time" / "meantime_en"

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}'’”]|n't|'s|'re|'ve|'ll|'d|'m)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$“‘]) ")


def meantime_texts(root: Path = MEANTIME) -> list[str]:
    """One text per MEANTIME document (intra-doc annotation), sentences one per line."""
    texts = []
    for path in sorted((root / "intra-doc_annotation").rglob("*.xml")):
        sentences: dict[str, list[str]] = {}
        for token in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(token.get("sentence"), []).append(token.text or "")
        lines = []
        for words in sentences.values():
            line = " ".join(words)
            line = _NO_SPACE_BEFORE.sub(r"\1", line)
            lines.append(_NO_SPACE_AFTER.sub(r"\1", line))
        texts.append("\n".join(lines))
    if not texts:
        raise SystemExit(f"no MEANTIME files under {root}; is ../shared/ beside the checkout?")
    return texts


def build_corpus(target_bytes: int = 1_000_000) -> list[str]:
    base = meantime_texts()
    corpus: list[str] = []
    size = 0
    while size < target_bytes:
        for text in base:
            corpus.append(text)
            size += len(text.encode("utf-8"))
            if size >= target_bytes:
                break
    return corpus
