"""The stages chained: read articles, date the undated ones, tag their time expressions.

This is what every user-facing job starts with; each stage stays usable on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.ingest import read
from dateline.ingest.reader import ErrorHandler, raise_error
from dateline.model import Article
from dateline.temporal import annotate, infer_date


def process(sources: Iterable[str | Path], *, lang: str | None = None,
            on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Stream Articles from files and folders, with their time expressions anchored.

    Problems with an input go to `on_error` and the stream goes on with the next one.
    """
    for article in read(sources, lang=lang, on_error=on_error):
        yield annotate(date_undated(article))


def date_undated(article: Article) -> Article:
    """Give an undated article the publication date its text implies, marked as inferred.

    Left undated when the text does not say enough; anchoring then leaves deictic
    expressions ("yesterday") unresolved rather than guessing.
    """
    if article.date is None:
        guess = infer_date(article.text, article.lang)
        if guess.date is not None:
            article.date, article.date_inferred, article.date_confidence = guess.date, True, guess.confidence
    return article
