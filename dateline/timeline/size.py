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
    """Fill in what the user left open. When every day the collection refers to or was
    published on fits in `MAX_DATES`, all of them; otherwise as many days as have two
    independent signals (at most `MAX_DATES`), and then those days only: the ranker
    standardizes its evidence within the collection, so a day a single article names could
    outrank one that two signals back (`build` then notes the on-topic days left out).

    Until session 24 the default was the number of days with two signals, those days only: a
    small collection's timeline left out days with an on-topic dated sentence (an audit's six
    English articles gave 3 dates and left out the Senate vote, told by one article; six French
    ones gave 2 dates of the 5 a reader lists). A day with no on-topic sentence comes out of no
    method, so the default now shows each one that has, up to the cap. Benchmarks give every
    method the reference's size, so this changes none of their figures. Larger collections
    keep the two-signal rule: showing up to `MAX_DATES` days there too would also lengthen the
    saved timelines `benchmarks/saved.py` times (its person case: 4 backed days of stories
    spread over two years), which was not measured."""
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
        if len(counts) <= MAX_DATES:  # a small collection: every day it tells of fits
            dates = len(counts) or 1
        else:
            backed = frozenset(day for day, n in counts.items() if n >= 2) or None
            dates = min(MAX_DATES, len(backed) if backed else len(counts))
    if sentences is None:
        sentences = 1 if articles < FEW_ARTICLES else 2
    return Size(dates, sentences, start, end, backed)
