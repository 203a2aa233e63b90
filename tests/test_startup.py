"""Start-up and hot-path contracts: commands import only what they use, every rule is keyed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli import COMMANDS, load_command
from dateline.temporal.rules import RULES

HEAVY = ("sklearn", "scipy", "numpy", "pyarrow", "fastapi", "py3langid", "hijridate")


def imported_after(code: str) -> set[str]:
    """Top-level packages imported by running `code` in a fresh interpreter."""
    probe = code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_help_imports_no_heavy_library() -> None:
    code = ("from typer.testing import CliRunner\nfrom dateline.cli import app\n"
            "assert CliRunner().invoke(app, ['--help']).exit_code == 0")
    assert not imported_after(code) & set(HEAVY)


def test_annotate_with_a_language_loads_no_model_nor_learning_library(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks ended on Friday, March 17, 2023.\n", encoding="utf-8")
    code = ("from typer.testing import CliRunner\nfrom dateline.cli import app\n"
            f"r = CliRunner().invoke(app, ['annotate', {str(tmp_path / 'a.txt')!r}, '--lang', 'en'])\n"
            "assert r.exit_code == 0 and '2023-03-17' in r.output, r.output")
    imported = imported_after(code)
    assert not imported & {"sklearn", "scipy", "pyarrow", "fastapi", "py3langid", "hijridate"}


def test_only_a_text_with_a_hijri_date_loads_the_hijri_calendar() -> None:
    """`hijridate` is imported when a Hijri date is read, not for tagging that has none."""
    code = ("from dateline.temporal import tag\nimport datetime as dt\n"
            "assert tag('Prices rose in Ramadan, on March 17, 2023.', dt.date(2023, 3, 20), 'en')\n"
            "import sys\nassert 'hijridate' not in sys.modules\n"
            "assert tag('15 Ramadan 1444 AH', None, 'en')[0].value == '2023-04-06'")
    assert "hijridate" in imported_after(code)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listed_help_is_the_commands_own(name: str) -> None:
    command = load_command(name)
    own = " ".join((command.help or "").split())
    assert own.startswith(" ".join(COMMANDS[name][2].split()).rstrip(".")), own


def test_every_rule_scans_only_around_its_key_words() -> None:
    assert [r.name for r in RULES if not r.keys] == []
