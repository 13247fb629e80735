"""The API's response shapes, for its OpenAPI schema (the routes build plain dicts from the
library's ``to_dict()``; the contract tests check every response against these)."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str
    message: str
    hint: str | None


class ErrorBody(BaseModel):
    """Every 4xx and 5xx answer of the API."""

    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    """One page of a list: ``next`` is the URL of the following page (also in the ``Link``
    header), null on the last."""

    items: list[T]
    total: int
    limit: int
    offset: int
    next: str | None


class Span(BaseModel):
    start: int
    end: int
    text: str


class Copy(BaseModel):
    outlet: str | None
    source: str | None
    published: str | None
    article_id: str


class ArticleHit(_Open):
    id: str
    source: str | None
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str


class Analysis(_Open):
    """The JSON contract of ``wirecoder analyze`` (schema ``wirecoder.analysis/1``)."""

    schema_: str = Field(alias="schema")
    article: dict[str, Any]
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    times: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    events: list[dict[str, Any]]


class Quote(_Open):
    date: str | None
    speaker: str | None
    speaker_as_written: str | None
    outlet: str | None
    source: str | None
    published: str | None
    article_id: str
    quote_id: str
    kind: Literal["direct", "indirect", "mixed"]
    text: str
    start: int
    end: int
    copies: list[Copy]


class Speaker(_Open):
    name: str
    key: str | None
    type: str | None
    country: str | None
    first: str | None
    last: str | None
    outlets: list[str]
    quotes: int


class Position(_Open):
    holder: str
    proposition: str
    key: str
    stance: str
    hedge: str
    first: str | None
    last: str | None
    statements: int
    outlets: list[str]
    speakers: list[str]
    holder_kind: str
    country: str | None
    copies: int
    articles: int
    unknown_outlets: int
    holder_key: str


class Claim(_Open):
    date: str | None
    stance: str
    hedge: str
    speaker: str | None
    outlet: str | None
    source: str | None
    published: str | None
    article_id: str
    statement_id: str
    evidence: Span | None
    copies: list[Copy]


class Statement(Claim):
    holder: str
    proposition: str
    key: str


class PositionDetail(BaseModel):
    position: Position
    claims: list[Statement]
    shifts: list["ShiftRecord"]


class SpeakerDetail(BaseModel):
    speaker: Speaker
    roles: list[str]
    quotes: list[Quote]
    positions: list[Position]


class ShiftRecord(_Open):
    holder: str
    proposition: str
    key: str
    kind: Literal["reversal", "softening", "hardening"]
    before: Claim
    after: Claim


class Event(_Open):
    id: str | None = None
    category: str | None = None
    article_id: str
    outlet: str | None
    source: str | None
    published: str | None


class Count(BaseModel):
    period: str | None
    count: int


PositionDetail.model_rebuild()
