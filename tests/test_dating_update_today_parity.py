"""Languages get the same weight: a page whose only stamp is an update line and whose story says
"today" ("Aggiornato il 23 marzo 2026, ore 18:40 … oggi", "Mis à jour le 23 mars 2026 à 18h40 …
aujourd'hui", "Updated March 23, 2026 … today") gets the same best guess at the same confidence
in every language (stop 26 audit, defect 18: the Italian page looked weaker than the French one,
whose story said "ce lundi" instead, a weekday the Italian did not name). Written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.dating import infer_date

DAY = dt.date(2026, 3, 23)  # a Monday
CASES = {
    "en": ("Rail line update", "Updated March 23, 2026, 6:40 PM", "The train ran again today.", "this Monday"),
    "fr": ("Point sur la ligne", "Mis à jour le 23 mars 2026 à 18h40", "Le train a circulé aujourd'hui.", "ce lundi"),
    "it": ("Aggiornamento sulla linea", "Aggiornato il 23 marzo 2026, ore 18:40", "Il treno ha circolato oggi.",
           "questo lunedì"),
    "es": ("Novedades de la línea", "Actualizado el 23 de marzo de 2026, 18:40", "El tren circuló hoy.", "este lunes"),
    "de": ("Neues zur Strecke", "Aktualisiert am 23. März 2026, 18:40 Uhr", "Der Zug fuhr heute wieder.",
           "diesen Montag"),
    "pt": ("Novidades da linha", "Atualizado em 23 de março de 2026, 18h40", "O comboio circulou hoje.",
           "esta segunda-feira"),
}


def _page(lang: str, day_words: str | None = None) -> str:
    headline, stamp, story, weekday = CASES[lang]
    return f"{headline}\n\n{stamp}\n\n{story if day_words is None else story.replace(day_words, weekday)}"


TODAY = {"en": "today", "fr": "aujourd'hui", "it": "oggi", "es": "hoy", "de": "heute", "pt": "hoje"}


def test_an_update_line_and_today_weigh_the_same_in_every_language() -> None:
    guesses = {lang: infer_date(_page(lang), lang) for lang in CASES}
    assert {g.date or g.best_guess for g in guesses.values()} == {DAY}, guesses
    confidences = [max(g.confidence, g.best_confidence) for g in guesses.values()]
    assert max(confidences) - min(confidences) < 0.05, guesses


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_weekday_beside_the_update_line_says_more_than_today(lang: str) -> None:
    """The French page answered and the Italian did not because it named a weekday ("ce lundi") the
    Italian did not: with "questo lunedì" the Italian is answered too, in every language alike."""
    with_weekday = infer_date(_page(lang, TODAY[lang]), lang)
    assert with_weekday.date == DAY
    assert with_weekday.confidence > infer_date(_page(lang), lang).best_confidence
