"""A store ingested with the real CLI from the seeds (samples/), the positions corpus
(tests/fixtures/positions/articles/) and the web probe article (tests/fixtures/web/probe.jsonl,
whose title, outlet, URL and text hold script and markup), and a real ``wirecoder serve`` over
it on 127.0.0.1."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
POSITIONS = ROOT / "tests" / "fixtures" / "positions" / "articles"
PROBE = ROOT / "tests" / "fixtures" / "web" / "probe.jsonl"
SEED_000 = SAMPLES / "000_da1156ca9ab1c740.txt"
SEED_004 = SAMPLES / "004_7a3b9df1f04b9edf.txt"


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """``wirecoder ARGS`` in a fresh interpreter (this source tree, through PYTHONPATH)."""
    result = subprocess.run([sys.executable, "-m", "wirecoder", *args], capture_output=True,
                            text=True, timeout=600, cwd=ROOT)
    if check and result.returncode != 0:
        raise AssertionError(f"wirecoder {' '.join(args)} exited {result.returncode}:\n"
                             f"{result.stderr}")
    return result


def cli_json(*args: str) -> list[dict]:
    import json

    out = cli(*args, "--json").stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("web") / "news.db"
    cli("ingest", str(SEED_000), "--published", "2019-04-20", "--db", str(db))
    cli("ingest", str(SEED_004), str(POSITIONS), str(PROBE), "--db", str(db))
    return db


@pytest.fixture(scope="session")
def app(web_db):
    from wirecoder.web.app import create_app

    return create_app(web_db)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    return TestClient(app, raise_server_exceptions=False)


class Server:
    def __init__(self, process: subprocess.Popen, url: str, log: list[str]) -> None:
        self.process, self.url, self.log = process, url, log


def start_server(db: Path, *extra: str, timeout: float = 120.0) -> Server:
    """``wirecoder serve --db DB --port 0``: the port it bound, read from its first line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "wirecoder", "serve", "--db", str(db), "--port", "0", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    log: list[str] = []

    def read():
        for line in process.stderr:
            log.append(line)
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    while True:
        try:
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            process.kill()
            raise AssertionError(f"wirecoder serve said nothing in {timeout:g} s") from None
        if line is None:
            raise AssertionError(f"wirecoder serve exited {process.wait()}:\n{''.join(log)}")
        if "http://" in line:
            url = line.split("http://", 1)[1].split("/", 1)[0]
            return Server(process, f"http://{url}", log)


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="session")
def server(web_db):
    served = start_server(web_db)
    # the first positions request waits for the corpus the server builds after starting
    with urllib.request.urlopen(served.url + "/api/v1/positions?limit=1", timeout=300) as r:
        assert r.status == 200
    yield served
    stop_server(served)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go: $WIRECODER_ARTIFACTS, else /tmp/wirecoder-screens (never the repo)."""
    folder = Path(os.environ.get("WIRECODER_ARTIFACTS") or "/tmp/wirecoder-screens")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
