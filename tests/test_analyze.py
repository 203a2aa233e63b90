"""`dateline analyze`: shards to Parquet partitions, the same on one process, a pool and Dask."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dateline.analyze import (Executor, Options, analyze_article, find_shards, partitions,
                              read_analysis, run)
from dateline.analyze.arrow import article_row, article_schema, row_article
from dateline.cli import app
from dateline.ingest import IngestError, make_article
from dateline.model import Resolution
from forking import forks_beside_threads

RECORDS = [
    {"id": "a1", "date": "2023-03-20", "title": "Visit",
     "text": "Xi Jinping arrived in Moscow on Monday for a three-day state visit. "
             "The talks end on Wednesday, March 22."},
    {"id": "a2", "text": "Today (Thursday, May 8) the leaders marked the 80th anniversary of "
                         "the 1945 victory. They will meet again next year."},
    {"id": "a3", "date": "2023-03-21", "lang": "es",
     "text": "Los dos presidentes firmaron ayer una declaración conjunta en Moscú."},
]


def _write_shards(folder: Path) -> Path:
    """Three shards of three kinds, plus a folder of loose text files."""
    folder.mkdir()
    (folder / "one.jsonl").write_text(
        "\n".join(json.dumps(r) for r in RECORDS[:2]) + "\n{broken\n", encoding="utf-8")
    with gzip.open(folder / "two.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(RECORDS[2]) + "\n")
    pq.write_table(pa.Table.from_pylist([dict(r, id=r["id"] + "p") for r in RECORDS]),
                   folder / "three.parquet")
    (folder / "texts").mkdir()
    (folder / "texts" / "x.txt").write_text(" date 2023-03-22\nThe visit ended today.", encoding="utf-8")
    (folder / "texts" / "y.txt").write_text(" date 2023-03-23\nXi left Moscow yesterday.", encoding="utf-8")
    return folder


def _tables(out: Path) -> dict[str, pa.Table]:
    return {p.name: pq.read_table(p) for p in partitions(out)}


def test_arrow_round_trip_keeps_every_field() -> None:
    article = analyze_article(make_article(RECORDS[0]["text"], id="a", date=dt.date(2023, 3, 20)))
    table = pa.Table.from_pylist([article_row(article)], schema=article_schema())  # as partitions are written
    back = row_article(table.to_pylist()[0])
    assert back == article
    assert isinstance(back.timexes[0].resolution, Resolution) and isinstance(back.timexes[0].rules, tuple)


def test_undated_article_is_dated_from_its_own_text() -> None:
    article = analyze_article(make_article(RECORDS[1]["text"], id="u"))
    assert article.date == dt.date(2025, 5, 8) and article.date_inferred


def test_one_partition_per_shard_and_problems_reported(tmp_path: Path) -> None:
    shards = find_shards([_write_shards(tmp_path / "in")])
    assert [s.path.name for s in shards] == ["one.jsonl", "three.parquet", "two.jsonl.gz", "texts"]
    reports = run(shards, str(tmp_path / "out"))
    assert [r.articles for r in reports] == [2, 3, 1, 2]
    assert len(reports[0].problems) == 1 and "invalid JSON" in reports[0].problems[0]
    articles = {a.id: a for a in read_analysis(tmp_path / "out")}
    assert {"a1", "a2", "a3", "a1p", "texts/x.txt"} <= set(articles)
    assert articles["a2"].date == dt.date(2025, 5, 8)
    assert articles["a3"].lang == "es" and articles["a3"].timexes[0].value == "2023-03-20"
    # A re-run skips finished partitions and still reports their problems.
    again = run(shards, str(tmp_path / "out"))
    assert all(r.done_before for r in again) and again[0].problems == reports[0].problems
    # A changed shard is analysed again.
    (tmp_path / "in" / "two.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Nothing dated."}\n'))
    third = run(shards, str(tmp_path / "out"))
    assert [r.done_before for r in third] == [True, True, False, True]


def test_pool_and_dask_write_what_one_process_writes(tmp_path: Path) -> None:
    """The CI check of the distributed path: a Dask LocalCluster of 2 worker processes and the
    local pool give the same Parquet partitions as one process, on the same shards."""
    pytest.importorskip("distributed")
    import dask
    shards = find_shards([_write_shards(tmp_path / "in")])
    options = Options(hint_range=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    run(shards, str(tmp_path / "single"), options=options)
    run(shards, str(tmp_path / "pool"), options=options, executor=Executor(workers=2))
    # Dask's workers keep their scratch space (and its file locks) under this test's own folder:
    # in the shared /tmp default, test runs of other checkouts on the machine contend for them.
    # Distributed starts each worker from a thread of its own beside its event loop's: a fork
    # there could leave a lock held forever in the worker (a run that hung under load).
    with dask.config.set({"temporary-directory": str(tmp_path / "dask-scratch")}), forks_beside_threads() as forks:
        run(shards, str(tmp_path / "dask"), options=options, executor=Executor(workers=2, dask_local=True))
    assert forks == []
    single = _tables(tmp_path / "single")
    assert len(single) == len(shards)
    for other in ("pool", "dask"):
        tables = _tables(tmp_path / other)
        assert tables.keys() == single.keys()
        for name, table in single.items():
            assert tables[name].equals(table), (other, name)


def _said(result: object) -> str:
    """The command's error output as one line (Rich frames and wraps it)."""
    return " ".join(result.stderr.replace("│", " ").split())  # type: ignore[attr-defined]


def test_cli_analyze_summary_and_errors(tmp_path: Path) -> None:
    source = _write_shards(tmp_path / "in")
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", str(source), "--out", str(tmp_path / "out"), "-w", "1"])
    assert result.exit_code == 1  # the broken JSONL line
    assert "4 shard(s) analysed (8 article(s)" in result.stderr
    assert "one.jsonl:3: invalid JSON" in result.stderr
    result = runner.invoke(app, ["analyze", str(source), "--out", str(tmp_path / "out"), "-w", "1"])
    assert "0 shard(s) analysed" in result.stderr and "4 already done" in result.stderr
    (tmp_path / "file").write_text("x")
    result = runner.invoke(app, ["analyze", str(source), "--out", str(tmp_path / "file")])
    assert result.exit_code == 2 and "is a file, not a folder" in _said(result)
    result = runner.invoke(app, ["analyze", str(source), "--out", str(tmp_path / "o"), "--dask", "yarn"])
    assert result.exit_code == 2 and "only value is 'local'" in _said(result)


def test_ingest_from_analysis_loads_without_re_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline import pipeline, temporal
    from dateline.store import open_store

    source = _write_shards(tmp_path / "in")
    run(find_shards([source]), str(tmp_path / "out"))
    db = str(tmp_path / "corpus.sqlite")

    def no_analysis(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("analysed again")

    monkeypatch.setattr(temporal, "annotate", no_analysis)
    monkeypatch.setattr(pipeline, "annotate", no_analysis)
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", "--from-analysis", str(tmp_path / "out"), "--db", db])
    assert first.exit_code == 0, first.output
    with open_store(db) as store:
        info = store.info()
        assert info.articles == 8
        hits = store.search("Moscú")
        assert hits and hits[0].days == [dt.date(2023, 3, 20)]
    again = runner.invoke(app, ["ingest", "--from-analysis", str(tmp_path / "out"), "--db", db])
    assert again.exit_code == 0 and "4 file(s) skipped whole" in again.output
    with open_store(db) as store:
        assert store.info().articles == 8
    both = runner.invoke(app, ["ingest", str(source), "--from-analysis", str(tmp_path / "out"), "--db", db])
    assert both.exit_code == 2 and "one of the two" in _said(both)


def test_an_article_that_breaks_analysis_is_reported_and_the_shard_finished(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    module = importlib.import_module("dateline.analyze.partitions")  # the package's `partitions` is a function

    real = module.analyze_article

    def flaky(article, hint_range=None):  # type: ignore[no-untyped-def]
        if article.id == "a2":
            raise RuntimeError("boom")
        return real(article, hint_range)

    monkeypatch.setattr(module, "analyze_article", flaky)
    [report] = run(find_shards([_write_shards(tmp_path / "in") / "one.jsonl"]), str(tmp_path / "out"))
    assert report.articles == 1 and any("'a2' could not be analysed (RuntimeError: boom)" in p
                                        for p in report.problems)


def test_ctrl_c_mid_analyze_keeps_the_finished_partitions_and_a_rerun_resumes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    module = importlib.import_module("dateline.analyze.run")  # the package's `run` is a function
    real = module.analyze_shard
    calls = []

    def interrupted(shard, out_dir, options):  # type: ignore[no-untyped-def]
        calls.append(shard)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(shard, out_dir, options)

    monkeypatch.setattr(module, "analyze_shard", interrupted)
    source, out = _write_shards(tmp_path / "in"), tmp_path / "out"
    runner = CliRunner()
    stopped = runner.invoke(app, ["analyze", str(source), "--out", str(out), "-w", "1"])
    assert stopped.exit_code == 130
    assert "interrupted with 1 of 4 shard(s) finished" in _said(stopped) and "run the same command again" in _said(stopped)
    assert len(partitions(out)) == 1 and not list(out.glob(".*.tmp"))
    monkeypatch.setattr(module, "analyze_shard", real)
    resumed = runner.invoke(app, ["analyze", str(source), "--out", str(out), "-w", "1"])
    assert "3 shard(s) analysed" in resumed.stderr and "1 already done" in resumed.stderr


def test_ctrl_c_counts_the_shards_the_workers_finished_while_stopping(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Ctrl-C the pool finishes the shards under way before it stops: the message counted
    only those reported before the interruption ("after 0 of 4" with 2 partitions written)."""
    import dateline.analyze as package
    from dateline.analyze.partitions import analyze_shard

    def stopping(shards, out_dir, *, options, executor, progress):  # type: ignore[no-untyped-def]
        for shard in shards[:2]:  # finished while shutting down: no progress reported
            analyze_shard(shard, out_dir, options)
        raise KeyboardInterrupt

    monkeypatch.setattr(package, "run", stopping)
    source, out = _write_shards(tmp_path / "in"), tmp_path / "out"
    stopped = CliRunner().invoke(app, ["analyze", str(source), "--out", str(out), "-w", "2"])
    assert stopped.exit_code == 130 and len(partitions(out)) == 2
    assert "interrupted with 2 of 4 shard(s) finished" in _said(stopped)


def test_a_scheduler_address_that_cannot_be_parsed_is_one_line(tmp_path: Path) -> None:
    source = _write_shards(tmp_path / "in")
    result = CliRunner().invoke(app, ["analyze", str(source), "--out", str(tmp_path / "out"),
                                      "--scheduler", "notanaddress"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "'notanaddress': missing port number" in _said(result) and "tcp://HOST:PORT" in _said(result)
    assert not partitions(tmp_path / "out")


def test_a_corrupt_partition_is_one_line_and_the_others_are_stored(tmp_path: Path) -> None:
    from dateline.store import open_store

    run(find_shards([_write_shards(tmp_path / "in")]), str(tmp_path / "out"))
    (tmp_path / "out" / "0-broken.parquet").write_text("not Parquet", encoding="utf-8")  # read first
    db = str(tmp_path / "corpus.sqlite")
    result = CliRunner().invoke(app, ["ingest", "--from-analysis", str(tmp_path / "out"), "--db", db])
    assert result.exit_code == 1 and not isinstance(result.exception, Exception)  # no traceback
    assert "0-broken.parquet: not a readable Parquet partition" in _said(result)
    with open_store(db) as store:
        assert store.info().articles == 8
    with pytest.raises(IngestError, match="0-broken.parquet"):  # the API's default: raise
        list(read_analysis(tmp_path / "out"))
