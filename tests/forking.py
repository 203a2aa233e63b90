"""Test helper: the forks this process makes while it runs other threads (each such fork can
leave a lock held forever in the child, and the run hung)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_watching: list[list[list[str]]] = []


def _before_fork() -> None:
    if _watching:
        names = [t.name for t in threading.enumerate()]
        if len(names) > 1:
            _watching[-1].append(names)


os.register_at_fork(before=_before_fork)


@contextmanager
def forks_beside_threads() -> Iterator[list[list[str]]]:
    """The threads alive at each fork made within the block while another thread ran."""
    seen: list[list[str]] = []
    _watching.append(seen)
    try:
        yield seen
    finally:
        _watching.remove(seen)
