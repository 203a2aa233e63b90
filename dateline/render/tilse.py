"""Read and write timelines in tilse's text format, the format of the timeline17 and crisis
reference timelines:

    2013-07-05
    First summary sentence of the day .
    Second sentence .
    --------------------------------
    2013-07-04
    ...

Entries may come in any order, and the same date may head several entries: by default their
sentences are concatenated in file order, since every entry is part of the reference, whereas
tilse 0.2.1's `Timeline.from_file` keeps only the last one. Files that bend the format
(separators mangled or glued to a sentence, missing or doubled) are read, with a warning
naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Literal

from dateline.model import Timeline

SEPARATOR = "-" * 32
_DATE_LINE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A separator of another length, or glued to the text before or after it: four dashes or
# more, a run prose does not hold (a dash in prose is one to three).
_MANGLED = re.compile(r"(.*?)(-{4,})(.*)")


class TimelineFormatWarning(UserWarning):
    """A reference timeline file bent tilse's format; it was read, and this says where."""


def read_timeline(source: str | os.PathLike[str], *,
                  duplicates: Literal["merge", "last"] = "merge",
                  warn: Callable[[str], None] | None = None) -> dict[dt.date, list[str]]:
    """Parse a timeline file, or the text of one, into `{date: [sentence, ...]}`.

    A `str` holding a newline is taken as the text itself, any other `str` or path as a file
    name. Blank lines are ignored and lines are stripped. `duplicates="last"` keeps only the
    last entry of a repeated date, as tilse's `Timeline.from_file` does, to reproduce scores
    computed from files with tilse.

    What tilse reads, this reads too, and says where the file bends the format (through
    `warn`, by default a `TimelineFormatWarning`, naming the file and line): a separator of
    another length or glued to a sentence ("... fled.-----------"), a date line where a
    separator was due, a doubled separator, a last entry without its separator (tilse drops
    that entry; it is kept here). What cannot be read (no date where an entry must start, an
    impossible date, bytes that are not UTF-8) raises `ValueError` naming the file and line.
    """
    if duplicates not in ("merge", "last"):
        raise ValueError(f"duplicates must be 'merge' or 'last', not {duplicates!r}")
    if isinstance(source, str) and "\n" in source:
        name, text = "<text>", source
    else:
        name = os.fspath(source)
        data = Path(source).read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[:e.start].count(b"\n") + 1
            raise ValueError(f"{name}, line {line}: not valid UTF-8") from None
    report = warn or (lambda message: warnings.warn(message, TimelineFormatWarning, stacklevel=3))

    timeline: dict[dt.date, list[str]] = {}
    date: dt.date | None = None
    started = 0  # line number of the current entry's date line
    for number, line in _lines(text, name, report):
        where = f"{name}, line {number}"
        if line == SEPARATOR:
            if date is None:
                report(f"{where}: separator without a date line before it; skipped")
            date = None
        elif date is None or _DATE_LINE.fullmatch(line):
            if date is not None:
                report(f"{where}: date line {line!r} inside the entry of line {started}; "
                       "read as the start of a new entry (the separator line is missing)")
            date = _parse_date(line, where)
            started = number
            if duplicates == "last" or date not in timeline:
                timeline[date] = []
        else:
            timeline[date].append(line)
    if date is not None:
        report(f"{name}, line {started}: the last entry has no separator line after it; "
               "kept (tilse would drop it)")
    return timeline


def _lines(text: str, name: str, report: Callable[[str], None]) -> Iterator[tuple[int, str]]:
    """Numbered non-blank lines, stripped, with separators made whole: a run of dashes of
    another length becomes the separator, and one glued to text is split from it."""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line == SEPARATOR:
            if line:
                yield number, line
            continue
        m = _MANGLED.fullmatch(line)
        if m is None:
            yield number, line
            continue
        before, after = m.group(1).strip(), m.group(3).strip()
        what = "glued to text" if before or after else f"of {len(m.group(2))} dashes"
        report(f"{name}, line {number}: separator {what}; read as a separator line")
        if before:
            yield number, before
        yield number, SEPARATOR
        if after:
            yield number, after


def _parse_date(line: str, where: str) -> dt.date:
    if not _DATE_LINE.fullmatch(line):
        raise ValueError(f"{where}: expected a YYYY-MM-DD date line, got {line!r}")
    try:
        return dt.date.fromisoformat(line)
    except ValueError:
        raise ValueError(f"{where}: invalid date {line!r}") from None


def write_timeline(timeline: Mapping[dt.date, Sequence[str]] | Timeline) -> str:
    """The timeline in tilse's format, dates ascending.

    Each sentence goes on one line with its whitespace collapsed; empty sentences are left
    out. A sentence that would read back as a date or a separator raises `ValueError`.
    """
    entries = timeline.as_dict() if isinstance(timeline, Timeline) else timeline
    lines = []
    for date in sorted(entries):
        lines.append(date.isoformat())
        for sentence in entries[date]:
            sentence = " ".join(sentence.split())
            if sentence == SEPARATOR or _DATE_LINE.fullmatch(sentence):
                raise ValueError(f"{date}: sentence {sentence!r} cannot be told from a "
                                 f"{'separator' if sentence == SEPARATOR else 'date'} line")
            if sentence:
                lines.append(sentence)
        lines.append(SEPARATOR)
    return "".join(line + "\n" for line in lines)
