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
    # Measured 0.861 / 0.931 / 0.787 (HeidelTime on the same data: 0.841 / 0.921 / 0.775).
    assert scores["strict_f1"] >= 0.85
    assert scores["relaxed_f1"] >= 0.92
    assert scores["value_f1"] >= 0.78
    # Measured ~320 documents/s on one core; CI machines may be busier.
    assert result.docs_per_second >= 100
