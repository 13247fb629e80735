"""Analyses as flat tables: ``to_records`` gives one dict per quote, statement, entity, mention
or time expression, ``to_frame`` the same rows as a pandas DataFrame (the ``[pandas]`` extra).

Every row starts with its article's ``article_id``, ``source``, ``outlet``, ``site`` (where it
was published, when known: for wire copy the host of the agency's ``outlet``), ``published`` and
``authors`` (who wrote it: the names joined with "; ", or None);
offsets (``start``/``end``) point into that article's text, and every column of a kind is in
every row (None where a value is missing), so empty input still gives a frame with columns.

>>> rows = to_records(analyses, "quotes")                    # doctest: +SKIP
>>> frame = to_frame(analyses, "statements")                 # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, Literal

from ..errors import WirecoderError
from ..readers import Failure
from ..records import Analysis, Entity, Quote, Statement, TimeExpression

__all__ = ["COLUMNS", "Kind", "authors_cell", "to_frame", "to_records"]

Kind = Literal["quotes", "statements", "entities", "mentions", "times", "embeds"]

_ARTICLE = ("article_id", "source", "outlet", "site", "published", "authors")

#: The columns of each kind of row, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (
        *_ARTICLE, "quote_id", "kind", "start", "end", "text", "cue", "cue_start", "cue_end",
        "speaker_name", "speaker_entity", "speaker_type", "speaker_country", "speaker_mention",
        "speaker_start", "speaker_end", "date",
    ),
    "statements": (
        *_ARTICLE, "statement_id", "quote_id", "holder_name", "holder_entity", "holder_type",
        "holder_country", "speaker_name", "subject", "predicate", "object", "proposition_text",
        "proposition_key", "stance", "hedge", "date", "evidence_start", "evidence_end",
        "evidence_text", "quote_text",
    ),
    "entities": (
        *_ARTICLE, "entity_id", "type", "name", "country", "role", "mention_count", "start",
        "end", "text",
    ),
    "mentions": (*_ARTICLE, "entity_id", "type", "name", "country", "start", "end", "text"),
    "times": (*_ARTICLE, "start", "end", "text", "value", "type"),
    "embeds": (*_ARTICLE, "start", "end", "text", "author", "handle", "platform", "date"),
}


def to_records(
    analyses: Analysis | Iterable[Analysis | Failure], kind: Kind = "quotes"
) -> list[dict[str, Any]]:
    """Flat dicts, one per record of ``kind`` in each analysis, in article order.

    ``analyses``: one Analysis or any iterable of them (the stream of ``analyze_many`` too:
    its :class:`Failure` items have no records and are skipped). ``kind``: ``"quotes"``,
    ``"statements"``, ``"entities"`` (one row per entity, with its first mention),
    ``"mentions"`` (one row per entity mention), ``"times"`` or ``"embeds"`` (one row per
    social post embedded in the article: ``article.embeds``).
    """
    rows_of = _rows_of(kind)
    if isinstance(analyses, Analysis):
        analyses = [analyses]
    out: list[dict[str, Any]] = []
    for item in analyses:
        if isinstance(item, Failure):
            continue
        if not isinstance(item, Analysis):
            raise WirecoderError(
                f"to_records: got a {type(item).__name__}, not a wirecoder Analysis; "
                "pass what analyze() or analyze_many() returns"
            )
        out.extend(rows_of(item))
    return out


def to_frame(analyses: Analysis | Iterable[Analysis | Failure], kind: Kind = "quotes"):
    """The rows of :func:`to_records` as a pandas DataFrame with the columns of ``kind``:
    offsets and counts as nullable integers (``Int64``), every other column as Python objects
    with None where a value is missing (as in the records)."""
    _rows_of(kind)  # a bad kind fails before the pandas import
    try:
        import pandas
    except ImportError as err:
        raise WirecoderError(
            f"to_frame needs pandas, which is not installed ({err}); "
            "install it with: pip install 'wirecoder[pandas]' (or use to_records for plain dicts)"
        ) from None
    columns = COLUMNS[kind]
    frame = pandas.DataFrame(to_records(analyses, kind), columns=list(columns), dtype=object)
    return frame.astype({c: "Int64" for c in columns if c in _INTEGER_COLUMNS})


_INTEGER_COLUMNS = frozenset(
    c for cols in COLUMNS.values() for c in cols if c.endswith(("start", "end", "_count"))
)


def _rows_of(kind: str) -> Callable[[Analysis], Iterator[dict[str, Any]]]:
    rows = _ROWS.get(kind)
    if rows is None:
        raise WirecoderError(
            f"unknown record kind {kind!r}; choose one of: {', '.join(COLUMNS)}"
        )
    return rows


def _article(a: Analysis) -> dict[str, Any]:
    art = a.article
    return {"article_id": art.id, "source": art.source, "outlet": art.outlet,
            "site": art.site, "published": art.published, "authors": authors_cell(art.authors)}


def authors_cell(authors: tuple[str, ...]) -> str | None:
    """The ``authors`` column of a flat row: the names joined with "; " (None for none)."""
    return "; ".join(authors) if authors else None


def _quotes(a: Analysis) -> Iterator[dict[str, Any]]:
    entities = {e.id: e for e in a.entities}
    for q in a.quotes:
        yield _quote_row(a, q, entities.get(q.speaker.entity) if q.speaker.entity else None)


def _quote_row(a: Analysis, q: Quote, speaker: Entity | None) -> dict[str, Any]:
    mention = q.speaker.mention
    return {
        **_article(a),
        "quote_id": q.id,
        "kind": q.kind,
        "start": q.content.start,
        "end": q.content.end,
        "text": q.content.text,
        "cue": q.cue.text if q.cue else None,
        "cue_start": q.cue.start if q.cue else None,
        "cue_end": q.cue.end if q.cue else None,
        "speaker_name": q.speaker.name,
        "speaker_entity": q.speaker.entity,
        "speaker_type": speaker.type if speaker else None,
        "speaker_country": speaker.country if speaker else None,
        "speaker_mention": mention.text if mention else None,
        "speaker_start": mention.start if mention else None,
        "speaker_end": mention.end if mention else None,
        "date": q.date,
    }


def _statements(a: Analysis) -> Iterator[dict[str, Any]]:
    entities = {e.id: e for e in a.entities}
    quotes = {q.id: q for q in a.quotes}
    for s in a.statements:
        yield _statement_row(a, s, entities, quotes.get(s.quote))


def _statement_row(
    a: Analysis, s: Statement, entities: dict[str, Entity], quote: Quote | None
) -> dict[str, Any]:
    holder = entities.get(s.holder_entity) if s.holder_entity else None
    if holder is None and quote is not None and quote.speaker.entity:
        holder = entities.get(quote.speaker.entity)  # as the store's statements table does
    ev = s.evidence
    return {
        **_article(a),
        "statement_id": s.id,
        "quote_id": s.quote,
        "holder_name": s.holder_name,
        "holder_entity": s.holder_entity,
        "holder_type": holder.type if holder else None,
        "holder_country": holder.country if holder else None,
        "speaker_name": quote.speaker.name if quote else None,
        "subject": s.subject,
        "predicate": s.predicate,
        "object": s.object,
        "proposition_text": s.proposition_text,
        "proposition_key": s.proposition_key,
        "stance": s.stance,
        "hedge": s.hedge,
        "date": s.date,
        "evidence_start": ev.start if ev else None,
        "evidence_end": ev.end if ev else None,
        "evidence_text": ev.text if ev else None,
        "quote_text": quote.content.text if quote else None,
    }


def _entities(a: Analysis) -> Iterator[dict[str, Any]]:
    for e in a.entities:
        first = e.mentions[0] if e.mentions else None
        yield {
            **_article(a),
            "entity_id": e.id,
            "type": e.type,
            "name": e.name,
            "country": e.country,
            "role": e.role,
            "mention_count": len(e.mentions),
            "start": first.start if first else None,
            "end": first.end if first else None,
            "text": first.text if first else None,
        }


def _mentions(a: Analysis) -> Iterator[dict[str, Any]]:
    for e in a.entities:
        for m in e.mentions:
            yield {**_article(a), "entity_id": e.id, "type": e.type, "name": e.name,
                   "country": e.country, "start": m.start, "end": m.end, "text": m.text}


def _times(a: Analysis) -> Iterator[dict[str, Any]]:
    for t in a.times:
        yield _time_row(a, t)


def _time_row(a: Analysis, t: TimeExpression) -> dict[str, Any]:
    return {**_article(a), "start": t.span.start, "end": t.span.end, "text": t.span.text,
            "value": t.value, "type": t.type}


def _embeds(a: Analysis) -> Iterator[dict[str, Any]]:
    """The social posts embedded in the article (``article.embeds``): their words' span and
    what the embed names of the post (author, handle, platform, date)."""
    for e in a.article.embeds:
        yield {**_article(a), **e.to_dict()}


_ROWS: dict[str, Callable[[Analysis], Iterator[dict[str, Any]]]] = {
    "quotes": _quotes,
    "statements": _statements,
    "entities": _entities,
    "mentions": _mentions,
    "times": _times,
    "embeds": _embeds,
}
