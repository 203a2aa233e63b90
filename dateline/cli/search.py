"""`dateline search QUERY --db PATH`: the corpus's sentences that match, best first."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from dateline.cli.common import check_language, console, err_console, parse_date
from dateline.cli.store import db_option, open_db
from dateline.render import search_hit_dict
from dateline.store import SearchHit


class Format(str, Enum):
    table = "table"
    json = "json"


def _where(hit: SearchHit) -> str:
    if not hit.outlets:
        return ""
    first = hit.outlets[0]
    label = ", ".join(p for p in (first.title, first.outlet or first.source) if p)
    if first.date:
        label += f", {first.date.isoformat()}" + (" (inferred)" if first.date_how == "inferred" else "")
    more = len(hit.outlets) - 1
    return label + (f" (+{more} outlet{'s' if more > 1 else ''})" if more else "")


def search(
    query: str = typer.Argument(..., help='Words (matched at word starts, any accent or case); "quoted phrases" allowed.'),
    db: Path = db_option(),
    start: str = typer.Option(None, "--from", help="Only sentences about a day from this date on, YYYY-MM-DD."),
    end: str = typer.Option(None, "--to", help="Only sentences about a day up to this date, YYYY-MM-DD."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Only articles in this language."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=1000, help="How many sentences."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
) -> None:
    """Ranked sentences matching QUERY, with the days they name and their articles."""
    first, last = parse_date(start, "--from"), parse_date(end, "--to")
    try:
        from dateline.timeline import parse_terms

        parse_terms([query])
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="QUERY") from None
    with open_db(db, existing=True) as store:
        hits = store.search(query, start=first, end=last, lang=lang, limit=limit)
    if format is Format.json:
        console.print_json(json.dumps([search_hit_dict(h) for h in hits], ensure_ascii=False))
        return
    if not hits:
        err_console.print("no sentence matches")
        raise typer.Exit(1)
    table = Table("#", "days", "sentence", "article", "lang", show_lines=False)
    for n, hit in enumerate(hits, 1):
        text = Text(hit.text)
        for a, b in hit.highlights:
            text.stylize("bold yellow", a, b)
        table.add_row(str(n), Text(" ".join(d.isoformat() for d in hit.days)), text,
                      Text(_where(hit)), Text(hit.lang or ""))
    console.print(table)
