"""`dateline serve --db PATH`: the corpus's JSON API and web timeline on 127.0.0.1."""

from __future__ import annotations

import socket
from pathlib import Path

import typer
from rich.markup import escape

from dateline.cli.common import err_console, fail
from dateline.cli.store import db_option, open_db

TOKEN_ENV = "DATELINE_TOKEN"


def serve(
    db: Path = db_option(),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default serves this machine only."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port (0: any free one)."),
    read_only: bool = typer.Option(False, "--read-only", help="Refuse every write (ingest, saving timelines)."),
    token: str = typer.Option(None, "--token", envvar=TOKEN_ENV, help=f"Require this API token (Authorization: Bearer TOKEN) for writes; also ${TOKEN_ENV}."),
    cors_origin: list[str] = typer.Option(None, "--cors-origin", help="Allow cross-origin requests from this origin (repeatable); none by default."),
    max_body: int = typer.Option(5_000_000, "--max-body", min=1, help="Largest request body, in bytes."),
) -> None:
    """Serve the corpus: JSON API (documented at /docs) and the web timeline at /."""
    import uvicorn

    from dateline.serve import Settings, create_app

    with open_db(db, read_only=read_only) as store:  # a one-line error now rather than a traceback later
        facts = store.info()
    settings = Settings(read_only=read_only, token=token or None,
                        cors_origins=tuple(cors_origin or ()), max_body_bytes=max_body)
    listening = _bind(host, port)
    if host not in ("127.0.0.1", "localhost", "::1") and not token and not read_only:
        err_console.print(f"[yellow]warning[/] serving on {host} with writes open to anyone who "
                          "can reach it; consider --token or --read-only")
    app = create_app(str(db) if db else None, settings)
    bound = listening.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    err_console.print(f"serving {escape(str(facts.path))} on http://{shown}:{bound}/ (API docs: /docs)")
    if not facts.texts:
        # A mistyped --db serves a new, empty corpus (the API can fill it): say so, or the page
        # answers every search with nothing and no reason.
        err_console.print(f"[yellow]note[/] the corpus is empty: `dateline ingest SOURCE... --db {escape(str(facts.path))}` "
                          "or POST /api/articles adds articles (`dateline ingest --example` the built-in ones)")
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listening])


def _bind(host: str, port: int) -> socket.socket:
    """The listening address, bound here rather than by uvicorn: a port in use or an unknown
    host is one line before "serving ..." is said, and --port 0 shows the port it got."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        listening = socket.socket(family, kind, proto)
    except OSError as exc:
        fail(f"cannot serve on {host} ({exc.strerror or exc})", "give another --host")
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
    except OSError as exc:
        listening.close()
        fail(f"cannot serve on {host}:{port} ({exc.strerror or exc})",
             "is another server running there? give another --port")
    return listening
