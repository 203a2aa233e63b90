"""A day in a street's or square's name is no time expression; a day with its year right after
a place word is a date (names leave the year out), in every language with place words."""

from __future__ import annotations

import pytest
from timex_cases import DCT

from dateline.temporal import tag

NAMES = [
    ("es", "Los manifestantes cortaron la calle 25 de Mayo."),
    ("fr", "Le cortège a remonté la rue du 4 Septembre."),
    ("it", "Il corteo è passato per via 20 settembre."),
    ("pt", "O desfile passou pela Ponte 25 de Abril."),
    ("de", "Der Zug fuhr über die Straße des 17. Juni."),
    ("ru", "Колонна прошла по улице 1 Мая."),
    ("ar", "سار المتظاهرون في شارع 26 يوليو."),
]

DATES = [
    ("es", "Volvieron a la plaza 25 de enero de 2011, según la policía.", "2011-01-25"),
    ("it", "Si sono radunati in piazza 25 aprile 2015 per protestare.", "2015-04-25"),
    ("pt", "Reuniram-se na praça 25 de abril de 2015 para protestar.", "2015-04-25"),
    ("de", "Sie zogen über die Straße des 17. Juni 2011 zum Tor.", "2011-06-17"),
    ("ru", "Они вышли на площадь 25 января 2011 года.", "2011-01-25"),
    ("ar", "تجمعوا في ميدان 25 يناير 2011 للاحتجاج.", "2011-01-25"),
]


@pytest.mark.parametrize("lang, text", NAMES)
def test_a_day_naming_a_place_is_no_date(lang: str, text: str) -> None:
    assert tag(text, DCT, lang) == []


@pytest.mark.parametrize("lang, text, value", DATES)
def test_a_day_with_its_year_after_a_place_word_is_a_date(lang: str, text: str, value: str) -> None:
    assert [t.value for t in tag(text, DCT, lang)] == [value]
