"""An article's text as segments, each with the records whose spans cover it, so a template
can draw quotes, cues, speaker mentions, entities, times and events in distinct styles without
ever nesting tags across each other.

Every span of an analysis satisfies ``text[start:end] == span.text``; the segments cover the
text exactly once, in order, so joining their texts gives the article back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..records import Analysis

__all__ = ["Mark", "Segment", "marks_of", "segments"]

# outermost first: a quote holds its cue, mentions and times; an event's evidence may span it
LAYERS = ("event", "quote", "cue", "speaker", "entity", "time")


@dataclass(frozen=True, slots=True)
class Mark:
    layer: str          # one of LAYERS
    start: int
    end: int
    ref: str            # the anchor of its record on the page ("quote-q1", "entity-e2", ...)
    label: str          # what the record is, for a title attribute


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marks: tuple[Mark, ...]  # outermost layer first

    @property
    def link(self) -> Mark | None:
        """The innermost record: the one a click on this piece of text opens."""
        return self.marks[-1] if self.marks else None

    @property
    def classes(self) -> str:
        return " ".join(f"hl-{m.layer}" for m in self.marks)


def marks_of(analysis: Analysis) -> list[Mark]:
    out: list[Mark] = []
    for i, e in enumerate(analysis.events):
        if e.evidence is not None:
            out.append(Mark("event", e.evidence.start, e.evidence.end, f"event-{e.id}",
                            f"event: {e.category}"))
    for q in analysis.quotes:
        who = q.speaker.name or (q.speaker.mention.text if q.speaker.mention else "unknown")
        out.append(Mark("quote", q.content.start, q.content.end, f"quote-{q.id}",
                        f"{q.kind} quote of {who}"))
        if q.cue is not None:
            out.append(Mark("cue", q.cue.start, q.cue.end, f"quote-{q.id}", f"cue of {q.id}"))
        if q.speaker.mention is not None:
            m = q.speaker.mention
            out.append(Mark("speaker", m.start, m.end, f"quote-{q.id}", f"speaker: {who}"))
    for e in analysis.entities:
        for m in e.mentions:
            out.append(Mark("entity", m.start, m.end, f"entity-{e.id}",
                            f"{e.type.lower()}: {e.name}"))
    for i, t in enumerate(analysis.times):
        out.append(Mark("time", t.span.start, t.span.end, f"time-{i}",
                        f"time: {t.value or 'unresolved'}"))
    return [m for m in out if 0 <= m.start < m.end <= len(analysis.article.text)]


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    marks = list(marks)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    order = {layer: i for i, layer in enumerate(LAYERS)}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in marks if m.start <= a and b <= m.end]
        # one mark a layer (the shortest), outermost layer first
        best: dict[str, Mark] = {}
        for m in sorted(active, key=lambda m: m.end - m.start):
            best.setdefault(m.layer, m)
        out.append(Segment(text[a:b], tuple(sorted(best.values(), key=lambda m: order[m.layer]))))
    return out
