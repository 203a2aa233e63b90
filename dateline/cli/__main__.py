"""`python -m dateline.cli`: the same as the `dateline` command."""

from dateline.cli import app

app()
