"""Frozen, typed records of an analysis, and their JSON form (the contract in DESIGN.md).

Field names in ``to_dict()`` are a contract read by tools outside the project: add fields freely,
rename none without bumping :data:`SCHEMA`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Literal

from .article import Article
from .errors import InputError, SpanError
from .spans import Span

__all__ = [
    "SCHEMA",
    "EventActor",
    "Analysis",
    "Entity",
    "EntityType",
    "Event",
    "Quote",
    "Speaker",
    "Statement",
    "TimeExpression",
    "iter_spans",
]

SCHEMA = "wirecoder.analysis/1"

EntityType = Literal["PERSON", "COUNTRY", "ORG", "CITY"]


def _span(s: Span | None) -> dict[str, Any] | None:
    return s.to_dict() if s is not None else None


def _from_span(data: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(data) if data is not None else None


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, country or organisation with every mention of it in one article."""

    id: str
    type: EntityType
    name: str
    country: str | None
    role: str | None
    mentions: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "country": self.country,
            "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            type=data["type"],
            name=data["name"],
            country=data.get("country"),
            role=data.get("role"),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    mention: Span | None
    entity: str | None
    name: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"mention": _span(self.mention), "entity": self.entity, "name": self.name}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(_from_span(data.get("mention")), data.get("entity"), data.get("name"))


@dataclass(frozen=True, slots=True)
class Quote:
    """``date``: the day the quote was made when the sentence says so ("told a rally on Friday
    evening"), else the publication date, else None."""

    id: str
    kind: Literal["direct", "indirect", "mixed"]
    content: Span
    cue: Span | None
    speaker: Speaker
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": self.content.to_dict(),
            "cue": _span(self.cue),
            "speaker": self.speaker.to_dict(),
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            id=data["id"],
            kind=data["kind"],
            content=Span.from_dict(data["content"]),
            cue=_from_span(data.get("cue")),
            speaker=Speaker.from_dict(data["speaker"]),
            date=data.get("date"),
        )


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression; ``value`` is ISO at the text's granularity (YYYY-MM-DD, YYYY-MM, YYYY,
    YYYY-Www, and TIMEX3 forms such as 2009-Q3) or None; ``type`` is DATE, TIME, DURATION or
    SET (durations and sets never get a calendar value)."""

    span: Span
    value: str | None
    type: str = "DATE"

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "value": self.value, "type": self.type}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeExpression:
        return cls(Span.from_dict(data), data.get("value"), data.get("type", "DATE"))


@dataclass(frozen=True, slots=True)
class Statement:
    """A proposition a quote asserts, with the holder's stance and hedge.

    ``subject``/``predicate``/``object`` are the proposition's parts as normalised words
    ("Serbia", "impose sanctions on", "Russia"); ``proposition_text`` reads them as a phrase and
    ``proposition_key`` is the key paraphrases share ("impose_sanctions:RUS"). ``evidence`` is the
    clause in the article text; ``date`` the day it was said (the quote's date)."""

    id: str
    quote: str
    holder_entity: str | None
    holder_name: str | None
    proposition_text: str
    proposition_key: str
    stance: Literal["favor", "against"]
    hedge: Literal["absolute", "firm", "conditional", "uncertain"]
    subject: str | None = None
    predicate: str | None = None
    object: str | None = None
    evidence: Span | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "quote": self.quote,
            "holder": {"entity": self.holder_entity, "name": self.holder_name},
            "proposition": {
                "text": self.proposition_text,
                "key": self.proposition_key,
                "subject": self.subject,
                "predicate": self.predicate,
                "object": self.object,
            },
            "stance": self.stance,
            "hedge": self.hedge,
            "evidence": _span(self.evidence),
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        holder = data.get("holder") or {}
        proposition = data["proposition"]
        return cls(
            id=data["id"],
            quote=data["quote"],
            holder_entity=holder.get("entity"),
            holder_name=holder.get("name"),
            proposition_text=proposition["text"],
            proposition_key=proposition["key"],
            stance=data["stance"],
            hedge=data["hedge"],
            subject=proposition.get("subject"),
            predicate=proposition.get("predicate"),
            object=proposition.get("object"),
            evidence=_from_span(data.get("evidence")),
            date=data.get("date"),
        )


@dataclass(frozen=True, slots=True)
class EventActor:
    name: str | None
    country: str | None
    sector: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "sector": self.sector}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventActor:
        return cls(data.get("name"), data.get("country"), data.get("sector"))


@dataclass(frozen=True, slots=True)
class Event:
    """An act the article reports, coded in PLOVER v2.0 (``category``, ``mode``) with its CAMEO
    root (``cameo``, two digits). ``size`` is the number of participants or of persons directly
    affected (the official figure when estimates compete); ``size_range`` keeps a range the text
    gives ("between 140,000 and 150,000" → (140000, 150000)); ``size_estimates`` every competing
    figure (police vs organisers); ``dead``/``injured`` the casualties. ``evidence`` is the clause
    that reports the act, ``trigger`` the word that names it."""

    id: str
    category: str
    mode: str | None
    actors: tuple[EventActor, ...]
    recipients: tuple[EventActor, ...]
    place: str | None
    date: str | None
    size: int | None
    cameo: str | None
    evidence: Span
    dead: int | None = None
    injured: int | None = None
    size_range: tuple[int, int] | None = None
    size_estimates: tuple[int, ...] = ()
    trigger: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "mode": self.mode,
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [a.to_dict() for a in self.recipients],
            "place": self.place,
            "date": self.date,
            "size": self.size,
            "size_range": list(self.size_range) if self.size_range is not None else None,
            "size_estimates": list(self.size_estimates),
            "dead": self.dead,
            "injured": self.injured,
            "cameo": self.cameo,
            "evidence": self.evidence.to_dict(),
            "trigger": _span(self.trigger),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        size_range = data.get("size_range")
        return cls(
            id=data["id"],
            category=data["category"],
            mode=data.get("mode"),
            actors=tuple(EventActor.from_dict(a) for a in data.get("actors", ())),
            recipients=tuple(EventActor.from_dict(a) for a in data.get("recipients", ())),
            place=data.get("place"),
            date=data.get("date"),
            size=data.get("size"),
            cameo=data.get("cameo"),
            evidence=Span.from_dict(data["evidence"]),
            dead=data.get("dead"),
            injured=data.get("injured"),
            size_range=(int(size_range[0]), int(size_range[1])) if size_range else None,
            size_estimates=tuple(data.get("size_estimates") or ()),
            trigger=_from_span(data.get("trigger")),
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything ``analyze()`` found in one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    schema: str = field(default=SCHEMA)

    def __post_init__(self) -> None:
        text = self.article.text
        for where, span in iter_spans(self):
            if text[span.start : span.end] != span.text:
                raise SpanError(
                    f"article {self.article.id}: {where} span {span.start}:{span.end} "
                    f"is {text[span.start:span.end]!r}, not {span.text!r}"
                )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "statements": [s.to_dict() for s in self.statements],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """The Analysis of :meth:`to_dict`'s JSON: ``Analysis.from_dict(a.to_dict()) == a``.

        Fields added to the contract after a JSON was written (``quotes[].date``,
        ``times[].type``, ...) take their defaults. Raises :class:`InputError` for an object of
        another schema and :class:`SpanError` for offsets that do not match the text."""
        schema = data.get("schema") if isinstance(data, dict) else None
        if schema != SCHEMA:
            raise InputError(
                "analysis JSON",
                f"schema is {schema!r}, not {SCHEMA!r}",
                "give an object written by wirecoder analyze or Analysis.to_dict()",
            )
        try:
            return cls(
                article=Article.from_dict(data["article"]),
                entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
                quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
                times=tuple(TimeExpression.from_dict(t) for t in data.get("times", ())),
                statements=tuple(Statement.from_dict(s) for s in data.get("statements", ())),
                events=tuple(Event.from_dict(e) for e in data.get("events", ())),
                schema=schema,
            )
        except (KeyError, TypeError, AttributeError) as err:
            raise InputError(
                "analysis JSON",
                f"malformed {SCHEMA} object ({type(err).__name__}: {err})",
                "check it against wirecoder.json_schema()",
            ) from err


def iter_spans(analysis: Analysis) -> Iterator[tuple[str, Span]]:
    """Every span of an analysis, with a label saying where it sits."""
    if analysis.article.dateline is not None:
        yield "dateline", analysis.article.dateline.span
    for k, embed in enumerate(analysis.article.embeds, 1):
        yield f"embed {k}", embed.span
    for e in analysis.entities:
        for m in e.mentions:
            yield f"entity {e.id} mention", m
    for q in analysis.quotes:
        yield f"quote {q.id} content", q.content
        if q.cue is not None:
            yield f"quote {q.id} cue", q.cue
        if q.speaker.mention is not None:
            yield f"quote {q.id} speaker", q.speaker.mention
    for t in analysis.times:
        yield "time", t.span
    for st in analysis.statements:
        if st.evidence is not None:
            yield f"statement {st.id} evidence", st.evidence
    for ev in analysis.events:
        yield f"event {ev.id} evidence", ev.evidence
        if ev.trigger is not None:
            yield f"event {ev.id} trigger", ev.trigger
