"""Recalled events: a later report of something that happens once is dated to when it happened.

A phone is introduced once, a company founded once, a person born once. "When Jobs first
introduced iPhone 4", written two months later, or "the recently announced iPhone 4" in a
report of its pre-orders, speak of the day it was unveiled, not of the day they were written.
So a report of such a kind (`ONCE`; "announced" and "unveiled" tell a launch in other words)
about a thing, undated (a participle describing the name, see `extract._attributive`) or
dated only by its article's focus day or by a day it computed ("Tuesday"), takes the day that
reports with a time expression (their own, or their lead's) give that thing's event, when
they all give one day and it is earlier. A thing whose event those reports put on several days
(Apple launches many products) is not one that happens once, and is left alone; so are
statements of the future ("will launch") and reports with a stated day of their own.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from dateline.events.extract import LEAD_SENTENCES, ONCE, STATED_CERTAINTY
from dateline.model import EventAnchor, EventMention, EventStatus



def _things(mention: EventMention, people: Collection[str], places: Collection[str]) -> list[str]:
    """The arguments an event that happens once happens to: things and organizations."""
    return [a for a in mention.arguments if a not in people and a not in places]


def recall(mentions: Sequence[EventMention], published: Mapping[str, dt.date | None],
           people: Collection[str], places: Collection[str]) -> None:
    """Date each recalled report to its event's day, in place (see the module docstring).
    `published`: each article's publication day, by id."""
    days: dict[tuple[str, str], set[dt.date]] = defaultdict(set)  # (kind, thing) -> stated days
    for m in mentions:
        # Dated by an expression: its own, or, in its article's lead, the one that made the
        # article's focus day ("Apple unveiled the phone" after "on Monday").
        stated = m.anchor is EventAnchor.EXPRESSION or (m.anchor is EventAnchor.FOCUS_DAY and m.sentence < LEAD_SENTENCES
                                            and published.get(m.article_id) not in (None, m.date))
        if m.kind in ONCE and stated and m.date is not None and m.status is EventStatus.HAPPENED:
            for thing in _things(m, people, places):
                days[(ONCE[m.kind], thing)].add(m.date)
    for m in mentions:
        if m.kind not in ONCE or m.status is not EventStatus.HAPPENED:
            continue
        kind = ONCE[m.kind]
        found = {next(iter(d)) for t in _things(m, people, places)
                 if len(d := days.get((kind, t), set())) == 1}
        if len(found) != 1:
            continue
        day = found.pop()
        if day == m.date:
            m.kind = kind  # the unveiling itself: one kind with its later reports, to group with them
        elif m.date is None or (day < m.date and (m.anchor is not EventAnchor.EXPRESSION or m.certainty < STATED_CERTAINTY)):
            m.date, m.value, m.anchor, m.kind = day, day.isoformat(), EventAnchor.EARLIER_REPORT, kind
