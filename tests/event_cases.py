"""What the events tests share: an article annotated as the events stage reads it, and one
text's event mentions by trigger (the form most role and event-noun tests assert on)."""

from __future__ import annotations

import datetime as dt

from dateline.events import analyze
from dateline.ingest import make_article
from dateline.model import Article
from dateline.temporal import annotate


def article(text: str, id: str, date: dt.date | None = dt.date(2024, 5, 6), lang: str = "en") -> Article:
    """A tagged article published on a Monday, 2024-05-06, unless told otherwise."""
    return annotate(make_article(text, id=id, date=date, lang=lang))


def arguments(text: str, lang: str) -> dict[str, list[str]]:
    """One text's event mentions, trigger word → its participants."""
    return {m.trigger: m.arguments for m in analyze([article(text, f"{lang}-1", lang=lang)]).mentions}
