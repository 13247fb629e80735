"""One error shape for every 4xx and 5xx answer: ``{"error": {"code", "message", "hint"}}``
(an HTML page with the same three for a browser asking a page)."""

from __future__ import annotations

import sys

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import StoreError, WirecoderError
from .tabular import json_response

__all__ = ["ApiError", "install_handlers"]

_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 413: "too_large", 415: "unsupported_media_type",
          422: "invalid_parameter", 500: "internal_error", 503: "unavailable"}
_HINTS = {404: "see /api/v1/openapi.json for the routes, or / for the pages",
          405: "every route answers GET",
          500: "the server logged the cause on its stderr; report it with the URL"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.hint = status, code, message, hint


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.startswith("/static/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def install_handlers(app: FastAPI, render_html) -> None:
    """``render_html(request, status, code, message, hint)`` draws the page for browsers."""

    def answer(request: Request, status: int, code: str, message: str, hint: str | None,
               headers: dict | None = None):
        if _wants_html(request):
            return render_html(request, status, code, message, hint)
        return json_response({"error": {"code": code, "message": message, "hint": hint}},
                             status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, err: ApiError):
        return answer(request, err.status, err.code, err.message, err.hint)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        status = err.status_code
        message = err.detail if isinstance(err.detail, str) else str(err.detail)
        if status == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        headers = {"Allow": err.headers["Allow"]} if err.headers and "Allow" in err.headers else None
        return answer(request, status, _CODES.get(status, f"http_{status}"), message,
                      _HINTS.get(status), headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, err: RequestValidationError):
        problems = []
        for e in err.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            problems.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
        return answer(request, 422, "invalid_parameter", "; ".join(problems),
                      "see the parameters of this route in /api/v1/openapi.json")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, err: StoreError):
        print(f"wirecoder serve: {err}", file=sys.stderr)
        return answer(request, 503, "store_unavailable", str(err),
                      "check the database file the server was started with")

    @app.exception_handler(WirecoderError)
    async def wirecoder_error(request: Request, err: WirecoderError):
        print(f"wirecoder serve: {err}", file=sys.stderr)
        return answer(request, 500, "internal_error", str(err), _HINTS[500])

    @app.exception_handler(Exception)
    async def any_error(request: Request, err: Exception):
        print(f"wirecoder serve: {request.url.path}: {type(err).__name__}: {err}", file=sys.stderr)
        return answer(request, 500, "internal_error", "the server failed on this request",
                      _HINTS[500])
