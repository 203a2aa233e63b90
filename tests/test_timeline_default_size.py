"""The default number of dates (audit of session 24, defect 7): every day the topic reaches (an
on-topic sentence is about it) is shown, up to the cap, whatever else the collection tells of;
a full default timeline says when days were left out, a short one why it is short, and a saved
timeline says the same."""

from __future__ import annotations

import datetime as dt

import pytest

from pathlib import Path

from dateline.ingest import make_article
from dateline.model import Article
from dateline.pipeline import analyse
from dateline.saved import save_timeline
from dateline.store import open_store
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


# Per language, one off-topic article (hand-written template) naming 31 days of January, one
# sentence each: the collection then tells of more than 30 days, which until session 25 made
# the default keep to the days two signals back (March 9 alone: the vote and the reopening are
# each told by one article), though the topic reaches three days.
ELSEWHERE = {
    "en": "The Orla museum lent a painting to the Brask gallery on January {day}, 2026.",
    "fr": "Le musée d'Orla a prêté un tableau à la galerie de Brask le {day} janvier 2026.",
    "it": "Il museo di Orla ha prestato un quadro alla galleria di Brask il {day} gennaio 2026.",
}


def _articles(lang: str, *, elsewhere: bool = False) -> list[Article]:
    found = [annotate(make_article(text, id=f"{lang}{n}", date=day, lang=lang))
             for n, (day, text) in enumerate(SMALL[lang][0])]
    if elsewhere:
        text = " ".join(ELSEWHERE[lang].format(day=day) for day in range(1, 32))
        found.append(annotate(make_article(text, id=f"{lang}-museum", date=D(2026, 2, 1), lang=lang)))
    return found


@pytest.mark.parametrize("lang", sorted(SMALL))
def test_a_small_collection_shows_every_day_told_on_topic(lang: str) -> None:
    """The vote day and the reopening day are each named by one article: the default used to
    show only the day two articles back (March 9)."""
    _, query, days = SMALL[lang]
    timeline = build(_articles(lang), query=[query])
    assert [e.date for e in timeline.entries] == days
    assert not any("more day(s)" in n for n in timeline.notes)


@pytest.mark.parametrize("lang", sorted(SMALL))
def test_days_off_the_topic_do_not_size_the_timeline(lang: str) -> None:
    """31 more days told off the topic change neither the size nor the days shown (until
    session 25: March 9 alone, as the collection then told of more than 30 days)."""
    _, query, days = SMALL[lang]
    timeline = build(_articles(lang, elsewhere=True), query=[query])
    assert [e.date for e in timeline.entries] == days
    assert not any("more day(s)" in n or "date(s) of the" in n for n in timeline.notes)


LEFT_OUT = "1 more day(s) have a sentence about the topic; the default shows 2: ask for more with --dates"


def test_a_full_default_timeline_says_days_were_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(size, "MAX_DATES", 2)
    timeline = build(_articles("en"), query=["bridge"])
    assert len(timeline.entries) == 2
    assert LEFT_OUT in timeline.notes
    asked = build(_articles("en"), query=["bridge"], dates=2)
    assert not any("more day(s)" in n for n in asked.notes)  # the user chose the number


def _plain(number: int, text: str, day: dt.date) -> Article:
    return analyse(make_article(text, id=f"p-{number}", date=day, lang="en", path=f"outlet/p-{number}"))


def test_a_saved_default_timeline_says_days_were_left_out_too(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(size, "MAX_DATES", 2)
    articles = [_plain(n, text, day) for n, (day, text) in enumerate(SMALL["en"][0])]
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(articles)
        saved = store.saved_timeline(save_timeline(store, "bridge", {"q": ["bridge"]}))
        assert saved is not None
        assert len(saved.result["entries"]) == 2
        assert LEFT_OUT in saved.result["notes"]
        asked = store.saved_timeline(save_timeline(store, "two", {"q": ["bridge"], "dates": 2}))
        assert asked is not None and not any("more day(s)" in n for n in asked.result["notes"])


# One sentence tells of two days: the first day ranked takes it, the other has nothing left.
TWO_DAYS = (D(2026, 3, 5), "Mayor Orsk met the harbour council on March 3, 2026 and again on March 4, 2026.")


def test_a_default_timeline_short_of_the_days_the_topic_reaches_says_why(tmp_path: Path) -> None:
    expected = "1 date(s) of the 2 the topic reaches: every sentence about the other 1 day(s) repeats one already shown"
    timeline = build([annotate(make_article(TWO_DAYS[1], id="two", date=TWO_DAYS[0], lang="en"))], query=["Orsk"])
    assert len(timeline.entries) == 1
    assert expected in timeline.notes
    assert not any("more day(s)" in n for n in timeline.notes)
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_plain(0, TWO_DAYS[1], TWO_DAYS[0])])
        saved = store.saved_timeline(save_timeline(store, "orsk", {"q": ["Orsk"]}))
        assert saved is not None and expected in saved.result["notes"]
