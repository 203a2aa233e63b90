"""Bad input to the scoring commands: one line naming the file and the reason, no traceback,
and the documents that could be read still scored."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()
GOOD = ('<?xml version="1.0"?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-03-20" '
        'functionInDocument="CREATION_TIME">2023-03-20</TIMEX3></DCT><TEXT>Xi arrived on '
        '<TIMEX3 tid="t1" type="DATE" value="2023-03-20">Monday</TIMEX3>.</TEXT></TimeML>\n')


def _said(result: object) -> str:
    return " ".join(result.stderr.split())  # type: ignore[attr-defined]


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    (gold / "good.tml").write_text(GOOD, encoding="utf-8")
    (system / "good.tml").write_text(GOOD, encoding="utf-8")
    (gold / "broken.tml").write_text("<TimeML>cut off", encoding="utf-8")
    return gold, system


def test_evaluate_timex_names_a_broken_gold_file_scores_the_rest_and_fails(tmp_path: Path) -> None:
    gold, system = _folders(tmp_path)
    result = runner.invoke(app, ["evaluate", "timex", str(gold), str(system)])
    assert result.exit_code == 1 and not isinstance(result.exception, Exception)  # no traceback
    assert "broken.tml: no <TEXT> element" in _said(result)
    assert "1 documents" in " ".join(result.stdout.split())  # the good one is scored
    (gold / "good.tml").unlink()
    none = runner.invoke(app, ["evaluate", "timex", str(gold), str(system)])
    assert none.exit_code == 1 and "no TimeML document could be scored" in _said(none)


def test_benchmark_timex_names_a_broken_gold_file_and_refuses_an_empty_folder(tmp_path: Path) -> None:
    gold, _ = _folders(tmp_path)
    result = runner.invoke(app, ["benchmark", "timex", str(gold), "--repeats", "1"])
    assert result.exit_code == 2 and not isinstance(result.exception, Exception)  # no traceback
    assert "broken.tml: no <TEXT> element: not a TimeML document" in _said(result)
    (tmp_path / "empty").mkdir()
    empty = runner.invoke(app, ["benchmark", "timex", str(tmp_path / "empty"), "--repeats", "1"])
    assert empty.exit_code == 2 and "no TimeML document (.tml) to score" in _said(empty)


def test_benchmark_dating_refuses_a_folder_with_no_dated_document(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["benchmark", "dating", str(tmp_path / "empty"), "--repeats", "1"])
    assert result.exit_code == 2 and "no dated document to score" in _said(result)


def test_annotate_timeml_into_a_file_is_one_line(tmp_path: Path) -> None:
    gold, _ = _folders(tmp_path)
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    result = runner.invoke(app, ["annotate", "-f", "timeml", str(gold), str(tmp_path / "taken")])
    assert result.exit_code == 2 and not isinstance(result.exception, Exception)  # no traceback
    assert "cannot create the folder" in _said(result) and "taken" in _said(result)


def test_semeval2015_output_that_is_a_file_is_refused_before_the_work(tmp_path: Path) -> None:
    (tmp_path / "entities.txt").write_text("Xi Jinping\n", encoding="utf-8")
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    gold, _ = _folders(tmp_path)
    result = runner.invoke(app, ["semeval2015", str(gold), "--entities", str(tmp_path / "entities.txt"),
                                 "-o", str(tmp_path / "taken")])
    assert result.exit_code == 2 and not isinstance(result.exception, Exception)  # no traceback
    assert "cannot create the folder" in _said(result)


def test_a_usage_error_is_one_line_naming_the_command_and_the_reason() -> None:
    cases = [(["timeline", "--dates", "0"], "dateline timeline: Invalid value for '--dates'"),
             (["benchmark", "timex"], "dateline benchmark timex: Missing argument 'dataset'"),
             (["annotate", "--no-such-flag"], "dateline annotate: No such option: --no-such-flag"),
             (["no-such-command"], "dateline: No such command 'no-such-command'")]
    for args, reason in cases:
        result = runner.invoke(app, args, prog_name="dateline")
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2 and not isinstance(result.exception, Exception), args
        assert len(lines) == 1 and lines[0].startswith(f"Error: {reason}"), (args, lines)


def test_no_command_prints_the_help_and_help_exits_cleanly() -> None:
    bare = runner.invoke(app, [], prog_name="dateline")
    assert bare.exit_code == 2 and "timeline" in bare.stdout and not bare.stderr.strip()
    helped = runner.invoke(app, ["--help"], prog_name="dateline")
    assert helped.exit_code == 0 and "annotate" in helped.stdout


def test_evaluate_tls_names_a_missing_file_on_stderr(tmp_path: Path) -> None:
    """`dateline evaluate tls missing.txt ref.txt` printed "error [Errno 2] No such file or
    directory: 'missing.txt'" on standard output, where a redirected run lost it."""
    (tmp_path / "ref.txt").write_text("2024-03-05\nThe talks ended.\n--------------------------------\n")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["evaluate", "tls", str(missing), str(tmp_path / "ref.txt")])
    assert result.exit_code == 2 and result.stdout == ""
    assert " ".join(result.stderr.split()) == f"error {missing}: no such file or directory"


def test_a_page_without_text_is_one_skipped_line_and_no_failure(tmp_path: Path) -> None:
    """`dateline ingest` of a folder with a markup-only page: one "skipped" line naming the file
    and why, the summary counts it among the skipped, and the exit status is 0 (was 1: failed)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "app.html").write_text('<html><body><div id="root"></div><script src="a.js"></script></body></html>')
    (tmp_path / "in" / "note.txt").write_text("date 2024-03-05\nThe Velna council approved the harbour budget on Monday.\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "c.sqlite"), "-w", "1"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "app.html" in line]
    assert lines[0].startswith("skipped ") and "no article text in the page" in lines[0]
    assert "skipped 1 (" in result.output and "failed 0" in result.output


def test_brackets_in_what_the_user_gave_are_printed_as_written(tmp_path: Path) -> None:
    """A `--lang` or a file name holding "[/x]" or "[ag-3]" is text, not Rich markup: it had
    ended in a MarkupError traceback, or lost the brackets."""
    refused = runner.invoke(app, ["annotate", "--lang", "[/x]", str(tmp_path)])
    assert refused.exit_code == 2, refused.exception
    assert "'[/x]'" in _said(refused), _said(refused)
    story = tmp_path / "talks [ag-3].txt"
    story.write_text("date 2023-03-20\nThe talks ended on Friday.", encoding="utf-8")
    shown = runner.invoke(app, ["annotate", str(story), "--lang", "en", "-f", "text"])
    assert shown.exit_code == 0, shown.exception
    assert "talks [ag-3].txt (en, 2023-03-20)" in shown.stdout and "'Friday'" in shown.stdout


def test_a_store_path_with_brackets_is_printed_as_written(tmp_path: Path) -> None:
    """`--db 'runs[/old].sqlite'` (a folder "runs[" holding "old].sqlite"): the path is text."""
    (tmp_path / "runs[").mkdir()
    db = tmp_path / "runs[" / "old].sqlite"
    missing = runner.invoke(app, ["store", "reset", "--db", str(db), "--yes"])
    assert missing.exit_code == 0, missing.exception
    assert f"no store at {db}; nothing to do" in " ".join(missing.stdout.split())
    db.write_bytes(b"")
    deleted = runner.invoke(app, ["store", "reset", "--db", str(db), "--yes"])
    assert deleted.exit_code == 0 and not db.exists(), deleted.exception
    assert str(db) in " ".join(deleted.stdout.split())
