"""Scraped news pages in English, French and Italian, written by hand (`tests/pages/`): menus,
site clocks, stamps with update lines, datelines, a date under the headline, signatures,
teasers of other articles, readers' comments, tag lists, copyright notices of the crawl.

A development fixture for the page furniture of the undated news Dateline is meant for, kept
as tests, not as a set to tune figures on. `truth.toml` gives each page's day and what a
careful reader makes of it; Dateline must do as well:
- "answer": the day, at a confidence from the answer threshold on;
- "week": a best guess within a week of the day (an update line, a signature);
- "none": no date (the page names no year).
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
CASES = [(lang, name, entry["day"], entry["reader"]) for lang, pages in TRUTH.items() for name, entry in pages.items()]


def test_the_fixture_has_every_kind_of_page_in_each_language() -> None:
    for lang in ("en", "fr", "it"):
        assert {entry["reader"] for entry in TRUTH[lang].values()} == {"answer", "week", "none"}, lang
        assert sorted(p.stem for p in (PAGES / lang).glob("*.txt")) == sorted(TRUTH[lang]), lang


@pytest.mark.parametrize(("lang", "name", "day", "reader"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
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
