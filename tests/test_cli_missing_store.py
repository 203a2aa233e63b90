"""A command that only reads the corpus, given a store that is not there (a mistyped --db),
says so in one line naming the file and how to build it, and creates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


@pytest.mark.parametrize("command", [["search", "moscow"], ["store", "info"], ["store", "prune"],
                                     ["saved", "list"], ["saved", "show", "1"], ["saved", "history", "1"],
                                     ["saved", "update"], ["saved", "delete", "1"],
                                     ["timeline", "--query", "moscow"]],
                         ids=" ".join)
def test_reading_a_store_that_is_not_there_is_one_line_and_creates_nothing(command: list[str],
                                                                            tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 1 and not isinstance(result.exception, Exception)  # no traceback
    said = " ".join(result.stderr.split())
    assert said == f"error no corpus at {missing}; build it with `dateline ingest SOURCE... --db {missing}`"
    assert not list(tmp_path.iterdir())  # no empty store left behind


def test_the_default_store_missing_is_named_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_STORE", str(tmp_path / "corpus.sqlite"))
    result = runner.invoke(app, ["search", "moscow"])
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (f"error no corpus at {tmp_path / 'corpus.sqlite'}; "
                                               "build it with `dateline ingest SOURCE...`")


def test_a_timeline_of_files_still_creates_the_store(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2023-03-20\nXi Jinping arrived in Moscow on Monday.\n",
                                    encoding="utf-8")
    result = runner.invoke(app, ["timeline", str(tmp_path / "a.txt"), "--db", str(tmp_path / "new.sqlite")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new.sqlite").exists()


@pytest.mark.parametrize("command", [["search", "moscow"], ["store", "info"], ["saved", "list"],
                                     ["serve", "--port", "0"], ["timeline", "--query", "moscow"]],
                         ids=" ".join)
def test_a_broken_store_offers_no_option_the_command_lacks(command: list[str], tmp_path: Path) -> None:
    """"…, or use --no-store" was offered by commands that have no --no-store (only `timeline
    SOURCES` has); the user who tried it got "No such option"."""
    broken = tmp_path / "broken.sqlite"
    broken.write_text("not a database", encoding="utf-8")
    result = runner.invoke(app, [*command, "--db", str(broken)])
    said = " ".join(result.stderr.split())
    assert result.exit_code == 2 and said.startswith(f"error store {broken} is not a usable Dateline store")
    assert "--no-store" not in said and f"dateline store reset --db {broken}" in said
    built = runner.invoke(app, ["timeline", str(tmp_path / "broken.sqlite"), "--db", str(broken)])
    assert "or use --no-store" in " ".join(built.stderr.split())  # where it is an option


def test_serve_says_when_the_corpus_it_serves_is_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`dateline serve --db typo.sqlite` served a new, empty corpus saying only "serving …":
    every search on the page then answered nothing, with no reason. (It still creates the
    store: the API can fill it.) A host that cannot be bound is said before any warning."""
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    new = tmp_path / "typo.sqlite"
    result = runner.invoke(app, ["serve", "--db", str(new), "--port", "0"])
    said = " ".join(result.stderr.split())
    assert result.exit_code == 0 and f"serving {new} on http://127.0.0.1:" in said
    assert f"note the corpus is empty: `dateline ingest SOURCE... --db {new}`" in said
    filled = runner.invoke(app, ["ingest", "--example", "--db", str(new), "-w", "1"])
    assert filled.exit_code == 0, filled.output
    assert "empty" not in " ".join(runner.invoke(app, ["serve", "--db", str(new), "--port", "0"]).stderr.split())
    unbound = runner.invoke(app, ["serve", "--db", str(new), "--host", "256.1.1.1"])
    assert unbound.exit_code == 2 and " ".join(unbound.stderr.split()).startswith("error cannot serve on 256.1.1.1")
