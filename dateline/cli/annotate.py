"""`dateline annotate`: time expressions of articles, as JSON, text or TimeML."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import typer

from dateline.cli.common import (
    ErrorLog,
    check_language,
    check_workers,
    console,
    err_console,
    example_dir,
    parse_date,
)
from dateline.ingest import IngestError, decode, iter_files, make_article, parse_timeml, read
from dateline.model import Article
from dateline.pipeline import process
from dateline.render import annotate_document, article_dict, strip_timexes
from dateline.temporal import annotate as annotate_article


class Format(str, Enum):
    json = "json"
    text = "text"
    timeml = "timeml"


def annotate(
    paths: list[str] = typer.Argument(None, help="Files, folders, URLs or - (standard input); with --format timeml: IN_DIR OUT_DIR."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="json (one article per line), text, or timeml."),
    dct: str = typer.Option(None, "--dct", help="Publication date YYYY-MM-DD for articles without one."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified automatically if not given."),
    example: bool = typer.Option(False, "--example", help="Annotate the built-in example articles."),
    workers: int = typer.Option(None, "--workers", "-w", help="Processes reading, dating and tagging articles (default: one per core)."),
) -> None:
    """Find and normalize the time expressions (TIMEX3) of articles."""
    errors = ErrorLog()
    if example:
        paths, format = [str(example_dir())], Format.text if format is Format.json else format
    if not paths:
        raise typer.BadParameter("give files or folders to annotate, or --example", param_hint="PATHS")
    if format is Format.timeml:
        if len(paths) != 2:
            raise typer.BadParameter("--format timeml takes IN_DIR OUT_DIR", param_hint="PATHS")
        _annotate_timeml(Path(paths[0]), Path(paths[1]), lang, errors)
        raise typer.Exit(errors.exit_code())
    count = 0
    for count, article in enumerate(_articles(paths, lang, parse_date(dct, "--dct"), errors,
                                              check_workers(workers)), start=1):
        if format is Format.json:
            print(json.dumps(article_dict(article), ensure_ascii=False))
        else:
            _print_text(article)
    raise typer.Exit(errors.exit_code(read=count))


def _articles(paths: list[str], lang: str | None, dct: dt.date | None,
              errors: ErrorLog, workers: int) -> Iterator[Article]:
    """Annotated articles: undated ones get `dct` if given, else the date their text implies
    (within the collection's span when the text alone does not say), marked as inferred."""
    if dct is None:
        yield from process(paths, lang=lang, on_error=errors, workers=workers)
        return
    for article in read(paths, lang=lang, on_error=errors):
        article.date = article.date or dct
        yield annotate_article(article)


def _print_text(article: Article) -> None:
    date = article.date.isoformat() if article.date else "unknown date"
    if article.date_inferred:
        date += f", inferred from the text, confidence {article.date_confidence or 0:.2f}"
    console.print(f"[bold]{article.id}[/] ({article.lang}, {date})")
    for t in article.timexes:
        mod = f" mod={t.mod}" if t.mod else ""
        console.print(f"  {t.start:>6}-{t.end:<6} {t.type:<8} {t.value:<18} {t.text!r}{mod}")


def _annotate_timeml(in_dir: Path, out_dir: Path, lang: str | None, errors: ErrorLog) -> None:
    """Write each TimeML file of IN_DIR to OUT_DIR with TIMEX3 tags inserted in its <TEXT>."""
    if not in_dir.is_dir():
        raise typer.BadParameter(f"{in_dir} is not a folder", param_hint="IN_DIR")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file of that name, no permission: before any work, not a traceback
        raise typer.BadParameter(f"cannot create the folder {out_dir} ({exc.strerror or exc})",
                                 param_hint="OUT_DIR") from None
    files = [p for p in iter_files(in_dir) if p.suffix.lower() in (".tml", ".te3input", ".timeml")]
    if not files:
        errors(IngestError(str(in_dir), "no TimeML files (.tml, .TE3input) in this folder"))
    done = 0
    for path in files:
        try:
            raw = decode(path.read_bytes(), str(path), errors)
            doc = parse_timeml(strip_timexes(raw), str(path))
            article = annotate_article(
                make_article(doc.text, id=path.name, date=doc.dct, lang=lang, path=str(path)))
            name = path.name.removesuffix(".TE3input").removesuffix(".te3input")
            (out_dir / name).write_text(annotate_document(raw, article.timexes, str(path)),
                                        encoding="utf-8")
            done += 1
        except IngestError as error:
            errors(error)
        except OSError as exc:
            errors(IngestError(str(path), exc.strerror or str(exc)))
    err_console.print(f"annotated {done} file(s) into {out_dir}")
