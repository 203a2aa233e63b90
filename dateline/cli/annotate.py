"""`dateline annotate`: time expressions of articles, as JSON, text or TimeML."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import typer
from rich.markup import escape

from dateline import render
from dateline.cli.common import (
    WORKERS_HELP,
    ErrorLog,
    check_language,
    check_workers,
    console,
    err_console,
    example_dir,
    parse_date,
)
from dateline.ingest import IngestError, decode, input_bytes, iter_files, make_article, parse_timeml, read
from dateline.ingest.reader import SUFFIXES
from dateline.model import Article
from dateline.render import annotate_parsed, article_timeml, strip_timexes
from dateline.temporal import annotate as annotate_article


class Format(str, Enum):
    json = "json"
    text = "text"
    timeml = "timeml"


def annotate(
    paths: list[str] = typer.Argument(None, help="Files, folders, URLs or - (standard input); with --format timeml also IN_DIR OUT_DIR (a file per document)."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="json (one article per line), text, or timeml."),
    dct: str = typer.Option(None, "--dct", help="Publication date YYYY-MM-DD for articles without one."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified automatically if not given."),
    example: bool = typer.Option(False, "--example", help="Annotate the built-in example articles."),
    workers: int = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
) -> None:
    """Find and normalize the time expressions (TIMEX3) of articles."""
    errors = ErrorLog()
    if example:
        paths, format = [str(example_dir())], Format.text if format is Format.json else format
    if not paths:
        raise typer.BadParameter("give files or folders to annotate, or --example", param_hint="PATHS")
    day, jobs = parse_date(dct, "--dct"), check_workers(workers)
    if format is Format.timeml and len(paths) == 2 and Path(paths[0]).is_dir():  # IN_DIR OUT_DIR
        _annotate_timeml(Path(paths[0]), Path(paths[1]), lang, day, errors, jobs)
        raise typer.Exit(errors.exit_code())
    count = 0
    for count, article in enumerate(_articles(paths, lang, day, errors, jobs), start=1):
        if format is Format.json:
            print(json.dumps(render.article_dict(article), ensure_ascii=False))  # loads the store's types
        elif format is Format.timeml:
            print(article_timeml(article), end="")
        else:
            _print_text(article)
    raise typer.Exit(errors.exit_code(read=count))


def _articles(paths: list[str], lang: str | None, dct: dt.date | None,
              errors: ErrorLog, workers: int) -> Iterator[Article]:
    """Annotated articles: undated ones get `dct` if given, else the date their text implies
    (within the collection's span when the text alone does not say), marked as inferred."""
    if dct is None:
        from dateline.pipeline import process  # dating and its models: not for TimeML with a DCT

        yield from process(paths, lang=lang, on_error=errors, workers=workers)
        return
    for article in read(paths, lang=lang, on_error=errors):
        article.date = article.date or dct
        yield annotate_article(article)


def _print_text(article: Article) -> None:
    date = article.date.isoformat() if article.date else "unknown date"
    if article.date_inferred:
        date += f", inferred from the text, confidence {article.date_confidence or 0:.2f}"
    console.print(f"[bold]{escape(article.id)}[/] ({article.lang}, {date})")
    for t in article.timexes:
        mod = f" mod={t.mod}" if t.mod else ""
        console.print(f"  {t.start:>6}-{t.end:<6} {t.type:<8} {t.value:<18} {escape(repr(t.text))}{mod}")


def _annotate_timeml(in_dir: Path, out_dir: Path, lang: str | None, dct: dt.date | None,
                     errors: ErrorLog, workers: int) -> None:
    """Write each TimeML file of IN_DIR to OUT_DIR with TIMEX3 tags inserted in its <TEXT>, and
    each article of IN_DIR's other files (text, pages, feeds, JSONL) as a new TimeML document."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file of that name, no permission: before any work, not a traceback
        raise typer.BadParameter(f"cannot create the folder {out_dir} ({exc.strerror or exc})",
                                 param_hint="OUT_DIR") from None
    found = list(iter_files(in_dir))
    files = [p for p in found if SUFFIXES.get(p.suffix.lower()) == "timeml"]
    others = [str(p) for p in found if SUFFIXES.get(p.suffix.lower()) != "timeml"]
    if not found:
        errors(IngestError(str(in_dir), "no file Dateline reads in this folder"))
    done = 0
    names: set[str] = {_timeml_name(p) for p in files}
    for article in _articles(others, lang, dct, errors, workers) if others else ():
        name = _document_name(article.id, names)
        try:
            (out_dir / name).write_text(article_timeml(article), encoding="utf-8")
            done += 1
        except OSError as exc:
            errors(IngestError(str(out_dir / name), exc.strerror or str(exc)))
    for written, problems in _each_timeml(files, out_dir, lang, dct, workers):
        for problem in problems:
            errors(problem)
        done += written
    err_console.print(f"annotated {done} file(s) into {out_dir}")


def _each_timeml(files: list[Path], out_dir: Path, lang: str | None, dct: dt.date | None,
                 workers: int) -> Iterator[tuple[bool, list[IngestError]]]:
    """`_timeml_file` of each file, in order, in `workers` processes as `pipeline.process` shares
    its inputs; the first runs here (it loads the language data and rules a forked worker then
    starts with)."""
    from dateline.pipeline import in_workers

    tasks = ((path, out_dir, lang, dct) for path in files)
    yield from in_workers(_timeml_file, tasks, workers, size=lambda task: input_bytes(task[0]), first_here=True)


def _timeml_file(path: Path, out_dir: Path, lang: str | None, dct: dt.date | None) -> tuple[bool, list[IngestError]]:
    """Write one TimeML file to OUT_DIR with TIMEX3 tags inserted in its <TEXT>: whether it was
    written, and the problems met on the way, in order (a worker's travel back to be shown)."""
    problems: list[IngestError] = []
    try:
        # A DCT that is no date is a warning, and the article undated, as for every reader:
        # given `--dct`, else dated from its text (its TimeML keeps the DCT as written).
        doc = parse_timeml(strip_timexes(decode(path.read_bytes(), str(path), problems.append)), str(path),
                           problems.append)
        article = make_article(doc.text, id=path.name, date=doc.dct or dct, lang=lang, path=str(path))
        article = annotate_article(article) if article.date is not None else _dated(article)
        (out_dir / _timeml_name(path)).write_text(annotate_parsed(doc, article.timexes), encoding="utf-8")
        return True, problems
    except IngestError as error:
        problems.append(error)
    except OSError as exc:
        problems.append(IngestError(str(path), exc.strerror or str(exc)))
    return False, problems


def _dated(article: Article) -> Article:
    """An undated TimeML document dated from its text and tagged against that date."""
    from dateline.pipeline import analyse  # dating and its models: only for such a file

    return analyse(article)


def _timeml_name(path: Path) -> str:
    """A TimeML file's name in OUT_DIR: TempEval-3's `.TE3input` taken off."""
    return path.name.removesuffix(".TE3input").removesuffix(".te3input")


def _document_name(article_id: str, taken: set[str]) -> str:
    """A file name in OUT_DIR for an article's TimeML: its id (a file's name without its
    suffix, a JSONL record's "file.jsonl:3") made safe, once (`taken` grows)."""
    stem = re.sub(r"[^\w.-]+", "_", Path(article_id).name)
    stem = Path(stem).stem if SUFFIXES.get(Path(stem).suffix.lower()) in ("text", "markdown", "html") else stem
    name, n = f"{stem}.tml", 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}.tml"
    taken.add(name)
    return name
