"""An undated article that names its own day with its weekday where it opens ("Le conseil a voté
vendredi 27 novembre 2026 …", "Der Stadtrat hat am Freitag, dem 27. November 2026, …"): the day of
the news, published that day or the next (`dating.LEAD_WEEKDAY_DATE`), so it is answered; and a
weekday joined to its date by a word of the language's [stamp] weekday_glue ("Dienstag, den 15.
März") is the date's. The articles are written by hand; each language's first one was left
unanswered before (confidence about 0.2: "within a week of it").
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.dating import LEAD_WEEKDAY_DATE, WEEKDAY_DATE, DayCue, _named, infer_date, reading
from tests.test_dating_weekday_dates import below_opening

DAY = dt.date(2026, 11, 27)  # a Friday
# Per language: a headline and a lead that names Friday, 27 November 2026 with its weekday; the
# same lead with the language's glue word between weekday and date (Russian has none: a comma);
# the same lead in the future tense (a day ahead: no pin); the story's last sentence.
CASES = {
    "en": ("Council extends aid to traders",
           "The city council voted on Friday, November 27, 2026, to extend the emergency fund for the island's traders.",
           "The city council voted on Friday the 27th of November 2026 to extend the emergency fund for the island's traders.",
           "The city council will vote on Friday, November 27, 2026, on the emergency fund for the island's traders.",
           "Yesterday the traders had protested outside the town hall."),
    "fr": ("Le conseil prolonge l'aide aux commerçants",
           "Le conseil municipal a voté vendredi 27 novembre 2026 la prolongation du fonds d'urgence pour les commerçants de l'île.",
           "Le conseil municipal a voté vendredi, le 27 novembre 2026, la prolongation du fonds d'urgence pour les commerçants.",
           "Le conseil municipal votera vendredi 27 novembre 2026 la prolongation du fonds d'urgence pour les commerçants de l'île.",
           "Hier, les commerçants avaient manifesté devant la mairie."),
    "de": ("Stadtrat verlängert Hilfen für Händler",
           "Der Stadtrat hat am Freitag, 27. November 2026, den Notfallfonds für die Händler der Insel verlängert.",
           "Der Stadtrat hat am Freitag, dem 27. November 2026, den Notfallfonds für die Händler der Insel verlängert.",
           "Der Stadtrat wird am Freitag, 27. November 2026, über den Notfallfonds für die Händler der Insel entscheiden.",
           "Gestern hatten die Händler vor dem Rathaus demonstriert."),
    "es": ("El concejo prolonga la ayuda a los comerciantes",
           "El concejo municipal aprobó el viernes 27 de noviembre de 2026 la prórroga del fondo de emergencia para los comerciantes.",
           "El concejo municipal aprobó el viernes, día 27 de noviembre de 2026, la prórroga del fondo de emergencia.",
           "El concejo municipal votará el viernes 27 de noviembre de 2026 la prórroga del fondo de emergencia.",
           "Ayer los comerciantes se habían manifestado ante el ayuntamiento."),
    "it": ("Il consiglio proroga gli aiuti ai commercianti",
           "Il consiglio comunale ha approvato venerdì 27 novembre 2026 la proroga del fondo di emergenza per i commercianti.",
           "Il consiglio comunale ha approvato venerdì, il 27 novembre 2026, la proroga del fondo di emergenza.",
           "Il consiglio comunale voterà venerdì 27 novembre 2026 la proroga del fondo di emergenza per i commercianti.",
           "Ieri i commercianti avevano manifestato davanti al municipio."),
    "pt": ("Câmara prorroga ajuda aos comerciantes",
           "A câmara municipal aprovou na sexta-feira, 27 de novembro de 2026, a prorrogação do fundo de emergência.",
           "A câmara municipal aprovou na sexta-feira, dia 27 de novembro de 2026, a prorrogação do fundo de emergência.",
           "A câmara municipal votará na sexta-feira, 27 de novembro de 2026, a prorrogação do fundo de emergência.",
           "Ontem os comerciantes tinham protestado diante da prefeitura."),
    "ru": ("Совет продлил помощь торговцам",
           "Городской совет в пятницу, 27 ноября 2026 года, продлил работу чрезвычайного фонда для торговцев острова.",
           "Городской совет в пятницу, 27-го ноября 2026 года, продлил работу чрезвычайного фонда для торговцев.",
           "Городской совет в пятницу, 27 ноября 2026 года, будет обсуждать чрезвычайный фонд для торговцев.",
           "Вчера торговцы провели акцию у здания мэрии."),
    "ar": ("المجلس يمدد المساعدات للتجار",
           "صوت المجلس البلدي يوم الجمعة 27 نوفمبر 2026 على تمديد صندوق الطوارئ لتجار الجزيرة.",
           "صوت المجلس البلدي يوم الجمعة الموافق 27 نوفمبر 2026 على تمديد صندوق الطوارئ لتجار الجزيرة.",
           "سوف يصوت المجلس البلدي يوم الجمعة 27 نوفمبر 2026 على تمديد صندوق الطوارئ لتجار الجزيرة.",
           "وكان التجار قد تظاهروا أمس أمام مبنى البلدية."),
}


def _article(lang: str, lead: str) -> str:
    headline, *_leads, last = CASES[lang]
    return f"{headline}\n\n{lead} {last}"


@pytest.mark.parametrize("lang", sorted(CASES))
@pytest.mark.parametrize("which", [1, 2], ids=["plain", "glue"])
def test_an_article_that_names_its_day_with_its_weekday_where_it_opens_is_dated(lang: str, which: int) -> None:
    guess = infer_date(_article(lang, CASES[lang][which]), lang)
    assert guess.date == DAY, guess
    assert any("where the article opens" in e.detail for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_glue_word_joins_the_weekday_to_its_date(lang: str) -> None:
    """Below the opening too: the weekday is the date's ("date with its weekday"), not a weekday alone."""
    text = below_opening(f"{CASES[lang][2]} {CASES[lang][4]}")
    days = [(c.weekday, c.role) for c in _named(reading(text, lang).cues) if isinstance(c, DayCue) and c.year]
    assert days == [(5, WEEKDAY_DATE)]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_day_ahead_in_the_lead_pins_nothing(lang: str) -> None:
    """A guard: told in the future tense, the lead's day is ahead of publication."""
    roles = {c.role for c in _named(reading(_article(lang, CASES[lang][3]), lang).cues) if isinstance(c, DayCue)}
    assert LEAD_WEEKDAY_DATE not in roles


def test_a_day_after_the_texts_own_day_is_not_the_leads() -> None:
    """A guard: "today (March 5)" opens the story; the Tuesday a week before is not its day."""
    text = "Today (March 5) the parliament voted on the reform, a week after the debate of Tuesday, Feb. 27."
    roles = {c.role for c in _named(reading(text, "en").cues) if isinstance(c, DayCue)}
    assert LEAD_WEEKDAY_DATE not in roles and "today" in roles
