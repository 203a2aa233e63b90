"""A plain text written as a headline, a blank line, then the story: the headline is the
article's title, not the story's first sentence (it was shown as a timeline entry). In every
path that reads plain text: a .txt file, standard input, a JSONL record without a title, a
text posted to the HTTP API. Hand-written cases in every language Dateline has data for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import read
from dateline.serve import Settings
from dateline.serve.app import build_app
from serving import build_corpus

# (language, headline, story): each story dated by its own words, so a timeline shows it.
STORIES = [
    ("en", "Repairs begin on Velna pier",
     "Engineers started work on the northern pier of Velna on Monday, 4 March 2024. The harbour board expects it to reopen in June."),
    ("es", "Comienzan las obras en el muelle de Velna",
     "Los ingenieros empezaron a trabajar en el muelle norte de Velna el lunes 4 de marzo de 2024. La autoridad portuaria espera reabrirlo en junio."),
    ("fr", "Les travaux commencent sur la jetée de Velna",
     "Les ingénieurs ont commencé à travailler sur la jetée nord de Velna le lundi 4 mars 2024. Le port espère la rouvrir en juin."),
    ("it", "Iniziano i lavori al molo di Velna",
     "Gli ingegneri hanno iniziato a lavorare al molo nord di Velna lunedì 4 marzo 2024. L'autorità portuale spera di riaprirlo a giugno."),
    ("de", "Reparatur der Mole von Velna beginnt",
     "Die Ingenieure haben am Montag, dem 4. März 2024, mit der Arbeit an der Nordmole von Velna begonnen. Der Hafen will sie im Juni wieder öffnen."),
    ("pt", "Começam as obras no cais de Velna",
     "Os engenheiros começaram a trabalhar no cais norte de Velna na segunda-feira, 4 de março de 2024. O porto espera reabri-lo em junho."),
    ("ru", "В порту Велны начался ремонт причала",
     "Инженеры начали работы на северном причале Велны в понедельник, 4 марта 2024 года. Порт рассчитывает открыть его в июне."),
    ("ar", "بدء أعمال الإصلاح في رصيف فيلنا",
     "بدأ المهندسون العمل في الرصيف الشمالي لميناء فيلنا يوم الاثنين 4 مارس 2024. وتتوقع إدارة الميناء إعادة فتحه في يونيو."),
]


@pytest.mark.parametrize(("lang", "headline", "story"), STORIES, ids=[s[0] for s in STORIES])
def test_a_text_files_headline_is_its_title_not_a_sentence(tmp_path: Path, lang: str, headline: str,
                                                          story: str) -> None:
    (tmp_path / "story.txt").write_text(f"{headline}\n\n{story}\n", encoding="utf-8")
    (tmp_path / "dated.txt").write_text(f"date 2024-03-04\n{headline}\n\n{story}\n", encoding="utf-8")
    for article in read([tmp_path / "story.txt", tmp_path / "dated.txt"], lang=lang):
        assert article.title == headline
        assert article.text.strip() == story
        assert headline not in [s.text.strip() for s in article.sentences]


# A word of each headline (its story has it too, but for Arabic's article prefix).
HEADLINE_WORDS = {"en": "pier", "es": "muelle", "fr": "jetée", "it": "molo", "de": "Mole", "pt": "cais",
                  "ru": "причал", "ar": "رصيف"}


@pytest.mark.parametrize(("lang", "headline", "story"), STORIES, ids=[s[0] for s in STORIES])
def test_a_headline_is_no_sentence_found_from_a_file_stdin_or_a_record(tmp_path: Path, lang: str,
                                                                       headline: str, story: str) -> None:
    """`dateline search` listed the headline as a sentence of the story."""
    (tmp_path / "story.txt").write_text(f"{headline}\n\n{story}\n", encoding="utf-8")
    (tmp_path / "story.jsonl").write_text(json.dumps({"id": "r1", "text": f"{headline}\n\n{story} Two."}) + "\n",
                                          encoding="utf-8")
    runner, db = CliRunner(), str(tmp_path / "c.sqlite")
    for source, given in (("story.txt", None), ("story.jsonl", None), ("-", f"{headline}\n\n{story} Three.\n")):
        stored = runner.invoke(app, ["ingest", str(tmp_path / source) if given is None else source,
                                     "--lang", lang, "--db", db, "-w", "1"], input=given)
        assert stored.exit_code == 0, stored.output
    found = runner.invoke(app, ["search", HEADLINE_WORDS[lang], "--db", db, "-f", "json"])
    assert found.exit_code == 0, found.output
    hits = json.loads(found.stdout)
    assert headline not in [hit["text"].strip() for hit in hits]
    assert {outlet["title"] for hit in hits for outlet in hit["outlets"]} <= {headline}


# The first line stays in the story when it is no headline.
NOT_HEADLINES = [
    "The engineers started work on the pier on Monday.",   # a sentence: it ends as one
    "Budget for 2024 passes in Velna",                      # names a year: dating's evidence
    "VELNA, March 4 (Wire) —",                              # a dateline's lead-in
    "Velna",                                                # one word: a place, a section
    "El ayuntamiento aprobó el presupuesto:",                # a lead-in to what follows
    "Совет утвердил бюджет 04.03",                          # a numeric day
    "وافق المجلس على الميزانية،",                            # Arabic comma: a lead-in
]


@pytest.mark.parametrize("first", NOT_HEADLINES)
def test_a_first_line_that_reads_as_no_headline_stays_in_the_story(tmp_path: Path, first: str) -> None:
    (tmp_path / "story.txt").write_text(f"{first}\n\nThe pier reopened on Friday.\n", encoding="utf-8")
    [article] = read([tmp_path / "story.txt"], lang="en")
    assert article.title is None and article.text.startswith(first)


def test_a_posted_text_and_record_get_their_headline_as_title(tmp_path: Path) -> None:
    _lang, headline, story = STORIES[1]
    with TestClient(build_app(str(build_corpus(tmp_path / "c.sqlite")), Settings())) as api:
        raw = api.post("/api/articles/raw", params={"lang": "es"}, content=f"{headline}\n\n{story}".encode(),
                       headers={"content-type": "text/plain"})
        sent = api.post("/api/articles", json={"articles": [
            {"text": f"{headline}\n\n{story} Más.", "lang": "es"},
            {"text": f"{headline}\n\n{story} Otra.", "lang": "es", "title": "Su propio título"}]})
        assert raw.status_code == sent.status_code == 200, raw.text + sent.text
        ids = [raw.json()["stored"][0]["id"]] + [s["id"] for s in sent.json()["stored"]]
        got = [api.get(f"/api/articles/{i}").json() for i in ids]
    assert [g["title"] for g in got] == [headline, headline, "Su propio título"]
    assert not got[0]["text"].startswith(headline) and got[2]["text"].startswith(headline)


# A page's heading, a feed item's title: the title opened the text and was read as its first
# sentence (a timeline entry "Fähren fahren wieder" above its own citation "Fähren fahren
# wieder, feed.atom"). Items in three languages, each a title and a story.
FEED_ITEMS = [("fr", "Les ferries reprennent", "Le premier ferry pour l'île de Harlow est parti mardi matin."),
              ("de", "Fähren fahren wieder", "Die erste Fähre zur Insel Harlow legte am Dienstagmorgen ab."),
              ("ru", "Паромы снова ходят", "Первый паром на остров Харлоу отправился во вторник утром.")]


def test_a_feed_items_title_is_no_sentence_of_its_story(tmp_path: Path) -> None:
    items = "".join(f"<item><title>{title}</title><link>https://news.example.org/{lang}</link>"
                    f"<pubDate>Tue, 24 Nov 2026 09:00:00 +0100</pubDate><description>{story}</description></item>"
                    for lang, title, story in FEED_ITEMS)
    items += ("<item><title>Only a title here</title><link>https://news.example.org/t</link>"
              "<pubDate>Tue, 24 Nov 2026 10:00:00 +0100</pubDate></item>")
    (tmp_path / "feed.rss").write_text(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                                       f"<title>Courier</title>{items}</channel></rss>", encoding="utf-8")
    articles = list(read([tmp_path / "feed.rss"]))
    assert [(a.title, a.text.strip()) for a in articles] == [
        *((title, story) for _lang, title, story in FEED_ITEMS),
        ("Only a title here", "Only a title here")]  # no story: the title is all there is to read


def test_a_pages_and_a_markdown_files_heading_is_no_sentence(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Schule öffnet – Bote</title></head><body>'
        "<main><h1>Harlow: Schule öffnet nach dem Sturm wieder</h1><p>Die Grundschule auf der Insel Harlow hat am "
        "Mittwoch wieder geöffnet, drei Wochen nach dem Sturm, der ihr Dach beschädigt hatte.</p><p>Die Kinder "
        "wurden seit dem 3. November aus der Ferne unterrichtet. Die Reparatur kostete 40.000 Euro.</p></main>"
        "</body></html>", encoding="utf-8")
    (tmp_path / "note.md").write_text("# Школа снова открыта\n\nНачальная школа на острове Харлоу открылась в среду.\n",
                                      encoding="utf-8")
    page, note = read([tmp_path / "page.html", tmp_path / "note.md"])
    assert page.title == "Harlow: Schule öffnet nach dem Sturm wieder" and page.text.startswith("Die Grundschule")
    assert note.title == "Школа снова открыта" and note.text.startswith("Начальная школа")
    for article in (page, note):
        assert article.title not in [s.text.strip() for s in article.sentences]
