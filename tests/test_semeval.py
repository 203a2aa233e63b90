"""SemEval-2015 Task 4: the timeline metric on hand-made timelines, readers, the command."""

from __future__ import annotations

import copy

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.benchmark.semeval import TaskError, read_cat, read_documents, read_timeml, run
from dateline.evaluate.semeval import (Line, TaskTimeline, awareness, file_name, read_folder,
                                       read_task_timeline, relations, score)

GOLD = TaskTimeline("Steve Jobs", [
    Line(0, "XXXX-XX-XX", ("9-4-said",)),
    Line(1, "1955-02-24", ("9-5-born",)),
    Line(2, "1976", ("9-6-started", "8-2-founded")),
    Line(3, "1985", ("9-7-fired",)),
    Line(4, "2011-10-05", ("9-2-died", "8-1-death")),
])


def f1(system: TaskTimeline | None) -> float:
    return awareness(system, GOLD).f1


def test_gold_against_itself_is_perfect() -> None:
    assert f1(copy.deepcopy(GOLD)) == 1.0


def test_nothing_scores_zero_and_a_missing_event_costs_recall_only() -> None:
    assert f1(None) == 0.0 and f1(TaskTimeline("Steve Jobs")) == 0.0
    fewer = copy.deepcopy(GOLD)
    del fewer.lines[3]
    counts = awareness(fewer, GOLD)
    assert counts.precision == 1.0 and 0 < counts.recall < 1


def test_wrong_order_and_wrong_date_cost_precision() -> None:
    swapped = copy.deepcopy(GOLD)
    swapped.lines[1].rank, swapped.lines[3].rank = 3, 1
    assert awareness(swapped, GOLD).precision < 1
    misdated = copy.deepcopy(GOLD)
    misdated.lines[4] = Line(4, "2011-10-06", misdated.lines[4].mentions)
    counts = awareness(misdated, GOLD)
    assert counts.precision < 1 and f1(misdated) > f1(swapped) > 0


def test_coreferent_mentions_split_over_two_lines_lose_little() -> None:
    split = copy.deepcopy(GOLD)
    split.lines[4:] = [Line(4, "2011-10-05", ("9-2-died",)), Line(4, "2011-10-05", ("8-1-death",))]
    assert f1(split) == 1.0  # same rank and date: still simultaneous
    apart = copy.deepcopy(GOLD)
    apart.lines[4:] = [Line(4, "2011-10-05", ("9-2-died",)), Line(5, "2011-10-06", ("8-1-death",))]
    assert 0.5 < f1(apart) < 1.0


def test_relations_of_a_timeline() -> None:
    rels = set(relations(GOLD))
    assert ("9-6-started", "SIMULTANEOUS", "8-2-founded") in rels
    assert ("9-6-started", "SIMULTANEOUS", "TIMEX:1976") in rels
    assert ("9-5-born", "BEFORE", "9-6-started") in rels
    assert ("9-4-said", "BEFORE", "9-5-born") in rels
    assert ("9-4-said", "BEFORE", "9-5-born") not in set(relations(GOLD, undated="skip"))


def test_micro_average_over_entities() -> None:
    other = TaskTimeline("iPod", [Line(1, "2006", ("1-1-sold",)), Line(2, "2007", ("1-2-sold",))])
    total, per = score({"steve_jobs.txt": GOLD}, {"steve_jobs.txt": GOLD, "ipod.txt": other})
    assert per["steve_jobs.txt"].f1 == 1.0 and per["ipod.txt"].f1 == 0.0
    assert total.precision == 1.0 and total.recall == per["steve_jobs.txt"].reference / total.reference


def test_files_round_trip_and_errors(tmp_path) -> None:
    path = tmp_path / file_name("Steve Jobs")
    path.write_text(GOLD.text(), encoding="utf-8")
    assert path.name == "steve_jobs.txt" and read_task_timeline(path) == GOLD
    assert read_folder(tmp_path) == {"steve_jobs.txt": GOLD}
    (tmp_path / "bad.txt").write_text("X\n1 2005\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt, line 2"):
        read_task_timeline(tmp_path / "bad.txt")


CAT = """<?xml version="1.0" ?><Document doc_id="77" doc_name="77-x">
<token number="0" sentence="0" t_id="1">Acme</token><token number="1" sentence="0" t_id="2">news</token>
<token number="2" sentence="1" t_id="3">May</token><token number="3" sentence="1" t_id="4">2</token>
<token number="4" sentence="1" t_id="5">,</token><token number="5" sentence="1" t_id="6">2010</token>
<token number="6" sentence="2" t_id="7">Acme</token><token number="7" sentence="2" t_id="8">Corp</token>
<token number="8" sentence="2" t_id="9">launched</token><token number="9" sentence="2" t_id="10">the</token>
<token number="10" sentence="2" t_id="11">Zap</token><token number="11" sentence="2" t_id="12">3</token>
<token number="12" sentence="2" t_id="13">on</token><token number="13" sentence="2" t_id="14">April</token>
<token number="14" sentence="2" t_id="15">26</token><token number="15" sentence="2" t_id="16">.</token>
<Markables><EVENT_MENTION m_id="1"><token_anchor t_id="9"/></EVENT_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="2" type="DATE" value="2010-05-02"><token_anchor t_id="3"/></TIMEX3>
</Markables></Document>"""
TIMEML = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>77</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-05-02">2010-05-02</TIMEX3></DCT>
<EXTRAINFO>Acme news</EXTRAINFO>
<TEXT><s id="1">May 2 , 2010</s><s id="2">Acme Corp <EVENT eid="e1">launched</EVENT> the Zap 3 on April 26 .</s></TEXT></TimeML>"""


def test_cat_and_timeml_give_the_same_timeline(tmp_path) -> None:
    (tmp_path / "cat").mkdir()
    (tmp_path / "tml").mkdir()
    (tmp_path / "cat" / "77-x.xml").write_text(CAT, encoding="utf-8")
    (tmp_path / "tml" / "77-x.tml").write_text(TIMEML, encoding="utf-8")
    cat, tml = read_cat(tmp_path / "cat" / "77-x.xml"), read_timeml(tmp_path / "tml" / "77-x.tml")
    assert cat.sentences == tml.sentences and cat.dct == tml.dct and cat.id == "77"
    a = run(tmp_path / "cat", ["Zap 3", "Acme"])
    b = run(tmp_path / "tml", ["Zap 3", "Acme"])
    assert a == b
    assert a[0].lines == [Line(1, "2010-04-26", ("77-2-launched",))]
    with pytest.raises(TaskError, match="no CAT"):
        read_documents(tmp_path)
    (tmp_path / "cat" / "78-y.xml").write_bytes(b"<Document doc_id=\"78\">\xff")
    with pytest.raises(TaskError, match="78-y.xml: not valid UTF-8"):
        read_documents(tmp_path / "cat")


def test_title_events_are_left_out_and_a_particle_joins_its_verb(tmp_path) -> None:
    """The task annotates the body only; "took ... off" is written "took_off", as it does."""
    doc = TIMEML.replace("Acme news", "Acme launches Zap 3").replace(
        "launched</EVENT> the Zap 3 on April 26", "took</EVENT> the Zap 3 off the market on April 26")
    (tmp_path / "77-x.tml").write_text(doc, encoding="utf-8")
    [timeline] = run(tmp_path, ["Zap 3"])
    assert timeline.lines == [Line(1, "2010-04-26", ("77-2-took_off",))]


def test_command_writes_and_scores(tmp_path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "77-x.xml").write_text(CAT, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "zap_3.txt").write_text("Zap 3\n1\t2010-04-26\t77-2-launched\n", encoding="utf-8")
    (tmp_path / "targets.txt").write_text("Zap 3\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["semeval2015", str(docs), "--entities",
                                      str(tmp_path / "targets.txt"), "-o", str(out),
                                      "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert (out / "zap_3.txt").read_text(encoding="utf-8").startswith("Zap 3\n1\t2010-04-26\t")
    assert "100.00" in result.stdout
    bad = CliRunner().invoke(app, ["semeval2015", str(tmp_path), "--entities",
                                   str(tmp_path / "targets.txt"), "-o", str(out)])
    assert bad.exit_code == 2 and "no CAT" in bad.output


@pytest.mark.shared_data
def test_trial_data_beats_the_baseline(shared_data) -> None:
    trial = shared_data / "semeval2015-timeline" / "trial"
    gold = read_folder(trial / "timelines_gold")
    targets = [t.entity for t in gold.values()]
    ours = score({file_name(t.entity): t for t in run(trial / "corpus_CAT", targets)}, gold)[0]
    base = score({file_name(t.entity): t for t in run(trial / "corpus_CAT", targets, baseline=True)}, gold)[0]
    assert ours.f1 > base.f1
