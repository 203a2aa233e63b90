"""Timeline bars on the shared data: the seeds, and ML-Crisis es against news-tls's DATEWISE."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.benchmark import entity_tls, tls
from dateline.cli import app

# news-tls's DATEWISE on ML-Crisis es with HeidelTime and the tilse evaluator (issue 4).
DATEWISE_AR1_F = 0.111
DATEWISE_DATE_F1 = 0.391
KEYWORDS = Path(__file__).resolve().parents[1] / "benchmarks" / "keywords" / "ml-crisis-es.json"
ENTITY_KEYWORDS = KEYWORDS.with_name("semeval2015-trial.json")
# CPU seconds of this process (`time.process_time`) for the biggest topic read, tagged and
# summarized, and for the whole leave-one-topic-out run: about twice what session 21 measured
# (syria 3.9 + 1.3 s, the run 25 s, at load 3.5), so a change that doubles the cost fails.
SYRIA_CPU_LIMIT_S = 10
RUN_CPU_LIMIT_S = 60


@pytest.mark.shared_data
def test_seeds_land_on_one_timeline_each_citing_its_article(shared_data: Path) -> None:
    # With no size asked, a collection this small shows every day it tells of (session 24;
    # until then only the days two independent signals back): each seed's own day among them.
    seeds = shared_data.parent / "seeds"
    result = CliRunner().invoke(app, ["timeline", str(seeds), "--format", "json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["entries"]
    by_day = {e["date"]: e for e in entries}
    assert {"2023-03-20", "2025-05-07", "2025-05-08"} <= set(by_day)
    assert all(e["date"] < "2023-04" or e["date"] > "2025-05" for e in entries)
    first, second = (by_day[day]["sentences"][0]["source"] for day in ("2023-03-20", "2025-05-08"))
    assert first["path"].endswith(".txt") and first["date_inferred"] is False
    assert second["published"] == "2025-05-08" and second["date_inferred"] is True


@pytest.mark.shared_data
def test_ml_crisis_es_beats_datewise_leave_one_topic_out(shared_data: Path) -> None:
    keywords = {t: list(v) for t, v in json.loads(KEYWORDS.read_text()).items()}
    entities = entity_tls.load_topics(shared_data / "semeval2015-timeline" / "trial",
                                      keywords=json.loads(ENTITY_KEYWORDS.read_text()))
    began = time.process_time()
    loaded = list(tls.load_topics(shared_data / "ml-crisis" / "es", lang="es", keywords=keywords))
    results = tls.run_topics(loaded, methods=["dateline", "datewise"], loto=True, pool=entities)
    cpu = time.process_time() - began
    held_out = tls.means(results, tls.LOTO, "rouge")
    # Measured 0.242 / 0.475 (session 15): AR1-F 2.2x DATEWISE, Date-F1 1.21x.
    assert held_out.ar1_f >= 1.2 * DATEWISE_AR1_F
    assert held_out.date_f1 > DATEWISE_DATE_F1
    # The lead must not rest on one topic (libya's chronology, session 13): without the topic
    # it rests on most, 0.123 vs 0.086 AR1-F (1.43x our DATEWISE), Date-F1 0.346 vs 0.278.
    without = tls.leads(results, tls.LOTO, "datewise", "rouge")[-1]
    assert without.label.startswith("mean without")
    assert without.ratio("ar1") >= 1.2 and without.ratio("date") > 1.0
    biggest = max(results, key=lambda r: r.articles)
    assert biggest.articles >= 300
    # Speed as this process's CPU time (reading, tagging and the timeline all run in it), which
    # other jobs on a shared machine barely change where wall-clock limits tripped under load
    # (syria 15.3 s wall at load 6.5, session 20). The bar is < 5 s wall from raw text on a
    # quiet machine (`dateline timeline`, measured by the lead).
    assert 0 < biggest.prepare_cpu and 0 < biggest.methods["dateline"].cpu  # measured at all
    assert biggest.prepare_cpu + biggest.methods["dateline"].cpu < SYRIA_CPU_LIMIT_S
    assert cpu < RUN_CPU_LIMIT_S
    # Each half of every topic (`benchmark tls --sample 0.5`, with and without `--rest`): the
    # lead must hold on collections half the size, where the held-out ones may fall. Measured
    # (session 15) AR1-F 1.16x / 1.65x our DATEWISE, Date-F1 1.19x / 1.20x.
    for rest in (False, True):
        halves = [replace(t, articles=tls.sampled(t.articles, 0.5, rest=rest)) for t in loaded]
        half = tls.run_topics(halves, methods=["datewise"], loto=True, pool=entities)
        mean = next(lead for lead in tls.leads(half, tls.LOTO, "datewise", "rouge") if lead.label == "mean")
        assert mean.ratio("ar1") > 1.0 and mean.ratio("date") > 1.0, ("rest" if rest else "sample", mean)
