"""Stage 4, timeline: pick the days that matter in a collection and summarize each one.

Public API: `build(articles, query=..., method=...) -> Timeline`; `METHODS`, the comparable
methods by name (`dateline`, the default; `datewise`; `clust`; the `namecount` baseline); `Size`, `Query`, `Corpus`;
`preload`, the costly imports `build` needs, for a caller to overlap with other work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence, Set

from dateline.ingest import collapse
from dateline.model import Article, Timeline
from dateline.timeline.base import Method, Size, to_timeline
from dateline.timeline.clust import Clust
from dateline.timeline.corpus import Corpus, preload
from dateline.timeline.datewise import DateWise
from dateline.timeline.default import Dateline
from dateline.timeline.namecount import NameCount
from dateline.timeline.query import Query, parse_terms, written_alike
from dateline.timeline.size import reached_days, size_for

METHODS: dict[str, type[Method]] = {m.name: m for m in (Dateline, DateWise, Clust, NameCount)}
DEFAULT_METHOD = Dateline.name


def build(articles: Sequence[Article], *, query: Sequence[str] | None = None,
          dates: int | None = None, sentences: int | None = None,
          start: dt.date | None = None, end: dt.date | None = None,
          method: str | Method = DEFAULT_METHOD, entity: Sequence[str] | None = None,
          outlets: Sequence[int] | None = None, hashes: Sequence[np.ndarray] | None = None) -> Timeline:
    """A timeline of annotated articles (see `dateline.pipeline.process`).

    With `entity`, the timeline of the events those entities all take part in (see
    `dateline.timeline.entity`), one entry per event with all its sources.

    `method` is a name of `METHODS` or a configured method (`Dateline(ranker=...)`). Sizes
    left as None are chosen from the collection. `outlets`, when given, says the articles are
    already one per text (the corpus store merges near copies when it stores them) and how
    many outlets ran each: near copies are then not looked for again. `hashes`, each article's
    `ingest.shingle_hashes` when computed already (by the reading workers, `pipeline.process`),
    spare the near-copy search its serial part. Problems that still leave a
    timeline (a query matching nothing, no dated sentence) are reported in `Timeline.notes`.
    """
    if isinstance(method, str) and method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    if entity:
        from dateline.timeline.entity import entity_timeline  # the events stage, only when asked
        timeline = entity_timeline(articles, entity, dates=dates, sentences=sentences,
                                   start=start, end=end)
        if query:
            timeline.notes.append("the query is not used for an entity timeline: every event "
                                  "involving the entities is a candidate")
        return timeline
    corpus, notes = prepare(articles, query, outlets, hashes)
    reached = reached_days(corpus, start=start, end=end) if dates is None else set()
    size = size_for(len(reached), len(corpus.articles), asked=dates, sentences=sentences, start=start, end=end)
    picker = METHODS[method]() if isinstance(method, str) else method
    timeline = to_timeline(corpus, picker.pick(corpus, size), picker.name)
    unmatched = bool(corpus.query) and not corpus.matches.any()  # `prepare` said so already
    notes += shortfalls(timeline, size, asked_dates=dates is not None, read=bool(articles) and not unmatched,
                        dated=any(a.date is not None for a in articles))
    if dates is None:
        notes += left_out(reached, size, timeline)
    timeline.notes = notes
    return timeline


def shortfalls(timeline: Timeline, size: Size, *, asked_dates: bool, read: bool, dated: bool = True) -> list[str]:
    """Notes on a timeline smaller than its size: no date though articles were `read`, fewer
    dates, or dates with fewer sentences (a saved timeline says the same: `dateline.saved`).
    Each says the reason that holds: `dated`, whether any article has a publication date (none
    has: no sentence can be placed on a day, range or not), the range only when one was asked,
    and clust's own reason (one entry per event), where other methods still find days."""
    notes = []
    found = len(timeline.entries)
    ranged = size.start is not None or size.end is not None
    if read and not found:
        if not dated:
            notes.append("no sentence refers to a known day: no article has a publication date (see the "
                         "note on undated articles) and none names a full date")
        else:
            notes.append("no sentence refers to a day in the requested range" if ranged else
                         "no sentence refers to a day")
    if timeline.entries and found < size.dates:
        if asked_dates and timeline.method == Clust.name:
            notes.append(f"{found} date(s) instead of the {size.dates} asked for: clust gives one entry per "
                         f"event (articles close in time and content), and the articles form {found} event(s) "
                         "with a day of their own; --method dateline or datewise give an entry per day")
        elif asked_dates:
            notes.append(f"{found} date(s) instead of the {size.dates} asked for: no other day"
                         + (" in the range" if ranged else "") + " has a sentence about it that matches "
                         "the query and is not already shown")
        else:
            notes.append(f"{found} date(s) of the {size.dates} the topic reaches: every sentence about "
                         f"the other {size.dates - found} day(s) repeats one already shown")
    short = [e.date.isoformat() for e in timeline.entries if len(e.sentences) < size.sentences]
    if short:
        notes.append(f"{len(short)} date(s) have fewer than {size.sentences} sentence(s) ({listed(short, 5)}): "
                     "no other sentence about the day matches the query without repeating one "
                     "already in the timeline")
    return notes


def listed(names: Sequence[str], shown: int) -> str:
    """The first `shown` names, then how many more: a note names what it counts without
    running over the screen."""
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def left_out(reached: Set[dt.date], size: Size, timeline: Timeline) -> list[str]:
    """A note on the days the topic reaches (`size.reached_days`) that a full timeline of the
    default size has no room for: the user did not ask for a number of dates, and should know
    there are more (a saved timeline says the same: `dateline.saved`). A timeline shorter than
    its size left none out for room (`shortfalls` says why it is short)."""
    if len(timeline.entries) < size.dates:
        return []
    more = len(reached - {e.date for e in timeline.entries})
    if not more:
        return []
    return [f"{more} more day(s) have a sentence about the topic; the default shows "
            f"{size.dates}: ask for more with --dates"]


def query_notes(query: Query, *, matched: bool, fallback: bool = True) -> list[str]:
    """Notes on what the query left out, and on a query that matched no sentence: with
    `fallback` the timeline then uses every sentence (a saved timeline, `dateline.saved`),
    without it the timeline is empty (`prepare`)."""
    notes = []
    if query.dropped:
        notes.append(f"query term(s) {', '.join(map(repr, query.dropped))} left out: made only of "
                     "words such as 'of' or 'the', they would match nearly every sentence")
    if not matched:
        notes.append(f"the query ({', '.join(query.terms)}) matches no sentence; " +
                     ("the timeline uses every sentence instead" if fallback else
                      "the timeline is empty: check the terms' spelling, or give others with --query"))
    return notes


def prepare(articles: Sequence[Article], query: Sequence[str] | None,
            outlets: Sequence[int] | None = None,
            hashes: Sequence[np.ndarray] | None = None) -> tuple[Corpus, list[str]]:
    """The corpus every method starts from, and notes on what limited it (`outlets`, `hashes`:
    see `build`)."""
    parsed = Query.of(query, {a.lang for a in articles if a.lang})
    notes: list[str] = []
    texts, outlets = (list(articles), list(outlets)) if outlets is not None else collapse(articles, hashes=hashes)
    copies = sum(outlets) - len(texts)
    if copies:
        notes.append(f"{copies} near-duplicate {'copy' if copies == 1 else 'copies'} (the same text from "
                     "another outlet) counted as outlets of their original, not as articles")
    corpus = Corpus.build(texts, parsed, outlets)
    if not articles:
        notes.append("no article could be read")
    matched = not articles or not parsed or bool(corpus.matches.any())
    notes += parsed.expansions({a.lang for a in texts if a.lang})
    # A query matching nothing leaves nothing on topic: a timeline of every sentence would
    # answer another question than the one asked (the corpus path, `dateline.saved.entity`,
    # also answers an empty timeline).
    notes += query_notes(parsed, matched=matched, fallback=False)
    notes += undated_notes(articles)
    return corpus, notes


# Undated articles a note names; the rest are counted ("and 12 more").
NAMED_UNDATED = 3


def undated_notes(articles: Sequence[Article]) -> list[str]:
    """Notes naming the articles with no publication date (`Article.where`: a file, a JSONL
    record's id), which a timeline places only by the dates they state, and how to date them:
    one counted them, and a user had to look each article up to learn which. Those whose text
    names a day and month but no year are told apart: a range of years dates them."""
    yearless: list[str] = []
    silent: list[str] = []
    for article in articles:
        if article.date is None:
            (yearless if names_day_without_year(article) else silent).append(article.where)
    given = [a.date for a in articles if a.date is not None and not a.date_inferred]
    span = f" (the dated articles span {min(given)} to {max(given)})" if given else ""
    notes = []
    if silent:
        notes.append(f"{len(silent)} article(s) have no publication date and their text does not say it "
                     f"({listed(silent, NAMED_UNDATED)}); only the dates they state themselves are used. "
                     "See what `dateline date FILES --hint-start YYYY-MM-DD --hint-end YYYY-MM-DD` infers "
                     f"within the days they were published in{span}, and give each its date (a first line "
                     "`date YYYY-MM-DD`, a JSONL record's `date`)")
    if yearless:
        notes.append(f"{len(yearless)} article(s) have no publication date: their text gives a day and month but "
                     f"no year (a dateline such as 'BREMERHAVEN, 5. März (dpa)'): {listed(yearless, NAMED_UNDATED)}; "
                     "date them within a range with `dateline date FILES --hint-start YYYY-MM-DD --hint-end "
                     f"YYYY-MM-DD`{span}, or for a timeline `dateline analyze SOURCES --out DIR --hint-start "
                     "YYYY-MM-DD --hint-end YYYY-MM-DD`, then `dateline ingest --from-analysis DIR` and build "
                     "the timeline from the corpus")
    return notes


def names_day_without_year(article: Article) -> bool:
    """Whether an undated article names a day and month without a year ("5. März", "11 de
    março"): its tagged value has the day and month, the year unknown (XXXX-MM-DD), so a
    range of years would date it, not more text."""
    return any(t.type == "DATE" and len(t.value) == 10 and t.value.startswith("XXXX-")
               and t.value[5:7].isdigit() and t.value[8:10].isdigit() for t in article.timexes)


__all__ = ["DEFAULT_METHOD", "METHODS", "Corpus", "Method", "Query", "Size", "build", "parse_terms", "prepare", "left_out", "listed", "query_notes", "shortfalls", "undated_notes", "written_alike"]
