"""What the statement tests compare: statements as (holder, proposition, stance, hedge) tuples,
and whether one of them states a proposition the way the wire scorer matches it."""

from __future__ import annotations

from wirecoder.evaluation.wire import same_proposition


def found(statements) -> list[tuple[str | None, str, str, str]]:
    return [(s.holder_name, s.proposition_text, s.stance, s.hedge) for s in statements]


def has(found, holder, proposition, stance, hedge=None) -> bool:
    """Does ``found`` hold ``holder``'s statement on ``proposition`` (the scorer's match) with that
    stance (and hedge, when given)?"""
    return any(h == holder and same_proposition(p, proposition) and s == stance and (hedge is None or g == hedge)
               for h, p, s, g in found)
