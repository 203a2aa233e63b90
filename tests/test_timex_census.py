"""The value census's error types (benchmarks/timex_census.py), read off two values and a date."""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "timex_census.py"
_spec = importlib.util.spec_from_file_location("timex_census", _PATH)
census = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(census)

DCT = dt.date(2023, 3, 20)  # a Monday


@pytest.mark.parametrize(("gold", "ours", "kind"), [
    ("PT0.5H", "PT30M", census.FORMAT),
    ("2000-W7", "2000-W07", census.FORMAT),
    ("P1Q", "P3M", census.FORMAT),
    ("1989-10-27T24", "1989-10-27T24:00", census.FORMAT),
    ("TMO", "2023-03-20TMO", census.DAY_LEFT_OUT),
    ("2023-03-16", "2023-03-16TMO", census.PART_OF_DAY),
    ("2022", "P1Y", census.DURATION_POINT),
    ("PRESENT_REF", "2023-03-20", census.REFERENCE),
    ("P12Y", "P13Y", census.DURATION_AMOUNT),
    ("1949-XX", "1949", census.UNKNOWN_DIGITS),
    ("2023-03-14", "2023-W11", census.GRANULARITY),
    ("2023-03-17", "2023-03-24", census.DIRECTION),  # Friday: the one gone by, ours the next
    ("2022-02", "2023-02", census.ANCHOR),  # "last February": both before publication
    ("2022-Q2", "2022", census.GRANULARITY),
    ("2022-Q2", "2021-03", census.OTHER_PERIOD),
])
def test_error_types(gold: str, ours: str, kind: str) -> None:
    assert census.error_type(gold, ours, DCT) == kind


def test_table_counts_each_miss_once_by_type_and_resolution() -> None:
    rows = [("d", "Friday", "2023-03-17", "2023-03-24", "weekday", census.DIRECTION),
            ("d", "hoy", "PRESENT_REF", "2023-03-20", "publication date", census.REFERENCE),
            ("e", "Monday", "2023-03-13", "2023-03-27", "weekday", census.DIRECTION)]
    lines = census.table(rows).splitlines()
    assert lines[0].split(" | ")[1:] == ["weekday", "publication date", "all"]
    direction = next(line for line in lines if line.startswith(census.DIRECTION))
    assert [cell.strip() for cell in direction.split("|")[1:]] == ["2", "0", "2"]
    assert lines[-1].split("|")[-1].strip() == "3"
