"""Timing jobs on a shared machine: the median of several runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence


def median_seconds(jobs: Sequence[Callable[[], object]], repeats: int) -> list[float]:
    """Median seconds of each job over `repeats` runs, the jobs taking turns so that a slow
    spell of a shared machine does not fall on one of them only."""
    timings: list[list[float]] = [[] for _ in jobs]
    for _ in range(max(1, repeats)):
        for job, times in zip(jobs, timings):
            start = time.perf_counter()
            job()
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in timings]
