"""The stages chained: read articles, date the undated ones, tag their time expressions.

This is what every user-facing job starts with; each stage stays usable on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.ingest import read
from dateline.ingest.reader import ErrorHandler, raise_error
from dateline.model import Article
from dateline.temporal import annotate


def process(sources: Iterable[str | Path], *, lang: str | None = None,
            on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Stream Articles from files and folders, with their time expressions anchored.

    Problems with an input go to `on_error` and the stream goes on with the next one.
    """
    for article in read(sources, lang=lang, on_error=on_error):
        yield annotate(article)
