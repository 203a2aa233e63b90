"""JSON Lines articles: one object per line with `text` and optional `date`, `title`, `url`, `id`
(or the names exports give them, `ALIASES`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from dateline.ingest.dates import given_day, in_future
from dateline.ingest.errors import IngestError, skipped


def parse_date(value: object, path: str, line: int) -> dt.date | None:
    """Accept `YYYY-MM-DD` or an ISO timestamp, or a number exports write (YYYYMMDD, Unix
    seconds or milliseconds) as a JSON number or a string of digits (`dates.given_day`); empty
    means unknown. A day
    `dates.in_future` (an export's placeholder such as 9999-12-31) is an IngestError, as an
    unreadable date is, not a date the collection is then dated by."""
    if value in (None, ""):
        return None
    if (day := given_day(value)) is None:
        if isinstance(value, str) and not value.strip().isdigit():
            raise IngestError(path, f"'date' is not YYYY-MM-DD: {value!r}", line)
        raise IngestError(path, f"'date' {value!r} is neither YYYY-MM-DD, nor a number of the form "
                                "YYYYMMDD or Unix seconds or milliseconds", line)
    if in_future(day):
        raise IngestError(path, f"'date' {value!r} is in the future (a placeholder?)", line)
    return day


# Other names exports give the fields (news-please's `maintext` and `date_publish`, CMS and
# API dumps' `published_at`, `headline`, `link`): read as the field when it is absent. A date
# under another name was left out without a word, and the article dated from its text.
ALIASES = {"text": ("maintext", "content", "body"),
           "date": ("published", "published_at", "publish_date", "date_publish", "datePublished",
                    "pubDate", "published_date"),
           "title": ("headline",), "url": ("link",)}
# The other names a record's text is read under, as a message gives them.
TEXT_ALIASES = "(or " + ", ".join(f"'{alias}'" for alias in ALIASES["text"]) + ")"


def canonical(record: dict[str, object]) -> dict[str, object]:
    """The record with each field under the name Dateline reads (`ALIASES`), when only an
    alias of it holds a value."""
    for name, aliases in ALIASES.items():
        if record.get(name) in (None, ""):
            found = next((alias for alias in aliases if record.get(alias) not in (None, "")), None)
            if found is not None:
                record = {**record, name: record[found]}
    return record


def iter_records(
    raw: str, path: str, first_line: int = 1
) -> Iterator[tuple[int, dict[str, object]] | IngestError]:
    """Yield (line number, record) for each good line, or an IngestError for a bad one.

    Bad lines do not stop the file: the caller decides what to do with each error.
    `first_line` is the number of the first line of `raw` (a chunk of a large file).
    """
    for number, line in enumerate(raw.splitlines(), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            said = exc.msg[:1].lower() + exc.msg[1:]  # json's own words, which may end in "at"
            where = f"{'' if said.endswith(' at') else ' at'} column {exc.colno}"
            yield IngestError(path, f"invalid JSON ({said}{where})", number)
            continue
        except RecursionError:  # it ended the file, and every line after it was lost
            yield IngestError(path, "invalid JSON (nested too deeply to read)", number)
            continue
        if not isinstance(record, dict):
            yield IngestError(path, "each line must be a JSON object", number)
            continue
        checked = read_record(record, path, number)
        yield checked if isinstance(checked, IngestError) else (number, checked)


def read_record(record: dict[str, object], path: str, line: int) -> dict[str, object] | IngestError:
    """A record (a JSONL line, a Parquet row) with its fields under Dateline's names
    (`canonical`), or why it holds no article: no string `text` (a failure), or a blank one
    (skipped: there is nothing to read, and an empty article would be stored as one text
    shared by every blank record)."""
    record = canonical(record)
    text = record.get("text")
    if not isinstance(text, str):
        return IngestError(path, f"missing string field 'text' {TEXT_ALIASES}", line)
    if not text.strip():
        return skipped(path, "'text' is empty: no article in this record", line)
    return record
