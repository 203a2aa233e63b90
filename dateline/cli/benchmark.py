"""`dateline benchmark`: accuracy and speed of each stage on a dataset, as a table."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from dateline.benchmark import timex as timex_bench
from dateline.cli.common import console

app = typer.Typer(help="Measure accuracy and speed on a dataset folder.", no_args_is_help=True)


@app.command("timex")
def timex(
    dataset: Path = typer.Argument(..., help="Folder of gold TimeML files, e.g. TempEval-3 TBAQ-cleaned."),
    lang: str = typer.Option("en", "--lang", help="Language of the documents."),
    repeats: int = typer.Option(3, "--repeats", help="Timing runs (the median is reported)."),
) -> None:
    """Temporal tagging: TempEval-3 scores, and documents and tokens per second on one core."""
    if not dataset.is_dir():
        raise typer.BadParameter(f"{dataset} is not a folder")
    result = timex_bench.run(dataset, lang, repeats)
    scores = result.counts.scores()
    table = Table(title=f"Temporal tagging, {dataset}")
    for column in ("docs", "tokens", "strict F1", "relaxed F1", "value F1", "type F1",
                   "seconds", "docs/s", "tokens/s"):
        table.add_column(column, justify="right")
    table.add_row(str(result.documents), str(result.tokens), f"{scores['strict_f1']:.3f}",
                  f"{scores['relaxed_f1']:.3f}", f"{scores['value_f1']:.3f}", f"{scores['type_f1']:.3f}",
                  f"{result.seconds:.2f}", f"{result.docs_per_second:.0f}",
                  f"{result.tokens_per_second:,.0f}")
    console.print(table)
