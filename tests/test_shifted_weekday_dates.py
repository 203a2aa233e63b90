"""A shifted weekday restated by its day and month is one day in every language: "next Monday,
March 27", "lundi prochain, 27 mars". English read only "next Monday" and "March", losing the day
number; French, Italian and Arabic (the shift word after the weekday) split it in two."""

from __future__ import annotations

import pytest
from timex_cases import finder

# Publication date of `timex_cases`: Monday 2023-03-20.
NEXT = {
    "en": ("The talks open next Monday, March 27, in Geneva.", "next Monday, March 27"),
    "es": ("Las negociaciones empiezan el próximo lunes 27 de marzo en Ginebra.", "el próximo lunes 27 de marzo"),
    "fr": ("Les négociations commencent lundi prochain, 27 mars, à Genève.", "lundi prochain, 27 mars"),
    "it": ("I colloqui iniziano lunedì prossimo, 27 marzo, a Ginevra.", "lunedì prossimo, 27 marzo"),
    "de": ("Die Gespräche beginnen am kommenden Montag, 27. März, in Genf.", "kommenden Montag, 27. März"),
    "pt": ("As negociações começam na próxima segunda-feira, 27 de março, em Genebra.",
           "próxima segunda-feira, 27 de março"),
    "ru": ("Переговоры начнутся в следующий понедельник, 27 марта, в Женеве.", "следующий понедельник, 27 марта"),
    "ar": ("تبدأ المحادثات يوم الاثنين المقبل 27 مارس في جنيف.", "يوم الاثنين المقبل 27 مارس"),
}
LAST = {
    "en": ("The talks ended last Tuesday, March 14, in Geneva.", "last Tuesday, March 14"),
    "es": ("Las negociaciones terminaron el pasado martes 14 de marzo en Ginebra.", "el pasado martes 14 de marzo"),
    "fr": ("Les négociations se sont terminées mardi dernier, 14 mars, à Genève.", "mardi dernier, 14 mars"),
    "it": ("I colloqui sono finiti martedì scorso, 14 marzo, a Ginevra.", "martedì scorso, 14 marzo"),
    "de": ("Die Gespräche endeten am vergangenen Dienstag, 14. März, in Genf.", "vergangenen Dienstag, 14. März"),
    "pt": ("As negociações terminaram na terça-feira passada, 14 de março, em Genebra.",
           "terça-feira passada, 14 de março"),
    "ru": ("Переговоры завершились в прошлый вторник, 14 марта, в Женеве.", "прошлый вторник, 14 марта"),
    "ar": ("انتهت المحادثات يوم الثلاثاء الماضي 14 مارس في جنيف.", "يوم الثلاثاء الماضي 14 مارس"),
}


@pytest.mark.parametrize("lang", sorted(NEXT))
def test_next_weekday_with_its_day_is_one_day(lang: str) -> None:
    text, extent = NEXT[lang]
    assert finder(lang)(text) == [(extent, "DATE", "2023-03-27")]


@pytest.mark.parametrize("lang", sorted(LAST))
def test_last_weekday_with_its_day_is_one_day(lang: str) -> None:
    text, extent = LAST[lang]
    assert finder(lang)(text) == [(extent, "DATE", "2023-03-14")]
