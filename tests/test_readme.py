"""README.md's examples run: its Python blocks (their `# output` comments checked), its first
command's main job, and every command and option its command-line block shows."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.common import example_dir

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def blocks(kind: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README.read_text(encoding="utf-8")) if lang == kind]


def expected_outputs(code: str) -> list[str]:
    """What the `print(...)  # a / b, remark` comments promise: "a" and "b" (up to a comma)."""
    promised = []
    for line in code.splitlines():
        if "print(" in line and "#" in line:
            comment = line.split("#", 1)[1].strip().removeprefix("e.g.").split(",")[0]
            promised += [item.strip() for item in comment.split(" / ") if item.strip()]
    return promised


@pytest.mark.parametrize("code", blocks("python"), ids=lambda code: code.splitlines()[0][:40])
def test_python_example_runs_and_prints_what_it_says(code: str, tmp_path: Path) -> None:
    shutil.copytree(example_dir(), tmp_path / "articles")  # the folder the examples read
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    for item in expected_outputs(code):
        assert item in result.stdout, f"README promises {item!r}; the code printed:\n{result.stdout}"


def test_the_first_command_builds_the_example_timeline() -> None:
    first = blocks("sh")[0].splitlines()[0]
    assert first.endswith("dateline timeline --example")
    result = CliRunner().invoke(app, ["timeline", "--example", "--no-store"])
    assert result.exit_code == 0, result.output
    assert "2023-03-2" in result.output and "2025-05-0" in result.output  # both summits


def _commands() -> list[tuple[list[str], list[str]]]:
    """(subcommand words, options) of each `dateline ...` line of the command-line block."""
    block = next(b for b in blocks("sh") if b.lstrip().startswith("dateline "))
    found: list[tuple[list[str], list[str]]] = []
    for line in block.splitlines():
        line = line.split("  #", 1)[0]
        if line.startswith("dateline "):
            words = line.split()[1:]
            found.append(([w for w in words[:2] if re.fullmatch(r"[a-z][a-z0-9-]*", w)][:2], []))
        if found:
            found[-1][1].extend(re.findall(r"(?<![\w-])--[a-z][a-z-]*", line))
    return found


@pytest.mark.parametrize("command,options", _commands(), ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_command_line_block_names_real_commands_and_options(command: list[str], options: list[str]) -> None:
    runner = CliRunner()
    result = runner.invoke(app, [*command, "--help"], terminal_width=200)
    if result.exit_code != 0 or "Usage" not in result.output:  # a group: the first word is the command
        command = command[:1]
        result = runner.invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for option in options:
        assert option in result.output, f"dateline {' '.join(command)} has no {option}"
