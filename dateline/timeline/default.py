"""Dateline's own method: DATEWISE's structure with what the TLS literature found to matter.

- Days are ranked by how many *articles* refer to them (one article repeating a date is one
  vote): a day stated outright ("17 de marzo") counts more than one computed from
  "yesterday" or "on Monday", a day still ahead of the article (an announcement) less than one
  already past, an on-topic sentence more, and each publication on the day adds a little.
- Summaries prefer sentences that state the day themselves, then ones that refer to it, then
  the leads of that day's articles, and no sentence may repeat one already in the timeline.

Measured on ML-Crisis es (see `dateline benchmark tls`): article votes and the stated/relative
split each gain Date-F1 over DATEWISE's sentence counts; merging adjacent days that repeat an
event, which the papers suggest, lost 0.03 Date-F1 there (reference timelines often hold
consecutive days), so it is not done.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import ClassVar


from dateline.timeline import dates
from dateline.timeline.base import Picks, Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.summarize import centroid, select


class Dateline:
    """Article-vote date ranking, stated-date summaries, no repeated sentence."""

    name: ClassVar[str] = "dateline"
    description: ClassVar[str] = "article votes for days, stated dates first, no repeats (default)"

    def __init__(self, *, relative_weight: float = 0.25, future_weight: float = 0.5,
                 topic_weight: float = 1.0, publication_weight: float = 0.25,
                 repeat_similarity: float = 0.5) -> None:
        self.relative_weight = relative_weight
        self.future_weight = future_weight
        self.topic_weight = topic_weight
        self.publication_weight = publication_weight
        self.repeat_similarity = repeat_similarity

    def scores(self, corpus: Corpus, size: Size) -> dict[dt.date, float]:
        """Day → importance: the best vote of each article referring to it, plus publications."""
        votes: dict[tuple[dt.date, int], float] = defaultdict(float)
        topical = bool(corpus.query)
        for i, found in enumerate(corpus.mentions):
            boost = 1.0 + (self.topic_weight if topical and corpus.matches[i] else 0.0)
            published = corpus.published(i)
            for mention in found:
                if not size.allows(mention.date):
                    continue
                weight = (1.0 if mention.stated else self.relative_weight) * boost
                if published is not None and mention.date > published:
                    weight *= self.future_weight
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
        in_timeline: list[int] = []
        for day in sorted(scores, key=lambda d: (-scores[d], d)):
            if len(picks) == size.dates:
                break
            target = centroid(corpus, mentioned.get(day, []) + published.get(day, []))
            chosen: list[int] = []
            for tier in (stated.get(day, []), mentioned.get(day, []), published.get(day, [])):
                pool = [i for i in tier if corpus.summarizable(i) and i not in chosen]
                rows = in_timeline + chosen
                chosen += select(corpus, pool, size.sentences - len(chosen), target,
                                 avoid=corpus.vectors[rows] if rows else None,
                                 max_similarity=self.repeat_similarity)
                if len(chosen) >= size.sentences:
                    break
            if chosen:
                picks.append((day, chosen))
                in_timeline += chosen
        return picks
