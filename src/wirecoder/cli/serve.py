"""``wirecoder serve --db FILE [--host 127.0.0.1] [--port 8000]``: the JSON API and the web
pages over a store, read-only, on loopback unless told otherwise.

FastAPI and uvicorn are imported only when the command runs (``wirecoder --help`` never pays for
them); without them the command says what to install."""

from __future__ import annotations

import argparse
import ipaddress
import sys

from ..errors import WirecoderError

HELP = "serve the JSON API (/api/v1/) and the web pages over a database, read-only"
WEB_PINS = "fastapi==0.165.0 uvicorn==0.54.0 jinja2==3.1.6"


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port}: give a port from 1 to 65535 (0: any free one)")
    return port


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name, help=HELP,
        description=HELP + ". The pages are at http://HOST:PORT/, the API under /api/v1/ (its "
        "OpenAPI schema at /api/v1/openapi.json). The database is opened read-only.",
    )
    parser.add_argument("--db", default="wirecoder.db", metavar="DB",
                        help="the database: a SQLite file, or a PostgreSQL URL "
                        "postgresql://USER@HOST:PORT/DBNAME (default: wirecoder.db)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only; "
                        "another address exposes the database to the network)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    parser.add_argument("--lexical-keys", action="store_true",
                        help="group propositions by their lexical keys only (as the other "
                        "commands' --lexical-keys)")
    parser.set_defaults(run=run)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from ..web.app import create_app
    except ImportError as err:
        raise WirecoderError(
            f"serve needs the web extra ({err.name} is not installed); install it with "
            f"`pip install {WEB_PINS}`"
        ) from None
    from .common import store_name

    app = create_app(args.db, lexical_keys=args.lexical_keys)
    if not _is_loopback(args.host):
        print(f"wirecoder serve: warning: listening on {args.host}: anyone who can reach this "
              "address can read the database", file=sys.stderr)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning",
                            access_log=False, server_header=False)
    server = uvicorn.Server(config)

    import threading

    def announce():
        # after the socket is bound: the real port (for --port 0) and then the slow caches
        while not server.started and not server.should_exit:
            threading.Event().wait(0.02)
        if server.started:
            for s in server.servers:
                for sock in s.sockets:
                    host, port = sock.getsockname()[:2]
                    shown = f"[{host}]" if ":" in host else host
                    print(f"wirecoder serve: http://{shown}:{port}/ (database {store_name(args.db)}, "
                          "read-only; Ctrl-C stops)", file=sys.stderr, flush=True)
            try:
                app.state.data.warm()
            except WirecoderError as err:
                print(f"wirecoder serve: {err}", file=sys.stderr)

    threading.Thread(target=announce, daemon=True).start()
    try:
        server.run()
    except (OSError, SystemExit) as err:  # uvicorn exits when it cannot bind
        reason = f" ({err.strerror})" if isinstance(err, OSError) else ""
        raise WirecoderError(f"cannot listen on {args.host}:{args.port}{reason}; give another "
                             "--port or --host") from None
    return 0
