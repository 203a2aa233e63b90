"""A `YYYY-MM-DD` folder dates the files in it however they are named (audit s26 defect 1):
the folder walked, each file named (a shell glob `news/2026-03-*/*.txt`), or `.` inside it;
and every command that reads files reads them through the one reader that does so."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.analyze.shards import Shard, read_shard
from dateline.cli import app
from dateline.ingest import IngestError, read

runner = CliRunner()
DAY = dt.date(2026, 3, 8)


def _news(tmp_path: Path) -> Path:
    """Two articles in dated folders, one undated at the top, in French and Italian (hand-written)."""
    news = tmp_path / "news"
    (news / "2026-03-08").mkdir(parents=True)
    (news / "2026-03-09").mkdir()
    (news / "2026-03-08" / "fr1.txt").write_text(
        "La crue de la Velna a inondé samedi le centre de Morlay.\n\n"
        "Les pompiers ont évacué quarante habitants de Morlay pendant la nuit.", encoding="utf-8")
    (news / "2026-03-09" / "it1.txt").write_text(
        "date 2026-03-10\nIl ponte di Morlay sulla Velna è crollato domenica mattina.", encoding="utf-8")
    (news / "loose.txt").write_text("La Velna a retrouvé son lit, disent les riverains de Morlay.",
                                    encoding="utf-8")
    return news


def _dates(sources: list[Path]) -> dict[str, dt.date | None]:
    errors: list[IngestError] = []
    found = {a.id: a.date for a in read(sources, on_error=errors.append)}
    assert not errors
    return found


def test_a_file_named_by_itself_keeps_its_folders_date(tmp_path: Path) -> None:
    news = _news(tmp_path)
    named = sorted(news.glob("2026-03-*/*.txt"))  # what the shell hands over for `news/2026-03-*/*.txt`
    assert _dates(named) == {"fr1.txt": DAY, "it1.txt": dt.date(2026, 3, 10)}  # a date header still wins
    walked = _dates([news])
    assert walked[str(Path("2026-03-08") / "fr1.txt")] == DAY and walked["loose.txt"] is None
    [article] = read([news / "2026-03-08" / "fr1.txt"])
    assert article.date_source == "folder name"


def test_dot_inside_a_dated_folder_and_a_folder_below_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = _news(tmp_path)
    (news / "2026-03-08" / "wire").mkdir()
    (news / "2026-03-08" / "wire" / "a.txt").write_text("Morlay compte ses dégâts.", encoding="utf-8")
    monkeypatch.chdir(news / "2026-03-08")
    assert _dates([Path("fr1.txt")]) == {"fr1.txt": DAY}
    assert set(_dates([Path(".")]).values()) == {DAY}
    assert _dates([news / "2026-03-08" / "wire"]) == {"a.txt": DAY}  # the nearest dated folder above


def test_a_date_folder_name_that_is_no_day_dates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "2026-02-30"
    folder.mkdir()
    (folder / "a.txt").write_text("Morlay compte ses dégâts.", encoding="utf-8")
    assert _dates([folder / "a.txt"]) == {"a.txt": None}


def test_the_analyze_shards_read_a_named_file_with_its_folders_date(tmp_path: Path) -> None:
    news = _news(tmp_path)
    [article] = read_shard(Shard(news / "2026-03-08" / "fr1.txt"))
    assert article.date == DAY


def test_every_command_dates_named_files_by_their_folder(tmp_path: Path) -> None:
    """timeline, annotate, date, ingest and entities on files named one by one (the audit's
    shell glob gave "No entries." and "2 article(s) have no publication date")."""
    news = _news(tmp_path)
    files = [str(p) for p in sorted(news.glob("2026-03-*/*.txt"))]

    built = runner.invoke(app, ["timeline", *files, "--query", "Velna", "--no-store", "-f", "json", "-w", "1"])
    assert built.exit_code == 0, built.output
    timeline = json.loads(built.stdout)
    assert "2026-03-07" in {e["date"] for e in timeline["entries"]}  # fr1's "samedi", counted from 2026-03-08
    assert not any("no publication date" in note for note in timeline.get("notes", []))

    annotated = runner.invoke(app, ["annotate", files[0], "-f", "json", "-w", "1"])
    assert annotated.exit_code == 0, annotated.output
    article = json.loads(annotated.stdout.splitlines()[0])
    assert article["date"] == "2026-03-08" and not article.get("date_inferred")

    checked = runner.invoke(app, ["date", files[0], "--check-given"])
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout.splitlines()[0])["given"]["date"] == "2026-03-08"

    db = tmp_path / "c.sqlite"
    ingested = runner.invoke(app, ["ingest", files[0], "--db", str(db), "-w", "1"])
    assert ingested.exit_code == 0, ingested.output
    with sqlite3.connect(db) as rows:
        assert rows.execute("SELECT date, date_how FROM articles").fetchall() == [("2026-03-08", "folder name")]

    listed = runner.invoke(app, ["entities", files[0], "--no-store", "-f", "json", "-w", "1"])
    assert listed.exit_code == 0, listed.output
    assert "no publication date" not in listed.output
