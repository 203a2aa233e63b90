"""RSS and Atom feeds: each item an article, dated by the feed when it says so."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import time
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from dateline.ingest.errors import IngestError, skipped, warning
from dateline.ingest.dates import iso_day
from dateline.ingest.html import Page, fragment_text
from dateline.ingest.text import with_headline


def _day(entry: dict, key: str) -> dt.date | None:  # type: ignore[type-arg]
    """A feed date as the day where it was written (its own time zone), else as the UTC day
    feedparser normalizes it to."""
    # dict.get, not the entry's own: feedparser maps a missing `published` to `updated` with
    # a deprecation warning; which of the two the feed gave is said in the date's source.
    written = dict.get(entry, key)
    if isinstance(written, str):
        if (day := iso_day(written)) is not None:  # Atom: 2024-08-02T00:30:00+02:00
            return day
        try:  # RSS: Fri, 02 Aug 2024 00:30:00 +0200
            return email.utils.parsedate_to_datetime(written).date()
        except (TypeError, ValueError):
            pass
    parsed: time.struct_time | None = dict.get(entry, f"{key}_parsed")
    if parsed is None:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).date()


_PUBLISHED = "feed item <published>"


def _item(entry: dict) -> Page:  # type: ignore[type-arg]
    """One feed entry: its full content if the feed carries it, else its summary."""
    contents = entry.get("content") or []
    body = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
    title = fragment_text(entry.get("title", "")) or None
    text = fragment_text(body)
    text = with_headline(title, text)
    published = _day(entry, "published")
    source = _PUBLISHED if published else None
    if published is None and (published := _day(entry, "updated")) is not None:
        source = "feed item <updated>"  # Atom's required date; RSS items may have none
    modified = _day(entry, "updated")
    return Page(text=text, title=title, author=entry.get("author") or None,
                url=entry.get("link") or None, published=published, published_source=source,
                modified=modified if modified != published else None)


def _unread_date(entry: dict, page: Page) -> str | None:  # type: ignore[type-arg]
    """The item's publication date as written, when there is one that cannot be read (`_item`
    read it already: the page is dated by <published> only when it could)."""
    written = dict.get(entry, "published")
    if isinstance(written, str) and written.strip() and page.published_source != _PUBLISHED:
        return written.strip()
    return None


def _absolute(link: str | None, base: str) -> str | None:
    """An item's link made absolute against the feed's address (or its channel's link): a
    relative "/news/flood-1" is no link a reader can follow, nor names the outlet."""
    if not link or urlsplit(link).scheme or not urlsplit(base).scheme.startswith("http"):
        return link
    return urljoin(base, link)


def parse_feed(raw: str | bytes, path: str,
               on_warning: Callable[[IngestError], None] | None = None,
               url: str | None = None) -> list[tuple[str, Page]]:
    """(item id, Page) for each item of an RSS or Atom feed, its links absolute against `url`
    (where it was fetched) or the channel's own link; IngestError if it is not a feed."""
    import feedparser  # imported here: only feed input needs it

    parsed = feedparser.parse(raw)
    base = url or parsed.feed.get("link") or ""
    problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
    if not parsed.entries and not parsed.get("version"):
        raise IngestError(path, f"not an RSS or Atom feed{problem}")
    items: list[tuple[str, Page]] = []
    notes: list[IngestError] = []  # items left out, and items whose date could not be read
    for number, entry in enumerate(parsed.entries, start=1):
        page = _item(entry)
        page.url = _absolute(page.url, base)
        item_id = entry.get("id") or page.url or f"{path}#{number}"
        if page.text.strip():
            items.append((item_id, page))
            if (written := _unread_date(entry, page)) is not None:
                kept = ("dated by its <updated>" if page.published
                        else "kept undated (its date will be inferred from the text)")
                notes.append(warning(path, f"item {number} ({item_id}): its date {written!r} "
                                           f"cannot be read; {kept}"))
        else:
            notes.append(skipped(path, f"item {number} ({item_id}) has no text"))
    if not items:
        kind = "a broken feed" if problem else "a feed"
        raise IngestError(path, f"{kind} with no item to read{problem}")
    if on_warning is not None:
        if problem:
            on_warning(warning(path, f"feed is not well-formed; read {len(items)} item(s){problem}"))
        for error in notes:
            on_warning(error)
    return items
