"""One event, many reports: mentions from several articles grouped into events.

Two mentions are reports of one event when they are of the same kind ("visit"), at
compatible times (the same day; a day apart when either was dated only by its article's
publication; a plan dated by its month or week and the one such event that month), and
about the same actors (at least half of the smaller participant set shared, or one shared
and the two sentences alike in wording; statements, and event words no trigger list holds,
always need the wording, and the latter the same word). Grouping is single-link within a
kind and a few days, so it costs little even on large collections.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from dateline.events.extract import OPEN_KIND
from dateline.events.lexicon import fold
from dateline.model import Event, EventAnchor, EventMention, EventStatus

# Word overlap (Jaccard over words of four letters or more) above which two sentences
# sharing a participant tell the same thing.
SIMILAR_WORDING = 0.25
# Share of the smaller participant set two reports of one event have in common.
SHARED_PARTICIPANTS = 0.5
_WORD = re.compile(r"\w{4,}")
# The anchor value of a mention dated only by its month ("next week" within one month, "in May").
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}-XX")
# Kinds of event that are statements ("said"): two statements by the same people on one day
# are one only when their sentences say the same thing.
STATEMENT_KINDS = frozenset({"say"})
# Of two equally sure reports of one event published on the same day, the one telling more.
_SURENESS = {EventStatus.PLANNED: 0, EventStatus.ANNOUNCED: 1, EventStatus.HAPPENED: 2}


def _compatible(a: EventMention, b: EventMention) -> bool:
    if a.date is None or b.date is None:
        return False
    slack = 1 if EventAnchor.FOCUS_DAY in (a.anchor, b.anchor) else 0
    return abs((a.date - b.date).days) <= slack


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(text)))


def _sort(m: EventMention) -> str:
    """What two reports of one event must share: the kind, and for an event word no trigger
    list holds, the word itself."""
    return f"{m.kind}:{fold(m.trigger)}" if m.kind == OPEN_KIND else m.kind


def _same_event(a: EventMention, b: EventMention,
                words: Callable[[str], frozenset[str]] = _words) -> bool:
    """Whether two mentions of one sort (`_sort`: "has" and "uses" in one article are two
    things, though both "act"; `group_events` compares only mentions it filed under one)
    report one event (see the module docstring). `words` reads a sentence's words, asked only
    where the participants leave it to the wording."""
    return _compatible(a, b) and _same_actors(a, b, words)


def _same_actors(a: EventMention, b: EventMention, words: Callable[[str], frozenset[str]]) -> bool:
    """Whether two mentions of one sort are about the same actors (see the module docstring)."""
    pa, pb = set(a.participants), set(b.participants)
    shared = len(pa & pb)
    if not shared:
        return False
    if shared >= SHARED_PARTICIPANTS * min(len(pa), len(pb)) and a.kind not in STATEMENT_KINDS \
            and a.kind != OPEN_KIND:
        return True
    words_a, words_b = words(a.text), words(b.text)
    union = len(words_a | words_b) or 1
    return len(words_a & words_b) / union >= SIMILAR_WORDING


def group_events(mentions: Sequence[EventMention],
                 published: Mapping[str, dt.date | None] | None = None) -> list[Event]:
    """Events of the collection, each with all its mentions; undated mentions stay alone.

    The surest-dated mentions go first and each starts an event that later mentions join if
    they report the same thing as its first mention: a chain of reports a day apart each
    cannot stretch one event over a week, as linking any two alike reports would.
    `published` (article id → publication day) tells which report is the latest: its status
    is the event's ("will visit Moscow on Monday", then "arrived in Moscow on Monday").
    """
    # Each sentence's words are read once, and only if a comparison comes to its wording
    # (most do not: the participants decide); several mentions share one sentence.
    words = cache(_words)
    order = sorted(range(len(mentions)), key=lambda i: (-mentions[i].certainty, i))
    seeds: dict[tuple[str, dt.date], list[int]] = defaultdict(list)  # (sort, day) -> seed mentions
    groups: dict[int, list[int]] = {}
    for i in order:
        m = mentions[i]
        home = None
        sort = _sort(m)
        if m.date is not None:
            for d in (0, -1, 1):
                for seed in seeds.get((sort, m.date + dt.timedelta(days=d)), ()):
                    if _same_event(mentions[seed], m, words):
                        home = seed
                        break
                if home is not None:
                    break
        if home is None:
            groups[i] = [i]
            if m.date is not None:
                seeds[(sort, m.date)].append(i)
        else:
            groups[home].append(i)
    _join_plans_of_a_month(mentions, order, seeds, groups, words)
    ordered = sorted(groups.values(), key=min)
    return [_event(n, [mentions[i] for i in sorted(members)], published or {})
            for n, members in enumerate(ordered)]


def _join_plans_of_a_month(mentions: Sequence[EventMention], order: Sequence[int],
                           seeds: Mapping[tuple[str, dt.date], list[int]], groups: dict[int, list[int]],
                           words: Callable[[str], frozenset[str]]) -> None:
    """A plan dated only by its month or week ("will visit Moscow next week") joins the event of
    its sort and actors on a day of that month, if exactly one fits: its fulfilment ("arrived
    in Moscow on Monday"). Two such events that month (two visits) leave the plan alone."""
    by_month: dict[tuple[str, str], list[int]] = defaultdict(list)
    for (sort, day), ids in seeds.items():
        by_month[(sort, day.isoformat()[:7])] += ids
    for i in order:
        m = mentions[i]
        if m.date is not None or m.status is EventStatus.HAPPENED or not _MONTH_VALUE.fullmatch(m.value):
            continue
        fits = [seed for seed in by_month.get((_sort(m), m.value[:7]), ())
                if _same_actors(mentions[seed], m, words)]
        if len(fits) == 1:
            groups[fits[0]].append(i)
            del groups[i]


def _event(n: int, members: list[EventMention], published: Mapping[str, dt.date | None]) -> Event:
    """The event a group of mentions reports: its surest anchor, everyone who took part, and
    the status its latest report gives it.

    Why the latest: a plan reported on Thursday ("will visit Moscow on Monday") and its
    fulfilment reported on Tuesday ("arrived in Moscow on Monday") are one event, and what
    is known of it now is that it happened; a plan no later report fulfils stays planned.
    Of reports published the same day (or undated), the surest-dated speaks for the event
    (a sentence stating the day outweighs one dated by its article's), then one that it
    happened outweighs one that it is announced, which outweighs a plan."""
    best = max(members, key=lambda m: (m.date is not None, m.certainty, m.anchor is EventAnchor.EXPRESSION))
    participants = list(dict.fromkeys(p for m in members for p in m.participants))
    latest = max(members, key=lambda m: (published.get(m.article_id) or dt.date.min, m.certainty,
                                         _SURENESS[m.status]))
    return Event(id=f"e{n}", kind=best.kind, participants=participants, date=best.date,
                 value=best.value, status=latest.status, certainty=best.certainty, mentions=members)
