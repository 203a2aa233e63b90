"""A hint range leaves no mass to the days outside it (audit s25, defect 3): the days of a year
looked at day by day that are not candidates are weighed each for itself (`_other_days`), not at
the year's mean, which gave the eleven months outside a one-month hint a twelfth of a day's
weight each ("any other day" 0.15-0.22, a bare dateline 0.51). Every language; each test fails on
the code before it (main at 3b2d853)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.dating import infer_date, posterior, reading

HINT = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
DAY = dt.date(2026, 3, 4)
# A dateline without its year over a lead that names no day.
ALONE = {
    "en": "LISBON, March 4 (Reuters) - Ferry crews kept the port closed.",
    "fr": "LISBONNE, 4 mars (AFP) - Les équipages des ferries ont bloqué le port.",
    "it": "LISBONA, 4 marzo - Gli equipaggi dei traghetti hanno bloccato il porto.",
    "es": "LISBOA, 4 mar (EFE).- Las tripulaciones de los transbordadores bloquearon el puerto.",
    "de": "LISSABON, 4. März (dpa) - Die Fährbesatzungen blockierten den Hafen.",
    "pt": "LISBOA, 4 mar (Lusa) - As tripulações dos ferries bloquearam o porto.",
    "ru": "ЛИССАБОН, 4 марта (Рейтер) - Экипажи паромов заблокировали порт.",
    "ar": "لشبونة، 4 مارس (رويترز) - أغلقت طواقم العبارات الميناء.",
}


@pytest.mark.parametrize("lang", sorted(ALONE))
def test_a_one_month_hint_leaves_nothing_to_the_other_months(lang: str) -> None:
    post = posterior(reading(ALONE[lang], lang, HINT).cues)
    assert post.elsewhere < 0.01  # was 0.15
    best = int(post.probs.argmax())
    assert post.days[best] == DAY and post.probs[best] > 0.6  # was 0.51
    # the day after keeps the dateline's odds for it (0.2 of 0.8 known)
    after = post.days.index(DAY + dt.timedelta(days=1))
    assert post.probs[after] < post.probs[best] / 2


def test_the_whole_year_as_hint_is_as_before() -> None:
    """A hint of a year takes no day out: the same answer, still sure."""
    guess = infer_date(ALONE["es"], "es", hint_range=(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    assert guess.date == DAY
