"""Lists as pages (offset pagination, a ``next`` link in the body and a ``Link`` header) and
as CSV (``?format=csv``)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Sequence

from starlette.datastructures import URL
from starlette.responses import JSONResponse, Response

__all__ = ["MAX_LIMIT", "csv_text", "page_response", "json_response"]

#: The most items one page of any list holds (``limit`` may be 1..MAX_LIMIT).
MAX_LIMIT = 500
# a cell a spreadsheet would run as a formula starts with one of these: it gets a leading '
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA) else value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return _cell("; ".join(value))
    return _cell(json.dumps(value, ensure_ascii=False, sort_keys=True))


def csv_text(items: Sequence[dict[str, Any]]) -> str:
    """One row per item, one column per field (in first-seen order); lists of names joined by
    "; ", nested records as JSON; text a spreadsheet would take for a formula starts with '."""
    columns: dict[str, None] = {}
    for item in items:
        columns.update(dict.fromkeys(item))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(columns))
    for item in items:
        writer.writerow([_cell(item.get(c)) for c in columns])
    return out.getvalue()


class UnicodeJSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False,
                          separators=(",", ":")).encode("utf-8")


def json_response(content: Any, status_code: int = 200, headers: dict | None = None) -> Response:
    return UnicodeJSON(content, status_code=status_code, headers=headers)


def page_response(
    url: URL, items: Sequence[dict[str, Any]], *, total: int, limit: int, offset: int,
    fmt: str = "json", already_sliced: bool = False,
) -> Response:
    """One page of ``items`` (the whole list, or with ``already_sliced`` the page itself):
    ``{"items", "total", "limit", "offset", "next"}``, or the page as CSV; both with a
    ``Link: <…>; rel="next"`` header while more follow."""
    page = list(items) if already_sliced else list(items[offset: offset + limit])
    more = offset + len(page) < total and len(page) > 0
    following = None
    if more:  # relative to this server: never built from the Host header
        nxt = url.include_query_params(offset=offset + limit)
        following = f"{nxt.path}?{nxt.query}"
    headers = {"Link": f'<{following}>; rel="next"'} if following else {}
    if fmt == "csv":
        headers["Content-Disposition"] = "inline"
        return Response(csv_text(page), media_type="text/csv; charset=utf-8", headers=headers)
    return json_response({"items": page, "total": total, "limit": limit, "offset": offset,
                          "next": following}, headers=headers)
