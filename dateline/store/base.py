"""What the rest of Dateline asks of a store: the repository interface and its result types.

The commands, the pipeline and the HTTP API use only these methods, so a backend other than
the embedded SQLite one (PostgreSQL for a shared, many-writer corpus) replaces it without
touching them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from dateline.model import Article


class StoreError(Exception):
    """A store that cannot be used, said in one line with the fix."""


# What happened to an article handed to the store.
NEW = "new"            # a text not seen before
COPY = "copy"          # a known text from another outlet or source (a wire copy): one more copy
KNOWN = "known"        # the same text, outlet and id (file, record, URL): stored once already
UPDATED = "updated"    # known, but analysed again by a newer Dateline: analysis replaced


class Added(NamedTuple):
    """What `Repository.add` did with one article: the outcome, its row and its text's id
    (the id the HTTP API and timelines give a stored article)."""

    outcome: str
    row: int
    text: int


@dataclass(slots=True)
class Outlet:
    """One published copy of a text: where and when it appeared."""

    id: int
    outlet: str
    source: str | None
    title: str | None
    url: str | None
    date: dt.date | None
    date_how: str | None
    date_confidence: float | None
    article_id: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class StoredArticle:
    """An article as kept in the corpus: the analysed article and every outlet that ran it."""

    id: int
    article: Article
    outlets: list[Outlet]
    date_how: str | None


@dataclass(slots=True)
class SearchHit:
    """A sentence that matches a search, with the days it names and the outlets of its text."""

    sentence_id: int
    article_id: int
    text: str
    score: float
    days: list[dt.date]
    lang: str | None
    highlights: list[tuple[int, int]]
    outlets: list[Outlet]


@dataclass(slots=True)
class StoreInfo:
    """What `dateline store info` shows."""

    path: str
    size_bytes: int
    schema_version: int
    texts: int
    articles: int
    by_language: dict[str, int]
    undated: int
    inferred: int
    cached_files: int
    stale_files: int
    stale_analyses: int
    orphan_texts: int
    saved_timelines: int


@dataclass(slots=True)
class SavedTimeline:
    """A saved timeline: what it is of (`params`, the HTTP API's names), its latest result
    (JSON, as `render.jsonout.timeline_dict` writes it) and when it was last brought up to date."""

    id: int
    name: str
    created: str
    params: dict[str, Any]
    result: dict[str, Any] | None = field(default=None)
    updated: str | None = None


class Selection(NamedTuple):
    """The stored articles a timeline is built from: one per text, with how many outlets ran
    each (near copies were merged when stored), and whether a limit cut the collection."""

    articles: list[Article]
    outlets: list[int]
    cut: bool


class Repository(Protocol):
    """The corpus: articles with their analysis, a full-text index and saved timelines."""

    path: Path

    # The per-file cache the pipeline uses to resume (see dateline.pipeline.process).
    def key(self, file: Path, options: str) -> str | None:
        """What identifies a file's processed result (path, size, time, options, code); None
        when the file cannot be stat'ed, so it is processed and not cached."""
        ...

    def get(self, key: str) -> list[Article] | None:
        """The articles kept under `key`, or None when the file must be processed again."""
        ...

    def put(self, key: str, articles: list[Article]) -> None:
        """Keep a file's articles at once, so an interruption loses at most the current file."""
        ...

    def files_done(self, keys: Iterable[str]) -> set[str]:
        """Which of these file keys are stored complete: what a re-run may skip."""
        ...

    def mark_files(self, files: Mapping[str, Sequence[int]]) -> None:
        """Record files whose articles (these article ids) are all stored, only once they are."""
        ...

    def add(self, articles: Sequence[Article]) -> list[Added]:
        """Store analysed articles in one transaction; for each, what happened."""
        ...

    def article(self, text_id: int) -> StoredArticle | None:
        """A stored article by its text's id, with every outlet that ran it (for citations)."""
        ...

    def date_span(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last publication days stored: the range a user can ask about."""
        ...

    def search(self, query: str | Sequence[str], *, start: dt.date | None = None, end: dt.date | None = None,
               lang: str | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Sentences matching the query, best first, with the days they name and their outlets."""
        ...

    def collection(self, query: Sequence[str] | None = None, *, start: dt.date | None = None,
                   end: dt.date | None = None, lang: str | None = None,
                   among: Sequence[int] | None = None) -> list[int]:
        """Every text id a timeline of `query` may draw on, so a saved timeline can tell which
        new texts concern it."""
        ...

    def timeline_articles(self, query: Sequence[str] | None = None, *,
                          start: dt.date | None = None, end: dt.date | None = None,
                          lang: str | None = None, limit: int = 2000) -> Selection:
        """The articles a timeline is built from, as analysed when stored (no re-analysis)."""
        ...

    def languages(self) -> dict[str, int]:
        """Texts per language, most first (what a user may filter on)."""
        ...

    def generation(self) -> tuple[int, int, int]:
        """Changes whenever articles or analyses change: the key of caches computed from them."""
        ...

    def info(self) -> StoreInfo:
        """Counts for `dateline store info`: size, texts, languages, stale rows."""
        ...

    def prune(self) -> dict[str, int]:
        """Remove what no run will use again and compact the file; the articles stay."""
        ...

    def save_timeline(self, name: str, params: dict[str, Any]) -> int:
        """Save and compute a timeline that then follows the corpus; its id."""
        ...

    def update_timelines(self) -> dict[int, int]:
        """Bring every saved timeline up to date with the texts stored since; id -> changes."""
        ...

    def timeline_history(self, timeline_id: int) -> list[dict[str, Any]]:
        """What changed in a saved timeline, oldest first, and which articles changed it."""
        ...

    def saved_timelines(self) -> list[SavedTimeline]:
        """Every saved timeline, newest first."""
        ...

    def saved_timeline(self, timeline_id: int) -> SavedTimeline | None:
        """One saved timeline as last updated, or None when there is no such id."""
        ...

    def delete_timeline(self, timeline_id: int) -> bool:
        """Delete a saved timeline and its history; False when there was no such id."""
        ...

    def close(self) -> None:
        """Release the file (every connection closed); what was added is committed already."""
        ...

    def __enter__(self) -> Repository: ...
    def __exit__(self, *_exc: object) -> None: ...
