"""The `dateline` command line: one thin command per stage, calling the Python API.

Commands are imported when run, not when the program starts: `dateline --help` and a command
that only tags do not pay for the libraries other commands need (scikit-learn, SciPy, PyArrow,
FastAPI). `COMMANDS` names each command's module and gives the line `--help` lists (a test
checks it against the command's own help).
"""

from __future__ import annotations

import atexit
import gc
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import TyperException

if TYPE_CHECKING:  # Typer 0.29 ships its own copy of click: its objects are of these classes, not click's
    from typer._click import Command, Context, HelpFormatter

# name: (module in dateline.cli, function or Typer app in it, one-line help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "timeline": ("timeline", "timeline", "Build a dated timeline of what happened, each sentence citing its article."),
    "annotate": ("annotate", "annotate", "Find and normalize the time expressions (TIMEX3) of articles."),
    "explain": ("explain", "explain", "Every candidate a rule proposed and what became of it, and for each "
                "expression kept: the rules, the cues read (tense and its word, side, date in focus) and how its "
                "value was chosen."),
    "date": ("date", "date", "Infer the publication date of undated articles from their text, with the evidence."),
    "entities": ("entities", "entities", "List the entities found, most mentioned first, with the aliases linked "
                 "to each."),
    "analyze": ("analyze", "analyze", "Analyse articles (language, sentences, time expressions, dates of undated "
                "articles) into Parquet partitions that `dateline ingest --from-analysis` loads without re-analysis."),
    "ingest": ("ingest", "ingest", "Read, date and analyse articles into the corpus; each article is stored once."),
    "search": ("search", "search", "Ranked sentences matching QUERY, with the days they name and their articles."),
    "serve": ("serve", "serve", "Serve the corpus: JSON API (documented at /docs) and the web timeline at /."),
    "semeval2015": ("semeval2015", "semeval2015", "Build each target entity's timeline from the task's raw "
                    "documents, in the task's format."),
    "store": ("store", "app", "See, tidy or reset the corpus (the SQLite store)."),
    "watch": ("watch", "watch", "Ingest files as they appear in FOLDER and keep the saved timelines up to date."),
    "saved": ("saved", "app", "Saved timelines that follow the corpus: save, list, show, history, update, delete."),
    "evaluate": ("evaluate", "app", "Score system output against gold annotations."),
    "benchmark": ("benchmark", "app", "Measure accuracy and speed on a dataset folder."),
}


def load_command(name: str) -> Command:
    """The click command of one `COMMANDS` entry, its module imported now."""
    module, attr, _help = COMMANDS[name]
    target = getattr(import_module(f"dateline.cli.{module}"), attr)
    if isinstance(target, typer.Typer):
        group = typer.main.get_group(target)
        group.name = name
        command: Command = group
    else:
        single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
        single.command(name)(target)
        command = typer.main.get_command(single)
    _plain_values(command)
    return command


def _plain_values(command: Command) -> None:
    """Plain values of the command's (and its subcommands') parameters read without Pydantic
    (`plain_params`)."""
    from dateline.cli import plain_params

    plain_params.install(command.params)
    command.get_help_option = plain_params.installing(command.get_help_option)  # made when first asked
    for sub in getattr(command, "commands", {}).values():
        _plain_values(sub)


def spare_last_collection() -> None:
    """Freeze the collector's objects as the interpreter exits (registered once per process): its
    last collections walk every object a command left (language data, scikit-learn, SciPy), which
    the process's end frees anyway: 0.4-0.5 s of CPU after a 323-article timeline. Objects made
    after the freeze (by other exit handlers) are collected as usual."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


class LazyGroup(TyperGroup):
    """A command group that imports a command's module only to run it (or show its own help);
    the group's help lists the commands from `COMMANDS` without importing any."""

    _listing = False

    def list_commands(self, ctx: Context) -> list[str]:
        return [*COMMANDS, *(name for name in super().list_commands(ctx) if name not in COMMANDS)]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        if self._listing:
            return TyperCommand(cmd_name, help=COMMANDS[cmd_name][2])
        if cmd_name not in self.commands:
            self.commands[cmd_name] = load_command(cmd_name)
        return self.commands[cmd_name]

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Run the command; a usage error is one line naming the command and the reason (as bad input
        is everywhere else), not click's usage text in a framed box."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        spare_last_collection()
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except typer.Abort:
            typer.echo("Aborted.", err=True)
            sys.exit(1)
        except TyperException as error:
            context = getattr(error, "ctx", None)
            if type(error).__name__ == "NoArgsIsHelpError":  # Rich printed the help when it was raised
                pass
            elif context is not None:
                where = context.command_path
                typer.echo(f"Error: {where}: {error.format_message()} (see '{where} --help')", err=True)
            else:
                typer.echo(f"Error: {error.format_message()}", err=True)
            sys.exit(error.exit_code)
        sys.exit(code if isinstance(code, int) else 0)

    def get_help_option(self, ctx: Context) -> Any:
        from dateline.cli import plain_params

        return plain_params.installing(super().get_help_option)(ctx)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> Any:
        self._listing = True
        try:
            return super().format_help(ctx, formatter)
        finally:
            self._listing = False


app = typer.Typer(
    name="dateline",
    help="Dateline: dated, sourced timelines from piles of news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=LazyGroup,
)


@app.callback()
def main() -> None:
    """Dateline: dated, sourced timelines from piles of news articles."""
