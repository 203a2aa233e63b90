"""JSON Lines articles: one object per line with `text` and optional `date`, `title`, `url`, `id`
(or the names exports give them, `ALIASES`); and `.json` files of such records (`json_records`):
one object (news-please writes a file per article), a list of them, or an object holding the
list (NewsAPI's `{"articles": [...]}`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from dateline.ingest.dates import NUMBER_FORMS, given_day, in_future
from dateline.ingest.errors import IngestError, skipped


def parse_date(value: object, path: str, line: int, field: str = "date") -> dt.date | None:
    """Accept `YYYY-MM-DD` or an ISO timestamp, or a number exports write (YYYYMMDD, Unix
    seconds or milliseconds) as a JSON number or a string of digits (`dates.given_day`); empty
    means unknown. A day
    `dates.in_future` (an export's placeholder such as 9999-12-31) is an IngestError, as an
    unreadable date is, not a date the collection is then dated by. `field` is the record's
    name for it (`given_as`), which a message names."""
    if value in (None, ""):
        return None
    if (day := given_day(value)) is None:
        if isinstance(value, str) and not value.strip().isdigit():
            raise IngestError(path, f"'{field}' is not YYYY-MM-DD: {value!r}", line)
        raise IngestError(path, f"'{field}' {value!r} is neither YYYY-MM-DD, nor {NUMBER_FORMS}", line)
    if in_future(day):
        raise IngestError(path, f"'{field}' {value!r} is in the future (a placeholder?)", line)
    return day


# Other names exports give the fields (news-please's `maintext` and `date_publish`, CMS and
# API dumps' `published_at`, `headline`, `link`): read as the field when it is absent. A date
# under another name was left out without a word, and the article dated from its text.
ALIASES = {"text": ("maintext", "content", "body"),
           "date": ("published", "published_at", "publish_date", "date_publish", "datePublished",
                    "pubDate", "published_date", "publishedAt"),
           "title": ("headline",), "url": ("link",)}
# The other names a record's text is read under, as a message gives them.
TEXT_ALIASES = "(or " + ", ".join(f"'{alias}'" for alias in ALIASES["text"]) + ")"


# Where `canonical` notes the alias a field was read from: no JSON key an export writes
# starts with NUL, so no record's own field is taken for it.
_GIVEN_AS = "\x00given as"


def canonical(record: dict[str, object]) -> dict[str, object]:
    """The record with each field under the name Dateline reads (`ALIASES`), when only an
    alias of it holds a value; the alias read is kept for `given_as` to name."""
    for name, aliases in ALIASES.items():
        if record.get(name) in (None, ""):
            found = next((alias for alias in aliases if record.get(alias) not in (None, "")), None)
            if found is not None:
                given = record.get(_GIVEN_AS)
                record = {**record, name: record[found],
                          _GIVEN_AS: {**(given if isinstance(given, dict) else {}), name: found}}
    return record


def given_as(record: dict[str, object], name: str) -> str:
    """The field of the record as written that a `canonical` record's `name` holds: the
    alias it was read from (news-please's `date_publish`), else `name` itself. A message or an
    article's `date_source` names the field the user can find in the file."""
    aliases = record.get(_GIVEN_AS)
    return aliases.get(name, name) if isinstance(aliases, dict) else name


_TOO_DEEP = "invalid JSON (nested too deeply to read)"
# What a `.json` file with no article is told it should hold.
_READ = f"an object with 'text' {TEXT_ALIASES}, or a list of them, is read"


def _invalid(exc: json.JSONDecodeError) -> str:
    """Why a text is no JSON, in json's own words (which may end in "at") and its column."""
    said = exc.msg[:1].lower() + exc.msg[1:]
    return f"invalid JSON ({said}{'' if said.endswith(' at') else ' at'} column {exc.colno})"


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
            yield IngestError(path, _invalid(exc), number)
            continue
        except RecursionError:  # it ended the file, and every line after it was lost
            yield IngestError(path, _TOO_DEEP, number)
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


def json_records(raw: str, path: str) -> Iterator[tuple[int | None, dict[str, object]] | IngestError] | None:
    """The records of a `.json` file with the line each starts on (`_items`), or an IngestError for each
    that holds no article (as `iter_records` gives a JSONL file's); None when the text is no one
    JSON value but several (JSON Lines under a `.json` name: read as JSONL). A file that is no
    JSON is an IngestError (failed); JSON holding no record (a `package.json` in a folder) is
    skipped."""
    try:
        value, starts = _decoded(raw)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" or _has_a_record_line(raw):
            return None  # JSON Lines (a bad line further down is reported by its line)
        raise IngestError(path, _invalid(exc), exc.lineno) from None
    except RecursionError:
        raise IngestError(path, _TOO_DEEP) from None
    if isinstance(value, dict) and canonical(value).get("text") is None:
        lists = [key for key, inner in value.items() if isinstance(inner, list)
                 and any(isinstance(x, dict) for x in inner)]
        if len(lists) != 1:
            raise skipped(path, f"no article in this JSON: {_READ}")
        return _items(raw, starts.get(lists[0]), value[lists[0]], path)
    if isinstance(value, list):
        return _items(raw, starts.get(None), value, path)
    if isinstance(value, dict):
        return _items(raw, None, [value], path)
    raise skipped(path, f"no article in this JSON (a {type(value).__name__}): {_READ}")


_Starts = dict[str | None, list[int]]


def _decoded(raw: str) -> tuple[object, _Starts]:
    """`json.loads(raw)`, with where each item of the lists that may hold records starts in
    `raw`: the top-level list's (under None) and each list member's of a top-level object
    (under its name; the last member of a name wins, as in json.loads). Each value is decoded
    once, by json's own decoder, as the walk meets it: a file of articles was decoded three
    times (whole, then member by member to find the list, then item by item to number them).
    Text the walk cannot read is decoded by json.loads, for json's own error."""
    decoder, starts = json.JSONDecoder(), {}
    try:
        at = _space(raw, 0)
        if raw[at] == "[":
            value, at = _list(decoder, raw, at, starts, None)
        elif raw[at] == "{":
            value, at = {}, _space(raw, at + 1)
            while raw[at] != "}":
                if raw[at] != '"':
                    raise ValueError(at)
                name, at = decoder.raw_decode(raw, at)
                at = _space(raw, at)
                if raw[at] != ":":
                    raise ValueError(at)
                at = _space(raw, at + 1)
                if raw[at] == "[":
                    value[name], at = _list(decoder, raw, at, starts, name)
                else:
                    starts.pop(name, None)
                    value[name], at = decoder.raw_decode(raw, at)
                at = _next(raw, at, "}")
            at += 1
        else:
            value, at = decoder.raw_decode(raw, at)
        if raw[_space(raw, at):]:
            raise ValueError(at)  # more after the value: json.loads says what
    except (ValueError, IndexError):  # JSONDecodeError is a ValueError
        return json.loads(raw), {}  # json's own error (or, should the walk ever miss, its value)
    return value, starts


def _list(decoder: json.JSONDecoder, raw: str, at: int, starts: _Starts, name: str | None) -> tuple[list[object], int]:
    """The list opening at `at`, and where it ends; where each of its items starts goes to
    `starts[name]`."""
    items: list[object] = []
    places: list[int] = []
    at = _space(raw, at + 1)
    while raw[at] != "]":
        places.append(at)
        item, at = decoder.raw_decode(raw, at)
        items.append(item)
        at = _next(raw, at, "]")
    starts[name] = places
    return items, at + 1


def _next(raw: str, at: int, close: str) -> int:
    """From the end of a list item or an object member, where the next one starts (past the
    comma) or the `close` bracket; a ValueError for anything else, a trailing comma included
    (json.loads then says what)."""
    at = _space(raw, at)
    if raw[at] == ",":
        at = _space(raw, at + 1)
        if raw[at] == close:
            raise ValueError(at)
    elif raw[at] != close:
        raise ValueError(at)
    return at


def _space(raw: str, at: int) -> int:
    """The first position from `at` that is not JSON whitespace (the text's length at its end)."""
    while at < len(raw) and raw[at] in " \t\r\n":
        at += 1
    return at


def _has_a_record_line(raw: str) -> bool:
    """Whether a text that is no JSON value has a line (of its first 100) that is a JSON object
    by itself, as JSON Lines with a bad line has; a broken pretty-printed object has none."""
    for line in raw.splitlines()[:100]:
        line = line.strip().lstrip("\ufeff")
        if line.startswith("{"):
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except (json.JSONDecodeError, RecursionError):
                continue
    return False


def _items(raw: str, starts: list[int] | None, items: list[object], path: str
           ) -> Iterator[tuple[int | None, dict[str, object]] | IngestError]:
    """Each item of a JSON list as a record, numbered by the line it starts on in `raw` (the
    items start at `starts`), or by its place in the list when items share a line; None for the
    object that is the whole file (named by the file, as a text file is)."""
    numbers: list[int | None] = [None] * len(items)
    if starts is not None:
        numbers = []
        line, counted = 1, 0  # the line of raw[counted], counted on from the item before
        for at in starts:
            line, counted = line + raw.count("\n", counted, at), at
            numbers.append(line)
        if len(set(numbers)) < len(numbers):  # a list on one line: "array.json:1" for each
            numbers = list(range(1, len(items) + 1))
    for number, item in zip(numbers, items, strict=True):
        if not isinstance(item, dict):
            yield IngestError(path, "each item of the list must be a JSON object", number)
            continue
        checked = read_record(item, path, number or 1)
        yield checked if isinstance(checked, IngestError) else (number, checked)
