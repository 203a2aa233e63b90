"""`dateline watch --once` and `dateline saved`: files dropped into a folder update the saved
timelines, each file is read once, a bad file is one line and the rest goes on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.common import example_dir
from tests.ingest_fixtures import interrupted_after

runner = CliRunner()


def test_watch_ingests_new_files_and_updates_saved_timelines(tmp_path: Path) -> None:
    db, inbox = str(tmp_path / "c.sqlite"), tmp_path / "inbox"
    inbox.mkdir()
    seeds = sorted(example_dir().rglob("*.txt"))
    shutil.copy(seeds[0], inbox / seeds[0].name)
    first = runner.invoke(app, ["watch", str(inbox), "--db", db, "--once"])
    assert first.exit_code == 0, first.output
    assert "1 file(s): 1 article(s), 1 new" in first.output

    saved = runner.invoke(app, ["saved", "save", "China and Russia", "-q", "moscow", "--db", db])
    assert saved.exit_code == 0 and "saved timeline 1" in saved.output, saved.output
    for seed in seeds[1:]:
        shutil.copy(seed, inbox / seed.name)
    (inbox / "broken.jsonl").write_text('{"text": "The Velna bridge opened on May 2, 2024."\n', encoding="utf-8")
    second = runner.invoke(app, ["watch", str(inbox), "--db", db, "--once"])
    assert "broken.jsonl" in second.output and second.exit_code == 1  # a lost record is a failure
    assert f"{len(seeds) + 1} file(s)" in second.output and "1 file(s) already stored" in second.output
    assert "change(s) in 1 saved timeline(s)" in second.output

    history = runner.invoke(app, ["saved", "history", "1", "--db", db, "--json"])
    changes = json.loads(history.output)
    assert changes[0]["change"] == "created"
    [victory] = [c for c in changes if c["change"] == "appeared" and c["date"] == "2025-05-08"]
    assert [b["article"] for b in victory["because"]] == ["victory-day-visit.txt"]
    assert changes[0]["because"] == []  # the first computation: no article caused it

    shown = runner.invoke(app, ["saved", "show", "1", "--db", db, "--format", "json"])
    assert {"2023-03-20", "2025-05-08"} <= {e["date"] for e in json.loads(shown.output)["entries"]}
    listed = runner.invoke(app, ["saved", "list", "--db", db])
    assert "China and Russia" in listed.output and "moscow" in listed.output
    assert runner.invoke(app, ["saved", "show", "9", "--db", db]).exit_code == 2


def test_watch_needs_a_folder(tmp_path: Path) -> None:
    done = runner.invoke(app, ["watch", str(tmp_path / "none"), "--db", str(tmp_path / "c.sqlite"), "--once"])
    assert done.exit_code == 2 and "is not a folder" in done.output


def test_ctrl_c_mid_round_stores_and_counts_what_was_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.cli import watch as watch_command
    from dateline.store import open_store

    db, inbox = str(tmp_path / "c.sqlite"), tmp_path / "inbox"
    inbox.mkdir()
    for n in range(4):
        (inbox / f"s{n}.txt").write_text(f"date 2024-02-0{n + 1}\nThe council of Town{n} voted on Monday.",
                                         encoding="utf-8")
    monkeypatch.setattr(watch_command, "process", interrupted_after(watch_command.process, 2))
    result = runner.invoke(app, ["watch", str(inbox), "--db", db, "--once", "-w", "1"])
    assert result.exit_code == 0, result.output
    assert "stopped; 2 article(s) read in all, every one stored" in " ".join(result.output.split())
    with open_store(db) as store:
        assert store.info().articles == 2


def test_watch_reads_files_as_ingest_of_the_folder_does(tmp_path: Path) -> None:
    """A file under a `YYYY-MM-DD` subfolder is dated by it and named by its path under the
    folder, as `dateline ingest FOLDER` does (watch dated it not, and named it by its bare
    name); and a file `ingest FOLDER` stored is not read again by the watch."""
    import sqlite3

    db, inbox = tmp_path / "c.sqlite", tmp_path / "inbox"
    (inbox / "2024-05-08").mkdir(parents=True)
    (inbox / "2024-05-08" / "talks.txt").write_text(
        "Officials met in Moscow on Tuesday to discuss the grain corridor.", encoding="utf-8")
    (inbox / "old.txt").write_text("date 2024-04-02\n\nThe ministers met in Oslo on April 1.", encoding="utf-8")
    ingested = runner.invoke(app, ["ingest", str(inbox), "--db", str(db)])
    assert ingested.exit_code == 0, ingested.output

    (inbox / "2024-05-09").mkdir()
    (inbox / "2024-05-09" / "vote.txt").write_text(
        "The parliament voted on the budget on Thursday.", encoding="utf-8")
    watched = runner.invoke(app, ["watch", str(inbox), "--db", str(db), "--once"])
    assert watched.exit_code == 0, watched.output
    assert "3 file(s): 1 article(s), 1 new" in watched.output and "2 file(s) already stored" in watched.output
    with sqlite3.connect(db) as rows:
        found = dict(rows.execute("SELECT article_id, date FROM articles"))
    assert found == {"old.txt": "2024-04-02", str(Path("2024-05-08") / "talks.txt"): "2024-05-08",
                     str(Path("2024-05-09") / "vote.txt"): "2024-05-09"}


def test_a_file_of_another_type_in_the_folder_is_skipped_once_not_failed(tmp_path: Path) -> None:
    """A .docx or a browser's half-downloaded .crdownload beside the articles is left out with
    one line, as `dateline ingest FOLDER` does; it is no failure (exit 1 was every round's)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "notes.docx").write_bytes(b"PK\x03\x04")
    (inbox / "page.html.crdownload").write_text("<html><p>half", encoding="utf-8")
    (inbox / "a.txt").write_text("date 2024-04-02\n\nThe ministers met in Oslo on April 1.", encoding="utf-8")
    done = runner.invoke(app, ["watch", str(inbox), "--db", str(tmp_path / "c.sqlite"), "--once"])
    assert done.exit_code == 0, done.output
    assert "skipped" in done.output and "notes.docx: unknown file type '.docx'" in done.output
    assert "1 file(s): 1 article(s), 1 new" in done.output


def test_saved_history_table_says_what_changed_and_names_articles_plainly(tmp_path: Path) -> None:
    """`dateline saved history ID`: an article with no outlet was shown as 'x.jsonl:1 ()', a
    date's row said nothing of what it now holds; now the article's title and the sentences."""
    db, inbox = str(tmp_path / "c.sqlite"), tmp_path / "inbox"
    inbox.mkdir()
    record = {"text": "The harbour council met on 3 March 2024 and approved the new pier.",
              "date": "2024-03-04", "title": "Council approves pier"}
    (inbox / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["watch", str(inbox), "--db", db, "--once"]).exit_code == 0
    assert runner.invoke(app, ["saved", "save", "pier", "-q", "pier", "--db", db]).exit_code == 0
    later = {"text": "The new pier opened on 9 May 2024 with a ceremony by the harbour council.",
             "date": "2024-05-10", "title": "Pier opens"}
    (inbox / "b.jsonl").write_text(json.dumps(later) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["watch", str(inbox), "--db", db, "--once"]).exit_code == 0
    table = runner.invoke(app, ["saved", "history", "1", "--db", db], terminal_width=200)
    assert table.exit_code == 0, table.output
    assert "()" not in table.output
    [row] = [line for line in table.output.splitlines() if "2024-05-09" in line]
    assert "appeared" in row and "1 sentence" in row and 'b.jsonl:1 "Pier opens"' in row


def test_saving_a_timeline_whose_start_is_after_its_end_is_refused(tmp_path: Path) -> None:
    """`saved save --start 2025-01-01 --end 2024-01-01` saved a timeline that could never
    show a date; `dateline timeline` and the API already refused such a span."""
    db = str(tmp_path / "c.sqlite")
    assert runner.invoke(app, ["ingest", "--example", "--db", db]).exit_code == 0
    refused = runner.invoke(app, ["saved", "save", "y", "-q", "Putin", "--start", "2025-01-01",
                                  "--end", "2024-01-01", "--db", db])
    assert refused.exit_code == 2 and "--start 2025-01-01 is after --end 2024-01-01" in refused.output
    assert "y" not in runner.invoke(app, ["saved", "list", "--db", db]).output.split()


def test_a_file_edited_in_the_watched_folder_is_a_new_version_of_its_article(tmp_path: Path) -> None:
    """An edited file replaces its old text in the corpus (store.REVISED), and the round says so;
    the old text no longer answers a search."""
    import os

    db, inbox = str(tmp_path / "c.sqlite"), tmp_path / "inbox"
    inbox.mkdir()
    note = inbox / "pier.txt"
    note.write_text("date 2026-11-19\nThe Velna pier closed on Thursday; ferries use the southern quay.\n")
    assert "1 new" in runner.invoke(app, ["watch", str(inbox), "--db", db, "--once", "--settle", "0"]).output
    note.write_text("date 2026-11-19\nThe Velna pier closed on Thursday after a storm tore part of its deck away.\n")
    os.utime(note, (note.stat().st_atime, note.stat().st_mtime + 5))
    again = runner.invoke(app, ["watch", str(inbox), "--db", db, "--once", "--settle", "0"])
    assert "1 file(s): 1 article(s), 0 new, 0 wire cop(ies), 1 new version(s) of stored articles" in again.output
    assert json.loads(runner.invoke(app, ["search", "quay", "--db", db, "--format", "json"]).stdout) == []
