"""Tag whole articles: the temporal stage applied to the data model."""

from __future__ import annotations

from bisect import bisect_right

from dateline.model import Article, Timex
from dateline.temporal.lexicon import available_languages
from dateline.temporal.tagger import Tagger, tagger_for

FALLBACK_LANGUAGE = "en"


def tagger_for_language(lang: str | None) -> tuple[Tagger, bool]:
    """The tagger for a language, or the fallback one; the flag says whether it fell back.

    Languages without a data file still get ISO and numeric dates, clock times and
    anything spelled as in the fallback language, rather than nothing.
    """
    if lang and lang in available_languages():
        return tagger_for(lang), False
    return tagger_for(FALLBACK_LANGUAGE), lang != FALLBACK_LANGUAGE


def annotate(article: Article, lang: str | None = None) -> Article:
    """Find the article's time expressions, anchored to its date, and attach them to sentences.

    Offsets of the time expressions are into `article.text`. A `lang` the caller names must
    have a language file (LanguageError otherwise); the article's own, identified language
    falls back to English when it has none.
    """
    tagger = tagger_for(lang) if lang else tagger_for_language(article.lang)[0]
    return attach(article, tagger.tag(article.text, article.date, article.sentence_spans()))


def attach(article: Article, timexes: list[Timex]) -> Article:
    """Give each sentence of the article the time expressions (article offsets) inside it."""
    for sentence in article.sentences:
        sentence.timexes = []
    starts = [s.start for s in article.sentences]
    for timex in timexes:
        i = bisect_right(starts, timex.start) - 1
        if 0 <= i < len(article.sentences):
            article.sentences[i].timexes.append(timex)
    return article
