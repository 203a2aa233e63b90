"""The best guess among candidate publication days, and one calibrated confidence for it.

The probabilistic model of `dating` weighs every cue, but its posterior was never fitted and
its best day was less often right than the naive "latest full date the text names" on news it
had not seen. A careful reader starts from that latest full date and lets the other cues
correct it: a publication stamp, a dateline, "today (…)", a weekday that fits the day, a
print edition the day after, a date named again and again near the top. Those are the
features here, the same in every language (no word of any language, only what the cues
found), scored for a handful of candidate days: the model's best days, every full date named
and the day after each.

The ranker decides only for texts that name a full date: there the development data holds
thousands of candidates. A text that names none ("today (Thursday, May 8)" and an
anniversary) keeps the model's best day and posterior: the development data has almost no
such text with a confident model (2 of 167), so there is nothing to fit, and the posterior
is the model's stated belief (the benchmark's reliability table shows how it holds up).

Two small models are fitted on development data and shipped as numbers in
`data/dating_calibration.json`; `dateline benchmark dating-fit` refits them:
- a logistic regression that scores each candidate day (is it the publication day?), whose
  best candidate is the best guess;
- Platt scaling of that best score to the share of best guesses that are right, fitted on
  all languages' documents together, so that a confidence means the same in every language.

The same refit learns the answer threshold: the confidence from which a best guess is given
as the date (`answer_threshold`). Answers must be right to the day at least `EXACT_BAR` of
the time and within a week `WEEK_BAR` of the time (the issue's requirement, not a fitted
number). A confidence band is answered when the calibration says its guesses are more often
right than wrong and no dataset's guesses in it fall short of those bars; a lower band, when
the guesses of at least two datasets (the dev data and a check set of another kind) in it
are up to the bars: one dataset may be miscalibrated there, two agreeing are evidence.

Fitting needs scikit-learn, imported only then; using the weights needs numpy only.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

FEATURES = (
    "log posterior",        # the probabilistic model's belief in the day
    "posterior",            # the same, as a probability (sure beliefs stand out)
    "model's best",         # the model's best day
    "latest full date",     # the latest full date the text names
    "day after latest",     # the day after it
    "full date named",      # any full date the text names
    "day after a full date",
    "pinned",               # odds a stamp, dateline, "today (…)" or update line gives the day
    "times named",          # log(1 + mentions of the day)
    "named early",          # 1 at the top of the text, 0 at its end (0 if not named)
    "days before latest",   # log(1 + days from the day to the latest full date), if before it
    "days after latest",    # log(1 + days from the latest full date to the day), if after it
    "full dates",           # log(1 + distinct full dates named)
    "support",              # share of the full dates named in the month up to the day
    "without year",         # the day is named, but never with its year
    "day after one without year",
    "weekdays",             # log-odds the weekday cues ("said Tuesday", "ayer martes") give the day's weekday
)
# Candidates kept from the model's own ranking.
MODEL_CANDIDATES = 5
# A day pinned by a cue without a year (a dateline's "BEIRUT, June 25 (Reuters) -", "today
# (June 25)", the day after "yesterday (June 24)") at most this many days after the latest full
# date the text names is in that date's year, as a reader takes it: the ranker does not weigh
# it as a day left unnamed after the latest full date ("days after latest"), which it learned
# to distrust. Further on, the year is a guess, and it does.
SAME_YEAR_DAYS = 31
# Floor of the model's posterior for a day it gives (next to) nothing.
FLOOR = 1e-4
# Where the fitted weights live.
DATA_FILE = "dating_calibration.json"
# What an answer must be: right to the day this often, and within a week this often.
EXACT_BAR = 0.55
WEEK_BAR = 0.80
WEEK = 7
# Width of the confidence bands the answer threshold is judged on, and the fewest datasets
# with best guesses in a band for it to be judged at all.
BAND = 0.1
JUDGES = 2
# The fewest best guesses of a dataset in a band for it to judge the band: one guess right or
# wrong says nothing of a band.
MIN_JUDGED = 5
# A calibrated confidence from which a guess is more often right than wrong: the bands the
# calibration itself vouches for (and the threshold when none was learned).
RIGHT_MORE_OFTEN = 0.5


@dataclass(slots=True)
class Stated:
    """A day the text names: the day, where (character offset), and whether it was named
    without its year (the year is then the one a reader gives it: see `dating.resolve_yearless`)."""

    day: dt.date
    start: int
    yearless: bool = False


@dataclass(slots=True)
class Candidate:
    """A candidate publication day and its features."""

    day: dt.date
    features: np.ndarray


def candidates(days: Sequence[dt.date], probs: np.ndarray, stated: Sequence[Stated],
               pinned: dict[dt.date, float], length: int,
               allowed: tuple[dt.date, dt.date] | None = None,
               weekdays: Sequence[float] = (0.0,) * 7) -> list[Candidate]:
    """The candidate days with their features (`FEATURES`); none when the text names no full
    date (the ranker is fitted where full dates are named: see `dating.decide`).

    `days`/`probs`: the model's candidate days and posteriors; `stated`: the days named (full
    dates, and those named without a year in the year a reader gives them);
    `pinned`: the odds pinned cues give days; `length`: the text's length in characters;
    `allowed`: the hint range, if any (no candidate outside it); `weekdays`: what the weekday
    cues say of each weekday (Monday first), as a log likelihood ratio.
    """
    if all(s.yearless for s in stated):
        return []
    posterior = dict(zip(days, probs.tolist()))
    order = np.argsort(-probs, kind="stable")
    best = days[int(order[0])] if len(days) else None
    named: dict[dt.date, list[int]] = {}
    with_year: set[dt.date] = set()
    for s in stated:
        named.setdefault(s.day, []).append(s.start)
        if not s.yearless:
            with_year.add(s.day)
    latest = max(with_year, default=None)
    pool = [days[int(i)] for i in order[:MODEL_CANDIDATES]]
    pool += [d for day in named for d in (day, day + dt.timedelta(days=1))]
    pool += [d for d, odds in pinned.items() if odds > 0]
    seen: set[dt.date] = set()
    out: list[Candidate] = []
    distinct = len(with_year)
    for day in pool:
        if day in seen or (allowed is not None and not allowed[0] <= day <= allowed[1]):
            continue
        seen.add(day)
        before = day - dt.timedelta(days=1)
        starts = named.get(day) or (named.get(before) if day not in named else None) or []
        support = sum(1 for d in with_year if 0 <= (day - d).days <= 30) / distinct if distinct else 0.0
        gap = (day - latest).days if latest is not None else 0
        if 0 < gap <= SAME_YEAR_DAYS and pinned.get(day):  # after the latest full date, so not one
            gap = 0  # a dateline's "June 25" under "June 12, 2013": the text's own day, in that year
        out.append(Candidate(day, np.array([
            math.log(max(posterior.get(day, 0.0), FLOOR)),
            posterior.get(day, 0.0),
            float(day == best),
            float(day == latest),
            float(latest is not None and day == latest + dt.timedelta(days=1)),
            float(day in with_year),
            float(day not in with_year and before in with_year),
            pinned.get(day, 0.0),
            math.log1p(len(named.get(day, ()))),
            1.0 - min(starts) / max(length, 1) if starts else 0.0,
            math.log1p(-gap) if gap < 0 else 0.0,
            math.log1p(gap) if gap > 0 else 0.0,
            math.log1p(distinct),
            support,
            float(day in named and day not in with_year),
            float(day not in named and before in named and before not in with_year),
            weekdays[day.weekday()],
        ])))
    return out


@dataclass(frozen=True, slots=True)
class Calibration:
    """The fitted ranker (weights over `FEATURES`, intercept), Platt scaling (a, b), and
    the answer threshold learned with them (`answer_threshold`)."""

    weights: np.ndarray
    intercept: float
    platt: tuple[float, float]
    fitted_on: str = ""
    answer: float = RIGHT_MORE_OFTEN
    answer_judged_on: str = ""

    def scores(self, found: Sequence[Candidate]) -> np.ndarray:
        """The ranker's log-odds that each candidate is the publication day."""
        if not found:
            return np.zeros(0)
        return np.stack([c.features for c in found]) @ self.weights + self.intercept

    def confidence(self, score: float) -> float:
        """How often a best guess with this ranker score is the right day."""
        a, b = self.platt
        return 1.0 / (1.0 + math.exp(-(a * score + b)))

    def choose(self, found: Sequence[Candidate]) -> tuple[Candidate, float, float] | None:
        """The best candidate, its ranker score, and its calibrated confidence."""
        if not found:
            return None
        scores = self.scores(found)
        i = int(np.argmax(scores))
        return found[i], float(scores[i]), self.confidence(float(scores[i]))

    def as_dict(self) -> dict[str, object]:
        return {"features": list(FEATURES), "weights": [round(float(w), 6) for w in self.weights],
                "intercept": round(self.intercept, 6), "platt": [round(p, 6) for p in self.platt],
                "fitted_on": self.fitted_on, "answer": round(self.answer, 6),
                "answer_judged_on": self.answer_judged_on}


def _data_path() -> Path:
    return Path(str(resources.files("dateline.temporal") / "data" / DATA_FILE))


@lru_cache(maxsize=1)
def shipped() -> Calibration | None:
    """The calibration shipped with Dateline, or None if there is none (or it is for other features)."""
    path = _data_path()
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("features") != list(FEATURES):
        return None
    return Calibration(np.array(data["weights"], dtype=float), float(data["intercept"]),
                       (float(data["platt"][0]), float(data["platt"][1])), str(data.get("fitted_on", "")),
                       float(data.get("answer", RIGHT_MORE_OFTEN)), str(data.get("answer_judged_on", "")))


def shipped_answer() -> float:
    """The confidence from which a best guess is given as the date: the shipped calibration's
    learned threshold (`RIGHT_MORE_OFTEN` without one)."""
    calibration = shipped()
    return calibration.answer if calibration is not None else RIGHT_MORE_OFTEN


# A best guess judged for the threshold: its confidence, and its error in days (None: no guess).
Judged = tuple[float, int | None]


@dataclass(slots=True)
class Band:
    """One confidence band [low, high) and each dataset's best guesses in it: (count, exact, within a week)."""

    low: float
    high: float
    datasets: dict[str, tuple[int, int, int]]

    @property
    def judged(self) -> bool:
        """Whether enough datasets have enough guesses in the band to judge it."""
        return sum(1 for n, _e, _w in self.datasets.values() if n >= MIN_JUDGED) >= JUDGES

    @property
    def meets(self) -> bool:
        """Whether every dataset that judges the band has its guesses right as often as answers must be."""
        return all(exact >= EXACT_BAR * n and week >= WEEK_BAR * n
                   for n, exact, week in self.datasets.values() if n >= MIN_JUDGED)


def bands(guesses: dict[str, Sequence[Judged]]) -> list[Band]:
    """The confidence bands from the top down, with each dataset's best guesses in them."""
    out = []
    for k in range(round(1 / BAND), 0, -1):
        low, high = round((k - 1) * BAND, 6), round(k * BAND, 6)
        counts = {}
        for name, judged in guesses.items():
            inside = [e for c, e in judged if e is not None and (low <= c < high or k == round(1 / BAND) and c >= high)]
            counts[name] = (len(inside), sum(e == 0 for e in inside), sum(e <= WEEK for e in inside))
        out.append(Band(low, high, counts))
    return out


def answer_threshold(guesses: dict[str, Sequence[Judged]]) -> float:
    """The lowest band edge from which best guesses are answers, walking down the bands.

    A band is answered when the calibration vouches for it (its guesses are more often right
    than wrong by their confidence, `RIGHT_MORE_OFTEN`) and no dataset that judges it (with
    `MIN_JUDGED` guesses in it) finds its guesses short of the bars; or, below that, when at
    least `JUDGES` datasets judge it and every one finds them up to the bars. The first band
    that is neither ends the walk.
    """
    threshold = 1.0
    for band in bands(guesses):
        vouched = band.low >= RIGHT_MORE_OFTEN and band.meets
        if not (vouched or band.judged and band.meets):
            break
        threshold = band.low
    return threshold


def fit(docs: Sequence[tuple[Sequence[Candidate], dt.date]], fitted_on: str = "") -> Calibration:
    """Fit the ranker on every candidate of the documents (label: it is the true day), then
    Platt scaling of each document's best score to whether it is right.

    L2-regularized logistic regressions (scikit-learn's defaults): a dozen weights from
    hundreds of documents, nothing tuned to a dataset by hand.
    """
    from sklearn.linear_model import LogisticRegression

    rows = [c.features for found, _ in docs for c in found]
    labels = [c.day == truth for found, truth in docs for c in found]
    if not rows or len(set(labels)) < 2:
        raise ValueError("no candidate or no right candidate to learn from")
    ranker = LogisticRegression(max_iter=2000).fit(np.stack(rows), np.array(labels))
    draft = Calibration(ranker.coef_[0], float(ranker.intercept_[0]), (1.0, 0.0))
    best, right = [], []
    for found, truth in docs:
        chosen = draft.choose(found)
        if chosen is not None:
            best.append([chosen[1]])
            right.append(chosen[0].day == truth)
    platt = LogisticRegression().fit(np.array(best), np.array(right)) if len(set(right)) == 2 else None
    ab = (float(platt.coef_[0][0]), float(platt.intercept_[0])) if platt is not None else (1.0, 0.0)
    return Calibration(draft.weights, draft.intercept, ab, fitted_on)


def with_answer(calibration: Calibration, guesses: dict[str, Sequence[Judged]]) -> Calibration:
    """The calibration with the answer threshold its best guesses on these datasets give."""
    judged_on = "; ".join(f"{name} ({len(found)} documents)" for name, found in guesses.items())
    return replace(calibration, answer=answer_threshold(guesses), answer_judged_on=judged_on)


def save(calibration: Calibration, path: Path | None = None) -> Path:
    """Write the calibration where Dateline reads it (or to `path`)."""
    target = path or _data_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(calibration.as_dict(), indent=1) + "\n", encoding="utf-8")
    shipped.cache_clear()
    return target
