"""Readings across neighbouring words and sentences. Two readings that cross at a shared word
("yesterday, Thursday" and "Thursday 7 March 2024"): the choice that keeps more of the text read
wins, in every language, so a stated date is not cut down to its month; and a bare clock time
takes the day named in the sentence before (closing-s18-ingest, section 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal import tag
from dateline.temporal.explain import Outcome, explain

DCT = dt.date(2024, 3, 8)  # a Friday


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Engineers tested the barrier yesterday, Thursday 7 March 2024, closing its gates.",
     [("yesterday", "2024-03-07"), ("Thursday 7 March 2024", "2024-03-07")]),
    ("en", "Engineers tested the barrier yesterday, Thursday 7 March, closing its gates.",
     [("yesterday", "2024-03-07"), ("Thursday 7 March", "2024-03-07")]),
    ("es", "Los ingenieros probaron la barrera ayer, jueves 7 de marzo de 2024, cerrando las compuertas.",
     [("ayer", "2024-03-07"), ("jueves 7 de marzo de 2024", "2024-03-07")]),
    ("es", "Llegó ayer jueves 7 de marzo.", [("ayer", "2024-03-07"), ("jueves 7 de marzo", "2024-03-07")]),
    ("fr", "Les ingénieurs ont testé la barrière hier, jeudi 7 mars 2024, en fermant ses vannes.",
     [("hier", "2024-03-07"), ("jeudi 7 mars 2024", "2024-03-07")]),
    ("it", "Gli ingegneri hanno provato la barriera ieri, giovedì 7 marzo 2024, chiudendo le paratoie.",
     [("ieri", "2024-03-07"), ("giovedì 7 marzo 2024", "2024-03-07")]),
    ("de", "Die Ingenieure testeten die Sperre gestern, Donnerstag, 7. März 2024, und schlossen die Tore.",
     [("gestern", "2024-03-07"), ("Donnerstag, 7. März 2024", "2024-03-07")]),
    ("de", "Die Ingenieure testeten die Sperre gestern, Donnerstag, 7. März, und schlossen die Tore.",
     [("gestern", "2024-03-07"), ("Donnerstag, 7. März", "2024-03-07")]),
    ("pt", "Os engenheiros testaram a barreira ontem, quinta-feira, 7 de março de 2024, fechando as comportas.",
     [("ontem", "2024-03-07"), ("quinta-feira, 7 de março de 2024", "2024-03-07")]),
    ("ru", "Инженеры испытали барьер вчера, в четверг, 7 марта 2024 года, закрыв ворота.",
     [("вчера", "2024-03-07"), ("четверг, 7 марта 2024 года", "2024-03-07")]),
    ("ar", "اختبر المهندسون الحاجز أمس الخميس 7 مارس 2024 وأغلقوا بواباته.",
     [("أمس", "2024-03-07"), ("الخميس 7 مارس 2024", "2024-03-07")]),
    # Nothing crosses: the day word and its weekday stay one expression.
    ("en", "The mayor spoke today, Friday, at the opening.", [("today, Friday", "2024-03-08")]),
    ("es", "El alcalde habló hoy, viernes, en la apertura.", [("hoy, viernes", "2024-03-08")]),
])
def test_crossing_readings_keep_the_stated_date(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT, lang)] == expected


def test_explain_says_the_crossing_reading_won() -> None:
    """The losing reading names the crossing one that beat it."""
    report = explain("Engineers tested the barrier yesterday, Thursday 7 March 2024.", DCT, "en")
    (lost,) = [c for c in report.candidates if c.text == "yesterday, Thursday"]
    assert lost.outcome is Outcome.LOST
    assert "'Thursday 7 March 2024'" in lost.reason and "crosses it" in lost.reason


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The festival opened on Sunday. Mayor Lior Tams cut the ribbon at noon.",
     [("Sunday", "2024-03-03"), ("noon", "2024-03-03T12:00")]),
    ("fr", "Le festival a ouvert dimanche. Le maire a coupé le ruban à midi.",
     [("dimanche", "2024-03-03"), ("midi", "2024-03-03T12:00")]),
    ("de", "Das Festival wurde am Sonntag eröffnet. Der Bürgermeister schnitt um 12 Uhr das Band durch.",
     [("Sonntag", "2024-03-03"), ("12 Uhr", "2024-03-03T12:00")]),
    # Two sentences on, the day is no longer in focus: the publication day's noon.
    ("en", "The festival opened on Sunday. The weather was fine. The mayor cut the ribbon at noon.",
     [("Sunday", "2024-03-03"), ("noon", "2024-03-08T12:00")]),
])
def test_clock_time_takes_the_day_of_the_sentence_before(lang: str, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    """A bare clock time falls on the day in focus, named in its sentence or the one before."""
    assert [(t.text, t.value) for t in tag(text, DCT, lang)] == expected
