"""An hour "at night" is a small hour before 6 and the evening's from 6 on, in every language:
"a las dos de la noche" is 02:00 and "a las once de la noche" 23:00. Spanish and Portuguese had
their night among the afternoon's words (2 at night was 14:00), French and Italian had no night
words at all (nothing read, or "deux heures" a duration)."""

from __future__ import annotations

import pytest
from timex_cases import finder

# Publication date of `timex_cases`: Monday 2023-03-20. Per language: the sentence (an hour
# to fill in) and the expression's extent.
AT_NIGHT = {
    "en": ("The blast was heard at {} at night.", "{} at night"),
    "es": ("La explosión se oyó a las {} de la noche.", "las {} de la noche"),
    "fr": ("L'explosion a été entendue à {} heures de la nuit.", "{} heures de la nuit"),
    "it": ("L'esplosione è stata sentita alle {} di notte.", "{} di notte"),
    "de": ("Die Explosion war um {} Uhr nachts zu hören.", "{} Uhr nachts"),
    "pt": ("A explosão foi ouvida às {} da noite.", "{} da noite"),
    "ru": ("Взрыв услышали в {} часа ночи.", "{} часа ночи"),
    "ar": ("سمع الانفجار في الساعة {} ليلا.", "{} ليلا"),
}


@pytest.mark.parametrize("lang", sorted(AT_NIGHT))
@pytest.mark.parametrize("hour, value", [("2", "2023-03-20T02:00"), ("11", "2023-03-20T23:00")])
def test_an_hour_at_night(lang: str, hour: str, value: str) -> None:
    sentence, extent = AT_NIGHT[lang]
    found = finder(lang)(sentence.format(hour))
    assert [(text, kind, val) for text, kind, val in found if kind == "TIME"] == [(extent.format(hour), "TIME", value)]
