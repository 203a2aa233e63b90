"""The stages chained: read articles, date the undated ones, tag their time expressions.

This is what every user-facing job starts with; each stage stays usable on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from dateline.ingest import IngestError
from dateline.ingest.reader import ErrorHandler, files, raise_error, read_file
from dateline.model import Article
from dateline.store import ArticleStore
from dateline.temporal import annotate, tagger_for_language
from dateline.temporal.dating import date_article
from dateline.temporal.annotate import attach
from dateline.temporal.tagger import Mention

# How far outside the span of a collection's dated articles an undated one may be. A
# collection (a crawl, a topic's folder) covers a period, and its undated articles are most
# likely from it; but background pieces and a few dated articles make the span too narrow,
# and within the hint no date outside it is returned. A year either side keeps the truth
# inside in all but unusual collections, and still leaves the weekday of a "Friday, May 9"
# or a dateline's day only two or three years to choose from. The span is only a fallback:
# an article whose text dates it on its own (it names the year, or an anniversary) keeps
# that date even outside the span, as an old piece filed with a newer story would.
COLLECTION_MARGIN = dt.timedelta(days=365)

HintRange = tuple[dt.date, dt.date]


def process(sources: Iterable[str | Path], *, lang: str | None = None,
            on_error: ErrorHandler = raise_error,
            hint_range: HintRange | None = None,
            store: ArticleStore | None = None) -> Iterator[Article]:
    """Stream Articles from files and folders, with their time expressions anchored.

    Dated articles are yielded as they are read. Undated ones are held back to the end of
    the stream, then dated and yielded (dated or not): within `hint_range` if given (a hard
    limit, such as the crawl period); else from their text alone, and if that does not say
    enough, within the span of the dated articles read, widened by `COLLECTION_MARGIN`.
    Problems with an input go to `on_error` and the stream goes on with the next one.

    With a `store`, each file whose articles are all dated and read without a problem is
    saved once processed and taken from the store the next time: an interrupted run resumes.
    """
    first: dt.date | None = None
    last: dt.date | None = None
    undated: list[Article] = []
    for file, root in files(sources, on_error=on_error):
        processed, held = _process_file(file, root, lang, on_error, store)
        undated += held
        for article in processed:
            first = article.date if first is None else min(first, article.date)
            last = article.date if last is None else max(last, article.date)
            yield article
    span = (first - COLLECTION_MARGIN, last + COLLECTION_MARGIN) if first and last else None
    for article in undated:
        yield _date_and_annotate(article, hint_range, None if hint_range else span)


def _process_file(file: Path, root: Path | None, lang: str | None, on_error: ErrorHandler,
                  store: ArticleStore | None) -> tuple[list[Article], list[Article]]:
    """One file's dated articles, annotated (or taken from the store), and its undated ones.

    The file is saved to the store before anything is handed on, so an interruption never
    loses a finished file. Files with problems or undated articles are not saved: the first
    must be reported again, the second are dated from the whole collection.
    """
    key = store.key(file, f"lang={lang}|root={root}") if store is not None else None
    saved = store.get(key) if store is not None and key is not None else None
    if saved is not None:
        return saved, []
    problems: list[IngestError] = []

    def report(error: IngestError) -> None:
        problems.append(error)
        on_error(error)

    dated: list[Article] = []
    undated: list[Article] = []
    for article in read_file(file, root=root, lang=lang, on_error=report):
        if article.date is None:
            undated.append(article)
        else:
            dated.append(annotate(article))
    if store is not None and key is not None and not problems and not undated:
        store.put(key, dated)
    return dated, undated


def _infer(article: Article, mentions: Sequence[Mention], hint_range: HintRange | None,
           fallback: HintRange | None) -> None:
    """Date the article within `hint_range`, or else within `fallback` if the text alone
    does not say enough."""
    guess = date_article(article, hint_range, mentions=mentions)
    if guess.date is None and hint_range is None and fallback is not None:
        guess = date_article(article, fallback, mentions=mentions)
    if guess.date is not None:
        article.date, article.date_inferred, article.date_confidence = guess.date, True, guess.confidence


def _date_and_annotate(article: Article, hint_range: HintRange | None,
                       fallback: HintRange | None) -> Article:
    """Date an undated article from its text, then anchor its time expressions to that date,
    reading the text once: the mentions found for dating are the ones anchored.

    Left undated when the text does not say enough; anchoring then leaves deictic
    expressions ("yesterday") unresolved rather than guessing."""
    tagger, _fell_back = tagger_for_language(article.lang)
    spans = article.sentence_spans()
    mentions = tagger.analyze(article.text, spans)
    _infer(article, mentions, hint_range, fallback)
    return attach(article, tagger.anchor(article.text, mentions, article.date))
