"""A date named with its weekday after "this" ("este viernes 9 de mayo", "ce vendredi 9 mai",
"this Friday, May 9"): a day of the week the writer is in, so publication falls in that day's
week, Monday to Sunday (`dating.THIS_WEEKDAY_DATE`), with or without the date's year. Each
language's "this" is its `shift_before` 0 words; the sentences are written by hand. Each is read
below the article's opening (`below_opening`): where it opens, it is the lead's day."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.dating import THIS_WEEKDAY_DATE, WEEKDAY_DATE, DayCue, Posterior, _named, posterior, reading
from tests.test_dating_weekday_dates import below_opening

# Per language: a meeting "this Friday, May 9, 2025" (a Friday); the same without "this"; and
# "this Friday, May 9" without its year, beside a year the text names.
CASES = {
    "en": ("The ministers met in Geneva this Friday, May 9, 2025. Talks began in 2019.",
           "The ministers met in Geneva on Friday, May 9, 2025. Talks began in 2019.",
           "The ministers met in Geneva this Friday, May 9. Talks began in 2019."),
    "es": ("Los ministros se reunieron en Ginebra este viernes 9 de mayo de 2025. Las conversaciones empezaron en 2019.",
           "Los ministros se reunieron en Ginebra el viernes 9 de mayo de 2025. Las conversaciones empezaron en 2019.",
           "Los ministros se reunieron en Ginebra este viernes 9 de mayo. Las conversaciones empezaron en 2019."),
    "fr": ("Les ministres se sont réunis à Genève ce vendredi 9 mai 2025. Les pourparlers ont commencé en 2019.",
           "Les ministres se sont réunis à Genève le vendredi 9 mai 2025. Les pourparlers ont commencé en 2019.",
           "Les ministres se sont réunis à Genève ce vendredi 9 mai. Les pourparlers ont commencé en 2019."),
    "it": ("I ministri si sono riuniti a Ginevra questo venerdì 9 maggio 2025. I colloqui sono iniziati nel 2019.",
           "I ministri si sono riuniti a Ginevra venerdì 9 maggio 2025. I colloqui sono iniziati nel 2019.",
           "I ministri si sono riuniti a Ginevra questo venerdì 9 maggio. I colloqui sono iniziati nel 2019."),
    "de": ("Die Minister trafen sich diesen Freitag, 9. Mai 2025, in Genf. Die Gespräche begannen 2019.",
           "Die Minister trafen sich am Freitag, 9. Mai 2025, in Genf. Die Gespräche begannen 2019.",
           "Die Minister trafen sich diesen Freitag, 9. Mai, in Genf. Die Gespräche begannen 2019."),
    "pt": ("Os ministros reuniram-se em Genebra nesta sexta-feira, 9 de maio de 2025. As conversações começaram em 2019.",
           "Os ministros reuniram-se em Genebra na sexta-feira, 9 de maio de 2025. As conversações começaram em 2019.",
           "Os ministros reuniram-se em Genebra nesta sexta-feira, 9 de maio. As conversações começaram em 2019."),
    "ru": ("Министры встретились в Женеве в эту пятницу, 9 мая 2025 года. Переговоры начались в 2019 году.",
           "Министры встретились в Женеве в пятницу, 9 мая 2025 года. Переговоры начались в 2019 году.",
           "Министры встретились в Женеве в эту пятницу, 9 мая. Переговоры начались в 2019 году."),
    "ar": ("اجتمع الوزراء في جنيف هذه الجمعة 9 مايو 2025. وبدأت المحادثات في عام 2019.",
           "اجتمع الوزراء في جنيف يوم الجمعة 9 مايو 2025. وبدأت المحادثات في عام 2019.",
           "اجتمع الوزراء في جنيف هذه الجمعة 9 مايو. وبدأت المحادثات في عام 2019."),
}
MONDAY, SUNDAY = dt.date(2025, 5, 5), dt.date(2025, 5, 11)  # the week of Friday, May 9, 2025


def _week(text: str, lang: str) -> float:
    """The model's posterior of publication in the week of May 9, 2025."""
    post = posterior(reading(below_opening(text), lang).cues)
    assert isinstance(post, Posterior)
    return float(post.probs[(post.points >= MONDAY.toordinal()) & (post.points <= SUNDAY.toordinal())].sum())


def _roles(text: str, lang: str) -> list[tuple[int | None, str]]:
    return [(c.weekday, c.role) for c in _named(reading(below_opening(text), lang).cues) if isinstance(c, DayCue)]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_this_weekday_and_its_date_put_publication_in_that_week(lang: str) -> None:
    """Without "this", the weekday puts publication within a week either side of the day (most
    of it still in the day's own week); with it, in the day's own week only, surer."""
    this, plain, _yearless = CASES[lang]
    assert _roles(this, lang) == [(5, THIS_WEEKDAY_DATE)]
    assert _roles(plain, lang) == [(5, WEEKDAY_DATE)]
    assert _week(this, lang) > _week(plain, lang) + 0.03


@pytest.mark.parametrize("lang", sorted(CASES))
def test_this_weekday_and_a_date_without_its_year(lang: str) -> None:
    """"this Friday, May 9" is a May 9 that is a Friday (2025, 2014, ...): pinned all the same,
    its year chosen by the weekday."""
    _this, _plain, yearless = CASES[lang]
    assert _roles(yearless, lang) == [(5, THIS_WEEKDAY_DATE)]
