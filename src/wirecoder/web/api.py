"""The JSON API under ``/api/v1/``: every list paginated (``limit`` ≤ 500, ``offset``; a
``next`` link and a ``Link`` header) and also served as CSV (``?format=csv``); one error shape.

Each route asks :class:`wirecoder.web.data.Data`, which calls the library functions the CLI
commands call, so ``/api/v1/positions`` is ``wirecoder positions --json`` and
``/api/v1/quotes`` is ``wirecoder quotes --json`` (a test checks both)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from ..corpus.periods import parse_bound
from . import models as m
from .data import Data, claim_record, position_id
from .errors import ApiError
from .tabular import MAX_LIMIT, json_response, page_response

__all__ = ["build_router", "position_record", "check_text", "day_bounds", "period"]

_ERRORS = {status: {"model": m.ErrorBody, "description": text} for status, text in (
    (400, "a parameter that cannot be used (a bad date, control characters)"),
    (404, "no such record"),
    (422, "a parameter of the wrong type or out of range"),
)}
_MAX_TEXT = 500


def _list(model) -> dict:
    return {200: {"model": m.Page[model], "content": {"text/csv": {"schema": {"type": "string"}}},
                  "description": "one page, as JSON or (format=csv) as CSV"}}


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"items per page, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=2**62, description="items to skip")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv")]
# the forms of a date value (corpus/periods.py); a value of this form that is no date
# (2019-02-30) is refused with a 400 bad_date
_DATE = (r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]"
         r"|\d{4}-(SP|SU|FA|WI)|FY\d{4}|\d{2,3})$")
# plain text: no control characters but tab and line breaks
_PLAIN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
Since = Annotated[str | None, Query(pattern=_DATE, description="from this day YYYY-MM-DD (or "
                                    "month YYYY-MM, year YYYY, week YYYY-Www, quarter YYYY-Qn)")]
Until = Annotated[str | None, Query(pattern=_DATE, description="to this day (or the end of "
                                    "this month, year, week or quarter)")]
Text = Annotated[str | None, Query(max_length=_MAX_TEXT, pattern=_PLAIN)]
By = Annotated[Literal["holder", "country"], Query(description="group by holder, or roll "
                                                   "people up into their country")]


def check_text(name: str, value: str | None) -> str | None:
    """A free-text parameter: None when blank; control characters refused."""
    if value is None or not value.strip():
        return None
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value) or "\x7f" in value:
        raise ApiError(400, "bad_parameter", f"{name}: control characters are not allowed",
                       f"give plain words in {name}")
    return value


def period(name: str, value: str | None) -> str | None:
    """A ``since``/``until`` bound, as the CLI's ``--since``/``--until`` take it."""
    value = check_text(name, value)
    if value is None:
        return None
    try:
        return parse_bound(value.strip()).value
    except ValueError as err:
        raise ApiError(400, "bad_date", f"{name}: {err}",
                       f"e.g. {name}=2019-11-30, {name}=2019-11 or {name}=2019") from None


def day_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Article filters work on days: ``since`` from its first day, ``until`` to its last."""
    first = parse_bound(since).first.isoformat() if since else None
    last = parse_bound(until).last.isoformat() if until else None
    return first, last


def position_record(p) -> dict:
    holder, _ = position_id(p)
    return {**p.to_dict(), "holder_key": holder}


def build_router(data: Data) -> APIRouter:
    router = APIRouter(prefix="/api/v1", responses=_ERRORS)

    @router.get("/articles", responses=_list(m.ArticleHit), response_model=None,
                summary="search articles (FTS5: all words must match), newest first without q")
    def articles(request: Request, q: Text = None, outlet: Text = None, since: Since = None,
                 until: Until = None, language: Text = None, limit: Limit = 50,
                 offset: Offset = 0, format: Format = "json"):
        q, outlet, language = (check_text("q", q), check_text("outlet", outlet),
                               check_text("language", language))
        first, last = day_bounds(period("since", since), period("until", until))
        hits, total = data.articles(q, outlet=outlet, since=first, until=last,
                                    language=language, limit=limit, offset=offset)
        return page_response(request.url, [h.to_dict() for h in hits], total=total,
                             limit=limit, offset=offset, fmt=format, already_sliced=True)

    @router.get("/articles/{article_id}", response_model=None,
                responses={200: {"model": m.Analysis}},
                summary="one article with its full analysis (the wirecoder.analysis/1 contract)")
    def article(article_id: str):
        analysis = data.analysis(article_id)
        if analysis is None:
            raise ApiError(404, "not_found", f"no article {article_id!r} in this database",
                           "find article ids with /api/v1/articles?q=WORDS")
        return json_response(analysis.to_dict())

    @router.get("/counts", responses=_list(m.Count), response_model=None,
                summary="articles matching a search, by publication day, month or year")
    def counts(request: Request, q: Text = None, outlet: Text = None, since: Since = None,
               until: Until = None, language: Text = None,
               by: Annotated[Literal["day", "month", "year"], Query()] = "month",
               limit: Limit = MAX_LIMIT, offset: Offset = 0, format: Format = "json"):
        q, outlet, language = (check_text("q", q), check_text("outlet", outlet),
                               check_text("language", language))
        first, last = day_bounds(period("since", since), period("until", until))
        rows = data.counts(q, outlet=outlet, since=first, until=last, language=language, by=by)
        items = [{"period": p, "count": n} for p, n in rows]
        return page_response(request.url, items, total=len(items), limit=limit,
                             offset=offset, fmt=format)

    @router.get("/quotes", responses=_list(m.Quote), response_model=None,
                summary="quotes by speaker (any spelling), topic, kind, outlet and date; "
                "copies in other outlets counted once (as `wirecoder quotes --json`)")
    def quotes(request: Request, speaker: Text = None, about: Text = None,
               kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query()] = None,
               outlet: Text = None, since: Since = None, until: Until = None,
               all: Annotated[bool, Query(description="list copies as quotes of their own")] = False,
               limit: Limit = 50, offset: Offset = 0, format: Format = "json"):
        lines = data.quotes(speaker=check_text("speaker", speaker),
                            about=check_text("about", about), kind=kind,
                            outlet=check_text("outlet", outlet), since=period("since", since),
                            until=period("until", until), all_copies=all)
        page = [q.to_dict() for q in lines[offset: offset + limit]]
        return page_response(request.url, page, total=len(lines), limit=limit, offset=offset,
                             fmt=format, already_sliced=True)

    @router.get("/speakers", responses=_list(m.Speaker), response_model=None,
                summary="everyone quoted, with their quote counts (most quoted first)")
    def speakers(request: Request, q: Text = None, limit: Limit = 50, offset: Offset = 0,
                 format: Format = "json"):
        items = data.speakers()
        q = check_text("q", q)
        if q:
            wanted = {p.name for p in data._quote_inputs()[2].match(q)}
            items = [s for s in items if s["name"] in wanted or q.casefold() in s["name"].casefold()]
        return page_response(request.url, items, total=len(items), limit=limit, offset=offset,
                             fmt=format)

    @router.get("/speakers/{name}", response_model=None,
                responses={200: {"model": m.SpeakerDetail}},
                summary="one speaker (any spelling): roles, quotes by date, positions")
    def speaker(name: str):
        detail = speaker_detail(data, name)
        if detail is None:
            raise ApiError(404, "not_found", f"nobody named {name!r} is quoted in this database",
                           "list speakers with /api/v1/speakers")
        return json_response(detail)

    @router.get("/statements", responses=_list(m.Statement), response_model=None,
                summary="statements by holder or speaker, proposition and date")
    def statements(request: Request, actor: Text = None, about: Text = None,
                   since: Since = None, until: Until = None, limit: Limit = 50,
                   offset: Offset = 0, format: Format = "json"):
        claims = data.statements(actor=check_text("actor", actor),
                                 about=check_text("about", about),
                                 since=period("since", since), until=period("until", until))
        page = [claim_record(None, c) for c in claims[offset: offset + limit]]
        return page_response(request.url, page, total=len(claims), limit=limit,
                             offset=offset, fmt=format, already_sliced=True)

    @router.get("/positions", responses=_list(m.Position), response_model=None,
                summary="positions of holders on propositions (as `wirecoder positions --json`)")
    def positions(request: Request, actor: Text = None, about: Text = None,
                  since: Since = None, until: Until = None, by: By = "holder",
                  limit: Limit = 50, offset: Offset = 0, format: Format = "json"):
        found = data.positions(actor=check_text("actor", actor),
                               about=check_text("about", about),
                               since=period("since", since), until=period("until", until), by=by)
        page = [position_record(p) for p in found[offset: offset + limit]]
        return page_response(request.url, page, total=len(found), limit=limit, offset=offset,
                             fmt=format, already_sliced=True)

    @router.get("/position", response_model=None, responses={200: {"model": m.PositionDetail}},
                summary="one position (holder key and proposition key): its statements in date "
                "order and its shifts")
    def position(holder: Annotated[str, Query(max_length=_MAX_TEXT)],
                 key: Annotated[str, Query(max_length=_MAX_TEXT)], by: By = "holder"):
        found = data.position(holder, key, by=by)
        if found is None:
            raise ApiError(404, "not_found", f"no position of {holder!r} on {key!r}",
                           "take holder_key and key from /api/v1/positions")
        return json_response(position_detail(data, found, by=by))

    @router.get("/timeline", responses=_list(m.Statement), response_model=None,
                summary="the dated statements of matching positions (as `wirecoder timeline "
                "--json`)")
    def timeline(request: Request, actor: Text = None, about: Text = None,
                 since: Since = None, until: Until = None, by: By = "holder",
                 limit: Limit = 50, offset: Offset = 0, format: Format = "json"):
        actor, about = check_text("actor", actor), check_text("about", about)
        if not actor and not about:
            raise ApiError(400, "missing_parameter", "give actor, about, or both",
                           "e.g. /api/v1/timeline?actor=Serbia&about=sanctions")
        found = data.positions(actor=actor, about=about, since=period("since", since),
                               until=period("until", until), by=by)
        rows = [claim_record(p, c) for p in found for c in p.claims]
        return page_response(request.url, rows, total=len(rows), limit=limit, offset=offset,
                             fmt=format)

    @router.get("/shifts", responses=_list(m.ShiftRecord), response_model=None,
                summary="reversals, softenings and hardenings with both statements")
    def shifts(request: Request, actor: Text = None, about: Text = None,
               since: Since = None, until: Until = None, by: By = "holder",
               kind: Annotated[list[Literal["reversal", "softening", "hardening"]] | None,
                               Query()] = None,
               limit: Limit = 50, offset: Offset = 0, format: Format = "json"):
        found = data.shifts(actor=check_text("actor", actor), about=check_text("about", about),
                            since=period("since", since), until=period("until", until), by=by,
                            kinds=kind or None)
        return page_response(request.url, [s.to_dict() for s in found], total=len(found),
                             limit=limit, offset=offset, fmt=format)

    @router.get("/events", responses=_list(m.Event), response_model=None,
                summary="events by actor or recipient, PLOVER category and date")
    def events(request: Request, actor: Text = None, category: Text = None,
               since: Since = None, until: Until = None, limit: Limit = 50,
               offset: Offset = 0, format: Format = "json"):
        found = data.events(actor=check_text("actor", actor),
                            category=check_text("category", category),
                            since=period("since", since), until=period("until", until))
        return page_response(request.url, found, total=len(found), limit=limit, offset=offset,
                             fmt=format)

    return router


def speaker_detail(data: Data, name: str) -> dict | None:
    name = check_text("name", name)
    if name is None:
        return None
    lines = data.quotes(speaker=name)
    positions = data.positions(actor=name)
    if not lines and not positions:
        return None
    people = [q for q in lines if q.speaker]
    info = next((s for s in data.speakers() if people and s["name"] == people[0].speaker), None)
    if info is None:
        info = {"name": name, "key": None, "type": None, "country": None,
                "first": None, "last": None, "outlets": [], "quotes": len(lines)}
    return {"speaker": info, "roles": data.roles(lines),
            "quotes": [q.to_dict() for q in lines],
            "positions": [position_record(p) for p in positions]}


def position_detail(data: Data, position, *, by: str = "holder") -> dict:
    shifts = [s.to_dict() for s in data.shifts(by=by) if position_id(s.position) == position_id(position)]
    return {"position": position_record(position),
            "claims": [claim_record(position, c) for c in position.claims],
            "shifts": shifts}
