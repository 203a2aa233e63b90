"""Publication-date inference on self-written texts, the `dateline date` command, the pipeline,
and the bars on the shared seeds and TempEval-3 data."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.benchmark import dating as dating_bench
from dateline.cli import app
from dateline.ingest.text import split_header
from dateline.pipeline import process
from dateline.render.jsonout import article_dict
from dateline.ingest import split_sentences
from dateline.temporal import infer_date, tag, tagger_for
from dateline.temporal.dating import WeekdayCue, ratio
from dateline.temporal.tense import PAST
from dateline.model import Undecided

SUMMIT = ("Officials met in the capital today (Thursday, May 8) to sign the accords. Delegations "
          "arrived on Wednesday (May 7). The ceremony marks the 80th anniversary of the victory over "
          "Nazi Germany.")


def test_weekday_date_and_anniversary_pin_the_day() -> None:
    guess = infer_date(SUMMIT, "en")
    assert guess.date == dt.date(2025, 5, 8)
    assert guess.confidence >= 0.8
    cues = " ".join(e.cue for e in guess.evidence)
    assert "today (Thursday, May 8)" in cues and "anniversary" in cues


def test_dating_reads_only_date_rules_and_agrees_with_a_full_analysis() -> None:
    text = (SUMMIT + " The talks lasted three hours, from 10 a.m. to 1 p.m., and will resume "
            "every Monday for two weeks; prices rose 5% last week.")
    tagger = tagger_for("en")
    spans = split_sentences(text)
    full = tagger.analyze(text, spans)
    dating = tagger.analyze(text, spans, dating=True)
    assert {m.type for m in full} >= {"DURATION", "TIME", "SET"}
    assert "DURATION" not in {m.type for m in dating} and len(dating) < len(full)
    alone, shared = infer_date(text, "en"), infer_date(text, "en", mentions=full, sentences=spans)
    assert alone.date == shared.date == dt.date(2025, 5, 8)
    assert alone.confidence == shared.confidence


@pytest.mark.parametrize("text, lang", [
    ("Xi Jinping ist heute (Donnerstag, 8. Mai) im Kreml eingetroffen. Die Feier zum 80. Jahrestag "
     "des Kriegsendes findet am Freitag statt.", "de"),
    ("Си Цзиньпин прибыл сегодня (в четверг, 8 мая) в Кремль. Празднование 80-й годовщины Победы "
     "пройдет в пятницу.", "ru"),
    ("Xi Jinping llegó hoy (el jueves 8 de mayo) al Kremlin para el 80 aniversario de la victoria "
     "sobre la Alemania nazi.", "es"),
])
def test_the_summit_is_dated_in_other_languages(text: str, lang: str) -> None:
    guess = infer_date(text, lang)
    assert guess.date == dt.date(2025, 5, 8) and guess.confidence >= 0.8


def test_without_the_anniversary_the_year_is_unknown() -> None:
    guess = infer_date(SUMMIT.split(" The ceremony")[0], "en")
    assert guess.date is None and guess.confidence == 0.0
    assert guess.evidence[0].cue == "no year" and guess.undecided is Undecided.NO_YEAR


def test_dateline() -> None:
    guess = infer_date("BERLIN, March 3, 2021 (Reuters) - Ministers agreed on a new plan for the "
                       "railways.", "en")
    assert guess.date == dt.date(2021, 3, 3)
    assert any("dateline" in e.detail for e in guess.evidence)


def test_past_weekday_bounds_the_following_week() -> None:
    cue = WeekdayCue("Sunday", 7, PAST)
    sunday = dt.date(2025, 5, 4)
    week = [ratio(cue, sunday + dt.timedelta(days=k), 365) for k in range(7)]
    assert week[0] > week[1] > week[2] > max(week[3:])  # the sooner after that Sunday, the likelier
    assert ratio(cue, sunday - dt.timedelta(days=1), 365) < week[0]
    guess = infer_date("The talks broke down on Wednesday (May 7), negotiators said. Ministers "
                       "meet again today (May 9).", "en",
                       hint_range=(dt.date(2025, 4, 1), dt.date(2025, 6, 30)))
    assert guess.date == dt.date(2025, 5, 9)


def test_no_cue_no_date() -> None:
    guess = infer_date("The committee discussed the proposal at length.", "en")
    assert guess.date is None and guess.confidence == 0.0


def test_hint_range_supplies_the_year() -> None:
    text = "Today (March 5) the parliament voted on the reform."
    assert infer_date(text, "en").date is None
    guess = infer_date(text, "en", hint_range=(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
    assert guess.date == dt.date(2024, 3, 5) and guess.confidence >= 0.8
    outside = infer_date(SUMMIT, "en", hint_range=(dt.date(2014, 1, 1), dt.date(2014, 12, 31)))
    assert outside.date in (None, dt.date(2014, 5, 8))


def test_date_command(tmp_path: Path) -> None:
    dated = tmp_path / "summit.txt"
    dated.write_text("date 1999-01-01 " + SUMMIT)  # the header is ignored: the text decides
    bare = tmp_path / "bare.txt"
    bare.write_text("The committee discussed the proposal at length.")
    result = CliRunner().invoke(app, ["date", str(dated), str(tmp_path / "missing.txt"), str(bare),
                                      "--lang", "en"])
    assert result.exit_code == 1 and "missing.txt" in result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [(r["path"], r["date"]) for r in records] == [(str(dated), "2025-05-08"), (str(bare), None)]
    assert records[0]["confidence"] >= 0.8 and records[0]["evidence"]
    table = CliRunner().invoke(app, ["date", str(dated), "--format", "table"])
    assert table.exit_code == 0 and "2025-05-08" in table.output


def test_pipeline_marks_inferred_dates(tmp_path: Path) -> None:
    (tmp_path / "undated.txt").write_text(SUMMIT)
    (tmp_path / "dated.txt").write_text("date 2025-05-09 " + SUMMIT)
    articles = {a.id: a for a in process([tmp_path], lang="en")}
    undated, dated = articles["undated.txt"], articles["dated.txt"]
    assert undated.date == dt.date(2025, 5, 8) and undated.date_inferred
    assert undated.date_confidence is not None and undated.date_confidence >= 0.8
    assert dated.date == dt.date(2025, 5, 9) and not dated.date_inferred
    record = article_dict(undated)
    assert record["date_inferred"] is True and record["date_confidence"] >= 0.8
    assert any(t.value == "2025-05-07" for t in undated.timexes)
    text = CliRunner().invoke(app, ["annotate", str(tmp_path / "undated.txt"), "--format", "text",
                                    "--lang", "en"])
    assert "2025-05-08, inferred" in text.output


@pytest.mark.shared_data
def test_seeds(shared_data: Path) -> None:
    seeds = shared_data.parent / "seeds"
    _, text = split_header((next(seeds.glob("003_*.txt"))).read_text(encoding="utf-8"))
    guess = infer_date(text)
    assert guess.date == dt.date(2025, 5, 8) and guess.confidence >= 0.8
    _, text = split_header((next(seeds.glob("000_*.txt"))).read_text(encoding="utf-8"))
    guess = infer_date(text)
    assert guess.date == dt.date(2023, 3, 20) or guess.confidence < 0.5


@pytest.mark.shared_data
def test_tbaq_dating(shared_data: Path) -> None:
    result = dating_bench.run(shared_data / "tempeval3" / "TBAQ-cleaned", "en", repeats=1,
                              hint_settings=(1,))
    assert result.documents == 256
    assert {d.split for d in result.docs} == {"dev", "held-back"}
    # Without a hint the texts rarely say their year: few dates are returned, and none far off.
    answers = result.score("all", dating_bench.ANSWERS)
    assert answers.answered - answers.within7 <= 0.02 * result.documents
    # With a 1-year window holding the truth: datelines, weekday and date pairs.
    year = result.hint("1 year").scores[("all", dating_bench.ANSWERS)]
    assert year.answered >= 10 and year.rate(year.within7) >= 0.8
    # Dating costs less than tagging, timed in a process of its own as the benchmark command runs:
    # inside this one, after thousands of other tests, both slow down unevenly (CI saw 374 vs 397
    # docs/s where a fresh process gives 772 vs 533).
    speeds = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; from dateline.benchmark import dating; "
         "r = dating.run(Path(sys.argv[1]), 'en', repeats=3); "
         "print(r.dating_docs_per_second, r.tagging_docs_per_second)",
         str(shared_data / "tempeval3" / "TBAQ-cleaned")],
        capture_output=True, text=True, check=True).stdout.split()
    dating_speed, tagging_speed = map(float, speeds)
    assert dating_speed >= tagging_speed


@pytest.mark.shared_data
def test_ml_crisis_es_dating(shared_data: Path) -> None:
    result = dating_bench.run(shared_data / "ml-crisis" / "es", "es", repeats=1)
    assert result.documents == 791
    answers = result.score("all", dating_bench.ANSWERS)
    assert answers.answered >= 25
    assert answers.rate(answers.exact) >= 0.55 and answers.rate(answers.within7) >= 0.8
    # Best guesses against "the latest full date named" on the held-back topics (syria, yemen),
    # which the ranker and its calibration never saw: measured 31 vs 22 exact, 60 vs 41 within
    # a week (the bar: 1.2x each).
    best = result.score(dating_bench.HELD_BACK, dating_bench.BEST)
    latest = result.score(dating_bench.HELD_BACK, dating_bench.LATEST)
    assert best.exact >= 1.2 * latest.exact and best.within7 >= 1.2 * latest.within7


def test_date_command_hint_range(tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_text("Today (March 5) the parliament voted on the reform.")
    found = CliRunner().invoke(app, ["date", str(bare), "--lang", "en",
                                     "--hint-start", "2024-01-01", "--hint-end", "2024-12-31"])
    assert found.exit_code == 0 and json.loads(found.output)["date"] == "2024-03-05"
    wrong = CliRunner().invoke(app, ["date", str(bare), "--hint-start", "2024-12-31", "--hint-end", "2024-01-01"])
    assert wrong.exit_code != 0


def test_pipeline_dates_undated_articles_within_the_collection(tmp_path: Path) -> None:
    """An undated article that names no year gets it from its collection's dated articles."""
    (tmp_path / "a.txt").write_text("date 2024-02-20 The parliament debated the reform.")
    (tmp_path / "undated.txt").write_text("Today (March 5) the parliament voted on the reform, "
                                          "a week after the debate of Tuesday, Feb. 27.")
    (tmp_path / "b.txt").write_text("date 2024-03-12 The reform came into force.")
    (tmp_path / "vague.txt").write_text("The committee discussed the proposal at length.")
    articles = list(process([tmp_path], lang="en"))
    assert sorted(a.id for a in articles) == ["a.txt", "b.txt", "undated.txt", "vague.txt"]
    assert [a.id for a in articles[-2:]] == ["undated.txt", "vague.txt"]  # held back to the end
    found = {a.id: a for a in articles}
    assert found["undated.txt"].date == dt.date(2024, 3, 5) and found["undated.txt"].date_inferred
    assert found["vague.txt"].date is None
    # the mentions found for dating are anchored to the date found, as tagging would do
    undated = found["undated.txt"]
    assert [(t.start, t.value) for t in undated.timexes] == \
        [(t.start, t.value) for t in tag(undated.text, undated.date, "en")]
    assert "2024-02-27" in [t.value for t in undated.timexes]
    # a hint range given overrides the collection's
    hinted = {a.id: a for a in process([tmp_path], lang="en",
                                       hint_range=(dt.date(2030, 1, 1), dt.date(2030, 12, 31)))}
    assert hinted["undated.txt"].date in (None, dt.date(2030, 3, 5))


def test_date_command_min_confidence(tmp_path: Path) -> None:
    """Below the default threshold no date is given; with 0, the best guess and its confidence."""
    vague = tmp_path / "vague.txt"
    vague.write_text("On Friday, March 17, the ministers met again.")
    hint = ["--lang", "en", "--hint-start", "2020-01-01", "--hint-end", "2026-01-01"]
    default = json.loads(CliRunner().invoke(app, ["date", str(vague), *hint]).output)
    assert default["date"] is None
    every = json.loads(CliRunner().invoke(app, ["date", str(vague), *hint,
                                                "--min-confidence", "0"]).output)
    assert every["date"] == "2023-03-17"  # the only Friday, March 17 in the range
    assert 0 < every["confidence"] < 0.5


def test_date_command_names_each_jsonl_record(tmp_path: Path) -> None:
    """Rows of a JSONL file are told apart: by line number, id and title."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Today (Thursday, May 8) marks the 80th anniversary of "
                                        "the 1945 victory.", "title": "Victory Day"}) + "\n"
                    + json.dumps({"id": "x7", "text": "MOSCOW, March 20, 2023 (Reuters) - Xi arrived."}) + "\n")
    rows = [json.loads(line) for line in CliRunner().invoke(app, ["date", str(feed), "--lang", "en"]).output.splitlines()]
    assert [(r["id"], r["title"]) for r in rows] == [("feed.jsonl:1", "Victory Day"), ("x7", None)]
    table = CliRunner().invoke(app, ["date", str(feed), "--lang", "en", "-f", "table"], terminal_width=200).output
    assert "[feed.jsonl:1] Victory Day" in table and "[x7]" in table


WIRE = ("Rescue teams reached the northern valley after three days of rain cut the only road, "
        "officials said. The regional governor said the army would open a temporary bridge "
        "within days, and that food and medicine would be flown in to the villages cut off. "
        "Hundreds of families spent the night in schools and churches on higher ground.")


def test_near_duplicates_share_a_date(tmp_path: Path) -> None:
    """An undated copy of a dated article (another outlet's furniture, cut short) takes its
    date; a text that is not a copy does not."""
    (tmp_path / "outlet_a.txt").write_text(f"date 2013-06-25 {WIRE}\n© 2013 Outlet A")
    (tmp_path / "outlet_b.txt").write_text(f"Share this article\n{WIRE[:-60]}\n© 2021 Outlet B. All rights reserved.")
    (tmp_path / "other.txt").write_text("The committee discussed the budget proposal for the coming year at length.")
    found = {a.id: a for a in process([tmp_path], lang="en")}
    copy = found["outlet_b.txt"]
    assert copy.date == dt.date(2013, 6, 25) and copy.date_inferred
    assert copy.date_source == "near-duplicate of outlet_a.txt"
    assert found["other.txt"].date is None


def _tiny_collection(root: Path) -> Path:
    """Two topics of dated texts in the ML-Crisis layout: stamps, datelines and history."""
    pages = {
        ("floods", "2013-06-25"): "Publié le 25 juin 2013\nLes secours ont atteint la vallée le 24 juin 2013.",
        ("floods", "2013-06-27"): "Rescue teams said on June 26, 2013 that the road reopened.\nPosted June 27, 2013",
        ("floods", "2013-07-02"): "The dam, built on 3 May 1990, held. Engineers inspected it on July 1, 2013.",
        ("talks", "2014-01-22"): "GENEVA, Jan. 22, 2014 (AP) - Talks opened on Wednesday.",
        ("talks", "2014-01-24"): "Publicado el 24 de enero de 2014\nLas delegaciones se reunieron el 23 de enero de 2014.",
    }
    for (topic, day), text in pages.items():
        folder = root / topic / day
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "a.txt").write_text(text)
    return root


def test_benchmark_dating_prints_baselines_splits_and_reliability(tmp_path: Path) -> None:
    data = _tiny_collection(tmp_path / "data")
    out = CliRunner().invoke(app, ["benchmark", "dating", str(data), "--repeats", "1", "--dev", "floods"],
                             terminal_width=240).output
    for words in ("Dateline answers", "Dateline best guesses", "latest full date named",
                  "most frequent full date named", "dev: floods", "held-back: talks", "Reliability",
                  "share within 7 days"):
        assert words in out, out
    assert re.search(r"\d\.\d\d / \d\.\d\d \(\d\.\d\d\) n=\d", out), out  # exact / ±7 (confidence) n


def test_benchmark_dating_groups_best_guesses_by_the_evidence_that_points_at_them(tmp_path: Path) -> None:
    data = _tiny_collection(tmp_path / "data")
    result = dating_bench.run(data, None, 1, (), ("floods",))
    kinds = {kind for kind, _split in result.evidence}
    assert {"published", "dateline"} <= kinds, result.evidence
    # "Publié le", "Publicado el" and "Posted" label three of the five texts' days
    assert sum(s.answered for (kind, split), s in result.evidence.items() if kind == "published") == 3
    out = CliRunner().invoke(app, ["benchmark", "dating", str(data), "--repeats", "1", "--dev", "floods"],
                             terminal_width=240).output
    assert "Best guesses by the evidence" in out and "published" in out, out


def test_evidence_kinds_name_the_cues_that_pin_a_day_or_say_none_does() -> None:
    from dateline.ingest import make_article
    from dateline.temporal.dating import MODEL_ONLY, NAMED_ONLY, evidence_kinds
    article = make_article("Publié le 25 juin 2013\nLes secours ont atteint la vallée le 24 juin 2013.", id="a", lang="fr")
    assert evidence_kinds(article, dt.date(2013, 6, 25)) == ["published"]
    assert evidence_kinds(article, dt.date(2013, 6, 24)) == ["published"]  # the day before, across time zones
    assert evidence_kinds(article, dt.date(2013, 6, 20)) == [MODEL_ONLY]
    plain = make_article("Les secours ont atteint la vallée le 24 juin 2013.", id="b", lang="fr")
    assert evidence_kinds(plain, dt.date(2013, 6, 24)) == [NAMED_ONLY]


def test_dating_fit_writes_a_calibration(tmp_path: Path) -> None:
    data = _tiny_collection(tmp_path / "data")
    target = tmp_path / "calibration.json"
    result = CliRunner().invoke(app, ["benchmark", "dating-fit", str(data), "--dev", "floods", "--dev", "talks",
                                      "-o", str(target)])
    assert result.exit_code == 0, result.output
    fitted = json.loads(target.read_text())
    from dateline.temporal.calibration import FEATURES
    assert fitted["features"] == list(FEATURES) and len(fitted["weights"]) == len(FEATURES)
    assert len(fitted["platt"]) == 2
    assert 0.0 <= fitted["answer"] <= 1.0 and "floods" not in fitted["answer_judged_on"]


def test_dating_fit_keeps_the_ranker_and_judges_the_threshold_on_check_sets(tmp_path: Path) -> None:
    data = _tiny_collection(tmp_path / "data")
    target = tmp_path / "calibration.json"
    result = CliRunner().invoke(app, ["benchmark", "dating-fit", str(data), "--dev", "floods", "--check", str(data),
                                      "--keep-ranker", "-o", str(target)], terminal_width=240)
    assert result.exit_code == 0, result.output
    fitted = json.loads(target.read_text())
    from dateline.temporal.calibration import shipped
    kept = shipped()
    assert kept is not None and fitted["weights"] == [round(float(w), 6) for w in kept.weights]
    assert "(check) (5 documents)" in fitted["answer_judged_on"] and "Answer threshold" in result.output


def _guesses(band: float, n: int, exact: int, week: int) -> list[tuple[float, int | None]]:
    """n best guesses at confidence `band` + 0.05: `exact` right, `week` within a week (the rest a month off)."""
    return [(band + 0.05, 0 if k < exact else 3 if k < week else 30) for k in range(n)]


def test_the_answer_threshold_takes_a_lower_band_only_when_two_datasets_find_it_good_enough() -> None:
    from dateline.temporal.calibration import answer_threshold
    # Above 0.5 the calibration vouches; 0.4–0.5 is good on two datasets; 0.3–0.4 on one only.
    dev = _guesses(0.6, 10, 7, 9) + _guesses(0.4, 10, 6, 9) + _guesses(0.3, 10, 6, 9)
    check = _guesses(0.6, 6, 6, 6) + _guesses(0.4, 5, 4, 5) + _guesses(0.3, 2, 2, 2)
    assert answer_threshold({"dev": dev, "check": check}) == 0.4
    # The same lower band, right to the day too rarely on the check set: not answered.
    short = _guesses(0.6, 6, 6, 6) + _guesses(0.4, 5, 2, 5)
    assert answer_threshold({"dev": dev, "check": short}) == 0.5
    # A vouched band whose guesses fall short on a dataset ends the walk above it.
    wrong = _guesses(0.7, 10, 8, 10) + _guesses(0.6, 10, 3, 5)
    assert answer_threshold({"dev": wrong, "check": check}) == 0.7
    # One dataset alone never lowers the threshold below the calibration's own.
    assert answer_threshold({"dev": dev}) == 0.5


def test_benchmark_dating_ceiling_counts_the_texts_that_name_their_own_day(tmp_path: Path) -> None:
    """The ceiling row: four of the five texts name their own day (the fifth, the day before); all name one within a week."""
    data = _tiny_collection(tmp_path / "data")
    result = dating_bench.run(data, None, 1, (), ("floods",))
    ceiling = result.score("all", dating_bench.CEILING)
    assert (ceiling.documents, ceiling.answered, ceiling.exact, ceiling.within7) == (5, 5, 4, 5)


def test_the_ceiling_reads_a_day_named_without_its_year_in_the_truths_year() -> None:
    text = "The talks ended on March 3. They had begun in Geneva in 2009."
    assert dating_bench.nearest_named_day(text, "en", dt.date(2011, 3, 4)) == dt.date(2011, 3, 3)
    assert dating_bench.latest_full_date(text, "en") is None


@pytest.mark.parametrize("text, lang", [
    ("Thousands of protesters marched to Tahrir Square on January 25.\nEgypt protests 2011", "en"),
    ("Miles de manifestantes marcharon a la plaza Tahrir el 25 de enero.\nProtestas en Egipto 2011", "es"),
    ("Des milliers de manifestants ont marché vers la place Tahrir le 25 janvier.\nManifestations en Égypte 2011",
     "fr"),
    ("Migliaia di manifestanti hanno marciato verso piazza Tahrir il 25 gennaio.\nProteste in Egitto 2011", "it"),
    ("Tausende Demonstranten zogen am 25. Januar zum Tahrir-Platz.\nProteste in Ägypten 2011", "de"),
    ("Milhares de manifestantes marcharam até a praça Tahrir em 25 de janeiro.\nProtestos no Egito 2011", "pt"),
    ("Тысячи демонстрантов вышли на площадь Тахрир 25 января.\nПротесты в Египте 2011", "ru"),
    ("خرج آلاف المتظاهرين إلى ميدان التحرير في 25 يناير.\nاحتجاجات مصر 2011", "ar"),
])
def test_a_year_named_without_a_tense_is_most_likely_the_year_of_writing(text: str, lang: str) -> None:
    # A series' or a tag's year ("Egypt protests 2011") and a day named without its year: the
    # day in that year, not in the year before (a tie the earlier day had won).
    guess = infer_date(text, lang, min_confidence=0.0)
    assert guess.date is not None and dt.date(2011, 1, 25) <= guess.date <= dt.date(2011, 2, 8)
    assert "2011" in " ".join(e.detail for e in guess.evidence)
