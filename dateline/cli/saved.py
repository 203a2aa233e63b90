"""`dateline saved save|create|list|show|history|update|delete`: timelines kept in the corpus that
follow it, updated after each ingest by touching only the days the new articles speak of
(see `dateline.saved`)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.common import (check_language, check_output, check_query, console, fail,
                                 parse_span, write_text)
from dateline.cli.store import db_option, open_db
from dateline.cli.timeline import Format, render
from dateline.render import timeline_from_dict
from dateline.saved import Params, find_timeline, save_timeline, update_timelines
from dateline.saved import history as saved_history
from dateline.store import Repository, SavedTimeline
from dateline.timeline import DEFAULT_METHOD, METHODS

app = typer.Typer(help="Saved timelines that follow the corpus: save, list, show, history, update, delete.",
                  no_args_is_help=True)


@app.command()
@app.command("create", help="Same as `save`: save a timeline of the corpus; every later ingest updates it.")
def save(
    name: str = typer.Argument(..., help="A name for the timeline."),
    query: list[str] = typer.Option(None, "--query", "-q", help="A topic term, as for `dateline timeline` (repeatable)."),
    method: str = typer.Option(DEFAULT_METHOD, "--method", "-m", help=f"One of: {', '.join(METHODS)} (only the default one is updated day by day; the others are computed again whole)."),
    dates: int = typer.Option(None, "--dates", min=1, help="Number of dates (default: chosen from the collection)."),
    sentences: int = typer.Option(None, "--sentences", min=1, help="Sentences per date (default: chosen from the collection)."),
    start: str = typer.Option(None, "--start", help="First date the timeline may show, YYYY-MM-DD."),
    end: str = typer.Option(None, "--end", help="Last date the timeline may show, YYYY-MM-DD."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Only articles in this language."),
    entity: list[str] = typer.Option(None, "--entity", "-e", help='An entity ("Xi Jinping"), repeatable: a timeline of the events they all take part in, as `dateline timeline --entity`; computed again whole when new articles name one of them.'),
    db: Path = db_option(),
) -> None:
    """Save a timeline of the corpus; every later ingest updates it."""
    check_query(query)
    if any(not name.strip() for name in entity or ()):
        raise typer.BadParameter("an entity is a name, not blank", param_hint="--entity")
    first, last = parse_span(start, end)
    params = Params(tuple(query or ()), method, dates, sentences, first, last, lang, tuple(entity or ())).as_dict()
    with open_db(db) as store:
        try:
            number = save_timeline(store, name, params)
        except ValueError as error:
            fail(str(error))
        saved = store.saved_timeline(number)
    entries = len(saved.result["entries"]) if saved and saved.result else 0
    console.print(f"saved timeline {number} ({escape(name)}): {entries} date(s); "
                  f"`dateline saved show {number}` shows it")


TIMELINE = typer.Argument(..., metavar="TIMELINE", help="The saved timeline's id or name (see `dateline saved list`).")


def _resolve(store: Repository, timeline: str) -> SavedTimeline:
    """A saved timeline named by id or by name, loaded (once: `show` renders what was looked
    up), else a one-line error that says how to list them."""
    number = int(timeline) if timeline.strip().isdigit() else find_timeline(store, timeline)
    saved = store.saved_timeline(number) if number is not None and number < 1 << 63 else None  # SQLite's integers
    if saved is None:
        fail(f"no saved timeline {timeline}", "`dateline saved list` lists them")
    return saved


@app.command("list")
def list_(db: Path = db_option()) -> None:
    """The saved timelines, newest first."""
    with open_db(db, existing=True) as store:
        saved = store.saved_timelines()
    table = Table("id", "name", "query", "created", "updated", box=None)
    for t in saved:
        what = ", ".join(t.params.get("q", [])) or " & ".join(f"entity {e}" for e in t.params.get("entity", []))
        table.add_row(str(t.id), escape(t.name), escape(what or "-"),
                      t.created, t.updated or "-")
    console.print(table)


@app.command()
def show(timeline: str = TIMELINE,
         format: Format = typer.Option(Format.md, "--format", "-f", help="md, json, html or tilse."),
         output: str = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
         db: Path = db_option()) -> None:
    """A saved timeline as last updated."""
    check_output(output)
    with open_db(db, existing=True) as store:
        saved = _resolve(store, timeline)
    if saved.result is None:
        fail(f"no saved timeline {timeline}", "`dateline saved list` lists them")
    write_text(render(timeline_from_dict(saved.result), format), output)


@app.command()
def history(timeline: str = TIMELINE,
            as_json: bool = typer.Option(False, "--json", help="The full history as JSON (sentences before and after)."),
            db: Path = db_option()) -> None:
    """What changed in a saved timeline, when, and because of which articles."""
    with open_db(db, existing=True) as store:
        changes = saved_history(store, _resolve(store, timeline).id)
    if as_json:
        write_text(json.dumps(changes, ensure_ascii=False, indent=2), None)
        return
    table = Table("when", "change", "date", "now", "because of", box=None)
    for c in changes:
        why = ", ".join(_article(b) for b in c["because"][:3])
        more = f" and {len(c['because']) - 3} more" if len(c["because"]) > 3 else ""
        detail = c["date"] or (c["after"] if isinstance(c["after"], str) else "")
        table.add_row(c["at"], c["change"], escape(detail or "-"), _held(c),
                      escape(why + more) or ("no new article speaks of it" if c.get("reason") else "-"))
    console.print(table)


def _article(because: dict[str, str | None]) -> str:
    """An article behind a change: its id, its title if any, its outlet if known."""
    title = f' "{because["title"]}"' if because.get("title") else ""
    outlet = f" ({because['outlet']})" if because.get("outlet") else ""
    return f"{because['article']}{title}{outlet}"


def _held(change: dict) -> str:
    """What a date holds after the change ("2 sentences, was 1"), so a row says what changed."""
    before, after = change.get("before"), change.get("after")
    if not change.get("date") or isinstance(after, str):
        return "-"
    now = len(after or [])
    said = f"{now} sentence{'s' if now != 1 else ''}" if now else "gone"
    return said + (f", was {len(before)}" if before and now else "")


@app.command()
def update(db: Path = db_option()) -> None:
    """Bring every saved timeline up to date (ingest and watch do it themselves)."""
    with open_db(db, existing=True) as store:
        changes = update_timelines(store)
    console.print(f"{len(changes)} saved timeline(s) up to date; {sum(changes.values())} change(s)")


@app.command()
def delete(timeline: str = TIMELINE, db: Path = db_option()) -> None:
    """Delete a saved timeline and its history."""
    with open_db(db, existing=True) as store:
        number = _resolve(store, timeline).id
        store.delete_timeline(number)
    console.print(f"deleted saved timeline {number}")
