"""Entity timelines from SemEval-2015 Task 4 data: the reference builder and the benchmark."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.benchmark import entity_tls, tls
from dateline.cli import app

KEYWORDS = Path(__file__).resolve().parents[1] / "benchmarks" / "keywords" / "semeval2015-trial.json"

DOC_1 = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>101</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-06-08">2010-06-08</TIMEX3></DCT>
<EXTRAINFO>Velna unveils the Orbit phone</EXTRAINFO>
<TEXT><s id="1">June 8 , 2010</s><s id="2">Velna <EVENT eid="e1">unveiled</EVENT> the Orbit phone on Monday , June 7 , 2010 .</s><s id="3">The Orbit <EVENT eid="e2">has</EVENT> a " glass " back ( and a steel frame ) .</s><s id="4">Orders <EVENT eid="e3">begin</EVENT> on June 15 .</s></TEXT></TimeML>
"""
DOC_2 = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>102</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-06-16">2010-06-16</TIMEX3></DCT>
<EXTRAINFO>Orbit orders swamp Velna</EXTRAINFO>
<TEXT><s id="1">June 16 , 2010</s><s id="2">Orders for the Orbit <EVENT eid="e1">began</EVENT> Tuesday , June 15 , and Velna 's shops were swamped .</s><s id="3">The Orbit was unveiled on June 7 .</s></TEXT></TimeML>
"""
GOLD = """Orbit
0\tXXXX-XX-XX\t101-3-has
1\t2010-06\t101-2-unveiled
2\t2010-06-07\t101-2-unveiled
3\t2010-06-15\t101-4-begin\t102-2-began
4\t2010-06-20\t999-2-missing
"""


def _trial(root: Path) -> Path:
    (root / "corpus_TimeML").mkdir(parents=True)
    (root / "timelines_gold").mkdir()
    (root / "corpus_TimeML" / "101-Velna_unveils.tml").write_text(DOC_1, encoding="utf-8")
    (root / "corpus_TimeML" / "102-Orbit_orders.tml").write_text(DOC_2, encoding="utf-8")
    (root / "timelines_gold" / "orbit.txt").write_text(GOLD, encoding="utf-8")
    return root


def test_detokenize_gives_running_text() -> None:
    assert entity_tls.detokenize('Velna \'s " glass " back ( and $ 99 ) , we \' re told .') == \
        'Velna\'s "glass" back (and $99), we\'re told.'


def test_reference_holds_the_sentences_of_events_dated_to_a_day(tmp_path: Path) -> None:
    trial = _trial(tmp_path)
    documents = entity_tls.read_documents(trial)
    assert documents["101"].date == dt.date(2010, 6, 8)
    assert documents["101"].title == "Velna unveils the Orbit phone"
    [reference] = entity_tls.entity_references(trial, documents)
    assert reference.entity == "Orbit"
    assert reference.events == 5 and reference.undated_events == 2
    assert reference.timeline == {
        dt.date(2010, 6, 7): ["Velna unveiled the Orbit phone on Monday, June 7, 2010."],
        dt.date(2010, 6, 15): ["Orders begin on June 15.",
                               "Orders for the Orbit began Tuesday, June 15, and Velna's shops were swamped."],
    }


def test_benchmark_scores_every_method_on_each_entity(tmp_path: Path) -> None:
    trial = _trial(tmp_path)
    [run] = entity_tls.run(trial, methods=["dateline", "namecount"])
    assert run.topic == "Orbit" and run.articles == 2 and run.reference_dates == 2
    assert run.prepare_cpu > 0  # reading and tagging are timed in CPU seconds too, as for `tls`
    assert run.methods["dateline"].timeline.query == ["Orbit"]
    dateline = run.methods["dateline"].scores["rouge"]
    assert dateline.date_f1 == 1.0
    # The baseline dates by publication (June 8 and 16), never on the reference's days.
    assert run.methods["namecount"].scores["rouge"].date_f1 < dateline.date_f1
    result = CliRunner().invoke(app, ["benchmark", "entity-tls", str(trial), "-m", "namecount"])
    assert result.exit_code == 0, result.output
    assert "namecount" in result.output and "Orbit" in result.output


@pytest.mark.shared_data
def test_trial_entity_timelines(shared_data: Path) -> None:
    trial = shared_data / "semeval2015-timeline" / "trial"
    references = entity_tls.entity_references(trial)
    assert len(references) == 6
    keywords = json.loads(KEYWORDS.read_text(encoding="utf-8"))
    assert set(keywords) == {r.entity for r in references}
    results = entity_tls.run(trial, methods=["dateline", "namecount"], keywords=keywords, loto=True)
    assert all(r.methods["dateline"].timeline.entries for r in results)
    # Each entity scored with the ranker fitted on the other five (measured 0.325 / 0.610
    # against the baseline's 0.337 / 0.559; 0.383 / 0.694 with ML-Crisis es in the pool).
    held_out = tls.means(results, tls.LOTO, "rouge")
    baseline = tls.means(results, "namecount", "rouge")
    assert held_out.date_f1 > baseline.date_f1


def test_an_article_whose_creation_time_is_no_day_is_left_out(tmp_path: Path) -> None:
    # The dates are read by ingest's one ISO reader: a timestamp gives its day, an impossible
    # day (Feb 30) leaves the article out rather than stopping the benchmark with a traceback.
    trial = _trial(tmp_path)
    corpus = trial / "corpus_TimeML"
    corpus.joinpath("103-bad.tml").write_text(
        DOC_2.replace("102", "103").replace('value="2010-06-16"', 'value="2010-02-30"'), encoding="utf-8")
    corpus.joinpath("104-stamp.tml").write_text(
        DOC_2.replace("102", "104").replace('value="2010-06-16"', 'value="2010-06-16T09:30:00"'),
        encoding="utf-8")
    documents = entity_tls.read_documents(trial)
    assert "103" not in documents
    assert documents["104"].date == dt.date(2010, 6, 16)
