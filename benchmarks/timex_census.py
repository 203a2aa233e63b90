"""Value census of temporal tagging: the matched expressions whose value differs from gold, by
how the value was resolved (`Timex.resolution`) and by a general error type read off the two
values and the publication date alone (no hand labels, so the table is the same for anyone).

    python benchmarks/timex_census.py ../shared/data/spanish-timebank/train --lang es
    python benchmarks/timex_census.py ../shared/data/tempeval3/TBAQ-cleaned --list

It reads the tune part of the shipped split only: the held-back part's errors are never to be
looked at (it refuses `--part heldback`). `--list` prints every miss with its type, to read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter
from pathlib import Path

from dateline.benchmark.timex import load_documents, read_split, resolution_path, select, shipped_split, value_misses
from dateline.temporal import tagger_for
from dateline.temporal.values import Point, parse_value

# The error types, in the order they are tested (the first that fits names a miss).
FORMAT = "same meaning, written otherwise"  # PT0.5H / PT30M, 2000-W7 / 2000-W07, P1Q / P3M
DAY_LEFT_OUT = "part of day or clock: gold leaves the day out"  # TMO / 2000-05-16TMO
PART_OF_DAY = "part of day: gold has the day only"  # 1999-10-07 / 1999-10-07TMO
DURATION_POINT = "duration vs point"  # "un año": 1998 / P1Y
REFERENCE = "vague reference (PAST/PRESENT/FUTURE_REF)"  # "hoy": PRESENT_REF / 2000-01-03
UNKNOWN_DIGITS = "gold leaves digits unknown (X)"  # "1949": 1949-XX / 1949
GRANULARITY = "granularity: one period holds the other"  # "last week": 1998-08-04 / 1998-W32
DIRECTION = "direction: other side of publication"  # "Friday": 1998-08-07 / 1998-08-14
ANCHOR = "anchor or count: same side, other period"  # "a year earlier": 1988-11-01 / 1988-08-26
OTHER_PERIOD = "other period, other granularity"
DURATION_AMOUNT = "duration: other amount or unit"  # P13Y / P12Y
OTHER = "other"
TYPES = (FORMAT, DAY_LEFT_OUT, PART_OF_DAY, DURATION_POINT, REFERENCE, UNKNOWN_DIGITS, GRANULARITY,
         DIRECTION, ANCHOR, OTHER_PERIOD, DURATION_AMOUNT, OTHER)

_DURATION = re.compile(r"^P(?:T?[\dX.]+[A-Z])+$")
_MINUTES = {"H": 60, "M": 1}


def _canonical(value: str) -> str:
    """A value with spellings of the same meaning made one: zero-padded weeks, clock hours with
    minutes, half hours and quarters as minutes and months, decades and centuries as years."""
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"T(\d{2})$", r"T\1:00", value)
    if _DURATION.match(value):
        amount = re.fullmatch(r"PT([\d.]+)([HM])", value)
        if amount:
            return f"PT{float(amount[1]) * _MINUTES[amount[2]]:g}M"
        amount = re.fullmatch(r"P(\d+)([QEC])", value)
        if amount:
            months, years = {"Q": (3, 0), "E": (0, 10), "C": (0, 100)}[amount[2]]
            return f"P{int(amount[1]) * months}M" if months else f"P{int(amount[1]) * years}Y"
    return value


def _day_part(value: str) -> tuple[str, str]:
    date, _, part = value.partition("T")
    return date, part


def _side(point: Point, dct: dt.date) -> int:
    """-1: the period ends before publication day; 1: starts after it; 0: holds it."""
    return -1 if point.end <= dct else 1 if point.start > dct else 0


def error_type(gold: str, ours: str, dct: dt.date | None) -> str:
    """The general kind of a value error, from the two values and the publication date."""
    if _canonical(gold) == _canonical(ours):
        return FORMAT
    if gold.startswith("T") and _day_part(ours)[1] == gold[1:]:
        return DAY_LEFT_OUT
    if not _day_part(gold)[1] and _day_part(ours)[1] and _day_part(ours)[0] == gold:
        return PART_OF_DAY
    if bool(_DURATION.match(gold)) != bool(_DURATION.match(ours)):
        return DURATION_POINT
    if gold.endswith("_REF") or ours.endswith("_REF"):
        return REFERENCE
    if _DURATION.match(gold):
        return DURATION_AMOUNT
    if "X" in gold and "X" not in ours:
        return UNKNOWN_DIGITS
    g, o = parse_value(gold), parse_value(ours)
    if g is None or o is None:
        return OTHER
    if g.start <= o.start and o.end <= g.end or o.start <= g.start and g.end <= o.end:
        return GRANULARITY
    if g.gran != o.gran:
        return OTHER_PERIOD
    if dct is not None and {_side(g, dct), _side(o, dct)} == {-1, 1}:
        return DIRECTION
    return ANCHOR


def census(folder: Path, lang: str) -> list[tuple[str, str, str, str, str, str]]:
    """Every value miss of the tune part: (document, text, gold, ours, resolution, type)."""
    split = shipped_split(folder)
    if split is None:
        raise SystemExit(f"{folder}: no shipped split names its documents, so no tune part to read")
    docs = select(load_documents(folder), "tune", read_split(split))
    tagger = tagger_for(lang)
    misses = value_misses(docs, [tagger.tag(doc.text, doc.dct) for doc in docs.values()])
    return [(miss.document, miss.system.text, miss.gold.value, miss.system.value, resolution_path(miss.system),
             error_type(miss.gold.value, miss.system.value, docs[miss.document].dct)) for miss in misses]


def table(rows: list[tuple[str, str, str, str, str, str]]) -> str:
    """Error types (rows) by resolution (columns), with totals."""
    by = Counter((r[5], r[4]) for r in rows)
    paths = [p for p, _ in Counter(r[4] for r in rows).most_common()]
    kinds = [t for t in TYPES if any(by[t, p] for p in paths)]
    width = max(len(t) for t in kinds + ["error type"])
    lines = [f"{'error type':<{width}} | " + " | ".join(paths) + " | all"]
    for kind in kinds:
        cells = [f"{by[kind, p]:>{len(p)}}" for p in paths]
        lines.append(f"{kind:<{width}} | " + " | ".join(cells) + f" | {sum(by[kind, p] for p in paths):>3}")
    totals = [f"{sum(by[k, p] for k in kinds):>{len(p)}}" for p in paths]
    lines.append(f"{'all':<{width}} | " + " | ".join(totals) + f" | {len(rows):>3}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--part", default="tune", choices=["tune", "heldback"])
    parser.add_argument("--list", action="store_true", help="also print every miss with its type")
    args = parser.parse_args()
    if args.part != "tune":
        parser.error("the census reads the tune part only: held-back errors are not to be looked at")
    rows = census(args.dataset, args.lang)
    print(table(rows))
    if args.list:
        for row in sorted(rows, key=lambda r: (r[5], r[4])):
            print("\t".join(row))


if __name__ == "__main__":
    main()
