"""Stamp words of creation and posting ("Créé le", "Inserito il", "Posté par Jean Dupont le"), a
labelled date over the headline ("Date: 25/06/2013"), on a served page (a menu over it) whose
story names no year: the date is the article's own, said as surely as "Published on" says it.

Found on hand-written scraped pages (stop 26): "Créé le 25/06/2013 à 10:32", "Posté le 25 juin
2013", "Inserito il 25/06/2013" and "Postato da Mario Rossi il 25 giugno 2013" were read as a
date in a sentence ("le", "il" govern dates), with the confidence of a date the story names; a
labelled date over the headline was halved as a site's date of the day may be. Each language
has its forms, written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import date_article

DAY = dt.date(2013, 6, 25)
# (menu, headline, story naming no year)
PAGE = {
    "en": ("Home | World | Sport", "Minister resigns after vote",
           "The minister resigned on Monday after the vote in parliament. The opposition called for new elections."),
    "es": ("Inicio | Mundo | Deportes", "Dimite el ministro tras la votación",
           "El ministro dimitió el lunes tras la votación en el parlamento. La oposición pidió nuevas elecciones."),
    "fr": ("Accueil | Monde | Sport", "Le ministre démissionne après le vote",
           "Le ministre a démissionné lundi après le vote au parlement. L'opposition a demandé de nouvelles élections."),
    "it": ("Home | Mondo | Sport", "Il ministro si dimette dopo il voto",
           "Il ministro si è dimesso lunedì dopo il voto in parlamento. L'opposizione ha chiesto nuove elezioni."),
    "de": ("Startseite | Welt | Sport", "Minister tritt nach Abstimmung zurück",
           "Der Minister trat am Montag nach der Abstimmung im Parlament zurück. Die Opposition forderte Neuwahlen."),
    "pt": ("Início | Mundo | Desporto", "Ministro demite-se após votação",
           "O ministro demitiu-se na segunda-feira após a votação no parlamento. A oposição pediu novas eleições."),
    "ru": ("Главная | В мире | Спорт", "Министр ушёл в отставку после голосования",
           "Министр ушёл в отставку в понедельник после голосования в парламенте. Оппозиция потребовала выборов."),
    "ar": ("الرئيسية | العالم | رياضة", "استقالة الوزير بعد التصويت",
           "استقال الوزير يوم الاثنين بعد التصويت في البرلمان. وطالبت المعارضة بانتخابات جديدة."),
}
# Per language: a creation or posting stamp (read as "published"), and a posting byline.
STAMPS = [
    ("en", "Created on 25 June 2013 10:32", "published"), ("en", "Submitted by Jane Doe on 25 June 2013", "stamp"),
    ("es", "Creado el 25/06/2013 a las 10:32", "published"), ("es", "Enviado por Carlos Ruiz el 25 de junio de 2013", "stamp"),
    ("fr", "Créé le 25/06/2013 à 10:32", "published"), ("fr", "Posté le 25 juin 2013", "published"),
    ("fr", "Posté par Jean Dupont le 25 juin 2013", "stamp"),
    ("it", "Inserito il 25/06/2013", "published"), ("it", "Postato da Mario Rossi il 25 giugno 2013 alle 10:32", "stamp"),
    ("de", "Erstellt am 25.06.2013", "published"), ("de", "Gepostet von Hans Müller am 25. Juni 2013", "stamp"),
    ("pt", "Criado em 25/06/2013", "published"), ("pt", "Postado por Ana Souza em 25 de junho de 2013", "stamp"),
    ("ru", "Создано 25.06.2013", "published"), ("ru", "Добавил Иван Петров 25.06.2013", "stamp"),
    ("ar", "أضيف في 25/06/2013", "published"), ("ar", "بواسطة محمد حسن 25/06/2013", "stamp"),
]
LABELS = {"en": "Date: 25/06/2013", "es": "Fecha: 25/06/2013", "fr": "Date : 25/06/2013", "it": "Data: 25/06/2013",
          "de": "Datum: 25.06.2013", "pt": "Data: 25/06/2013", "ru": "Дата: 25.06.2013", "ar": "التاريخ: 25/06/2013"}
KINDS = {"published": "says it was published on", "stamp": "date stamp"}


def _date(lang: str, line: str, **kw: float) -> object:
    menu, headline, story = PAGE[lang]
    return date_article(make_article("\n".join([menu, line, headline, story]), id=f"{lang}-{line}", lang=lang), **kw)


@pytest.mark.parametrize(("lang", "line", "kind"), STAMPS)
def test_a_creation_or_posting_stamp_is_the_articles_date(lang: str, line: str, kind: str) -> None:
    guess = _date(lang, line)
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess
    assert any(e.detail.startswith(KINDS[kind]) for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_a_labelled_date_over_the_headline_is_the_articles_not_the_sites(lang: str) -> None:
    """A site's clock says "Today" (`boilerplate.site_clock`), not "Date:": the labelled date is
    as sure as one under the headline; the same date alone over it is no surer than a site's."""
    labelled = _date(lang, LABELS[lang])
    assert labelled.date == DAY and labelled.confidence >= shipped_answer(), labelled
    bare = _date(lang, "25.06.2013", min_confidence=0.0)
    assert bare.date == DAY and bare.confidence < labelled.confidence, bare


# Per language: a sentence of the story in which a stamp's participle governs a date a few words
# in ("This committee, created on 18 February 2011, was to look into ...").
SENTENCES = {
    "en": "This committee, created on 18 February 2011, was to look into the years the former president held power.",
    "es": "Esta comisión, creada el 18 de febrero de 2011, estaba encargada de investigar los años del expresidente.",
    "fr": "Cette commission, créée le 18 février 2011, était chargée d'enquêter sur les années de l'ancien président.",
    "it": "Questa commissione, creata il 18 febbraio 2011, doveva indagare sugli anni dell'ex presidente al potere.",
    "de": "Diese Kommission, erstellt am 18. Februar 2011, sollte die Jahre des früheren Präsidenten untersuchen.",
    "pt": "Esta comissão, criada em 18 de fevereiro de 2011, devia investigar os anos do antigo presidente no poder.",
    "ru": "Эта комиссия, создано 18 февраля 2011 года решение, должна была изучить годы правления бывшего президента.",
    "ar": "هذه اللجنة أضيف في 18 فبراير 2011 إليها عدد من القضاة للتحقيق في سنوات حكم الرئيس السابق.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_stamp_word_in_a_sentence_that_goes_on_after_its_date_is_no_stamp(lang: str) -> None:
    guess = _date(lang, SENTENCES[lang], min_confidence=0.0)
    assert not any(e.detail.startswith(("says it was", "date stamp")) for e in guess.evidence), guess.evidence
