"""What a time expression means before it is anchored to a date.

The grammar turns matched text into one of these; `resolve.py` turns them into TIMEX3
values given the publication date, the date last mentioned and the tense of the clause.
Publication-date inference reads them too, since they hold what the text says without any
assumption about when it was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Anchor(Enum):
    """What a relative expression is counted from."""

    DCT = "dct"  # the publication date: "next week", "two years ago", "Friday"
    REF = "ref"  # the date last mentioned: "the next day", "two days later"
    AGO = "ago"  # back from publication, or from the period in focus: "a year ago"
    MONTH = "month"  # the named month nearest publication on a side: "last March"
    SEASON = "season"  # the named season nearest publication on a side: "last summer"
    CLOCK = "clock"  # a clock time on the day in focus: "at 10 p.m."
    FOCUS = "focus"  # the period under discussion: "the quarter", "the same period"
    # from publication, but in a past clause from the date last mentioned: "через год" is "in a
    # year" and, after a past verb, "a year later" ("вернулся через год"); "на следующей неделе"
    # is "next week" and, after one, "the following week" (a language file's `later+1` shift)
    LATER = "later"


def _check_anchor(anchor: object) -> None:
    """Fail at once on an anchor written as a string (as before anchors were types)."""
    if not isinstance(anchor, Anchor):
        raise TypeError(f"anchor must be an Anchor, not {anchor!r}")


@dataclass(frozen=True, slots=True)
class Calendar:
    """A named calendar period: "March 17, 2023", "May", "the third quarter", "summer".

    `year` is None when the text leaves it out and context must supply it. A negative `day`
    counts from the month's end (-1: "the last day of February", 28 or 29 by the year). `gran` is the
    granularity of `values.ORDER`; `month`/`day` place the period, `index` numbers quarters,
    halves and seasons' first months. `part` is a part of day ("MO") or a clock time ("14:30").
    `weekday` is a weekday the text names alongside the date ("Thursday, May 8");
    `year_shift` places a yearless period relative to the publication year ("this year's
    third quarter": 0, "last year's": -1), or with `year_anchor` REF to the year of the date last
    mentioned ("el 24 de marzo de ese año" after "en 2013": 0). `shift` says on which side of the
    publication date a yearless date falls ("el pasado 25 de enero": -1, "le 5 mai prochain": +1).
    """

    gran: str
    year: int | None = None
    month: int = 1
    day: int = 1
    part: str | None = None
    weekday: int | None = None
    year_shift: int | None = None
    shift: int | None = None
    year_anchor: Anchor = Anchor.DCT


@dataclass(frozen=True, slots=True)
class Relative:
    """A period counted from the publication date ("last week") or the last date ("the next day").

    `n` units of `unit` from the anchor, reported at granularity `gran` (None: the unit's
    own). `n` None is an unknown amount ("several years ago"). `year` moves the result into a
    named year ("the 1988 quarter"). `month` is the first month of the named month or season
    of the MONTH and SEASON anchors ("last March": 3, "last summer": 6), and `base` what those
    count from: the publication date (DCT), the date last mentioned (REF: "the following spring",
    "la primavera siguiente") or either by the clause's tense (LATER: "следующей весной").
    """

    unit: str
    n: int | None
    anchor: Anchor = Anchor.DCT
    gran: str | None = None
    part: str | None = None
    year: int | None = None
    month: int | None = None
    base: Anchor = Anchor.DCT

    def __post_init__(self) -> None:
        _check_anchor(self.anchor)
        _check_anchor(self.base)


@dataclass(frozen=True, slots=True)
class WeekdayRef:
    """A weekday, placed before or after the anchor (DCT or REF) by `shift` (-1, 0, +1) or by
    tense (None). `nearest`: named with "this" where that means the nearest one ("este viernes"),
    which a past verb does not push a week back (see `resolve._resolve_weekday`)."""

    weekday: int
    shift: int | None = None
    anchor: Anchor = Anchor.DCT
    part: str | None = None
    nearest: bool = False

    def __post_init__(self) -> None:
        _check_anchor(self.anchor)


@dataclass(frozen=True, slots=True)
class HolidayRef:
    """A holiday by rule (`12-25`, `easter-2`, `11/4/4`), in a given year or one to find."""

    rule: str
    year: int | None = None
    shift: int | None = None


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A day of the month without its month: "el día 25", "el pasado día 21", "il giorno 3".

    The month is that of the date in focus, else the one around the publication date that
    `shift` (-1, +1) or the clause's tense points at; a `weekday` named with it ("Tuesday the
    14th") picks the month where the day is that weekday.
    """

    day: int
    shift: int | None = None
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class Offset:
    """Days before or after a day another expression names: "two weeks from next Tuesday",
    "the day before last Tuesday", "3 days after tomorrow". The base is anchored first, as it
    would be on its own, then moved `days` (negative: before)."""

    base: Relative | WeekdayRef
    days: int


@dataclass(frozen=True, slots=True)
class Literal:
    """A value that needs no anchoring: durations, sets, PRESENT_REF and friends."""

    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TenseRef:
    """A time named only as one gone by or one to come, the clause's tense saying which: "one
    day" as an adverb ("y un día me acordé": PAST_REF; "Islam will one day be": FUTURE_REF).

    `lean`: the side the words name where no verb's tense is read ("однажды" mostly tells of
    the past, "someday" of what is to come); `amount`: instead, the duration the same words also
    are ("un día": P1D), which they stay there ("Un día histórico", a headline without a verb)."""

    lean: str = "FUTURE_REF"
    amount: str | None = None


Meaning = Calendar | Relative | WeekdayRef | HolidayRef | MonthDay | Offset | Literal | TenseRef
