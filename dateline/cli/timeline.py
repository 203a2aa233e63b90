"""`dateline timeline`: the main job, a folder of raw articles in, a dated, sourced timeline out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from dateline.cli.common import (WORKERS_HELP, ErrorLog, check_language, check_output, check_query,
                                 check_workers, err_console, example_dir, fail, parse_span, write_text)
from dateline.cli.progress import Reading
from dateline.cli.store import open_db
from dateline.ingest import input_bytes
from dateline.model import Article, Timeline
from dateline.pipeline import process
from dateline.render import timeline_dict, timeline_html, timeline_markdown, write_timeline
from dateline.store import Repository
from dateline.timeline import DEFAULT_METHOD, METHODS, build, preload
from dateline.timeline.size import MAX_DATES

if TYPE_CHECKING:
    import numpy as np


class Format(str, Enum):
    md = "md"
    json = "json"
    html = "html"
    tilse = "tilse"


def render(timeline: Timeline, format: Format) -> str:
    """The timeline in one of the output formats."""
    if format is Format.json:
        return json.dumps(timeline_dict(timeline), ensure_ascii=False, indent=2)
    if format is Format.html:
        return timeline_html(timeline)
    if format is Format.tilse:
        return write_timeline(timeline)
    return timeline_markdown(timeline)


def read_articles(sources: list[str | Path], lang: str | None, errors: ErrorLog,
                  store: Repository | None = None, workers: int = 1,
                  meanwhile: Callable[[], object] | None = None,
                  hashes: list[np.ndarray] | None = None) -> list[Article]:
    """Read, date and tag every article, showing progress on the terminal. `meanwhile` is
    called once, when the first input's articles are handed on: work the next step needs
    anyway (imports), done while the worker processes read the rest, which were forked before.
    `hashes`, if given, gets each article's shingle hashes, computed by the workers
    (`pipeline.process`), for `build` to find near copies with."""
    articles: list[Article] = []
    waiting = [meanwhile] if meanwhile is not None else []

    def input_read(size: int) -> None:
        progress.input_read(size)
        while waiting:
            waiting.pop()()

    with Reading("reading", input_bytes(sources)) as progress:
        try:
            for article in process(sources, lang=lang, on_error=errors, store=store, workers=workers,
                                   on_input=input_read, hashes=hashes):
                articles.append(article)
                progress.articles(len(articles))
        except KeyboardInterrupt:
            fail(f"interrupted after {len(articles)} article(s)",
                 "run the same command again to resume: finished files are kept in the store"
                 if store is not None else "nothing was kept (--no-store)", code=130)
    return articles


def source_articles(sources: list[str | Path], lang: str | None, errors: ErrorLog, db: Path | None,
                    no_store: bool, workers: int, meanwhile: Callable[[], object] | None = None,
                    hashes: list[np.ndarray] | None = None) -> list[Article]:
    """`read_articles` with the corpus as the cache of files already analysed (a second run
    over the same files reads none again), unless `--no-store`."""
    if no_store:
        return read_articles(sources, lang, errors, workers=workers, meanwhile=meanwhile, hashes=hashes)
    with open_db(db, optional=True) as kept:
        return read_articles(sources, lang, errors, kept, workers=workers, meanwhile=meanwhile, hashes=hashes)


def corpus_timeline(store: Repository, query: list[str] | None, entity: list[str] | None,
                    dates: int | None, sentences: int | None, start: dt.date | None,
                    end: dt.date | None, method: str, lang: str | None, limit: int) -> Timeline:
    """The timeline from the stored articles, as analysed when ingested: chosen and built as
    the HTTP API builds one (`dateline.saved.entity.stored_timeline`), so a query or an entity
    finds the same articles in any language. An empty corpus is an error that says to ingest;
    a corpus where nothing matches gives an empty timeline whose note says what did not."""
    from dateline.saved import Params, stored_timeline

    params = Params(tuple(query or ()), method, dates, sentences, start, end, lang, tuple(entity or ()))
    result = stored_timeline(store, params, limit=limit)
    if not result.entries and not store.languages():
        fail(f"the corpus {store.path} has no article",
             "give files or folders, --example, or `dateline ingest` first", code=1)
    return result


def timeline(
    sources: list[str] = typer.Argument(None, help="Files, folders, http(s) URLs (or a .txt file of them, one a line) or - (standard input): text, Markdown, HTML, RSS/Atom, JSONL(.gz), TimeML."),
    query: list[str] = typer.Option(None, "--query", "-q", help='A topic term; a value of several words is a phrase ("Bank of America"). Repeat for more terms: a sentence matching any of them is on topic.'),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified per article if not given."),
    dates: int = typer.Option(None, "--dates", min=1, help=f"Number of dates (default: every day the topic reaches, i.e. that a sentence about the topic is about, at most {MAX_DATES}; a note says how many were left out)."),
    sentences: int = typer.Option(None, "--sentences", min=1, help="Sentences per date (default: chosen from the collection)."),
    start: str = typer.Option(None, "--start", help="First date the timeline may show, YYYY-MM-DD."),
    end: str = typer.Option(None, "--end", help="Last date the timeline may show, YYYY-MM-DD."),
    entity: list[str] = typer.Option(None, "--entity", "-e", help='An entity ("Xi Jinping"), repeatable: a timeline of the events they all take part in.'),
    method: str = typer.Option(DEFAULT_METHOD, "--method", "-m", help=f"One of: {', '.join(METHODS)}."),
    format: Format = typer.Option(Format.md, "--format", "-f", help="md, json, html or tilse."),
    output: str = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    example: bool = typer.Option(False, "--example", help="Use the built-in example articles."),
    store: Path = typer.Option(None, "--db", "--store", help="The corpus (SQLite file) that keeps analysed articles; with no SOURCES the timeline is built from it, with no re-analysis (default: in the user's data folder, or $DATELINE_STORE)."),
    no_store: bool = typer.Option(False, "--no-store", help="Process every article afresh and keep nothing."),
    workers: int = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
    limit: int = typer.Option(2000, "--limit", min=1, help="From the corpus: at most this many articles, those matching the query best."),
) -> None:
    """Build a dated timeline of what happened, each sentence citing its article."""
    if method not in METHODS:
        raise typer.BadParameter(f"unknown method {method!r}; choose one of {', '.join(METHODS)}",
                                 param_hint="--method")
    check_query(query)
    first, last = parse_span(start, end)
    sources = list(sources or []) + ([str(example_dir())] if example else [])
    if not sources and no_store:
        raise typer.BadParameter("give files or folders of articles, or --example", param_hint="SOURCES")
    check_output(output)
    jobs = check_workers(workers)
    errors = ErrorLog()
    if sources:
        hashes: list[np.ndarray] | None = None if entity else []  # an entity timeline has no TF-IDF and no near-copy search
        articles = source_articles(sources, lang, errors, store, no_store, jobs,
                                   meanwhile=None if entity else preload, hashes=hashes)
        result = build(articles, query=query, dates=dates, sentences=sentences, start=first,
                       end=last, method=method, entity=entity, hashes=hashes)
    else:
        with open_db(store, existing=True) as kept:
            result = corpus_timeline(kept, query, entity, dates, sentences, first, last, method, lang, limit)
    for note in result.notes:
        err_console.print(f"[yellow]note[/] {escape(note)}", soft_wrap=True)  # "news.jsonl [ag-3]" is no markup
    write_text(render(result, format), output)
    raise typer.Exit(errors.exit_code(read=len(articles)) if sources else 0)
