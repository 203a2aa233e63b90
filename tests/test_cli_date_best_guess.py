"""`dateline date` shows the best guess and its confidence beside "unknown" (audit s25, defect 3:
the table printed "unknown 0.00" where the model's best guess had 0.41-0.46)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

TEXT = "BRUXELLES, 9 mars (AFP) - Les ministres se réunissent aujourd'hui à Bruxelles.\n"
HINT = ["--hint-start", "2026-03-01", "--hint-end", "2026-03-31"]


def test_an_unanswered_row_shows_its_best_guess_and_confidence(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    # a threshold no guess reaches: the row is unknown, its best guess shown
    table = CliRunner().invoke(app, ["date", str(tmp_path), *HINT, "--min-confidence", "0.999", "--format", "table"],
                               terminal_width=250)
    assert table.exit_code == 0, table.output
    assert "unknown (best guess 2026-03-09)" in table.stdout
    assert " 0.00 " not in table.stdout
    rows = [json.loads(line) for line in CliRunner().invoke(
        app, ["date", str(tmp_path), *HINT, "--min-confidence", "0.999"]).stdout.splitlines()]
    assert rows[0]["date"] is None and rows[0]["best_guess"] == "2026-03-09"
    assert 0.5 < rows[0]["best_confidence"] < 0.999


def test_an_answered_row_is_as_before(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = [json.loads(line) for line in CliRunner().invoke(app, ["date", str(tmp_path), *HINT]).stdout.splitlines()]
    assert rows[0]["date"] == "2026-03-09" and "best_guess" not in rows[0]
