"""`dateline store info|prune|reset`: see, tidy or start again the corpus file; and how every
command opens it (one-line errors naming the fix, before any long work starts)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.common import console, fail
from dateline.store import Repository, StoreError, default_path, open_store, reset as reset_store

app = typer.Typer(help="See, tidy or reset the corpus (the SQLite store).", no_args_is_help=True)

DB_HELP = "The corpus, an SQLite file (default: in the user's data folder, or $DATELINE_STORE)."


def db_option() -> Path:
    """The `--db/--store` option, the same in every command that opens the corpus."""
    return typer.Option(None, "--db", "--store", help=DB_HELP)


def open_db(path: Path | None, *, read_only: bool = False, existing: bool = False,
            optional: bool = False) -> Repository:
    """The store, or exit 2 with one line saying what is wrong and what to do. `existing`: a
    command that only reads the corpus (search, info, saved timelines) refuses a store that is
    not there, rather than creating an empty one and answering that nothing matches (a
    mistyped --db); exit status 1, as for a missing input file. `optional`: the command takes
    `--no-store` (`timeline SOURCES`), which the store's message then offers; to any other
    command that option is unknown, so the message does not offer it."""
    if existing and not (path or default_path()).exists():
        fail(f"no corpus at {path or default_path()}",
             "build it with `dateline ingest SOURCE..." + (f" --db {path}`" if path else "`"), code=1)
    try:
        return open_store(path, read_only=read_only)
    except StoreError as error:
        fail(str(error) if optional else error.problem)


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count} B"


@app.command()
def info(db: Path = db_option()) -> None:
    """Path, size, articles (by language, undated, inferred) and stale rows."""
    with open_db(db, existing=True) as store:
        facts = store.info()
    table = Table(show_header=False, box=None)
    table.add_row("path", facts.path)
    table.add_row("size", _size(facts.size_bytes))
    table.add_row("schema", str(facts.schema_version))
    table.add_row("texts", f"{facts.texts:,}")
    table.add_row("articles", f"{facts.articles:,} (outlets of those texts)")
    table.add_row("by language", ", ".join(f"{k} {v:,}" for k, v in facts.by_language.items()) or "-")
    table.add_row("undated", f"{facts.undated:,}")
    table.add_row("date inferred", f"{facts.inferred:,}")
    table.add_row("cached files", f"{facts.cached_files:,}")
    table.add_row("stale rows", f"{facts.stale_files:,} cached file(s) of another version, "
                  f"{facts.orphan_texts:,} text(s) no article refers to")
    table.add_row("older analyses", f"{facts.stale_analyses:,} text(s) analysed by another "
                  "Dateline version (ingest them again to refresh)")
    table.add_row("saved timelines", f"{facts.saved_timelines:,}")
    console.print(table)


@app.command()
def prune(db: Path = db_option()) -> None:
    """Remove stale rows (other versions' cache, unreferenced texts) and compact the file."""
    with open_db(db, existing=True) as store:
        done = store.prune()
    console.print(f"removed {done['stale_files']} stale cached file(s) and {done['orphan_texts']} "
                  f"unreferenced text(s); freed {_size(done['bytes_freed'])}")


@app.command()
def reset(db: Path = db_option(),
          yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Delete the store file, whatever state it is in (a corrupt store included)."""
    path = db or default_path()
    if path.is_dir():
        fail(f"{path} is a folder, not a store file; nothing deleted")
    if not path.exists():
        console.print(f"no store at {escape(str(path))}; nothing to do")
        return
    if not yes and not typer.confirm(f"delete {path} and every article in it?"):
        raise typer.Exit(1)
    removed = reset_store(path)
    console.print(f"deleted {escape(', '.join(str(p) for p in removed))}")
