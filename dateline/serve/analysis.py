"""Articles posted over HTTP, read and analysed as the pipeline reads and analyses files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from dateline.ingest import KEPT_UNDATED, IngestError, OwnIds, future_note, in_future, make_article, not_a_day
from dateline.ingest import Input, read_input
from dateline.model import Article
from dateline.pipeline import analyse, collection_span
from dateline.store import content_hash

# Bodies /api/articles/raw reads; which reader (text, Markdown, HTML, feed) is decided from
# the content itself, as for standard input.
BODY_TYPES = ("text/plain", "text/markdown", "text/html", "application/xhtml+xml",
              "application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


def http_url(value: str) -> str | None:
    """The URL if it is an http(s) URL with a host, else None: nothing else becomes a link."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme in ("http", "https") and parts.hostname else None


def _posted_id(text: str, url: str | None) -> str:
    return url or f"posted:{content_hash(text)[:12]}"


def from_records(records: Sequence[dict[str, Any]]) -> tuple[list[Article], list[str]]:
    """Articles from JSON records (text, title, url, date, lang, id), not yet analysed, and
    what the client should know of them (a language read as the closest one Dateline has, a
    date that is no day: the article is kept undated, as a JSONL reader keeps its record)."""
    problems: list[str] = []
    ids = OwnIds()
    articles = []
    for number, r in enumerate(records, start=1):
        if r.get("date") is not None and not isinstance(r["date"], dt.date):  # no day (`ArticleIn.date`)
            problems.append(f"article {number}: {not_a_day(r['date'])}; {KEPT_UNDATED}")
            r = {**r, "date": None}
        own = r.get("id")
        if own and (first := ids.taken(own, r["text"], number)) is not None:
            problems.append(f"article {number}: id {own[:80]!r} was given to another text in article "
                            f"{first}; stored as another article")
            own = None
        articles.append(make_article(r["text"], id=own or _posted_id(r["text"], r.get("url")),
                                     date=r.get("date"), lang=r.get("lang"), title=r.get("title"),
                                     url=r.get("url"), date_source="given" if r.get("date") else None,
                                     on_error=lambda error: problems.append(str(error))))
    return articles, problems


def from_body(body: bytes, media_type: str, *, title: str | None = None, url: str | None = None,
              date: dt.date | None = None, lang: str | None = None) -> tuple[list[Article], list[str]]:
    """Articles from a request body (a text, a page, a feed) and the problems met; ValueError
    for a media type not read. Query parameters fill in what the content does not say."""
    if media_type not in BODY_TYPES:
        raise ValueError(f"unsupported content type {media_type!r}: send JSON to /api/articles, "
                         f"or one of {', '.join(BODY_TYPES)} here")
    problems: list[str] = []

    def report(error: IngestError) -> None:
        problems.append(error.reason if error.line is None else f"line {error.line}: {error.reason}")

    articles = list(read_input(Input("request body", data=body), lang=lang, on_error=report))
    for article in articles:
        article.path = None  # not a file on this server
        article.url = article.url if article.url and http_url(article.url) else url
        article.title = article.title or title
        if article.id == "stdin" or article.id.startswith("stdin:"):
            article.id = article.url if len(articles) == 1 and article.url else _posted_id(article.text, article.url)
        if article.date is None and date is not None:
            if in_future(date):  # as make_article keeps out a reader's
                problems.append(future_note(date, "the 'date' parameter"))
            else:
                article.date, article.date_source = date, "given"
    return articles, problems


def analyse_all(articles: Sequence[Article], span: tuple[dt.date | None, dt.date | None, int]) -> list[Article]:
    """Date and tag posted articles; undated ones are dated within the corpus's span (first
    and last given day, how many given: `Repository.given_span`), widened as the pipeline
    widens a collection's, when their text alone does not say."""
    fallback = collection_span(*span)
    return [analyse(article, fallback) for article in articles]
