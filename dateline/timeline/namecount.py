"""The name-match baseline of entity timelines: sentences naming the query, by publication count.

Each sentence that matches the query is dated by its article's publication date; days are
ranked by how many articles published that day name the query, and each day is summarized
from those sentences by the centroid selector. No time expression is read: it is the floor a
timeline method must clear to show that reading dates in the text is worth it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import ClassVar

from dateline.timeline.base import Picks, Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.summarize import centroid, select


class NameCount:
    """Query-matching sentences under their publication day; days ranked by articles."""

    name: ClassVar[str] = "namecount"
    description: ClassVar[str] = "baseline: sentences naming the query, days by publication count"

    def pick(self, corpus: Corpus, size: Size) -> Picks:
        naming: dict[dt.date, list[int]] = defaultdict(list)
        for i in range(len(corpus)):
            day = corpus.published(i)
            if corpus.matches[i] and day is not None and size.allows(day):
                naming[day].append(i)
        articles = {day: len({int(corpus.article_of[i]) for i in found})
                    for day, found in naming.items()}
        picks: Picks = []
        for day in sorted(naming, key=lambda d: (-articles[d], d)):
            if len(picks) == size.dates:
                break
            pool = [i for i in naming[day] if corpus.summarizable(i)]
            chosen = select(corpus, pool, size.sentences, centroid(corpus, naming[day]))
            if chosen:
                picks.append((day, chosen))
        return picks
