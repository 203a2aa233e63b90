"""Timing jobs on a shared machine: the median CPU time of several runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence


def median_seconds(jobs: Sequence[Callable[[], object]], repeats: int) -> list[float]:
    """Median CPU seconds of this process for each job over `repeats` runs, the jobs taking
    turns. CPU time, not the wall clock: the jobs run in this process on one core, and other
    work on a shared machine (a test suite, other users) then slows the wall clock only."""
    timings: list[list[float]] = [[] for _ in jobs]
    for _ in range(max(1, repeats)):
        for job, times in zip(jobs, timings):
            start = time.process_time()
            job()
            times.append(time.process_time() - start)
    return [statistics.median(times) for times in timings]
