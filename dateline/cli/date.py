"""`dateline date`: when was each text published, inferred from the text alone."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from pathlib import Path

import typer
from rich.table import Table

from dateline.cli.common import ErrorLog, console
from dateline.ingest import read
from dateline.model import DateGuess
from dateline.temporal import infer_date
from dateline.temporal.dating import ANSWER


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


def guess_dict(path: str, guess: DateGuess) -> dict[str, object]:
    """One file's result as JSON: path, date (or null), confidence, and the evidence."""
    return {"path": path, "date": guess.date.isoformat() if guess.date else None,
            "confidence": round(guess.confidence, 3),
            "evidence": [{"cue": e.cue, "detail": e.detail, "weight": e.weight} for e in guess.evidence]}


def date(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles (text, JSONL, TimeML)."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (one file per line) or table."),
    lang: str = typer.Option(None, "--lang", help="Language code; identified automatically if not given."),
    hint_start: dt.datetime = typer.Option(None, "--hint-start", formats=["%Y-%m-%d"],
                                           help="Earliest possible date (e.g. the start of the crawl)."),
    hint_end: dt.datetime = typer.Option(None, "--hint-end", formats=["%Y-%m-%d"],
                                         help="Latest possible date (e.g. the end of the crawl)."),
    min_confidence: float = typer.Option(ANSWER, "--min-confidence", min=0.0, max=1.0,
                                         help="Give a date only from this confidence on (0: every best guess; confidences are calibrated, see `dateline benchmark dating`)."),
) -> None:
    """Infer the publication date of undated articles from their text, with the evidence.

    Files and folders are read as everywhere else (text, JSONL, TimeML); a text file's `date`
    header and a TimeML DCT are not shown to the inference: the text alone decides.
    A hint range (--hint-start, --hint-end; one alone is taken as open for 25 years on the
    other side) is what is known already, such as the crawl period: no date outside it is given.
    """
    hint = _hint(hint_start, hint_end)
    errors = ErrorLog()
    results: list[tuple[str, DateGuess]] = []
    for article in read(paths, lang=lang, on_error=errors):
        guess = infer_date(article.text, article.lang, hint, sentences=article.sentence_spans(),
                           min_confidence=min_confidence)
        path = article.path or article.id
        if format is Format.jsonl:
            print(json.dumps(guess_dict(path, guess), ensure_ascii=False), flush=True)
        results.append((path, guess))
    if format is Format.table:
        console.print(_table(results))
    raise typer.Exit(errors.exit_code())


def _hint(start: dt.datetime | None, end: dt.datetime | None) -> tuple[dt.date, dt.date] | None:
    """The hint range from the options: None without either; an open side reaches 25 years."""
    if start is None and end is None:
        return None
    first = start.date() if start else end.date() - dt.timedelta(days=25 * 365)  # type: ignore[union-attr]
    last = end.date() if end else first + dt.timedelta(days=25 * 365)
    if first > last:
        raise typer.BadParameter(f"--hint-start {first} is after --hint-end {last}")
    return first, last


def _table(results: list[tuple[str, DateGuess]]) -> Table:
    table = Table(title="Inferred publication dates")
    for column in ("file", "date", "confidence", "strongest evidence"):
        table.add_column(column, justify="right" if column == "confidence" else "left")
    for path, guess in results:
        cues = [e for e in guess.evidence if e.cue != "decision"][:2] or guess.evidence[:1]
        table.add_row(path, guess.date.isoformat() if guess.date else "unknown", f"{guess.confidence:.2f}",
                      "; ".join(f"{e.cue}: {e.detail}" for e in cues))
    return table
