"""`dateline analyze`: sharded inputs analysed into Parquet partitions, on every core or a Dask cluster."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn

from dateline.cli.common import ErrorLog, check_language, check_workers, err_console, fail, parse_date
from dateline.cli.progress import Bar

if TYPE_CHECKING:
    from dateline.analyze import Executor, ShardReport


def _executor(workers: int | None, dask: str | None, scheduler: str | None) -> Executor:
    from dateline.analyze import Executor

    if dask is not None and dask != "local":
        raise typer.BadParameter(f"{dask!r}: the only value is 'local' (a LocalCluster here); "
                                 "use --scheduler tcp://HOST:PORT for an existing cluster",
                                 param_hint="--dask")
    if dask is not None and scheduler is not None:
        raise typer.BadParameter("give --dask local or --scheduler, not both", param_hint="--scheduler")
    if scheduler is not None and workers is not None:
        raise typer.BadParameter("an existing cluster has its own workers; leave --workers out",
                                 param_hint="--workers")
    if scheduler is not None:
        _check_scheduler(scheduler)
    return Executor(workers=check_workers(workers), dask_local=dask is not None,
                    scheduler=scheduler)


def _check_scheduler(address: str) -> None:
    """Refuse an address Distributed cannot parse (no port, an unknown scheme) before any work,
    as one line, rather than as Distributed's traceback when the client connects."""
    from distributed.comm.addressing import get_address_host_port

    try:
        get_address_host_port(address)
    except ValueError as exc:
        raise typer.BadParameter(f"{address!r}: {exc}; write it as tcp://HOST:PORT",
                                 param_hint="--scheduler") from None


def _check_out(out: Path) -> None:
    """Fail before any work when the output folder cannot be written."""
    if out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} is a file, not a folder", param_hint="--out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise typer.BadParameter(f"cannot create {out} ({exc.strerror})", param_hint="--out") from None
    if not os.access(out, os.W_OK):
        raise typer.BadParameter(f"{out} is not writable", param_hint="--out")


def analyze(
    sources: list[Path] = typer.Argument(..., help="Shards: JSONL, JSONL.gz and Parquet files, other files Dateline reads, or folders of them."),
    out: Path = typer.Option(..., "--out", help="Folder of Parquet partitions, one per shard (finished ones are kept on a re-run)."),
    workers: int = typer.Option(None, "--workers", "-w", min=1, help="Processes (default: every core); with --dask local, the LocalCluster's workers."),
    dask: str = typer.Option(None, "--dask", help="'local': run on a Dask LocalCluster started here."),
    scheduler: str = typer.Option(None, "--scheduler", help="Run on an existing Dask cluster (tcp://HOST:PORT); its workers must see SOURCES and --out."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified per article if not given."),
    hint_start: str = typer.Option(None, "--hint-start", help="Undated articles were published on or after this day (YYYY-MM-DD)."),
    hint_end: str = typer.Option(None, "--hint-end", help="Undated articles were published on or before this day (YYYY-MM-DD)."),
) -> None:
    """Analyse articles (language, sentences, time expressions, dates of undated articles)
    into Parquet partitions that `dateline ingest --from-analysis` loads without re-analysis."""
    from dateline.analyze import Options, find_shards, partition_path, run  # pyarrow, dask: when asked

    executor = _executor(workers, dask, scheduler)
    first, last = parse_date(hint_start, "--hint-start"), parse_date(hint_end, "--hint-end")
    if (first is None) != (last is None):
        raise typer.BadParameter("give both --hint-start and --hint-end, or neither", param_hint="--hint-start")
    if first and last and first > last:
        raise typer.BadParameter("--hint-start is after --hint-end", param_hint="--hint-start")
    _check_out(out)
    errors = ErrorLog()
    shards = find_shards(sources, on_error=errors)
    if not shards:
        raise typer.Exit(errors.exit_code() or 1)
    options = Options(lang=lang, hint_range=(first, last) if first and last else None)
    started = time.perf_counter()
    with Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
             TimeElapsedColumn(), on=err_console.is_terminal) as bar:
        task = bar.add_task("analysing shards", total=len(shards))
        articles = 0

        def advance(report: ShardReport) -> None:
            nonlocal articles
            articles += report.articles
            bar.update(task, advance=1, description=f"{articles} article(s)")

        try:
            reports = run(shards, str(out), options=options, executor=executor, progress=advance)
        except OSError as exc:
            where = executor.scheduler or "the local Dask cluster"
            fail(f"cannot run on {where}: {exc}")
        except KeyboardInterrupt:
            # Counted on disk: the workers finish the shards under way before the pool stops.
            finished = sum(partition_path(out, shard).exists() for shard in shards)
            fail(f"interrupted with {finished} of {len(shards)} shard(s) finished",
                 f"run the same command again to resume: the finished partitions in {out} are kept",
                 code=130)
    problems = _summary(reports, time.perf_counter() - started)
    raise typer.Exit(1 if problems else errors.exit_code())


def _summary(reports: list[ShardReport], seconds: float) -> int:
    """Problems (each one line), then one line of totals; the number of problems."""
    problems = 0
    for report in reports:
        for problem in report.problems:
            err_console.print(f"[yellow]problem[/] {escape(problem)}", soft_wrap=True)  # a bad line, a shard cut short or skipped
            problems += 1
    done = [r for r in reports if not r.done_before]
    new = sum(r.articles for r in done)
    err_console.print(
        f"{len(done)} shard(s) analysed ({new} article(s), {new / seconds if seconds else 0:.0f}/s), "
        f"{len(reports) - len(done)} already done, {problems} problem(s) in the input",
        soft_wrap=True)
    return problems
