"""Recalled events: a later report of a launch, a founding, a birth is dated to when it happened."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events import analyze
from dateline.ingest import make_article
from dateline.model import EventAnchor
from dateline.temporal import annotate

UNVEILED = dt.date(2010, 6, 7)


def _article(text: str, id: str, date: dt.date, lang: str):
    return annotate(make_article(text, id=id, date=date, lang=lang))


# Per language: the launch with its own day, then a report two months later recalling it
# without a day of its own.
LAUNCH_THEN_RECALL = {
    "en": ("Orvex unveiled the Nimbus X2 phone on June 7, 2010, in San Francisco.",
           "Sales were slow in August. When the chief executive first introduced the Nimbus X2, "
           "he praised its battery."),
    "es": ("Orvex presentó el teléfono Nimbus X2 el 7 de junio de 2010 en San Francisco.",
           "Las ventas fueron lentas en agosto. Cuando el director presentó por primera vez el "
           "Nimbus X2, elogió su batería."),
    "de": ("Der Nimbus X2 wurde am 7. Juni 2010 in San Francisco vorgestellt.",
           "Die Verkäufe waren im August schwach. Der Chef hat den Nimbus X2 damals vorgestellt."),
    "it": ("Orvex ha presentato il telefono Nimbus X2 il 7 giugno 2010 a San Francisco.",
           "Le vendite sono state deboli in agosto. Quando il capo ha presentato il Nimbus X2 per "
           "la prima volta, ha lodato la batteria."),
    "pt": ("A Orvex apresentou o telefone Nimbus X2 em 7 de junho de 2010 em San Francisco.",
           "As vendas foram fracas em agosto. Quando o chefe apresentou o Nimbus X2 pela primeira "
           "vez, elogiou a bateria."),
    "fr": ("Orvex a présenté le téléphone Nimbus X2 le 7 juin 2010 à San Francisco.",
           "Les ventes étaient faibles en août. Quand le patron a présenté le Nimbus X2 pour la "
           "première fois, il a salué sa batterie."),
}


@pytest.mark.parametrize("lang", sorted(LAUNCH_THEN_RECALL))
def test_a_recalled_launch_takes_the_launch_day(lang: str) -> None:
    first, later = LAUNCH_THEN_RECALL[lang]
    analysis = analyze([_article(first, "a", dt.date(2010, 6, 8), lang),
                        _article(later, "b", dt.date(2010, 8, 9), lang)])
    recalled = [m for m in analysis.mentions if m.article_id == "b" and "Nimbus X2" in m.arguments]
    assert recalled and all(m.date == UNVEILED and m.anchor is EventAnchor.EARLIER_REPORT for m in recalled), lang
    # ... and the two reports are one event, the launch, with both articles as sources.
    launch = [e for e in analysis.events if e.date == UNVEILED and "Nimbus X2" in e.participants]
    assert len(launch) == 1 and launch[0].articles == ["a", "b"]


def test_what_is_launched_on_several_days_or_planned_or_stated_stays() -> None:
    analysis = analyze([
        _article("Orvex Systems launched the Nimbus X2 on June 7, 2010. Orvex Systems launched the "
                 "Nimbus X3 on March 2, 2011.", "a", dt.date(2011, 3, 3), "en"),
        _article("Orvex Systems introduced a tablet, the company said.", "b", dt.date(2011, 5, 9), "en"),
        _article("Orvex will release the Nimbus X2 in Canada.", "c", dt.date(2011, 5, 9), "en"),
        _article("The Nimbus X2 was released in Japan on May 2, 2011.", "d", dt.date(2011, 5, 9), "en"),
    ])
    # Orvex launches several things: its own reports stay on their articles' days.
    assert {m.date for m in analysis.mentions if m.article_id == "b"} == {dt.date(2011, 5, 9)}
    for m in analysis.mentions:
        if m.article_id in "cd":
            assert m.anchor is not EventAnchor.EARLIER_REPORT, m  # planned, or a stated day of its own


# Per language: a participle describing the name ("the recently announced Nimbus X2") in a
# clause with a day of its own, which belongs to the pre-orders, not to the announcement.
ATTRIBUTIVE = {
    "en": ("Pre-orders of the recently announced Nimbus X2 began on Tuesday, June 15, 2010.", "announced"),
    "de": ("Die Vorbestellungen für das kürzlich vorgestellte Nimbus X2 begannen am Dienstag, "
           "dem 15. Juni 2010.", "vorgestellte"),
    "es": ("Las reservas del recientemente presentado Nimbus X2 comenzaron el martes 15 de junio "
           "de 2010.", "presentado"),
    "it": ("Le prenotazioni del recentemente presentato Nimbus X2 sono iniziate martedì 15 giugno "
           "2010.", "presentato"),
    "pt": ("As encomendas do recentemente apresentado Nimbus X2 começaram na terça-feira, 15 de "
           "junho de 2010.", "apresentado"),
    "fr": ("Les précommandes du récemment présenté Nimbus X2 ont commencé le mardi 15 juin 2010.",
           "présenté"),
}


@pytest.mark.parametrize("lang", sorted(ATTRIBUTIVE))
def test_a_participle_before_a_name_recalls_an_earlier_event(lang: str) -> None:
    text, participle = ATTRIBUTIVE[lang]
    alone = analyze([_article(text, "b", dt.date(2010, 6, 16), lang)])
    described = [m for m in alone.mentions if m.trigger == participle]
    assert described and described[0].date is None, lang  # not the pre-orders' Tuesday
    both = analyze([_article(LAUNCH_THEN_RECALL[lang][0], "a", dt.date(2010, 6, 8), lang),
                    _article(text, "b", dt.date(2010, 6, 16), lang)])
    assert [m.date for m in both.mentions
            if m.article_id == "b" and m.trigger == participle] == [UNVEILED], lang


# Per language: a participle after the name describing it, in a clause with a day of its own
# (the pre-orders'), then a clause where the name's verb is the event and keeps that day.
POSTNOMINAL = {
    "en": ("Pre-orders of the Nimbus X2, recently announced, began on Tuesday, June 15, 2010.", "announced",
           "Jobs, the head of the Nimbus X2 team, announced on Tuesday, June 15, 2010 that pre-orders began."),
    "de": ("Die Vorbestellungen für das Nimbus X2, kürzlich vorgestellt, begannen am Dienstag, "
           "dem 15. Juni 2010.", "vorgestellt",
           "Das Nimbus X2 wurde am Dienstag, dem 15. Juni 2010, vorgestellt."),
    "es": ("Las reservas del Nimbus X2 recién presentado comenzaron el martes 15 de junio de 2010.",
           "presentado", "El Nimbus X2 se presentó el martes 15 de junio de 2010."),
    "it": ("Le prenotazioni del Nimbus X2 appena presentato sono iniziate martedì 15 giugno 2010.",
           "presentato", "Il Nimbus X2 si presentò martedì 15 giugno 2010."),
    "pt": ("As encomendas do Nimbus X2 recém apresentado começaram na terça-feira, 15 de junho de 2010.",
           "apresentado", "O Nimbus X2 apresentou-se na terça-feira, 15 de junho de 2010."),
    "fr": ("Les précommandes du Nimbus X2 récemment présenté ont commencé le mardi 15 juin 2010.",
           "présenté", "Le Nimbus X2 a été présenté le mardi 15 juin 2010."),
    "ru": ("Предзаказы на Nimbus X2, недавно представленный компанией, начались во вторник, 15 июня 2010 года.",
           "представленный", "Компания Nimbus X2 представила новинку во вторник, 15 июня 2010 года."),
}


@pytest.mark.parametrize("lang", sorted(POSTNOMINAL))
def test_a_participle_after_a_name_is_not_the_clause_s_event(lang: str) -> None:
    text, participle, clause = POSTNOMINAL[lang]
    described = [m for m in analyze([_article(text, "b", dt.date(2010, 6, 16), lang)]).mentions
                 if m.trigger == participle]
    assert described and described[0].date is None, lang
    dated = [m.date for m in analyze([_article(clause, "c", dt.date(2010, 6, 16), lang)]).mentions]
    assert dt.date(2010, 6, 15) in dated, lang
