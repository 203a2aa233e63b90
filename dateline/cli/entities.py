"""`dateline entities`: the people, organizations and places of a collection, with their aliases."""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dateline.cli.common import WORKERS_HELP, ErrorLog, check_language, check_output, check_workers, console, write_text
from dateline.cli.timeline import source_articles
from dateline.events import find_entities
from dateline.model import ENTITY_TYPES, Entity


class Format(str, Enum):
    table = "table"
    json = "json"


def entities(
    sources: list[str] = typer.Argument(..., help="Files, folders, http(s) URLs (or a .txt file of them, one a line) or - (standard input): text, Markdown, HTML, RSS/Atom, JSONL(.gz), TimeML."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified per article if not given."),
    kinds: list[str] = typer.Option(None, "--type", "-t", help=f"Only these kinds, repeatable: {', '.join(ENTITY_TYPES)}."),
    min_mentions: int = typer.Option(1, "--min-mentions", min=1, help="Leave out entities named fewer times."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
    output: str = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    db: Path = typer.Option(None, "--db", "--store", help="The corpus (SQLite file) that keeps analysed articles: a second run over the same files reads none again (default: in the user's data folder, or $DATELINE_STORE)."),
    no_store: bool = typer.Option(False, "--no-store", help="Process every article afresh and keep nothing."),
    workers: int = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
) -> None:
    """List the entities found, most mentioned first, with the aliases linked to each."""
    unknown = set(kinds or ()) - set(ENTITY_TYPES)
    if unknown:
        raise typer.BadParameter(f"unknown type(s) {', '.join(sorted(unknown))}; choose from "
                                 f"{', '.join(ENTITY_TYPES)}", param_hint="--type")
    check_output(output)
    errors = ErrorLog()
    articles = source_articles(sources, lang, errors, db, no_store, check_workers(workers))
    found = [e for e in find_entities(articles).entities.values()
             if e.mentions >= min_mentions and (not kinds or e.type in kinds)]
    found.sort(key=lambda e: (-e.mentions, -e.articles, e.id))
    if format is Format.json:
        write_text(json.dumps([asdict(e) for e in found], ensure_ascii=False, indent=2), output)
    elif output in (None, "-"):
        console.print(_table(found))
    else:
        with open(output, "w", encoding="utf-8") as handle:
            Console(file=handle, width=200).print(_table(found))
    raise typer.Exit(errors.exit_code(read=len(articles)))


def _table(found: list[Entity]) -> Table:
    table = Table(title=f"{len(found)} entities")
    for column in ("entity", "type", "mentions", "articles", "aliases", "within"):
        table.add_column(column, justify="right" if column in ("mentions", "articles") else "left")
    for e in found:
        table.add_row(e.id, e.type, str(e.mentions), str(e.articles), ", ".join(e.aliases),
                      e.within or "")
    return table
