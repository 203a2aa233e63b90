"""A run starts no more worker processes than it has inputs to share among them: a forked pool
starts every worker at once, so `-w 1000` on two files forked 1,000 processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import pipeline
from dateline.pipeline import process


def _pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the process pools started (recorded, then started as asked)."""
    sizes: list[int] = []
    real = pipeline.process_pool

    def recorded(workers, context=None):  # type: ignore[no-untyped-def]
        sizes.append(workers)
        return real(workers, context)

    monkeypatch.setattr(pipeline, "process_pool", recorded)
    return sizes


def _views(articles) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(a.id, a.date, a.date_inferred, [(t.start, t.value) for s in a.sentences for t in s.timexes])
            for a in articles]


def test_two_small_files_with_many_workers_start_no_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "2024-03-04").mkdir()
    (tmp_path / "2024-03-04" / "a.txt").write_text("The ferry resumed on Monday after a week of storms.")
    (tmp_path / "b.txt").write_text("Today (Tuesday, March 5) the harbour reopened.")
    alone = _views(process([tmp_path], workers=1))
    sizes = _pools(monkeypatch)
    assert _views(process([tmp_path], workers=64)) == alone
    # both files are one batch of input (far below BATCH_BYTES), and the undated one a batch
    # of its own: nothing to share, so no worker is started for either
    assert sizes == []


def test_the_pool_has_as_many_workers_as_batches_up_to_the_number_asked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    filler = " ".join(["The harbour board met again and heard the engineers' report on the pier."] * 500)
    for name in ("a", "b", "c"):  # each file a batch of its own (above BATCH_BYTES)
        folder = tmp_path / f"2024-03-0{'abc'.index(name) + 1}"
        folder.mkdir()
        (folder / f"{name}.txt").write_text(filler + f" Part {name}.")
    assert len(filler) > pipeline.BATCH_BYTES
    alone = _views(process([tmp_path], workers=1))
    sizes = _pools(monkeypatch)
    assert _views(process([tmp_path], workers=1000)) == alone
    assert sizes == [3]
    sizes.clear()
    assert _views(process([tmp_path], workers=2)) == alone
    assert sizes == [2]


def test_undated_articles_get_workers_even_when_their_file_was_read_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One JSONL file is one batch (read in this process), but its undated articles are dated
    one per task: those are shared among the workers asked for."""
    import json

    lines = [json.dumps({"id": f"n{i}", "text": f"On Monday, March {i + 1}, 2024, the council met for the "
                                              f"{i + 1}th time."}) for i in range(6)]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n")
    alone = _views(process([tmp_path / "news.jsonl"], workers=1))
    sizes = _pools(monkeypatch)
    assert _views(process([tmp_path / "news.jsonl"], workers=3)) == alone
    assert sizes == [3]


@pytest.mark.parametrize("command", ["ingest", "timeline", "watch", "annotate", "entities"])
def test_every_commands_help_says_how_many_workers_it_starts_at_most(command: str) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    shown = " ".join(CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "300"}).output.split())
    assert "never more than the inputs to share among them" in shown and "at most 1024" in shown
