"""Dating an undated article within its collection, as the pipeline does, and the benchmark
mode that measures it (`dateline benchmark dating --collection`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from dateline.benchmark import dating as dating_bench
from dateline.temporal.calibration import shipped_answer
from dateline.cli import app

STORY = ("Rescue teams reached the northern valley after three days of rain cut the only road, "
         "officials said. The regional governor said the army would open a temporary bridge "
         "within days, and that food and medicine would be flown in to the villages cut off. "
         "Hundreds of families spent the night in schools and churches on higher ground.")


def _collection(root: Path) -> Path:
    """One topic in the ML-Crisis layout: stamped stories of March 2013, a wire story whose
    dateline has no year (only its lead's weekday and the collection can place it), and two
    copies of one story without a date in their text."""
    pages = {
        ("2013-03-01", "a"): "Publié le 1 mars 2013\nLes secours ont atteint la vallée le 28 février 2013.",
        ("2013-03-04", "a"): "Posted March 4, 2013\nThe road reopened on March 3, 2013, officials said.",
        ("2013-03-05", "a"): "ROME, March 5 (Reuters) - Unions called off the strike on Tuesday after talks "
                             "with the ministry. Trains will run normally.",
        ("2013-03-08", "a"): "Publicado el 8 de marzo de 2013\nLas lluvias cesaron el 7 de marzo de 2013.",
        ("2013-03-11", "a"): STORY,
        ("2013-03-11", "b"): "Share this article\n" + STORY,
    }
    for (day, name), text in pages.items():
        folder = root / "floods" / day
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(text)
    return root


def _by_truth(docs: list[dating_bench.Doc], found: list) -> dict[tuple[dt.date, str], dt.date | None]:
    return {(d.truth, d.article.id.rsplit("/", 1)[-1]): g.date for d, g in zip(docs, found)}


def _alone_and_within(root: Path) -> tuple[dict, dict]:
    """Each document's text-only answer, and its answer with its date hidden alone (its own
    fold) in the collection."""
    docs = dating_bench.load(_collection(root), None, ("floods",))
    own = dating_bench.date_all(docs)
    found = dating_bench.in_collections(docs, list(range(len(docs))))
    alone = {key: g.date if g.confidence >= shipped_answer() else None
             for key, g in zip(_by_truth(docs, own), own)}
    return alone, _by_truth(docs, found)


def test_collection_mode_dates_hidden_near_duplicates_by_each_other(tmp_path: Path) -> None:
    alone, within = _alone_and_within(tmp_path / "data")
    copies = [k for k in within if k[0] == dt.date(2013, 3, 11)]
    assert all(alone[k] is None for k in copies)
    assert all(within[k] == dt.date(2013, 3, 11) for k in copies)  # each the other's near-duplicate


def test_collection_mode_hides_a_fold_at_a_time(tmp_path: Path) -> None:
    docs = dating_bench.load(_collection(tmp_path / "data"), None, ("floods",))
    # every document in one fold: no dated article is left, so no span and no twin
    found = dating_bench.in_collections(docs, [0] * len(docs))
    assert all(g.date is None for d, g in zip(docs, found) if d.truth in (dt.date(2013, 3, 5), dt.date(2013, 3, 11)))
    assert dating_bench.folds(docs) == dating_bench.folds(docs)  # a fixed seed
    assert set(dating_bench.folds(docs * 10)) == set(range(dating_bench.FOLDS))


def test_benchmark_dating_collection_prints_its_rows(tmp_path: Path) -> None:
    data = _collection(tmp_path / "data")
    out = CliRunner().invoke(app, ["benchmark", "dating", str(data), "--repeats", "1", "--dev", "floods",
                                   "--collection"], terminal_width=240).output
    rows = [line for line in out.splitlines() if "collection" in line and "Dateline answers" in line]
    assert rows and all("best guesses" not in line for line in rows), out
