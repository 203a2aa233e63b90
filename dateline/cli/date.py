"""`dateline date`: when was each text published, inferred from the text alone."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from enum import Enum

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.common import ErrorLog, check_language, console, err_console
from dateline.ingest import read
from dateline.model import Article, DateGuess, Evidence, GivenCheck, Undecided
from dateline.temporal import date_article, with_site_lines


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


def guess_dict(article: Article, guess: DateGuess) -> dict[str, object]:
    """One article's result as JSON: where it is (path, and for a JSONL record its id, which
    is its line number unless the record has one, and title), date (or null), confidence,
    and the evidence; `date` adds `repeat` (2, 3, ...) to a record whose id an earlier one of
    its file has."""
    return {"path": article.path or article.id, "id": article.id, "title": article.title,
            "date": guess.date.isoformat() if guess.date else None,
            "confidence": round(guess.confidence, 3),
            **({"best_guess": guess.best_guess.isoformat(), "best_confidence": round(guess.best_confidence, 3)}
               if guess.best_guess is not None else {}),
            "evidence": _evidence(guess.evidence),
            **({"given": given_dict(guess.given)} if guess.given is not None else {})}


def given_dict(check: GivenCheck) -> dict[str, object]:
    """The check of the date the source gave, as JSON: the date, whether the text contradicts
    it, the posterior of publication within a week of it, the likelier day and why."""
    return {"date": check.given.isoformat(), "contradicted": check.contradicted, "near": check.near,
            "likelier": check.likelier.isoformat() if check.likelier else None,
            "evidence": _evidence(check.evidence)}


def _evidence(evidence: list[Evidence]) -> list[dict[str, object]]:
    return [{"cue": e.cue, "detail": e.detail, "weight": e.weight} for e in evidence]


def date(
    paths: list[str] = typer.Argument(..., help="Files, folders, URLs or - (standard input): text, Markdown, HTML, RSS/Atom, JSONL, TimeML."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (one file per line) or table."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified automatically if not given."),
    hint_start: dt.datetime = typer.Option(None, "--hint-start", formats=["%Y-%m-%d"],
                                           help="Earliest possible date (e.g. the start of the crawl)."),
    hint_end: dt.datetime = typer.Option(None, "--hint-end", formats=["%Y-%m-%d"],
                                         help="Latest possible date (e.g. the end of the crawl)."),
    min_confidence: float | None = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                         help="Give a date only from this confidence on (default: the learned answer threshold; 0: every best guess; confidences are calibrated, see `dateline benchmark dating`)."),
    check_given: bool = typer.Option(False, "--check-given",
                                      help="Also check the date the source gives (a date header, a dated folder, a feed's or JSONL record's date, a TimeML DCT) against the text: 'given' in the output says whether the text contradicts it, and why."),
) -> None:
    """Infer the publication date of undated articles from their text, with the evidence.

    Files and folders are read as everywhere else (text, JSONL, TimeML); a text file's `date`
    header and a TimeML DCT are not shown to the inference: the text alone decides.
    The texts given together are one collection: a short line that pages of different stories
    repeat (a site's name, menu or "latest news" teaser) is left out as the site's furniture.
    A hint range (--hint-start, --hint-end; one alone is taken as open for 25 years on the
    other side) is what is known already, such as the crawl period: no date outside it is given.
    With --check-given, a date the source gives is checked against the text's own evidence
    (its stamps and datelines, the tense of the full dates it names): scraped collections and
    feeds file articles under wrong days.
    """
    hint = _hint(hint_start, hint_end)
    errors = ErrorLog()
    results: list[tuple[str, DateGuess]] = []
    seen: Counter[tuple[str | None, str]] = Counter()  # a JSONL file may give one id to several records
    # Read whole before dating: the lines the collection's pages repeat on different stories
    # are its sites' furniture (`with_site_lines`), which one page alone does not show.
    articles = list(read(paths, lang=lang, on_error=errors))
    site = with_site_lines(articles)
    for article in articles:
        guess = date_article(article, hint, min_confidence=min_confidence, check_given=check_given, site=site)
        seen[article.path, article.id] += 1
        repeat = seen[article.path, article.id]
        if format is Format.jsonl:
            print(json.dumps({**guess_dict(article, guess), **({"repeat": repeat} if repeat > 1 else {})},
                             ensure_ascii=False), flush=True)
        results.append((label(article) + (f" (#{repeat} with this id)" if repeat > 1 else ""), guess))
    if format is Format.table:
        console.print(_table(results))
    note = hidden_note(articles, [guess for _label, guess in results], hint is not None, check_given)
    if note:
        err_console.print(f"[bold]note[/] {escape(note)}", soft_wrap=True)
    raise typer.Exit(errors.exit_code(read=len(results)))


def hidden_note(articles: list[Article], guesses: list[DateGuess], hinted: bool, checked: bool) -> str:
    """One line for a user who sees "unknown" beside files that have a date: the dates the
    sources give are hidden from the inference (--check-given compares them), and a text that
    names no year is dated only within a hint range (--hint-start/--hint-end), for which the
    given dates' span is a fair start. Empty when neither happened. Changes no date."""
    given = sorted(a.date for a in articles if a.date is not None and not a.date_inferred)
    no_year = sum(g.undecided is Undecided.NO_YEAR for g in guesses)
    parts = []
    if given and not checked:
        parts.append(f"{len(given)} of {len(articles)} article(s) give a date (a date header, dated folder, "
                     "feed or TimeML date): it is hidden from the inference, --check-given compares it with the text")
    if no_year and not hinted:
        span = f" (the given dates span {given[0]} to {given[-1]})" if given else ""
        parts.append(f"{no_year} unknown for want of a year: give the possible range with --hint-start and "
                     f"--hint-end{span}")
    return "; ".join(parts) + "." if parts else ""


def label(article: Article) -> str:
    """How a row names its article: the file, and for one of several records in a file (JSONL)
    the record's id (its line number unless it has one) and title."""
    one_of_several = article.path is not None and not article.path.endswith(article.id)
    return article.where + (f" {article.title}" if one_of_several and article.title else "")


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
    checked = any(guess.given is not None for _path, guess in results)
    for column in ("article", "date", "confidence", "strongest evidence", *(["given date"] * checked)):
        table.add_column(column, justify="right" if column == "confidence" else "left")
    for path, guess in results:
        cues = [e for e in guess.evidence if e.cue != "decision"][:2] or guess.evidence[:1]
        table.add_row(escape(path), *_date_cells(guess),
                      "; ".join(f"{e.cue}: {e.detail}" for e in cues),
                      *([_given_cell(guess.given)] * checked))
    return table


def _date_cells(guess: DateGuess) -> tuple[str, str]:
    """The date and confidence columns: below the answer threshold, the best guess and its
    confidence beside "unknown" (a 0.46 guess is not a 0.00 one)."""
    if guess.date is not None:
        return guess.date.isoformat(), f"{guess.confidence:.2f}"
    if guess.best_guess is not None:
        return f"unknown (best guess {guess.best_guess})", f"{guess.best_confidence:.2f}"
    return "unknown", f"{guess.confidence:.2f}"


def _given_cell(check: GivenCheck | None) -> str:
    """The given-date column: none, fits, or contradicted with the likelier day and its cues."""
    if check is None:
        return "none"
    if not check.contradicted:
        return f"{check.given} fits"
    return escape(f"{check.given} CONTRADICTED ({check.near:.2f} within a week); likelier {check.likelier}: "
                  + "; ".join(e.cue for e in check.evidence[:3]))
