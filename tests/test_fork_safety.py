"""Worker processes are never forked beside another thread of this process: a lock that thread
held at that instant (a progress bar writing to stdout, Dask's event loop) stays held in the
child forever, and a run hung with its workers alive and idle."""

from __future__ import annotations

import os
import subprocess
import sys
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
    """fork stays the way when it is safe: workers start with what this process loaded. In a
    fresh interpreter (this test process may run threads other tests left)."""
    code = ("from dateline.pipeline import process_pool\n"
            "with process_pool(2) as pool:\n"
            "    assert list(pool.map(abs, [-1])) == [1]\n"
            "    print(pool._mp_context.get_start_method())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "fork"), done.stderr


def _pid(_: int) -> int:
    return os.getpid()


def test_a_pool_made_under_the_progress_bar_still_forks() -> None:
    """The CLI's progress bar draws from the caller's thread (no refresh thread), so a
    `--workers 2` run on a terminal starts its workers warm (fork), not cold (forkserver)."""
    code = ("from rich.progress import TextColumn\n"
            "from dateline.cli.progress import Bar\n"
            "from dateline.pipeline import process_pool\n"
            "with Bar(TextColumn('{task.description}'), on=True) as bar:\n"
            "    task = bar.add_task('reading')\n"
            "    bar.update(task, description='read 1 article(s)')\n"
            "    with process_pool(2) as pool:\n"
            "        assert list(pool.map(abs, [-1])) == [1]\n"
            "        print(pool._mp_context.get_start_method())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "fork"), done.stderr
