"""The error every reader raises for input it cannot use."""

from __future__ import annotations


class IngestError(Exception):
    """A file (or a line of it) that could not be read, with the reason why."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
