"""Language identification answers a language Dateline reads, and the language most of a text
is written in: a Spanish article quoting posts in Arabic is Spanish; a text identified as a
language Dateline has no data for is read in the closest one it has, and the reader says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.ingest import IngestError, make_article, read
from dateline.ingest.language import identification
from dateline.temporal import available_languages

# Written for this test: a Spanish report that quotes three posts in Arabic, a third of its
# letters Arabic; the identifier, reading it whole, said Moroccan Arabic ('ary', read as 'ar').
SPANISH_QUOTING_ARABIC = """\
Dos estudiantes fueron detenidos el martes en Alejandría por publicar caricaturas del gobernador.
La fiscalía los acusa de insultar a un funcionario público y el juicio empezará la próxima semana.
Una bloguera escribió en Twitter:
كيف يمكن أن يسجن طالب بسبب رسم كاريكاتير على الإنترنت؟ هذا ظلم واضح لكل الشباب في مصر
¿Cómo puede encarcelarse a un estudiante por un dibujo publicado en internet?
Otro usuario respondió:
الحرية لا تأتي بدون ثمن ونحن ندفعه كل يوم في الشوارع وفي المحاكم وفي السجون
La libertad no llega sin un precio, y lo pagamos cada día.
المحامون يقولون إن القضية سياسية وإن الطلاب لم يرتكبوا أي جريمة على الإطلاق
Los abogados de los jóvenes pidieron su liberación inmediata y anunciaron una apelación.
"""
ENGLISH_QUOTING_RUSSIAN = """\
The mayor of Tallinn met the visiting delegation on Thursday to discuss the new ferry line.
A local blogger wrote: «Паром будет ходить каждый день, кроме воскресенья».
The first crossing is planned for the spring, officials said after the meeting.
"""
RUSSIAN_QUOTING_ENGLISH = """\
Министр иностранных дел заявил в четверг, что переговоры продолжатся на следующей неделе в Женеве.
Представитель делегации сказал журналистам: "We are close to an agreement on the main points".
По словам дипломатов, документ может быть подписан уже в конце месяца, если стороны договорятся.
"""
# A Spanish heading the identifier takes for Extremaduran ('ext'), and a Galician text.
SHORT_SPANISH = "Crisis en Yemen\nÚltima hora"
GALICIAN = ("O goberno galego aprobou onte o novo plan de vivenda, que entrará en vigor o próximo "
            "mes de xaneiro despois de meses de negociacións cos concellos.")
CHINESE = "中国和俄罗斯领导人星期一在莫斯科举行会谈，双方签署了多项合作协议。"


@pytest.mark.parametrize(("text", "lang"), [(SPANISH_QUOTING_ARABIC, "es"), (ENGLISH_QUOTING_RUSSIAN, "en"),
                                            (RUSSIAN_QUOTING_ENGLISH, "ru")])
def test_a_text_quoting_another_language_is_its_majority_language(text: str, lang: str) -> None:
    assert identification(text) == (lang, None)


def test_a_language_without_data_is_read_as_the_closest_with_data() -> None:
    assert identification(SHORT_SPANISH) == ("es", "ext")
    galician, said = identification(GALICIAN)
    assert said == "gl" and galician in ("es", "pt")
    # No language Dateline reads is written in Chinese script: the ranking among them means
    # nothing, so the fallback language.
    assert identification(CHINESE) == ("en", "zh")
    for text in (SPANISH_QUOTING_ARABIC, SHORT_SPANISH, GALICIAN, CHINESE):
        assert identification(text)[0] in available_languages()


def test_the_reader_says_when_it_reads_a_text_in_another_language(tmp_path: Path) -> None:
    (tmp_path / "vigo.txt").write_text(GALICIAN, encoding="utf-8")
    (tmp_path / "quote.txt").write_text(SPANISH_QUOTING_ARABIC, encoding="utf-8")
    told: list[IngestError] = []
    articles = {a.id: a for a in read([tmp_path], on_error=told.append)}
    assert articles["quote.txt"].lang == "es" and articles["vigo.txt"].lang in ("es", "pt")
    [said] = told
    assert said.severity == "warning" and said.path == str(tmp_path / "vigo.txt")
    assert said.reason == f"language identified as 'gl', which Dateline has no data for; read as {articles['vigo.txt'].lang!r}"
    assert make_article(GALICIAN, id="x", lang="es").lang == "es"  # a given language is not second-guessed


def test_a_records_language_is_read_as_a_code_dateline_has_or_identified(tmp_path: Path) -> None:
    records = [{"text": "Los manifestantes volvieron a la plaza el martes por la tarde.", "lang": "es-MX"},
               {"text": "The council approved the budget on Monday after a long debate.", "lang": "EN"},
               {"text": "Los manifestantes volvieron a la plaza el martes por la tarde.", "lang": "ext"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    told: list[IngestError] = []
    assert [a.lang for a in read([tmp_path / "feed.jsonl"], on_error=told.append)] == ["es", "en", "es"]
    [said] = told
    assert (said.line, said.severity) == (3, "warning") and "'lang' 'ext' is not a language Dateline" in said.reason
