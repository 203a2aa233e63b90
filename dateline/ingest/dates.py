"""Publication dates as sources write them: one reader of ISO dates for every input (a text's
header, a dated folder, front matter, page metadata, a feed, a JSONL record, a TimeML DCT, the
HTTP API) and one rule for a date that cannot be a publication date.

Two readers (`date.fromisoformat` on the first ten characters, and a regex) had accepted
different strings: "20240305" or "2024-W10-2" in a JSONL record but not in a page's metadata.
"""

from __future__ import annotations

import datetime as dt
import re

# The day at the start of an ISO 8601 date or timestamp: 2024-03-05, 2024-03-05T10:00:00Z,
# 2024-03-05 10:00+02:00. Not followed by a digit: "2024-03-051" is no date.
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")


def iso_day(value: object) -> dt.date | None:
    """The calendar day at the start of an ISO date or timestamp string (the day as written,
    in the writer's time zone), None for anything else ("05/03/2024", "2024-02-30", a number)."""
    m = _ISO_DAY.match(value) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# A date the user gives as an option (`--start`, `--from`, the API's `from`/`to`): what the
# help and the errors say, YYYY-MM-DD and nothing else.
_OPTION_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)


def option_day(value: str) -> dt.date:
    """A day as a user gives it in an option or a query parameter: `YYYY-MM-DD` exactly, for the
    command line and the HTTP API alike (ValueError naming why otherwise). The CLI had read them
    with `date.fromisoformat`, which also takes "20240305" and "2024-W10-2", and the API with
    pydantic, which takes Unix seconds ("0" is 1970-01-01): the same value meant a day on one and
    an error on the other."""
    m = _OPTION_DAY.fullmatch(value)
    if m is None:
        raise ValueError(f"{value!r} is not a date written YYYY-MM-DD")
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as problem:
        raise ValueError(f"{value!r} is no day of the calendar ({problem})") from None


def in_future(day: dt.date) -> bool:
    """Whether a day is after tomorrow (tomorrow is today somewhere): no publication date can be,
    so it is a placeholder such as an export's 9999-12-31, or a typo, and every reader keeps the
    article undated rather than dating the collection by it."""
    return day > dt.date.today() + dt.timedelta(days=1)


# What every reader says it did with a record whose date it left out.
KEPT_UNDATED = "article kept undated (its date will be inferred from the text)"


def future_note(day: dt.date, source: str | None) -> str:
    """What a reader says of a date `in_future` it left out, naming where the date came from."""
    return f"date {day} ({source or 'given'}) is in the future (a placeholder?); {KEPT_UNDATED}"


def number_day(value: float) -> dt.date | None:
    """The day an export writes as a number: YYYYMMDD (GDELT's SQLDATE, 8 digits), else Unix
    time in seconds (10 digits) or milliseconds (13), as a UTC day; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or value <= 0:
        return None
    whole = int(value)
    if 10_000_101 <= whole <= 99_991_231 and whole == value:
        try:
            return dt.date(whole // 10_000, whole // 100 % 100, whole % 100)
        except ValueError:
            return None
    seconds = value / 1000 if value >= 1e12 else value
    if not 1e9 <= seconds < 1e11:  # 2001-09-09 .. 5138: other numbers are no timestamp
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()


# The numbers `given_day` reads besides ISO strings, as an error about a date names them.
NUMBER_FORMS = "a number of the form YYYYMMDD or Unix seconds or milliseconds"


def not_a_day(value: object) -> str:
    """Why a record's or request's date is not read (`given_day` gave None), naming the forms it reads."""
    return f"date {value!r} is neither YYYY-MM-DD (or an ISO timestamp), nor {NUMBER_FORMS}"


def given_day(value: object) -> dt.date | None:
    """A date as a record or a request gives it: an ISO date or timestamp string (`iso_day`), or
    a number exports write (`number_day`), as a JSON number or a string of digits ("20240306",
    as a CSV turned into JSON writes it); None for anything else."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value)
    if isinstance(value, str):
        return iso_day(value)
    return number_day(value)  # type: ignore[arg-type]
