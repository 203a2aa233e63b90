"""Real-world input: web pages, feeds, URLs, standard input, Markdown, and bad bytes and files.

Each failure is driven here; each test checks the clear message and that every good input
was still read.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import IngestError, read
from dateline.ingest import fetch as fetch_module
from dateline.pipeline import process
from tests.ingest_fixtures import ATOM, PAGE, RSS, UNDATED_PAGE, local_server

runner = CliRunner()


def collect(sources: list) -> tuple[list, list[IngestError]]:
    problems: list[IngestError] = []
    return list(read(sources, on_error=problems.append)), problems


# ---------------------------------------------------------------------------------- HTML
def test_html_page_text_metadata_and_published_date(tmp_path: Path) -> None:
    (tmp_path / "pier.html").write_text(PAGE)
    [article], problems = collect([tmp_path / "pier.html"])
    assert not problems
    assert "reopened the northern pier on Tuesday" in article.text
    for furniture in ("Accept all cookies", "Related stories", "All rights reserved", "Sport"):
        assert furniture not in article.text
    assert article.title == "Harbour authority reopens the northern pier"
    assert article.author == "Marta Ilves"
    assert article.url == "https://courier.example.org/harbour/pier-reopens"  # canonical
    assert article.date == dt.date(2024, 7, 31) and not article.date_inferred
    assert article.date_source == 'page metadata <meta property="article:published_time">'
    assert article.date_modified == dt.date(2024, 8, 2)
    assert article.lang == "en" and len(article.sentences) >= 6


def test_html_without_date_markup_is_dated_from_its_text_and_marked_inferred(tmp_path: Path) -> None:
    (tmp_path / "keepers.html").write_text(UNDATED_PAGE)
    [article] = list(process([tmp_path / "keepers.html"]))
    assert article.date == dt.date(2025, 5, 8)
    assert article.date_inferred and article.date_source == "inferred from the text"
    assert "Archive" not in article.text


MARKUP_ONLY = ["<html><head><title>Index</title></head><body><script>x()</script></body></html>",
               "<html><body></body></html>",
               '<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
               '</ul></nav><div id="app"></div></body></html>']


@pytest.mark.parametrize("page", MARKUP_ONLY)
def test_html_page_with_no_text_is_skipped_with_its_reason(tmp_path: Path, page: str) -> None:
    """A page of markup without text (a script-built page saved before it loaded, a menu) was
    "failed" (exit 1) though it holds no article to lose: now skipped, saying why."""
    (tmp_path / "menu.html").write_text(page)
    (tmp_path / "pier.html").write_text(PAGE)
    articles, problems = collect([tmp_path])
    assert [a.title for a in articles] == ["Harbour authority reopens the northern pier"]
    assert [(Path(p.path).name, p.severity) for p in problems] == [("menu.html", "skipped")]
    assert "no article text in the page" in problems[0].reason and "script" in problems[0].reason


def test_html_in_a_legacy_encoding_declared_by_the_page(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("three months", "trois mois café")
    (tmp_path / "legacy.html").write_bytes(page.encode("cp1252"))
    [article], problems = collect([tmp_path / "legacy.html"])
    assert "trois mois café" in article.text and not problems


# ---------------------------------------------------------------------------------- feeds
def test_rss_items_are_articles_with_their_dates(tmp_path: Path) -> None:
    (tmp_path / "courier.rss").write_text(RSS)
    articles, problems = collect([tmp_path / "courier.rss"])
    assert not problems
    ferry, budget = articles
    assert ferry.id == ferry.url == "https://courier.example.org/ferry"
    assert ferry.title == "Ferry timetable changes from Monday"
    assert ferry.date == dt.date(2024, 8, 2)  # the day where it was written, not UTC's Aug 1
    assert ferry.date_source == "feed item <published>"
    assert "twenty minutes earlier" in ferry.text and "track()" not in ferry.text
    assert budget.date is None and "approved the harbour budget" in budget.text


def test_a_feed_items_unreadable_date_is_a_warning_naming_the_item(tmp_path: Path) -> None:
    """A `<pubDate>` that is no date left the item undated without a word; a JSONL record's
    bad date is reported, and so is a feed item's now."""
    (tmp_path / "courier.rss").write_text(RSS.replace("Fri, 02 Aug 2024 00:30:00 +0200", "last Friday"))
    articles, problems = collect([tmp_path / "courier.rss"])
    assert [a.date for a in articles] == [None, None]
    [problem] = problems
    assert problem.severity == "warning" and problem.path == str(tmp_path / "courier.rss")
    assert problem.reason == ("item 1 (https://courier.example.org/ferry): its date 'last Friday' "
                              "cannot be read; kept undated (its date will be inferred from the text)")


def test_a_cat_document_in_a_dataset_folder_is_skipped_naming_what_reads_it(tmp_path: Path) -> None:
    """The SemEval-2015 trial folder holds each document as TimeML and as token-level CAT XML:
    the CAT files failed as "not an RSS or Atom feed" (30 failures, exit 1) though nothing
    was lost, their TimeML twins being read."""
    (tmp_path / "1514-Pier.xml").write_text(
        '<?xml version="1.0" ?><Document doc_id="1514" doc_name="1514-Pier">\n'
        '<token number="0" sentence="0" t_id="1">Pier</token>\n'
        '<token number="1" sentence="0" t_id="2">reopens</token>\n</Document>\n')
    (tmp_path / "1514-Pier.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2005-05-07">2005-05-07</TIMEX3></DCT>'
        '<TEXT>The pier reopened on Friday .</TEXT></TimeML>')
    articles, problems = collect([tmp_path])
    assert [a.id for a in articles] == ["1514-Pier.tml"]
    [problem] = problems
    assert problem.severity == "skipped" and problem.path.endswith("1514-Pier.xml")
    assert "SemEval-2015 CAT document" in problem.reason and "dateline semeval2015" in problem.reason
    # Told by its content on standard input and in a request body too (it was read as a web
    # page: one sentence a token).
    from dateline.ingest import Input, read_input

    told: list[IngestError] = []
    data = (tmp_path / "1514-Pier.xml").read_bytes()
    assert list(read_input(Input("<stdin>", data=data), on_error=told.append)) == []
    assert [p.severity for p in told] == ["skipped"] and "CAT document" in told[0].reason


@pytest.mark.parametrize("name", ["page.html", "feed.rss", "feed.xml", "doc.tml", "notes.md", "dump.jsonl",
                                  "note.txt"])
def test_an_empty_file_of_any_kind_is_skipped_as_empty(name: str, tmp_path: Path) -> None:
    """An empty text file was skipped as empty, but an empty page, feed or TimeML file failed
    as broken ("not an HTML page (Document is empty)", "not an RSS or Atom feed"), exit 1,
    though nothing was lost."""
    (tmp_path / name).write_text(" \n\n")
    articles, problems = collect([tmp_path / name])
    assert articles == []
    assert [(p.severity, p.reason) for p in problems] == [("skipped", "empty: no article text in it")]


def test_atom_entry_with_author_and_update(tmp_path: Path) -> None:
    (tmp_path / "skarn.xml").write_text(ATOM)  # .xml: told apart from TimeML by its content
    [entry], problems = collect([tmp_path / "skarn.xml"])
    assert not problems
    assert (entry.id, entry.author, entry.url) == ("urn:skarn:1", "Ina Lorr", "https://skarn.example.net/keepers")
    assert entry.date == dt.date(2025, 5, 8) and entry.date_modified == dt.date(2025, 5, 9)


def test_a_broken_feed_is_a_failure_naming_it(tmp_path: Path) -> None:
    (tmp_path / "broken.rss").write_text("<rss><channel><item><title>cut off")
    (tmp_path / "good.rss").write_text(RSS)
    articles, problems = collect([tmp_path])
    assert len(articles) == 2
    assert [p.severity for p in problems] == ["failed"] and "broken.rss" in str(problems[0])


# ---------------------------------------------------------------------------------- URLs
def test_urls_pages_feeds_text_and_redirects_from_a_local_server() -> None:
    with local_server() as (base, agents):
        articles, problems = collect([f"{base}/page", f"{base}/feed", f"{base}/text", f"{base}/hop/2"])
    assert not problems
    assert [a.title for a in articles][:3] == ["Harbour authority reopens the northern pier",
                                               "Ferry timetable changes from Monday",
                                               "Council approves the harbour budget"]
    assert articles[3].date == dt.date(2024, 7, 30) and articles[3].id == f"{base}/text"
    assert articles[4].date == dt.date(2024, 7, 31)  # reached through two redirects
    assert agents and all(a.startswith("Dateline/") for a in agents)


@pytest.mark.parametrize("path, limits, reason", [
    ("/missing", {}, "HTTP 404"),
    ("/hop/9", {"max_redirects": 3}, "more than 3 redirects"),
    ("/big", {"max_bytes": 100_000}, "MB limit"),
    ("/big-unsized", {"max_bytes": 100_000}, "MB limit"),
    ("/slow", {"timeout": 0.5}, "timed out"),
])
def test_url_failures_say_what_went_wrong(path: str, limits: dict, reason: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real = fetch_module.fetch
    monkeypatch.setattr(fetch_module, "fetch", lambda url: real(url, **limits))
    with local_server() as (base, _agents):
        articles, problems = collect([f"{base}{path}", f"{base}/text"])
    assert len(articles) == 1  # the good URL after the bad one is still read
    assert len(problems) == 1 and problems[0].severity == "failed"
    assert reason in problems[0].reason and problems[0].path == f"{base}{path}"


def test_cli_timeline_of_urls_and_a_failing_one() -> None:
    with local_server() as (base, _agents):
        result = runner.invoke(app, ["timeline", f"{base}/page", f"{base}/missing", "--no-store",
                                     "--format", "json"])
    assert result.exit_code == 1
    assert f"{base}/missing: HTTP 404" in result.stderr
    timeline = json.loads(result.stdout)
    assert any("northern pier" in s["text"] for e in timeline["entries"] for s in e["sentences"])


# ---------------------------------------------------------------------------- stdin, .md
def test_standard_input_is_read_as_whatever_it_is() -> None:
    result = runner.invoke(app, ["annotate", "-", "--format", "json", "--workers", "1"],
                           input="date 2024-02-10\nThe ceasefire collapsed yesterday.")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["id"] == "stdin" and record["timexes"][0]["value"] == "2024-02-09"
    page = runner.invoke(app, ["annotate", "-", "--format", "json"], input=PAGE)
    assert json.loads(page.stdout)["title"] == "Harbour authority reopens the northern pier"


def test_empty_standard_input_is_an_error() -> None:
    result = runner.invoke(app, ["annotate", "-"], input="")
    assert result.exit_code == 1 and "standard input is empty" in result.stderr


def test_a_front_matter_date_that_is_no_date_is_a_warning(tmp_path: Path) -> None:
    """`date: March 4, 2024` was dropped without a word (a JSONL record's bad date is
    reported); the folder's date still dates the note."""
    (tmp_path / "2024-03-05").mkdir()
    for folder in (tmp_path, tmp_path / "2024-03-05"):
        (folder / "note.md").write_text("---\ntitle: Barrier\ndate: March 4, 2024\n---\n"
                                        "The barrier opened on Sunday.\n")
    articles, problems = collect([tmp_path])
    assert [a.date for a in articles] == [dt.date(2024, 3, 5), None]
    assert [(p.path, p.severity) for p in problems] == [
        (str(tmp_path / "2024-03-05" / "note.md"), "warning"), (str(tmp_path / "note.md"), "warning")]
    assert all("front matter 'date' 'March 4, 2024' is not YYYY-MM-DD" in p.reason for p in problems)


def test_markdown_front_matter_title_and_date(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(
        '---\ntitle: "Pier reopens"\ndate: 2024-07-31\nauthor: Marta Ilves\n---\n'
        "# Pier reopens\n\nThe **harbour** authority reopened the [northern pier](https://x.example) "
        "on *Tuesday*.\n\n- Engineers replaced the timber.\n- Repairs cost 2.4 million euros.\n")
    (tmp_path / "plain.md").write_text("# Storm\n\nA storm tore away part of the deck.\n")
    (note, plain), problems = collect([tmp_path])
    assert not problems
    assert (note.title, note.author, note.date) == ("Pier reopens", "Marta Ilves", dt.date(2024, 7, 31))
    assert note.date_source == "front matter 'date'"
    assert "The harbour authority reopened the northern pier on Tuesday." in note.text
    assert "**" not in note.text and "](" not in note.text and "- " not in note.text
    assert plain.title == "Storm" and plain.date is None


# ------------------------------------------------------------------ nothing lost, all said
def test_an_invalid_byte_is_replaced_and_reported_with_its_offset(tmp_path: Path) -> None:
    good = "date 2024-03-01\nEl ministro llegó el lunes a Damasco. La reunión duró tres horas."
    data = good.encode("utf-8")
    offset = data.index(b"Damasco")
    (tmp_path / "stray.txt").write_bytes(data[:offset] + b"\x9d" + data[offset:])
    [article], problems = collect([tmp_path / "stray.txt"])
    assert "llegó el lunes a \ufffdDamasco" in article.text and article.date == dt.date(2024, 3, 1)
    [problem] = problems
    assert problem.severity == "warning" and "stray.txt" in str(problem)
    assert f"byte offset {offset}" in problem.reason and "1 undecodable" in problem.reason


def test_a_legacy_encoded_text_is_read_and_said_so(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("La reunión duró tres horas en Túnez.".encode("cp1252"))
    [article], [problem] = collect([tmp_path / "latin.txt"])
    assert article.text == "La reunión duró tres horas en Túnez."
    assert problem.severity == "warning" and "Windows-1252" in problem.reason


def test_cli_folder_lists_what_it_skipped_and_exits_0(tmp_path: Path) -> None:
    (tmp_path / "2024-03-01").mkdir()
    (tmp_path / "2024-03-01" / "a.txt").write_text("The minister arrived on Monday.")
    (tmp_path / "b.md").write_text("date 2024-03-02\nThe talks ended on Tuesday.")
    (tmp_path / "c.html").write_text(PAGE)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".notes").write_text("hidden")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "news.jsonl").write_text(json.dumps({"text": "Voting began on Sunday.", "date": "2023/03/06"}))
    result = runner.invoke(app, ["timeline", str(tmp_path), "--no-store", "--format", "json"])
    assert result.exit_code == 0, result.output
    err = result.stderr
    for name, reason in [("photo.jpg", "unknown file type '.jpg'"), ("report.pdf", "unknown file type '.pdf'"),
                         (".notes", "hidden file"), ("empty.txt", "empty")]:
        assert f"skipped {tmp_path / name}: {reason}" in err
    assert "news.jsonl:1: 'date' is not YYYY-MM-DD: '2023/03/06'; article kept undated" in err
    assert "summary read 4 article(s); skipped 4 (" in err and "failed 0; 1 warning(s)" in err
    sources = {s["source"].get("path") for e in json.loads(result.stdout)["entries"] for s in e["sentences"]}
    assert str(tmp_path / "c.html") in sources


def test_cli_exit_1_only_when_something_failed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("date 2024-03-01\nThe minister arrived on Monday.")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "bad.jsonl").write_text('{"text": "Fine line.", "date": "2024-03-02"}\n{broken\n')
    result = runner.invoke(app, ["timeline", str(tmp_path), "--no-store"])
    assert result.exit_code == 1
    assert f"failed {tmp_path / 'binary.txt'}: binary file" in result.stderr
    assert f"failed {tmp_path / 'bad.jsonl'}:2: invalid JSON" in result.stderr
    assert "summary read 2 article(s); skipped 0; failed 2 (" in result.stderr
    assert "Traceback" not in result.output


def test_a_file_of_unknown_type_named_directly_fails(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    _articles, [problem] = collect([tmp_path / "scan.pdf"])
    assert problem.severity == "failed" and "unknown file type '.pdf'" in problem.reason
    assert ".html" in problem.reason  # says what it does read


@pytest.mark.parametrize("source", ["ftp://example.com/feed.rss", "file:///tmp/page.html"])
def test_a_url_of_another_scheme_is_named_as_such_not_as_a_missing_file(source: str) -> None:
    _articles, [problem] = collect([source])
    assert problem.severity == "failed" and problem.reason == "only http:// and https:// URLs are fetched"


# ------------------------------------------------------------------- errors as sentences
@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails the test if articles are processed: the error must come before the long work."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the work started before the options were checked")
    monkeypatch.setattr("dateline.cli.timeline.process", refuse)


@pytest.mark.parametrize("args, message", [
    (["--query", '"muslim brotherhood'], "error --query: query '\"muslim brotherhood': a double quote is not closed; close the quote"),
    (["-o", "missing/dir/out.md"], "error -o missing/dir/out.md: folder missing/dir does not exist; create it first (mkdir -p missing/dir)"),
    (["--start", "2023/03/06"], "error --start '2023/03/06' is not a date; write it as YYYY-MM-DD"),
    (["--workers", "0"], "error --workers 0: must be at least 1"),
    # a count the process pool cannot take was a traceback (OverflowError from its semaphore)
    (["--workers", "99999999999999999999999"], "error --workers 99999999999999999999999: must be at most 1024"),
])
def test_bad_options_are_one_line_errors_before_any_work(args: list[str], message: str, no_work: None,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("date 2024-03-01\nThe minister arrived on Monday.")
    result = runner.invoke(app, ["timeline", "a.txt", *args])
    assert result.exit_code == 2
    assert result.stderr.strip() == message or result.stderr.strip().startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_output_to_a_folder_or_an_unwritable_place(tmp_path: Path, no_work: None) -> None:
    result = runner.invoke(app, ["timeline", "--example", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder; give a file name" in result.stderr
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = runner.invoke(app, ["timeline", "--example", "-o", str(locked / "out.md")])
    if result.exit_code == 2:  # root may write anywhere: then there is nothing to refuse
        assert "no permission to write there" in result.stderr


# ------------------------------------------------------------------------ parallel analysis
def _mixed_collection(root: Path) -> None:
    for day in range(1, 9):
        folder = root / f"2024-03-0{day}"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"The talks resumed on Monday after {day} days of silence.")
    (root / "undated.txt").write_text("Today (Tuesday, March 5) the talks collapsed.")
    (root / "page.html").write_text(PAGE)
    (root / "feed.rss").write_text(RSS)
    (root / "bad.jsonl").write_text('{"text": "One line.", "date": "2024-03-02"}\n{broken\n')
    (root / "skip.jpg").write_bytes(b"\xff")


def _view(article) -> tuple:  # type: ignore[no-untyped-def]
    return (article.id, article.date, article.date_inferred, article.date_source,
            [(s.start, s.end, [(t.start, t.value) for t in s.timexes]) for s in article.sentences])


def _same_with_one_and_two_workers(source: Path) -> tuple[list[tuple], list[str]]:
    """The articles (as `_view`s) and problems of a source, checked to be the same whether
    one process or two workers read it."""
    runs = []
    for workers in (1, 2):
        problems: list[IngestError] = []
        articles = list(process([source], on_error=problems.append, workers=workers))
        runs.append(([_view(a) for a in articles], [str(p) for p in problems]))
    assert runs[0] == runs[1]
    return runs[0]


def test_two_workers_give_the_same_articles_in_the_same_order(tmp_path: Path) -> None:
    _mixed_collection(tmp_path)
    views, problems = _same_with_one_and_two_workers(tmp_path)
    assert len(views) == 13 and views[-1][0] == "undated.txt" and views[-1][1] == dt.date(2024, 3, 5)
    assert len(problems) == 2  # bad.jsonl:2 and skip.jpg, reported by either


def test_workers_keep_the_store_resuming(tmp_path: Path) -> None:
    from dateline.store import ArticleStore

    _mixed_collection(tmp_path / "news")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        first = [_view(a) for a in process([tmp_path / "news"], on_error=lambda e: None, store=store, workers=2)]
    with ArticleStore(tmp_path / "store.sqlite") as store:
        again = [_view(a) for a in process([tmp_path / "news"], on_error=lambda e: None, store=store, workers=2)]
    assert first == again


# ------------------------------------------------------------------- every language alike
PAGES = {
    "en": ("Storm closes the coastal road", "The coastal road was closed on Monday after a storm "
           "washed away part of the embankment. Repairs will take at least two weeks."),
    "es": ("La tormenta cierra la carretera costera", "La carretera de la costa quedó cerrada el lunes "
           "después de que una tormenta se llevara parte del terraplén. Las obras durarán al menos dos semanas."),
    "fr": ("La tempête ferme la route côtière", "La route côtière a été fermée lundi après qu'une tempête "
           "a emporté une partie du talus. Les travaux dureront au moins deux semaines."),
    "it": ("La tempesta chiude la strada costiera", "La strada costiera è stata chiusa lunedì dopo che una "
           "tempesta ha portato via parte del terrapieno. I lavori dureranno almeno due settimane."),
    "de": ("Sturm sperrt die Küstenstraße", "Die Küstenstraße wurde am Montag gesperrt, nachdem ein Sturm "
           "einen Teil des Damms weggespült hatte. Die Reparatur dauert mindestens zwei Wochen."),
    "pt": ("Tempestade fecha a estrada costeira", "A estrada da costa foi fechada na segunda-feira depois "
           "de uma tempestade ter levado parte do aterro. As obras vão durar pelo menos duas semanas."),
    "ru": ("Шторм закрыл прибрежную дорогу", "Прибрежную дорогу закрыли в понедельник после того, как "
           "шторм размыл часть насыпи. Ремонт займёт не меньше двух недель."),
    "ar": ("العاصفة تغلق الطريق الساحلي", "أغلق الطريق الساحلي يوم الاثنين بعد أن جرفت عاصفة جزءا من "
           "السد الترابي. وستستغرق أعمال الإصلاح أسبوعين على الأقل."),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_pages_and_feeds_in_every_language(lang: str, tmp_path: Path) -> None:
    title, body = PAGES[lang]
    (tmp_path / "page.html").write_text(
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="article:published_time" content="2024-11-05T07:00:00Z"></head><body>'
        f'<nav><a href="/">Home</a></nav><article><h1>{title}</h1><p>{body}</p></article></body></html>',
        encoding="utf-8")
    (tmp_path / "feed.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        f'<id>urn:f</id><updated>2024-11-05T08:00:00Z</updated><entry><title>{title}</title><id>urn:f:1</id>'
        f'<published>2024-11-05T08:00:00Z</published><content type="text">{body}</content></entry></feed>',
        encoding="utf-8")
    articles, problems = collect([tmp_path])
    assert not problems and len(articles) == 2
    for article in articles:
        assert article.lang == lang and article.title == title
        assert body.split()[2] in article.text
        assert article.date == dt.date(2024, 11, 5) and not article.date_inferred
    analysed = list(process([tmp_path]))
    assert all(a.timexes for a in analysed)  # "Monday", "two weeks" found in both


def test_workers_benchmark_measures_a_small_collection(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "workers_bench", Path(__file__).resolve().parents[1] / "benchmarks" / "workers.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    files = []
    for day in (4, 5):  # articles long enough (~17 KB) to share among the workers: two per batch
        folder = tmp_path / "news" / f"2024-03-0{day}"
        folder.mkdir(parents=True)
        files.append(folder / "a.txt")
        files[-1].write_text(f"The talks resumed on Monday, day {day}. " + "The delegations met again. " * 620)
    copies = bench.replicate(files, tmp_path, 20)
    assert len(list(copies.rglob("*.txt"))) == 20
    result = bench.run([str(copies)], 2)
    assert result["articles"] == 20 and result["worker_rss"] > 0 and result["cpu"] > 0


def test_a_large_jsonl_file_is_read_in_chunks_shared_by_the_workers(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.ingest import reader
    from dateline.store import ArticleStore

    monkeypatch.setattr(reader, "JSONL_CHUNK_BYTES", 400)
    lines = [json.dumps({"id": f"n{i}", "text": f"Talks resumed on Monday, day {i} of the truce.",
                         "date": f"2024-03-{i % 28 + 1:02d}"}) for i in range(40)]
    lines[17] = "{broken"
    lines[23] = json.dumps({"text": "Ceasefire on Friday.", "date": "2024/03/08"})
    big = tmp_path / "big.jsonl"
    big.write_bytes(("\n".join(lines) + "\n").encode() + "{\"text\": \"Stray \xff byte on Sunday in Bogotá.\"}\n".encode().replace(b"\xc3\xbf", b"\xff"))
    assert len(list(reader.inputs([big]))) > 5  # chunks
    views, problems = _same_with_one_and_two_workers(big)
    assert len(views) == 40  # 41 lines, one broken
    assert f"{big}:18: invalid JSON" in problems[0]  # line numbers count from the file's start
    assert f"{big}:24: 'date' is not YYYY-MM-DD" in problems[1]
    stray = big.read_bytes().index(b"\xff")
    assert f"at byte offset {stray}" in problems[2]  # offsets too
    assert "big.jsonl:41" in {v[0] for v in views}
    with ArticleStore(tmp_path / "store.sqlite") as store:  # chunks are kept and resumed
        first = [_view(a) for a in process([big], on_error=lambda e: None, store=store, workers=2)]
        again = [_view(a) for a in process([big], on_error=lambda e: None, store=store, workers=2)]
    assert first == again == views


def test_an_article_that_breaks_analysis_is_a_failure_not_the_end_of_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline import pipeline

    _mixed_collection(tmp_path)
    real = pipeline.date_and_annotate

    def fragile(article, hint_range, fallback, site=frozenset()):  # type: ignore[no-untyped-def]
        if article.id == "undated.txt":
            raise RuntimeError("boom")
        return real(article, hint_range, fallback, site)

    monkeypatch.setattr(pipeline, "date_and_annotate", fragile)
    problems: list[IngestError] = []
    articles = list(process([tmp_path], on_error=problems.append, workers=1))
    assert len(articles) == 13 and articles[-1].id == "undated.txt"  # handed on, as read
    assert any("undated.txt: could not be dated (RuntimeError: boom)" in str(p) for p in problems)


# --------------------------------------------------------------------------- JSONL.gz
def _gz_records(count: int) -> bytes:
    import gzip

    lines = "".join(json.dumps({"text": f"The council met on {day} March 2024 to vote on item {day}.",
                                "date": f"2024-03-{day:02d}"}) + "\n" for day in range(1, count + 1))
    return gzip.compress(lines.encode("utf-8"))


def test_compressed_jsonl_is_read_by_ingest_and_in_folders(tmp_path: Path) -> None:
    """`dateline analyze` reads .jsonl.gz, and so must ingest, watch and timeline: a user's
    dump is often compressed. (They said "unknown file type '.gz'".)"""
    (tmp_path / "dump.jsonl.gz").write_bytes(_gz_records(3))
    (tmp_path / "more.ndjson.gz").write_bytes(_gz_records(2))
    articles, problems = collect([tmp_path])
    assert not problems
    assert sorted(a.id for a in articles) == ["dump.jsonl.gz:1", "dump.jsonl.gz:2", "dump.jsonl.gz:3",
                                              "more.ndjson.gz:1", "more.ndjson.gz:2"]
    assert {a.date for a in articles} >= {dt.date(2024, 3, 3)}
    named, problems = collect([tmp_path / "more.ndjson.gz"])
    assert not problems and named[0].text.startswith("The council met on 1 March 2024")


def test_a_truncated_gzip_keeps_its_whole_lines_and_says_so(tmp_path: Path) -> None:
    """A download cut short: the records before the cut are read, then one line names the
    file and the reason."""
    whole = _gz_records(40)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (tmp_path / "junk.jsonl.gz").write_bytes(b"not gzip at all")
    articles, problems = collect([tmp_path / "cut.jsonl.gz", tmp_path / "junk.jsonl.gz"])
    assert 0 < len(articles) < 40
    assert all(a.text.endswith(".") for a in articles)  # no half record
    assert [(p.path, p.severity) for p in problems] == [(str(tmp_path / "cut.jsonl.gz"), "failed"),
                                                        (str(tmp_path / "junk.jsonl.gz"), "failed")]
    assert all("gzip" in p.reason for p in problems)


def test_a_file_listing_urls_is_fetched_not_read_as_an_article(tmp_path: Path) -> None:
    """`urls.txt` of one link a line (blank lines, # comments) fetches each; it was stored as
    one 'article' whose text was the links. A text mentioning a URL is still an article."""
    with local_server() as (base, _agents):
        (tmp_path / "urls.txt").write_text(f"# harbour news\n{base}/page\n\n{base}/missing\n  {base}/text\n",
                                           encoding="utf-8")
        articles, problems = collect([tmp_path / "urls.txt"])
        piped = runner.invoke(app, ["annotate", "-", "--format", "json", "--workers", "1"],
                              input=f"{base}/text\n")
    assert [a.id for a in articles] == [f"{base}/page", f"{base}/text"]
    assert [(p.path, p.severity) for p in problems] == [(f"{base}/missing", "failed")]
    assert json.loads(piped.stdout.strip().splitlines()[-1])["id"] == f"{base}/text"
    (tmp_path / "note.txt").write_text(f"The pier reopened on Monday, see {base}/page\n", encoding="utf-8")
    [note], _ = collect([tmp_path / "note.txt"])
    assert note.id == "note.txt"


def test_a_bad_json_line_says_where_in_the_line(tmp_path: Path) -> None:
    """"invalid JSON (Unterminated string starting at)" ended on "at": the column was cut off."""
    (tmp_path / "cut.jsonl").write_text('{"text": "The pier reopened\n', encoding="utf-8")
    _, [problem] = collect([tmp_path / "cut.jsonl"])
    assert problem.reason == "invalid JSON (unterminated string starting at column 10)"


# ------------------------------------------------------------------------ one source alone
def test_one_path_given_alone_is_one_source_not_its_characters(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """`read("a.txt")` and `process("news")`: a string is a source, not a list of them (its
    characters were read one by one: "." the working folder, "/" the whole file system)."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("date 2024-03-04\nThe barrier opened on Sunday.\n")
    monkeypatch.chdir(tmp_path / "news")
    problems: list[IngestError] = []
    assert [a.id for a in read("a.txt", on_error=problems.append)] == ["a.txt"]
    monkeypatch.chdir(tmp_path)
    assert [a.id for a in process("news", on_error=problems.append)] == ["a.txt"]
    assert [a.id for a in read(Path("news"), on_error=problems.append)] == ["a.txt"]
    assert problems == []


NEWS_PLEASE = {"authors": ["Mara Ostin"], "date_publish": "2024-03-06 08:15:00", "title": "Velna harbour reopens",
               "maintext": "The harbour of Velna reopened to ships on Tuesday after a storm closed it.",
               "url": "https://coastdaily.example/news/velna-harbour-reopens", "language": "en"}
LISTED = {"status": "ok", "articles": [
    {"title": "Pier reopens", "publishedAt": "2024-03-15T17:00:00Z",
     "content": "The northern pier of Velna reopened on Friday, two weeks after the storm."},
    {"title": "No text", "content": None}, "oops"]}


def test_json_exports_are_read_as_records(tmp_path: Path) -> None:
    """A `.json` file (news-please writes one per article; a list of records; NewsAPI's
    {"articles": [...]}) was skipped as an unknown file type: now read as JSONL records are,
    each problem naming the line its record starts on."""
    (tmp_path / "one.json").write_text(json.dumps(NEWS_PLEASE, indent=2), encoding="utf-8")
    (tmp_path / "api.json").write_text(json.dumps(LISTED, indent=1), encoding="utf-8")
    (tmp_path / "flat.json").write_text(json.dumps([{"text": "The pier reopened on Friday.", "date": "2024-03-15"},
                                                    {"text": "The fund was approved.", "date": "2024-03-12"}]))
    (tmp_path / "package.json").write_text('{"name": "site", "version": "1.0.0"}')
    (tmp_path / "cut.json").write_text('[{"text": "The pier')
    articles, problems = collect([tmp_path])
    by_id = {a.id: a for a in articles}
    assert sorted(by_id) == ["api.json:4", "flat.json:1", "flat.json:2", "one.json"]
    assert by_id["one.json"].date == dt.date(2024, 3, 6) and by_id["one.json"].title == "Velna harbour reopens"
    assert by_id["api.json:4"].date == dt.date(2024, 3, 15)
    assert by_id["flat.json:2"].date == dt.date(2024, 3, 12)
    assert [(Path(p.path).name, p.line, p.severity) for p in problems] == [
        ("api.json", 9, "failed"), ("api.json", 13, "failed"), ("cut.json", 1, "failed"), ("package.json", None, "skipped")]


def test_a_json_exports_list_is_found_however_its_key_is_written(tmp_path: Path) -> None:
    """The list's key written with escapes ("art\\u00edculos", as json.dumps writes a
    Spanish key by default) was searched for as typed and not found: every record was then taken
    for the whole file, all named "escaped.json" (one id for two articles). The same key inside
    a value above the list pointed the line numbers at the wrong list."""
    records = [{"title": "Uno", "text": "El muelle de Velna reabrió el 5 de marzo de 2024.", "date": "2024-03-05"},
               {"title": "Dos", "text": "El puente de Harlow cerró el 7 de marzo de 2024.", "date": "bad"}]
    (tmp_path / "escaped.json").write_text(json.dumps({"estado": "ok", "artículos": records}, indent=2))
    (tmp_path / "nested.json").write_text(json.dumps(
        {"about": {"articles": [{"note": "not this one"}], "n": 2}, "articles": records}, indent=1))
    articles, problems = collect([tmp_path])
    assert sorted(a.id for a in articles) == ["escaped.json:4", "escaped.json:9", "nested.json:11", "nested.json:16"]
    assert [(Path(p.path).name, p.line) for p in problems] == [("escaped.json", 9), ("nested.json", 16)]


def test_a_json_export_is_decoded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each value of a `.json` export is decoded once: it was decoded whole, then member by
    member to find the list, then item by item to number the records (three times). Counted by
    the decoder's float hook, called once per number decoded."""
    decoded: list[str] = []
    real = json.JSONDecoder

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        return real(*args, **{**kwargs, "parse_float": lambda text: decoded.append(text) or float(text)})

    records = [{"text": f"The ferry ran again on Monday, {day} March 2024.", "date": f"2024-03-{day:02d}",
                "score": day + 0.5} for day in range(4, 9)]
    (tmp_path / "api.json").write_text(json.dumps({"status": "ok", "articles": records}, indent=2))
    (tmp_path / "flat.json").write_text(json.dumps(records, indent=2))
    monkeypatch.setattr(json, "JSONDecoder", counting)
    monkeypatch.setattr(json, "_default_decoder", counting())
    for name in ("api.json", "flat.json"):
        decoded.clear()
        articles, problems = collect([tmp_path / name])
        assert not problems and len(articles) == 5
        assert sorted(decoded) == ["4.5", "5.5", "6.5", "7.5", "8.5"]
    assert [a.id for a in articles] == [f"flat.json:{2 + 5 * n}" for n in range(5)]


def test_a_json_array_piped_in_is_read_as_records(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    payload = json.dumps([{"text": "The pier reopened on Friday 15 March 2024.", "date": "2024-03-15"}])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload.encode())))
    [article], problems = collect(["-"])
    assert article.date == dt.date(2024, 3, 15) and problems == []


@pytest.mark.parametrize("piped", ["[Update] The pier reopened on Friday 15 March 2024.\n",
                                    "[2024-03-15] The pier reopened.\n", "  [Foto: Ana Dorsk] El muelle reabrió.\n"])
def test_text_piped_in_that_opens_with_a_bracketed_tag_is_text(monkeypatch: pytest.MonkeyPatch,
                                                                piped: str) -> None:
    """Only a list of objects is a JSON list: text opening with "[Update]" was read as broken JSON."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped.encode())))
    [article], problems = collect(["-"])
    assert article.text.strip() == piped.strip()
    assert [p for p in problems if p.severity == "failed"] == []


@pytest.mark.parametrize(("piped", "ids", "bad_lines"), [
    (json.dumps(NEWS_PLEASE, indent=2), ["stdin"], []),  # one article, written over several lines
    ('{"text": "The pier reopened on Friday."}\n{"text": \n{"text": "The fund was approved."}\n',
     ["stdin:1", "stdin:3"], [2]),
    ('{"text": \n{"text": "The fund was approved."}\n', ["stdin:2"], [1])])
def test_json_piped_in_is_one_object_or_json_lines(monkeypatch: pytest.MonkeyPatch, piped: str,
                                                   ids: list[str], bad_lines: list[int]) -> None:
    """A pretty-printed object piped in failed line by line as JSON Lines; JSON Lines with a bad
    line still lose only that line."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped.encode())))
    articles, problems = collect(["-"])
    assert [a.id for a in articles] == ids
    assert [p.line for p in problems if p.severity == "failed"] == bad_lines
