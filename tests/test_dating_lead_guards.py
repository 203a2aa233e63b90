"""Three guards on the lead's day (audit of stop 24, defects 2-4), each in every language, on
stories written by hand; each test fails on the code before them (main at 69927f1).

- A weekday with a shift word ("last Tuesday", "martedì scorso") in a yearless dateline's lead,
  or beside a day word that gives the lead its own day ("confirmed today … Friday's strike"), keeps
  a weekday's week odds, not the dateline's "that day or the next" (`DATELINE_LEAD`).
- "tomorrow. Sunday …" across a full stop is no "tomorrow, Sunday" (`LeadWeekdayCue`).
- A date with its weekday after a word of appointment ("summoned the unions for Monday, March
  23") is a day set ahead, read in the future tense, not the lead's own day (`APPOINTMENT`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.dating import (DATELINE_LEAD_ODDS, FUTURE, LEAD_WEEKDAY_DATE, DayCue, LatestCue,
                                      LeadWeekdayCue, WeekdayCue, infer_date, reading)

HINT = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
DAY = dt.date(2026, 3, 26)  # a Thursday
# A dateline without its year, its lead naming "last Tuesday" (the 24th).
LAST = {
    "en": "NAPLES, March 26 (Reuters) - Grassroots unions criticized the agreement signed last Tuesday.",
    "fr": "NAPLES, 26 mars (AFP) - Les syndicats de base ont critiqué l'accord signé mardi dernier.",
    "it": "NAPOLI, 26 marzo - I sindacati di base hanno criticato l'accordo firmato martedì scorso.",
    "es": "NÁPOLES, 26 mar (EFE).- Los sindicatos de base criticaron el acuerdo firmado el martes pasado.",
    "de": "NEAPEL, 26. März (dpa) - Die Basisgewerkschaften kritisierten die am vergangenen Dienstag unterzeichnete Einigung.",
    "pt": "NÁPOLES, 26 mar (Lusa) - Os sindicatos de base criticaram o acordo assinado na terça-feira passada.",
    "ru": "НЕАПОЛЬ, 26 марта (Рейтер) - Независимые профсоюзы раскритиковали соглашение, подписанное в прошлый вторник.",
    "ar": "نابولي، 26 مارس (رويترز) - انتقدت النقابات المستقلة الاتفاق الذي وقع الثلاثاء الماضي.",
}
# A lead that names its own day with "today", and a coming Friday (the 20th).
TODAY = {
    "en": "MILAN, March 16 (Reuters) - The union confirmed today the national rail strike of Friday.",
    "fr": "MILAN, 16 mars (AFP) - Le syndicat a confirmé aujourd'hui la grève nationale des trains de vendredi.",
    "it": "MILANO, 16 marzo - La Cgil ha confermato oggi lo sciopero nazionale dei treni di venerdì.",
    "es": "MILÁN, 16 mar (EFE).- El sindicato confirmó hoy la huelga nacional de trenes del viernes.",
    "de": "MAILAND, 16. März (dpa) - Die Gewerkschaft hat heute den landesweiten Bahnstreik am Freitag bestätigt.",
    "pt": "MILÃO, 16 mar (Lusa) - O sindicato confirmou hoje a greve nacional dos comboios de sexta-feira.",
    "ru": "МИЛАН, 16 марта (Рейтер) - Профсоюз сегодня подтвердил общенациональную забастовку на железной дороге в пятницу.",
    "ar": "ميلانو، 16 مارس (رويترز) - أكدت النقابة اليوم الإضراب الوطني للقطارات يوم الجمعة.",
}
# "tomorrow" ends a sentence; the next opens with "Sunday" (last Sunday): not "tomorrow, Sunday".
TOMORROW = {
    "en": "TURIN, March 30 - A fault stopped trains. The minister asked for a report by tomorrow. Sunday a similar fault had hit the line.",
    "fr": "TURIN, 30 mars - Une panne a arrêté les trains. Le ministre a demandé un rapport pour demain. Dimanche dernier une panne semblable avait touché la ligne.",
    "it": "TORINO, 30 marzo - Un guasto ha fermato i treni. Il ministro ha chiesto una relazione entro domani. Domenica scorsa un guasto simile aveva colpito la linea.",
    "es": "TURÍN, 30 mar - Una avería detuvo los trenes. El ministro pidió un informe para mañana. El domingo pasado una avería similar había afectado a la línea.",
    "de": "TURIN, 30. März - Eine Störung hat die Züge gestoppt. Der Minister verlangte einen Bericht bis morgen. Sonntag hatte eine ähnliche Störung die Strecke getroffen.",
    "pt": "TURIM, 30 mar - Uma avaria parou os comboios. O ministro pediu um relatório até amanhã. Domingo passado uma avaria semelhante tinha afetado a linha.",
    "ru": "ТУРИН, 30 марта - Авария остановила поезда. Министр ответит на вопросы завтра. В воскресенье похожая авария остановила линию.",
    "ar": "تورينو، 30 مارس - أوقف عطل القطارات. وسيرد الوزير على الأسئلة غدا. الأحد الماضي أصاب عطل مماثل الخط.",
}
# A day set ahead: the lead's date with its weekday is an appointment.
APPOINTED = {
    "en": "The strike halted most regional trains. The prime minister has summoned the unions for Monday, March 23.",
    "fr": "La grève a paralysé les trains régionaux. Le Premier ministre a convoqué les syndicats pour le lundi 23 mars.",
    "it": "Lo sciopero ha fermato i treni regionali. Il presidente del Consiglio ha convocato i sindacati per lunedì 23 marzo.",
    "es": "La huelga paralizó los trenes regionales. El presidente del Gobierno convocó a los sindicatos para el lunes 23 de marzo.",
    "de": "Der Streik hat die Regionalzüge lahmgelegt. Der Kanzler hat die Gewerkschaften für Montag, den 23. März, einbestellt.",
    "pt": "A greve paralisou os comboios regionais. O primeiro-ministro convocou os sindicatos para segunda-feira, 23 de março.",
    "ru": "Забастовка остановила региональные поезда. Премьер-министр вызвал профсоюзы на понедельник, 23 марта.",
    "ar": "أوقف الإضراب القطارات الإقليمية. ودعا رئيس الوزراء النقابات لاجتماع يوم الاثنين 23 مارس.",
}
# The same date with its weekday told as the lead's own day: still `LEAD_WEEKDAY_DATE` (guard).
MET = {
    "en": "The prime minister met the unions on Monday, March 23.",
    "fr": "Le Premier ministre a reçu les syndicats le lundi 23 mars.",
    "it": "Il presidente del Consiglio ha incontrato i sindacati lunedì 23 marzo.",
    "es": "El presidente del Gobierno se reunió con los sindicatos el lunes 23 de marzo.",
    "de": "Der Kanzler hat die Gewerkschaften am Montag, den 23. März, empfangen.",
    "pt": "O primeiro-ministro recebeu os sindicatos na segunda-feira, 23 de março.",
    "ru": "Премьер-министр встретился с профсоюзами в понедельник, 23 марта.",
    "ar": "التقى رئيس الوزراء النقابات يوم الاثنين 23 مارس.",
}


def _weekdays(text: str, lang: str) -> list[WeekdayCue]:
    return [c for c in reading(text, lang, HINT).cues if isinstance(c, WeekdayCue)]


@pytest.mark.parametrize("lang", sorted(LAST))
def test_last_weekday_in_a_datelines_lead_keeps_a_weeks_odds(lang: str) -> None:
    weekdays = _weekdays(LAST[lang], lang)
    assert weekdays and all(c.of is None and c.odds != DATELINE_LEAD_ODDS for c in weekdays)
    guess = infer_date(LAST[lang], lang, hint_range=HINT)
    assert guess.date == DAY, guess.evidence[:4]


@pytest.mark.parametrize("lang", sorted(TODAY))
def test_a_weekday_beside_today_in_a_datelines_lead_keeps_a_weeks_odds(lang: str) -> None:
    weekdays = _weekdays(TODAY[lang], lang)
    assert weekdays and all(c.of is None and c.odds != DATELINE_LEAD_ODDS for c in weekdays)


@pytest.mark.parametrize("lang", sorted(TOMORROW))
def test_tomorrow_and_a_weekday_across_a_full_stop_are_not_one_day(lang: str) -> None:
    cues = reading(TOMORROW[lang], lang, HINT).cues
    assert not any(isinstance(c, LeadWeekdayCue) for c in cues), [c.text for c in cues]
    guess = infer_date(TOMORROW[lang], lang, hint_range=HINT)
    assert guess.date == dt.date(2026, 3, 30), guess.evidence[:4]


# Guard: "tomorrow, Sunday" within a sentence still says publication is on a Saturday.
COMMA = {
    "en": "The minister will answer in parliament tomorrow, Sunday.",
    "fr": "Le ministre répondra au Parlement demain, dimanche.",
    "it": "Il ministro risponderà in Parlamento domani, domenica.",
    "es": "El ministro responderá en el Parlamento mañana, domingo.",
    "de": "Der Minister wird morgen, Sonntag, im Parlament antworten.",
    "pt": "O ministro responderá no Parlamento amanhã, domingo.",
    "ru": "Министр ответит в парламенте завтра, в воскресенье.",
    "ar": "سيرد الوزير في البرلمان غدا الأحد.",
}


@pytest.mark.parametrize("lang", sorted(COMMA))
def test_tomorrow_comma_weekday_still_names_publications_weekday(lang: str) -> None:
    leads = [c for c in reading(COMMA[lang], lang, HINT).cues if isinstance(c, LeadWeekdayCue)]
    assert [c.weekday for c in leads] == [6]


@pytest.mark.parametrize("lang", sorted(APPOINTED))
def test_an_appointed_weekday_date_is_ahead_not_the_leads_day(lang: str) -> None:
    cues = reading(APPOINTED[lang], lang, HINT).cues
    days = [c for c in cues if isinstance(c, DayCue)] + \
        [d for c in cues if isinstance(c, LatestCue) for d in c.items if isinstance(d, DayCue)]
    assert days and all(d.role != LEAD_WEEKDAY_DATE and d.tense == FUTURE for d in days), \
        [(d.text, d.role, d.tense) for d in days]
    guess = infer_date(APPOINTED[lang], lang, hint_range=HINT)
    assert guess.date is None or guess.date < dt.date(2026, 3, 23), guess.evidence[:4]


@pytest.mark.parametrize("lang", sorted(MET))
def test_a_weekday_date_met_on_stays_the_leads_day(lang: str) -> None:
    days = [c for c in reading(MET[lang], lang, HINT).cues if isinstance(c, DayCue)]
    assert [d.role for d in days] == [LEAD_WEEKDAY_DATE]
