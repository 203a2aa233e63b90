"""Recalled events: a later report of a launch, a founding, a birth is dated to when it happened."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events import analyze
from dateline.events.recall import RECALLED
from dateline.ingest import make_article
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
    assert recalled and all(m.date == UNVEILED and m.anchor == RECALLED for m in recalled), lang
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
            assert m.anchor != RECALLED, m  # planned, or a stated day of its own
