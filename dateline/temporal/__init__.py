"""Stage 2, temporal: find time expressions and anchor them to the calendar.

Public API: `tag(text, dct, lang) -> list[Timex]`; `annotate(article)` to tag an Article in
place; `infer_date(text)` to infer an undated text's publication date; `Tagger`/`tagger_for`
to reuse a language's compiled grammar; `available_languages()`; and `LanguageError`.
"""

from dateline.temporal.annotate import annotate, tagger_for_language
from dateline.temporal.dating import infer_date
from dateline.temporal.lexicon import LanguageError, available_languages
from dateline.temporal.tagger import Mention, Tagger, tag, tagger_for

__all__ = ["LanguageError", "Mention", "Tagger", "annotate", "available_languages", "infer_date",
           "tag", "tagger_for", "tagger_for_language"]
