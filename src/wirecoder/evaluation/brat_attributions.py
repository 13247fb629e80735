"""PolNeAR (Newell, Margolin & Ruths, LREC 2018) in brat standoff, as gold quotes.

PolNeAR has no data licence: keep the copy outside the repository and never commit any of it.

Layout: ``ROOT/data/SPLIT/text/ARTICLE.txt`` and ``ROOT/data/SPLIT/attributions/ARTICLE_XXXX.ann``,
``XXXX`` the annotator. A few articles (those used to measure agreement) have one file per
annotator; :func:`load_polnear` takes the first by sorted file name.

The ``.ann`` lines that matter::

    T1<TAB>Source 89 106<TAB>The New York Post
    T9<TAB>Content 315 448;463 553<TAB>...          (discontinuous: fragments joined by ";")
    T4<TAB>Attribution 107 114<TAB>reports        (the event trigger, same span as the cue)
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1

An attribution (``E``) has a Content (rarely a second, ``Content2``), a Cue and a Source; its
trigger is ``Attribution-no-source`` when no source is named. ``Discuss`` and ``Discard`` spans
(annotator queries, boilerplate such as "Read the rest here.") belong to no attribution and are
skipped, as are ``#`` notes and the continuation lines of span texts that hold a line break.
Offsets are code points into the ``.txt`` file read with newlines untranslated.

PolNeAR annotates every attribution, not only speech: beliefs, intentions, knowledge and
perception ("voters believe", "Trump wants to") are annotated like "said". Nothing in the
annotation tells them apart; the cue text is kept so a caller can filter by cue.

**Kind** (PolNeAR does not annotate it) comes from quotation marks in the article text, word
by word (a word is a run of letters and digits, quoted when its first character lies between
quotation marks):

- ``direct``: the first and the last word are quoted, and at least :data:`DIRECT_SHARE` (90 %)
  of all words are (the slack forgives an annotator's stray word inside a long quote);
- ``indirect``: no word is quoted;
- ``mixed``: anything between, e.g. ``that "trust ... is broken."``, ``called voters "stupid"``.

Quotation marks pair within a paragraph (“ ” „ « », straight ``"``, and ``''`` as the New York
Times writes it); an opening mark left unclosed at the end of a paragraph quotes to the
paragraph's end, the convention for quotes running over several paragraphs. Single quotes are
ignored (they are apostrophes far more often).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speech import is_speech_cue
from pathlib import Path
from typing import Iterator

from ..spans import Span
from .errors import EvaluationError
from .gold import Dataset, GoldDocument
from .scoring import EvalQuote, Kind

__all__ = [
    "DIRECT_SHARE",
    "SPLITS",
    "Attribution",
    "PolnearArticle",
    "kind_of",
    "load_polnear",
    "parse_ann",
    "polnear_dataset",
    "quoted_ranges",
    "quoted_words",
]

SPLITS = ("train", "dev", "test")
#: The least share of quoted words that makes a content ``direct``.
DIRECT_SHARE = 0.9

_ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(\S+)(.*)$")
_TRIGGERS = {"Attribution", "Attribution-no-source"}
_OPENING = ("“", "„", "«")
_STRAIGHT = ('"', "''")  # the New York Times writes ''quote'' with two apostrophes
_MARK = re.compile(r"''|[“„«”»\"]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One annotated attribution. Each part is a tuple of fragments in text order (empty when
    the annotator marked none; a content is never empty). ``quoted_share`` is the share of the
    content's words that are quoted; ``kind`` follows from them (module docstring)."""

    id: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...]
    quoted_share: float
    kind: Kind

    @property
    def content_text(self) -> str:
        return " ".join(s.text for s in self.content)

    @property
    def cue_text(self) -> str | None:
        return " ".join(s.text for s in self.cue) or None

    @property
    def source_text(self) -> str | None:
        return " ".join(s.text for s in self.source) or None


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    """One article with the attributions of one annotator.

    ``annotators`` lists every annotator who has a file for it; ``incomplete`` counts the
    attributions left out because they have no content span.
    """

    name: str
    split: str
    annotator: str
    annotators: tuple[str, ...]
    text: str
    attributions: tuple[Attribution, ...]
    incomplete: int = 0


def quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The character ranges of ``text`` between double quotation marks (marks excluded)."""
    ranges = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start: int | None = None
        for m in _MARK.finditer(paragraph.group()):
            mark, at = m.group(), paragraph.start() + m.start()
            opens = mark in _OPENING or (mark in _STRAIGHT and start is None)
            if opens:
                start = at + len(mark)  # a second opening mark restarts the quote
            elif start is not None:
                ranges.append((start, at))
                start = None
        if start is not None:
            ranges.append((start, paragraph.end()))
    return tuple(ranges)


def quoted_words(fragments: tuple[Span, ...], text: str) -> tuple[bool, ...]:
    """For each word of ``fragments`` in order, whether it lies between quotation marks in
    ``text`` (see :func:`quoted_ranges`)."""
    return _quoted_words(fragments, _mask(text))


def _mask(text: str) -> bytearray:
    mask = bytearray(len(text))
    for start, end in quoted_ranges(text):
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _quoted_words(fragments: tuple[Span, ...], mask: bytearray) -> tuple[bool, ...]:
    return tuple(
        bool(mask[frag.start + word.start()])
        for frag in fragments
        for word in _WORD.finditer(frag.text)
    )


def kind_of(quoted: tuple[bool, ...]) -> Kind:
    """``direct``, ``mixed`` or ``indirect`` from which words are quoted (module docstring)."""
    if not any(quoted):
        return "indirect"
    if quoted[0] and quoted[-1] and sum(quoted) >= DIRECT_SHARE * len(quoted):
        return "direct"
    return "mixed"


def _fragments(text: str, offsets: str, where: str) -> tuple[Span, ...]:
    spans = []
    for pair in offsets.split(";"):
        start, end = (int(x) for x in pair.split())
        if not 0 <= start <= end <= len(text):
            raise EvaluationError(
                f"{where}: span {start}:{end} lies outside the {len(text)}-character text; "
                "the .ann and .txt files do not belong together"
            )
        spans.append(Span(start, end, text[start:end]))
    return tuple(sorted(spans, key=lambda s: s.start))


def parse_ann(ann: str, text: str, source: str = "<ann>") -> tuple[tuple[Attribution, ...], int]:
    """The attributions in one ``.ann`` file over ``text``, in order of content, and the number
    left out for having no content span."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for number, line in enumerate(ann.split("\n"), 1):
        if m := _T_LINE.match(line):
            spans[m.group(1)] = _fragments(text, m.group(3), f"{source}:{number}")
        elif m := _E_LINE.match(line):
            trigger = m.group(2).split(":", 1)[0]
            if trigger in _TRIGGERS:
                args = [tuple(a.split(":", 1)) for a in m.group(3).split()]
                events.append((m.group(1), [(r, t) for r, t in args]))  # type: ignore[misc]
    mask = _mask(text)
    attributions = []
    incomplete = 0
    for event_id, args in events:
        parts: dict[str, list[Span]] = {"Content": [], "Cue": [], "Source": []}
        for role, target in args:
            if target not in spans:
                raise EvaluationError(
                    f"{source}: attribution {event_id} refers to {target}, which is not defined"
                )
            parts.setdefault(re.sub(r"\d+$", "", role), []).extend(spans[target])
        content = tuple(sorted(parts["Content"], key=lambda s: s.start))
        if not content:
            incomplete += 1
            continue
        quoted = _quoted_words(content, mask)
        attributions.append(
            Attribution(
                id=event_id,
                content=content,
                cue=tuple(sorted(parts["Cue"], key=lambda s: s.start)),
                source=tuple(sorted(parts["Source"], key=lambda s: s.start)),
                quoted_share=sum(quoted) / len(quoted) if quoted else 0.0,
                kind=kind_of(quoted),
            )
        )
    attributions.sort(key=lambda a: (a.content[0].start, a.id))
    return tuple(attributions), incomplete


def _split_dir(root: Path, split: str) -> Path:
    if split not in SPLITS:
        raise EvaluationError(f"PolNeAR has no split {split!r}; choose one of {', '.join(SPLITS)}")
    for candidate in (root / "data" / split, root / split):
        if (candidate / "attributions").is_dir() and (candidate / "text").is_dir():
            return candidate
    raise EvaluationError(
        f"{root}: no PolNeAR {split} split here (looked for data/{split}/attributions and "
        f"data/{split}/text); clone github.com/networkdynamics/PolNeAR outside the repository, "
        "unpack it, and pass its folder (--polnear DIR or WIRECODER_POLNEAR)"
    )


def load_polnear(root: Path, split: str) -> Iterator[PolnearArticle]:
    """The articles of one split, sorted by name, each with its first annotator's file."""
    folder = _split_dir(Path(root), split)
    by_article: dict[str, list[tuple[str, Path]]] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        m = _ANN_NAME.match(path.name)
        if m is None:
            raise EvaluationError(f"{path}: not named ARTICLE_XXXX.ann (XXXX the annotator)")
        by_article.setdefault(m.group("article"), []).append((m.group("annotator"), path))
    for name, files in sorted(by_article.items()):
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.is_file():
            raise EvaluationError(f"{files[0][1]}: no article text {text_path}")
        with open(text_path, encoding="utf-8", newline="") as f:
            text = f.read()
        annotator, ann_path = files[0]
        with open(ann_path, encoding="utf-8", newline="") as f:
            attributions, incomplete = parse_ann(f.read(), text, str(ann_path))
        yield PolnearArticle(
            name=name,
            split=split,
            annotator=annotator,
            annotators=tuple(a for a, _ in files),
            text=text,
            attributions=attributions,
            incomplete=incomplete,
        )


def polnear_dataset(root: Path, split: str, *, speech_only: bool = False) -> Dataset:
    """One split as gold quotes: content, kind, and the Source span as speaker mention. With
    ``speech_only``, attributions that are not speech (:mod:`.speech`) are kept as ignored gold."""
    documents = []
    for article in load_polnear(root, split):
        quotes = tuple(
            EvalQuote(
                kind=a.kind,
                content=a.content_text,
                speaker_mention=a.source_text,
                mention_ranges=tuple((s.start, s.end) for s in a.source),
                ignored=speech_only and a.kind == "indirect" and not is_speech_cue(a.cue_text),
            )
            for a in article.attributions
        )
        documents.append(GoldDocument(article.name, article.text, quotes))
    prefix = "polnear-speech" if speech_only else "polnear"
    return Dataset(f"{prefix}:{split}", tuple(documents))
