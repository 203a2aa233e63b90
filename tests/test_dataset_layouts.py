"""A dataset's folder read as a collection: what beside the articles is not one (s19 audit)."""

from __future__ import annotations

from pathlib import Path

from dateline.ingest import IngestError, read

REFERENCE = ("2011-01-16\nStudents marched in Velna for the new constitution .\n"
             "--------------------------------\n"
             "2011-01-27\nThousands gathered in Harlow against the governor .\n"
             "--------------------------------\n")


def test_a_reference_timeline_beside_the_articles_is_skipped(tmp_path: Path) -> None:
    """`dateline timeline ml-crisis/es --query yemen` read reference/yemen.txt as an undated
    article: the reference's own sentences (the answer) came out in the timeline."""
    (tmp_path / "yemen" / "2011-01-27").mkdir(parents=True)
    (tmp_path / "yemen" / "2011-01-27" / "a.txt").write_text("Thousands gathered in Harlow on Thursday.\n")
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "yemen.txt").write_text(REFERENCE)
    problems: list[IngestError] = []
    articles = list(read([tmp_path], on_error=problems.append))
    assert [a.id for a in articles] == ["yemen/2011-01-27/a.txt"]
    [note] = problems
    assert note.severity == "skipped" and note.path.endswith("yemen.txt") and "tilse" in note.reason


def test_an_article_opening_with_a_date_line_is_still_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("2011-01-16\nStudents marched in Velna.\n\n-----\n\nMore on Monday.\n")
    problems: list[IngestError] = []
    [article] = list(read([tmp_path / "a.txt"], on_error=problems.append))
    assert "Students marched" in article.text and not problems


def test_dateline_date_tells_apart_records_sharing_an_id(tmp_path: Path) -> None:
    """Two JSONL records with one id gave two identical rows in `dateline date`. A record with
    another text under an id already given is named by its line since 5c6c8c3 (the reader's
    warning says so: the store would take it for a new version); the same record twice keeps
    its id and is told apart as the second with it."""
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"id": "a", "text": text}) + "\n" for text in (
        "The parliament voted on Tuesday to approve the budget.", "The senate voted on Friday.",
        "The parliament voted on Tuesday to approve the budget.")))
    table = CliRunner().invoke(app, ["date", str(tmp_path / "a.jsonl"), "--format", "table"], terminal_width=200)
    rows = [line for line in table.stdout.splitlines() if "[a" in line]
    assert len(rows) == 3 and len(set(rows)) == 3
    assert "[a.jsonl:2]" in rows[1] and "#2 with this id" in rows[2]
    lines = CliRunner().invoke(app, ["date", str(tmp_path / "a.jsonl")]).stdout.splitlines()
    assert [(json.loads(line)["id"], json.loads(line).get("repeat")) for line in lines] == [
        ("a", None), ("a.jsonl:2", None), ("a", 2)]


def test_a_saved_pages_asset_folder_is_one_line(tmp_path: Path) -> None:
    """A page saved by a browser brings a `_files` folder of scripts, styles and images: each
    was a line of its own (hundreds for a folder of saved pages), burying what matters."""
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page.txt").write_text("The talks ended on Friday.\n")
    for name in ("a.js", "b.js", "c.css", "logo.png", "font.woff2"):
        (tmp_path / "page_files" / name).write_text("x")
    (tmp_path / "photo.jpg").write_text("x")
    problems: list[IngestError] = []
    assert [a.id for a in read([tmp_path], on_error=problems.append)] == ["page.txt"]
    assert [(p.path, p.reason) for p in problems] == [
        (str(tmp_path / "page_files") + "/", "5 files of unknown type ('.css' 1, '.js' 2, '.png' 1, '.woff2' 1)"),
        (str(tmp_path / "photo.jpg"), "unknown file type '.jpg'")]


def test_a_feeds_relative_links_are_made_absolute(tmp_path: Path) -> None:
    """An item's relative link ("/news/flood-1") was kept as the article's URL: no link a reader
    could follow, and no outlet (the store names outlets by the URL's host)."""
    from dateline.ingest.feed import parse_feed

    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link>'
            '<item><title>Flood</title><link>/news/flood-1</link><description>The river rose on Sunday.</description>'
            '</item><item><title>Dam</title><link>https://other.example.com/dam</link>'
            '<description>The dam held on Monday.</description></item></channel></rss>')
    (tmp_path / "feed.rss").write_text(feed)
    articles = list(read([tmp_path / "feed.rss"]))
    assert [a.url for a in articles] == ["https://news.example.org/news/flood-1", "https://other.example.com/dam"]
    [(_, fetched), _] = parse_feed(feed, "f", url="https://mirror.example.net/feeds/rss.xml")
    assert fetched.url == "https://mirror.example.net/news/flood-1"  # where it was fetched comes first
