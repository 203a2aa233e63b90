"""The `dateline` command line: one thin command per stage, calling the Python API."""

from __future__ import annotations

import typer

from dateline.cli import (analyze, annotate, benchmark, date, entities, evaluate, explain, ingest,
                          search, semeval2015, serve, store, timeline)

app = typer.Typer(
    name="dateline",
    help="Dateline: dated, sourced timelines from piles of news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("timeline")(timeline.timeline)
app.command("annotate")(annotate.annotate)
app.command("explain")(explain.explain)
app.command("date")(date.date)
app.command("entities")(entities.entities)
app.command("analyze")(analyze.analyze)
app.command("ingest")(ingest.ingest)
app.command("search")(search.search)
app.command("serve")(serve.serve)
app.add_typer(store.app, name="store")
app.command("semeval2015")(semeval2015.semeval2015)
app.add_typer(evaluate.app, name="evaluate")
app.add_typer(benchmark.app, name="benchmark")
