"""The command line on the built-in example and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


def test_annotate_example() -> None:
    result = runner.invoke(app, ["annotate", "--example"])
    assert result.exit_code == 0, result.output
    assert "2023-03-17" in result.output and "'March 17'" in result.output


def test_annotate_json_with_dct(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The ceasefire collapsed yesterday.")
    result = runner.invoke(app, ["annotate", str(path), "--dct", "2024-02-10", "--lang", "en"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.strip().splitlines()[-1])
    assert record["timexes"][0]["value"] == "2024-02-09"


def test_annotate_bad_dct_and_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["annotate", str(tmp_path / "a.txt"), "--dct", "10/02/2024"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output
    result = runner.invoke(app, ["annotate", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "no such file" in result.output
