"""A timeline from the corpus (`dateline timeline --db` with no SOURCE, `/api/timeline`, the web
page) finds a country the way one from files does: by any language's name for it
(`dateline.timeline.written_alike`), and says what did not match rather than "ingest first"."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import make_article
from dateline.pipeline import analyse
from dateline.store import open_store
from dateline.timeline import written_alike
from serving import serving

runner = CliRunner()

# Hand-written, fictional: one port strike told in four languages, none naming Spain in English.
STRIKE = [
    ("strike-es", dt.date(2026, 5, 5), "es",
     "Los estibadores de Valdemora iniciaron el lunes una huelga de tres días. "
     "El Gobierno de España convocó a los sindicatos el 6 de mayo de 2026."),
    ("strike-ru", dt.date(2026, 5, 6), "ru",
     "Портовые рабочие Испании начали забастовку 4 мая 2026 года. "
     "Профсоюз заявил, что переговоры продолжатся."),
    ("strike-ar", dt.date(2026, 5, 7), "ar",
     "أعلنت النقابات الإسبانية في 6 مايو 2026 إنهاء الإضراب في ميناء فالديمورا."),
    ("strike-de", dt.date(2026, 5, 8), "de",
     "Die spanische Regierung einigte sich am 7. Mai 2026 mit den Hafenarbeitern."),
    ("weather", dt.date(2026, 5, 8), "en",
     "Heavy rain flooded the Orlen valley on May 7, 2026, the weather service said."),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("langs") / "corpus.sqlite"
    with open_store(path) as store:
        store.add([analyse(make_article(text, id=id, date=date, lang=lang, title=id))
                   for id, date, lang, text in STRIKE])
    return path


def _texts(timeline: dict) -> str:
    return " ".join(s["text"] for e in timeline["entries"] for s in e["sentences"])


def test_the_store_selects_a_country_by_its_names_in_other_languages(corpus: Path) -> None:
    with open_store(corpus) as store:
        plain = {a.lang for a in store.timeline_articles(["Spain"]).articles}
        forms = written_alike(["Spain"])
        widened = {a.lang for a in store.timeline_articles(["Spain"], forms=forms).articles}
        assert plain == set()  # no article writes "Spain"
        assert widened == {"es", "ru", "ar", "de"}  # not the English weather report
        assert store.collection(["Spain"], forms=forms) == store.collection(["España"], forms=written_alike(["España"]))


def test_an_arabic_word_with_hamza_is_found_as_written(corpus: Path) -> None:
    """The index keeps Arabic letters as written; a search folding "الإسبانية" to "الاسبانية"
    found nothing."""
    with open_store(corpus) as store:
        hits = store.search("الإسبانية")
    assert [h.lang for h in hits] == ["ar"]


def test_cli_timeline_from_the_corpus_finds_spain_in_every_language(corpus: Path) -> None:
    built = runner.invoke(app, ["timeline", "--db", str(corpus), "--query", "Spain", "--format", "json"])
    assert built.exit_code == 0, built.output
    text = _texts(json.loads(built.output[built.output.index("{"):]))
    assert "Испании" in text and "الإسبانية" in text and "España" in text
    assert "Orlen" not in text


def test_cli_entity_timeline_from_the_corpus_finds_spain(corpus: Path) -> None:
    built = runner.invoke(app, ["timeline", "--db", str(corpus), "--entity", "Spain", "--format", "md"])
    assert built.exit_code == 0, built.output
    assert "no article" not in built.output and "## 2026-05-0" in built.output


def test_cli_says_what_did_not_match_rather_than_ingest_first(corpus: Path, tmp_path: Path) -> None:
    none = runner.invoke(app, ["timeline", "--db", str(corpus), "--query", "Japan"])
    assert "no article in the corpus matches the query (Japan)" in none.output
    assert "ingest" not in none.output
    empty = tmp_path / "empty.sqlite"
    open_store(empty).close()
    bare = runner.invoke(app, ["timeline", "--db", str(empty), "--query", "Japan"])
    assert bare.exit_code == 1 and "has no article" in bare.output and "dateline ingest" in bare.output


@pytest.fixture(scope="module")
def base(corpus: Path) -> Iterator[str]:
    with serving(corpus) as url:
        yield url


def test_api_entity_and_query_find_spain_as_the_cli_does(base: str) -> None:
    for params in ({"entity": "Spain"}, {"q": "Spain"}, {"q": "Испания"}):
        got = httpx.get(f"{base}/api/timeline", params=params, timeout=60)
        assert got.status_code == 200, got.text
        body = got.json()
        assert body["entries"], (params, body.get("notes"))
        assert "no article in the corpus matches" not in " ".join(body.get("notes", []))
    query = httpx.get(f"{base}/api/timeline", params={"q": "Spain"}, timeout=60).json()
    assert "Испании" in _texts(query) and "الإسبانية" in _texts(query)


def test_each_sentence_carries_its_articles_language_and_direction(corpus: Path) -> None:
    """An Arabic sentence in a page laid out left to right had its full stop on the wrong side."""
    page = runner.invoke(app, ["timeline", "--db", str(corpus), "--query", "Spain", "--format", "html"])
    assert page.exit_code == 0, page.output
    assert '<p class="text" lang="ar" dir="auto">أعلنت النقابات' in page.output
    assert '<p class="text" lang="ru" dir="auto">Портовые' in page.output
    built = runner.invoke(app, ["timeline", "--db", str(corpus), "--query", "Spain", "--format", "json"])
    sentences = [s for e in json.loads(built.output[built.output.index("{"):])["entries"] for s in e["sentences"]]
    assert {s["lang"] for s in sentences} >= {"ar", "ru"}
