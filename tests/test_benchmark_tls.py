"""`dateline benchmark tls`: `--sample` keeps the same smaller collection on every run; the
per-topic lead table says where a mean lead comes from; `--oracle` splits Dateline's loss
between its dates and its summaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.benchmark.tls import REF_DATES, REF_SENTENCES, WEEKDAY_DAYS, Coverage, MethodRun, TopicRun, leads, load_topics, run_topics, sampled, training_rows, weekday_dated
from dateline.cli import app
from dateline.evaluate import TLSScores, write_timeline
from dateline.evaluate.tls import PRF
from dateline.model import Article, Timeline
from dateline.timeline import prepare


def _articles(n: int) -> list[Article]:
    return [Article(id=f"topic/2011-02-{1 + i % 28:02d}/{i}.txt", text="") for i in range(n)]


def test_a_sample_keeps_about_its_share_and_the_same_articles_each_time() -> None:
    articles = _articles(400)
    half = sampled(articles, 0.5)
    assert 160 < len(half) < 240
    assert [a.id for a in sampled(list(reversed(articles)), 0.5)] == [a.id for a in reversed(half)]
    assert sampled(articles, 1.0) == articles


def test_a_smaller_sample_is_part_of_a_larger_one() -> None:
    articles = _articles(400)
    quarter = {a.id for a in sampled(articles, 0.25)}
    assert quarter and quarter < {a.id for a in sampled(articles, 0.5)}


def test_the_rest_of_a_sample_is_its_complement() -> None:
    """`--sample 0.5` and `--sample 0.5 --rest` are two halves sharing no article."""
    articles = _articles(400)
    half, rest = sampled(articles, 0.5), sampled(articles, 0.5, rest=True)
    assert {a.id for a in half}.isdisjoint(a.id for a in rest) and len(half) + len(rest) == 400
    assert sampled(articles, 1.0, rest=True) == []


@pytest.mark.parametrize("share", [0.0, -0.5, 1.5])
def test_a_share_outside_zero_to_one_is_refused(share: float) -> None:
    with pytest.raises(ValueError, match="share"):
        sampled(_articles(3), share)


def test_the_command_refuses_a_bad_sample(tmp_path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    (tmp_path / "reference").mkdir()
    result = CliRunner().invoke(app, ["benchmark", "tls", str(tmp_path), "--sample", "2"])
    assert result.exit_code != 0 and "--sample" in result.output
    result = CliRunner().invoke(app, ["benchmark", "tls", str(tmp_path), "--rest"])
    assert result.exit_code != 0 and "--rest" in result.output


def _scores(f1: float) -> TLSScores:
    return TLSScores(**{f.name: PRF.of(f1, f1) for f in fields(TLSScores)})


def _run(topic: str, ours: float, theirs: float) -> TopicRun:
    run = TopicRun(topic, 10, 5, 1, 0.0)
    for method, f1 in (("ours", ours), ("base", theirs)):
        run.methods[method] = MethodRun(Timeline(entries=[]), {"rouge": _scores(f1)}, 0.0)
    return run


def test_the_lead_table_names_the_topic_a_mean_lead_rests_on() -> None:
    results = [_run("a", 0.2, 0.1), _run("b", 0.1, 0.1), _run("c", 0.9, 0.1)]
    rows = leads(results, "ours", "base", "rouge")
    assert [r.label for r in rows] == ["a", "b", "c", "mean", "mean without c"]
    assert rows[0].ratio("ar1") == pytest.approx(2.0)
    assert rows[3].ratio("date") == pytest.approx(4.0)
    assert rows[4].ratio("ar1") == pytest.approx(1.5)


def test_a_lead_over_a_baseline_scoring_nothing_is_infinite() -> None:
    rows = leads([_run("a", 0.2, 0.0), _run("b", 0.0, 0.0)], "ours", "base", "rouge")
    assert rows[0].ratio("ar1") == float("inf") and rows[1].ratio("ar1") == 1.0
    assert [r.label for r in rows] == ["a", "b", "mean"]


FIRE = {"2024-06-11/a.txt": "The forest fire started on June 10, 2024 near Orsk. It spread fast.\n"
                            "Smoke covered the whole valley of Orsk for hours.",
        "2024-06-12/b.txt": "Schools in Orsk stayed closed on June 11 as smoke hung over the valley.\n"
                            "Elsewhere, a bridge in Tomsk reopened on June 15, 2024.",
        "2024-06-13/c.txt": "Firefighters stopped the Orsk fire on June 12. The fire began on June 10 near Orsk."}
FIRE_REFERENCE = {dt.date(2024, 6, 10): ["The fire starts near Orsk ."],
                  dt.date(2024, 6, 12): ["Firefighters stop it ."],
                  dt.date(2024, 6, 15): ["A bridge reopens in Tomsk ."],
                  dt.date(2024, 6, 20): ["An inquiry opens ."]}


def _fire(root: Path) -> Path:
    for name, text in FIRE.items():
        (root / "fire" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "fire" / name).write_text(text, encoding="utf-8")
    (root / "reference").mkdir()
    (root / "reference" / "fire.txt").write_text(write_timeline(FIRE_REFERENCE), encoding="utf-8")
    return root


def test_the_oracle_rows_give_dateline_the_reference_dates_or_sentences(tmp_path: Path) -> None:
    topics = list(load_topics(_fire(tmp_path / "crisis"), lang="en", keywords={"fire": ["orsk"]}))
    [result] = run_topics(topics, methods=["datewise"], oracle=True)
    ours = result.methods["dateline"].timeline.as_dict()
    on_dates = result.methods[f"dateline{REF_DATES}"].timeline.as_dict()
    with_sentences = result.methods[f"dateline{REF_SENTENCES}"]
    # Summaries of the reference's dates only: the inquiry day has no sentence, nor has the
    # bridge's day one on topic, so both stay out.
    assert set(on_dates) == {dt.date(2024, 6, 10), dt.date(2024, 6, 12)}
    # Its own dates, the reference's sentences on those the reference holds, its own elsewhere.
    assert set(with_sentences.timeline.as_dict()) == set(ours)
    for day, texts in with_sentences.timeline.as_dict().items():
        assert texts == FIRE_REFERENCE.get(day, ours[day])
    assert with_sentences.scores["rouge"].date_f1 == result.methods["dateline"].scores["rouge"].date_f1
    assert with_sentences.scores["rouge"].ar1_f > result.methods["dateline"].scores["rouge"].ar1_f


def test_the_oracle_summarizes_the_reference_dates_with_each_baseline_too(tmp_path: Path) -> None:
    """DATEWISE's sentences on the reference's dates, beside ours: sentence choice compared on
    the same days (the same two as ours: the bridge's and the inquiry's days have no on-topic
    sentence), where its own timeline also shows a day the reference does not hold."""
    topics = list(load_topics(_fire(tmp_path / "crisis"), lang="en", keywords={"fire": ["orsk"]}))
    [result] = run_topics(topics, methods=["datewise"], oracle=True)
    theirs = result.methods[f"datewise{REF_DATES}"].timeline.as_dict()
    assert set(theirs) == {dt.date(2024, 6, 10), dt.date(2024, 6, 12)}
    assert dt.date(2024, 6, 11) in result.methods["datewise"].timeline.as_dict()  # its own choice
    assert f"datewise{REF_SENTENCES}" not in result.methods


def test_the_oracle_counts_the_reference_dates_within_reach(tmp_path: Path) -> None:
    """The fire's two days have on-topic sentences, only a sentence on another town refers to
    the bridge's day, and nothing to the inquiry's."""
    topics = list(load_topics(_fire(tmp_path / "crisis"), lang="en", keywords={"fire": ["orsk"]}))
    [result] = run_topics(topics, methods=["datewise"], oracle=True)
    assert result.coverage == Coverage(candidates=2, off_topic=1, unreferred=1)
    assert result.coverage.reference_dates == len(FIRE_REFERENCE)
    assert run_topics(topics, methods=["datewise"])[0].coverage is None


def test_the_command_prints_the_oracle_rows(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["benchmark", "tls", str(_fire(tmp_path / "crisis")), "--lang", "en",
                                      "-m", "datewise", "--oracle"])
    assert result.exit_code == 0, result.output
    assert f"dateline{REF_DATES}" in result.output and f"dateline{REF_SENTENCES}" in result.output
    assert f"datewise{REF_DATES}" in result.output
    assert "3 (75%)" in result.output  # no query: the bridge's day is on topic too


def test_the_table_gives_wall_and_cpu_seconds(tmp_path: Path) -> None:
    """The CPU time each run measures (`TopicRun.prepare_cpu`, `MethodRun.cpu`) is printed
    beside the wall clock, per topic and in the mean row: on a shared machine the wall clock
    moves with the load."""
    result = CliRunner().invoke(app, ["benchmark", "tls", str(_fire(tmp_path / "crisis")), "--lang", "en",
                                      "-m", "datewise"], terminal_width=200)
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "Date-F1" in line)
    assert "seconds" in header and "CPU s" in header
    mean = next(line for line in result.output.splitlines() if "mean" in line and "datewise" in line)
    *_, wall, cpu = [cell.strip() for cell in mean.strip(" │┃|").split("│")]
    assert float(wall) >= 0 and float(cpu) > 0


def test_the_ranker_also_learns_from_the_topic_as_a_weekday_dating_outlet_writes_it(tmp_path: Path) -> None:
    """Past days named outright within the week before publication become weekdays ("on
    Friday" for "on June 10"); later days, older days and the publication day stay named; the
    training rows hold the topic both ways, labelled alike."""
    [topic] = load_topics(_fire(tmp_path / "crisis"), lang="en", keywords={"fire": ["orsk"]})
    corpus, _notes = prepare(topic.articles, topic.query)
    rewritten = weekday_dated(corpus)
    kinds = {(corpus.texts[i], m.date): (m.kind, n.kind) for i in range(len(corpus))
             for m, n in zip(corpus.mentions[i], rewritten.mentions[i])}
    assert kinds[(FIRE["2024-06-13/c.txt"].split(". ")[0] + ".", dt.date(2024, 6, 12))] == ("year", "weekday")
    assert kinds[("Elsewhere, a bridge in Tomsk reopened on June 15, 2024.", dt.date(2024, 6, 15))] == ("stated", "stated")
    assert all(n == m or (n == "weekday" and m in ("stated", "year")) for m, n in kinds.values())
    assert 0 < WEEKDAY_DAYS < 7
    rows, labels = training_rows(topic)
    half = len(labels) // 2
    assert len(labels) == 2 * half and (labels[:half] == labels[half:]).all() and labels.any()
    assert not (rows[:half] == rows[half:]).all()


def test_weekday_dated_runs_score_every_method_on_the_rewritten_topic(tmp_path: Path) -> None:
    """`--weekday-dated` (`run_topics(weekday=True)`): each method, Dateline included, picks
    from the corpus as `weekday_dated` rewrites it, under its own name, and the timeline cites
    the topic's own sentences."""
    from dateline.benchmark import tls
    from dateline.timeline import DateWise

    seen: list[set[str]] = []

    class Recording(DateWise):
        def pick(self, corpus, size):
            seen.append({m.kind for found in corpus.mentions for m in found})
            return super().pick(corpus, size)

    [topic] = load_topics(_fire(tmp_path / "crisis"), lang="en", keywords={"fire": ["orsk"]})
    corpus, _notes = prepare(topic.articles, topic.query)
    assert "weekday" not in {m.kind for found in corpus.mentions for m in found}
    wrapped = tls.WeekdayDated(Recording())
    assert wrapped.name == "datewise"
    picks = wrapped.pick(corpus, topic.size())
    assert "weekday" in seen[-1] and picks
    [plain] = run_topics([topic], methods=["datewise", "dateline"])
    [rewritten] = run_topics([topic], methods=["datewise", "dateline"], weekday=True)
    assert set(rewritten.methods) == set(plain.methods) == {"datewise", "dateline"}
    texts = {s.text for e in rewritten.methods["dateline"].timeline.entries for s in e.sentences}
    assert texts and texts <= set(corpus.texts)


def test_the_command_scores_weekday_dated_topics(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["benchmark", "tls", str(_fire(tmp_path / "crisis")), "--lang", "en",
                                      "-m", "datewise", "--weekday-dated"])
    assert result.exit_code == 0, result.output
    assert "datewise" in result.output
