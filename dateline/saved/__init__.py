"""Saved timelines that follow the corpus: a stage after the timeline stage.

A saved timeline is a timeline (query, entity, range, method) computed from the stored
articles and brought up to date after each ingest by touching only the days the new articles
speak of; its history says which entry appeared or changed because of which article. The
store keeps what it is computed from (`dateline.store.TimelineTables`); this package computes.

Public API: `Params`, `save_timeline(store, name, params)`, `update_timelines(store)`.
"""

from __future__ import annotations

from typing import Any

from dateline.saved.live import Live, Params
from dateline.store import Repository


def save_timeline(store: Repository, name: str, params: dict[str, Any]) -> int:
    """Save a timeline of the corpus (`params` as the HTTP API names them: q, method, dates,
    sentences, from, to, lang) and compute it; it then follows the corpus (see
    `update_timelines`); its id. Raises ValueError for an unknown method or a bad query."""
    parsed = Params.of(params)
    with store.transaction():
        timeline_id = store.create_timeline(name, parsed.as_dict())
        Live(store, timeline_id, parsed).rebuild("created")
    return timeline_id


def update_timelines(store: Repository) -> dict[int, int]:
    """Bring every saved timeline up to date with the articles stored since it was last
    computed, touching only the days they speak of; saved timeline id -> changes."""
    changes: dict[int, int] = {}
    for saved in store.saved_timelines():
        with store.transaction():
            changes[saved.id] = Live(store, saved.id, Params.of(saved.params)).update()
    return changes


__all__ = ["Params", "save_timeline", "update_timelines"]
