"""Wire datelines without their year ("LONDON, March 5 (Reuters) -", "PARIS, 5 mars (AFP) -",
"BERLIN, 5. März (dpa) -"): `opening_dateline`, the one pattern dating and the events stage
share, finds the place, the date and the agency in every language; and a weekday in the
dateline's lead is the dateline's day or the day before publication (`DATELINE_LEAD_ODDS`), which
tells the year the dateline leaves out, so such a story is answered. The articles are written by
hand; before this rule each was left unanswered (confidence 0.33-0.36: the lead's weekday was
read as any weekday said in the past tense, a week's odds).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal import opening_dateline
from dateline.temporal.calibration import shipped_answer
from dateline.temporal.dating import DATELINE_LEAD_ODDS, WeekdayCue, infer_date, reading

DAY = dt.date(2013, 3, 5)  # a Tuesday
# Per language: a wire story's dateline (March 5, without its year), its lead naming Tuesday, and
# a later paragraph naming 2012 in the past tense (the year before: the weekday says 2013).
WIRE = {
    "en": ("LONDON, March 5 (Reuters) -", "Britain's finance minister announced spending cuts on Tuesday.",
           "The deficit reached 6 percent of output in 2012, official data showed."),
    "fr": ("PARIS, 5 mars (AFP) -", "Le gouvernement a annoncé mardi un plan d'économies.",
           "Le déficit a atteint 4,8% du PIB en 2012, selon l'Insee."),
    "it": ("ROMA, 5 marzo -", "Il governo ha approvato martedì un piano di tagli alla spesa.",
           "Il deficit ha raggiunto il 3 per cento del Pil nel 2012, secondo l'Istat."),
    "es": ("MADRID, 5 mar (EFE).-", "El Gobierno aprobó el martes un plan de recortes del gasto.",
           "El déficit alcanzó el 7 por ciento del PIB en 2012, según el INE."),
    "de": ("BERLIN, 5. März (dpa) -", "Die Bundesregierung hat am Dienstag ein Sparpaket beschlossen.",
           "Das Defizit lag 2012 bei 0,2 Prozent, wie das Statistische Bundesamt mitteilte."),
    "pt": ("LISBOA, 5 mar (Lusa) -", "O Governo aprovou na terça-feira um plano de cortes na despesa.",
           "O défice atingiu 6,4 por cento do PIB em 2012, segundo o INE."),
    "ru": ("МОСКВА, 5 марта (Рейтер) -", "Правительство во вторник утвердило план сокращения расходов.",
           "Дефицит бюджета в 2012 году составил 0,1 процента ВВП, сообщил Росстат."),
    "ar": ("القاهرة، 5 مارس (رويترز) -", "أقرت الحكومة يوم الثلاثاء خطة لخفض الإنفاق.",
           "وبلغ العجز 11 في المئة من الناتج المحلي في عام 2012 بحسب الجهاز المركزي للإحصاء."),
}
# The same lead in the future tense: the weekday is a day ahead, not the dateline's.
FUTURE = {
    "en": "LONDON, March 5 (Reuters) - Britain's parliament will vote on the spending cuts on Thursday.",
    "fr": "PARIS, 5 mars (AFP) - L'Assemblée nationale votera jeudi le plan d'économies.",
    "it": "ROMA, 5 marzo - Il Parlamento voterà giovedì il piano di tagli alla spesa.",
    "es": "MADRID, 5 mar (EFE).- El Congreso votará el jueves el plan de recortes del gasto.",
    "de": "BERLIN, 5. März (dpa) - Der Bundestag wird am Donnerstag über das Sparpaket abstimmen.",
    "pt": "LISBOA, 5 mar (Lusa) - O Parlamento vai votar na quinta-feira o plano de cortes na despesa.",
    "ru": "МОСКВА, 5 марта (Рейтер) - Госдума будет голосовать по плану сокращения расходов в четверг.",
    "ar": "القاهرة، 5 مارس (رويترز) - سوف يصوت البرلمان يوم الخميس على خطة خفض الإنفاق.",
}


def _story(lang: str) -> str:
    dateline, lead, later = WIRE[lang]
    return f"{dateline} {lead}\n\n{later}"


@pytest.mark.parametrize("lang", sorted(WIRE))
def test_a_yearless_dateline_with_a_weekday_in_its_lead_is_answered(lang: str) -> None:
    guess = infer_date(_story(lang), lang)
    assert guess.date == DAY and guess.confidence >= shipped_answer(), guess.evidence[:4]


@pytest.mark.parametrize("lang", sorted(WIRE))
def test_the_lead_weekday_takes_a_datelines_odds(lang: str) -> None:
    weekdays = [c for c in reading(_story(lang), lang).cues if isinstance(c, WeekdayCue)]
    assert [c.odds for c in weekdays] == [DATELINE_LEAD_ODDS]
    assert weekdays[0].of is not None and weekdays[0].of.role == "dateline"


@pytest.mark.parametrize("lang", sorted(FUTURE))
def test_a_weekday_ahead_in_the_lead_keeps_a_weeks_odds(lang: str) -> None:
    weekdays = [c for c in reading(FUTURE[lang], lang).cues if isinstance(c, WeekdayCue)]
    assert weekdays and all(c.of is None and c.odds != DATELINE_LEAD_ODDS for c in weekdays)


@pytest.mark.parametrize("lang", sorted(WIRE))
def test_a_weekday_below_the_lead_is_not_the_datelines(lang: str) -> None:
    dateline, lead, later = WIRE[lang]
    weekdays = [c for c in reading(f"{dateline} {later}\n\n{lead}", lang).cues if isinstance(c, WeekdayCue)]
    assert weekdays and all(c.of is None for c in weekdays)


# Per language: an opening line, and the place, date and agency `opening_dateline` finds in it.
OPENINGS = {
    "en": ("LONDON, March 5 (Reuters) - Britain's finance minister", "LONDON", "March 5", "(Reuters)"),
    "fr": ("PARIS, 5 mars (AFP) - Le gouvernement", "PARIS", "5 mars", "(AFP)"),
    "it": ("ROMA, 5 MAR (ANSA) - Il governo", "ROMA", "5 MAR", "(ANSA)"),
    "es": ("SANTA CRUZ DE TENERIFE, 5 mar (EFE).- El Cabildo", "SANTA CRUZ DE TENERIFE", "5 mar", "(EFE)"),
    "de": ("BERLIN, 5. März (dpa) - Die Bundesregierung", "BERLIN", "5. März", "(dpa)"),
    "pt": ("LISBOA, 5 mar (Lusa) - O Governo", "LISBOA", "5 mar", "(Lusa)"),
    "ru": ("МОСКВА, 5 марта (Рейтер) - Правительство", "МОСКВА", "5 марта", "(Рейтер)"),
    "ar": ("القاهرة في 5 مارس /أ ش أ/ - أقرت الحكومة", "القاهرة", "5 مارس", "/أ ش أ/"),
}
# Openings with no date or no agency, and lines that open no dateline.
MORE = [
    ("en", "WASHINGTON — The president", ("WASHINGTON", None, None)),
    ("en", "ISTANBUL, Turkey (AP)_ The quake", ("ISTANBUL", None, "(AP)")),
    ("fr", "Paris, le 5 mars 2013 - Le maire", ("Paris", "5 mars 2013", None)),
    ("es", "Ajdabiya, Libia, marzo 31. La oposición", ("Ajdabiya", "marzo 31", None)),
    ("es", "TRIPOLI, mayo 2.— Las fuerzas", ("TRIPOLI", "mayo 2.", None)),
    ("it", "(ANSA) - ROMA, 5 MAR - Il governo", ("ROMA", "5 MAR", "(ANSA)")),
    ("en", "Obama — the president said", None),
    ("en", "AVON RENT-A-CAR said", None),
    ("en", "The appointment takes effect Nov. 13. The company", None),
    ("es", "Lunes, 21 de noviembre de 2011. Actualizado", None),
    ("it", "Il governo - ha detto il ministro", None),
    # A chronology's entry: its day after an article or a preposition, no place.
    ("es", "El 2 de marzo - Los estibadores del puerto", None),
    ("en", "On March 2 - The port's dockers", None),
    ("fr", "Le 2 mars - Les dockers du port", None),
    ("it", "Il 2 marzo - I portuali", None),
    ("de", "Am 2. März - Die Hafenarbeiter", None),
    ("pt", "O 2 de março - Os estivadores", None),
    ("ru", "В 2 марта - Докеры порта", None),
    ("ar", "في 2 مارس - أضرب عمال الميناء", None),
]


def _found(text: str, lang: str) -> tuple[str, str | None, str | None] | None:
    found = opening_dateline(text, lang)
    if found is None:
        return None
    return (text[slice(*found.place)], found.date and text[slice(*found.date)],
            found.agency and text[slice(*found.agency)])


@pytest.mark.parametrize("lang", sorted(OPENINGS))
def test_opening_dateline_in_every_language(lang: str) -> None:
    text, place, date, agency = OPENINGS[lang]
    assert _found(text, lang) == (place, date, agency)
    found = opening_dateline(text, lang)
    assert found is not None and text[found.end:] == text.split(agency)[-1].lstrip(" -.")


@pytest.mark.parametrize(("lang", "text", "expected"), MORE)
def test_opening_dateline_without_date_or_agency_and_lines_that_are_none(
        lang: str, text: str, expected: tuple[str, str | None, str | None] | None) -> None:
    assert _found(text, lang) == expected


def test_a_paragraphs_dateline_is_read_from_its_start() -> None:
    text = "Headline of the day\n\nMOSCOW, March 20 - Russian officials met"
    found = opening_dateline(text, "en", text.index("MOSCOW"))
    assert found is not None and text[slice(*found.place)] == "MOSCOW" and text[found.end:].startswith("Russian")
    assert opening_dateline(text, "en") is None


def test_the_benchmark_groups_such_guesses_by_their_kind() -> None:
    """`dateline benchmark dating` shows the reliability of each kind of evidence: this one too."""
    from dateline.ingest import make_article
    from dateline.temporal.dating import DATELINE_LEAD, evidence_kinds
    article = make_article(_story("fr"), id="a", lang="fr")
    assert evidence_kinds(article, DAY) == sorted(["dateline", DATELINE_LEAD])
    assert DATELINE_LEAD not in evidence_kinds(article, DAY + dt.timedelta(days=3))
