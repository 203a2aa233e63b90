"""The corpus store: schema upgrade, one text stored once, search, timelines, upkeep, errors."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest

from dateline.ingest import make_article
from dateline.model import Article
from dateline.saved import save_timeline
from dateline.store import COPY, KNOWN, NEW, REVISED, SCHEMA_VERSION, StoreError, open_store, reset
from dateline.temporal import annotate


def _article(text: str, *, id: str = "a.txt", date: dt.date | None = dt.date(2023, 3, 20),
             url: str | None = None, lang: str = "en") -> Article:
    return annotate(make_article(text, id=id, date=date, lang=lang, url=url, path=id))


VISIT = "Xi Jinping landed in Moscow on Monday. Talks with Putin end on March 22."
PARADE = "La parada de la Victoria se celebró el 9 de mayo de 2025 en Moscú."


def _write_v1(path: Path, articles: list[Article]) -> None:
    """A store as Dateline 0.1 wrote it (schema version 1): one JSON payload per file."""
    payload = []
    for article in articles:
        data = asdict(article)
        data["date"] = article.date.isoformat() if article.date else None
        payload.append(data)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE files (key TEXT PRIMARY KEY, articles TEXT)")
    db.execute("INSERT INTO files VALUES (?, ?)",
               ("/old/a.txt|10|123|lang=None|root=None|0123456789abcdef",
                json.dumps(payload, ensure_ascii=False)))
    db.commit()
    db.close()


def test_a_store_written_by_the_previous_schema_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _write_v1(path, [_article(VISIT), _article(PARADE, id="b.txt", lang="es")])
    with open_store(path) as store:
        facts = store.info()
        assert (facts.schema_version, facts.texts, facts.articles) == (SCHEMA_VERSION, 2, 2)
        assert facts.stale_analyses == 2  # analysed by another Dateline: reported, kept
        [hit] = store.search("moscu", lang="es")
        assert "Moscú" in hit.text and hit.days == [dt.date(2025, 5, 9)]
        stored = store.article(hit.article_id)
        assert stored is not None and stored.article.text == PARADE
    with open_store(path) as store:  # opening again changes nothing
        assert store.info().articles == 2


def test_the_same_article_is_stored_once_and_wire_copies_are_outlets(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.sqlite") as store:
        first = store.add([_article(VISIT, url="https://www.example.com/xi")])[0]
        again = store.add([_article(VISIT, url="https://www.example.com/xi")])[0]
        copy = store.add([_article("XI JINPING landed in Moscow on Monday -- talks with Putin "
                                   "end on March 22.", id="wire", url="https://other.org/x")])[0]
        assert (first.outcome, again.outcome, copy.outcome) == (NEW, KNOWN, COPY)
        assert first.text == again.text == copy.text
        stored = store.article(first.text)
        assert stored is not None
        assert [o.outlet for o in stored.outlets] == ["example.com", "other.org"]
        assert store.info().texts == 1 and store.info().articles == 2
        [hit] = store.search("putin")  # one hit for the one text, listing both outlets
        assert len(hit.outlets) == 2


WIRE = ("MOSCOW, March 20 (Wire) - Chinese President Xi Jinping arrived in Moscow on Monday for "
        "a three-day state visit, his first trip abroad since securing a third term. Xi and Russian "
        "President Vladimir Putin held an informal meeting over lunch and will hold formal talks "
        "on Tuesday, the Kremlin said. The two leaders are expected to sign agreements on trade "
        "and energy before Xi leaves on Wednesday.")


def test_near_identical_wire_copies_are_outlets_of_one_text(tmp_path: Path) -> None:
    edited = WIRE.replace("MOSCOW, March 20 (Wire) - ", "") + " Reporting by the Moscow bureau."
    other = "Rain is expected across the region on Tuesday, forecasters said, with storms by Friday."
    with open_store(tmp_path / "c.sqlite") as store:
        first, copy, news = store.add([_article(WIRE, url="https://wire.example/xi"),
                                       _article(edited, id="b", url="https://paper.example/xi"),
                                       _article(other, id="c")])
        assert (first.outcome, copy.outcome, news.outcome) == (NEW, COPY, NEW)
        assert copy.text == first.text != news.text
        again = store.add([_article(edited, id="b", url="https://paper.example/xi")])[0]
        assert again.outcome == KNOWN
        source = tmp_path / "b.txt"
        source.write_text("x", encoding="utf-8")
        key = store.key(source, "")
        assert key is not None
        store.put(key, [_article(edited, id="b", url="https://paper.example/xi")])
        assert [a.text for a in store.get(key) or []] == [edited]  # each copy keeps its own text
        assert store.info().texts == 2


def test_a_store_of_schema_2_gains_near_copy_detection(tmp_path: Path) -> None:
    from dateline.store.sqlite import _SCHEMA_V2, _statements

    path = tmp_path / "v2.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(_SCHEMA_V2):
        db.execute(statement)
    db.execute("INSERT INTO texts (id, hash, text, lang, analysis, fingerprint) VALUES "
               "(1, 'h', ?, 'en', '[[0, 10, []]]', 'old')", (WIRE,))
    db.execute("INSERT INTO articles (text_id, outlet, article_id, date, date_how, added) VALUES "
               "(1, 'wire.example', 'a', '2023-03-20', 'published', '2023-03-20T00:00:00')")
    db.execute("INSERT INTO sentences (text_id, n, text) VALUES (1, 0, ?)", (WIRE[:10],))
    db.execute("PRAGMA user_version = 2")
    db.close()
    with open_store(path) as store:
        assert store.info().schema_version == SCHEMA_VERSION
        copy = store.add([_article(WIRE + " Updated.", id="b", url="https://paper.example/xi")])[0]
        assert copy.outcome == COPY and copy.text == 1


def test_file_cache_round_trips_every_field_of_a_copy(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    original = _article(VISIT)
    variant = _article("Xi  Jinping landed in Moscow on Monday.  Talks with Putin end on March 22.",
                       id="b.txt")
    variant.date_inferred, variant.date_confidence = True, 0.75
    with open_store(tmp_path / "c.sqlite") as store:
        key = store.key(source, "lang=en")
        assert key is not None
        store.add([original])
        store.put(key, [variant])
        assert store.get(key) == [variant]


def test_search_filters_by_date_and_language_and_marks_the_match(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_article(VISIT), _article(PARADE, id="b.txt", date=dt.date(2025, 5, 10), lang="es")])
        assert {h.lang for h in store.search("moscow OR moscu")} == {"en", "es"}
        [hit] = store.search("talks", start=dt.date(2023, 3, 22), end=dt.date(2023, 3, 22))
        assert hit.text[slice(*hit.highlights[0])] == "Talks"
        assert store.search("talks", start=dt.date(2024, 1, 1)) == []
        assert store.search("moscu", lang="en") == []
        assert store.search('"landed in moscow"')[0].outlets[0].article_id == "a.txt"
        assert store.search("'") == [] and store.search('" OR *') == []  # no FTS5 syntax gets through
        assert store.search("Putin's talks") and store.search('"talks with')  # stray quotes are typed


def test_timeline_articles_come_from_the_store_best_matching_first(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_article(VISIT), _article(PARADE, id="b.txt", date=dt.date(2025, 5, 10), lang="es")])
        articles, _, cut = store.timeline_articles(["putin"])
        assert [a.text for a in articles] == [VISIT] and not cut
        assert articles[0].sentences[1].timexes[0].value == "2023-03-22"
        everything, _, cut = store.timeline_articles(limit=1)
        assert len(everything) == 1 and cut
        assert store.timeline_articles(start=dt.date(2025, 5, 1))[0][0].lang == "es"


def test_stale_rows_go_by_themselves_and_prune_compacts(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    with open_store(path) as store:
        key = store.key(source, "lang=en")
        assert key is not None
        store.put(key, [_article(VISIT)])
        source.write_text("changed", encoding="utf-8")
        newer = store.key(source, "lang=en")
        assert newer is not None
        store.put(newer, [_article(VISIT)])
        assert store.info().cached_files == 1  # the changed file replaced its old row
    db = sqlite3.connect(path)
    db.execute("UPDATE files SET fingerprint = 'another-version'")
    db.execute("DELETE FROM articles")
    db.commit()
    db.close()
    with open_store(path) as store:
        facts = store.info()
        assert facts.cached_files == 0 and facts.orphan_texts == 1
        assert store.prune()["orphan_texts"] == 1
        assert store.info().texts == 0 and store.search("putin") == []


def test_saved_timelines(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.sqlite") as store:
        store.add([_article(VISIT)])
        number = save_timeline(store, "xi", {"q": ["putin"]})
        assert [t.name for t in store.saved_timelines()] == ["xi"]
        saved = store.saved_timeline(number)
        assert saved is not None and saved.params == {"q": ["putin"], "method": "dateline"}
        assert saved.result is not None and saved.result["query"] == ["putin"]
        assert store.delete_timeline(number) and store.saved_timeline(number) is None


@pytest.mark.parametrize("make, says", [
    (lambda p: p.write_bytes(b"this is no database" * 100), "dateline store reset"),
    (lambda p: p.mkdir(), "is a folder"),
    (lambda p: (p.parent / "file").write_text("x"), "cannot create"),
])
def test_unusable_stores_are_one_line_errors_naming_the_fix(tmp_path: Path, make, says: str) -> None:
    path = tmp_path / "store.sqlite"
    make(path)
    if says == "cannot create":
        path = tmp_path / "file" / "store.sqlite"
    with pytest.raises(StoreError) as error:
        open_store(path)
    assert says in str(error.value) and "\n" not in str(error.value)
    assert "--no-store" in str(error.value) or "reset" in str(error.value)


def test_reset_removes_a_corrupt_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    path.write_bytes(b"garbage" * 1000)
    assert reset(path) == [path]
    with open_store(path) as store:
        assert store.info().texts == 0


def test_a_correction_of_a_few_words_replaces_the_text_searched(tmp_path: Path) -> None:
    """A new version that differs by a word is a near copy of its old text, and was filed
    under it: the article's own row had the new text, but search (and timelines from the
    store) kept the old one. A text no other article holds is now replaced."""
    corrected = WIRE.replace("on Wednesday", "on Thursday")
    with open_store(tmp_path / "c.sqlite") as store:
        assert store.add([_article(WIRE, id="xi", url="https://wire.example/xi")])[0].outcome == NEW
        assert store.add([_article(corrected, id="xi", url="https://wire.example/xi")])[0].outcome == REVISED
        assert [h.text for h in store.search("Wednesday")] == []
        assert [h.text for h in store.search("Thursday")] == ["The two leaders are expected to sign agreements on "
                                                               "trade and energy before Xi leaves on Thursday."]
        assert (store.info().texts, store.info().articles) == (1, 1)
