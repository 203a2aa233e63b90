"""Serve the corpus over HTTP: a documented JSON API and the web timeline (stage serve/render).

Public API: `create_app(store_path, settings)` returns the FastAPI application; `Settings`
holds its security options. `dateline serve` runs it with uvicorn.
"""

from dateline.serve.settings import Settings


def create_app(store_path: str | None = None, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    """The FastAPI app for the corpus at `store_path` (imported lazily: the CLI starts fast)."""
    from dateline.serve.app import build_app

    return build_app(store_path, settings or Settings())


__all__ = ["Settings", "create_app"]
