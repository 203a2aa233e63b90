"""Tense left-overs of stop 26, every language where the concept exists: the Russian perfective
non-past, the Arabic future prefix "سـ" on verbs no list names, irregular conditionals in a
reported clause, and weekday names that end like a participle. Hand-written sentences, published
on Wednesday 2023-03-22: Monday is the 20th gone by or the 27th to come, Saturday the 18th gone
by or the 25th to come (the nearer one)."""

from __future__ import annotations

import datetime as dt

import pytest
from timex_cases import finder

from dateline.temporal.lexicon import load
from dateline.temporal.tense import TenseCues

WEDNESDAY = dt.date(2023, 3, 22)


@pytest.mark.parametrize("lang, text, expected", [
    # Russian: a perfective verb's non-past is its future; the imperfective present and the past stay.
    ("ru", "Стороны подпишут соглашение в понедельник.", "2023-03-27"),
    ("ru", "Министр откроет выставку в понедельник.", "2023-03-27"),
    ("ru", "Делегация проведёт переговоры в понедельник.", "2023-03-27"),
    ("ru", "Министр подписывает соглашение в понедельник.", "2023-03-20"),
    ("ru", "Министр подписал соглашение в понедельник.", "2023-03-20"),
    # Arabic: "سـ" on a present no list names is a future; a past verb stays past.
    ("ar", "سيفتح المتحف أبوابه يوم الاثنين.", "2023-03-27"),
    ("ar", "ستنظم الوزارة مؤتمرا يوم الاثنين.", "2023-03-27"),
    ("ar", "سنناقش الخطة مع الوزير يوم الاثنين.", "2023-03-27"),
    ("ar", "افتتح المتحف أبوابه يوم الاثنين.", "2023-03-20"),
])
def test_a_future_no_list_names_is_read_by_its_shape(lang: str, text: str, expected: str) -> None:
    """"подпишут", "سيفتح" tell a day to come, though no word list holds them."""
    assert [value for _, _, value in finder(lang)(text, dct=WEDNESDAY)] == [expected]


@pytest.mark.parametrize("word", ["سياسة", "سنوات", "سيارة", "سياسيون", "سيناء", "ستوكهولم", "سنة"])
def test_a_noun_that_starts_like_the_arabic_future_is_no_cue(word: str) -> None:
    """Nouns and names that begin with "سي", "ست", "سن" are no future ("سياسة", "سنوات")."""
    assert TenseCues(load("ar")).scan(f"قال {word}") == [(0, 3, "PAST", True)]


@pytest.mark.parametrize("word", ["запрет", "портрет", "посещает", "проводит", "зависит"])
def test_a_russian_noun_or_imperfective_of_a_perfective_shape_is_no_future(word: str) -> None:
    """Only a perfective verb's non-past is a future: not "запрет" (a ban), nor "посещает"."""
    assert TenseCues(load("ru")).scan(word) == []


@pytest.mark.parametrize("lang, text, expected", [
    # The conditional of a reported clause is its future, irregular ones too; the reporting verb
    # before "que" governs its own clause, not the day of the one it introduces.
    ("es", "El ministro dijo que querría firmar el acuerdo el lunes.", "2023-03-27"),
    ("es", "El ministro dijo que haría el anuncio el lunes.", "2023-03-27"),
    ("es", "El ministro dijo que sabría la respuesta el lunes.", "2023-03-27"),
    ("pt", "O ministro disse que saberia a resposta na segunda-feira.", "2023-03-27"),
    ("pt", "O ministro disse que faria o anúncio na segunda-feira.", "2023-03-27"),
    ("fr", "Le ministre a dit qu'il pourrait signer l'accord lundi.", "2023-03-27"),
    ("fr", "Le ministre a dit qu'il ferait l'annonce lundi.", "2023-03-27"),
    ("it", "Il ministro ha detto che potrebbe firmare l'accordo lunedì.", "2023-03-27"),
    ("it", "Il ministro ha detto che farebbe l'annuncio lunedì.", "2023-03-27"),
    ("de", "Der Minister sagte, er würde das Abkommen am Montag unterzeichnen.", "2023-03-27"),
    ("en", "The minister said he would sign the agreement on Monday.", "2023-03-27"),
    # the future of a report in Russian and Arabic is its future tense
    ("ru", "Министр сказал, что подпишет соглашение в понедельник.", "2023-03-27"),
    ("ar", "قال الوزير إنه سيوقع الاتفاق يوم الاثنين.", "2023-03-27"),
    # a past in the reported clause stays past
    ("es", "El ministro dijo que firmó el acuerdo el lunes.", "2023-03-20"),
    ("fr", "Le ministre a dit qu'il avait signé l'accord lundi.", "2023-03-20"),
    # French conditional past of a report: the future perfect seen from the report ("il a dit :
    # je serai parti samedi"), a Saturday after the report, the coming one from a recent report.
    ("fr", "Il a dit qu'il serait parti samedi.", "2023-03-25"),
])
def test_the_conditional_of_a_report_is_its_future(lang: str, text: str, expected: str) -> None:
    """"dijo que querría firmar el lunes": the coming Monday."""
    assert [value for _, _, value in finder(lang)(text, dct=WEDNESDAY)] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La réunion est samedi.", "2023-03-25"),
    ("fr", "La réunion est vendredi.", "2023-03-24"),
    ("it", "La riunione è sabato.", "2023-03-25"),
    ("it", "La festa è venerdì.", "2023-03-24"),
    ("es", "La reunión es el sábado.", "2023-03-25"),
    ("pt", "A reunião é no sábado.", "2023-03-25"),
    ("de", "Die Sitzung ist am Samstag.", "2023-03-25"),
    ("en", "The meeting is on Saturday.", "2023-03-25"),
    ("ru", "Встреча будет в субботу.", "2023-03-25"),
    ("ar", "الاجتماع يوم السبت.", "2023-03-25"),
    # a real compound past stays past
    ("fr", "La réunion a eu lieu samedi.", "2023-03-18"),
    ("it", "La riunione si è svolta sabato.", "2023-03-18"),
])
def test_a_weekday_after_to_be_is_no_participle(lang: str, text: str, expected: str) -> None:
    """"est samedi", "è sabato": a weekday ending like a participle ("-i", "-ato") makes no
    compound past; the day is the nearest one."""
    assert [value for _, _, value in finder(lang)(text, dct=WEDNESDAY)] == [expected]
