"""A numeric date written year first is read as year, month, day whichever mark separates it
("2013/06/25", "2013.06.25"), in every language: page stamps are written so. Only the ISO form
with dashes had been read; the others gave the year alone or nothing."""

from __future__ import annotations

import pytest
from timex_cases import finder

STAMPS = {
    "en": "Posted {} by the newsroom.",
    "es": "Publicado {} por la redacción.",
    "fr": "Publié le {} par la rédaction.",
    "it": "Pubblicato il {} dalla redazione.",
    "de": "Veröffentlicht am {} von der Redaktion.",
    "pt": "Publicado em {} pela redação.",
    "ru": "Опубликовано {} редакцией.",
    "ar": "نشر في {} من قبل هيئة التحرير.",
}

EXTENT = {"es": "el {}"}  # Spanish TimeML takes the article into the extent


def _said(lang: str, written: str) -> str:
    return STAMPS[lang].format(EXTENT.get(lang, "{}").format(written))


@pytest.mark.parametrize("lang", sorted(STAMPS))
@pytest.mark.parametrize("written", ["2013-06-25", "2013/06/25", "2013.06.25"])
def test_a_year_first_date_is_one_day(lang: str, written: str) -> None:
    assert finder(lang)(_said(lang, written)) == [(EXTENT.get(lang, "{}").format(written), "DATE", "2013-06-25")]


@pytest.mark.parametrize("lang", sorted(STAMPS))
def test_a_year_first_date_with_its_clock_time_is_a_time(lang: str) -> None:
    found = finder(lang)(_said(lang, "2013/06/25T10:30"))
    assert found == [(EXTENT.get(lang, "{}").format("2013/06/25T10:30"), "TIME", "2013-06-25T10:30")]


@pytest.mark.parametrize("lang", sorted(STAMPS))
def test_numbers_that_run_on_are_no_date(lang: str) -> None:
    assert not any(value.startswith("2013-06") for _, _, value in finder(lang)(_said(lang, "2013.06.251")))
