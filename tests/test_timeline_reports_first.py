"""A day's summary tells the report of the day before an announcement of it made days ahead
(audit s26, defect 15), in every language: the rule reads publication dates, not words."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.temporal import annotate
from dateline.timeline import build

D = dt.date
DAY = D(2026, 3, 23)
# Per language: the query, two announcements of the line's reopening on the day (published a
# week ahead), and the report of the first train that day (published on it). Hand-written.
CASES = {
    "en": ("Valdora", "The Valdora railway line will reopen on 23 March 2026, the operator announced.",
           "The operator announced that the Valdora railway line will reopen on 23 March 2026.",
           "The first train in weeks ran on the Valdora line on 23 March 2026."),
    "es": ("Valdora", "La línea ferroviaria de Valdora reabrirá el 23 de marzo de 2026, anunció el operador.",
           "El operador anunció que la línea ferroviaria de Valdora reabrirá el 23 de marzo de 2026.",
           "El primer tren en semanas circuló por la línea de Valdora el 23 de marzo de 2026."),
    "fr": ("Valdora", "La ligne ferroviaire de Valdora rouvrira le 23 mars 2026, a annoncé l'exploitant.",
           "L'exploitant a annoncé que la ligne ferroviaire de Valdora rouvrira le 23 mars 2026.",
           "Le premier train depuis des semaines a circulé sur la ligne de Valdora le 23 mars 2026."),
    "it": ("Valdora", "La linea ferroviaria di Valdora riaprirà il 23 marzo 2026, ha annunciato il gestore.",
           "Il gestore ha annunciato che la linea ferroviaria di Valdora riaprirà il 23 marzo 2026.",
           "Il primo treno da settimane ha percorso la linea di Valdora il 23 marzo 2026."),
    "de": ("Valdora", "Die Bahnstrecke nach Valdora wird am 23. März 2026 wieder geöffnet, kündigte der Betreiber an.",
           "Der Betreiber kündigte an, dass die Bahnstrecke nach Valdora am 23. März 2026 wieder geöffnet wird.",
           "Der erste Zug seit Wochen fuhr am 23. März 2026 auf der Strecke nach Valdora."),
    "pt": ("Valdora", "A linha ferroviária de Valdora vai reabrir em 23 de março de 2026, anunciou o operador.",
           "O operador anunciou que a linha ferroviária de Valdora vai reabrir em 23 de março de 2026.",
           "O primeiro comboio em semanas circulou na linha de Valdora em 23 de março de 2026."),
    "ru": ("Вальдора", "Железнодорожная линия Вальдора откроется 23 марта 2026 года, объявил оператор.",
           "Оператор объявил, что железнодорожная линия Вальдора откроется 23 марта 2026 года.",
           "Первый за несколько недель поезд прошёл по линии Вальдора 23 марта 2026 года."),
    "ar": ("تيرانو", "سيعاد فتح خط السكك الحديدية في تيرانو في 23 مارس 2026، كما أعلن المشغل.",
           "أعلن المشغل أن خط السكك الحديدية في تيرانو سيعاد فتحه في 23 مارس 2026.",
           "سار أول قطار منذ أسابيع على خط تيرانو في 23 مارس 2026 وسط ترحيب السكان في المحطة."),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_report_of_the_day_is_told_before_its_announcement(lang: str) -> None:
    query, first, second, report = CASES[lang]
    articles = [annotate(make_article(text, id=name, date=day, lang=lang))
                for name, text, day in (("ann1", first, D(2026, 3, 16)), ("ann2", second, D(2026, 3, 17)),
                                        ("report", report, DAY))]
    timeline = build(articles, query=[query], dates=1, sentences=1)
    assert [(e.date, [s.text for s in e.sentences]) for e in timeline.entries] == [(DAY, [report])]
