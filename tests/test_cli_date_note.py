"""`dateline date` says why files with a date come out "unknown" (audit s24, defect 5)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "dated.txt").write_text(
        "date 2026-03-06\nPARIS, 6 mars - Les dockers ont voté la grève hier soir au Havre.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(
        "ROMA, 12 marzo - Il ministro ha incontrato i sindacati ieri.\n", encoding="utf-8")
    return tmp_path


def test_the_date_command_says_the_headers_are_hidden_and_names_the_hint_options(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(app, ["date", str(folder)])
    assert result.exit_code == 0, result.output
    # The dates are what they were: neither text names a year, the header is not shown.
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(Path(r["path"]).name, r["date"]) for r in rows] == [("dated.txt", None), ("undated.txt", None)]
    note = result.stderr.strip()
    assert len(note.splitlines()) == 1
    assert "1 of 2 article(s) give a date" in note and "--check-given" in note
    assert "2 unknown for want of a year" in note and "--hint-start" in note and "--hint-end" in note
    assert "2026-03-06 to 2026-03-06" in note
    table = CliRunner().invoke(app, ["date", str(folder), "--format", "table"], terminal_width=200)
    assert "unknown" in table.stdout and "--hint-start" in table.stderr


def test_no_note_once_the_options_are_used(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(app, ["date", str(folder), "--hint-start", "2026-03-01",
                                      "--hint-end", "2026-03-31", "--check-given"])
    assert result.exit_code == 0, result.output
    assert "note" not in result.stderr and len(result.stdout.splitlines()) == 2
