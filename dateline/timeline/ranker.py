"""The learned date ranker: a logistic regression over a day's standardized evidence.

DATEWISE (Gholipour Ghalandari & Ifrim, 2020) learns which days matter from reference
timelines; so does Dateline, over the features of `dateline.timeline.features`. The weights
ship as a small JSON file (`data/date_ranker.json`) saying which data fitted them;
`dateline benchmark refit` fits them again from reference timelines.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from dateline.timeline.features import FEATURES

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
        """Fit on collections' feature rows and 0/1 labels (day in the reference timeline).

        Classes are balanced: reference days are a small share of candidate days, and the
        share differs between collections; only the ranking the weights give matters.

        The fit is unconstrained, so some on-topic evidence weighs against a day (`topic`,
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
        from sklearn.linear_model import LogisticRegression  # lazily: only refits need it

        x = np.vstack(rows)
        y = np.concatenate(labels)
        if len(set(y.tolist())) < 2:
            raise ValueError("fitting the date ranker needs days both in and out of a reference")
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=1000)
        model.fit(x, y)
        return cls(FEATURES, tuple(float(w) for w in model.coef_[0]),
                   float(model.intercept_[0]), tuple(fitted_on))

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


def shipped_path() -> Path:
    """Where the shipped weights live (inside the package)."""
    return Path(str(resources.files("dateline.timeline") / "data" / "date_ranker.json"))


@lru_cache(maxsize=1)
def shipped() -> DateRanker:
    """The weights shipped with Dateline."""
    return DateRanker.read(shipped_path())
