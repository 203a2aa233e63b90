"""Publication-date inference on dated documents: hide the date, predict it from the text.

Any folder `dateline.ingest.read` understands will do: TimeML (the DCT is the truth, the
`<TEXT>` is all the model sees), `TOPIC/YYYY-MM-DD/*.txt` collections (the folder name is the
truth), text files with a `date` header (removed before dating). Accuracy is reported where a
date is returned and by confidence bucket, so a user can pick a threshold; speed is compared
with tagging the same texts.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.ingest import IngestError, read
from dateline.model import DateGuess
from dateline.temporal.annotate import tagger_for_language
from dateline.temporal.dating import infer_date
from dateline.temporal.meanings import Calendar

# Lower bounds of the confidence buckets.
BUCKETS = (0.0, 0.5, 0.8, 0.95)


@dataclass(slots=True)
class Score:
    """Accuracy of the dates returned for a group of documents."""

    name: str
    documents: int = 0
    answered: int = 0
    exact: int = 0
    within1: int = 0
    within7: int = 0
    confidence: float = 0.0

    def add(self, truth: dt.date, guess: dt.date | None, confidence: float) -> None:
        self.documents += 1
        if guess is None:
            return
        error = abs((guess - truth).days)
        self.answered += 1
        self.exact += error == 0
        self.within1 += error <= 1
        self.within7 += error <= 7
        self.confidence += confidence

    def rate(self, hits: int) -> float:
        """Share of the answered documents."""
        return hits / self.answered if self.answered else 0.0

    @property
    def mean_confidence(self) -> float:
        return self.confidence / self.answered if self.answered else 0.0


@dataclass(slots=True)
class DatingBenchmark:
    """Scores (all documents, each confidence bucket, the naive baseline) and speed."""

    overall: Score
    buckets: list[Score]
    baseline: Score
    documents: int
    dating_seconds: float
    tagging_seconds: float
    guesses: list[DateGuess] = field(default_factory=list)

    @property
    def dating_docs_per_second(self) -> float:
        return self.documents / self.dating_seconds if self.dating_seconds else 0.0

    @property
    def tagging_docs_per_second(self) -> float:
        return self.documents / self.tagging_seconds if self.tagging_seconds else 0.0


def load(folder: Path, lang: str | None) -> list[tuple[str, dt.date]]:
    """(text, true publication date) of every dated document under the folder."""
    def skip(error: IngestError) -> None:
        pass
    return [(a.text, a.date) for a in read([folder], lang=lang or "en", on_error=skip)
            if a.date is not None]


def baseline(text: str, lang: str | None) -> dt.date | None:
    """The naive guess: the full date (day, month and year) mentioned most often."""
    tagger, _ = tagger_for_language(lang)
    days: Counter[dt.date] = Counter()
    for mention in tagger.find(text):
        m = mention.meaning
        if isinstance(m, Calendar) and m.gran == "D" and m.year is not None:
            try:
                days[dt.date(m.year, m.month, m.day)] += 1
            except ValueError:
                continue
    return days.most_common(1)[0][0] if days else None


def _timed(work: Callable[[], object], repeats: int) -> float:
    timings = []
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def bucket_of(confidence: float) -> int:
    """Index of the confidence bucket."""
    return max(i for i, low in enumerate(BUCKETS) if confidence >= low)


def score(docs: Sequence[tuple[str, dt.date]], guesses: Sequence[DateGuess],
          lang: str | None) -> tuple[Score, list[Score], Score]:
    """Overall, per-bucket and baseline scores of the guesses."""
    overall, naive = Score("all"), Score("baseline: most frequent full date")
    buckets = [Score(f"confidence ≥ {low:.2f}" if not i else f"confidence < {BUCKETS[1]:.2f}")
               for i, low in enumerate(BUCKETS)]
    for (text, truth), guess in zip(docs, guesses):
        overall.add(truth, guess.date, guess.confidence)
        naive.add(truth, baseline(text, lang), 1.0)
        if guess.date is not None:
            buckets[bucket_of(guess.confidence)].add(truth, guess.date, guess.confidence)
    for i in range(len(BUCKETS) - 1):  # a bucket is [low, next low)
        buckets[i].name = f"{BUCKETS[i]:.2f} ≤ confidence < {BUCKETS[i + 1]:.2f}"
    buckets[-1].name = f"confidence ≥ {BUCKETS[-1]:.2f}"
    return overall, buckets, naive


def run(folder: Path, lang: str | None = "en", repeats: int = 3) -> DatingBenchmark:
    """Date every document `repeats` times and tag it as often; time the medians, score the last."""
    docs = load(folder, lang)
    tagger, _ = tagger_for_language(lang)
    if docs:  # compiled and loaded before the clock starts, as in a long run
        infer_date(docs[0][0], lang)
    guesses: list[DateGuess] = []

    def date_all() -> None:
        guesses[:] = [infer_date(text, lang) for text, _ in docs]

    dating = _timed(date_all, repeats)
    tagging = _timed(lambda: [tagger.tag(text, truth) for text, truth in docs], repeats)
    overall, buckets, naive = score(docs, guesses, lang)
    return DatingBenchmark(overall, buckets, naive, len(docs), dating, tagging, guesses)
