"""Audit s25 defect 13: a "related articles" heading with its list of other articles' headlines
on one line inside the article ("Noticias relacionadas: A · B · C") is page furniture, in every
language, however long the list: those headlines are other articles, not this one's story."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import read
from dateline.ingest.boilerplate import RELATED_LIST, furniture, languages

STORY = {
    "es": ("La ministra visitó ayer el puerto de Tarifa y habló con los pescadores afectados por el vertido.",
           "Noticias relacionadas: El petrolero encalla frente a Tarifa · Sasemar instala barreras en la bahía · La naviera pagará la limpieza"),
    "pt": ("A ministra visitou ontem a praia de Sagres e falou com os pescadores afetados pela mancha.",
           "Leia também: Petroleiro encalha ao largo de Tarifa e derrama fuelóleo no mar do Algarve"),
    "de": ("Die Ministerin besuchte gestern den Hafen und sprach mit den Fischern über die Ölpest.",
           "Mehr zum Thema: Tanker läuft vor Tarifa auf Grund und verliert Schweröl im Meer vor Spanien"),
    "ru": ("Министр вчера посетила порт и поговорила с рыбаками, пострадавшими от разлива мазута.",
           "Читайте также: Танкер сел на мель у Тарифы, в море попал мазут с судна и его груза"),
    "ar": ("زارت الوزيرة أمس ميناء طريفة وتحدثت مع الصيادين المتضررين من تسرب الوقود في البحر.",
           "اقرأ أيضا: ناقلة النفط تجنح قبالة طريفة وتسرب الوقود في البحر المتوسط قرب السواحل"),
    "fr": ("La ministre a visité hier le port de Tarifa et parlé avec les pêcheurs touchés par la marée noire.",
           "Lire aussi : Le pétrolier s'échoue au large de Tarifa et perd du fioul en mer près des côtes"),
    "it": ("La ministra ha visitato ieri il porto di Tarifa e ha parlato con i pescatori colpiti dalla marea nera.",
           "Leggi anche: La petroliera si incaglia al largo di Tarifa e perde carburante in mare vicino alla costa"),
    "en": ("The minister visited the port of Tarifa yesterday and spoke with fishermen hit by the spill.",
           "Read more: Tanker runs aground off Tarifa and spills fuel oil into the sea near the coast"),
}
# A variant of each language's heading new to its list of phrases, with a short headline.
VARIANTS = {
    "es": "Noticia relacionada: El petrolero encalla frente a Tarifa",
    "pt": "Notícia relacionada: Petroleiro encalha ao largo de Tarifa",
    "de": "Passend zum Thema: Tanker läuft vor Tarifa auf Grund",
    "ru": "Ещё по теме: Танкер сел на мель у Тарифы",
    "ar": "إقرأ أيضا: ناقلة النفط تجنح قبالة طريفة",
    "fr": "À lire également : Le pétrolier s'échoue au large de Tarifa",
    "it": "Articolo correlato: La petroliera si incaglia al largo di Tarifa",
    "en": "Also read: Tanker runs aground off Tarifa",
}


def test_every_language_is_written_here() -> None:
    assert set(STORY) == set(VARIANTS) == set(languages())


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_related_heading_with_its_list_on_one_line_is_furniture(lang: str) -> None:
    lead, related = STORY[lang]
    text = f"{lead}\n{related}\n{lead}"
    found = [(text[s:e], why) for s, e, why in furniture(text)]
    assert found == [(related, RELATED_LIST)]


@pytest.mark.parametrize("lang", sorted(VARIANTS))
def test_each_language_knows_more_than_one_related_heading(lang: str) -> None:
    lead = STORY[lang][0]
    text = f"{lead}\n{lead}\n{VARIANTS[lang]}\n{lead}"
    assert [text[s:e] for s, e, _ in furniture(text)] == [VARIANTS[lang]]


def test_a_story_sentence_that_opens_with_a_related_word_is_kept() -> None:
    text = ("Relacionado con el vertido, el ministro dijo que la naviera pagará los daños en la costa.\n"
            "Temas como la pesca y el turismo: ambos sufrirán por el vertido en la costa de Tarifa.")
    assert furniture(text) == []


def test_a_related_line_inside_the_article_of_a_page_is_no_sentence_of_the_story(tmp_path: Path) -> None:
    lead, related = STORY["es"]
    (tmp_path / "page.html").write_text(
        '<html><head><meta property="article:published_time" content="2026-03-21T10:00:00+01:00"></head>'
        f"<body><article><h1>La ministra visita Tarifa</h1><p>{lead}</p><p>{related}</p>"
        "<p>Los pescadores pidieron ayudas al Gobierno para los meses sin faena.</p></article></body></html>",
        encoding="utf-8")
    [article] = read([tmp_path / "page.html"])
    marked = {s.text: s.boilerplate for s in article.sentences}
    assert marked[lead] is False
    assert [text for text, furn in marked.items() if furn] == [related]
