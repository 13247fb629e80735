"""A real, throw-away PostgreSQL server for the store tests (and for trying a PostgreSQL store by
hand): Debian's binaries, ``initdb`` into a temporary folder, listening on 127.0.0.1 only on a
free port, its unix socket in that folder. Run as root, the server runs as the ``postgres`` OS
user (PostgreSQL refuses to run as root).

Plain functions, no fixtures (tests/store/conftest.py makes the fixture of them).

    python tests/store/pg_server.py      # start one, print its URL, stop it on Enter
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PgServer", "ServerUnavailable", "find_binaries", "start", "stop"]

_BIN_GLOB = "/usr/lib/postgresql/*/bin"


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (the reason is the message)."""


@dataclass(frozen=True)
class PgServer:
    folder: Path
    bin: Path
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"


def find_binaries() -> Path:
    """The newest Debian PostgreSQL ``bin`` folder with initdb, pg_ctl and postgres."""
    found = sorted((Path(p) for p in glob.glob(_BIN_GLOB)),
                   key=lambda p: [int(x) if x.isdigit() else 0 for x in p.parent.name.split(".")])
    for folder in reversed(found):
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ServerUnavailable(f"no PostgreSQL binaries ({_BIN_GLOB}/initdb, or initdb on PATH); "
                            "install Debian's postgresql package")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise ServerUnavailable("running as root and there is no `postgres` OS user to run the "
                                "server as (PostgreSQL refuses to run as root)") from None
    return ["runuser", "-u", "postgres", "--", *argv]


def start(*, attempts: int = 3) -> PgServer:
    """Start a server; raises :class:`ServerUnavailable` with the reason when none can be."""
    binaries = find_binaries()
    folder = Path(tempfile.mkdtemp(prefix="wirecoder-pg-"))
    if os.geteuid() == 0:
        try:
            entry = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(folder, ignore_errors=True)
            raise ServerUnavailable("running as root with no `postgres` OS user") from None
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data = folder / "data"
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    init = subprocess.run(
        _as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", user, "--auth=trust",
                         "--encoding=UTF8", "--no-locale", "--no-sync"]),
        capture_output=True, text=True)
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise ServerUnavailable(f"initdb failed: {init.stderr.strip().splitlines()[-1:]}")
    last = ""
    for _ in range(attempts):  # a port found free can be taken before the server binds it
        port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        run = subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-l",
                             str(folder / "server.log"), "-w", "-t", "60", "-o", options,
                             "start"]),
            capture_output=True, text=True)
        if run.returncode == 0:
            return PgServer(folder, binaries, port, user)
        log = folder / "server.log"
        last = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else ""
    shutil.rmtree(folder, ignore_errors=True)
    raise ServerUnavailable(f"pg_ctl start failed: {last}")


def stop(server: PgServer) -> None:
    subprocess.run(_as_server_user([str(server.bin / "pg_ctl"), "-D", str(server.folder / "data"),
                                    "-m", "immediate", "-w", "stop"]),
                   capture_output=True, text=True)
    shutil.rmtree(server.folder, ignore_errors=True)


if __name__ == "__main__":
    server = start()
    print(server.url(), flush=True)
    try:
        input("Enter stops the server\n")
    finally:
        stop(server)
