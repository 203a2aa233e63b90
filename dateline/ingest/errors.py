"""What readers say about input: a failure, a skipped file, or a warning about a kept article.

Every problem is reported, none is fatal to the run: the caller's handler decides what to show,
and the kind decides the exit status (only a failure means something was lost).
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["failed", "skipped", "warning"]


class IngestError(Exception):
    """A file (or a line of it) that could not be read, was skipped, or was read with a caveat.

    `severity` is "failed" when input was lost (an unreadable file, a bad JSONL line),
    "skipped" when a file was left out on purpose (an unknown file type inside a folder) and
    "warning" when the article was kept with a change the user should know about (undecodable
    bytes replaced, a bad date dropped).
    """

    def __init__(self, path: str, reason: str, line: int | None = None,
                 severity: Severity = "failed") -> None:
        self.path = path
        self.reason = reason
        self.line = line
        self.severity: Severity = severity
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Errors travel back from worker processes; keep every field, not just the message.
        return (type(self), (self.path, self.reason, self.line, self.severity))


def skipped(path: str, reason: str, line: int | None = None) -> IngestError:
    """A file (or a record of it) left out on purpose, with the reason."""
    return IngestError(path, reason, line, severity="skipped")


def warning(path: str, reason: str, line: int | None = None) -> IngestError:
    """An article kept, with something about it the user should know."""
    return IngestError(path, reason, line, severity="warning")
