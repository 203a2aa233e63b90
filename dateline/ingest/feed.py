"""RSS and Atom feeds: each item an article, dated by the feed when it says so."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import time
from collections.abc import Callable

from dateline.ingest.errors import IngestError, skipped, warning
from dateline.ingest.html import Page, fragment_text, iso_day


def _day(entry: dict, key: str) -> dt.date | None:  # type: ignore[type-arg]
    """A feed date as the day where it was written (its own time zone), else as the UTC day
    feedparser normalizes it to."""
    written = entry.get(key)
    if isinstance(written, str):
        if (day := iso_day(written)) is not None:  # Atom: 2024-08-02T00:30:00+02:00
            return day
        try:  # RSS: Fri, 02 Aug 2024 00:30:00 +0200
            return email.utils.parsedate_to_datetime(written).date()
        except (TypeError, ValueError):
            pass
    parsed: time.struct_time | None = entry.get(f"{key}_parsed")
    if parsed is None:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).date()


def _item(entry: dict) -> Page:  # type: ignore[type-arg]
    """One feed entry: its full content if the feed carries it, else its summary."""
    contents = entry.get("content") or []
    body = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
    title = fragment_text(entry.get("title", "")) or None
    text = fragment_text(body)
    if title and not text.startswith(title):
        text = f"{title}\n{text}" if text else title
    published = _day(entry, "published")
    source = "feed item <published>" if published else None
    if published is None and (published := _day(entry, "updated")) is not None:
        source = "feed item <updated>"  # Atom's required date; RSS items may have none
    modified = _day(entry, "updated")
    return Page(text=text, title=title, author=entry.get("author") or None,
                url=entry.get("link") or None, published=published, published_source=source,
                modified=modified if modified != published else None)


def parse_feed(raw: str | bytes, path: str,
               on_warning: Callable[[IngestError], None] | None = None) -> list[tuple[str, Page]]:
    """(item id, Page) for each item of an RSS or Atom feed; IngestError if it is not a feed."""
    import feedparser  # imported here: only feed input needs it

    parsed = feedparser.parse(raw)
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        if parsed.get("version"):
            raise IngestError(path, f"feed has no items{problem}")
        raise IngestError(path, f"not an RSS or Atom feed{problem}")
    if parsed.get("bozo") and on_warning is not None:
        on_warning(warning(path, f"feed is not well-formed; read what could be read "
                                 f"({parsed.bozo_exception})"))
    items: list[tuple[str, Page]] = []
    for number, entry in enumerate(parsed.entries, start=1):
        page = _item(entry)
        item_id = entry.get("id") or page.url or f"{path}#{number}"
        if not page.text.strip():
            if on_warning is not None:
                on_warning(skipped(path, f"item {number} ({item_id}) has no text"))
            continue
        items.append((item_id, page))
    return items
