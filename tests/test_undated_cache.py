"""Undated articles are kept in the store like dated ones: a second run over the same files
reads and tags none of them again, yet decides again what the collection decides (the span an
undated article is dated within, a near-duplicate's date)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline import pipeline
from dateline.cli import app
from dateline.cli.ingest import Resume
from dateline.ingest import reader
from dateline.model import Article
from dateline.pipeline import process
from dateline.store import ArticleStore

# Undated texts in several languages: one that dates itself, one whose weekday needs the
# collection's span for its year, and ones that say nothing of their date.
UNDATED = {
    "own.txt": "MOSCOW, May 9, 2025 (Reuters) - The parade was held on Red Square on Friday.",
    "weekday.txt": "Today (Thursday, May 8) the parade was held.",
    "nothing_es.txt": "El desfile se celebró en la plaza Roja ante miles de personas.",
    "nothing_fr.txt": "Le défilé a eu lieu sur la place Rouge devant des milliers de personnes.",
    "nothing_ar.txt": "أقيم العرض العسكري في الساحة الحمراء أمام آلاف الناس.",
}


def _undated(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in UNDATED.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _dated(root: Path, day: str) -> None:
    folder = root / "dated" / day
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("The minister arrived for talks on the grain deal.", encoding="utf-8")


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the undated articles read and tagged (`date_and_annotate`) in this process."""
    calls: list[str] = []
    real = pipeline.date_and_annotate

    def counting(article: Article, hint_range: pipeline.HintRange | None,
                 fallback: pipeline.HintRange | None, site: frozenset[str] = frozenset()) -> Article:
        calls.append(article.id)
        return real(article, hint_range, fallback, site)

    monkeypatch.setattr(pipeline, "date_and_annotate", counting)
    return calls


def test_a_second_run_analyses_no_unchanged_undated_file(tmp_path: Path, analysed: list[str]) -> None:
    news = _undated(tmp_path / "news")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        first = list(process([news], store=store))
        assert sorted(analysed) == sorted(UNDATED)
        assert {a.id: a.date for a in first}["own.txt"] == dt.date(2025, 5, 9)
        analysed.clear()
        kept: list[str] = []
        put = store.put
        store.put = lambda key, articles, more=0: (kept.append(key), put(key, articles, more))  # type: ignore[method-assign]
        again = list(process([news], store=store))
    assert analysed == []  # on the code before, every undated file was read and tagged again
    assert again == first  # the same dates, confidences and anchored expressions
    assert kept == []  # nothing changed: nothing written


def test_a_changed_collection_dates_again_only_what_rests_on_it(tmp_path: Path, analysed: list[str]) -> None:
    news = _undated(tmp_path / "news")
    _dated(news, "2025-05-01")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        dates = {a.id: a.date for a in process([news], store=store)}
        assert dates["weekday.txt"] == dt.date(2025, 5, 8)  # the Thursday near the collection
        shutil.rmtree(news / "dated")
        _dated(news, "2014-05-02")
        analysed.clear()
        dates = {a.id: a.date for a in process([news], store=store)}
        # The weekday's year follows the new span. The text that dates itself is not read
        # again: only an article held to the span that changed is.
        assert dates["weekday.txt"] == dt.date(2014, 5, 8)
        assert "own.txt" not in analysed and "weekday.txt" in analysed
        assert store.db.execute("SELECT date, date_how FROM articles WHERE article_id = 'weekday.txt'"
                                ).fetchall() == [("2014-05-08", "inferred")]
        # The store keeps the new date: the next run reads nothing again.
        analysed.clear()
        assert {a.id: a.date for a in process([news], store=store)}["weekday.txt"] == dt.date(2014, 5, 8)
        assert analysed == []


def _twins(news: Path) -> None:
    """A dated story, its undated copy, and an unrelated dated article (the span)."""
    story = ("The parade was held on Red Square. Thousands of soldiers marched past the "
             "leaders, and tanks and missile launchers rolled across the cobbles. Foreign guests "
             "watched from the stands as jets flew over the Kremlin in formation.")
    (news / "2025-05-09").mkdir(parents=True)
    (news / "2025-05-09" / "original.txt").write_text(story, encoding="utf-8")
    (news / "copy.txt").write_text(story + " Reporting by the desk.", encoding="utf-8")
    _dated(news, "2025-05-09")


def test_a_stored_near_duplicate_keeps_its_twins_date(tmp_path: Path, analysed: list[str]) -> None:
    """An undated copy dated by its dated twin keeps that date from the store when the twin's
    file is gone (the twin is still in the store), without being read again."""
    news = tmp_path / "news"
    _twins(news)
    with ArticleStore(tmp_path / "store.sqlite") as store:
        copy = {a.id: a for a in process([news], store=store)}["copy.txt"]
        assert copy.date == dt.date(2025, 5, 9) and copy.date_source.startswith("near-duplicate")
        shutil.rmtree(news / "2025-05-09")
        analysed.clear()
        again = {a.id: a for a in process([news], store=store)}["copy.txt"]
    assert analysed == []
    assert again == copy


def test_ingest_again_keeps_the_dates_of_near_duplicates(tmp_path: Path, analysed: list[str]) -> None:
    """Ingest skips the dated files stored: an undated copy keeps the date its dated twin gave
    it (before, a second run dated it again without the twin it did not read)."""
    news = tmp_path / "news"
    _twins(news)
    db = tmp_path / "corpus.sqlite"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(news), "--db", str(db), "-w", "1"]).exit_code == 0
    analysed.clear()
    done = runner.invoke(app, ["ingest", str(news), "--db", str(db), "-w", "1"])
    assert done.exit_code == 0, done.output
    assert analysed == [] and "re-analysed" not in done.output
    with ArticleStore(db) as store:
        assert store.db.execute("SELECT date FROM articles WHERE article_id = 'copy.txt'").fetchall() \
            == [("2025-05-09",)]


def test_ingest_twice_skips_the_undated_files(tmp_path: Path, analysed: list[str]) -> None:
    news = _undated(tmp_path / "news")
    db = tmp_path / "corpus.sqlite"
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(news), "--db", str(db), "-w", "1"])
    assert done.exit_code == 0, done.output
    assert sorted(analysed) == sorted(UNDATED)
    analysed.clear()
    done = runner.invoke(app, ["ingest", str(news), "--db", str(db), "-w", "1"])
    assert done.exit_code == 0, done.output
    assert analysed == []
    assert f"{len(UNDATED)} file(s) skipped whole" in done.output
    assert "undated, stored" in done.output


def test_watch_after_ingest_reads_no_undated_file_again(tmp_path: Path, analysed: list[str]) -> None:
    news = _undated(tmp_path / "news")
    db = tmp_path / "corpus.sqlite"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(news), "--db", str(db), "-w", "1"]).exit_code == 0
    analysed.clear()
    done = runner.invoke(app, ["watch", str(news), "--db", str(db), "--once", "-w", "1"])
    assert done.exit_code == 0, done.output
    assert analysed == []
    assert f"{len(UNDATED)} file(s) already stored" in done.output


def test_stored_undated_articles_are_the_same_with_worker_processes(tmp_path: Path) -> None:
    news = _undated(tmp_path / "news")
    _dated(news, "2025-05-01")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        first = list(process([news], store=store, workers=2))
        assert list(process([news], store=store, workers=2)) == first == list(process([news]))


# A feed dump: records with a date and records without, in one JSONL file.
MIXED = [
    {"id": "dated-1", "date": "2025-05-01", "text": "The minister arrived for talks on the grain deal."},
    {"id": "weekday", "text": "Today (Thursday, May 8) the parade was held."},
    {"id": "dated-2", "date": "2025-05-03", "text": "El ministro llegó para negociar el acuerdo del grano."},
    {"id": "nothing", "text": "Le défilé a eu lieu sur la place Rouge devant des milliers de personnes."},
]


def _mixed(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in MIXED) + "\n",
                                     encoding="utf-8")
    return root


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files read and tagged (`_read_and_tag`) in this process."""
    calls: list[str] = []
    real = pipeline._read_and_tag

    def counting(item: pipeline.Input, lang: str | None) -> pipeline._FileResult:
        calls.append(Path(str(item.path)).name)
        return real(item, lang)

    monkeypatch.setattr(pipeline, "_read_and_tag", counting)
    return calls


def test_a_second_run_reads_no_unchanged_mixed_file(tmp_path: Path, read: list[str],
                                                    analysed: list[str]) -> None:
    """A file mixing dated and undated articles is kept like the others: before, it was read
    and tagged on every run."""
    news = _mixed(tmp_path / "news")
    _dated(news, "2025-05-05")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        first = list(process([news], store=store))
        assert {a.id: a.date for a in first}["weekday"] == dt.date(2025, 5, 8)
        read.clear()
        analysed.clear()
        again = list(process([news], store=store))
        assert read == [] and analysed == []
        assert again == first


def test_ingest_twice_reads_no_mixed_file_again(tmp_path: Path, read: list[str], analysed: list[str]) -> None:
    """A folder of a mixed JSONL dump, a dated file and an undated one: a second ingest reads
    none of them, and the undated records keep their dates."""
    news = _mixed(tmp_path / "news")
    _dated(news, "2025-05-05")
    (news / "nothing_es.txt").write_text(UNDATED["nothing_es.txt"], encoding="utf-8")
    db = tmp_path / "corpus.sqlite"
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(news), "--db", str(db), "-w", "1"])
    assert done.exit_code == 0, done.output
    with ArticleStore(db) as store:
        before = store.db.execute("SELECT article_id, date, date_how FROM articles ORDER BY 1").fetchall()
    read.clear()
    analysed.clear()
    done = runner.invoke(app, ["ingest", str(news), "--db", str(db), "-w", "1"])
    assert done.exit_code == 0, done.output
    assert read == [] and analysed == []
    assert "3 file(s) skipped whole" in done.output and "re-analysed" not in done.output
    with ArticleStore(db) as store:
        assert store.db.execute("SELECT article_id, date, date_how FROM articles ORDER BY 1").fetchall() == before
        assert ("weekday", "2025-05-08", "inferred") in before


def test_an_interrupted_mixed_file_is_read_again(tmp_path: Path, read: list[str]) -> None:
    """A mixed file whose dated articles are committed but whose undated ones are not is not
    recorded: the next run reads it again, then records it."""
    news = _mixed(tmp_path / "news")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        resume = Resume(store)
        stream = process([news], store=resume)
        handed = [next(stream), next(stream)]  # the dated records, handed on first
        assert all(a.date is not None and not a.date_inferred for a in handed)
        resume.committed(handed, [o.row for o in store.add(handed)])
        stream.close()  # interrupted before the undated ones were dated
        key = store.key(news / "dump.jsonl", "lang=None|root=" + str(news))
        assert not store.files_done([key])
        read.clear()
        resume = Resume(store)
        articles = list(process([news], store=resume))
        resume.committed(articles, [o.row for o in store.add(articles)])
        assert read == ["dump.jsonl"] and len(articles) == len(MIXED)
        assert store.files_done([key])
        read.clear()
        assert [a.id for a in process([news], store=Resume(store))] == ["weekday", "nothing"]
        assert read == []


def test_every_chunk_of_a_large_mixed_dump_is_kept(tmp_path: Path, read: list[str], analysed: list[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A large JSONL file is read in chunks, each kept under its own key: before, recording
    one chunk dropped the others' records (one per path), so a re-run read all but the last."""
    monkeypatch.setattr(reader, "JSONL_CHUNK_BYTES", 100)
    news = _mixed(tmp_path / "news")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        first = list(process([news], store=store))
        assert len(read) > 2
        read.clear()
        analysed.clear()
        assert list(process([news], store=store)) == first
    assert read == [] and analysed == []


def test_a_file_read_with_a_warning_is_kept(tmp_path: Path, read: list[str]) -> None:
    """A warning is about an article kept (here a date that could not be read, the record
    kept undated): the file is kept too. Before, it was read again on every run."""
    news = _mixed(tmp_path / "news")
    with (news / "dump.jsonl").open("a", encoding="utf-8") as dump:
        dump.write(json.dumps({"id": "bad-date", "date": "someday", "text": "Talks resumed in Geneva."}) + "\n")
    problems: list[Exception] = []
    with ArticleStore(tmp_path / "store.sqlite") as store:
        first = list(process([news], store=store, on_error=problems.append))
        assert [p.severity for p in problems] == ["warning"]  # type: ignore[attr-defined]
        read.clear()
        assert list(process([news], store=store)) == first
    assert read == []


WIRE = ("VELNA (Wire) - The flood barrier on the Velna river was opened on Sunday by Mayor Lior Tams "
        "after three years of construction work, the city council said in a statement on Monday. The "
        "barrier cost 40 million euros and protects about 12,000 homes in the old town and the harbour "
        "district. Engineers said the gates can be closed in under twenty minutes when the river rises.")


@pytest.mark.parametrize("lang_text", [
    ("en", WIRE),
    ("es", "VELNA (Agencia) - La barrera contra las crecidas del río Velna fue inaugurada el domingo "
           "por el alcalde Lior Tams tras tres años de obras, según un comunicado del ayuntamiento del "
           "lunes. La barrera costó 40 millones de euros y protege a unas 12.000 viviendas del casco "
           "antiguo y del puerto. Los ingenieros dijeron que las compuertas se cierran en veinte minutos."),
])
def test_an_undated_copy_of_a_story_stored_in_an_earlier_run_takes_its_date(
        lang_text: tuple[str, str], tmp_path: Path) -> None:
    """The corpus grows a run at a time: today's undated copy of yesterday's dated wire story
    was left undated (a run over both files dated it), since the run skipped yesterday's file
    and so never saw its twin; an interrupted ingest resumed gave another result than one run."""
    lang, text = lang_text
    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "wire.txt").write_text(f"date 2024-03-04\n{text}\n", encoding="utf-8")
    (tmp_path / "day2").mkdir()
    (tmp_path / "day2" / "copy.txt").write_text(text.replace(" - ", " — ", 1), encoding="utf-8")
    runner = CliRunner()
    one, two = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    assert runner.invoke(app, ["ingest", str(tmp_path / "day1"), str(tmp_path / "day2"), "--db", one,
                               "-w", "1"]).exit_code == 0
    for day in ("day1", "day2"):
        assert runner.invoke(app, ["ingest", str(tmp_path / day), "--db", two, "-w", "1"]).exit_code == 0
    for db in (one, two):
        with ArticleStore(db) as store:
            outlets = store.outlets([1])[1]  # one text, filed twice
        assert [(o.article_id, o.date, o.date_how) for o in outlets] == [
            ("wire.txt", dt.date(2024, 3, 4), "date header"), ("copy.txt", dt.date(2024, 3, 4), "inferred")], db
        assert outlets[1].extra["date_source"] == "near-duplicate of wire.txt"


def test_ingest_again_writes_nothing_for_undated_articles_dated_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second ingest hands the stored undated articles on (their dates are decided again in
    the collection); those whose date stays were stored again, hashing every text only to
    find its row unchanged (0.3 s of a cached pass over 371 texts). Now nothing is written."""
    from dateline.store.sqlite import SQLiteStore

    news = _undated(tmp_path / "news")
    _dated(news, "2025-05-01")
    db = str(tmp_path / "c.sqlite")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(news), "--db", db, "-w", "1"]).exit_code == 0
    written: list[str] = []
    add = SQLiteStore.add
    monkeypatch.setattr(SQLiteStore, "add", lambda self, articles: (written.extend(a.id for a in articles),
                                                                     add(self, articles))[1])
    again = runner.invoke(app, ["ingest", str(news), "--db", db, "-w", "1"])
    assert again.exit_code == 0, again.output
    assert written == []
    assert f"{len(UNDATED)} article(s); {len(UNDATED) + 1} file(s) skipped whole" in again.output


def test_an_undated_copy_is_hashed_once_by_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`dated_copies` hashed (and signed, for a near copy) an undated article's text, and `add`
    did both again when it stored it: once is enough."""
    from dateline.store import sqlite

    (tmp_path / "day1").mkdir()
    (tmp_path / "day1" / "wire.txt").write_text(f"date 2024-03-04\n{WIRE}\n", encoding="utf-8")
    (tmp_path / "day2").mkdir()
    copy = WIRE.replace("Engineers said", "Engineers added")  # a near copy: hashed, then signed
    (tmp_path / "day2" / "copy.txt").write_text(copy, encoding="utf-8")
    db = str(tmp_path / "c.sqlite")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(tmp_path / "day1"), "--db", db, "-w", "1"]).exit_code == 0
    hashed: list[str] = []
    signed: list[str] = []
    real_hash, real_signature = sqlite.content_hash, sqlite.signature
    monkeypatch.setattr(sqlite, "content_hash", lambda text: (hashed.append(text), real_hash(text))[1])
    monkeypatch.setattr(sqlite, "signature", lambda text: (signed.append(text), real_signature(text))[1])
    again = runner.invoke(app, ["ingest", str(tmp_path / "day2"), "--db", db, "-w", "1"])
    assert again.exit_code == 0, again.output
    assert hashed.count(copy) == signed.count(copy) == 1
    with ArticleStore(db) as store:
        assert [o.date for o in store.outlets([1])[1]] == [dt.date(2024, 3, 4)] * 2


def test_the_stores_memo_of_undated_texts_keeps_digests_not_the_texts(tmp_path: Path) -> None:
    """`dated_copies` remembers the hash and signature of each text it was asked about (for `add`
    to reuse): it kept every text as its key, up to 4,096 whole articles alive. A small digest
    keys it now, and `add` still finds what `dated_copies` computed."""
    from dateline.store import sqlite

    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    [article] = pipeline.process([str(tmp_path / "wire.txt")], workers=1)
    store = sqlite.SQLiteStore(tmp_path / "c.sqlite")
    assert store.dated_copies(article) == []
    assert article.text not in store._identities
    assert all(isinstance(k, bytes) and len(k) <= 32 for k in store._identities)
    assert len(store._identities) == 1
    store.add([article])
    assert len(store._identities) == 0  # taken by `add`: it found the entry by the same key
    store.close()


def test_resume_knows_a_kept_article_by_what_it_holds_not_by_its_object(tmp_path: Path) -> None:
    """`Resume.kept` keyed articles by `id()`: a copy of a kept article was written again, and
    an article dated anew after being marked (or a new one at a freed address) was not."""
    import copy

    with ArticleStore(str(tmp_path / "c.sqlite")) as store:
        resume = Resume(store)
        article = Article(id="a.txt", text="The parade was held.", path="news/a.txt",
                          date=dt.date(2025, 5, 9), date_inferred=True, date_confidence=0.8,
                          date_source="inferred from the text")
        resume.kept(article)
        assert resume.as_stored(copy.copy(article))
        assert not resume.as_stored(article)  # once
        resume.kept(article)
        article.date = dt.date(2025, 5, 8)
        assert not resume.as_stored(article)


def test_a_stored_page_is_dated_again_when_its_site_lines_change(tmp_path: Path, analysed: list[str]) -> None:
    """A page stored alone was dated by its late date line (no site lines: wire copy has no site
    clock); once another page of its site is read beside it, the site's name makes it a served
    page and the line the crawl's: the stored page is dated again, not reused. An unchanged
    collection is then reused as stored (its site lines' digest kept with its date)."""
    from tests.test_site_lines import _pages

    crawl_day = dt.date(2020, 11, 11)
    news = tmp_path / "news"
    news.mkdir()
    first, second = _pages("en")
    (news / "page0.txt").write_text(first, encoding="utf-8")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        assert [a.date for a in process([news], lang="en", store=store)] == [crawl_day]
        (news / "page1.txt").write_text(second, encoding="utf-8")
        analysed.clear()
        again = {a.id: a for a in process([news], lang="en", store=store)}
        assert sorted(analysed) == ["page0.txt", "page1.txt"]
        assert again["page0.txt"].date != crawl_day, again["page0.txt"].date_source
        analysed.clear()
        assert {a.id: a.date for a in process([news], lang="en", store=store)} == {i: a.date for i, a in again.items()}
        assert analysed == []
