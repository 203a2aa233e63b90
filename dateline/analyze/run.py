"""Run `analyze_shard` over many shards: in this process, a local process pool, or Dask.

The executors differ only in where `analyze_shard` runs; each shard is one task and writes
its own partition, so no article passes through the process that hands out the work and its
memory does not grow with the corpus. Dask runs through `dask.delayed` on a
`distributed.Client`: a LocalCluster started here, or an existing cluster's scheduler (whose
workers must see the input and output folders, e.g. on a shared file system).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from dateline.analyze.partitions import Options, ShardReport, analyze_shard
from dateline.analyze.shards import Shard
from dateline.pipeline import process_pool

Progress = Callable[[ShardReport], None]

# A LocalCluster for one run of analysis, unlike Dask's defaults, which are made for long-lived
# clusters watched on a dashboard. With them Dask used about 20% more CPU than one worker on
# `benchmarks/scale.py` (20k and 60k articles), where the local pool used 2-5% more:
# - its workers are forked from a fork server, not spawned: a spawned worker imports
#   Distributed and its dependencies again and runs with Dask's MALLOC_TRIM_THRESHOLD_ (freed
#   memory handed back to the system at once). Not forked from this process, as they were:
#   Distributed forks each worker from a thread of its own while its event loop runs in
#   another, and a lock held by another thread at that instant stays held in the child forever
#   (a worker that never starts, the run hung; `pipeline.worker_context`);
# - with no dashboard, a worker's statistical profiler (a stack sample every 10 ms), its system
#   monitor (every 0.5 s) and the event loop's 20 ms tick only cost CPU: besides the analysis
#   itself, a worker's other threads used 7% of its CPU with them, 2-3% with these settings.
# Workers of an existing cluster are started by its own `dask worker` commands, not here.
_LOCAL_CLUSTER = {"distributed.worker.multiprocessing-method":
                  "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn",
                  "distributed.worker.profile.enabled": False,
                  "distributed.admin.system-monitor.interval": "10s",
                  "distributed.admin.tick.interval": "1s"}


@dataclass(frozen=True, slots=True)
class Executor:
    """Where shards are analysed: `workers` local processes (1: this process), or Dask:
    `dask_local` starts a LocalCluster of `workers` processes, `scheduler` joins a cluster."""

    workers: int = 1
    dask_local: bool = False
    scheduler: str | None = None

    @property
    def uses_dask(self) -> bool:
        return self.dask_local or self.scheduler is not None


def run(shards: Sequence[Shard], out_dir: str, *, options: Options = Options(),
        executor: Executor = Executor(), progress: Progress | None = None) -> list[ShardReport]:
    """Analyse every shard into `out_dir`; the reports in shard order."""
    os.makedirs(out_dir, exist_ok=True)
    out_dir = os.path.abspath(out_dir)
    if executor.uses_dask:
        done = _on_dask(shards, out_dir, options, executor)
    elif executor.workers > 1 and len(shards) > 1:
        done = _on_pool(shards, out_dir, options, executor.workers)
    else:
        done = ((i, analyze_shard(s, out_dir, options)) for i, s in enumerate(shards))
    reports: list[ShardReport | None] = [None] * len(shards)
    for index, report in done:
        reports[index] = report
        if progress is not None:
            progress(report)
    return [r for r in reports if r is not None]


def _on_pool(shards: Sequence[Shard], out_dir: str, options: Options,
             workers: int) -> Iterator[tuple[int, ShardReport]]:
    pool = process_pool(min(workers, len(shards)))
    assert pool is not None
    with pool:
        futures = {pool.submit(analyze_shard, s, out_dir, options): i for i, s in enumerate(shards)}
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:
            for future in futures:
                future.cancel()


@contextmanager
def dask_client(executor: Executor) -> Iterator[Any]:
    """A `distributed.Client` on the executor's cluster, closed (and a LocalCluster shut
    down) on leaving."""
    import dask
    from distributed import Client, LocalCluster

    if executor.scheduler is not None:
        with Client(executor.scheduler, timeout="20s") as client:
            yield client
        return
    with dask.config.set(_LOCAL_CLUSTER), LocalCluster(
            n_workers=max(1, executor.workers), threads_per_worker=1, processes=True,
            dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def _on_dask(shards: Sequence[Shard], out_dir: str, options: Options,
             executor: Executor) -> Iterator[tuple[int, ShardReport]]:
    import dask
    from distributed import as_completed as completed

    with dask_client(executor) as client:
        tasks = [dask.delayed(analyze_shard, pure=False)(s, out_dir, options) for s in shards]
        futures = client.compute(tasks)
        index = {f.key: i for i, f in enumerate(futures)}
        for future in completed(futures):
            yield index[future.key], future.result()
