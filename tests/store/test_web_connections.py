"""``wirecoder serve`` over PostgreSQL keeps one connection per worker thread (the state stamp
included) instead of opening one per read, and opens another when the server drops it; on a
real PostgreSQL server, as the other PostgreSQL tests."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

import wirecoder
from wirecoder.records import Analysis
from wirecoder.store import open_store

from .conftest import create_database

TEXTS = [f"BELGRADE (Reuters) - Serbia will never impose sanctions on Russia, President Ivan "
         f"Petrov{i} said on Friday. \"We will stay out of any alliance,\" he told a rally."
         for i in range(3)]


@pytest.fixture(scope="module")
def url(pg_server) -> str:
    target = create_database(pg_server, "wirecoder_web_connections")
    from wirecoder.article import Article

    analyses = list(wirecoder.analyze_many(
        [Article(t, source=f"a{i}.txt", published="2024-09-06") for i, t in enumerate(TEXTS)]))
    assert all(isinstance(a, Analysis) for a in analyses)
    with open_store(target) as store:
        for a in analyses:
            store.put(a)
    return target


def _sessions(url: str) -> set[tuple[int, object]]:
    """The wirecoder sessions open on the database: (backend pid, start time)."""
    with psycopg.connect(url, autocommit=True, application_name="test-observer") as conn:
        return set(conn.execute(
            "SELECT pid, backend_start FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name = 'wirecoder'").fetchall())


def _reads(data) -> None:
    hits, _ = data.articles("sanctions")
    assert len(hits) == 3
    assert data.analysis(hits[0].id) is not None
    assert data.counts("Serbia") and data.outlets()
    assert len(data.quotes(all_copies=True)) >= 3
    data.events()


def test_reads_share_one_kept_connection_per_thread(url):
    from wirecoder.web.data import Data

    data = Data(url)
    try:
        _reads(data)
        first = _sessions(url)
        assert len(first) == 1  # the stamp and every read went through one connection
        _reads(data)
        assert _sessions(url) == first  # kept and reused: not one per read
        threads = [threading.Thread(target=_reads, args=(data,)) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        during = _sessions(url)
        assert first < during and len(during) <= 4  # one per thread that read
    finally:
        data.close()
    assert _sessions_ended(url) == set()  # closed at shutdown


def _sessions_ended(url: str, wait: float = 10.0) -> set[tuple[int, object]]:
    """:func:`_sessions` once the server has let the closed ones go: a backend leaves
    ``pg_stat_activity`` a moment after its client closed (later on a loaded machine), so this
    asks again for up to ``wait`` seconds; a connection never closed is still there then."""
    deadline = time.monotonic() + wait
    while (left := _sessions(url)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def test_a_connection_the_server_drops_is_opened_again(url):
    from wirecoder.web.data import Data

    data = Data(url)
    try:
        _reads(data)
        (pid, _), = _sessions(url)
        with psycopg.connect(url, autocommit=True, application_name="test-observer") as conn:
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        _reads(data)  # the first read finds the connection gone, and retries on a new one
        (again, _), = _sessions(url)
        assert again != pid
    finally:
        data.close()
