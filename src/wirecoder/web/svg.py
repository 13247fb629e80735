"""Charts drawn on the server as inline SVG (no script, no external file): a sparkline of
counts over time, and a position's timeline (stance and hedge against time).

Every piece of text goes through :func:`markupsafe.escape`; the SVG uses classes (styled by the
static stylesheet) and presentation attributes, never inline ``style``, so a strict
Content-Security-Policy allows it."""

from __future__ import annotations

import datetime as _dt
from typing import Sequence

from markupsafe import Markup, escape

from ..corpus.charts import stance_score
from ..corpus.periods import Period
from ..corpus.positions import HEDGES, Position

__all__ = ["sparkline", "timeline_chart"]


def _f(x: float) -> str:
    return f"{x:.1f}"


def sparkline(counts: Sequence[tuple[str | None, int]], *, width: int = 240,
              height: int = 40) -> Markup:
    """Bars of articles per period (undated left out), with a title for each bar."""
    dated = [(p, n) for p, n in counts if p]
    if not dated:
        return Markup("")
    top = max(n for _, n in dated) or 1
    bar = width / len(dated)
    parts = [f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}" role="img" aria-label="matches over time">']
    for i, (p, n) in enumerate(dated):
        h = max(1.0, (height - 2) * n / top)
        parts.append(
            f'<rect class="spark-bar" x="{_f(i * bar + 0.5)}" y="{_f(height - h)}" '
            f'width="{_f(max(bar - 1, 0.5))}" height="{_f(h)}"><title>{escape(p)}: {n}'
            f'</title></rect>')
    parts.append(f'<text class="spark-label" x="0" y="{height - 1}">{escape(dated[0][0])}</text>')
    parts.append(f'<text class="spark-label" x="{width}" y="{height - 1}" '
                 f'text-anchor="end">{escape(dated[-1][0])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _levels() -> list[tuple[int, str]]:
    out = []
    for stance in ("favor", "against"):
        for hedge in HEDGES:
            out.append((stance_score(stance, hedge), f"{stance}, {hedge}"))
    return sorted(out, reverse=True)


def timeline_chart(position: Position, *, width: int = 760, row: int = 34) -> Markup:
    """The position's dated statements as points on a step line, y = stance and hedge
    (favor absolute at the top, against absolute at the bottom), x = date. Each point is
    labelled "speaker · outlet"; points of one day and level are spread sideways, not drawn
    over each other; copies of a claim in other outlets are hollow points at their own
    publication date, joined to the claim by a dashed line."""
    levels = _levels()
    y_of = {score: i for i, (score, _) in enumerate(levels)}
    left, right, top = 150, 30, 20
    height = top + row * len(levels) + 40
    points = []  # (date, score, label, kind, claim index)
    for n, c in enumerate(position.claims):
        period = c.period
        score = stance_score(c.row.stance, c.row.hedge)
        if period is None or score is None:
            continue
        points.append((period.first, score, f"{c.speaker or '?'} · {c.row.outlet or '-'}",
                       "claim", n))
        for copy in c.copies:
            cp = Period.parse(copy.published or copy.date) or period
            points.append((cp.first, score, f"copy · {copy.outlet or copy.source or '-'}",
                           "copy", n))
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(position.holder.name)}: {escape(position.proposition)}">']
    for score, label in levels:
        y = top + row * y_of[score] + row / 2
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{_f(y)}" '
                     f'y2="{_f(y)}"/>')
        parts.append(f'<text class="axis" x="{left - 8}" y="{_f(y + 4)}" '
                     f'text-anchor="end">{escape(label)}</text>')
    divide = top + row * (y_of[1] + 1)  # between favor and against
    parts.append(f'<line class="grid zero" x1="{left}" x2="{width - right}" y1="{_f(divide)}" '
                 f'y2="{_f(divide)}"/>')
    if not points:
        parts.append(f'<text class="axis" x="{left + 10}" y="{top + 14}">no dated statement'
                     '</text></svg>')
        return Markup("".join(parts))
    lo = min(p[0] for p in points)
    hi = max(p[0] for p in points)
    span = max((hi - lo).days, 1)
    inner = width - left - right - 60

    def x_of(day: _dt.date) -> float:
        return left + 30 + inner * (day - lo).days / span if hi != lo else left + 30 + inner / 2

    # spread the points of one day and level sideways, in order
    seen: dict[tuple, int] = {}
    placed = []
    for day, score, label, kind, n in points:
        slot = seen.get((day, score), 0)
        seen[(day, score)] = slot + 1
        x = x_of(day) + slot * 14
        y = top + row * y_of[score] + row / 2
        placed.append((x, y, day, score, label, kind, n, slot))
    claims = [p for p in placed if p[5] == "claim"]
    path = []
    for i, (x, y, *_rest) in enumerate(claims):
        if i:
            path.append(f"H{_f(x)} V{_f(y)}")
        else:
            path.append(f"M{_f(x)} {_f(y)}")
    if len(claims) > 1:
        parts.append(f'<path class="step" d="{" ".join(path)}"/>')
    origin = {p[6]: p for p in claims}
    for x, y, day, score, label, kind, n, slot in placed:
        if kind == "copy" and n in origin:
            ox, oy = origin[n][0], origin[n][1]
            parts.append(f'<line class="echo" x1="{_f(ox)}" y1="{_f(oy)}" x2="{_f(x)}" '
                         f'y2="{_f(y)}"/>')
    for x, y, day, score, label, kind, n, slot in placed:
        cls = "pt pt-copy" if kind == "copy" else f"pt pt-{'favor' if score > 0 else 'against'}"
        title = f"{day.isoformat()} · {label}"
        parts.append(f'<a href="#claim-{n}"><circle class="{cls}" cx="{_f(x)}" cy="{_f(y)}" '
                     f'r="5"><title>{escape(title)}</title></circle></a>')
        ly = y - 8 - slot * 11  # the labels of one day and level stacked, none hidden
        if x > width * 0.6:  # right of the middle: the label ends at the point
            attrs = f'x="{_f(x - 6)}" text-anchor="end"'
        else:
            attrs = f'x="{_f(x + 6)}"'
        parts.append(f'<text class="pt-label" {attrs} y="{_f(ly)}">{escape(label)}</text>')
    base = top + row * len(levels) + 16
    ticks = sorted({lo, hi} | ({lo + (hi - lo) / 2} if (hi - lo).days > 60 else set()))
    for day in ticks:
        parts.append(f'<text class="axis" x="{_f(x_of(day))}" y="{base}" '
                     f'text-anchor="middle">{escape(day.isoformat())}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
