"""`dateline evaluate`: the field's standard metrics."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer
from rich.table import Table

from dateline.cli.common import ErrorLog, console, fail, warn_format
from dateline.evaluate import evaluate, evaluate_dirs, read_timeline
from dateline.ingest import IngestError


class Tokens(str, Enum):
    rouge = "rouge"
    unicode = "unicode"


app = typer.Typer(help="Score system output against gold annotations.", no_args_is_help=True)


@app.command("timex")
def timex(
    gold_dir: Path = typer.Argument(..., help="Gold TimeML files (.tml)."),
    system_dir: Path = typer.Argument(..., help="System TimeML files with the same names."),
) -> None:
    """TempEval-3 Task A: strict/relaxed extent P/R/F1, value and type F1."""
    for folder in (gold_dir, system_dir):
        if not folder.is_dir():
            raise typer.BadParameter(f"{folder} is not a folder")
    found: list[IngestError] = []
    counts = evaluate_dirs(gold_dir, system_dir, found)
    errors = ErrorLog()
    for error in found:  # on stderr, each naming its file; the scores leave these documents out
        errors(error)
    if not counts.documents:
        fail(f"{gold_dir}: no TimeML document could be scored", code=errors.exit_code() or 2)
    scores = counts.scores()
    table = Table(title=f"TempEval-3 Task A: {counts.documents} documents, "
                        f"{counts.gold} gold, {counts.system} system expressions")
    for column in ("", "P", "R", "F1"):
        table.add_column(column, justify="right")
    table.add_row("strict", *(f"{scores[f'strict_{k}']:.3f}" for k in ("p", "r", "f1")))
    table.add_row("relaxed", *(f"{scores[f'relaxed_{k}']:.3f}" for k in ("p", "r", "f1")))
    table.add_row("value", "", f"acc {scores['value_accuracy']:.3f}", f"{scores['value_f1']:.3f}")
    table.add_row("type", "", f"acc {scores['type_accuracy']:.3f}", f"{scores['type_f1']:.3f}")
    console.print(table)
    raise typer.Exit(errors.exit_code())


@app.command("tls")
def tls(
    system: Path = typer.Argument(..., help="System timeline, tilse format."),
    reference: list[Path] = typer.Argument(..., help="Reference timeline(s), tilse format."),
    tokenizer: Tokens = typer.Option(Tokens.rouge, "--tokenizer", help="rouge: ROUGE-1.5.5's English tokens and stems, as tilse; unicode: words of any script."),
) -> None:
    """tilse's timeline metrics: concat, agreement, align (+, m:1) ROUGE-1/2 and date F1."""
    try:
        system_tl = read_timeline(system, warn=warn_format)
        references = [read_timeline(path, warn=warn_format) for path in reference]
    except OSError as error:  # one line on stderr naming the file, as every reader's
        fail(f"{error.filename or system}: {(error.strerror or str(error)).lower()}")
    except ValueError as error:
        fail(str(error))
    scores = evaluate(system_tl, references, tokenizer=tokenizer.value)
    table = Table(title=f"Timeline scores ({tokenizer.value} tokens): {system}")
    for column in ("metric", "measure", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for metric, measure, p, r, f in scores.rows():
        table.add_row(metric, measure, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}")
    console.print(table)
