"""Anchor meanings to the calendar: from "last Friday" to `2023-03-17`.

The anchors are the ones a careful reader uses: the publication date (DCT) for deictic
expressions ("yesterday", "next week"), the date last mentioned for anaphoric ones ("the next
day", "two days later"), and the tense of the clause for names without a year ("on March 17",
"Friday": before publication in a past-tense clause, after it in a future one).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from dateline.model import Resolution
from dateline.temporal import hijri
from dateline.temporal import values as V
from dateline.temporal.meanings import (
    Anchor,
    Calendar,
    HolidayRef,
    Literal,
    Meaning,
    MonthDay,
    Offset,
    Relative,
    TenseRef,
    WeekdayRef,
)
from dateline.temporal.tense import FUTURE, PAST, side_of


@dataclass(slots=True)
class Context:
    """What anchoring needs: publication date, last mentioned date, and the clause's tense."""

    dct: dt.date | None
    # The dct is the first full date of the text, standing in for an unknown publication date: the
    # story goes on after it, so a verb's tense says nothing sure about the side of it a date is on
    # ("opened on July 12th, 2014. On July 13th the crowds grew").
    dct_from_text: bool = False
    ref: V.Point | None = None
    ref_sentence: int = -1
    sentence: int = 0
    tense: str | None = None
    tense_sure: bool = False
    tense_adjacent: bool = False  # the tense's word is right before the expression, sure or not
    # the tense's word is no verb of the expression's clause: a verb of saying before a clause
    # opener ("заявил, что на следующей неделе посетит"), a word of another expression
    tense_foreign: bool = False
    names_event: bool = False  # the date names an event: "the revolution of January 25"
    # The first period mentioned of each granularity: the one a report is about ("posted a gain in
    # third-quarter net ... after a flat second quarter ... the year-earlier period" compares the
    # third), what "the quarter", "the latest period" and "a year ago" read.
    first_of: dict[str, V.Point] = field(default_factory=dict)
    # The last date mentioned of each granularity: "ese mismo día" after "en 1996" is the day
    # mentioned before the year, not the publication date.
    # (Kept in the order mentioned: a dict keeps its keys' insertion order.)
    last_of: dict[str, V.Point] = field(default_factory=dict)

    def mentioned(self, point: V.Point, sentence: int) -> None:
        """A date the text mentions becomes the one in focus (and the first of its granularity
        reported on, if it is: a period still to come is not reported on)."""
        self.ref, self.ref_sentence = point, sentence
        self.last_of.pop(point.gran, None)
        self.last_of[point.gran] = point
        if self.dct is None or point.start <= self.dct:  # not one still to come
            self.first_of.setdefault(point.gran, point)

    def recent_ref(self, sentences: int = 1) -> V.Point | None:
        """The last mentioned date if it was mentioned in this or the previous sentence(s)."""
        if self.ref is not None and self.sentence - self.ref_sentence <= sentences:
            return self.ref
        return None


class Resolved(NamedTuple):
    """A meaning's value in context (None: it has none), what it was computed from, and why
    in words (for people: code reads `resolution`)."""

    value: str | None
    resolution: Resolution
    explanation: str


def _with_part(value: str, part: str | None) -> str:
    return f"{value}T{part}" if part else value


def _unknown(meaning: Meaning) -> str:
    """The value of an expression that cannot be anchored (no publication date)."""
    if isinstance(meaning, Calendar):
        if meaning.year is not None:
            return _calendar_value(meaning, meaning.year) or "XXXX"
        if meaning.gran == "D":
            day = f"{meaning.day:02d}" if meaning.day > 0 else "XX"  # a last day: the year says which
            return _with_part(f"XXXX-{meaning.month:02d}-{day}", meaning.part)
        if meaning.gran == "M":
            return f"XXXX-{meaning.month:02d}"
    return "XXXX-XX-XX" if getattr(meaning, "part", None) is None else "XXXX-XX-XXT" + str(meaning.part)


def calendar_point(meaning: Calendar, year: int) -> V.Point | None:
    """The period a yearless or dated calendar meaning names in a year (None: no such day)."""
    if not V.MIN_YEAR <= year <= V.MAX_YEAR:
        return None
    try:
        n = meaning.day if meaning.day > 0 else calendar.monthrange(year, meaning.month)[1] + 1 + meaning.day
        day = dt.date(year, meaning.month, n)
    except ValueError:
        return None
    if meaning.gran == "SE":
        return V.Point("SE", day)
    return V.floor(day, meaning.gran)


def _calendar_value(meaning: Calendar, year: int) -> str | None:
    point = calendar_point(meaning, year)
    if point is None:
        if meaning.gran == "D" and 1 <= meaning.month <= 12:  # "February 31": the day is unknown
            return f"{year:04d}-{meaning.month:02d}-XX"
        return None
    return _with_part(V.format_point(point), meaning.part)


# How much closer the reading against the clause's tense must be to win: "on Jan. 14" in a
# past-tense sentence of Jan. 6 is still the coming Jan. 14, not last year's.
TENSE_WEIGHT = 4


def choose_by_tense(candidates: list[V.Point], anchor: dt.date, tense: str | None) -> V.Point:
    """Among the same period in neighbouring years, the one a reader would take.

    The nearest to the anchor, where a reading that agrees with the clause's tense (a past
    period for a past-tense clause) counts as TENSE_WEIGHT times nearer than one that does not.
    """
    def cost(point: V.Point) -> tuple[int, bool]:
        distance = V.distance(point, anchor)
        agrees = tense is None or (point.start <= anchor if tense == PAST else point.end > anchor)
        return (distance if agrees else distance * TENSE_WEIGHT), point.start > anchor

    return min(candidates, key=cost)


def _on_side(candidates: list[V.Point], dct: dt.date, tense: str) -> list[V.Point]:
    """The candidates on the side of the publication date the tense says (all if none is): a
    period holding the publication date is on both ("El Primero de Mayo será ...", published May 1)."""
    return [p for p in candidates if (p.start <= dct if tense == PAST else p.end > dct)] or candidates


_NO_DCT = "no publication date"


def _resolve_calendar(meaning: Calendar, ctx: Context) -> Resolved:
    if meaning.year is not None:
        return Resolved(_calendar_value(meaning, meaning.year), Resolution.STATED, "explicit date")
    if ctx.dct is None:
        return Resolved(_unknown(meaning), Resolution.UNANCHORED, _NO_DCT)
    if meaning.year_shift is not None and _later(meaning.year_anchor, ctx) is Anchor.REF and ctx.ref is not None:
        return Resolved(_calendar_value(meaning, ctx.ref.start.year + meaning.year_shift),
                        Resolution.LAST_DATE, f"year {meaning.year_shift:+d} from the date last mentioned")
    if meaning.year_shift is not None:
        return Resolved(_calendar_value(meaning, ctx.dct.year + meaning.year_shift),
                        Resolution.YEAR_FROM_PUBLICATION, f"year {meaning.year_shift:+d} from publication date")

    years = range(ctx.dct.year - 1, ctx.dct.year + 2)
    candidates = [p for p in (calendar_point(meaning, y) for y in years) if p is not None]
    if meaning.weekday is not None:  # "Monday, Oct. 26": the year in which that is a Monday
        agreeing = [p for p in candidates if p.start.isoweekday() == meaning.weekday]
        if agreeing:
            candidates = agreeing
    if not candidates:
        if meaning.gran == "D":  # an impossible day ("February 31") in the DCT's year
            return Resolved(f"{ctx.dct.year:04d}-{meaning.month:02d}-XX", Resolution.YEAR_FROM_PUBLICATION,
                            "impossible day, year from publication date")
        return Resolved(None, Resolution.YEAR_FROM_PUBLICATION, "no such date")
    if ctx.names_event and (past := [p for p in candidates if p.start <= ctx.dct]):
        # An event named by its date has happened: its last occurrence, whatever the tense.
        point = max(past, key=lambda p: p.start)
        return Resolved(_with_part(V.format_point(point), meaning.part), Resolution.YEAR_FROM_PUBLICATION,
                        "names an event: its last occurrence before publication")
    side = side_of(meaning.shift)  # "el pasado 25 de enero": on the side it names
    tense = side or ctx.tense
    if side or (ctx.tense_sure and tense is not None):  # ... or "met on March 17"
        candidates = _on_side(candidates, ctx.dct, tense)
    point = choose_by_tense(candidates, ctx.dct, tense)
    if side is None and point.start.year > ctx.dct.year and (held := _in_year_under_review(candidates, ctx.dct, ctx)):
        return Resolved(_with_part(V.format_point(held), meaning.part), Resolution.YEAR_FROM_PUBLICATION,
                        "year from publication date: the year in focus, not the next")
    return Resolved(_with_part(V.format_point(point), meaning.part), Resolution.YEAR_FROM_PUBLICATION,
                    f"year from publication date, {_tense_words(tense, side)}")


def _in_year_under_review(candidates: list[V.Point], dct: dt.date, ctx: Context) -> V.Point | None:
    """The reading in the publication year, already past, that a yearless date takes instead
    of one in the next year when the text is going over the past year: "March 3: ..." after
    "October 12: ..." in a review published on December 30 is this March, not next.

    That is when the clause is not in the future tense and the date in focus (the list's
    previous entry, or "2023" in "2023 in review") is a past period of the publication year.
    Without such a focus the nearest reading stays ("payable Jan. 2" in November, "the vote on
    January 10" in December).
    """
    ref = ctx.ref
    if ctx.tense not in (None, PAST) or ref is None or ref.start.year != dct.year or ref.start > dct:
        return None
    held = [p for p in candidates if p.start.year == dct.year and p.end <= dct + dt.timedelta(days=1)]
    return held[0] if held else None


def _shift_from(base: V.Point, n: int, unit: str, gran: str) -> V.Point | None:
    """Move `n` units from a base period and report the result at granularity `gran`."""
    unit = {"WE": "W"}.get(unit, unit)
    if unit not in ("D", "W", "M", "Q", "HY", "Y", "DE", "CE"):
        return None
    moved = V.add(base.start, n, unit)
    return V.floor(moved, gran) if moved is not None else None


def _period_in_focus(ctx: Context) -> V.Point | None:
    """The period a comparison ("from a year ago") is made for: a quarter, half or month
    mentioned in this or the two sentences before, else the quarter the text reports on
    (an earnings report names its quarter once and compares with "a year ago" paragraphs later)."""
    ref = ctx.recent_ref(2)
    if ref is None or ref.gran not in ("Q", "HY", "M"):
        ref = ctx.first_of.get("Q")
    return ref if ref is not None and ref.start <= ctx.dct else None


def counted_from(anchor: Anchor, tense: str | None, tense_foreign: bool) -> Anchor:
    """What a LATER anchor counts from in a clause of this tense: the date last mentioned after a
    past verb of its own ("вернулся через год", "а на следующей неделе вернулся"), else the
    publication date ("через год", "заявил, что на следующей неделе посетит": the saying is
    past, the clause it opens is not). Other anchors are themselves. Dating reads it too."""
    if anchor is not Anchor.LATER:
        return anchor
    return Anchor.REF if tense == PAST and not tense_foreign else Anchor.DCT


def _later(anchor: Anchor, ctx: Context) -> Anchor:
    """`counted_from` in the resolution context's clause."""
    return counted_from(anchor, ctx.tense, ctx.tense_foreign)


def _named_from(ref: V.Point, n: int, month: int, gran: str) -> V.Point | None:
    """The named month or season (`gran` M or SE, first month `month`) `n` from a date: the first
    one after it ("the following spring" after 2015: 2016-SP), the last one begun before it and
    over by its end ("the previous winter" before 2019: 2018-WI, which runs into 2019), or (0)
    the one of its year."""
    years = range(ref.start.year - 2, ref.start.year + 3)
    candidates = [V.Point(gran, dt.date(y, month, 1)) for y in years]
    if n > 0:
        return min((p for p in candidates if p.start >= ref.end), key=lambda p: p.start, default=None)
    if n < 0:
        return max((p for p in candidates if p.start < ref.start and p.end <= ref.end),
                   key=lambda p: p.start, default=None)
    return V.Point(gran, dt.date(ref.start.year, month, 1))


def _fine_enough(ctx: Context, gran: str) -> V.Point | None:
    """The date an anaphoric expression of granularity `gran` counts from ("that day", "the
    next day"): the last one mentioned, or if that is coarser ("in 1996"), the last one
    mentioned that names a period as short as `gran` or shorter (None: none was)."""
    if ctx.ref is None or V.RANK[ctx.ref.gran] >= V.RANK[gran]:
        return ctx.ref
    return next((p for g, p in reversed(ctx.last_of.items()) if V.RANK[g] >= V.RANK[gran]), None)


def _weekend(point: V.Point) -> str:
    return V.format_point(V.floor(point.start, "W")) + "-WE"


def _resolve_relative(meaning: Relative, ctx: Context) -> Resolved:
    if ctx.dct is None:
        return Resolved(_unknown(meaning), Resolution.UNANCHORED, _NO_DCT)
    if meaning.n is None:
        return Resolved("PAST_REF" if meaning.anchor is Anchor.AGO else "FUTURE_REF", Resolution.STATED,
                        "unknown amount")
    unit = meaning.unit
    gran = meaning.gran or V.UNIT_GRAN.get(unit, "D")
    anchor = _later(meaning.anchor, ctx)  # "через год": "a year later" after a past verb, else "in a year"
    if anchor in (Anchor.MONTH, Anchor.SEASON) and meaning.month is not None \
            and _later(meaning.base, ctx) is Anchor.REF and ctx.ref is not None \
            and (point := _named_from(ctx.ref, meaning.n, meaning.month, "M" if anchor is Anchor.MONTH else "SE")):
        # "the following spring", "la primavera siguiente": from the date last mentioned
        return Resolved(V.format_point(point), Resolution.LAST_DATE,
                        f"named {'month' if point.gran == 'M' else 'season'} {meaning.n:+d} from the date last mentioned")
    if anchor is Anchor.MONTH and meaning.month is not None:  # "last March": from publication's month
        point = _named_from(V.floor(ctx.dct, "M"), meaning.n, meaning.month, "M")
        return Resolved(V.format_point(point), Resolution.PUBLICATION,
                        f"named month {meaning.n:+d} from publication date")
    if anchor is Anchor.SEASON and meaning.month is not None:  # "last summer"
        month = meaning.month
        current = V.floor(ctx.dct, "SE")
        this_year = V.Point("SE", dt.date(ctx.dct.year, month, 1))
        point = this_year
        if meaning.n < 0 and this_year.start >= current.start:
            point = V.Point("SE", dt.date(ctx.dct.year - 1, month, 1))
        elif meaning.n > 0 and this_year.start <= current.start:
            point = V.Point("SE", dt.date(ctx.dct.year + 1, month, 1))
        return Resolved(V.format_point(point), Resolution.PUBLICATION,
                        f"named season {meaning.n:+d} from publication date")
    if anchor is Anchor.CLOCK:
        # The day in focus, as a day of the month finds its month: "It opened on Sunday. The
        # mayor cut the ribbon at noon" is Sunday's noon; further back it is the publication day.
        ref = ctx.recent_ref(1)
        if ref is not None and ref.gran == "D":
            day, how, why = ref.start, Resolution.LAST_DATE, "clock time on the day last mentioned"
        else:
            day, how, why = ctx.dct, Resolution.PUBLICATION, "clock time on the publication date"
        return Resolved(_with_part(V.format_point(V.Point("D", day)), meaning.part), how, why)
    if anchor is Anchor.FOCUS:  # "the quarter": the quarter under discussion, else the last complete one
        # A period still to come ("no recovery until the third quarter of 1990") is not the one
        # the text reports on.
        ref = ctx.first_of.get(gran)
        ref = ref if ref is not None and ref.start <= ctx.dct else None
        base = ref or V.shift(V.floor(ctx.dct, gran), -1, gran)
        point = _shift_from(base, meaning.n, unit, gran) if base is not None else None
        if point is not None and meaning.year is not None:
            point = _shift_from(point, meaning.year - point.start.year, "Y", gran)
        if ref is not None:
            how, why = Resolution.FOCUS, f"{meaning.n:+d} {unit} from the period in focus"
        else:
            how, why = Resolution.PUBLICATION, f"{meaning.n:+d} {unit} from the last {gran} before publication"
        return Resolved(V.format_point(point) if point else None, how, why)
    if anchor is Anchor.REF and (ref := _fine_enough(ctx, gran)) is not None:
        base, how, why = ref, Resolution.LAST_DATE, "last mentioned date"
        if meaning.gran is None:  # "a year earlier" keeps the granularity of what it compares
            gran = V.finer(base.gran, gran)
    elif anchor is Anchor.AGO and meaning.n == -1 and (ref := _period_in_focus(ctx)) is not None \
            and V.RANK[ref.gran] > V.RANK[gran]:
        # "profit rose from a year ago" after "the third quarter": the same quarter a year back
        # (but "41 years ago" is counted in years).
        base, how, why, gran = ref, Resolution.FOCUS, "period in focus", ref.gran
    elif anchor is Anchor.REF and meaning.n > 0 and ctx.tense == PAST:
        # "Three days later, the army announced ...", "Через три дня армия объявила" with no date
        # before it: counted from publication it would be a future date for a past event.
        return Resolved(_unknown(meaning), Resolution.UNANCHORED, "counted from a date the text does not give")
    else:
        base, how, why = V.Point("D", ctx.dct), Resolution.PUBLICATION, "publication date"
        if unit == "WE" and meaning.n == 0 and ctx.tense == PAST and ctx.dct.isoweekday() < 6:
            base, why = V.Point("D", ctx.dct - dt.timedelta(days=7)), "publication date, past tense"
    point = _shift_from(V.floor(base.start, gran) if gran != "D" else base, meaning.n, unit, gran)
    if point is None:
        return Resolved(None, how, "out of range")
    value = _weekend(point) if unit == "WE" else V.format_point(point)
    return Resolved(_with_part(value, meaning.part), how, f"{meaning.n:+d} {unit} from {why}")


def _resolve_weekday(meaning: WeekdayRef, ctx: Context) -> Resolved:
    if ctx.dct is None:
        return Resolved(_unknown(meaning), Resolution.UNANCHORED, _NO_DCT)
    if _later(meaning.anchor, ctx) is Anchor.REF and ctx.ref is not None:
        base, how, whence = ctx.ref.start, Resolution.LAST_DATE, "from the date last mentioned"
    else:
        base, how, whence = ctx.dct, Resolution.WEEKDAY, "from publication date"
    delta = (meaning.weekday - base.isoweekday()) % 7  # days forward to that weekday
    before = base - dt.timedelta(days=(7 - delta) % 7)  # on or before base
    after = base + dt.timedelta(days=delta)  # on or after base
    if meaning.shift == -1:
        day, why = (before if before < base else before - dt.timedelta(days=7)), "last"
    elif meaning.shift == 1:
        day, why = (after if after > base else after + dt.timedelta(days=7)), "next"
    elif meaning.shift == 0:
        day = base + dt.timedelta(days=meaning.weekday - base.isoweekday())
        why = "this week"
    elif ctx.tense_sure and not (meaning.nearest and ctx.tense == PAST):  # "said Friday": the verb settles the side
        day, why = (before if ctx.tense == PAST else after), f"tense {ctx.tense} of the verb before it"
    elif meaning.nearest and ctx.tense == FUTURE and ctx.tense_adjacent:
        # "Llegará este domingo" in a Monday paper: "this" is the nearest one on the side of the
        # verb right before it, even where only a future ending ("-rá") says so.
        day, why = after, f"tense {ctx.tense} of the verb before it, the nearest"
    else:
        # ... and "lanzaron este martes" in a Monday paper is the next day, not a week back: the
        # publication date lags the news by a day more often than "this" names last week's day.
        point = choose_by_tense([V.Point("D", before), V.Point("D", after)], base, ctx.tense)
        day, why = point.start, f"tense {ctx.tense}"
    return Resolved(_with_part(V.format_point(V.Point("D", day)), meaning.part), how,
                    f"weekday {whence}, {why}")


def _month_day(month_start: dt.date, day: int) -> V.Point | None:
    try:
        return V.Point("D", month_start.replace(day=day))
    except ValueError:
        return None


def _resolve_month_day(meaning: MonthDay, ctx: Context) -> Resolved:
    if ctx.dct is None:
        return Resolved(f"XXXX-XX-{meaning.day:02d}", Resolution.UNANCHORED, _NO_DCT)
    side = side_of(meaning.shift)
    focus = ctx.recent_ref(1)
    if focus is not None and focus.gran in ("D", "M"):  # "el 15 de marzo ... y el día 18"
        point = _month_day(focus.start.replace(day=1), meaning.day)
        if point is not None and (side is None or (point.start <= ctx.dct) == (side == PAST)) \
                and meaning.weekday in (None, point.start.isoweekday()):
            return Resolved(V.format_point(point), Resolution.LAST_DATE, "month of the date in focus")
    this_month = ctx.dct.replace(day=1)
    months = [V.add(this_month, k, "M") for k in (-1, 0, 1)]
    candidates = [p for month in months if month is not None
                  and (p := _month_day(month, meaning.day)) is not None]
    # "Tuesday the 14th": the month in which the 14th is a Tuesday, if one near is.
    candidates = [p for p in candidates if p.start.isoweekday() == meaning.weekday] or candidates
    if side is not None:
        candidates = _on_side(candidates, ctx.dct, side)
    if not candidates:
        return Resolved(None, Resolution.PUBLICATION, "no such day")
    tense = side or ctx.tense
    return Resolved(V.format_point(choose_by_tense(candidates, ctx.dct, tense)), Resolution.PUBLICATION,
                    f"month from publication date, {_tense_words(tense, side)}")


def _resolve_offset(meaning: Offset, ctx: Context) -> Resolved:
    base = _resolve(meaning.base, ctx)
    point = V.parse_value(base.value) if base.value else None
    if point is None or point.gran != "D":  # no publication date: the base is XXXX too
        return base
    day = point.start + dt.timedelta(days=meaning.days)
    return Resolved(V.format_point(V.Point("D", day)), base.resolution,
                    f"{meaning.days:+d} days from {base.explanation}")


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The date of a holiday rule in a year: `12-25`, `easter-2`, `11/4/4` (4th Thursday),
    `11/1/1+1` (the day after the first Monday); `hijri-10-01`, `hijri-09`: a Hijri day, or a Hijri month's
    `hijri.main_month`, in the year."""
    try:
        if rule.startswith("hijri-"):
            return hijri.in_gregorian_year(rule, year)
        if m := re.fullmatch(r"(\d\d)-(\d\d)", rule):
            return dt.date(year, int(m.group(1)), int(m.group(2)))
        if m := re.fullmatch(r"easter([+-]\d+)?", rule):
            return V.easter(year) + dt.timedelta(days=int(m.group(1) or 0))
        if m := re.fullmatch(r"(\d+)/(\d)/(-?\d)([+-]\d+)?", rule):
            day = V.nth_weekday(year, int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return day + dt.timedelta(days=int(m.group(4) or 0)) if day else None
    except ValueError:
        return None
    return None


def _resolve_holiday(meaning: HolidayRef, ctx: Context) -> Resolved:
    # A Hijri month is a month-long period, the others a day.
    gran = "M" if hijri.is_month(meaning.rule) else "D"
    if meaning.year is not None:
        day = holiday_date(meaning.rule, meaning.year)
        return Resolved(V.format_point(V.Point(gran, day)) if day else None, Resolution.HOLIDAY,
                        "holiday, explicit year")
    if ctx.dct is None:
        return Resolved("XXXX-XX" if gran == "M" else "XXXX-XX-XX", Resolution.UNANCHORED, _NO_DCT)
    candidates = [V.Point(gran, d) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)
                  if (d := holiday_date(meaning.rule, y)) is not None]
    if not candidates:
        return Resolved(None, Resolution.HOLIDAY, "unknown holiday rule")
    side = side_of(meaning.shift)
    tense = side or ctx.tense
    return Resolved(V.format_point(choose_by_tense(candidates, ctx.dct, tense)),
                    Resolution.HOLIDAY, f"holiday, year from publication date, "
                    f"{_tense_words(tense, side)}")


def _resolve_tense_ref(meaning: TenseRef, ctx: Context) -> Resolved:
    """PAST_REF in a past clause, FUTURE_REF in a future one ("will one day be"), else the side
    the words lean to, or the amount they also are (the tagger then types it a duration). No
    publication date is needed."""
    if ctx.tense == PAST:
        return Resolved("PAST_REF", Resolution.TENSE, "tense PAST of the clause")
    if ctx.tense == FUTURE:
        return Resolved("FUTURE_REF", Resolution.TENSE, "tense FUTURE of the clause")
    if meaning.amount is not None:  # "Un día histórico": no verb, so no adverb
        return Resolved(meaning.amount, Resolution.STATED, "no tense read: the amount the words also are")
    return Resolved(meaning.lean, Resolution.TENSE, "no tense read: the side the words name")


def _tense_words(tense: str | None, side: str | None) -> str:
    """What decided the side of the publication date, in words."""
    if side is not None:
        return f"side {side} named by the words"
    return f"tense {tense}" if tense else "no tense, the nearest"


def resolve(meaning: Meaning, ctx: Context) -> Resolved:
    """The TIMEX3 value of a meaning in context (None if it has none), and how it was found."""
    try:
        return _resolve(meaning, ctx)
    except (OverflowError, ValueError):  # "Friday" before 0001-01-01, and the like
        return Resolved(None, Resolution.PUBLICATION, "outside the calendar")


def _resolve(meaning: Meaning, ctx: Context) -> Resolved:
    if isinstance(meaning, Literal):
        return Resolved(meaning.value, Resolution.STATED, "stated in full")
    if isinstance(meaning, Calendar):
        return _resolve_calendar(meaning, ctx)
    if isinstance(meaning, Relative):
        return _resolve_relative(meaning, ctx)
    if isinstance(meaning, WeekdayRef):
        return _resolve_weekday(meaning, ctx)
    if isinstance(meaning, MonthDay):
        return _resolve_month_day(meaning, ctx)
    if isinstance(meaning, Offset):
        return _resolve_offset(meaning, ctx)
    if isinstance(meaning, TenseRef):
        return _resolve_tense_ref(meaning, ctx)
    return _resolve_holiday(meaning, ctx)
