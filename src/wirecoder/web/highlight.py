"""An article's text with its records drawn on it: embedded social posts, quotes, cues, speaker
mentions, entities, times and events, each an element of its own class (``hl-quote`` ...), properly nested (a mark
that crosses another's end is split there), every piece of text escaped.

Every span of an analysis satisfies ``text[start:end] == span.text``; the rendered text, its
tags taken away and unescaped, is the article text exactly."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Iterable

from markupsafe import Markup, escape

from ..records import Analysis

__all__ = ["Mark", "Node", "marks_of", "nest", "render"]

# outermost first: an embedded post holds what it says (its quotes, events); a quote holds its
# cue, mentions and times; an event's evidence may span it
LAYERS = ("embed", "event", "quote", "cue", "speaker", "entity", "time")


@dataclass(frozen=True, slots=True)
class Mark:
    layer: str          # one of LAYERS
    start: int
    end: int
    ref: str            # the anchor of its record on the page ("quote-q1", "entity-e2", ...)
    label: str          # what the record is, for a title attribute


def marks_of(analysis: Analysis) -> list[Mark]:
    out: list[Mark] = []
    for k, embed in enumerate(analysis.article.embeds, 1):
        out.append(Mark("embed", embed.span.start, embed.span.end, f"embed-{k}",
                        "embedded post" + (f" of {embed.author or embed.handle}"
                                           if embed.author or embed.handle else "")
                        + (f" ({embed.platform})" if embed.platform else "")))
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


@dataclass
class Node:
    mark: Mark | None                 # None: the root (the whole text)
    start: int
    end: int
    children: list[Node] = field(default_factory=list)


def nest(text: str, marks: Iterable[Mark]) -> Node:
    """The marks as a tree: each inside the one that contains it; a mark that crosses the end
    of another is split there, so no two ever overlap without nesting."""
    order = {layer: i for i, layer in enumerate(LAYERS)}
    heap = [(m.start, -m.end, order[m.layer], n, m) for n, m in enumerate(marks)]
    heapq.heapify(heap)
    root = Node(None, 0, len(text))
    stack = [root]
    serial = len(heap)
    while heap:
        start, neg_end, rank, _, mark = heapq.heappop(heap)
        end = -neg_end
        while len(stack) > 1 and stack[-1].end <= start:
            stack.pop()
        parent = stack[-1]
        if end > parent.end:  # crosses its parent's end: the rest is a mark of its own
            serial += 1
            heapq.heappush(heap, (parent.end, -end, rank, serial, mark))
            end = parent.end
        if start >= end:
            continue
        node = Node(mark, start, end)
        parent.children.append(node)
        stack.append(node)
    return root


# layers drawn as links to their record; the others are spans inside which links may sit (a
# link inside a link is not HTML), a quote ending in a small link to its record
_LINKED = ("entity", "time")


def render(text: str, marks: Iterable[Mark], plain=None) -> Markup:
    """The text with every mark as an element of class ``hl-LAYER``, escaped; ``plain(s)``
    (default: escape) draws the unmarked pieces."""
    plain = plain or escape
    out: list[str] = []

    def walk(node: Node, in_link: bool) -> None:
        mark = node.mark
        tag = None
        if mark is not None:
            tag = "a" if mark.layer in _LINKED and not in_link else "span"
            attrs = Markup(' class="hl-{0}" data-ref="{1}" title="{2}"').format(
                mark.layer, mark.ref, mark.label)
            if tag == "a":
                attrs += Markup(' href="#{0}"').format(mark.ref)
            out.append(Markup("<{0}{1}>").format(Markup(tag), attrs))
        at = node.start
        for child in node.children:
            out.append(plain(text[at:child.start]) if mark is None else escape(text[at:child.start]))
            walk(child, in_link or tag == "a")
            at = child.end
        out.append(plain(text[at:node.end]) if mark is None else escape(text[at:node.end]))
        if tag is not None:
            out.append(Markup("</{0}>").format(Markup(tag)))
            if mark.layer == "quote" and not in_link and node.end == mark.end:
                out.append(Markup('<a class="ref" href="#{0}" title="{1}">{2}</a>').format(
                    mark.ref, mark.label, mark.ref.split("-", 1)[1]))

    walk(nest(text, marks), False)
    return Markup("").join(out)
