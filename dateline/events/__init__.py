"""Stage 3, events: entities, and dated statements grouped across articles.

Public API: `analyze(articles) -> Analysis` (entities with their aliases and mentions, event
mentions per article, events grouped across articles); `find_entities`; `group_events`;
`available_languages()`; `written_forms(lang)` (how a language writes the known entities) and
`glued_words(lang)` (what it writes onto their front);
`LexiconError`. Takes annotated articles (see
`dateline.pipeline.process`): time expressions anchor the events.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from dateline.events.entities import Names, find_entities
from dateline.events.extract import article_events
from dateline.events.group import STATEMENT_KINDS, group_events
from dateline.events.lexicon import LexiconError, available_languages, glued_words, written_forms
from dateline.events.recall import recall
from dateline.model import Article, Event, EventMention


@dataclass(slots=True)
class Analysis:
    """What the events stage found in a collection."""

    names: Names
    mentions: list[EventMention]
    events: list[Event]

    def involving(self, *entities: str) -> list[Event]:
        """Events in which every one of `entities` (or something within it) takes part."""
        wanted = [self.names.within(e) for e in entities]
        return [e for e in self.events if all(w & set(e.participants) for w in wanted)]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a while, as it was after.

    The stage builds hundreds of thousands of small objects that live to its end (candidates,
    mentions, events) and makes no reference cycles (a test checks): each full collection
    walks all of them and frees nothing. On ML-Crisis es (791 articles) six such walks were
    ~1.3-1.5 s of an 8.6 s stage; refcounting alone frees what the stage drops."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def analyze(articles: Sequence[Article]) -> Analysis:
    """Entities, event mentions and events of annotated articles."""
    with _collector_paused():
        names = find_entities(articles)
        people = {e.id for e in names.entities.values() if e.type == "person"}
        places = {e.id for e in names.entities.values() if e.type == "place"}
        mentions = [m for a in articles
                    for m in article_events(a, names.mentions.get(a.id, []), people, places)]
        published = {a.id: a.date for a in articles}
        recall(mentions, published, people, places)
        return Analysis(names, mentions, group_events(mentions, published))


__all__ = ["STATEMENT_KINDS", "Analysis", "LexiconError", "Names", "analyze", "available_languages",
           "find_entities", "glued_words", "group_events", "written_forms"]
