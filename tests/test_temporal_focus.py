"""The period under discussion (issue 10, general failure types of the English value misses,
written for every language it applies to): an earnings report names its quarter first, then
says "the quarter", "the latest period" and "a year ago" paragraphs later, after other dates."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_cases import DCT

from dateline.temporal import tag

# Publication date Monday 2023-03-20: "the third quarter" in a past-tense report is 2022-Q3.
# A comparison "a year ago" three sentences later is that quarter a year back.
A_YEAR_AGO_AFTER_THE_QUARTER = {
    "en": ("Profit rose in the third quarter. Sales grew. Margins widened. Debt fell. "
           "Costs were lower than a year ago.", "the third quarter", "a year ago"),
    "de": ("Der Gewinn stieg im dritten Quartal. Der Umsatz wuchs. Die Margen stiegen. Die Schulden "
           "sanken. Die Kosten lagen unter denen von vor einem Jahr.", "dritten Quartal", "vor einem Jahr"),
    "ru": ("Прибыль выросла в третьем квартале. Выручка выросла. Маржа выросла. Долг снизился. "
           "Расходы были ниже, чем год назад.", "третьем квартале", "год назад"),
    "ar": ("ارتفعت الأرباح في الربع الثالث. نمت المبيعات. ارتفعت الهوامش. انخفض الدين. "
           "كانت التكاليف أقل مما كانت عليه قبل عام.", "الربع الثالث", "قبل عام"),
}


@pytest.mark.parametrize("lang", sorted(A_YEAR_AGO_AFTER_THE_QUARTER))
def test_a_year_ago_is_the_reported_quarter_a_year_back(lang: str) -> None:
    text, quarter, year_ago = A_YEAR_AGO_AFTER_THE_QUARTER[lang]
    values = {t.text: t.value for t in tag(text, DCT, lang)}
    assert values[quarter] == "2022-Q3"
    assert values[year_ago] == "2021-Q3"


def test_without_a_quarter_a_year_ago_is_a_year() -> None:
    values = {t.text: t.value for t in tag("The plant closed a year ago.", DCT, "en")}
    assert values == {"a year ago": "2022"}


# "the quarter" is the quarter the text reports on, the first it names (not yet to come), even
# when a day ("June 30") or another quarter ("a flat second quarter") came after it; it was the
# last complete quarter before publication (2022-Q4) whenever the date last mentioned was not
# a quarter. Only English reads "the quarter" alone: es/fr/it/pt do not tag "del trimestre",
# and German "im Quartal" has no article the grammar reads.
def test_the_quarter_is_the_quarter_reported_on() -> None:
    text = "Profit rose in the second quarter, which ended June 30. Sales in the quarter grew."
    values = {t.text: t.value for t in tag(text, DCT, "en")}
    assert values == {"the second quarter": "2022-Q2", "June 30": "2022-06-30", "the quarter": "2022-Q2"}
    # Published 2023-11-20: the third quarter reported on, the second only compared with.
    text = ("Profit rose in the third quarter. It had been flat in the second quarter. "
            "Costs in the year-earlier period were higher.")
    values = {t.text: t.value for t in tag(text, dt.date(2023, 11, 20), "en")}
    assert values == {"the third quarter": "2023-Q3", "the second quarter": "2023-Q2",
                      "the year-earlier period": "2022-Q3"}


# "the quarter ended July 31" names its own quarter: a fiscal quarter (May to July) is the
# calendar quarter holding most of it, whatever quarter is in focus; a named quarter keeps its
# name ("the second quarter ended Oct. 31"). Only English reads "the quarter" alone (above).
def test_the_quarter_ended_on_a_day_is_the_quarter_it_spans() -> None:
    text = "Profit rose in the third quarter. In the quarter ended July 31, sales fell."
    values = {t.text: t.value for t in tag(text, dt.date(2023, 11, 20), "en")}
    assert values == {"the third quarter": "2023-Q3", "the quarter": "2023-Q2", "July 31": "2023-07-31"}
    values = {t.text: t.value for t in tag("Sales rose in the quarter ended Sept. 30.", dt.date(2023, 11, 20), "en")}
    assert values == {"the quarter": "2023-Q3", "Sept. 30": "2023-09-30"}
    values = {t.text: t.value for t in tag("It lost money in the second quarter ended Oct. 31.", dt.date(2023, 11, 20), "en")}
    assert values == {"the second quarter": "2023-Q2", "Oct. 31": "2023-10-31"}


# German "das gleiche Quartal", "den gleichen Zeitraum" are the period in focus, as "the same
# period" (joined to "des Vorjahres": a year back).
def test_german_same_period_is_the_period_in_focus() -> None:
    text = "Der Gewinn stieg im dritten Quartal. Das gleiche Quartal des Vorjahres war schwach."
    values = {t.text: t.value for t in tag(text, dt.date(2023, 11, 20), "de")}
    assert values == {"dritten Quartal": "2023-Q3", "Das gleiche Quartal des Vorjahres": "2022-Q3"}
    text = "Der Gewinn stieg im dritten Quartal. Der Umsatz lag über den gleichen Zeitraum."
    values = {t.text: t.value for t in tag(text, dt.date(2023, 11, 20), "de")}
    assert values == {"dritten Quartal": "2023-Q3", "den gleichen Zeitraum": "2023-Q3"}
