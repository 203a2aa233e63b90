"""A full date named with its weekday puts publication within its week (`dating._within_its_week`),
below the article's opening (where it opens, it is the lead's day: test_dating_lead_weekday)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.dating import WEEKDAY_DATE, DayCue, Posterior, _named, posterior, reading

# Per language: a meeting on "Friday, May 9, 2025" (a Friday) and an older year; then the same
# with a weekday that does not fit the date (Thursday), a misprint that pins nothing.
CASES = {
    "en": ("The ministers met in Geneva on Friday, May 9, 2025. Talks began in 2019.",
           "The ministers met in Geneva on Thursday, May 9, 2025. Talks began in 2019."),
    "es": ("Los ministros se reunieron en Ginebra el viernes 9 de mayo de 2025. Las conversaciones empezaron en 2019.",
           "Los ministros se reunieron en Ginebra el jueves 9 de mayo de 2025. Las conversaciones empezaron en 2019."),
    "fr": ("Les ministres se sont réunis à Genève le vendredi 9 mai 2025. Les pourparlers ont commencé en 2019.",
           "Les ministres se sont réunis à Genève le jeudi 9 mai 2025. Les pourparlers ont commencé en 2019."),
    "it": ("I ministri si sono riuniti a Ginevra venerdì 9 maggio 2025. I colloqui sono iniziati nel 2019.",
           "I ministri si sono riuniti a Ginevra giovedì 9 maggio 2025. I colloqui sono iniziati nel 2019."),
    "de": ("Die Minister trafen sich am Freitag, 9. Mai 2025, in Genf. Die Gespräche begannen 2019.",
           "Die Minister trafen sich am Donnerstag, 9. Mai 2025, in Genf. Die Gespräche begannen 2019."),
    "pt": ("Os ministros reuniram-se em Genebra na sexta-feira, 9 de maio de 2025. As conversações começaram em 2019.",
           "Os ministros reuniram-se em Genebra na quinta-feira, 9 de maio de 2025. As conversações começaram em 2019."),
    "ru": ("Министры встретились в Женеве в пятницу, 9 мая 2025 года. Переговоры начались в 2019 году.",
           "Министры встретились в Женеве в четверг, 9 мая 2025 года. Переговоры начались в 2019 году."),
    "ar": ("اجتمع الوزراء في جنيف يوم الجمعة 9 مايو 2025. وبدأت المحادثات في عام 2019.",
           "اجتمع الوزراء في جنيف يوم الخميس 9 مايو 2025. وبدأت المحادثات في عام 2019."),
}
DAY = dt.date(2025, 5, 9)


def below_opening(text: str) -> str:
    """The text's first sentence under an opening of lines of its second, away from the top
    (`dating._opens_article`), at the end of a paragraph (not a line of its own, as a stamp)."""
    first, rest = text.rsplit(". ", 1)
    return "\n".join([rest] * 20 + [f"{rest} {first}."])


def week_after(text: str, lang: str) -> float:
    """The model's posterior of publication in the week from May 9, 2025 on."""
    post = posterior(reading(below_opening(text), lang).cues)
    assert isinstance(post, Posterior)
    first = DAY.toordinal()
    return float(post.probs[(post.points >= first) & (post.points <= first + 6)].sum())


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_full_date_with_its_weekday_puts_publication_in_its_week(lang: str) -> None:
    """Named among the other days, as a date alone, the week after it held 0.27 of the
    posterior in every language; a weekday is named for a day of the week being reported."""
    fits, _misprint = CASES[lang]
    assert week_after(fits, lang) >= 0.6


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_weekday_that_does_not_fit_the_date_pins_nothing(lang: str) -> None:
    """A guard: the misprinted weekday is read, but says nothing of publication's week."""
    fits, misprint = CASES[lang]
    days = {text: [c for c in _named(reading(below_opening(text), lang).cues) if isinstance(c, DayCue)]
            for text in CASES[lang]}
    assert [(c.weekday, c.role) for c in days[fits]] == [(5, WEEKDAY_DATE)]
    assert [(c.weekday, c.role) for c in days[misprint]] == [(4, "date")]
