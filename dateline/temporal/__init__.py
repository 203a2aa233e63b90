"""Stage 2, temporal: find time expressions and anchor them to the calendar.

Public API: `tag(text, dct, lang) -> list[Timex]`; `annotate(article)` to tag an Article in
place; `infer_date(text)` to infer an undated text's publication date, `date_article` to date
an Article (with `attach` to anchor its already-found mentions to that date), `Twins` and
`twin_shingles` for a collection whose near-duplicate texts share a date, `with_site_lines`
for the lines a collection's pages repeat (its sites' furniture, left out of dating; for a
stream, `page_lines` of each page into `SiteLines`, then `own_site_lines` and `mark_site`), and
`opening_dateline(text, lang)`, the wire dateline that opens a text or a paragraph ("LONDON,
March 5 (Reuters) -": its place, date and agency, one pattern for dating and the events stage);
`shipped_answer()`, the confidence from which a date is an answer, not a guess; `explain(text,
dct, lang)` to see why the tagger decided what it did; `Tagger`/`tagger_for` to reuse a
language's compiled grammar; `available_languages()`; and `LanguageError`.

Names are imported when first used, so that a program that only tags does not load what
publication-date inference needs (NumPy).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

from dateline.lazy import lazy_exports

if TYPE_CHECKING:
    from dateline.temporal.annotate import annotate, attach, tagger_for_language
    from dateline.temporal.calibration import shipped_answer
    from dateline.temporal.datelines import Opening, opening_dateline
    from dateline.temporal.dating import (CollectionSpan, PageLines, SiteLines, Twins, article_readings, date_article, infer_date,
                                          mark_site, own_site_lines, page_lines, twin_shingles, with_site_lines)
    from dateline.temporal.explain import explain
    from dateline.temporal.lexicon import LanguageError, available_languages
    from dateline.temporal.tagger import Mention, Tagger, tag, tagger_for

_WHERE = {
    "annotate": "annotate", "attach": "annotate", "tagger_for_language": "annotate",
    "infer_date": "dating", "date_article": "dating", "article_readings": "dating", "Twins": "dating", "twin_shingles": "dating",
    "with_site_lines": "dating", "mark_site": "dating", "SiteLines": "dating", "PageLines": "dating",
    "page_lines": "dating", "own_site_lines": "dating", "CollectionSpan": "dating",
    "shipped_answer": "calibration", "opening_dateline": "datelines", "Opening": "datelines",
    "explain": "explain", "LanguageError": "lexicon", "available_languages": "lexicon",
    "Mention": "tagger", "Tagger": "tagger", "tag": "tagger", "tagger_for": "tagger",
}
__all__ = sorted(_WHERE)


class _Package(ModuleType):
    """This package, whose functions `annotate` and `explain` share their names with the
    submodules defining them. Importing such a submodule sets the package's attribute of that
    name to the module (`from dateline.temporal.annotate import attach` before the first
    `from dateline.temporal import annotate` made the latter a module, "not callable"); the
    package keeps the function instead. The submodules stay in `sys.modules`."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, ModuleType) and _WHERE.get(name) == name \
                and value.__name__ == f"{__name__}.{name}":
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__getattr__ = lazy_exports(__name__, _WHERE)
