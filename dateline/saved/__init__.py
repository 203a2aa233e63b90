"""Saved timelines that follow the corpus: a stage after the timeline stage.

A saved timeline is a timeline (query, entity, range, method) computed from the stored
articles and brought up to date after each ingest: a query timeline by touching only the days
the new articles speak of (`live`); an entity or pair timeline computed again whole, only when
new articles name one of its entities (`entity`). Its history says which entry appeared or
changed because of which article. The
store keeps what it is computed from (`dateline.store.TimelineTables`); this package computes.

Public API: `Params`, `save_timeline(store, name, params)` (`NameTaken` when the name is a
saved timeline's already), `find_timeline(store, name)`, `history(store, id)` (what changed,
because of which articles, or why none), `update_timelines(store)`,
`stored_timeline(store, params, limit=...)` (a timeline from the stored articles, as the HTTP
API builds one).
"""

from __future__ import annotations

from typing import Any

from dateline.saved.entity import live, stored_timeline
from dateline.saved.live import Params, history
from dateline.store import Repository


class NameTaken(ValueError):
    """A saved timeline's name given to another: names pick timelines out (`saved show NAME`),
    so two may not share one."""


def find_timeline(store: Repository, name: str) -> int | None:
    """The id of the saved timeline called `name` (ignoring case and surrounding spaces, as a
    user retyping it would), or None."""
    wanted = name.strip().casefold()
    return next((t.id for t in store.saved_timelines() if t.name.strip().casefold() == wanted), None)


def save_timeline(store: Repository, name: str, params: dict[str, Any]) -> int:
    """Save a timeline of the corpus (`params` as the HTTP API names them: q, method, dates,
    sentences, from, to, lang; entity, a list of names, for an entity or pair timeline) and
    compute it; it then follows the corpus (see `update_timelines`); its id. Raises ValueError
    for a blank name, an unknown method or a bad query, and `NameTaken` for a name in use."""
    if not name.strip():
        raise ValueError("a saved timeline needs a name, not blank")
    parsed = Params.of(params)
    with store.transaction():
        taken = find_timeline(store, name)
        if taken is not None:
            raise NameTaken(f"there is already a saved timeline named {name.strip()!r} (id {taken}); "
                            "choose another name, or delete that one first")
        timeline_id = store.create_timeline(name.strip(), parsed.as_dict())
        live(store, timeline_id, parsed).rebuild("created")
    return timeline_id


def update_timelines(store: Repository) -> dict[int, int]:
    """Bring every saved timeline up to date with the articles stored since it was last
    computed (see the module docstring); saved timeline id -> changes."""
    changes: dict[int, int] = {}
    for saved in store.saved_timelines():
        with store.transaction():
            changes[saved.id] = live(store, saved.id, Params.of(saved.params)).update()
    return changes


__all__ = ["NameTaken", "Params", "find_timeline", "history", "save_timeline", "stored_timeline", "update_timelines"]
