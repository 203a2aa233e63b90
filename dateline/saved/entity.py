"""Timelines built from the stored articles, and saved entity or pair timelines that follow
the corpus.

`stored_timeline` is how both the HTTP API (`/api/timeline`) and a saved timeline of
entities build one from the store: the articles naming the entities (or matching the query,
when given) as analysed when stored, then `dateline.timeline.build`.

A saved entity timeline (`dateline saved save NAME --entity X [--entity Y]`) is not updated
day by day as a query timeline of the default method is (`dateline.saved.live`): its events
are merged across articles (one event, many reports) and its days are ranked by them, so it is
computed again whole from every stored article naming one of its entities, and only after an
ingest that brings such an article (an ingest that brings none leaves it, and its history,
untouched). What that costs is the entity timeline's own cost over those articles (events
are extracted from the stored analyses): measured by `benchmarks/saved_entity.py`, see the
README's saved-timelines section.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dateline.model import Timeline
from dateline.saved.live import Live, Params, cited, selection_forms, selection_terms
from dateline.store import Repository, TimelineState


def stored_timeline(store: Repository, params: Params, *, limit: int | None) -> Timeline:
    """The timeline of `params` from the stored articles (no re-analysis): from the `limit`
    best matching ones (every one when None). Raises ValueError for a bad method or query."""
    from dateline.timeline import build
    from dateline.timeline.entity import METHOD as entity_method

    terms = selection_terms(params)
    articles, outlets, cut = store.timeline_articles(terms, start=params.start, end=params.end, lang=params.lang,
                                                     limit=limit, forms=selection_forms(terms))
    if not articles:  # say why there is nothing, rather than "no article could be read"
        wanted = [f"the query ({', '.join(params.q)})"] if params.q else []
        wanted += [f"the entity {name}" for name in params.entity] if not params.q else []
        wanted += [f"language {params.lang}"] if params.lang else []
        wanted += [f"{k} {v.isoformat()}" for k, v in (("from", params.start), ("to", params.end)) if v]
        # An entity timeline is built from events whatever the method, and says so when empty too.
        method = entity_method if params.entity else params.method
        return Timeline(entries=[], query=list(params.q), method=method,
                        notes=["no article in the corpus matches " + (", ".join(wanted) if wanted else "this timeline")])
    result = build(articles, query=None if params.entity else list(params.q), dates=params.dates,
                   sentences=params.sentences, start=params.start, end=params.end,
                   method=params.method, outlets=outlets, entity=list(params.entity) or None)
    if cut:  # the store's choice: the best matches, or with nothing to match the latest
        result.notes.append(f"built from the {limit} articles that match best" if terms else
                            f"built from the {limit} latest articles (no query or entity to choose them)")
    return result


class EntityLive(Live):
    """A saved entity or pair timeline: computed again whole, when new articles name one of
    its entities (see module docstring)."""

    def _follow(self, state: TimelineState, members: set[int], reindexed: set[int],
                causes: Sequence[dict[str, Any]]) -> int:
        """Articles stored since it was last computed (or analysed again) name one of its
        entities: compute it again whole."""
        return self.rebuild("recomputed", causes=causes,
                            reason="new articles name its entities: an entity timeline is computed again whole")

    def _revised(self, last_article: int) -> set[int]:
        """An entity timeline keeps no share per text: the newer versions of the articles its
        entries cite. Their old texts are gone, and a new version that no longer names one of
        its entities would not bring it up to date by itself."""
        if not (replaced := self.tables.replaced_texts(last_article)):
            return set()  # the usual update: no need to read the saved result
        saved = self.store.saved_timeline(self.id)
        if saved is None or not saved.result:
            return set()
        held = set().union(*cited([{"id": text} for _, text in replaced], saved.result).values())
        return {row for row, text in replaced if text in held}

    def rebuild(self, change: str, *, reason: str | None = None, causes: Sequence[dict[str, Any]] = ()) -> int:
        """Compute it from every stored article naming its entities, and record what changed."""
        self.tables.start()
        result = stored_timeline(self.store, self.params, limit=None)
        self.tables.recomputed(change, reason, causes)
        return 1 + self._record(result, causes)

    def _speaking(self, causes: Sequence[dict[str, Any]], new: dict[str, Any]) -> dict[str, set[int]]:
        """Day -> the texts of `causes` its entry cites: an entity timeline keeps no day votes."""
        return cited(causes, new)


def live(store: Repository, timeline_id: int, params: Params) -> Live:
    """What computes and updates this saved timeline: `EntityLive` for entities, else `Live`."""
    return (EntityLive if params.entity else Live)(store, timeline_id, params)
