"""The date a quote or statement refers to: the day the sentence says it was made, else the
publication date.

"Vucic told a rally in Belgrade on Friday evening" dates the quote to that Friday: the time
expression is governed by the cue verb ("told"), directly or through a participle of it
("speaking on Friday, he said"). A time inside the quote's content dates what is said, not the
saying; one in a relative clause ("who visited Moscow on Tuesday") dates another event.
"""

from __future__ import annotations

from typing import Iterable, Protocol

from ...spans import Span
from .tense import governing_verb

__all__ = ["quote_date"]


class _Timed(Protocol):
    span: Span
    value: str | None


def quote_date(
    doc,
    quote_content_span: Span,
    cue_span: Span | None,
    times: Iterable[_Timed],
    published: str | None,
) -> str | None:
    """The value of the time expression that dates the quote (``times`` as found by
    ``find_times`` on the same Doc), or ``published`` when the sentence gives none."""
    if cue_span is None:
        return published
    cue = doc.char_span(cue_span.start, cue_span.end, alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return published
    cue_tokens = {t.i for t in cue}
    sentence = cue[0].sent
    best: tuple[int, str] | None = None
    for t in times:
        if t.value is None or _overlaps(t.span, quote_content_span):
            continue
        if not (sentence.start_char <= t.span.start and t.span.end <= sentence.end_char):
            continue
        verb = governing_verb(doc, t.span.start, t.span.end)
        if verb is None:
            continue
        dated = verb.i in cue_tokens or (
            verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i in cue_tokens
        )
        if dated:
            distance = min(abs(t.span.start - cue_span.end), abs(cue_span.start - t.span.end))
            if best is None or distance < best[0]:
                best = (distance, t.value)
    return best[1] if best else published


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
