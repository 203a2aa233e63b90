"""Every `dateline` command spares the interpreter's last cycle collections: the command line
registers `gc.freeze` to run at exit, once however often commands run in one process."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dateline.cli as command
from dateline.cli import app

runner = CliRunner()


def test_every_command_registers_the_freeze_at_exit_once(monkeypatch: pytest.MonkeyPatch) -> None:
    registered: list[Callable[[], object]] = []

    class Exits:
        @staticmethod
        def register(fn: Callable[[], object]) -> None:
            registered.append(fn)

        @staticmethod
        def unregister(fn: Callable[[], object]) -> None:
            while fn in registered:
                registered.remove(fn)

    monkeypatch.setattr(command, "atexit", Exits)
    for args in (["timeline", "--example", "--no-store"], ["explain", "on Friday", "--dct", "2023-03-20"],
                 ["timeline", "--example", "--no-store"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
    assert registered == [gc.freeze]


def test_a_timeline_written_by_a_process_that_froze_at_exit_is_whole(tmp_path: Path) -> None:
    """The freeze runs after the output is written and closed: the file a separate process
    wrote is the one the command gives in this process."""
    out = tmp_path / "example.json"
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "timeline", "--example", "--no-store",
                           "-f", "json", "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    here = runner.invoke(app, ["timeline", "--example", "--no-store", "-f", "json"])
    assert out.read_text(encoding="utf-8").rstrip("\n") == here.stdout.rstrip("\n")
