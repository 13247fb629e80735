"""Quotes from the store by speaker, topic and date, with copies across outlets counted once
(``wirecoder quotes``). Speakers are matched across spellings and forms
(:mod:`wirecoder.corpus.identity`); topics by the quote's words or the propositions its statements
assert (:class:`wirecoder.corpus.positions.AboutQuery`); copies as in :mod:`wirecoder.corpus.echoes`;
dates as periods (:mod:`wirecoder.corpus.periods`): a quote dated by a week or month is kept when that
period overlaps ``since``..``until``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from .echoes import DEFAULT_DAYS, DEFAULT_THRESHOLD, EchoItem, NearDuplicates, fold_echoes
from ..lexicon.gazetteer import Gazetteer
from .identity import PeopleIndex, fold, resolve_body
from .periods import Period, parse_bound, period_key
from .positions import AboutQuery
from ..store.sqlite import Store, StoredQuote

__all__ = ["QuoteLine", "query_quotes", "select_quotes"]


@dataclass(frozen=True, slots=True)
class QuoteLine:
    """A stored quote with its speaker as the corpus knows them, and its copies elsewhere."""

    quote: StoredQuote
    speaker: str | None
    speaker_key: str | None
    copies: tuple[StoredQuote, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        q = self.quote
        return {
            "date": q.date,
            "speaker": self.speaker,
            "speaker_as_written": q.speaker_name,
            "outlet": q.outlet,
            "source": q.source,
            "published": q.published,
            "article_id": q.article_id,
            "quote_id": q.quote_id,
            "kind": q.kind,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "copies": [
                {"outlet": c.outlet, "source": c.source, "published": c.published,
                 "article_id": c.article_id}
                for c in self.copies
            ],
        }


_MIN_ECHO_CHARS = 20  # shorter quotes ("No", "We will see") repeat without being copies


def select_quotes(
    rows: Sequence[StoredQuote],
    gazetteer: Gazetteer,
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    propositions: dict[tuple[str, str], list[str]] | None = None,
    people: PeopleIndex | None = None,
    echoes: bool = True,
    days: int = DEFAULT_DAYS,
    threshold: float = DEFAULT_THRESHOLD,
    near_duplicates: NearDuplicates | None = None,
) -> list[QuoteLine]:
    """Quotes by ``speaker`` (any form of the name, or a country or organisation speaking)
    about ``about`` (words of the quote, or of the propositions its statements assert) from
    ``since`` to ``until`` (a quote is kept when its date, a day or a longer period, overlaps
    the range; undated quotes only without a bound), in date order (by the first day of the
    period, the finer first). With ``echoes``, near-identical quotes published within ``days``
    are one line under the earliest, the others listed as its copies. ``people`` is the
    corpus's index of names (built from ``rows`` when not given)."""
    start, end = parse_bound(since), parse_bound(until)
    rows = sorted(rows, key=lambda q: period_key(q.date))  # stable: the store's order on ties
    if people is None:
        people = PeopleIndex.build(
            ((q.speaker_name, q.speaker_country) for q in rows
             if q.speaker_type in (None, "PERSON")),
            gazetteer,
        )
    copies: dict[int, tuple[int, ...]] = {}
    copied: frozenset[int] = frozenset()
    if echoes:
        items = [
            EchoItem(q.text if len(fold(q.text)) >= _MIN_ECHO_CHARS else "", "", q.article_id,
                     q.outlet, q.source, q.date, q.published)
            for q in rows
        ]
        copies, copied = fold_echoes(items, days=days, threshold=threshold,
                                     near_duplicates=near_duplicates)

    body = resolve_body(speaker, gazetteer) if speaker else None
    wanted_people = {p.key for p in people.match(speaker)} if speaker else set()
    propositions = propositions or {}
    what = AboutQuery.parse(about, gazetteer) if about else None
    out = []
    for i, q in enumerate(rows):
        if i in copied:
            continue
        # a lone surname the parser typed as an organisation ("Smith said") that names no known
        # body is the corpus's one person of that surname, when there is exactly one
        lone = (people.by_surname(q.speaker_name) if q.speaker_type == "ORG"
                and resolve_body(q.speaker_name, gazetteer) is None else None)
        if q.speaker_type in ("COUNTRY", "ORG") and lone is None:
            found = resolve_body(q.speaker_name, gazetteer)
            name, key = (found.name, found.key) if found else (q.speaker_name, None)
            person = None
        elif lone is not None:
            person = lone
            name, key = person.name, f"person:{person.key}"
        else:
            person = people.resolve(q.speaker_name)
            name, key = (person.name, f"person:{person.key}") if person else (None, None)
        if speaker:
            if not ((person is not None and person.key in wanted_people)
                    or (body is not None and key == body.key)):
                continue
        if start is not None or end is not None:
            period = Period.parse(q.date)
            if period is None or not period.within(start, end):
                continue
        if what is not None and not what.matches(
            (q.text, *propositions.get((q.article_id, q.quote_id), ()))
        ):
            continue
        out.append(QuoteLine(q, name, key, tuple(rows[j] for j in copies.get(i, ()))))
    return out


def query_quotes(store: Store, gazetteer: Gazetteer, *, speaker: str | None = None,
                 about: str | None = None, since: str | None = None, until: str | None = None,
                 echoes: bool = True, days: int = DEFAULT_DAYS,
                 threshold: float = DEFAULT_THRESHOLD,
                 notes: list[str] | None = None) -> list[QuoteLine]:
    """:func:`select_quotes` over every quote of ``store`` (what ``wirecoder quotes`` prints).
    With a fresh corpus index (``wirecoder index``, :mod:`wirecoder.corpus.index`) the answer is
    read from it: only the speaker's quotes in the date range. Without one, all quotes are read,
    since copies are found among quotes on either side of the date range and the range is
    applied to periods, and the people index is built from every quoted name; a hint that the
    index would make this fast goes to ``notes`` (when the store is large, or the index stale)."""
    from .index import check_index, query_quotes as indexed

    check = check_index(store, "quotes", days=days, threshold=threshold)
    if not check.fresh and not echoes:  # without echoes the echo settings do not matter
        check = check_index(store, "quotes", **_built_settings(store))
    if check.fresh:
        return indexed(store, gazetteer, speaker=speaker, about=about, since=since, until=until,
                       echoes=echoes)
    if check.hint and notes is not None:
        notes.append(check.hint)
    rows = store.quotes()
    propositions = store.propositions_of_quotes() if about else None
    people = PeopleIndex.build(store.speaker_names(), gazetteer)
    return select_quotes(rows, gazetteer, speaker=speaker, about=about, since=since, until=until,
                         propositions=propositions, people=people, echoes=echoes, days=days,
                         threshold=threshold)


def _built_settings(store: Store) -> dict[str, Any]:
    """The echo settings the quotes index was built with (the defaults when there is none)."""
    import json

    state = store.index_state("quotes")
    built = json.loads(state[1]) if state else {}
    return {"days": built.get("echo_days", DEFAULT_DAYS),
            "threshold": built.get("echo_threshold", DEFAULT_THRESHOLD)}
