"""The default number of dates of a small collection (audit of session 24, defect 7): every day
with a dated sentence on the topic is shown, up to the cap, and a full default timeline says
when days were left out."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.model import Article
from dateline.temporal import annotate
from dateline.timeline import build, size

D = dt.date

# Per language, a small story (hand-written): (publication day, text), the query, and the days
# a reader lists. The vote of March 3 is told by one article only (one signal).
SMALL = {
    "en": ([(D(2026, 3, 4), "The council voted on Tuesday to close the Velna bridge. The mayor welcomed the vote."),
            (D(2026, 3, 10), "Workers began repairs on the Velna bridge yesterday. The bridge will reopen on May 2."),
            (D(2026, 3, 10), "Repairs on the Velna bridge began on Monday, the city said.")],
           "bridge", [D(2026, 3, 3), D(2026, 3, 9), D(2026, 5, 2)]),
    "fr": ([(D(2026, 3, 4), "Le conseil a voté mardi la fermeture du pont de la Velna. Le maire a salué le vote."),
            (D(2026, 3, 10), "Les ouvriers ont commencé hier les travaux du pont de la Velna. Le pont rouvrira le 2 mai."),
            (D(2026, 3, 10), "Les travaux du pont de la Velna ont commencé lundi, a indiqué la ville.")],
           "pont", [D(2026, 3, 3), D(2026, 3, 9), D(2026, 5, 2)]),
    "it": ([(D(2026, 3, 4), "Il consiglio ha votato martedì la chiusura del ponte sulla Velna. Il sindaco ha "
                            "accolto il voto."),
            (D(2026, 3, 10), "Gli operai hanno iniziato ieri i lavori sul ponte della Velna. Il ponte riaprirà "
                             "il 2 maggio."),
            (D(2026, 3, 10), "I lavori sul ponte della Velna sono iniziati lunedì, ha detto il comune.")],
           "ponte", [D(2026, 3, 3), D(2026, 3, 9), D(2026, 5, 2)]),
}


def _articles(lang: str) -> list[Article]:
    return [annotate(make_article(text, id=f"{lang}{n}", date=day, lang=lang))
            for n, (day, text) in enumerate(SMALL[lang][0])]


@pytest.mark.parametrize("lang", sorted(SMALL))
def test_a_small_collection_shows_every_day_told_on_topic(lang: str) -> None:
    """The vote day and the reopening day are each named by one article: the default used to
    show only the day two articles back (March 9)."""
    _, query, days = SMALL[lang]
    timeline = build(_articles(lang), query=[query])
    assert [e.date for e in timeline.entries] == days
    assert not any("more day(s)" in n for n in timeline.notes)


def test_a_full_default_timeline_says_days_were_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(size, "MAX_DATES", 2)
    timeline = build(_articles("en"), query=["bridge"])
    shown = len(timeline.entries)
    assert 1 <= shown <= 2
    assert f"{3 - shown} more day(s) have a dated sentence about the topic; the default shows 2: ask for " \
           "more with --dates" in timeline.notes
    asked = build(_articles("en"), query=["bridge"], dates=2)
    assert not any("more day(s)" in n for n in asked.notes)  # the user chose the number
