"""``open_store(target)``: the store a ``--db`` names, a PostgreSQL database for a
``postgresql://`` (or ``postgres://``) URL, else a SQLite file at that path."""

from __future__ import annotations

from pathlib import Path

from .sqlite import DEFAULT_LOCK_TIMEOUT, Store

__all__ = ["open_store", "store_name"]


def open_store(target: str | Path, *, readonly: bool = False,
               lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> Store:
    """The store of ``target`` (see the module's text), opened for writing (migrated, created if
    need be) or ``readonly``; a :class:`~wirecoder.errors.StoreError` when it cannot be."""
    from .postgres import PgStore, is_url

    if is_url(target):
        return PgStore(str(target), readonly=readonly, lock_timeout=lock_timeout)
    return Store(target, readonly=readonly, lock_timeout=lock_timeout)


def store_name(target: str | Path) -> str:
    """How messages name ``target``: a URL without its password, a path as it is."""
    from .postgres import is_url, redact

    return redact(str(target)) if is_url(target) else str(target)
