"""An update line years after the story ("Updated June 25, 2013" under a story of 2011) is left
out of the evidence of which day the article came out (`without_late_stamps`), but the page
existed by then: publication was on that day or before (`BOUND`). Left out entirely, it left a
story that names no day of its own with no guess at all."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.temporal.dating import date_article, infer_date, served_by

UPDATED = dt.date(2013, 6, 25)
# Per language: a story naming its year (2011) and a weekday but no day, and an update line.
PAGES = {
    "en": ("The 2011 budget was passed by parliament on Monday after a long night of talks. "
           "The opposition voted against it.", "Updated June 25, 2013"),
    "es": ("El parlamento aprobó el lunes los presupuestos de 2011 tras una larga noche de negociaciones. "
           "La oposición votó en contra.", "Actualizado el 25 de junio de 2013"),
    "fr": ("Le parlement a adopté lundi le budget 2011 après une longue nuit de négociations. "
           "L'opposition a voté contre.", "Mis à jour le 25 juin 2013"),
    "it": ("Il parlamento ha approvato lunedì il bilancio 2011 dopo una lunga notte di trattative. "
           "L'opposizione ha votato contro.", "Aggiornato il 25 giugno 2013"),
    "de": ("Das Parlament hat am Montag den Haushalt 2011 nach einer langen Nacht der Verhandlungen "
           "beschlossen. Die Opposition stimmte dagegen.", "Aktualisiert am 25. Juni 2013"),
    "pt": ("O parlamento aprovou na segunda-feira o orçamento de 2011 após uma longa noite de negociações. "
           "A oposição votou contra.", "Atualizado em 25 de junho de 2013"),
    "ru": ("Парламент в понедельник принял бюджет на 2011 год после долгой ночи переговоров. "
           "Оппозиция голосовала против.", "Обновлено 25 июня 2013 года"),
    "ar": ("أقر البرلمان يوم الاثنين ميزانية 2011 بعد ليلة طويلة من المفاوضات. "
           "وصوتت المعارضة ضدها.", "آخر تحديث 25 يونيو 2013"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_late_update_line_still_bounds_publication(lang: str) -> None:
    story, update = PAGES[lang]
    guess = infer_date(f"Headline of the day\n{story}\n{update}\n", lang, min_confidence=0.0)
    assert guess.date is not None and guess.date <= UPDATED, guess
    assert any(e.detail.startswith(f"the page existed by {UPDATED}") for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_no_year_after_the_update_is_weighed(lang: str) -> None:
    """A day named without its year ("Tuesday, March 4" is one in 2008, 2014 and 2025) is not
    placed after the day the page existed by (2014 was the likeliest year after the story's 2011)."""
    story, update = PAGES[lang]
    named = {"en": "Talks resume on Tuesday, March 4.", "es": "Las negociaciones se reanudan el martes 4 de marzo.",
             "fr": "Les négociations reprennent le mardi 4 mars.", "it": "Le trattative riprendono martedì 4 marzo.",
             "de": "Die Gespräche beginnen wieder am Dienstag, 4. März.",
             "pt": "As negociações recomeçam na terça-feira, 4 de março.",
             "ru": "Переговоры возобновятся во вторник, 4 марта.", "ar": "تستأنف المفاوضات يوم الثلاثاء 4 مارس."}[lang]
    article = make_article(f"Headline of the day\n{story} {named}\n{update}\n", id=f"bound-{lang}", lang=lang)
    guess = date_article(article, min_confidence=0.0)
    assert guess.date is not None and guess.date <= UPDATED, guess


SERVED = dt.date(2020, 7, 31)
SERVED_LINE = {"en": "Friday 31 July 2020", "es": "Viernes 31 de julio de 2020", "fr": "Vendredi 31 juillet 2020",
               "it": "Venerdì 31 luglio 2020", "de": "Freitag, 31. Juli 2020", "pt": "Sexta-feira, 31 de julho de 2020",
               "ru": "Пятница, 31 июля 2020", "ar": "الجمعة 31 يوليو 2020"}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_day_a_page_was_served_bounds_publication(lang: str) -> None:
    """A site's date of the day over a story of 2011, which ingest leaves out as the page's
    ("page date"), is the day the page existed by."""
    story, _update = PAGES[lang]
    article = make_article(f"{SERVED_LINE[lang]}\nHeadline of the day\n{story}\n", id=f"served-{lang}", lang=lang)
    assert served_by(article) == SERVED


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_update_line_kept_as_evidence_bounds_publication(lang: str) -> None:
    """An update line the story's years do not leave out ("Updated June 25, 2013" under a
    story of 2011) says the page existed by then, as a late one does: a site's date of the
    day years after it ("Friday 31 July 2020" over the page) is no answer. Its days after the
    update were weighed as any other day, and the site's date was answered."""
    story, update = PAGES[lang]
    guess = infer_date(f"{SERVED_LINE[lang]}\nHeadline of the day\n{story}\n{update}\n", lang)
    assert guess.date is None or guess.date <= UPDATED, guess
