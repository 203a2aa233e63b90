"""A shift word inside one time expression is no tense of the clause for another: in "The talks
ended on Friday and resume next week", "next" says where next week is, not which Friday."""

from __future__ import annotations

import datetime as dt

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


# A future cue right after a pluperfect auxiliary is a plan seen from the past ([tense]
# future_in_past): the deadline has gone by. Languages without such a tense (ru) or whose
# form is also a plain past ("was scheduled", "كان من المقرر": the plan may still be ahead)
# list no words. Publication date Monday 2023-03-20.
@pytest.mark.parametrize("lang, past, future, day", [
    ("en", "The offer had been scheduled to expire Friday.", "The offer is scheduled to expire Friday.", "Friday"),
    ("de", "Der Konzern hatte geplant, am Freitag zu zahlen.", "Der Konzern plant, am Freitag zu zahlen.", "Freitag"),
])
def test_a_future_cue_after_a_pluperfect_is_past(lang: str, past: str, future: str, day: str) -> None:
    assert {t.text: t.value for t in tag(past, DCT, lang)} == {day: "2023-03-17"}
    assert {t.text: t.value for t in tag(future, DCT, lang)} == {day: "2023-03-24"}


def test_an_adjective_made_with_un_is_no_past_tense() -> None:
    # "unspecified" ends like a past verb but is an adjective: "would" sets the tense
    # (publication date 1989-10-26, so January is the coming one).
    text = "The split would be paid on a still unspecified date in January."
    assert {t.text: t.value for t in tag(text, dt.date(1989, 10, 26), "en")} == {"January": "1990-01"}


def test_planned_as_an_adjective_is_no_future() -> None:
    # "is planned for" is a future cue, the adjective "a planned visit" is none (German
    # "geplanter Besuch" already is not: only the word "geplant" is listed).
    assert {t.text: t.value for t in tag("The vote is planned for Friday.", DCT, "en")} == {"Friday": "2023-03-24"}
    text = "The delegates left after a planned visit on Friday."
    assert {t.text: t.value for t in tag(text, DCT, "en")} == {"Friday": "2023-03-17"}
