"""The store suite's backends: every test that takes ``store_url`` (or ``new_store``) runs on a
SQLite file and on a real PostgreSQL server, started once per session in a temporary folder
(tests/store/pg_server.py) and stopped at the end. Where no server can be started (no
PostgreSQL binaries) the PostgreSQL runs are skipped with the reason."""

from __future__ import annotations

import itertools

import pytest

from .pg_server import ServerUnavailable, start, stop

_names = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = start()
    except ServerUnavailable as err:
        pytest.skip(f"no PostgreSQL server could be started: {err}")
    yield server
    stop(server)


def create_database(server, name: str) -> str:
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request, tmp_path_factory):
    """A function giving the ``--db`` of a new, empty store of the backend at each call: a SQLite
    path (as a string) or a PostgreSQL URL."""
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("db")
        return lambda: str(folder / f"w{next(_names)}.db")
    server = request.getfixturevalue("pg_server")
    return lambda: create_database(server, f"wirecoder_test_{next(_names)}")


@pytest.fixture
def store_url(new_store) -> str:
    """The ``--db`` of one new store, SQLite or PostgreSQL."""
    return new_store()
