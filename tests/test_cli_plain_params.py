"""Command-line values read without Pydantic (`dateline.cli.plain_params`) are read exactly as
Typer's own adapters read them, and a run of `dateline annotate` does not import Pydantic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer import _coercion
from typer._click import Context
from typer._click.exceptions import BadParameter

from dateline.cli import load_command
from dateline.cli.annotate import Format
from dateline.cli.plain_params import PlainParam

VALUES: dict[str, list[Any]] = {
    "paths": [("a.txt", "b"), ["x"], (), ("a", 1), ("caf\udce9.txt",)],
    "format": [Format.timeml, "timeml", "text", "TIMEML", "bogus", "", " json"],
    "lang": ["es", "", " en ", "caf\udce9", 3],
    "example": [True, False, "yes", "0"],
    "workers": ["1", "007", "12", "-1", "+1", " 2", "1_0", "\u0661", "abc", "1.5", "", "9" * 30, 4],
}


def _read(runtime: _coercion.RuntimeParam, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        result = runtime._coerce_value(value, param=param, ctx=ctx)
    except BadParameter as error:
        return "error", error.format_message()
    return type(result).__name__, result


@pytest.mark.parametrize("name", sorted(VALUES))
def test_plain_values_read_as_typer_reads_them(name: str) -> None:
    command = load_command("annotate")
    ctx = Context(command)
    param = next(p for p in command.params if p.name == name)
    assert isinstance(param._runtime_param, PlainParam)
    typer_own = _coercion.build_runtime_param(param.type_descriptor)
    assert not isinstance(typer_own, PlainParam)
    for value in VALUES[name]:
        assert _read(param._runtime_param, value, param, ctx) == _read(typer_own, value, param, ctx), value


def test_the_help_option_is_read_without_pydantic_too() -> None:
    command = load_command("annotate")
    option = command.get_help_option(Context(command))
    assert isinstance(option._runtime_param, PlainParam)


def test_annotate_does_not_import_pydantic(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks ended on Friday, March 17, 2023.\n", encoding="utf-8")
    probe = ("import sys\nfrom dateline.cli import app\n"
             f"sys.argv = ['dateline', 'annotate', {str(tmp_path / 'a.txt')!r}, '--lang', 'en', '-w', '1', "
             "'-f', 'text', '--dct', '2023-03-20']\n"
             "try:\n    app()\nexcept SystemExit as end:\n    assert end.code == 0, end.code\n"
             "print('pydantic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "2023-03-17" in result.stdout and result.stdout.split()[-1] == "False", result.stdout


def test_a_bad_value_gets_typers_message(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    result = CliRunner().invoke(app, ["annotate", str(tmp_path), "-w", "two"])
    assert result.exit_code == 2 and "Invalid value for '--workers' / '-w'" in result.output, result.output
