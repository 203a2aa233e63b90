"""The Islamic (Hijri) calendar, as far as tagging needs it: a Hijri day or month in Gregorian terms.

Arabic news date their pages and events in the Hijri calendar, often beside the Gregorian date
("الخميس 13 رمضان 1446 هـ الموافق 13 مارس 2025"). TIMEX3 values are Gregorian, so a Hijri date is
converted. The conversion is the Umm al-Qura calendar of `hijridate` (the tabulated calendar Saudi
Arabia publishes, 1343-1500 AH = 1924-2077): a month that begins by a sighting of the moon elsewhere may start a
day apart, which is why a Gregorian twin written beside the date wins over it (`rules.build_hijri_date`).
`hijridate` is imported only when a Hijri date is read, so texts without one do not load it.
"""

from __future__ import annotations

import datetime as dt
import re

# The holiday rule (`meanings.HolidayRef`) of a Hijri month named alone ("شهر رمضان": `hijri-09`) or of
# a Hijri day without its year ("27 رمضان", "عيد الفطر": `hijri-10-01`).
RULE = re.compile(r"hijri-(\d\d)(?:-(\d\d))?")


def rule(month: int, day: int | None = None) -> str:
    """The holiday rule of a Hijri month or day, read back by `RULE`."""
    return f"hijri-{month:02d}" if day is None else f"hijri-{month:02d}-{day:02d}"


def is_month(holiday_rule: str) -> bool:
    """Whether a holiday rule is a Hijri month (a period of month granularity), not a day."""
    m = RULE.fullmatch(holiday_rule)
    return m is not None and m.group(2) is None


def in_gregorian_year(holiday_rule: str, year: int) -> dt.date | None:
    """A Hijri rule's day, or its month's `main_month`, in a Gregorian year (the first, when the Hijri
    year's 11 days fewer bring it twice); None for another rule or none that year."""
    m = RULE.fullmatch(holiday_rule)
    if m is None:
        return None
    first_hijri = _hijri_year(dt.date(year, 1, 1))
    if first_hijri is None:
        return None
    month = int(m.group(1))
    for hy in (first_hijri, first_hijri + 1):
        day = main_month(hy, month) if m.group(2) is None else to_gregorian(hy, month, int(m.group(2)))
        if day is not None and day.year == year:
            return day
    return None


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri day; None for a day the month does not have or a year outside the tables."""
    from hijridate import Hijri  # lazily: only texts with a Hijri date pay for the import

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri_year(day: dt.date) -> int | None:
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """The first and last Gregorian days of a Hijri month."""
    from hijridate import Hijri

    try:
        first = Hijri(year, month, 1)
        return first.to_gregorian(), Hijri(year, month, first.month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None


def main_month(year: int, month: int) -> dt.date | None:
    """The first day of the Gregorian month that holds most days of a Hijri month.

    A Hijri month straddles two Gregorian months more often than not, and a TIMEX3 value cannot name
    the stretch between; the Gregorian month where most of it falls keeps the expression's month
    granularity and is off by at most half a month at either end."""
    span = month_span(year, month)
    if span is None:
        return None
    first, last = span
    # The day in the middle of the Hijri month lies in the Gregorian month that holds most of it.
    middle = first + (last - first) / 2
    return middle.replace(day=1)

