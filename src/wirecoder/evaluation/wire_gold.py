"""The wire gold format (``../shared/data/wire_dev/``): ``NNN.txt`` beside ``NNN.gold.json``, and
``positions.gold.json`` with the cross-article position threads.

Each text is read through wirecoder's own plain-text reader (the leading ``date`` marker leaves
the text, as in ``wirecoder analyze``), so the article text here is the text predictions point
into. Gold ``*_start`` offsets count from the start of the file, marker included; the loader
moves the offsets it keeps (metonyms) into the article text. Every gold string the format marks
as a substring is checked against the file, and a gold file that breaks the format is an
:class:`EvaluationError` naming the file and the item.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..readers.text import article_from_text
from .errors import EvaluationError

__all__ = [
    "GoldDateline",
    "GoldEntity",
    "GoldEvent",
    "GoldQuote",
    "GoldStatement",
    "GoldThread",
    "GoldTime",
    "ThreadEntry",
    "WireArticle",
    "WireGold",
    "load_wire_gold",
    "parse_article_gold",
    "parse_threads",
]

GOLD_SUFFIX = ".gold.json"
THREADS_FILE = "positions.gold.json"


@dataclass(frozen=True, slots=True)
class GoldDateline:
    place: str | None
    agency: str | None
    text: str


@dataclass(frozen=True, slots=True)
class GoldQuote:
    kind: str
    content: str
    cue: str | None
    speaker_mention: str | None
    speaker: str | None


@dataclass(frozen=True, slots=True)
class GoldTime:
    text: str
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """``metonyms``: (start, end) of each capital used as a government, in the article text."""

    name: str
    type: str
    country: str | None
    metonyms: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class GoldStatement:
    quote: int
    holder: str | None
    proposition: str
    stance: str
    hedge: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    category: str
    actor_country: str | None
    recipient_country: str | None
    size: int | None
    text: str


@dataclass(frozen=True, slots=True)
class WireArticle:
    """One annotated story: ``text`` is the article text (marker stripped)."""

    name: str
    text: str
    published: str | None
    outlet: str | None
    dateline: GoldDateline | None
    quotes: tuple[GoldQuote, ...]
    times: tuple[GoldTime, ...]
    entities: tuple[GoldEntity, ...]
    statements: tuple[GoldStatement, ...]
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    article: str
    date: str | None
    stance: str
    hedge: str


@dataclass(frozen=True, slots=True)
class GoldThread:
    """A holder's position on one proposition across articles. ``shift``: (article, from, to)
    with ``from``/``to`` as ``stance/hedge``; ``echo``: (later article, earlier article)."""

    holder: str
    proposition: str
    timeline: tuple[ThreadEntry, ...]
    shift: tuple[str, str, str] | None
    echo: tuple[str, str] | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class WireGold:
    folder: Path
    articles: tuple[WireArticle, ...]
    threads: tuple[GoldThread, ...]


def _substring(value: Any, text: str, where: str, key: str) -> None:
    if value is not None and (not isinstance(value, str) or value not in text):
        raise EvaluationError(
            f"{where}: {key} {value!r} is not a substring of the article text; fix the gold "
            "file (it must quote the text exactly)"
        )


def parse_article_gold(name: str, raw: str, gold: dict[str, Any], source: str) -> WireArticle:
    """One story from its file text ``raw`` and its parsed gold file."""
    try:
        article = article_from_text(raw, source)
    except InputError as err:
        raise EvaluationError(str(err)) from None
    text = article.text
    shift = raw.find(text)  # file offset of the article text (the marker and spaces before it)
    where = f"{source[:-4] if source.endswith('.txt') else source}{GOLD_SUFFIX}"
    try:
        dl = gold.get("dateline")
        dateline = None
        if dl:
            _substring(dl["text"], text, f"{where}: dateline", "text")
            dateline = GoldDateline(dl.get("place"), dl.get("agency"), dl["text"])
        quotes = []
        for i, q in enumerate(gold.get("quotes", [])):
            for key in ("content", "cue", "speaker_mention"):
                _substring(q.get(key), text, f"{where}: quote {i}", key)
            quotes.append(GoldQuote(q["kind"], q["content"], q.get("cue"),
                                    q.get("speaker_mention"), q.get("speaker")))
        times = []
        for i, t in enumerate(gold.get("times", [])):
            _substring(t["text"], text, f"{where}: time {i}", "text")
            times.append(GoldTime(t["text"], t.get("value")))
        entities = []
        for e in gold.get("entities", []):
            metonyms = []
            for m in e.get("metonyms") or []:
                start = m["start"] - shift if shift >= 0 else text.find(m["text"])
                if text[start : start + len(m["text"])] != m["text"]:
                    raise EvaluationError(
                        f"{where}: entity {e['name']!r}: metonym {m['text']!r} is not at offset "
                        f"{m['start']}; fix the offset (code points from the start of the file)"
                    )
                metonyms.append((start, start + len(m["text"])))
            entities.append(GoldEntity(e["name"], e["type"], e.get("country"), tuple(metonyms)))
        statements = []
        for i, s in enumerate(gold.get("statements", [])):
            if not isinstance(s["quote"], int) or not 0 <= s["quote"] < len(quotes):
                raise EvaluationError(
                    f"{where}: statement {i}: quote {s['quote']!r} is not the index of a quote "
                    f"(0..{len(quotes) - 1})"
                )
            statements.append(GoldStatement(s["quote"], s.get("holder"), s["proposition"],
                                            s["stance"], s["hedge"]))
        events = []
        for i, ev in enumerate(gold.get("events", [])):
            _substring(ev["text"], text, f"{where}: event {i}", "text")
            events.append(GoldEvent(ev["category"], ev.get("actor_country"),
                                    ev.get("recipient_country"), ev.get("size"), ev["text"]))
    except (KeyError, TypeError) as err:
        raise EvaluationError(
            f"{where}: missing or malformed field {err}; see the README of the wire data set"
        ) from None
    return WireArticle(name, text, gold.get("published"), gold.get("outlet"), dateline,
                       tuple(quotes), tuple(times), tuple(entities), tuple(statements),
                       tuple(events))


def parse_threads(data: Any, source: str) -> tuple[GoldThread, ...]:
    """The threads of a parsed ``positions.gold.json``."""
    if not isinstance(data, list):
        raise EvaluationError(f"{source}: expected a list of threads")
    threads = []
    for i, t in enumerate(data):
        try:
            shift = t.get("shift")
            echo = t.get("echo_of")
            threads.append(GoldThread(
                holder=t["holder"],
                proposition=t["proposition"],
                timeline=tuple(ThreadEntry(str(e["article"]), e.get("date"), e["stance"],
                                           e["hedge"]) for e in t["timeline"]),
                shift=(str(shift["article"]), shift["from"], shift["to"]) if shift else None,
                echo=(str(echo["article"]), str(echo["of"])) if echo else None,
                note=t.get("note", ""),
            ))
        except (KeyError, TypeError, AttributeError) as err:
            raise EvaluationError(f"{source}: thread {i}: missing or malformed field {err}") from None
    return tuple(threads)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise EvaluationError(f"{path}: not valid JSON ({err}); fix the gold file") from None
    except OSError as err:
        raise EvaluationError(f"{path}: cannot read it ({err.strerror})") from None


def load_wire_gold(folder: Path) -> WireGold:
    """Every ``NNN.gold.json`` of ``folder`` with its ``NNN.txt`` (sorted by name), and the
    threads of ``positions.gold.json`` when it is there (none otherwise)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: no such folder; give the folder of NNN.txt and "
                              f"NNN{GOLD_SUFFIX} files (e.g. ../shared/data/wire_dev)")
    paths = sorted(p for p in folder.glob("*" + GOLD_SUFFIX) if p.name != THREADS_FILE)
    if not paths:
        raise EvaluationError(f"{folder}: no *{GOLD_SUFFIX} files; give the folder of a wire "
                              "gold set (e.g. ../shared/data/wire_dev)")
    articles = []
    for path in paths:
        name = path.name[: -len(GOLD_SUFFIX)]
        text_path = folder / f"{name}.txt"
        if not text_path.is_file():
            raise EvaluationError(f"{path}: no article text {text_path.name} beside it")
        gold = _read_json(path)
        if not isinstance(gold, dict):
            raise EvaluationError(f"{path}: expected one JSON object")
        raw = text_path.read_text(encoding="utf-8")
        articles.append(parse_article_gold(name, raw, gold, str(text_path)))
    threads_path = folder / THREADS_FILE
    threads = parse_threads(_read_json(threads_path), str(threads_path)) if threads_path.is_file() else ()
    return WireGold(folder, tuple(articles), threads)
