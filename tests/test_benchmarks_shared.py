"""Quality and speed bars on the shared TempEval-3 training data (TBAQ-cleaned)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.benchmark import timex as timex_bench


@pytest.mark.shared_data
def test_tbaq_scores_and_speed(shared_data: Path) -> None:
    result = timex_bench.run(shared_data / "tempeval3" / "TBAQ-cleaned", "en", repeats=1)
    scores = result.counts.scores()
    assert result.documents == 256
    # Measured 0.883 / 0.943 / 0.807 (HeidelTime on the same data: 0.841 / 0.921 / 0.775).
    assert scores["strict_f1"] >= 0.875
    assert scores["relaxed_f1"] >= 0.94
    assert scores["value_f1"] >= 0.80
    # Every value miss is listed; gold's own inconsistencies are told apart from plain errors.
    misses = result.misses
    assert len(misses) == result.counts.relaxed - result.counts.value
    assert 0 < sum(m.gold_elsewhere for m in misses) < len(misses)
    assert all(m.gold.value != m.system.value and m.document.endswith(".tml") for m in misses)
    # ... and counted by how each value was resolved.
    assert sum(matched for matched, _ in result.resolutions.values()) == result.counts.relaxed
    assert sum(right for _, right in result.resolutions.values()) == result.counts.value
    # Measured ~320 documents/s on one core; CI machines may be busier.
    assert result.docs_per_second >= 100


@pytest.mark.shared_data
def test_spanish_timebank_heldback_scores(shared_data: Path) -> None:
    gold = shared_data / "spanish-timebank" / "train" / "gold"
    heldback = timex_bench.read_split(timex_bench.DEFAULT_SPLIT)
    result = timex_bench.run(gold, "es", repeats=1, part="heldback", heldback=heldback)
    scores = result.counts.scores()
    assert result.documents == 55
    # Measured on the held-back part (never looked at): 0.837 / 0.926 / 0.846 (before issue 10's
    # work: 0.606 / 0.859 / 0.785).
    assert scores["strict_f1"] >= 0.82
    assert scores["relaxed_f1"] >= 0.91
    assert scores["value_f1"] >= 0.83
