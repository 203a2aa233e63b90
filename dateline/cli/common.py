"""What the commands share: console output, error reporting, option parsing."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from dateline.ingest import IngestError

# Tables are not cut to 80 columns when the output goes to a file or a pipe.
_WIDTH = None if sys.stdout.isatty() else 200
console = Console(highlight=False, width=_WIDTH)
err_console = Console(stderr=True, highlight=False, width=_WIDTH)

# A long run whose stderr is not a terminal (a log, a pipe, `nohup`) says how far it is this
# often; a terminal shows a live line instead.
LOG_PROGRESS_SECONDS = 30.0


class LogProgress:
    """How far a long run is, as a line on stderr every LOG_PROGRESS_SECONDS when stderr is
    not a terminal: the live progress line is off there, and a run of an hour said nothing
    until its summary."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._started = self._said = time.monotonic()

    def __call__(self, done: int, share: float | None = None) -> None:
        """`done` articles so far; `share`, the part of the input read, when known."""
        now = time.monotonic()
        if now - self._said >= LOG_PROGRESS_SECONDS and not err_console.is_terminal:
            read = f", {min(share, 1.0):.0%} of the input read" if share is not None else ""
            err_console.print(f"{self.what}: {done:,} article(s) so far{read}, {now - self._started:.0f} s")
            self._said = now


class ErrorLog:
    """The input problems of a run: each shown at once, all summed up at the end.

    Failures (input lost) set the exit status; skipped files and warnings (articles kept with a
    caveat) are listed and counted but do not, since everything readable was processed.
    """

    _STYLE = {"failed": "[red]failed[/]", "skipped": "[yellow]skipped[/]",
              "warning": "[yellow]warning[/]"}
    _LISTED = 10  # problems of one kind named in the summary before "and N more"

    def __init__(self) -> None:
        self.errors: list[IngestError] = []

    def __call__(self, error: IngestError) -> None:
        self.errors.append(error)
        err_console.print(f"{self._STYLE[error.severity]} {escape(str(error))}", soft_wrap=True)

    def of(self, severity: str) -> list[IngestError]:
        """The problems of one kind ("failed", "skipped", "warning"), in the order met."""
        return [e for e in self.errors if e.severity == severity]

    def summary(self, read: int | None = None) -> str:
        """"read 12 article(s); skipped 2 (a.jpg: unknown file type '.jpg', ...); failed 1 (...)"."""
        parts = [f"read {read} article(s)"] if read is not None else []
        for severity in ("skipped", "failed"):
            found = self.of(severity)
            if found:
                named = "; ".join(str(e) for e in found[:self._LISTED])
                more = f"; and {len(found) - self._LISTED} more" if len(found) > self._LISTED else ""
                parts.append(f"{severity} {len(found)} ({named}{more})")
            else:
                parts.append(f"{severity} 0")
        warned = len(self.of("warning"))
        if warned:
            parts.append(f"{warned} warning(s)")
        return "; ".join(parts)

    def exit_code(self, read: int | None = None) -> int:
        """Print the summary (on a terminal, or when anything went wrong); 1 when any input
        failed (was lost), else 0."""
        if self.errors or (read is not None and err_console.is_terminal):
            err_console.print(f"[bold]summary[/] {escape(self.summary(read))}", soft_wrap=True)
        return 1 if self.of("failed") else 0


def fail(message: str, fix: str | None = None, code: int = 2) -> NoReturn:
    """End the command with a one-line error that names the problem and, when known, the fix."""
    err_console.print(f"[red]error[/] {escape(message)}" + (f"; {escape(fix)}" if fix else ""),
                      soft_wrap=True)
    raise typer.Exit(code)


def check_output(output: str | None) -> None:
    """Refuse an `-o FILE` that cannot be written, before any work is done."""
    if output in (None, "-"):
        return
    path = Path(output)
    folder = path.parent
    if path.is_dir():
        fail(f"-o {output} is a folder", "give a file name")
    if not folder.is_dir():
        fail(f"-o {output}: folder {folder} does not exist", f"create it first (mkdir -p {folder})")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        fail(f"-o {output}: no permission to write there", "choose another place")


def check_query(queries: list[str] | None) -> None:
    """Refuse a malformed --query (an unbalanced quote) before any work is done."""
    from dateline.timeline import parse_terms

    try:
        parse_terms(queries or [])
    except ValueError as exc:
        fail(f"--query: {exc}", "close the quote, or drop it to search for the words")


# Most worker processes a command starts: each is a Python process holding Dateline's
# language data, so more than this is no use on any machine.
MAX_WORKERS = 1024

# What `-w` says in every command's --help: the default, and the caps (`pipeline._Workers`
# starts no more workers than there are ~32 KB batches of input to share among them).
WORKERS_HELP = (f"Processes reading, dating and tagging articles (default: one per core; never more than "
                f"the inputs to share among them, one per ~32 KB of input; at most {MAX_WORKERS}).")


def check_workers(workers: int | None) -> int:
    """The number of worker processes: the option's, or one per core."""
    from dateline.pipeline import default_workers

    if workers is None:
        return default_workers()
    if workers < 1:
        fail(f"--workers {workers}: must be at least 1")
    if workers > MAX_WORKERS:  # the process pool cannot take a count past a C int at all
        fail(f"--workers {workers}: must be at most {MAX_WORKERS}")
    return workers


def example_dir() -> Path:
    """The built-in example articles (China–Russia summits, dated and undated)."""
    return Path(str(resources.files("dateline") / "examples" / "china-russia"))


def parse_date(value: str | None, option: str) -> dt.date | None:
    """A `YYYY-MM-DD` option value (`ingest.option_day`, as the HTTP API reads `from`/`to`), with
    a clear error otherwise."""
    from dateline.ingest import option_day

    if value is None:
        return None
    try:
        return option_day(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2023-03-06")


def parse_span(start: str | None, end: str | None) -> tuple[dt.date | None, dt.date | None]:
    """`--start` and `--end`, each a date or absent; one after the other is an error."""
    first, last = parse_date(start, "--start"), parse_date(end, "--end")
    if first and last and first > last:
        raise typer.BadParameter(f"--start {first} is after --end {last}", param_hint="--start")
    return first, last


def check_language(lang: str | None) -> str | None:
    """`--lang` callback: a language Dateline has data for ('EN' and 'es-MX' read as en and
    es), else a one-line error listing them (exit 2) rather than a silent run in the fallback
    language."""
    from dateline.ingest import language_code

    try:
        return language_code(lang, "--lang")
    except ValueError as problem:
        err_console.print(f"Error: {escape(str(problem))}", soft_wrap=True)
        raise typer.Exit(2) from None


def write_text(text: str, output: str | None) -> None:
    """Print to stdout, or write to a file when `-o FILE` is given."""
    if output in (None, "-"):
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:  # checked before the work, yet the disk may fill or the folder go
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=Path(output).suffix,
                                         prefix="dateline-", delete=False) as kept:
            kept.write(text)
        fail(f"could not write {output} ({exc.strerror or exc})", f"the result was saved to {kept.name}",
             code=1)
    err_console.print(f"wrote {escape(str(output))}")


def warn_format(message: str) -> None:
    """A file that bends its format but could be read: the user is told where, on stderr."""
    err_console.print(f"[yellow]warning[/] {escape(message)}", soft_wrap=True)
