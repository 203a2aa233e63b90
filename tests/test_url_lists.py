"""A list of URLs found in a folder (`urls.txt` in a watched inbox or an ingested folder) is
not an article, and reading a folder never goes to the network: it is skipped with one line
that says how to fetch it, as `dateline ingest urls.txt` does when named on its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.common import example_dir
from dateline.ingest import IngestError, read

LIST = "# to read later\nhttp://127.0.0.1:9/first\n\nhttps://news.example.org/second\n"


@pytest.fixture()
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of one seed article and a URL list; any fetch fails the test."""
    from dateline.ingest import fetch

    def no_fetch(url: str, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"fetched {url} while reading a folder")

    monkeypatch.setattr(fetch, "fetch", no_fetch)
    folder = tmp_path / "inbox"
    folder.mkdir()
    seed = sorted(example_dir().rglob("*.txt"))[0]
    shutil.copy(seed, folder / seed.name)
    (folder / "urls.txt").write_text(LIST, encoding="utf-8")
    return folder


def test_a_url_list_in_a_folder_is_skipped_with_a_note(inbox: Path) -> None:
    problems: list[IngestError] = []
    articles = list(read([inbox], on_error=problems.append))
    assert [a.id for a in articles] == [sorted(example_dir().rglob("*.txt"))[0].name]
    [problem] = problems
    assert problem.severity == "skipped" and problem.path == str(inbox / "urls.txt")
    assert problem.reason == f"a list of 2 URL(s), not an article; `dateline ingest {inbox / 'urls.txt'}` fetches them"


@pytest.mark.parametrize("command", [["ingest", "--workers", "1"], ["watch", "--once", "--workers", "1"]])
def test_ingest_and_watch_of_a_folder_store_no_url_list(inbox: Path, tmp_path: Path, command: list[str]) -> None:
    db = str(tmp_path / "c.sqlite")
    done = CliRunner().invoke(app, [command[0], str(inbox), "--db", db, *command[1:]])
    said = " ".join(done.output.split())
    assert done.exit_code == 0, said  # a skipped file is no failure
    assert "skipped" in said and "a list of 2 URL(s), not an article" in said
    searched = CliRunner().invoke(app, ["search", "example.org", "--db", db])
    assert "second" not in searched.output  # the links were not stored as an article's text


def test_a_text_that_mentions_a_url_in_a_folder_is_still_an_article(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("https://news.example.org/pier says the pier reopened on Monday.\n",
                                       encoding="utf-8")
    [article] = list(read([tmp_path]))
    assert article.id == "note.txt"


TYPOS = "# to read\nhttps://news.example.org/one\nhtps://news.example.org/two\n\nwww.news.example.org/three\n" \
        "https://news.example.org/four\nhttp://127.0.0.1:9/five\n"


def test_a_url_list_with_typo_lines_names_each_and_keeps_the_urls(tmp_path: Path) -> None:
    """A hand-kept list with a mistyped scheme and a bare www line was read as one article of
    URLs (the file named on its own, or piped): now its URLs are the inputs and each other line
    is a warning naming file:line."""
    from dateline.ingest import inputs

    (tmp_path / "urls.txt").write_text(TYPOS, encoding="utf-8")
    told: list[IngestError] = []
    found = [item.name for item in inputs([tmp_path / "urls.txt"], on_error=told.append)]
    assert found == ["https://news.example.org/one", "https://news.example.org/four", "http://127.0.0.1:9/five"]
    assert [(p.severity, p.line) for p in told] == [("warning", 3), ("warning", 5)]
    assert str(told[0]).startswith(f"{tmp_path / 'urls.txt'}:3: 'htps://news.example.org/two' is not an http(s) URL")


@pytest.mark.parametrize("text", ["The pier reopened.\nhttps://news.example.org/one\n",
                                  "Velna\nhttps://news.example.org/one\n",
                                  "https://news.example.org/one\nSee you at the harbour\n",
                                  "Update:\nhttps://news.example.org/one\n"])
def test_a_text_with_a_url_line_is_still_an_article(tmp_path: Path, text: str) -> None:
    from dateline.ingest import inputs

    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    assert [item.path for item in inputs([tmp_path / "note.txt"])] == [tmp_path / "note.txt"]


@pytest.mark.parametrize("typo", ["htps://news.example.org/two", "https//news.example.org/two",
                                  "news.example.org/two", "www.news.example.org"])
def test_a_two_line_list_with_one_typo_is_still_a_list(tmp_path: Path, typo: str) -> None:
    from dateline.ingest import inputs

    (tmp_path / "urls.txt").write_text(f"https://news.example.org/one\n{typo}\n", encoding="utf-8")
    told: list[IngestError] = []
    assert [i.name for i in inputs([tmp_path / "urls.txt"], on_error=told.append)] == ["https://news.example.org/one"]
    assert [(p.severity, p.line) for p in told] == [("warning", 2)]


def test_a_piped_url_list_with_a_typo_names_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from dateline.ingest import inputs

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TYPOS.encode())))
    told: list[IngestError] = []
    assert len([i for i in inputs(["-"], on_error=told.append)]) == 3
    assert [str(p).split(":")[:2] for p in told] == [["<stdin>", "3"], ["<stdin>", "5"]]
