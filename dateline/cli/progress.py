"""The commands' progress bar, in its own module: Rich's progress module is a good part of
the start-up of a command that shows none (`dateline annotate`)."""

from __future__ import annotations

import time

from rich.progress import (BarColumn, Progress, ProgressColumn, SpinnerColumn, TaskID, TaskProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

from dateline.cli.common import LogProgress, err_console


class Bar(Progress):
    """Rich's progress bar, redrawn from the caller's thread as it updates (at most ten times a
    second), never by a refresh thread of its own. Worker processes are forked only while this
    process runs no other thread (`pipeline.worker_context`): with Rich's refresh thread a
    `--workers 2` run on a terminal started its workers cold (forkserver), 1.8 s more on 45
    files."""

    def __init__(self, *columns: str | ProgressColumn, on: bool) -> None:
        super().__init__(*columns, console=err_console, transient=True, disable=not on,
                         auto_refresh=False)
        self._drawn = 0.0

    def update(self, task_id: TaskID, **changes: object) -> None:  # type: ignore[override]
        """Rich's update, then a redraw if the last is a tenth of a second old."""
        super().update(task_id, **changes)  # type: ignore[arg-type]
        if time.monotonic() - self._drawn >= 0.1:
            self._drawn = time.monotonic()
            self.refresh()


class Reading:
    """A run reading its inputs, as a bar on a terminal (else a line now and then,
    `LogProgress`): the articles handed on, and how much of the input is read, by bytes
    against the files' total (`ingest.input_bytes`), with the time left. Articles are no
    total: a file may hold one or thousands, and folders are read as they are walked.
    The undated articles are dated once every input is read: the bar then says so."""

    def __init__(self, what: str, total: int) -> None:
        self._what, self._total = what, total
        self._bar = Bar(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                        TimeRemainingColumn(), TimeElapsedColumn(), on=err_console.is_terminal)
        self._task = self._bar.add_task(what, total=total or None)
        self._log = LogProgress(what)
        self._articles = self._read = 0

    def __enter__(self) -> Reading:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(*exc)  # type: ignore[arg-type]

    def input_read(self, size: int) -> None:
        """One input's articles handed on (`pipeline.process`'s `on_input`)."""
        self._read += size
        self._show()

    def articles(self, count: int) -> None:
        """`count` articles handed on so far."""
        self._articles = count
        self._show()

    def _show(self) -> None:
        dating = self._total and self._read >= self._total
        self._bar.update(self._task, completed=min(self._read, self._total),
                         description=f"{self._what}: {self._articles:,} article(s)"
                                     + (", dating the undated" if dating else ""))
        self._log(self._articles, self._read / self._total if self._total else None)
