"""What the commands share: console output, error reporting, option parsing."""

from __future__ import annotations

import datetime as dt
import sys
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console

from dateline.ingest import IngestError

# Tables are not cut to 80 columns when the output goes to a file or a pipe.
_WIDTH = None if sys.stdout.isatty() else 200
console = Console(highlight=False, width=_WIDTH)
err_console = Console(stderr=True, highlight=False, width=_WIDTH)


class ErrorLog:
    """Collects the input problems of a run: each is shown at once, and counted for the exit code."""

    def __init__(self) -> None:
        self.errors: list[IngestError] = []

    def __call__(self, error: IngestError) -> None:
        self.errors.append(error)
        err_console.print(f"[yellow]skipped[/] {error}", soft_wrap=True)

    def exit_code(self) -> int:
        """Non-zero when any input could not be used."""
        if self.errors:
            err_console.print(f"[red]{len(self.errors)} input problem(s)[/]; the rest was processed.")
            return 1
        return 0


def example_dir() -> Path:
    """The built-in example articles (China–Russia summits, dated and undated)."""
    return Path(str(resources.files("dateline") / "examples" / "china-russia"))


def parse_date(value: str | None, option: str) -> dt.date | None:
    """A `YYYY-MM-DD` option value, with a clear error otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def write_text(text: str, output: str | None) -> None:
    """Print to stdout, or write to a file when `-o FILE` is given."""
    if output in (None, "-"):
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(text)
    err_console.print(f"wrote {output}")
