"""`dateline serve --db PATH`: the corpus's JSON API and web timeline on 127.0.0.1."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from dateline.cli.common import err_console
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

    open_db(db, read_only=read_only).close()  # a one-line error now rather than a traceback later
    if host not in ("127.0.0.1", "localhost", "::1") and not token and not read_only:
        err_console.print(f"[yellow]warning[/] serving on {host} with writes open to anyone who "
                          "can reach it; consider --token or --read-only")
    settings = Settings(read_only=read_only, token=token or None,
                        cors_origins=tuple(cors_origin or ()), max_body_bytes=max_body)
    app = create_app(str(db) if db else None, settings)
    err_console.print(f"serving {os.fspath(db) if db else 'the default corpus'} on http://{host}:{port}/ "
                      f"(API docs: /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
