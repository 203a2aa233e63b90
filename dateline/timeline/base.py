"""What every timeline method shares: the requested size and the result's shape."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar, Protocol

from dateline.model import Entry, Timeline, TimelineSentence
from dateline.timeline.corpus import Corpus


@dataclass(frozen=True, slots=True)
class Size:
    """How big a timeline to build and which days it may cover (bounds inclusive; `days`,
    when given, the only days it may show: the benchmark's oracle rows keep a method to the
    reference's dates)."""

    dates: int
    sentences: int
    start: dt.date | None = None
    end: dt.date | None = None
    days: frozenset[dt.date] | None = None

    def allows(self, day: dt.date) -> bool:
        return ((self.start is None or day >= self.start) and (self.end is None or day <= self.end)
                and (self.days is None or day in self.days))


# A method's answer: for each chosen day, the corpus sentence numbers that summarize it.
Picks = list[tuple[dt.date, list[int]]]


class Method(Protocol):
    """A timeline summarization method: picks days and sentences from a corpus."""

    name: ClassVar[str]
    description: ClassVar[str]

    def pick(self, corpus: Corpus, size: Size) -> Picks: ...


def to_timeline(corpus: Corpus, picks: Picks, method: str) -> Timeline:
    """Turn picked sentence numbers into a sourced Timeline, dates ascending."""
    entries = []
    for day, sentences in sorted(picks, key=lambda p: p[0]):
        if not sentences:
            continue
        cited = []
        for i in sentences:
            article = corpus.articles[corpus.article_of[i]]
            cited.append(TimelineSentence(
                text=corpus.texts[i], article_id=article.id, article_date=article.date,
                date_inferred=article.date_inferred, title=article.title, path=article.path,
                url=article.url, lang=article.lang))
        entries.append(Entry(day, cited))
    return Timeline(entries=entries, query=list(corpus.query.terms), method=method)
