"""How big a timeline a reader wants when they do not say: sized from the collection."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from dateline.timeline.base import Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.dates import articles_published

# Longest default timeline: beyond this a reader skims; ask with --dates for more.
MAX_DATES = 30
# With fewer articles than this, one sentence per entry says it; more sources, two.
FEW_ARTICLES = 4


def support(corpus: Corpus, size: Size) -> dict[dt.date, int]:
    """Day → independent signals for it: articles referring to it, plus articles published on it."""
    referring: dict[dt.date, set[int]] = defaultdict(set)
    for i, found in enumerate(corpus.mentions):
        for mention in found:
            if size.allows(mention.date):
                referring[mention.date].add(int(corpus.article_of[i]))
    counts = {day: len(articles) for day, articles in referring.items()}
    for day, n in articles_published(corpus, size).items():
        counts[day] = counts.get(day, 0) + n
    return counts


def default_size(corpus: Corpus, *, dates: int | None = None, sentences: int | None = None,
                 start: dt.date | None = None, end: dt.date | None = None) -> Size:
    """Fill in what the user left open: as many days as have two independent signals, and
    then those days only. The ranker standardizes its evidence within the collection, so in a
    small one a day a single article names can outrank one that two signals back; a size
    justified by the backed days must show them."""
    counts = support(corpus, Size(1, 1, start, end)) if dates is None else {}
    return size_from_support(counts, len(corpus.articles), dates=dates, sentences=sentences,
                             start=start, end=end)


def size_from_support(counts: Mapping[dt.date, int], articles: int, *, dates: int | None = None,
                      sentences: int | None = None, start: dt.date | None = None,
                      end: dt.date | None = None) -> Size:
    """`default_size` from a collection's `support` counts and number of articles, which a
    saved timeline keeps up to date instead of rebuilding its corpus."""
    backed: frozenset[dt.date] | None = None
    if dates is None:
        backed = frozenset(day for day, n in counts.items() if n >= 2) or None
        dates = min(MAX_DATES, len(backed) if backed else len(counts)) or 1
    if sentences is None:
        sentences = 1 if articles < FEW_ARTICLES else 2
    return Size(dates, sentences, start, end, backed)
