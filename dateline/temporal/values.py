"""TIMEX3 calendar values as points of a granularity, and the arithmetic on them.

`Point` is a calendar period (a day, an ISO week, a month, a quarter, a season, a year, a
decade, a century) identified by its first day. Normalization shifts and compares points and
formats them as TIMEX3 values (`2023-03-17`, `2023-W11`, `2023-Q1`, `2023-SU`, `199`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Granularities from coarse to fine. SE is a season, HY a half year.
ORDER = ("CE", "DE", "Y", "HY", "Q", "SE", "M", "W", "D")
RANK = {g: i for i, g in enumerate(ORDER)}
# The granularity at which an amount of a unit is reported ("last week" is a week; "three
# hours ago" is a day). Units are those of the language files: H is hours, WE weekends.
UNIT_GRAN = {"S": "D", "MIN": "D", "H": "D", "D": "D", "WE": "W", "W": "W", "M": "M", "Q": "Q",
             "HY": "HY", "Y": "Y", "DE": "DE", "CE": "CE"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
MIN_YEAR, MAX_YEAR = 1, 9998


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar period: its granularity and its first day."""

    gran: str
    start: dt.date

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        nxt = shift(self, 1, self.gran)
        return nxt.start if nxt is not None else dt.date.max


def finer(a: str, b: str) -> str:
    """The finer of two granularities."""
    return a if RANK[a] >= RANK[b] else b


def floor(day: dt.date, gran: str) -> Point:
    """The period of the given granularity that contains the day."""
    y = day.year
    if gran == "D":
        start = day
    elif gran == "W":
        start = day - dt.timedelta(days=day.isoweekday() - 1)
    elif gran == "M":
        start = day.replace(day=1)
    elif gran == "Q":
        start = dt.date(y, 3 * ((day.month - 1) // 3) + 1, 1)
    elif gran == "HY":
        start = dt.date(y, 1 if day.month <= 6 else 7, 1)
    elif gran == "SE":
        # Meteorological seasons; December starts the winter named after its own year.
        month = {1: 12, 2: 12}.get(day.month, 3 * (day.month // 3))
        start = dt.date(y - 1 if day.month < 3 else y, month, 1)
    elif gran == "Y":
        start = dt.date(y, 1, 1)
    elif gran == "DE":
        start = dt.date(max(1, y - y % 10), 1, 1)
    elif gran == "CE":
        start = dt.date(max(1, y - y % 100), 1, 1)
    else:
        raise ValueError(f"unknown granularity {gran!r}")
    return Point(gran, start)


_UNIT_MONTHS = {"M": 1, "Q": 3, "SE": 3, "HY": 6, "Y": 12, "DE": 120, "CE": 1200}
_UNIT_DAYS = {"D": 1, "W": 7}


def add(day: dt.date, n: int, unit: str) -> dt.date | None:
    """The day `n` units later (earlier if negative); None outside the supported years."""
    try:
        if unit in _UNIT_DAYS:
            return day + dt.timedelta(days=n * _UNIT_DAYS[unit])
        months = day.year * 12 + day.month - 1 + n * _UNIT_MONTHS[unit]
        year, month = divmod(months, 12)
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        month += 1
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return dt.date(year, month, min(day.day, last))
    except (OverflowError, ValueError):
        return None


def shift(point: Point, n: int, unit: str) -> Point | None:
    """The point moved by `n` units, keeping its own granularity (None if out of range)."""
    moved = add(point.start, n, unit)
    return floor(moved, point.gran) if moved is not None else None


def format_point(point: Point) -> str:
    """The TIMEX3 value of a point."""
    d, g = point.start, point.gran
    if g == "D":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    if g == "W":
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if g == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "HY":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g == "SE":
        return f"{d.year:04d}-{_SEASON_OF_MONTH[d.month]}"
    if g == "Y":
        return f"{d.year:04d}"
    if g == "DE":
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{1,2})|Q(?P<q>[1-4])|"
    r"H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$|^(?P<de>\d{3})$|^(?P<ce>\d{2})$"
)


def parse_value(value: str) -> Point | None:
    """The point a TIMEX3 calendar value denotes, or None for anything else."""
    m = _VALUE.match(value)
    if m is None:
        return None
    try:
        if m["de"]:
            return Point("DE", dt.date(max(1, int(m["de"]) * 10), 1, 1))
        if m["ce"]:
            return Point("CE", dt.date(max(1, int(m["ce"]) * 100), 1, 1))
        y = int(m["y"])
        if y < MIN_YEAR:
            return None
        if m["d"]:
            return Point("D", dt.date(y, int(m["m"]), int(m["d"])))
        if m["m"]:
            return Point("M", dt.date(y, int(m["m"]), 1))
        if m["w"]:
            return Point("W", dt.date.fromisocalendar(y, int(m["w"]), 1))
        if m["q"]:
            return Point("Q", dt.date(y, 3 * int(m["q"]) - 2, 1))
        if m["h"]:
            return Point("HY", dt.date(y, 1 if m["h"] == "1" else 7, 1))
        if m["s"]:
            return Point("SE", dt.date(y, SEASON_START[m["s"]], 1))
        return Point("Y", dt.date(y, 1, 1))
    except ValueError:
        return None


def distance(point: Point, day: dt.date) -> int:
    """Days between a day and a period (0 if the day is inside it)."""
    if day < point.start:
        return (point.start - day).days
    if day >= point.end:
        return (day - point.end).days + 1
    return 0


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth (1-based; -1 = last) ISO weekday of a month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))
    return day if day.month == month else None


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
