"""Labels of a page's creation or publication day in every language ("Date de création :",
"Erstellungsdatum:", "Data pubblicazione:", "تم النشر في"): the day is publication's, as
"Publié le" says, not a date that merely stands at the top."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import infer_date

DAY = dt.date(2013, 6, 25)
LINES = [
    ("en", "Creation date: June 25, 2013"),
    ("es", "Fecha de creación: 25/06/2013"),
    ("fr", "Date de création : 25 juin 2013"),
    ("it", "Data pubblicazione: 25/06/2013"),
    ("it", "Pubblicato in data 25 giugno 2013"),
    ("de", "Datum der Veröffentlichung: 25.06.2013"),
    ("de", "Erstellungsdatum: 25.06.2013"),
    ("pt", "Data de criação: 25/06/2013"),
    ("ru", "Дата создания: 25.06.2013"),
    ("ar", "تم النشر في 25/06/2013"),
]
STORY = {
    "en": "Ferry crews returned to work after the union accepted a new rota. They had walked out in 2011.",
    "es": "Las tripulaciones volvieron al trabajo tras el acuerdo. Ya habían parado en 2011.",
    "fr": "Les équipages ont repris le travail après l'accord. Ils avaient cessé le travail en 2011.",
    "it": "Gli equipaggi sono tornati al lavoro dopo l'accordo. Si erano fermati nel 2011.",
    "de": "Die Besatzungen nahmen die Arbeit nach der Einigung wieder auf. Sie hatten 2011 gestreikt.",
    "pt": "As tripulações voltaram ao trabalho após o acordo. Tinham parado em 2011.",
    "ru": "Экипажи вернулись к работе после соглашения. Они бастовали в 2011 году.",
    "ar": "عادت الأطقم إلى العمل بعد الاتفاق. وكانت قد أضربت في 2011.",
}


@pytest.mark.parametrize(("lang", "line"), LINES)
def test_a_creation_or_publication_label_says_the_day_of_publication(lang: str, line: str) -> None:
    guess = infer_date(f"Headline\n{line}\n{STORY[lang]}", lang)
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess
    assert any(e.detail.startswith(f"says it was published on {DAY}") for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(STORY))
def test_words_of_creation_in_a_sentence_are_not_a_label(lang: str) -> None:
    """The story's own words about something else made on a day ("the fund, created on ...",
    "le livre, paru le ..."): only a label's words ("Creation date:") say when the page was made."""
    sentence = {"en": "The fund, created on June 25, 2013 by the union, paid the crews during the strike.",
                "es": "El fondo, creado el 25 de junio de 2013 por el sindicato, pagó a las tripulaciones.",
                "fr": "Le livre du syndicat, paru le 25 juin 2013, racontait la grève.",
                "it": "Il fondo, creato il 25 giugno 2013 dal sindacato, ha pagato gli equipaggi durante lo sciopero.",
                "de": "Der Bericht, erstellt am 25.06.2013 von der Gewerkschaft, nannte die Kosten des Streiks.",
                "pt": "O fundo, criado em 25/06/2013 pelo sindicato, pagou as tripulações durante a greve.",
                "ru": "Фонд, созданный 25.06.2013 профсоюзом, платил экипажам во время забастовки.",
                "ar": "دفع الصندوق الذي أنشئ في 25/06/2013 أجور الطواقم أثناء الإضراب."}[lang]
    guess = infer_date(f"Headline\n{STORY[lang]} {sentence}", lang, min_confidence=0.0)
    assert not any(e.detail.startswith("says it was published") for e in guess.evidence), guess.evidence
