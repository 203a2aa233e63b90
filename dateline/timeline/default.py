"""Dateline's own method: DATEWISE's structure with what the TLS literature found to matter.

- Days are ranked by how many *articles* refer to them (one article repeating a date is one
  vote), a day stated outright ("17 de marzo") counting more than one computed from
  "yesterday", on-topic sentences counting more, and publications adding a little.
- Adjacent days often report one event (a clash on the 14th reported as "yesterday" on the
  15th): a day whose sentences say what an already chosen neighbouring day says is skipped.
- Summaries prefer sentences that state the day themselves, then ones that refer to it, then
  the leads of that day's articles; and no sentence may repeat one already in the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import ClassVar

import numpy as np
from scipy import sparse

from dateline.timeline import dates
from dateline.timeline.base import Picks, Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.summarize import centroid, select


class Dateline:
    """Article-vote date ranking, neighbour de-duplication, stated-date summaries."""

    name: ClassVar[str] = "dateline"
    description: ClassVar[str] = "article votes for days, stated dates first, no repeats (default)"

    def __init__(self, *, relative_weight: float = 0.5, topic_weight: float = 1.0,
                 publication_weight: float = 0.5, neighbour_days: int = 1,
                 neighbour_similarity: float = 0.5, repeat_similarity: float = 0.5) -> None:
        self.relative_weight = relative_weight
        self.topic_weight = topic_weight
        self.publication_weight = publication_weight
        self.neighbour_days = neighbour_days
        self.neighbour_similarity = neighbour_similarity
        self.repeat_similarity = repeat_similarity

    def scores(self, corpus: Corpus, size: Size) -> dict[dt.date, float]:
        """Day → importance: article votes plus a share of publications."""
        votes: dict[tuple[dt.date, int], float] = defaultdict(float)
        topical = bool(corpus.query)
        for i, found in enumerate(corpus.mentions):
            boost = 1.0 + (self.topic_weight if topical and corpus.matches[i] else 0.0)
            for mention in found:
                if size.allows(mention.date):
                    weight = (1.0 if mention.stated else self.relative_weight) * boost
                    key = (mention.date, int(corpus.article_of[i]))
                    votes[key] = max(votes[key], weight)
        scores: dict[dt.date, float] = defaultdict(float)
        for (day, _article), weight in votes.items():
            scores[day] += weight
        for day, count in dates.articles_published(corpus, size).items():
            scores[day] += self.publication_weight * count
        return dict(scores)

    def pick(self, corpus: Corpus, size: Size) -> Picks:
        scores = self.scores(corpus, size)
        stated = dates.mentioned(corpus, size, stated_only=True)
        mentioned = dates.mentioned(corpus, size)
        published = dates.published(corpus, size)
        picks: Picks = []
        centroids: dict[dt.date, np.ndarray] = {}
        chosen_rows: list[int] = []
        for day in sorted(scores, key=lambda d: (-scores[d], d)):
            if len(picks) == size.dates:
                break
            about = mentioned.get(day, []) + published.get(day, [])
            target = centroid(corpus, about)
            if self._repeats_neighbour(day, target, centroids):
                continue
            avoid = corpus.vectors[chosen_rows] if chosen_rows else None
            chosen: list[int] = []
            for tier in (stated.get(day, []), mentioned.get(day, []), published.get(day, [])):
                pool = [i for i in tier if corpus.summarizable(i) and i not in chosen]
                chosen += select(corpus, pool, size.sentences - len(chosen), target,
                                 avoid=_stack(avoid, corpus, chosen),
                                 max_similarity=self.repeat_similarity)
                if len(chosen) >= size.sentences:
                    break
            if chosen:
                picks.append((day, chosen))
                centroids[day] = target
                chosen_rows += chosen
        return picks

    def _repeats_neighbour(self, day: dt.date, target: np.ndarray,
                           centroids: dict[dt.date, np.ndarray]) -> bool:
        """Whether a chosen day within `neighbour_days` is about the same thing."""
        norm = float(np.linalg.norm(target))
        if not norm:
            return False
        for offset in range(-self.neighbour_days, self.neighbour_days + 1):
            other = centroids.get(day + dt.timedelta(days=offset))
            if other is not None and offset:
                similarity = float(target @ other) / (norm * (float(np.linalg.norm(other)) or 1.0))
                if similarity > self.neighbour_similarity:
                    return True
        return False


def _stack(avoid: sparse.csr_matrix | None, corpus: Corpus, chosen: list[int]) -> sparse.csr_matrix | None:
    """Rows a new pick must not repeat: the timeline so far plus this day's picks."""
    if not chosen:
        return avoid
    rows = corpus.vectors[chosen]
    return rows if avoid is None else sparse.vstack([avoid, rows]).tocsr()
