"""The commands' progress bar, in its own module: Rich's progress module is a good part of
the start-up of a command that shows none (`dateline annotate`)."""

from __future__ import annotations

import time

from rich.progress import Progress, ProgressColumn, TaskID

from dateline.cli.common import err_console


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
