"""An unknown language is an error that lists the known ones, on the command line and in Python,
never a silent run in English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import make_article
from dateline.pipeline import process
from dateline.temporal import LanguageError, annotate, available_languages, infer_date, tag

KNOWN = ", ".join(available_languages())


@pytest.mark.parametrize("command", [["annotate"], ["timeline"], ["date"], ["entities"]])
def test_cli_unknown_lang_is_one_line_exit_2(command: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks ended on Friday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, [*command, str(tmp_path / "a.txt"), "--lang", "xx"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "'xx'" in lines[0] and KNOWN in lines[0]


def test_cli_known_lang_runs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("El viernes terminaron las conversaciones.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", str(tmp_path / "a.txt"), "--lang", "es",
                                      "--dct", "2023-03-20", "--format", "json"])
    assert result.exit_code == 0 and '"lang": "es"' in result.output


def test_api_unknown_lang_is_a_value_error_listing_languages() -> None:
    for call in (lambda: tag("on Friday", dt.date(2023, 3, 20), "xx"),
                 lambda: annotate(make_article("on Friday", id="a"), lang="xx"),
                 lambda: infer_date("Today (Thursday, May 8) ...", lang="xx"),
                 lambda: list(process([], lang="xx"))):
        with pytest.raises(LanguageError, match=f"available: {KNOWN}") as error:
            call()
        assert isinstance(error.value, ValueError)


def test_an_identified_language_without_a_file_falls_back_to_english() -> None:
    article = annotate(make_article("It ended on 17 March 2023.", id="a", lang="nl"))
    assert [t.value for t in article.timexes] == ["2023-03-17"]
