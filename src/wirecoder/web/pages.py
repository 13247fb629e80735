"""The HTML pages: search, article, speakers, positions, shifts, events. Server-rendered
(Jinja2, autoescaped), readable without JavaScript; every name, position and article is a
link. They ask the same :class:`~wirecoder.web.data.Data` as the API."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from .api import check_text, day_bounds, period, position_detail, speaker_detail
from .data import Data, position_id
from .errors import ApiError
from .highlight import marks_of, render as render_marks
from .svg import sparkline, timeline_chart

__all__ = ["build_pages", "templates"]

HERE = Path(__file__).resolve().parent
PAGE = 20


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link, else None (the page shows it as text)."""
    if not url or any(c in url for c in "\r\n\t\x00"):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


def linkify(text: str) -> Markup:
    """``text`` escaped, its http(s) URLs as links (no other scheme: a ``javascript:`` URL
    stays text)."""
    out, at = [], 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:!?)]")
        end = m.start() + len(url)
        out.append(escape(text[at:m.start()]))
        out.append(Markup('<a class="url" href="{0}" rel="noopener noreferrer nofollow">{0}</a>')
                   .format(url))
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


_HIT = re.compile(r"\[([^\[\]]*)\]")


def snippet(text: str) -> Markup:
    """A search snippet, its matched words (FTS5 marks them [like this]) as <mark>."""
    return Markup(_HIT.sub(lambda m: f"<mark>{m.group(1)}</mark>", str(escape(text))))


def json_script(value) -> Markup:
    """JSON safe inside a ``<script type="application/json">``: <, >, & and the line
    separators escaped, so no text can close the tag."""
    text = json.dumps(value, ensure_ascii=False)
    for a, b in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                 ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return Markup(text)


def link(path: str, **params) -> str:
    """``path`` with the non-empty ``params`` as its query string."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "", False)})
    return f"{path}?{query}" if query else path


def speaker_url(name: str) -> str:
    return "/speakers/" + quote(name, safe="")


def position_url(holder: str, key: str, by: str = "holder") -> str:
    return link("/position", holder=holder, key=key, by=None if by == "holder" else by)


def templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(link=link, speaker_url=speaker_url, position_url=position_url,
                       safe_url=safe_url, json_script=json_script)
    env.filters["linkify"] = linkify
    env.filters["snippet"] = snippet
    return Jinja2Templates(env=env)


def build_pages(data: Data, tpl: Jinja2Templates) -> APIRouter:
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    def render(request: Request, template: str, **context):
        return tpl.TemplateResponse(request, template, context)

    def offset_of(request: Request) -> int:
        try:
            return max(0, min(int(request.query_params.get("offset", "0")), 10**9))
        except ValueError:
            return 0

    @router.get("/")
    def search(request: Request):
        qp = request.query_params
        q = check_text("q", qp.get("q"))
        speaker = check_text("speaker", qp.get("speaker"))
        outlet = check_text("outlet", qp.get("outlet"))
        since, until = period("since", qp.get("since")), period("until", qp.get("until"))
        first, last = day_bounds(since, until)
        offset = offset_of(request)
        hits, total = data.articles(q, outlet=outlet, since=first, until=last,
                                    limit=PAGE, offset=offset)
        counts = data.counts(q, outlet=outlet, since=first, until=last)
        quotes = []
        if speaker or q:
            quotes = data.quotes(speaker=speaker, about=q, outlet=outlet, since=since,
                                 until=until)
        more = link("/", q=q, speaker=speaker, outlet=outlet, since=since, until=until,
                    offset=offset + PAGE) if offset + PAGE < total else None
        return render(request, "search.html", q=q, speaker=speaker, outlet=outlet,
                      since=since, until=until, hits=hits, total=total, offset=offset,
                      more=more, spark=sparkline(counts), counts=counts,
                      quotes=quotes[:50], quote_total=len(quotes), outlets=data.outlets())

    @router.get("/articles/{article_id}")
    def article(request: Request, article_id: str):
        analysis = data.analysis(article_id)
        if analysis is None:
            raise ApiError(404, "not_found", f"no article {article_id!r} in this database",
                           "search for articles on the search page")
        a = analysis.article
        entities = {e.id: e for e in analysis.entities}
        quotes = {q.id: q for q in analysis.quotes}
        return render(request, "article.html", a=a, analysis=analysis,
                      marked=render_marks(a.text, marks_of(analysis), linkify), entities=entities,
                      quotes=quotes, url=safe_url(a.url))

    @router.get("/speakers")
    def speakers(request: Request):
        offset = offset_of(request)
        items = data.speakers()
        return render(request, "speakers.html", speakers=items[offset: offset + 100],
                      total=len(items), offset=offset,
                      more=link("/speakers", offset=offset + 100) if offset + 100 < len(items) else None)

    @router.get("/speakers/{name}")
    def speaker(request: Request, name: str):
        detail = speaker_detail(data, name)
        if detail is None:
            raise ApiError(404, "not_found", f"nobody named {name!r} is quoted in this database",
                           "see the list of speakers")
        positions = data.positions(actor=name)
        return render(request, "speaker.html", name=name, d=detail, positions=positions)

    @router.get("/positions")
    def positions(request: Request):
        qp = request.query_params
        actor, about = check_text("actor", qp.get("actor")), check_text("about", qp.get("about"))
        by = "country" if qp.get("by") == "country" else "holder"
        since, until = period("since", qp.get("since")), period("until", qp.get("until"))
        found = data.positions(actor=actor, about=about, since=since, until=until, by=by)
        return render(request, "positions.html", positions=found, actor=actor, about=about,
                      since=since, until=until, by=by)

    @router.get("/position")
    def position(request: Request):
        qp = request.query_params
        holder, key = qp.get("holder") or "", qp.get("key") or ""
        by = "country" if qp.get("by") == "country" else "holder"
        found = data.position(holder, key, by=by)
        if found is None:
            raise ApiError(404, "not_found", f"no position of {holder!r} on {key!r}",
                           "pick one from the list of positions")
        detail = position_detail(data, found, by=by)
        shifts = [s for s in data.shifts(by=by) if position_id(s.position) == position_id(found)]
        return render(request, "position.html", p=found, chart=timeline_chart(found),
                      detail=detail, shifts=shifts, by=by)

    @router.get("/shifts")
    def shifts(request: Request):
        qp = request.query_params
        actor, about = check_text("actor", qp.get("actor")), check_text("about", qp.get("about"))
        found = data.shifts(actor=actor, about=about)
        return render(request, "shifts.html", shifts=found, actor=actor, about=about)

    @router.get("/events")
    def events(request: Request):
        qp = request.query_params
        actor = check_text("actor", qp.get("actor"))
        category = check_text("category", qp.get("category"))
        found = data.events(actor=actor, category=category)
        return render(request, "events.html", events=found[:500], total=len(found),
                      actor=actor, category=category)

    return router
