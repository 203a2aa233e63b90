"""`dateline semeval2015`: SemEval-2015 Task 4 (TimeLine) Track A timelines, scored when gold is given."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.common import console, err_console, fail
from dateline.benchmark.semeval import TaskError, run
from dateline.evaluate.semeval import file_name, read_folder, score


def semeval2015(
    docs: Path = typer.Argument(..., help="Folder of the task's documents: CAT XML (*.xml) or TimeML (*.tml)."),
    entities: Path = typer.Option(..., "--entities", help="Target entities, one per line."),
    out: Path = typer.Option(..., "--output", "-o", help="Folder to write one timeline per entity to."),
    gold: Path = typer.Option(None, "--gold", help="Folder of gold timelines: score the output against them."),
    baseline: bool = typer.Option(False, "--baseline", help="Write the name-match baseline instead (sentences naming the entity, event words, creation time)."),
    undated: str = typer.Option("order", "--undated", help="Scoring of rank-0 undated events: order (as ranked) or skip."),
) -> None:
    """Build each target entity's timeline from the task's raw documents, in the task's format."""
    try:
        targets = [line.strip() for line in entities.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as e:
        raise typer.BadParameter(f"{entities}: {e}", param_hint="--entities") from None
    if not targets:
        raise typer.BadParameter(f"{entities}: no entity in the file", param_hint="--entities")
    if undated not in ("order", "skip"):
        raise typer.BadParameter("choose order or skip", param_hint="--undated")
    try:  # before the work, so a bad --output does not throw the timelines away
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise typer.BadParameter(f"cannot create the folder {out} ({e.strerror or e})", param_hint="--output") from None
    try:
        timelines = run(docs, targets, baseline=baseline)
    except TaskError as e:
        fail(str(e))
    for timeline in timelines:
        (out / file_name(timeline.entity)).write_text(timeline.text(), encoding="utf-8")
    err_console.print(f"wrote {len(timelines)} timeline(s) to {escape(str(out))}")
    if gold is None:
        return
    try:
        reference = read_folder(gold)
    except (OSError, ValueError) as e:
        fail(str(e))
    total, per_entity = score({file_name(t.entity): t for t in timelines}, reference, undated=undated)
    table = Table(title="SemEval-2015 Task 4 temporal awareness (micro-averaged)")
    for column in ("timeline", "precision", "recall", "F1", "relations sys/ref"):
        table.add_column(column, justify="left" if column == "timeline" else "right")
    for name, c in [*per_entity.items(), ("all (micro)", total)]:
        table.add_row(name, f"{100 * c.precision:.2f}", f"{100 * c.recall:.2f}", f"{100 * c.f1:.2f}",
                      f"{c.system}/{c.reference}")
    console.print(table)
