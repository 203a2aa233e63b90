"""A day introduced by "since" is the start of a state, not the day a story is about (audit s26
defect 4: "disparus depuis dimanche" in a lead sent the article's undated sentences to that
Sunday). The tagger marks it (`Timex.boundary`); the focus day of the timeline and of the events
stage skips it. Hand-written sentences; the publication day is Wednesday 2026-03-11."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events.extract import focus_day
from dateline.ingest import make_article
from dateline.model import Boundary
from dateline.temporal import annotate, tag
from dateline.timeline import prepare
from dateline.timeline.dates import focus_days

WEDNESDAY = dt.date(2026, 3, 11)


@pytest.mark.parametrize("lang, text, since, found", [
    ("en", "The two hikers missing since Sunday were found alive on Wednesday.", "Sunday", "Wednesday"),
    ("fr", "Les deux randonneurs disparus depuis dimanche ont été retrouvés vivants ce mercredi.",
     "dimanche", "ce mercredi"),
    ("it", "I due escursionisti dispersi da domenica sono stati ritrovati vivi mercoledì.", "domenica", "mercoledì"),
    ("es", "Los dos excursionistas desaparecidos desde el domingo fueron hallados vivos el miércoles.",
     "el domingo", "el miércoles"),
    ("pt", "Os dois excursionistas desaparecidos desde domingo foram encontrados vivos na quarta-feira.",
     "domingo", "quarta-feira"),
    ("de", "Die beiden seit Sonntag vermissten Wanderer wurden am Mittwoch lebend gefunden.", "Sonntag", "Mittwoch"),
    ("ru", "Двое туристов, пропавших с воскресенья, найдены живыми в среду.", "воскресенья", "среду"),
    ("ar", "عثر يوم الأربعاء على المتنزهين المفقودين منذ يوم الأحد أحياء.", "يوم الأحد", "يوم الأربعاء"),
])
def test_a_day_after_since_is_marked_as_the_start_of_a_state(lang: str, text: str, since: str, found: str) -> None:
    """The day after "since" keeps its value and is marked; the day of the finding is not."""
    by_text = {t.text: t for t in tag(text, WEDNESDAY, lang)}
    assert by_text[since].value == "2026-03-08" and by_text[since].boundary is Boundary.SINCE
    assert by_text[found].value.startswith("2026-03-11") and by_text[found].boundary is None


LEAD = {
    "en": "The two hikers missing since Sunday were found alive. The mayor expects months of work.",
    "fr": "Les deux randonneurs disparus depuis dimanche ont été retrouvés vivants. Le maire estime que "
          "les travaux prendront des mois.",
    "it": "I due escursionisti dispersi da domenica sono stati ritrovati vivi. Il sindaco stima mesi di lavori.",
}


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_the_focus_day_is_not_the_start_of_a_state(lang: str) -> None:
    """A lead naming only a "since" day leaves the article on its publication day, for the
    timeline's undated sentences and for the events stage; a day it names as such stays one."""
    article = annotate(make_article(LEAD[lang], id="a", date=WEDNESDAY, lang=lang))
    corpus, _ = prepare([article], None)
    assert focus_days(corpus) == {}
    assert focus_day(article) == WEDNESDAY
    plain = LEAD[lang].replace({"en": "missing since", "fr": "disparus depuis", "it": "dispersi da"}[lang],
                               {"en": "lost on", "fr": "perdus", "it": "dispersi"}[lang], 1)
    article = annotate(make_article(plain, id="b", date=WEDNESDAY, lang=lang))
    assert focus_day(article) == dt.date(2026, 3, 8)
