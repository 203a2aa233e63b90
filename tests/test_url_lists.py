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
