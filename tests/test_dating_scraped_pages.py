"""Scraped news pages in English, French and Italian, and a few in Spanish, German and
Portuguese, written by hand (`tests/pages/`): menus, site clocks ("Today: ...", "Météo du jour"),
stamps with update lines, datelines, bylines, a date under the headline, signatures, teasers of
other articles ("Related stories", "À lire aussi", "Leggi anche") with later dates, readers'
comments, tag lists, copyright notices of the crawl, relative days with their weekday ("hier
soir, lundi 4 mars", "ieri, martedì", "gestern, am Dienstag", "domani, venerdì 6 novembre").

A development fixture for the page furniture of the undated news Dateline is meant for, kept
as tests, not as a set to tune figures on. `truth.toml` gives each page's day and what a
careful reader makes of it; Dateline must do as well:
- "answer": the day, at a confidence from the answer threshold on;
- "week": a best guess within a week of the day (an update line, a signature);
- "none": no date (the page names no year).
A page Dateline still gets wrong says why in its `known` field, and is expected to fail (strictly:
when it passes, the field must go).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from dateline.ingest import make_article
from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import date_article

PAGES = Path(__file__).parent / "pages"
TRUTH = tomllib.loads((PAGES / "truth.toml").read_text(encoding="utf-8"))
CASES = [pytest.param(lang, name, entry["day"], entry["reader"], id=f"{lang}-{name}",
                       marks=[pytest.mark.xfail(reason=entry["known"], strict=True)] if "known" in entry else [])
         for lang, pages in TRUTH.items() for name, entry in pages.items()]


def test_the_fixture_has_every_kind_of_page_in_each_language() -> None:
    for lang in ("en", "fr", "it"):
        assert {entry["reader"] for entry in TRUTH[lang].values()} == {"answer", "week", "none"}, lang
    for lang in TRUTH:
        assert sorted(p.stem for p in (PAGES / lang).glob("*.txt")) == sorted(TRUTH[lang]), lang


@pytest.mark.parametrize(("lang", "name", "day", "reader"), CASES)
def test_a_scraped_page_is_dated_as_a_careful_reader_dates_it(lang: str, name: str, day: dt.date, reader: str) -> None:
    text = (PAGES / lang / f"{name}.txt").read_text(encoding="utf-8")
    article = make_article(text, id=name, lang=lang)
    best = date_article(article, min_confidence=0.0)
    answer = date_article(article)
    if reader == "answer":
        assert answer.date == day and answer.confidence >= shipped_answer(), best.evidence[:4]
    elif reader == "week":
        assert best.date is not None and abs((best.date - day).days) <= 7, best.evidence[:4]
    else:
        assert answer.date is None and best.date is None, best.evidence[:4]
