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
tilse 0.2.1's `Timeline.from_file` keeps only the last one. Every entry, the last included,
must end with the separator line: tilse silently drops an entry that doesn't, so it is an
error here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from dateline.model import Timeline

SEPARATOR = "-" * 32
_DATE_LINE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_timeline(source: str | os.PathLike[str], *,
                  duplicates: Literal["merge", "last"] = "merge") -> dict[dt.date, list[str]]:
    """Parse a timeline file, or the text of one, into `{date: [sentence, ...]}`.

    A `str` holding a newline is taken as the text itself, any other `str` or path as a file
    name. Blank lines are ignored and lines are stripped. `duplicates="last"` keeps only the
    last entry of a repeated date, as tilse's `Timeline.from_file` does, to reproduce scores
    computed from files with tilse. Malformed input raises `ValueError` naming the file and line.
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

    timeline: dict[dt.date, list[str]] = {}
    date: dt.date | None = None
    started = 0  # line number of the current entry's date line
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{name}, line {number}"
        if not line:
            continue
        if line == SEPARATOR:
            if date is None:
                raise ValueError(f"{where}: separator without a date line before it")
            date = None
        elif date is None:
            date = _parse_date(line, where)
            started = number
            if duplicates == "last" or date not in timeline:
                timeline[date] = []
        elif _DATE_LINE.fullmatch(line):
            raise ValueError(f"{where}: date line {line!r} inside the entry of line {started}; "
                             f"is the separator line missing?")
        else:
            timeline[date].append(line)
    if date is not None:
        raise ValueError(f"{name}, line {started}: the entry has no separator line after it "
                         f"(tilse would silently drop it)")
    return timeline


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
