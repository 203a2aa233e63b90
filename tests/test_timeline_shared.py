"""Timeline bars on the shared data: the seeds, and ML-Crisis es against news-tls's DATEWISE."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.benchmark import tls
from dateline.cli import app

# news-tls's DATEWISE on ML-Crisis es with HeidelTime and the tilse evaluator (issue 4).
DATEWISE_AR1_F = 0.111
DATEWISE_DATE_F1 = 0.391
KEYWORDS = Path(__file__).resolve().parents[1] / "benchmarks" / "keywords" / "ml-crisis-es.json"


@pytest.mark.shared_data
def test_seeds_give_two_entries_each_citing_its_article(shared_data: Path) -> None:
    seeds = shared_data.parent / "seeds"
    result = CliRunner().invoke(app, ["timeline", str(seeds), "--format", "json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["entries"]
    assert [e["date"][:7] for e in entries] == ["2023-03", "2025-05"]
    assert entries[0]["date"] in ("2023-03-20", "2023-03-21", "2023-03-22")
    assert entries[1]["date"] == "2025-05-08"
    first, second = (e["sentences"][0]["source"] for e in entries)
    assert first["path"].endswith(".txt") and first["date_inferred"] is False
    assert second["published"] == "2025-05-08" and second["date_inferred"] is True


@pytest.mark.shared_data
def test_ml_crisis_es_beats_datewise(shared_data: Path) -> None:
    keywords = {t: list(v) for t, v in json.loads(KEYWORDS.read_text()).items()}
    began = time.perf_counter()
    results = tls.run(shared_data / "ml-crisis" / "es", lang="es", methods=["dateline"],
                      keywords=keywords)
    seconds = time.perf_counter() - began
    mean = tls.means(results, "dateline", "rouge")
    assert mean.ar1_f > DATEWISE_AR1_F
    assert mean.date_f1 > DATEWISE_DATE_F1
    biggest = max(results, key=lambda r: r.articles)
    assert biggest.articles >= 300
    assert biggest.prepare_seconds + biggest.methods["dateline"].seconds < 10
    assert seconds < 60
