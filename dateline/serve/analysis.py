"""Articles posted over HTTP, read and analysed as the pipeline would read and analyse files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from dateline.ingest import make_article
from dateline.model import Article
from dateline.pipeline import COLLECTION_MARGIN
from dateline.store.codec import content_hash
from dateline.temporal import annotate, infer_date, tagger_for_language

TEXT_TYPES = ("text/plain", "text/markdown")


def http_url(value: str) -> str | None:
    """The URL if it is an http(s) URL with a host, else None: nothing else becomes a link."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme in ("http", "https") and parts.hostname else None


def from_records(records: Sequence[dict[str, Any]]) -> list[Article]:
    """Articles from JSON records (text, title, url, date, lang, id), not yet analysed."""
    return [make_article(r["text"], id=r.get("id") or r.get("url") or f"posted:{content_hash(r['text'])[:12]}",
                         date=r.get("date"), lang=r.get("lang"), title=r.get("title"),
                         url=r.get("url"))
            for r in records]


def from_body(body: bytes, media_type: str, **record: Any) -> list[Article]:
    """Articles from a request body by its media type; ValueError for a type not read."""
    if media_type not in TEXT_TYPES:
        raise ValueError(f"unsupported content type {media_type!r}: send JSON to /api/articles, "
                         f"or {', '.join(TEXT_TYPES)} here")
    return from_records([{**record, "text": body.decode("utf-8", errors="replace")}])


def analyse(articles: Sequence[Article], span: tuple[dt.date | None, dt.date | None]) -> list[Article]:
    """Date the undated articles from their text (within the corpus's span, widened as the
    pipeline widens a collection's, when the text alone does not say), then tag them."""
    first, last = span
    hint = (first - COLLECTION_MARGIN, last + COLLECTION_MARGIN) if first and last else None
    for article in articles:
        if article.date is None:
            code = tagger_for_language(article.lang)[0].lex.code
            guess = infer_date(article.text, code)
            if guess.date is None and hint is not None:
                guess = infer_date(article.text, code, hint)
            if guess.date is not None:
                article.date, article.date_inferred = guess.date, True
                article.date_confidence = guess.confidence
        annotate(article)
    return list(articles)
