"""`explain`: every candidate and why it was kept, rejected or lost; the cues and the value."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Resolution
from dateline.temporal import explain
from dateline.temporal.explain import Outcome

DCT = dt.date(2023, 3, 20)  # a Monday


def test_values_with_their_cues_and_resolution() -> None:
    result = explain("The talks ended on Friday and resume next week.", DCT, "en")
    friday, next_week = result.decisions
    assert (friday.text, friday.value, friday.rules) == ("Friday", "2023-03-17", ("weekday",))
    assert friday.tense == "PAST" and friday.tense_cue == "ended" and not friday.tense_sure
    assert friday.resolution is Resolution.WEEKDAY and "tense PAST" in friday.explanation
    assert next_week.value == "2023-W13" and next_week.focus == "2023-03-17"
    assert [c.outcome for c in result.candidates] == [Outcome.KEPT, Outcome.KEPT]


def test_rejections_say_why() -> None:
    result = explain("In their 80s they may retire.", DCT, "en")
    reasons = {c.text: c.reason for c in result.candidates if c.outcome is Outcome.REJECTED}
    assert "age" in reasons["80s"] and "build_decade" in reasons["80s"]  # the builder's line
    assert "capitalized" in reasons["may"]
    assert result.decisions == []


def test_a_lost_overlap_names_the_winner() -> None:
    result = explain("It happened on March 17, 2023.", DCT, "en")
    lost = [c for c in result.candidates if c.outcome is Outcome.LOST]
    assert {c.text for c in lost} >= {"March", "2023"}
    assert all("'March 17, 2023'" in c.reason and "month_day" in c.reason for c in lost)


def test_joined_pieces_and_the_date_in_focus() -> None:
    result = explain("They met at 10 p.m. Wednesday, March 15. The next day they signed.", DCT, "en")
    meeting, next_day = result.decisions
    assert len(meeting.rules) == 2 and meeting.joined == "clock time on a day"
    assert next_day.value == "2023-03-16" and next_day.focus is not None
    assert next_day.resolution is Resolution.LAST_DATE


def test_side_named_by_a_shift_word() -> None:
    (decision,) = explain("La reunión fue el pasado 25 de enero.", DCT, "es").decisions
    assert decision.side == "PAST" and decision.value == "2023-01-25"


def test_a_composed_offset_and_a_clock_time_in_words_say_how() -> None:
    # Issue 17: the offset names its base and the days moved; the clock rule is named.
    (offset,) = explain("The talks resume two weeks from next Tuesday.", DCT, "en").decisions
    assert offset.rules == ("offset_day",) and offset.value == "2023-04-04"
    assert offset.resolution is Resolution.WEEKDAY and offset.explanation.startswith("+14 days from weekday")
    (clock,) = explain("Урок начался в половине десятого.", DCT, "ru").decisions
    assert clock.rules == ("clock_words_hour_in_progress",) and clock.value == "2023-03-20T09:30"


def test_cli_table_text_and_json() -> None:
    runner = CliRunner()
    args = ["explain", "The talks ended on Friday and resume next week.", "--dct", "2023-03-20", "--lang", "en"]
    table = runner.invoke(app, args)
    assert table.exit_code == 0 and "2023-03-17" in table.output and "ended" in table.output
    text = runner.invoke(app, [*args, "--format", "text"])
    assert text.exit_code == 0
    assert [line.split("\t")[1] for line in text.output.splitlines() if line.startswith("expression")] == \
        ["19-25", "37-46"]
    data = json.loads(runner.invoke(app, [*args, "--format", "json"]).output)
    assert data["decisions"][0]["value"] == "2023-03-17"
    assert data["decisions"][0]["resolution"] == "weekday"
    # The meaning is structured data, not a Python repr (audit s26 defect 19).
    assert data["decisions"][0]["meaning"] == {"kind": "WeekdayRef", "weekday": 5, "shift": None, "anchor": "dct",
                                               "part": None, "nearest": False}
    assert data["decisions"][1]["meaning"]["kind"] == "Relative"
    lines = text.output.splitlines()
    assert lines[1].split("\t") == ["#expression", "span", "text", "type", "value", "rules", "resolved from", "how",
                                     "tense (cue)", "side", "focus"]
    assert "#candidate\tspan\ttext\trule\toutcome\twhy" in lines
    assert runner.invoke(app, [*args[:-1], "xx"]).exit_code == 2


def test_one_day_as_an_adverb_says_which_verb_gave_its_side() -> None:
    result = explain("Dijo que un día volverá a Madrid. Un día después, llegó la policía.", DCT, "es")
    adverb, later = result.decisions
    assert (adverb.value, adverb.rules, adverb.tense_cue) == ("FUTURE_REF", ("someday",), "volverá")
    assert adverb.resolution is Resolution.TENSE and "tense FUTURE" in adverb.explanation
    assert later.value == "P1D"
    rejected = [c for c in result.candidates if c.rule == "someday" and c.outcome is Outcome.REJECTED]
    assert [c.text for c in rejected] == ["Un día"] and "not_before" in rejected[0].reason
