"""A shift word inside one time expression is no tense of the clause for another: in "The talks
ended on Friday and resume next week", "next" says where next week is, not which Friday."""

from __future__ import annotations

import pytest
from timex_cases import DCT

from dateline.temporal import tag

# Publication date Monday 2023-03-20: the Friday before is 2023-03-17.
ENDED_FRIDAY_RESUME_NEXT_WEEK = {
    "en": ("The talks ended on Friday and resume next week.", "Friday"),
    "es": ("Las conversaciones terminaron el viernes y se reanudan la próxima semana.", "el viernes"),
    "fr": ("Les pourparlers se sont terminés vendredi et reprennent la semaine prochaine.", "vendredi"),
    "it": ("I colloqui sono terminati venerdì e riprendono la prossima settimana.", "venerdì"),
    "de": ("Die Gespräche endeten am Freitag und werden nächste Woche fortgesetzt.", "Freitag"),
    "pt": ("As conversações terminaram na sexta-feira e recomeçam na próxima semana.", "sexta-feira"),
    "ru": ("Переговоры завершились в пятницу и возобновятся на следующей неделе.", "пятницу"),
    "ar": ("انتهت المحادثات يوم الجمعة وتستأنف الأسبوع المقبل.", "يوم الجمعة"),
}


@pytest.mark.parametrize("lang", sorted(ENDED_FRIDAY_RESUME_NEXT_WEEK))
def test_next_week_does_not_make_friday_future(lang: str) -> None:
    text, friday = ENDED_FRIDAY_RESUME_NEXT_WEEK[lang]
    values = {t.text: t.value for t in tag(text, DCT, lang)}
    assert values[friday] == "2023-03-17"
    assert "2023-W13" in values.values()


def test_a_shift_word_still_decides_its_own_expression() -> None:
    values = {t.text: t.value for t in tag("They meet next Friday.", DCT, "en")}
    assert values == {"next Friday": "2023-03-24"}
