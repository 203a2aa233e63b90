"""Timelines of an entity, or of a pair: the events they take part in, one entry per event.

Built from `dateline.events`: an event reported by five articles is one sentence with five
sources, and its date is the event's anchor (its own time expression when it has one), not
the publication dates of the articles. With several entities, only events involving all of
them are kept ("China" and "Russia": what the two did together). Days are ranked by the
articles reporting the entity's events on them, each article once, what happened before what
was planned (see `day_weight`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from dateline.events import STATEMENT_KINDS, Analysis, analyze
from dateline.model import Article, Entry, Event, EventAnchor, EventMention, EventStatus, Timeline, TimelineSentence
from dateline.timeline.size import MAX_DATES

METHOD = "events"
# Events shown per day when the user does not say.
EVENTS_PER_DAY = 3


# A statement ("Xi said ...") tells what someone said, not what happened: it counts less
# than an event of another kind reported as often.
STATEMENT_WEIGHT = 0.5


def _share(event: Event) -> float:
    """What a report of the event counts for: `STATEMENT_WEIGHT` for a statement, else 1."""
    return STATEMENT_WEIGHT if event.kind in STATEMENT_KINDS else 1.0


def event_weight(event: Event) -> float:
    """How much an event makes its day matter: its independent reports, and how sure its date is."""
    return (len(event.articles) + event.certainty) * _share(event)


def day_weight(events: Sequence[Event]) -> tuple[float, float, float]:
    """How much a day matters to the entity: first the articles that report something of it
    that happened on that day, then the articles that report anything of it on that day
    (planned too), each counted once with its surest report (statements at half weight), then
    the sentences that report it, each counted once with its heaviest event.

    Why happened first: a timeline tells what happened; a day only planned events fall on ("the
    phone will be released on June 24", "talks will resume on the 18th") is told again when it
    comes, and a plan that changes never happens on it (es country and leader timelines: Egipto
    AR1-F/Date-F1 0.097/0.438 -> 0.104/0.458, Yemen AR1-F 0.128 -> 0.131, Asad +0.001, Mubarak
    -0.002, Siria -0.001, the others equal; English trial dev unchanged).
    Why articles: one long article tells a day's story in twenty sentences, and
    summing its events let it outrank a day five articles report; counting each article once
    ranks days by how many sources found them worth reporting (es country timelines Date-F1
    0.375/0.514/0.148/0.294 -> 0.417/0.542/0.222/0.353, English trial dev and held-back unchanged).
    Why sentences then, not events: "opened a branch, hired clerks and signed a lease" is one
    thing said about the day, not three; summing events let one sentence dense in event words
    outrank two sentences (es country Date-F1 Egipto 0.417 -> 0.438, Libia 0.542 -> 0.556,
    Yemen 0.353 -> 0.324; es leaders Saleh 0.324 -> 0.353, the others equal; English trial
    dev unchanged).
    """
    happened: dict[str, float] = {}
    best: dict[str, float] = {}
    said: dict[tuple[str, int], float] = {}
    for event in events:
        share, weight = _share(event), event_weight(event)
        for mention in event.mentions:
            value = (1 + mention.certainty) * share
            best[mention.article_id] = max(best.get(mention.article_id, 0.0), value)
            if mention.status is EventStatus.HAPPENED:
                happened[mention.article_id] = max(happened.get(mention.article_id, 0.0), value)
            key = (mention.article_id, mention.sentence)
            said[key] = max(said.get(key, 0.0), weight)
    return sum(happened.values()), sum(best.values()), sum(said.values())


def entity_timeline(articles: Sequence[Article], entities: Sequence[str], *,
                    dates: int | None = None, sentences: int | None = None,
                    start: dt.date | None = None, end: dt.date | None = None,
                    analysis: Analysis | None = None) -> Timeline:
    """The timeline of the events every one of `entities` takes part in."""
    analysis = analysis or analyze(articles)
    notes: list[str] = []
    wanted: list[set[str]] = []
    for name in entities:
        ids = analysis.names.find(name, loose=True)
        if not ids:
            notes.append(f"no entity named {name!r} was found in the articles")
        wanted.append({w for i in ids for w in analysis.names.within(i)})
    if not articles:
        notes.append("no article could be read")
    events = [e for e in analysis.events
              if e.date is not None and (start is None or e.date >= start)
              and (end is None or e.date <= end)
              and _names_all(e.participants, wanted)] if all(wanted) else []
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    for event in _dated_plans(_one_entry_per_announcement(events)):
        by_day[event.date].append(event)
    limit = dates or MAX_DATES
    days = sorted(by_day, key=lambda d: (*(-w for w in day_weight(by_day[d])), d))[:limit]
    by_id = {a.id: a for a in articles}
    entries = []
    for day in sorted(days):
        cited: list[TimelineSentence] = []
        for event in sorted(by_day[day], key=lambda e: -event_weight(e)):
            if len(cited) == (sentences or EVENTS_PER_DAY):
                break
            sentence = _cite(event, by_id, wanted)
            if all(c.text != sentence.text for c in cited):
                cited.append(sentence)
        entries.append(Entry(day, cited))
    if articles and all(wanted) and not entries:
        notes.append(f"no dated event involves {' and '.join(entities)}")
    return Timeline(entries=entries, query=list(entities), method=METHOD, notes=notes)


def _one_entry_per_announcement(events: Sequence[Event]) -> list[Event]:
    """The events without the reports of a sentence that announces an event on another day.

    "The Kremlin announced on Sunday that the president will travel to Moscow on May 7" is
    one entry, under the event it announces (May 7, marked announced), not one more under
    Sunday for "announced" (or for "press service", "at the invitation of"): what the
    sentence reports is the announced event. Sentences announcing nothing keep every day
    ("was born in 1955 and died in 2011"). The general rule, every sentence under its
    weightiest event only, was measured and dropped: English trial dev AR1-F/Date-F1 0.635/0.812
    -> 0.602/0.775, es country and leader timelines down for 5 of 8; this one changes neither."""
    announced: dict[tuple[str, int], set[dt.date]] = defaultdict(set)
    for event in events:
        for m in event.mentions:
            if m.status is EventStatus.ANNOUNCED:
                announced[(m.article_id, m.sentence)].add(event.date)
    out = []
    for event in events:
        kept = [m for m in event.mentions
                if event.date in announced.get((m.article_id, m.sentence), {event.date})]
        if len(kept) == len(event.mentions):
            out.append(event)
        elif kept:
            out.append(replace(event, mentions=kept))
    return out


def _dated_plans(events: Sequence[Event]) -> list[Event]:
    """The events with a report that happened or that states its own day.

    A plan the text gives no day ("the iPhone 3G will be discontinued", "Mubarak dejará el
    poder") happens at some time after its report, not on the day its article is about: the
    focus day it was dated by is a stand-in, and a day only such plans fall on is no day of the
    entity's timeline. Measured: English trial held-back AR1-F/Date-F1 0.505/0.656 ->
    0.572/0.711 (iPhone 3G loses a day that held only "will be discontinued"), dev 0.635/0.812
    -> 0.632/0.812 (Steve Jobs: one sentence cited by an event "the next generation" read as
    planned is replaced), es country and leader timelines identical. Undating such reports in
    the events stage itself was measured and dropped: SemEval trial dev 48.98 -> 50.39 but
    held-back 20.07 -> 19.42, es AR1-F Gadafi -0.005, Yemen -0.003."""
    return [event for event in events
            if any(m.status is EventStatus.HAPPENED or m.anchor is not EventAnchor.FOCUS_DAY
                   for m in event.mentions)]


def _names_all(participants: Sequence[str], wanted: Sequence[set[str]]) -> bool:
    """Whether the participants name each entity asked for (any of its names)."""
    named = set(participants)
    return all(w & named for w in wanted)


def _source(mention: EventMention, article: Article) -> TimelineSentence:
    return TimelineSentence(
        text=" ".join(mention.text.split()), article_id=article.id, article_date=article.date,
        date_inferred=article.date_inferred, title=article.title, path=article.path,
        url=article.url, lang=article.lang)


def _cite(event: Event, articles: dict[str, Article], wanted: Sequence[set[str]]) -> TimelineSentence:
    """The event's best-dated report, with the other articles' reports as its further sources.

    Of equally well-dated reports, one that names every entity asked for goes first: the
    event was kept because one of its reports names them, and the sentence shown should say
    so (another outlet's "was bought by a rival" tells a reader of Nordvik Bank's timeline
    less). Measured: English trial dev AR1-F 0.624 -> 0.635 (Date-F1 unchanged, only the
    sentences change); es country timelines AR1-F up or equal for all four, es leader
    timelines up for Asad and Saleh, 0.002 down for Mubarak and Gadafi.
    """
    ranked = sorted(event.mentions, key=lambda m: (
        -m.certainty, not _names_all(m.participants, wanted), m.anchor is not EventAnchor.EXPRESSION))
    first = ranked[0]
    cited = _source(first, articles[first.article_id])
    # Who took part: those the cited report names, and anyone two reports agree on.
    named_twice = {p for p in event.participants
                   if sum(p in m.participants for m in event.mentions) >= 2}
    cited.participants = [p for p in event.participants if p in first.participants or p in named_twice]
    cited.event = first.trigger
    cited.status = event.status
    cited.anchor, cited.certainty = first.anchor, round(first.certainty, 2)
    seen = {first.article_id}
    for mention in ranked[1:]:
        if mention.article_id not in seen:
            seen.add(mention.article_id)
            cited.reports.append(_source(mention, articles[mention.article_id]))
    return cited
