"""Events from the store by actor, category and date (``wirecoder events``, the web app's
``/events`` and ``/api/v1/events``): one query, read from the ``events`` and ``event_actors``
tables (:meth:`wirecoder.store.sqlite.Store.events`).

An actor is matched as an actor or a recipient: by its name in any case or spelling (folded:
"vucic" finds "Vučić"), or by a country given by any of its names or its code ("Serbia",
"serbia", "SRB", "srb" all find the events of actors coded SRB; PLOVER's non-state codes such as
EUR or IGO are codes too). Dates as periods (:mod:`wirecoder.corpus.periods`): an event is kept
when its date, else its article's, overlaps ``since``..``until``.
"""

from __future__ import annotations

import re

from ..lexicon.gazetteer import Gazetteer
from ..lexicon.names import fold, fold_name
from ..store.events import StoredEvent
from .identity import resolve_body
from .periods import parse_bound

__all__ = ["actor_terms", "query_events"]

_CODE = re.compile(r"[A-Za-z]{3}")


def actor_terms(actor: str, gazetteer: Gazetteer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded names and the country codes ``actor`` stands for."""
    text = actor.strip()
    names = tuple(dict.fromkeys(k for k in (fold(text), fold_name(text)) if k))
    countries: list[str] = []
    code = _CODE.fullmatch(text) is not None
    body = resolve_body(text, gazetteer) or (resolve_body(text.upper(), gazetteer) if code else None)
    if body is not None and body.code:
        countries.append(body.code)
    if code:
        countries.append(text.upper())  # a code the gazetteer does not list (EUR, IGO, NGO ...)
    return names, tuple(dict.fromkeys(countries))


def query_events(
    store, gazetteer: Gazetteer, *, actor: str | None = None, category: str | None = None,
    since: str | None = None, until: str | None = None, limit: int | None = None,
) -> list[StoredEvent]:
    """Stored events with ``actor`` as an actor or recipient, of PLOVER ``category`` (any
    case), dated within ``since``..``until`` (any period :func:`parse_bound` reads), in date
    order, at most ``limit``. An actor or category that is only blanks matches nothing."""
    names: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    if actor is not None:
        names, countries = actor_terms(actor, gazetteer)
        if not names and not countries:
            return []
    if category is not None:
        category = category.strip().upper()
        if not category:
            return []
    start, end = parse_bound(since), parse_bound(until)
    return store.events(
        names=names, countries=countries, category=category,
        since=start.first.isoformat() if start else None,
        until=end.last.isoformat() if end else None, limit=limit,
    )
