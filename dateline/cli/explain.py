"""`dateline explain`: why the tagger found what it found and chose the values it chose."""

from __future__ import annotations

import json
import sys
from enum import Enum

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.common import check_language, console, parse_date


class Format(str, Enum):
    table = "table"
    text = "text"
    json = "json"


def explain(
    text: str = typer.Argument(..., help="The text to explain; - reads it from standard input."),
    dct: str = typer.Option(None, "--dct", help="Publication date YYYY-MM-DD (none: values stay unanchored)."),
    lang: str = typer.Option(None, "--lang", callback=check_language,
                             help="Language code; identified from the text if not given."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, text (one line each) or json."),
) -> None:
    """Every candidate a rule proposed and what became of it, and for each expression kept: the
    rules, the cues read (tense and its word, side, date in focus) and how its value was chosen."""
    from dateline.temporal import explain as run

    if text == "-":
        text = sys.stdin.read()
    result = run(text, parse_date(dct, "--dct"), lang)
    if format is Format.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    header = f"language {result.lang}, publication date {result.dct.isoformat() if result.dct else 'unknown'}"
    rows = [(f"{d.start}-{d.end}", d.text, d.type, d.value or "(none)", " + ".join(d.rules)
             + (f" ({d.joined})" if d.joined else ""), d.resolution.value, d.explanation,
             (d.tense or "-") + (f" ({d.tense_cue!r}{', sure' if d.tense_sure else ''})" if d.tense_cue else ""),
             d.side or "-", d.focus or "-") for d in result.decisions]
    candidates = [(f"{c.start}-{c.end}", c.text, c.rule, c.outcome.value, c.reason) for c in result.candidates]
    if format is Format.text:  # one tab-separated line each, after a header line naming the columns
        print(header)
        print("\t".join(("#expression", *_EXPRESSION_COLUMNS)))
        for row in rows:
            print("expression\t" + "\t".join(row))
        print("\t".join(("#candidate", *_CANDIDATE_COLUMNS)))
        for row in candidates:
            print("candidate\t" + "\t".join(row))
        return
    console.print(header)
    _table("Expressions", _EXPRESSION_COLUMNS, rows)
    _table("Candidates", _CANDIDATE_COLUMNS, candidates)


_EXPRESSION_COLUMNS = ("span", "text", "type", "value", "rules", "resolved from", "how", "tense (cue)", "side", "focus")
_CANDIDATE_COLUMNS = ("span", "text", "rule", "outcome", "why")


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    console.print(table)
