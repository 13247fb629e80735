"""``create_app(db_path)``: the FastAPI app of ``wirecoder serve``, read-only over one store.

The JSON API lives under ``/api/v1/`` (OpenAPI at ``/api/v1/openapi.json``), the pages at
``/``, static files (a stylesheet and one script) under ``/static/`` from the package's
``static`` folder only. Every answer carries a restrictive Content-Security-Policy: scripts and
styles from this server's static files only, no inline script or style, no frames, no plugins,
forms only back to this server."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .api import build_router
from .data import Data
from .errors import install_handlers
from .pages import build_pages, templates

__all__ = ["CSP", "create_app"]

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_path: str | Path, *, lexical_keys: bool = False) -> FastAPI:
    """The app over the store ``db_path`` (opened read-only; a missing or foreign file raises
    :class:`~wirecoder.errors.StoreError` here)."""
    data = Data(db_path, lexical_keys=lexical_keys)
    app = FastAPI(
        title="wirecoder",
        version=__version__,
        description="Who said what, about which issue, when, reported by whom: the records of "
        "one wirecoder database. Every list takes limit (at most 500) and offset, gives a "
        "`next` link and a Link header, and is also served as CSV with format=csv. Every "
        'error is {"error": {"code", "message", "hint"}}.',
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.data = data
    app.router.add_event_handler("shutdown", data.close)  # a server's kept connections
    tpl = templates()

    def render_error(request: Request, status: int, code: str, message: str, hint):
        return tpl.TemplateResponse(request, "error.html",
                                    {"status": status, "code": code, "message": message,
                                     "hint": hint}, status_code=status)

    install_handlers(app, render_error)

    app.include_router(build_router(data))
    app.include_router(build_pages(data, tpl))
    app.mount("/static", StaticFiles(directory=HERE / "static", follow_symlink=False),
              name="static")
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Pure ASGI middleware: the security headers on every answer (unless a route set its
    own), and HEAD answered as GET (the server sends the headers only)."""

    _RAW = [(k.lower().encode(), v.encode()) for k, v in _HEADERS.items()]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] == "HEAD":
            scope = {**scope, "method": "GET"}

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", ())}
                message = {**message, "headers": [
                    *message.get("headers", ()),
                    *((k, v) for k, v in self._RAW if k not in present)]}
            await send(message)

        await self.app(scope, receive, with_headers)
