"""A sentence without a day of its own that names a coming stretch of time tells of a plan,
not of the day its article's lead reports (audit of session 25, defect 12: "Die Firma rechnet
damit, den Tanker in der kommenden Woche freizuschleppen." was filed under the lead's
"gestern")."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.model import Article
from dateline.temporal import annotate
from dateline.timeline import Corpus, build

PUBLISHED = dt.date(2026, 3, 18)
YESTERDAY = dt.date(2026, 3, 17)

# Per language: a lead telling of yesterday, then a plan for next week, then background with
# no date. Hand-written for this test.
PLANS = {
    "de": ("Die Bergungsfirma hat gestern begonnen, das Öl aus dem Tanker abzupumpen.",
           "Die Firma rechnet damit, den Tanker in der kommenden Woche freizuschleppen.",
           "Der Tanker liegt seit Anfang des Monats auf einer Sandbank."),
    "en": ("The salvage company began pumping oil out of the tanker yesterday.",
           "The company expects to tow the tanker free next week.",
           "The tanker has been stuck on a sandbank since the start of the month."),
    "fr": ("L'entreprise de sauvetage a commencé hier à pomper le fioul du pétrolier.",
           "L'entreprise compte remorquer le pétrolier la semaine prochaine.",
           "Le pétrolier est bloqué sur un banc de sable depuis le début du mois."),
    "es": ("La empresa de salvamento empezó ayer a bombear el fuel del petrolero.",
           "La empresa prevé reflotar el petrolero la próxima semana.",
           "El petrolero sigue varado en un banco de arena desde principios de mes."),
    "it": ("La società di recupero ha iniziato ieri a pompare il carburante dalla petroliera.",
           "La società conta di liberare la petroliera la settimana prossima.",
           "La petroliera è incagliata su un banco di sabbia dall'inizio del mese."),
    "pt": ("A empresa de salvamento começou ontem a bombear o combustível do petroleiro.",
           "A empresa espera rebocar o petroleiro na próxima semana.",
           "O petroleiro está encalhado num banco de areia desde o início do mês."),
    "ru": ("Спасательная компания вчера начала откачивать топливо из танкера.",
           "Компания рассчитывает снять танкер с мели на следующей неделе.",
           "Танкер стоит на песчаной отмели с начала месяца."),
    "ar": ("بدأت شركة الإنقاذ أمس ضخ الوقود من الناقلة.",
           "وتتوقع الشركة تعويم الناقلة الأسبوع المقبل.",
           "ولا تزال الناقلة عالقة على ضفة رملية."),
}


def _article(lang: str) -> Article:
    return annotate(make_article(" ".join(PLANS[lang]), id=lang, date=PUBLISHED, lang=lang))


@pytest.mark.parametrize("lang", sorted(PLANS))
def test_a_plan_is_not_filed_under_the_day_the_lead_reports(lang: str) -> None:
    article = _article(lang)
    lead, plan = (s.text for s in article.sentences[:2])
    assert [t.value for t in article.sentences[0].timexes] == ["2026-03-17"]
    assert [t.value for t in article.sentences[1].timexes] == ["2026-W13"]
    corpus = Corpus.build([article])
    assert corpus.periods[1] == ((dt.date(2026, 3, 23), dt.date(2026, 3, 29)),)
    timeline = build([article], dates=1, sentences=3)
    assert [e.date for e in timeline.entries] == [YESTERDAY]
    shown = [s.text for s in timeline.entries[0].sentences]
    assert lead in shown and plan not in shown


def test_a_past_stretch_named_in_passing_still_goes_with_the_focus_day() -> None:
    """Only a stretch after publication says "plan": a month already under way named inside
    a sentence keeps it with the lead's day, as before (Syria's "vigente desde 1963")."""
    article = annotate(make_article(
        "The salvage company began pumping oil out of the tanker yesterday. "
        "The company has pumped oil in March from two other ships.", id="en", date=PUBLISHED, lang="en"))
    assert [t.value for t in article.sentences[1].timexes] == ["2026-03"]
    timeline = build([article], dates=1, sentences=3)
    assert [(e.date, len(e.sentences)) for e in timeline.entries] == [(YESTERDAY, 2)]
