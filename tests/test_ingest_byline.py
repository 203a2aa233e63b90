"""Audit s25 defect 20: an author's name is read without its byline's label ("Автор: Мария
Соколова" -> "Мария Соколова"), in every language, from a page and from any other input."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import make_article, read
from dateline.ingest.boilerplate import languages as boilerplate_languages
from dateline.ingest import byline

BYLINES = {
    "ru": ("Автор Мария Соколова", "Мария Соколова"),  # as trafilatura reads "Автор: ..."
    "es": ("Por Ana Beltrán", "Ana Beltrán"),
    "pt": ("Por João Sardinha", "João Sardinha"),
    "de": ("Von Katrin Wellmann", "Katrin Wellmann"),
    "fr": ("Par Claire Dufresnel", "Claire Dufresnel"),
    "it": ("Di Marco Tessari", "Marco Tessari"),
    "ar": ("بقلم أحمد الكتبي", "أحمد الكتبي"),
    "en": ("By Jane Holloway", "Jane Holloway"),
}
# A label with its colon, which trafilatura drops from a page's byline: both forms are read.
LABELLED = {
    "ru": "Текст: Мария Соколова", "es": "Autora: Ana Beltrán", "pt": "Texto: João Sardinha",
    "de": "Autorin: Katrin Wellmann", "fr": "Auteur : Claire Dufresnel", "it": "Autore: Marco Tessari",
    "ar": "الكاتب: أحمد الكتبي", "en": "Written by Jane Holloway",
}


def test_every_language_has_byline_labels() -> None:
    assert byline.languages() == boilerplate_languages() == sorted(BYLINES) == sorted(LABELLED)


@pytest.mark.parametrize("lang", sorted(BYLINES))
def test_an_author_is_read_without_the_label_of_the_byline(lang: str) -> None:
    label, name = BYLINES[lang]
    for written in (label, LABELLED[lang], label.replace(" ", ": ", 1)):
        article = make_article("Ein Text.", id="a", author=written)
        assert article.author == name, written


@pytest.mark.parametrize("author", ["Di Stefano", "Porfirio Díaz", "Parker Jones", "Vonnegut", "Jane Holloway"])
def test_a_name_that_only_looks_like_a_label_is_kept(author: str) -> None:
    assert make_article("Ein Text.", id="a", author=author).author == author


def test_a_page_byline_loses_its_label(tmp_path: Path) -> None:
    (tmp_path / "ru.html").write_text(
        '<html><head><meta property="article:published_time" content="2026-03-24T09:00:00+03:00"></head>'
        '<body><article><h1>Танкер сняли с мели</h1><p class="byline">Автор: Мария Соколова</p>'
        "<p>Танкер сняли с мели в понедельник. Спасатели закончили работу во вторник утром.</p>"
        "</article></body></html>", encoding="utf-8")
    [article] = read([tmp_path / "ru.html"])
    assert article.author == "Мария Соколова"


def test_the_labels_are_checked_when_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    class Folder:
        def __truediv__(self, name: str) -> "Folder":
            return self
        def iterdir(self) -> list[Path]:
            return [tmp_path / "xx.txt"]
        def read_text(self, encoding: str) -> str:
            return "Автор:\n"
    byline._labels.cache_clear()
    monkeypatch.setattr(byline.resources, "files", lambda package: Folder())
    with pytest.raises(ValueError, match=r"bylines/xx\.txt: 'Автор:'"):
        byline._labels()
    byline._labels.cache_clear()
