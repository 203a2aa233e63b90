"""How big a timeline a reader wants when they do not say: sized from the collection."""

from __future__ import annotations

import datetime as dt

from dateline.timeline.base import Size
from dateline.timeline.corpus import Corpus
from dateline.timeline.features import summarizable_days

# Longest default timeline: beyond this a reader skims; ask with --dates for more.
MAX_DATES = 30
# With fewer articles than this, one sentence per entry says it; more sources, two.
FEW_ARTICLES = 4


def reached_days(corpus: Corpus, *, start: dt.date | None = None, end: dt.date | None = None) -> set[dt.date]:
    """The days the topic reaches: those in the range that some on-topic sentence is about
    (`features.summarizable_days`), the only days any method can summarize."""
    return summarizable_days(corpus, Size(1, 1, start, end))


def default_size(corpus: Corpus, *, dates: int | None = None, sentences: int | None = None,
                 start: dt.date | None = None, end: dt.date | None = None) -> Size:
    """Fill in what the user left open: as many dates as the days the topic reaches
    (`reached_days`), at most `MAX_DATES`; the date ranker chooses which when there are more
    (`build` then notes how many were left out).

    Why these days: a day no on-topic sentence is about comes out of no method, and any day
    with one can. Until session 25 the count was of every day the collection referred to or
    was published on, off-topic ones too, and above `MAX_DATES` of those only the days two
    signals backed (articles naming the day plus articles published on it) were shown: a
    cliff at 31 days, and counts far from the topic (an audit's eight English articles were
    counted 8 days where the topic reaches 2; the Spanish Yemen collection 190 where it
    reaches 55). Benchmarks give every method the reference's size, so none of their figures
    depends on this."""
    reached = len(reached_days(corpus, start=start, end=end)) if dates is None else 0
    return size_for(reached, len(corpus.articles), asked=dates, sentences=sentences, start=start, end=end)


def size_for(reached: int, articles: int, *, asked: int | None = None, sentences: int | None = None,
             start: dt.date | None = None, end: dt.date | None = None) -> Size:
    """The size of a timeline whose topic reaches `reached` days in a collection of `articles`
    texts (`default_size`; a saved timeline keeps both counts up to date instead of rebuilding
    its corpus): `asked` dates when given, else `reached` up to `MAX_DATES` (one at least)."""
    dates = asked if asked is not None else max(1, min(MAX_DATES, reached))
    if sentences is None:
        sentences = 1 if articles < FEW_ARTICLES else 2
    return Size(dates, sentences, start, end)
