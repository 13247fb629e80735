"""The web app of ``wirecoder serve``: a JSON API under ``/api/v1/`` and server-rendered pages
over one store, read-only. Needs the ``[web]`` extra (FastAPI, uvicorn, Jinja2)."""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(db_path, **kwargs):
    from .app import create_app as make

    return make(db_path, **kwargs)
