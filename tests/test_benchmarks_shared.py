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
    # Measured ~320 documents/s on one core; CI machines may be busier.
    assert result.docs_per_second >= 100
