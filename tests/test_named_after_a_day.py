"""A day inside a proper name ("Movimiento 6 de Abril", "the April 6 Youth Movement") is no
report of that day: like a date naming an event, it is read as a past one, its last occurrence
before publication, whatever the tense; the same day in a sentence is read by the tense.

Hand-written sentences in every language, in the future tense so that the tense alone would
put the day after publication (1 March 2012)."""
from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.tagger import tagger_for

DCT = dt.date(2012, 3, 1)

# language, sentence with the day in a name, its day's words, sentence with the day reported
CASES = [
    ("en", "The April 6 Youth Movement will march again.", "April 6", "The march on April 6 will be large."),
    ("en", "Traffic will cross the 6th October Bridge.", "6th October", "Traffic will stop on 6th October."),
    ("es", "El Movimiento 6 de Abril convocará una marcha.", "6 de Abril",
     "La marcha del 6 de abril será grande."),
    ("es", "Cruzarán el Puente del 6 de Octubre.", "6 de Octubre",
     "El puente del 6 de octubre será largo."),  # lower case: a long weekend, no name
    ("es", "El Movimiento juvenil 6 de abril convocará una marcha.", "6 de abril",
     "La marcha juvenil del 6 de abril será grande."),
    ("es", "El movimiento Jóvenes del 6 de Abril convocará una marcha.", "6 de Abril",
     "El movimiento del 6 de abril será grande."),
    ("fr", "Le Mouvement du 6 avril organisera une marche.", "6 avril", "La marche du 6 avril sera grande."),
    ("it", "Il Movimento 6 aprile organizzerà una marcia.", "6 aprile", "La marcia del 6 aprile sarà grande."),
    ("de", "Die Bewegung 6. April wird einen Marsch organisieren.", "6. April",
     "Der Marsch am 6. April wird groß sein."),
    ("pt", "O Movimento 6 de Abril vai organizar uma marcha.", "6 de Abril", "A marcha de 6 de abril será grande."),
    ("ru", "Движение 6 апреля проведёт марш.", "6 апреля", "Марш 6 апреля будет большим."),
    ("ar", "ستنظم حركة 6 أبريل مسيرة.", "6 أبريل", "ستكون المسيرة في 6 أبريل كبيرة."),
]


def _value(lang: str, text: str, words: str) -> str:
    """The value of the expression of `text` that holds `words`."""
    values = [t.value for t in tagger_for(lang).tag(text, DCT) if words.lower() in t.text.lower()]
    assert len(values) == 1, (text, values)
    return values[0]


@pytest.mark.parametrize("lang, named, words, reported", CASES)
def test_a_day_in_a_name_is_its_last_occurrence_and_a_reported_day_follows_the_tense(
        lang: str, named: str, words: str, reported: str) -> None:
    value = _value(lang, named, words)
    month_day = value[5:]
    assert value == f"2011-{month_day}"
    assert _value(lang, reported, words) == f"2012-{month_day}"


@pytest.mark.parametrize("lang", ["en", "es", "fr", "it", "de", "pt", "ru", "ar"])
def test_every_language_declares_names_given_after_a_day(lang: str) -> None:
    tagger = tagger_for(lang)
    assert tagger.name_before is not None or tagger.name_after is not None
