"""Mojibake ("oposiciÃ³n") repaired at ingest, for every input kind; correct text in every language untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.ingest import IngestError, read
from dateline.ingest.mojibake import repair

# Correct text, one per language, with the letters and marks its mojibake breaks: accents,
# ß, ñ, guillemets, curly quotes, dashes, no-break spaces, soft hyphens, Cyrillic, Arabic.
CORRECT = {
    "es": "La oposición yemení propuso el 3 de diciembre un plan: «¿Qué pasará?», preguntó Alí\u00a0Saleh.",
    "en": "The café’s owner — “Zoë” — paid €5 for a naïve résumé… on 3 March.",
    "fr": "L’ONU s’inquiète : « Où est la vérité ? » a déclaré le président à Noël, près de l’Élysée.",
    "it": "L’opposizione è già pronta: perché la città è più sicura, ha detto il sindaco a Forlì.",
    "de": "Die Straße in Köln: »Fußgänger« müssen über die Brücke, sagte der Bürgermeister im März.",
    "pt": "A oposição não aceitou a votação; o ministro disse que a situação é grave em São Paulo.",
    "ru": "Президент России заявил, что переговоры «ещё возможны» — сообщает ТАСС. Сёмга и Рёбра.",
    "ar": "قال الرئيس المصري إن الانتخابات ستجرى في مايو، وأكدت المعارضة رفضها للقرار.",
}
# Bytes Windows-1252 has no character for: careless decoders keep them as Latin-1 does.
_UNDEFINED_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def garbled(text: str, codec: str = "cp1252") -> str:
    """`text`'s UTF-8 bytes read as a one-byte codec, as a broken scraper wrote them."""
    return "".join(chr(b) if codec == "cp1252" and b in _UNDEFINED_1252 else bytes([b]).decode(codec)
                   for b in text.encode("utf-8"))


@pytest.mark.parametrize("lang", sorted(CORRECT))
def test_correct_text_is_left_as_it_is(lang: str) -> None:
    assert repair(CORRECT[lang]) == (CORRECT[lang], None)


@pytest.mark.parametrize("lang", sorted(CORRECT))
def test_mojibake_is_repaired_in_every_language(lang: str) -> None:
    broken = garbled(CORRECT[lang])
    assert broken != CORRECT[lang]
    fixed, said = repair(broken)
    assert fixed == CORRECT[lang]
    assert said is not None and "repaired in 1 line(s)" in said


def test_cyrillic_read_as_windows_1251_is_repaired() -> None:
    broken = garbled(CORRECT["ru"], "cp1251")  # "РџСЂРµР·РёРґРµРЅС‚"
    assert repair(broken)[0] == CORRECT["ru"]


def test_a_broken_line_among_correct_ones_is_repaired_alone() -> None:
    """A scraped page: its menu correct, its story broken (ML-Crisis es has such files)."""
    text = f"{CORRECT['es']}\n{garbled(CORRECT['es'])}\n{CORRECT['pt']}\n"
    fixed, said = repair(text)
    assert fixed == f"{CORRECT['es']}\n{CORRECT['es']}\n{CORRECT['pt']}\n"
    assert said is not None and "1 line(s)" in said and "'oposiciÃ³n' as 'oposición'" in said


def _story_page(story: str) -> str:
    return (f"<html><head><title>{garbled('Oposición')}</title></head><body><article>"
            f"<p>{story}</p><p>{story}</p></article></body></html>")


@pytest.mark.parametrize("kind", ["txt", "jsonl", "html", "rss"])
def test_every_input_kind_is_repaired_and_the_user_told(tmp_path: Path, kind: str) -> None:
    # French, for its "’" ("â€™"): feedparser repairs an element whose mojibake is all Latin-1
    # itself, silently, but not Windows-1252's curly quotes; Dateline repairs it and says so.
    story = garbled(CORRECT["fr"])
    content = {
        "txt": f"date 2011-12-03\n{story}\n",
        "jsonl": json.dumps({"text": story, "date": "2011-12-03"}) + "\n",
        "html": _story_page(story),
        "rss": ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
                f"<item><title>Yemen</title><description>{story}</description>"
                "<pubDate>Sat, 03 Dec 2011 10:00:00 GMT</pubDate></item></channel></rss>"),
    }[kind]
    path = tmp_path / f"page.{kind}"
    path.write_text(content, encoding="utf-8")
    told: list[IngestError] = []
    [article] = read([path], on_error=told.append)
    assert CORRECT["fr"] in article.text and "Ã" not in article.text
    assert all(s.text == article.text[s.start:s.end] for s in article.sentences)
    assert [e.severity for e in told] == ["warning"] and "mojibake" in told[0].reason
    if kind == "html":
        assert article.title == "Oposición"


def test_clean_text_does_not_import_the_repair_library(tmp_path: Path) -> None:
    """Clean input pays a regex search, not ftfy's import."""
    path = tmp_path / "clean.txt"
    path.write_text("\n".join(CORRECT.values()), encoding="utf-8")
    code = ("import sys; from dateline.ingest import ignore_error, read; "
            f"list(read([{str(path)!r}], on_error=ignore_error)); print('ftfy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
