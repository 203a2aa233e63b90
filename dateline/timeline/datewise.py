"""DATEWISE (Gholipour Ghalandari & Ifrim, ACL 2020): rank days, then summarize each one.

Days are ranked by how many sentences mention them plus how many articles were published on
them; each day is summarized from the sentences that mention it, or, when none does, from the
leads of the articles published that day, by the centroid selector. A sentence already in the
timeline is not chosen again: one naming two days ("talks that opened on May 3 ended on May
5") would otherwise summarize both, and a timeline showing one sentence twice tells nothing
the second time (every method here keeps that rule).
"""

from __future__ import annotations

from typing import ClassVar

from dateline.timeline import dates
from dateline.timeline.base import Picks, Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.summarize import centroid, select


class DateWise:
    """Mention-count date ranking with per-day centroid summaries."""

    name: ClassVar[str] = "datewise"
    description: ClassVar[str] = "rank days by mentions and publications, summarize each day"

    def pick(self, corpus: Corpus, size: Size) -> Picks:
        mentioned = dates.mentioned(corpus, size)
        published = dates.published(corpus, size)
        counts = dates.articles_published(corpus, size)
        days = set(mentioned) | set(published)
        ranked = sorted(days, key=lambda d: (-(len(mentioned.get(d, ())) + counts.get(d, 0)), d))
        picks: Picks = []
        shown: set[int] = set()
        for day in ranked:
            if len(picks) == size.dates:
                break
            candidates = mentioned.get(day) or published.get(day, [])
            pool = [i for i in candidates if i not in shown and corpus.summarizable(i)]
            chosen = select(corpus, pool, size.sentences, centroid(corpus, candidates))
            if chosen:
                picks.append((day, chosen))
                shown.update(chosen)
        return picks
