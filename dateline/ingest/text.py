"""Plain-text articles, with the optional ` date YYYY-MM-DD` header line."""

from __future__ import annotations

import datetime as dt
import re

from dateline.ingest.errors import IngestError

# The header may be followed by the first words of the text on the same line, as in the
# project's seed files, and may be preceded by spaces.
_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*(?:\r?\n)?")


def split_header(raw: str, path: str = "<text>") -> tuple[dt.date | None, str]:
    """Return the header's publication date (or None) and the text without the header."""
    m = _HEADER.match(raw)
    if not m:
        return None, raw
    try:
        date = dt.date.fromisoformat(m.group(1))
    except ValueError as exc:
        raise IngestError(path, f"bad date header {m.group(1)!r}: {exc}") from None
    return date, raw[m.end():]


def decode(data: bytes, path: str) -> str:
    """Decode file bytes as UTF-8 (with or without BOM); binary data is refused."""
    if b"\x00" in data[:4096]:
        raise IngestError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise IngestError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
