"""Worker processes are never forked beside another thread of this process: a lock that thread
held at that instant (a progress bar writing to stdout, Dask's event loop) stays held in the
child forever, and a run hung with its workers alive and idle."""

from __future__ import annotations

import os
import threading

from dateline.pipeline import process_pool
from forking import forks_beside_threads


def test_a_pool_made_beside_another_thread_is_not_forked_from_it() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, name="refresh")  # as Rich's progress refresh thread
    other.start()
    try:
        with forks_beside_threads() as forks:
            pool = process_pool(2)
            assert pool is not None
            with pool:
                assert list(pool.map(abs, [-1, -2, 3])) == [1, 2, 3]
                assert os.getpid() not in set(pool.map(_pid, range(4)))
    finally:
        stop.set()
        other.join()
    assert forks == []


def test_a_pool_made_alone_still_forks() -> None:
    """fork stays the way when it is safe: workers start with what this process loaded."""
    pool = process_pool(2)
    assert pool is not None
    with pool:
        assert pool._mp_context.get_start_method() == "fork"  # type: ignore[attr-defined]
        assert list(pool.map(abs, [-1])) == [1]


def _pid(_: int) -> int:
    return os.getpid()
