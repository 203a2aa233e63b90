"""Audit s25 defect 17: one rule for titles across inputs. A title given apart (a feed item's, a
JSONL record's, a page's headline) is the story's first paragraph, as a plain text's headline
line is (`text.with_headline`): the same article reads the same sentences from every input, and
a headline the story already opens with is not read twice."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.ingest import read
from dateline.ingest.text import with_headline

TITLE = "МИД вызвал посла Испании"
LEAD = ("МОСКВА, 17 марта - МИД России вызвал вчера посла Испании из-за задержания капитана танкера. "
        "Об этом сообщила официальный представитель министерства.")
SENTENCES = [TITLE, LEAD.split(". ")[0] + ".", LEAD.split(". ")[1]]


def _rss(description: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Лента</title>'
            "<link>https://lenta.example.ru/</link><item>"
            f"<title>{TITLE}</title><link>https://lenta.example.ru/1</link>"
            "<pubDate>Tue, 17 Mar 2026 09:00:00 +0300</pubDate>"
            f"<description>{description}</description></item></channel></rss>")


def _sentences(path: Path) -> list[str]:
    [article] = read([path])
    assert article.title == TITLE
    return [s.text for s in article.sentences]


def test_a_title_given_apart_is_the_first_sentence_in_every_input(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(f"{TITLE}\n\n{LEAD}\n", encoding="utf-8")
    (tmp_path / "feed.rss").write_text(_rss(LEAD), encoding="utf-8")
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"title": TITLE, "text": LEAD, "date": "2026-03-17"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        '<html><head><meta property="article:published_time" content="2026-03-17"></head><body>'
        f"<article><h1>{TITLE}</h1><p>{LEAD}</p></article></body></html>", encoding="utf-8")
    for name in ("plain.txt", "feed.rss", "records.jsonl", "page.html"):
        assert _sentences(tmp_path / name) == SENTENCES, name


def test_a_story_that_opens_with_its_headline_has_it_once(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(_rss(f"{TITLE}&lt;br/&gt;{LEAD}"), encoding="utf-8")
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"title": TITLE, "text": f"{TITLE}\n{LEAD}"}, ensure_ascii=False) + "\n", encoding="utf-8")
    for name in ("feed.rss", "records.jsonl"):
        assert _sentences(tmp_path / name) == SENTENCES, name


def test_with_headline() -> None:
    assert with_headline("Tanker refloated", "The tanker was refloated.") == "Tanker refloated\n\nThe tanker was refloated."
    # The headline's own line break becomes a paragraph's, so a lead in lower case stays apart.
    assert with_headline("Tanker refloated", "Tanker refloated\nthe tanker ...") == "Tanker refloated\n\nthe tanker ..."
    # A story whose first sentence begins with the headline's words is left as it is.
    assert with_headline("Tanker", "Tanker refloated on Monday.") == "Tanker refloated on Monday."
    # A page's <title> (the browser tab's label) is not added; no title, no change.
    assert with_headline("Site name", "The story.", add=False) == "The story."
    assert with_headline(None, " The story.") == " The story."
    assert with_headline("Only a headline", "") == "Only a headline"
