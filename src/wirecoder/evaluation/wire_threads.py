"""Position threads (``positions.gold.json``) checked the way a user would read them: the
analyses go into a temporary SQLite store, and the corpus is built and queried with the library
functions behind ``wirecoder positions`` and ``wirecoder shifts`` (paraphrased keys merged as
those commands do by default).

For each thread, with ``Corpus.select(actor=holder)`` and ``Corpus.shifts(actor=holder)`` (the
``--actor`` queries), keeping the statements whose proposition matches the gold proposition by
the statement rule (:func:`~wirecoder.evaluation.wire.same_proposition`):

- **timeline**: each entry is found when the holder has a statement on the proposition in that
  article (an echo's copy counts), and right when one of them has the entry's stance and hedge;
- **shift**: a thread with a shift is right when a shift of the expected kind (from the gold
  ``from``/``to`` by :func:`wirecoder.corpus.positions.shift_kind`) lands in the gold article; a thread
  without one is right when no shift is found on it;
- **echo**: the claim in the earlier article carries the later article's statement as a copy,
  and the later article holds no claim of its own on the proposition (counted once).

A thread is right when all its checks are.
"""

from __future__ import annotations

import sys

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from .scoring import Ratio
from .wire import Miss, expected_shift_kind, same_proposition
from .wire_gold import GoldThread

__all__ = ["ThreadResult", "ThreadScores", "check_threads", "store_corpus"]


@dataclass(frozen=True, slots=True)
class ThreadResult:
    thread: GoldThread
    kind: str
    timeline: Ratio
    shift_right: bool
    echo_right: bool | None  # None: not an echo thread
    found: tuple[str, ...] = ()  # what was found, for --misses
    why: str | None = None  # the positions the claims fall into, for --misses

    @property
    def right(self) -> bool:
        return (self.timeline.correct == self.timeline.total and self.shift_right
                and self.echo_right is not False)

    def to_dict(self) -> dict[str, Any]:
        return {"holder": self.thread.holder, "proposition": self.thread.proposition,
                "kind": self.kind, "right": self.right, "timeline": self.timeline.to_dict(),
                "shift_right": self.shift_right, "echo_right": self.echo_right,
                "found": list(self.found), "why": self.why}


@dataclass(frozen=True, slots=True)
class ThreadScores:
    results: tuple[ThreadResult, ...] = ()

    @property
    def threads(self) -> Ratio:
        return Ratio(sum(r.right for r in self.results), len(self.results))

    @property
    def timeline(self) -> Ratio:
        return sum((r.timeline for r in self.results), Ratio())

    @property
    def shifts(self) -> Ratio:
        return Ratio(sum(r.shift_right for r in self.results), len(self.results))

    @property
    def echoes(self) -> Ratio:
        echo = [r for r in self.results if r.echo_right is not None]
        return Ratio(sum(bool(r.echo_right) for r in echo), len(echo))

    def misses(self) -> list[Miss]:
        return [
            Miss("threads", ",".join(e.article for e in r.thread.timeline), f"{r.kind} thread",
                 f"{r.thread.holder}: {r.thread.proposition} "
                 + " → ".join(f"{e.article} {e.stance}/{e.hedge}" for e in r.thread.timeline)
                 + (f"; shift {r.thread.shift[1]} → {r.thread.shift[2]} in {r.thread.shift[0]}"
                    if r.thread.shift else ""),
                 "; ".join(r.found) or None,
                 f"timeline {r.timeline.correct}/{r.timeline.total}, shift "
                 f"{'right' if r.shift_right else 'wrong'}"
                 + ("" if r.echo_right is None else f", echo {'right' if r.echo_right else 'wrong'}")
                + (f"; {r.why}" if r.why else ""))
            for r in self.results if not r.right
        ]

    def to_dict(self) -> dict[str, Any]:
        return {"threads": self.threads.to_dict(), "timeline": self.timeline.to_dict(),
                "shifts": self.shifts.to_dict(), "echoes": self.echoes.to_dict(),
                "results": [r.to_dict() for r in self.results]}


def thread_kind(thread: GoldThread) -> str:
    if thread.shift is not None:
        return expected_shift_kind(thread.shift[1], thread.shift[2]) or "shift"
    return "echo" if thread.echo is not None else "stable"


def store_corpus(analyses: Iterable[Any], db: Path, *, gazetteer: Any, merge_keys: bool = True):
    """The corpus ``wirecoder positions``/``shifts`` would build after ingesting ``analyses``
    (:class:`~wirecoder.records.Analysis` objects) into a new store at ``db``."""
    from ..corpus.keymatch import merge_paraphrased_keys
    from ..corpus.positions import Corpus
    from ..store.sqlite import Store

    with Store(db) as store:
        for analysis in analyses:
            store.put(analysis)
        rows = store.statements()
        names = store.speaker_names()
    if merge_keys:
        notes: list[str] = []
        rows = merge_paraphrased_keys(rows, gazetteer, notes=notes)
        for message in notes:
            print(f"wirecoder: {message}", file=sys.stderr)
    return Corpus.from_rows(rows, gazetteer, names=names)


def _article_name(source: str | None) -> str:
    return Path(source or "").stem


def _check(thread: GoldThread, corpus: Any) -> ThreadResult:
    claims = [c for c in corpus.select(actor=thread.holder)
              if same_proposition(c.row.proposition_text, thread.proposition)]
    found = [f"{_article_name(r.source)} {r.stance}/{r.hedge} ({r.proposition_text}; "
             f"holder {c.holder.name}; key {c.row.proposition_key})"
             + (" copy" if r is not c.row else "")
             for c in claims for r in c.rows]
    timeline = Ratio()
    absent = []
    for entry in thread.timeline:
        rows = [r for c in claims for r in c.rows if _article_name(r.source) == entry.article]
        if not rows:
            absent.append(entry.article)
        timeline += Ratio(int(any(r.stance == entry.stance and r.hedge == entry.hedge
                                  for r in rows)), 1)
    shifts = [s for s in corpus.shifts(actor=thread.holder)
              if same_proposition(s.after.row.proposition_text, thread.proposition)
              or same_proposition(s.before.row.proposition_text, thread.proposition)]
    found += [f"shift {s.kind} in {_article_name(s.after.row.source)}" for s in shifts]
    kind = thread_kind(thread)
    if thread.shift is None:
        shift_right = not shifts
    else:
        shift_right = any(s.kind == kind and _article_name(s.after.row.source) == thread.shift[0]
                          for s in shifts)
    why = _why(thread, claims, shifts, kind)
    if absent:
        why = "; ".join(filter(None, (why, "no statement of the holder on the proposition in "
                                      + ",".join(absent))))
    echo_right = None
    if thread.echo is not None:
        later, earlier = thread.echo
        copied = any(_article_name(c.row.source) == earlier
                     and any(_article_name(r.source) == later for r in c.copies) for c in claims)
        echo_right = copied and not any(_article_name(c.row.source) == later for c in claims)
    return ThreadResult(thread, kind, timeline, shift_right, echo_right, tuple(found), why or None)


def _why(thread: GoldThread, claims: Sequence[Any], shifts: Sequence[Any], kind: str) -> str:
    """Why the shift check came out as it did, for ``--misses``: the positions (holder, key)
    the holder's claims on the proposition fall into, by article (a shift is looked for within
    one position, so claims split over two holders or two keys make none), and the shifts found."""
    positions: dict[tuple[str, str], list[str]] = {}
    for c in claims:
        articles = positions.setdefault((c.holder.key, c.row.proposition_key), [])
        articles.extend(a for a in (_article_name(r.source) for r in c.rows) if a not in articles)
    if not positions:
        return ""
    parts = [f"{holder} {key} in {','.join(articles)}"
             for (holder, key), articles in positions.items()]
    text = (f"claims in {len(positions)} positions: " if len(positions) > 1
            else "claims in one position: ") + "; ".join(parts)
    if thread.shift is not None and not any(s.kind == kind for s in shifts):
        text += f"; no {kind} found"
    return text


def check_threads(threads: Sequence[GoldThread], analyses: Iterable[Any], *, gazetteer: Any,
                  merge_keys: bool = True) -> ThreadScores:
    """Every thread against a temporary store holding ``analyses``."""
    with tempfile.TemporaryDirectory(prefix="wirecoder-eval-") as tmp:
        corpus = store_corpus(analyses, Path(tmp) / "threads.db", gazetteer=gazetteer,
                              merge_keys=merge_keys)
    return ThreadScores(tuple(_check(t, corpus) for t in threads))
