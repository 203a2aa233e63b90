"""Tense in reported news, every language: the verb of an expression's own clause against a
reporting clause after it, the conditional as the future of a past report, and a plan told in
a past tense. Hand-written sentences, against timex_cases.DCT (Monday 2023-03-20): Friday is the
17th gone by or the 24th to come, Wednesday the 15th or the 22nd, Thursday the 16th or the 23rd."""

from __future__ import annotations

import pytest
from timex_cases import finder


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The minister will travel to Lyon on Friday, her office said on Monday.",
     [("Friday", "DATE", "2023-03-24"), ("Monday", "DATE", "2023-03-20")]),
    ("fr", "La ministre se rendra vendredi à Lyon, a annoncé son cabinet ce lundi.",
     [("vendredi", "DATE", "2023-03-24"), ("ce lundi", "DATE", "2023-03-20")]),
    ("it", "La ministra tornerà venerdì a Torino, ha annunciato il suo ufficio lunedì.",
     [("venerdì", "DATE", "2023-03-24"), ("lunedì", "DATE", "2023-03-20")]),
    ("es", "La ministra viajará el viernes a Sevilla, anunció su gabinete este lunes.",
     [("el viernes", "DATE", "2023-03-24"), ("este lunes", "DATE", "2023-03-20")]),
    ("pt", "A ministra viajará na sexta-feira ao Porto, anunciou o seu gabinete nesta segunda-feira.",
     [("sexta-feira", "DATE", "2023-03-24"), ("nesta segunda-feira", "DATE", "2023-03-20")]),
    ("de", "Die Ministerin wird am Freitag nach Köln reisen, teilte ihr Büro am Montag mit.",
     [("Freitag", "DATE", "2023-03-24"), ("Montag", "DATE", "2023-03-20")]),
    ("ru", "Министр посетит Казань в пятницу, сообщила её пресс-служба в понедельник.",
     [("пятницу", "DATE", "2023-03-24"), ("понедельник", "DATE", "2023-03-20")]),
    ("ar", "سيزور الوزير عمان يوم الجمعة، أعلن مكتبه يوم الاثنين.",
     [("يوم الجمعة", "DATE", "2023-03-24"), ("يوم الاثنين", "DATE", "2023-03-20")]),
    # The same past verb on both sides: the reporting clause changes nothing.
    ("en", "Prices rose on Friday, the office said.", [("Friday", "DATE", "2023-03-17")]),
    ("fr", "Les prix ont augmenté vendredi, a indiqué l'institut.", [("vendredi", "DATE", "2023-03-17")]),
])
def test_the_verb_of_the_expressions_clause_beats_a_reporting_clause_after_a_comma(
        lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """A future verb before a day wins over a past verb of saying that follows past a comma
    ("will travel on Friday, her office said"): the day is the coming one."""
    assert finder(lang)(text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The mayor said on Monday that the works would start on Wednesday.",
     [("Monday", "DATE", "2023-03-20"), ("Wednesday", "DATE", "2023-03-22")]),
    ("fr", "Le maire a déclaré lundi que les travaux commenceraient mercredi.",
     [("lundi", "DATE", "2023-03-20"), ("mercredi", "DATE", "2023-03-22")]),
    ("fr", "Les travaux commenceraient mercredi, a déclaré le maire.", [("mercredi", "DATE", "2023-03-22")]),
    ("fr", "Le préfet a annoncé que le vote aurait lieu mercredi.", [("mercredi", "DATE", "2023-03-22")]),
    ("it", "Il sindaco ha detto lunedì che i lavori sarebbero iniziati mercoledì.",
     [("lunedì", "DATE", "2023-03-20"), ("mercoledì", "DATE", "2023-03-22")]),
    ("it", "Il sindaco ha detto che i lavori inizierebbero mercoledì.", [("mercoledì", "DATE", "2023-03-22")]),
    ("es", "El alcalde dijo el lunes que las obras comenzarían el miércoles.",
     [("el lunes", "DATE", "2023-03-20"), ("el miércoles", "DATE", "2023-03-22")]),
    ("pt", "O prefeito disse na segunda-feira que as obras começariam na quarta-feira.",
     [("segunda-feira", "DATE", "2023-03-20"), ("quarta-feira", "DATE", "2023-03-22")]),
    ("de", "Der Bürgermeister sagte am Montag, die Arbeiten würden am Mittwoch beginnen.",
     [("Montag", "DATE", "2023-03-20"), ("Mittwoch", "DATE", "2023-03-22")]),
    ("ru", "Мэр заявил в понедельник, что работы начнутся в среду.",
     [("понедельник", "DATE", "2023-03-20"), ("среду", "DATE", "2023-03-22")]),
    ("ar", "قال رئيس البلدية يوم الاثنين إن الأعمال ستبدأ يوم الأربعاء.",
     [("يوم الاثنين", "DATE", "2023-03-20"), ("يوم الأربعاء", "DATE", "2023-03-22")]),
    # A conditional made with a participle is a past reported by hearsay, in a report or not.
    ("fr", "L'incendie aurait fait trois morts mercredi.", [("mercredi", "DATE", "2023-03-15")]),
    ("fr", "Le maire a affirmé que l'incendie aurait fait trois morts mercredi.", [("mercredi", "DATE", "2023-03-15")]),
    ("it", "L'incendio avrebbe causato tre morti mercoledì.", [("mercoledì", "DATE", "2023-03-15")]),
    ("es", "El incendio habría causado tres muertos el miércoles.", [("el miércoles", "DATE", "2023-03-15")]),
    ("es", "El alcalde dijo que el incendio habría causado tres muertos el miércoles.",
     [("el miércoles", "DATE", "2023-03-15")]),
    ("pt", "O incêndio teria causado três mortes na quarta-feira.", [("quarta-feira", "DATE", "2023-03-15")]),
    # A noun ending like a conditional is none.
    ("es", "Dijo que la mayoría votó el miércoles.", [("el miércoles", "DATE", "2023-03-15")]),
])
def test_the_conditional_of_a_report_is_its_future(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """The conditional in a clause reported after a past verb of saying ("a déclaré que les
    travaux commenceraient mercredi", "ha detto che sarebbero iniziati") tells of a day after the
    report; a past conditional ("aurait fait", "habría causado") tells of one before."""
    assert finder(lang)(text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The visit had been planned for Thursday, but it was postponed.", [("Thursday", "DATE", "2023-03-16")]),
    ("fr", "La visite était prévue pour jeudi, mais elle a été repoussée.", [("jeudi", "DATE", "2023-03-16")]),
    ("it", "La visita era prevista per giovedì, ma è stata rinviata.", [("giovedì", "DATE", "2023-03-16")]),
    ("es", "La visita estaba prevista para el jueves, pero fue aplazada.", [("el jueves", "DATE", "2023-03-16")]),
    ("pt", "A visita estava prevista para quinta-feira, mas foi adiada.", [("quinta-feira", "DATE", "2023-03-16")]),
    ("de", "Der Besuch war für Donnerstag geplant, wurde aber verschoben.", [("Donnerstag", "DATE", "2023-03-16")]),
    ("ar", "كان من المقرر أن تجرى الزيارة يوم الخميس، لكنها أرجئت.", [("يوم الخميس", "DATE", "2023-03-16")]),
    # In the present, the plan lies ahead.
    ("fr", "La visite est prévue pour jeudi.", [("jeudi", "DATE", "2023-03-23")]),
    ("it", "La visita è prevista per giovedì.", [("giovedì", "DATE", "2023-03-23")]),
    ("es", "La visita está prevista para el jueves.", [("el jueves", "DATE", "2023-03-23")]),
    ("ru", "Визит запланирован на четверг.", [("четверг", "DATE", "2023-03-23")]),
])
def test_a_plan_told_in_a_past_tense_is_no_future_cue(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """"était prévue pour jeudi, mais elle a été repoussée": a "planned for" cue whose own
    auxiliary is in a past tense (`future_in_past`) tells of a day gone by."""
    assert finder(lang)(text) == expected
