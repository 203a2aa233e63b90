"""The embedded SQLite store: processed articles survive a run and are reused only when valid."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.ingest import make_article
from dateline.model import Article
from dateline.pipeline import process
from dateline.store import ArticleStore, default_path
from dateline.temporal import annotate


def _article() -> Article:
    return annotate(make_article("Talks began on Monday. They end on March 22.", id="a.txt",
                                 date=dt.date(2023, 3, 20), lang="en", path="a.txt"))


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    article = _article()
    with ArticleStore(tmp_path / "store.sqlite") as store:
        key = store.key(source, "lang=en")
        assert key is not None and store.get(key) is None
        store.put(key, [article])
    with ArticleStore(tmp_path / "store.sqlite") as store:
        assert store.get(key) == [article]


def test_a_changed_file_or_option_is_processed_again(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    with ArticleStore(tmp_path / "store.sqlite") as store:
        key = store.key(source, "lang=en")
        assert key is not None
        store.put(key, [_article()])
        assert store.key(source, "lang=es") != key
        source.write_text("longer text", encoding="utf-8")
        os.utime(source, ns=(1, 1))
        assert store.key(source, "lang=en") != key
        assert store.key(tmp_path / "missing.txt", "lang=en") is None


def test_default_path_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_STORE", str(tmp_path / "s.sqlite"))
    assert default_path() == tmp_path / "s.sqlite"


def _collection(root: Path) -> Path:
    for day in ("2024-04-01", "2024-04-02", "2024-04-03"):
        folder = root / "news" / day
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"The river rose again on {day[5:]}. Talks resume on Friday.",
                                      encoding="utf-8")
    (root / "news" / "undated.txt").write_text("Today (Thursday, May 8) the parade was held.",
                                               encoding="utf-8")
    return root / "news"


def test_an_interrupted_run_resumes_from_the_store(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    news = _collection(tmp_path)
    store = ArticleStore(tmp_path / "store.sqlite")
    fresh = list(process([news], lang="en"))
    stream = process([news], lang="en", store=store)
    next(stream), next(stream)  # interrupted after two files
    stream.close()

    calls: list[str] = []
    real = pipeline.annotate

    def counting(article: Article) -> Article:
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(pipeline, "annotate", counting)
    resumed = list(process([news], lang="en", store=store))
    assert resumed == fresh
    assert calls == ["2024-04-03/a.txt"]  # only the file not yet processed
    calls.clear()
    assert list(process([news], lang="en", store=store)) == fresh
    assert calls == []  # the undated file is not stored: its date depends on the collection
    store.close()


def test_the_store_imports_no_stage_after_it(tmp_path: Path) -> None:
    """The store keeps and reads; saved timelines are computed after the timeline stage
    (`dateline.saved`). Searching, selecting a timeline's texts and reading a saved timeline's
    tables import nothing of the stages that use the store, so another backend replaces it
    alone (it once imported the timeline stage for the query syntax and the saved timelines)."""
    import subprocess
    import sys

    code = ("import sys; from dateline.store import open_store; s = open_store(sys.argv[1]); "
            "s.search('talks'); s.collection(['talks']); s.collection(['talks'], among=[1]); "
            "s.timeline_tables(1).state(); s.articles([1]); "
            "print(' '.join(sorted({m.split('.')[1] for m in sys.modules if m.startswith('dateline.')})))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "c.sqlite")], capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["ingest", "model", "store", "version"]  # version: no stage, its number
