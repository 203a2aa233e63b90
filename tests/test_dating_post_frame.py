"""A post that says it belongs to a series or a coverage ("This post is part of our special
coverage …", the language file's `[stamp] post_frame`) is written days after the events its lead
dates: a weekday-date where it opens keeps a weekday-date's week (`dating.POST_FRAME`), it does not
pin publication as a news lead's does (`LEAD_WEEKDAY_DATE`), so such a post is not answered with
the events' day. The posts are written by hand (the leads of test_dating_lead_weekday); before this
rule each framed one was answered with the day its lead names.
"""

from __future__ import annotations

import pytest

from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import LEAD_WEEKDAY_DATE, WEEKDAY_DATE, DayCue, _named, infer_date, reading
from tests.test_dating_lead_weekday import CASES, DAY

# Per language: the sentence by which a post says it is part of a coverage, at its top or its foot.
FRAMES = {
    "en": ("This post is part of our special coverage of the island's economy.", "top"),
    "es": ("Este post es parte de nuestra cobertura especial sobre la economía de la isla.", "top"),
    "fr": ("Ce billet fait partie de notre dossier sur l'économie de l'île.", "foot"),
    "it": ("Questo articolo fa parte della nostra copertura speciale sull'economia dell'isola.", "top"),
    "de": ("Dieser Beitrag ist Teil unserer Sonderberichterstattung über die Wirtschaft der Insel.", "foot"),
    "pt": ("Este artigo faz parte da nossa cobertura especial sobre a economia da ilha.", "top"),
    "ru": ("Эта статья является частью нашего специального репортажа об экономике острова.", "foot"),
    "ar": ("هذه التدوينة جزء من تغطيتنا الخاصة لاقتصاد الجزيرة.", "top"),
}


def _post(lang: str, framed: bool = True) -> str:
    headline, lead, *_others, last = CASES[lang]
    frame, where = FRAMES[lang]
    body = f"{lead} {last}"
    if not framed:
        return f"{headline}\n\n{body}"
    return f"{headline}\n{frame}\n\n{body}" if where == "top" else f"{headline}\n\n{body}\n\n{frame}"


def _roles(text: str, lang: str) -> set[str]:
    return {c.role for c in _named(reading(text, lang).cues) if isinstance(c, DayCue) and c.year}


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_a_framed_posts_lead_weekday_date_keeps_its_week(lang: str) -> None:
    assert _roles(_post(lang), lang) == {WEEKDAY_DATE}
    guess = infer_date(_post(lang), lang)
    assert guess.date is None or guess.confidence < shipped_answer(), guess.evidence[:3]


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_the_same_lead_without_the_frame_is_the_news_day(lang: str) -> None:
    """A guard: the frame, not the lead, makes the difference."""
    assert _roles(_post(lang, framed=False), lang) == {LEAD_WEEKDAY_DATE}
    assert infer_date(_post(lang, framed=False), lang).date == DAY
