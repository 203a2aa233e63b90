"""Full-text search matches word stems in every language (audit s26 defect 16: the Italian plural
"alluvioni" found none of six sentences with "alluvione"), with highlights on the words as
written, and a store indexed before stems is indexed again when opened."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from dateline.ingest import make_article, stems
from dateline.ingest.stems import stemmer_names
from dateline.store import open_store
from dateline.temporal import available_languages

# Hand-written per language: a sentence with the singular, one with the plural (none of them
# shares its first five letters with another word of its sentence).
SENTENCES = {
    "en": ("The flood reached Morlay at dawn.", "Two floods hit Velna this spring.", "flood", "floods"),
    "es": ("La inundación llegó a Morlay al alba.", "Dos inundaciones azotaron Velna esta primavera.",
           "inundación", "inundaciones"),
    "fr": ("La crue a atteint Morlay à l'aube.", "Deux crues ont frappé Velna ce printemps.", "crue", "crues"),
    "it": ("L'alluvione ha raggiunto Morlay all'alba.", "Due alluvioni hanno colpito Velna in primavera.",
           "alluvione", "alluvioni"),
    "de": ("Die Überschwemmung erreichte Morlay im Morgengrauen.",
           "Zwei Überschwemmungen trafen Velna in diesem Frühjahr.", "Überschwemmung", "Überschwemmungen"),
    "pt": ("A enchente chegou a Morlay ao amanhecer.", "Duas enchentes atingiram Velna nesta primavera.",
           "enchente", "enchentes"),
    "ru": ("Наводнение дошло до Морле на рассвете.", "Два наводнения обрушились на Вельну этой весной.",
           "наводнение", "наводнения"),
    "ar": ("وصل المهندس إلى مورليه فجرا.", "وصل المهندسين إلى فيلنا في الربيع.", "المهندس", "المهندسين"),
}


def test_every_language_dateline_reads_has_a_stemmer() -> None:
    assert set(available_languages()) <= set(stemmer_names())
    assert set(SENTENCES) == set(available_languages())


def test_a_stemmed_text_keeps_one_token_per_word() -> None:
    """The index's tokens and the text's must pair one to one, or FTS5's highlights would mark
    other words: digits, apostrophes and signs stay as they are."""
    text = "L'alluvione ha colpito 10km di costa: 3,5 milioni € di danni all'ANAS."
    stemmed = stems(text, "it")
    assert stemmed == "l'alluvion ha colp 10km di cost: 3,5 milion € di dann all'anas."
    words = re.compile(r"\w+")
    assert len(words.findall(stemmed)) == len(words.findall(text))
    assert stems("Velna Morlay", None) == "velna morlay"  # no stemmer: as written


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_plural_finds_singular_and_back(tmp_path: Path, lang: str) -> None:
    singular, plural, one, many = SENTENCES[lang]
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([make_article(text, id=f"{n}.txt", lang=lang) for n, text in enumerate((singular, plural))])
        for query in (one, many):
            hits = store.search(query)
            assert sorted(h.text for h in hits) == sorted([singular, plural]), (query, hits)
            for hit in hits:  # the words as written are marked
                [(start, end)] = hit.highlights
                marked = hit.text[start:end].casefold()
                assert marked in (one.casefold(), many.casefold()), (query, marked)


def test_a_store_indexed_before_stems_is_indexed_again_on_open(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    singular, plural, _one, many = SENTENCES["it"]
    with open_store(db) as store:
        store.add([make_article(singular, id="a.txt", lang="it")])
    # The index as schema 8 kept it: the words as written, triggers without stems.
    with sqlite3.connect(db) as old:
        old.executescript("""
            DROP TRIGGER sentences_ai; DROP TRIGGER sentences_ad;
            ALTER TABLE sentences DROP COLUMN lang;
            CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
                INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END;
            CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
                INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
            INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
            PRAGMA user_version = 8;""")
        assert not old.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'alluvion'").fetchall()
    with open_store(db) as store:
        assert [h.text for h in store.search(many)] == [singular]
        store.add([make_article(plural, id="b.txt", lang="it")])
        assert len(store.search(many)) == 2
        # A new version of b.txt replaces it: its old sentences leave the index as they were put in
        # (stems removed by other values would stay in the index, matching a sentence that is gone).
        store.add([make_article(plural + " Ora è finita.", id="b.txt", lang="it")])
        assert sorted(h.text for h in store.search(many)) == sorted([singular, plural])
        assert store.db.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'alluvion'").fetchone() == (2,)


def test_a_missing_stemmer_is_one_line_naming_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An environment installed before PyStemmer was a dependency: the store says so when opened,
    not as a traceback from the index's trigger ("user-defined function raised exception")."""
    from typer.testing import CliRunner

    from dateline.cli import app
    from dateline.ingest.stems import _stemmer

    (tmp_path / "a.txt").write_text("date 2024-03-06\nThe flood reached Morlay on Monday.\n", encoding="utf-8")
    monkeypatch.setitem(__import__("sys").modules, "Stemmer", None)  # `import Stemmer` fails
    _stemmer.cache_clear()
    try:
        result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.sqlite"), "-w", "1"])
    finally:
        monkeypatch.undo()
        _stemmer.cache_clear()
    assert result.exit_code == 2, result.exception
    said = " ".join(result.stderr.split())
    assert "PyStemmer is missing" in said and "pip install -e ." in said and "Traceback" not in result.output
