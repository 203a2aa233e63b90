"""The learned date ranker: a logistic regression over a day's standardized evidence.

DATEWISE (Gholipour Ghalandari & Ifrim, 2020) learns which days matter from reference
timelines; so does Dateline, over the features of `dateline.timeline.features`. The weights
ship as a small JSON file (`data/date_ranker.json`) saying which data fitted them;
`dateline benchmark refit` fits them again from reference timelines: the mean of the fits
leaving each dev topic out (`DateRanker.fit`), each topic given as written and once more with
the days it names 1-6 days before publication referred to by weekday
(`dateline.benchmark.tls.training_rows`), deterministically (the same code and
dev sets give the same file).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from dateline.timeline.features import FEATURES, NEVER_AGAINST

# Inverse regularization strength of the fit: scikit-learn's default. Features are
# standardized, so one strength suits them all (its sensitivity is in the closing note of #11).
# Session 14, leave-one-topic-out: 0.3 gains Spanish ML-Crisis 0.009 Date-F1 and leaves the
# English entity timelines the same, 3 scores as 1; choosing it within each fit by an inner
# leave-one-topic-out (log loss or ROC AUC) picks 0.01 and costs English 0.026 Date-F1 (by
# average precision it picks 1). The default stays: a gain on one dev set alone is fitting.
# Session 16 (with the halves of the Spanish set): 0.3 gains one half 0.015 Date-F1 and costs
# the other 0.007 and the whole set 0.003; 0.1 costs Spanish 0.010 and English 0.013; an L1
# penalty (0.1, 0.03) costs both.
REGULARIZATION_C = 1.0
# From how many collections the fit averages the fits leaving each out (`DateRanker.fit`):
# with two, each sub-fit would see a single collection.
BAGGED_FROM = 3


@dataclass(frozen=True, slots=True)
class DateRanker:
    """Weights per feature; a day's score is their dot product with its feature row."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float = 0.0
    fitted_on: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if tuple(self.features) != FEATURES:
            raise ValueError(f"date ranker features {list(self.features)} are not this version's "
                             f"{list(FEATURES)}: refit with `dateline benchmark refit`")
        if len(self.weights) != len(self.features):
            raise ValueError("date ranker: one weight per feature is needed")

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """Score of each day (row); higher is more likely a reference date."""
        if not len(rows):
            return np.zeros(0)
        return rows @ np.asarray(self.weights) + self.intercept

    @classmethod
    def fit(cls, rows: Sequence[np.ndarray], labels: Sequence[np.ndarray],
            fitted_on: Sequence[str] = (), c: float = REGULARIZATION_C) -> DateRanker:
        """Fit on collections' feature rows and 0/1 labels (day in the reference timeline),
        one array of each per collection.

        The weights are the mean of the fits that each leave one collection out (`_fit`
        on the others; with fewer than three collections, one fit on all): a timeline is
        asked of a collection the weights never saw, so weights that one collection pulls
        its own way are averaged with fits that do not hold it. This is bagging by
        collection; averaging linear scores is averaging the weights. Session 19, leave-one-
        topic-out AR1-F / Date-F1 against one fit on all: Spanish ML-Crisis 0.238 / 0.478 ->
        0.244 / 0.485 (libya gains two dates; without libya 0.123 / 0.356 both), its
        `--sample 0.5` halves 0.109 / 0.365 -> 0.110 / 0.365 and 0.215 / 0.422 -> 0.216 /
        0.425, English entity timelines 0.482 / 0.794 identical. Other weightings of the
        collections lowered a dev set (the same, `benchmark tls --loto`): each collection
        weighing the same in one fit, 0.245 / 0.466 Spanish and 0.457 / 0.755 English;
        classes balanced within each collection, 0.255 / 0.484 and 0.471 / 0.738 (closing
        note of #11, session 19).

        Classes are balanced: reference days are a small share of candidate days, and the
        share differs between collections; only the ranking the weights give matters.

        Only the weights of evidence that cannot speak against a day are kept >= 0
        (`features.NEVER_AGAINST`: looking back at it, naming it on topic); the others are free,
        so some on-topic evidence weighs against a day (`topic`,
        `about` < 0 beside `topic_stated`, `about_named` > 0): of two days named alike, the one
        more often only counted to on topic ("ayer", "la víspera": routine daily reporting)
        ranks lower, and the sign stays with those two counted apart from the named ones.
        Fits that cannot weigh on-topic evidence against a day score lower, session 18,
        leave-one-topic-out AR1-F / Date-F1 against 0.242 / 0.482 Spanish ML-Crisis and 0.482 /
        0.794 English: every weight >= 0, 0.231 / 0.452 and 0.387 / 0.710 (its halves gain
        0.006-0.010 AR1-F); the on-topic ones >= 0, 0.227 / 0.452 and 0.473 / 0.751; on-topic
        counts as shares of all, weights >= 0, 0.211 / 0.438 and 0.388 / 0.698; disjoint counts
        per form and context, 0.209 / 0.427 and 0.447 / 0.700; monotone gradient boosting,
        0.236 / 0.364 and 0.368 / 0.685 (closing note of #11, session 18).
        """
        rows, labels = list(rows), list(labels)
        if len(rows) != len(labels):
            raise ValueError("fitting the date ranker needs one label array per collection")
        subsets = [_fit(rows[:i] + rows[i + 1:], labels[:i] + labels[i + 1:], c)
                   for i in range(len(rows))] if len(rows) >= BAGGED_FROM else []
        fits = [f for f in subsets if f is not None] or [_fit(rows, labels, c)]
        if fits[0] is None:
            raise ValueError("fitting the date ranker needs days both in and out of a reference")
        weights = np.mean([w for w, _ in fits], axis=0)
        intercept = float(np.mean([b for _, b in fits]))
        return cls(FEATURES, tuple(float(w) for w in weights), intercept, tuple(fitted_on))

    def save(self, path: Path) -> None:
        data = asdict(self)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> DateRanker:
        """A ranker from a JSON file written by `save`; a bad file raises ValueError naming it."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(tuple(data["features"]), tuple(float(w) for w in data["weights"]),
                       float(data.get("intercept", 0.0)), tuple(data.get("fitted_on", ())))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}: not a date ranker file ({error})") from None


def _fit(rows: Sequence[np.ndarray], labels: Sequence[np.ndarray],
         c: float) -> tuple[np.ndarray, float] | None:
    """Weights and intercept of one class-balanced, L2-regularized logistic regression over
    these collections' rows, the weights of `NEVER_AGAINST` kept >= 0; None when their days
    are all in or all out of the references.

    The objective is scikit-learn's `LogisticRegression(C=c, class_weight="balanced")` (the
    same weights to 3 decimals where no bound binds), written out because scikit-learn's
    logistic regression takes no bounds on single weights; scipy's L-BFGS-B does."""
    from scipy.optimize import minimize  # lazily: only refits need it
    from scipy.special import expit

    x = np.vstack(list(rows))
    y = np.concatenate(list(labels)).astype(np.float64)
    positives = float(y.sum())
    if positives in (0.0, float(len(y))):
        return None
    sign = np.where(y == 1, 1.0, -1.0)
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = params[:-1], params[-1]
        margin = sign * (x @ w + b)
        slope = -c * weight * sign * expit(-margin)  # d loss / d score
        value = c * float(weight @ np.logaddexp(0.0, -margin)) + 0.5 * float(w @ w)
        return value, np.append(x.T @ slope + w, slope.sum())

    bounds = [(0.0, None) if f in NEVER_AGAINST else (None, None) for f in FEATURES] + [(None, None)]
    found = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return found.x[:-1].astype(np.float64), float(found.x[-1])


def shipped_path() -> Path:
    """Where the shipped weights live (inside the package)."""
    return Path(str(resources.files("dateline.timeline") / "data" / "date_ranker.json"))


@lru_cache(maxsize=1)
def shipped() -> DateRanker:
    """The weights shipped with Dateline."""
    return DateRanker.read(shipped_path())
