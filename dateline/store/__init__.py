"""The corpus: analysed articles kept in one embedded SQLite file, searchable and reusable.

Public API: `open_store(path)` (a `Repository`), `default_path()`, `reset(path)`,
`StoreError`, the result types in `dateline.store.base`, `TimelineTables` (what a saved
timeline keeps, `dateline.saved` computes it; `DAY_ROW`, its packed candidates) and
`content_hash` (the key a text is stored once under). `ArticleStore` is the embedded
SQLite backend; the rest of Dateline depends only on the `Repository` methods, so another
backend can replace it.
"""

from __future__ import annotations

import os

from dateline.store.base import (COPY, DAY_ROW, KNOWN, Added, NEW, REVISED, UPDATED, Outlet, Repository, SavedTimeline,
                                 SearchHit, Selection, StoredArticle, StoreError, StoreInfo, TimelineState,
                                 TimelineTables)
from dateline.store.codec import content_hash
from dateline.store.location import ENV_VAR, default_path
from dateline.store.sqlite import SCHEMA_VERSION, fingerprint, reset
from dateline.store.sqlite import SQLiteStore as ArticleStore

def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Repository:
    """The corpus at `path` (default: `default_path()`), created and upgraded as needed.
    Raises StoreError, one line with the fix, when the file cannot be used."""
    return ArticleStore(path, read_only=read_only)


__all__ = ["COPY", "DAY_ROW", "Added", "ENV_VAR", "KNOWN", "NEW", "REVISED", "SCHEMA_VERSION", "UPDATED", "ArticleStore",
           "Outlet", "Repository", "SavedTimeline", "SearchHit", "Selection", "StoreError", "StoreInfo",
           "StoredArticle", "TimelineState", "TimelineTables", "content_hash", "default_path", "fingerprint",
           "open_store", "reset"]
