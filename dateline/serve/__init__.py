"""Serve the corpus over HTTP: a documented JSON API and the web timeline (stage serve/render).

Public API: `create_app(store_path, settings)` returns the FastAPI application; `Settings`
holds its security options. `dateline serve` runs it with uvicorn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.serve.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(store_path: str | None = None, settings: Settings | None = None) -> FastAPI:
    """The FastAPI app for the corpus at `store_path` (imported lazily: the CLI starts fast)."""
    from dateline.serve.app import build_app

    return build_app(store_path, settings or Settings())


__all__ = ["Settings", "create_app"]
