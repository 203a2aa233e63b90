"""A word that labels a page's date ("date", "Fecha:", "Datum vom", "التاريخ:") before a date
at the top of the text: the line is the page's date stamp, as the bare date would be. A
lowercase word joined to a date by blanks made the line a clause ("date 5 March 2024" read as
"met on 5 March 2024"), and the text lost its stamp (audit s19)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import infer_date

DAY = dt.date(2024, 3, 5)
STORY = {
    "en": "The minister resigned on Monday after the vote in parliament. The opposition called for new elections.",
    "es": "El ministro dimitió el lunes tras la votación en el parlamento. La oposición pidió nuevas elecciones.",
    "fr": "Le ministre a démissionné lundi après le vote au parlement. L'opposition a demandé de nouvelles élections.",
    "it": "Il ministro si è dimesso lunedì dopo il voto in parlamento. L'opposizione ha chiesto nuove elezioni.",
    "de": "Der Minister trat am Montag nach der Abstimmung im Parlament zurück. Die Opposition forderte Neuwahlen.",
    "pt": "O ministro demitiu-se na segunda-feira após a votação no parlamento. A oposição pediu novas eleições.",
    "ru": "Министр ушёл в отставку в понедельник после голосования в парламенте. Оппозиция потребовала выборов.",
    "ar": "استقال الوزير يوم الاثنين بعد التصويت في البرلمان. وطالبت المعارضة بانتخابات جديدة.",
}
# Per language, a labelled stamp the code before read as a clause (first), and the forms with
# a colon, which were read already and must stay.
LABELLED = [
    ("en", "date 5 March 2024"), ("en", "dated 5 March 2024"), ("en", "Date: 5 March 2024"),
    ("es", "fecha 5 de marzo de 2024"), ("es", "Fecha: 5 de marzo de 2024"),
    ("fr", "date 5 mars 2024"), ("fr", "Date : 5 mars 2024"),
    ("it", "data 5 marzo 2024"), ("it", "Data: 5 marzo 2024"),
    ("de", "Datum vom 5. März 2024"), ("de", "Datum: 5. März 2024"),
    ("pt", "data 5 de março de 2024"), ("pt", "Data: 5 de março de 2024"),
    ("ru", "дата 5 марта 2024 года"), ("ru", "Дата: 5 марта 2024"),
    ("ar", "التاريخ: يوم الثلاثاء 5 مارس 2024"), ("ar", "التاريخ: 5 مارس 2024"),
]


@pytest.mark.parametrize(("lang", "line"), LABELLED)
def test_a_labelled_date_at_the_top_is_the_pages_stamp(lang: str, line: str) -> None:
    guess = infer_date(f"{line}\n{STORY[lang]}\n", lang)
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess
    assert any(e.detail.startswith(f"date stamp {DAY}") for e in guess.evidence), guess.evidence


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_label_word_inside_a_sentence_leaves_it_a_sentence(lang: str) -> None:
    """The label's word opening a sentence that goes on after the date ("in data 5 marzo 2024
    il consiglio ha votato"), or after other words ("The election date 5 March 2024 was set"):
    the date is the story's, no stamp."""
    sentence = {"en": "The election date 5 March 2024 was set by the council.",
                "es": "La fecha 5 de marzo de 2024 fue fijada por el consejo.",
                "fr": "La date 5 mars 2024 a été fixée par le conseil.",
                "it": "in data 5 marzo 2024 il consiglio ha votato la legge.",
                "de": "Datum vom 5. März 2024 war der Tag, an dem der Rat die Wahl festlegte.",
                "pt": "A data 5 de março de 2024 foi marcada pelo conselho.",
                "ru": "Дата 5 марта 2024 года была назначена советом для выборов.",
                "ar": "حدد المجلس التاريخ 5 مارس 2024 موعدا للانتخابات."}[lang]
    guess = infer_date(f"Headline of the day\n{sentence}\n{STORY[lang]}\n", lang, min_confidence=0.0)
    assert not any(e.detail.startswith("date stamp") for e in guess.evidence), guess.evidence
