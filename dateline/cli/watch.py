"""`dateline watch FOLDER --db PATH`: ingest the files that appear in a folder, and update the
saved timelines after each round.

Polling, not file-system events: it works the same on every system and on network folders,
and a round costs one directory walk (the watchdog library would be one more dependency for
a saving that does not matter at one round every few seconds). A file is read once its size
and modification time have stayed the same for `--settle` seconds, so a file still being
written is not read half-way. What is done is recorded in the store per file (path, size,
modification time, as `dateline ingest` does), so stopping and starting again reads each
file once; a changed file is read again. A file that cannot be read is one line naming it
and the reason, and the watch goes on.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

import typer
from rich.markup import escape

from dateline.cli.common import WORKERS_HELP, ErrorLog, check_language, check_workers, console, fail
from dateline.cli.ingest import Resume, store_all
from dateline.cli.store import db_option, open_db
from dateline.ingest import Input, file_kind, shown, skipped
from dateline.pipeline import process
from dateline.saved import update_timelines
from dateline.store import REVISED


def _candidates(folder: Path) -> dict[Path, tuple[int, int]]:
    """Every visible file under `folder` with its size and modification time (ns)."""
    found: dict[Path, tuple[int, int]] = {}
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            try:
                stat = path.stat()
            except OSError:  # removed meanwhile
                continue
            found[path] = (stat.st_size, stat.st_mtime_ns)
    return found


def watch(
    folder: Path = typer.Argument(..., help="The folder to watch (and its subfolders)."),
    db: Path = db_option(),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified per article if not given."),
    interval: float = typer.Option(5.0, "--interval", min=0.1, help="Seconds between two looks at the folder."),
    settle: float = typer.Option(2.0, "--settle", min=0.0, help="Seconds a file must stay unchanged before it is read."),
    max_files: int = typer.Option(200, "--max-files", min=1, help="Files read per round at most (the rest wait for the next), so saved timelines stay current during a big drop."),
    once: bool = typer.Option(False, "--once", help="One round (files present now, however recent), then exit."),
    workers: int = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
) -> None:
    """Ingest files as they appear in FOLDER and keep the saved timelines up to date."""
    if not folder.is_dir():
        fail(f"{folder} is not a folder", "give the folder to watch")
    jobs = check_workers(workers)
    errors = ErrorLog()
    seen: dict[Path, tuple[int, int]] = {}
    previous: dict[Path, tuple[int, int]] = {}
    total: Counter[str] = Counter()
    with open_db(db) as store:
        if not once:
            console.print(f"watching {escape(str(folder))} every {interval:g} s (Ctrl-C to stop)")
        try:
            while True:
                now = _candidates(folder)
                ready = [p for p, shape in now.items() if seen.get(p) != shape
                         and (once or (previous.get(p) == shape
                                       and time.time() - shape[1] / 1e9 >= settle))]
                previous = now
                for path in [p for p in ready if file_kind(p) is None]:  # a .docx, a download's .part
                    errors(skipped(shown(path), f"unknown file type {shown(path.suffix)!r}"))  # as ingest FOLDER
                    seen[path] = now[path]
                    ready.remove(path)
                batch = ready[:max_files]
                if batch:
                    counts: Counter[str] = Counter()
                    resume = Resume(store)
                    try:
                        # Found in `folder`, as `dateline ingest FOLDER` reads them: named by
                        # their path under it, dated by a YYYY-MM-DD folder, the same file key.
                        found = [Input(shown(p), p, folder) for p in batch]
                        store_all(store, process(found, lang=lang, on_error=errors, store=resume,
                                                 workers=jobs), resume, counts)
                    finally:  # on Ctrl-C too: store_all has stored what it read, and it counts
                        total.update(counts)
                    seen.update((p, now[p]) for p in batch)
                    changes = update_timelines(store)
                    console.print(f"{time.strftime('%H:%M:%S')} {len(batch)} file(s): {counts['read']} "
                                  f"article(s), {counts['new']} new, {counts['copy']} wire cop(ies), "
                                  + (f"{counts[REVISED]} new version(s) of stored articles, " if counts[REVISED] else "")
                                  + f"{resume.skipped_files} file(s) already stored; "
                                  f"{sum(changes.values())} change(s) in {len(changes)} saved timeline(s)")
                if once and len(ready) <= max_files:
                    break
                if not once:
                    time.sleep(interval)
        except KeyboardInterrupt:
            console.print(f"stopped; {total['read']} article(s) read in all, every one stored")
    raise typer.Exit(errors.exit_code(total["read"] if total["read"] else None))
