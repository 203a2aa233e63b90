"""Publication-date inference on dated documents: hide the date, predict it from the text.

Any folder `dateline.ingest.read` understands will do: TimeML (the DCT is the truth, the
`<TEXT>` is all the model sees), `TOPIC/YYYY-MM-DD/*.txt` collections (the folder name is the
truth), text files with a `date` header (removed before dating). Every best guess is scored,
overall and by confidence bucket, so a user can pick a threshold (`infer_date` returns a date
from confidence 0.5 by default); speed is compared with tagging the same texts.

Texts seldom name their own year, so dating is also measured as it is used: with a hint
range, what a user knows about when the texts were written. `hint_years=N` gives each
document a window of N years that contains the truth at a random offset (fixed seed: the
same windows each run; the truth is not at the centre, so the window's middle gives nothing
away); `span` dates as the pipeline does the undated articles of a collection: from the
text alone, and if that is not enough within the dataset's span widened by a year each side.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.benchmark.timing import median_seconds
from dateline.ingest import read
from dateline.ingest.reader import ignore_error
from dateline.model import DateGuess
from dateline.pipeline import COLLECTION_MARGIN
from dateline.ingest.sentences import split as split_sentences
from dateline.temporal.annotate import tagger_for_language
from dateline.temporal.dating import ANSWER, infer_date
from dateline.temporal.meanings import Calendar

Hint = tuple[dt.date, dt.date]
# Seed of the hint windows' offsets.
SEED = 3

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
class HintRun:
    """The scores of one hint setting: all documents, and each confidence bucket."""

    name: str
    overall: Score
    buckets: list[Score]
    guesses: list[DateGuess] = field(default_factory=list)


@dataclass(slots=True)
class DatingBenchmark:
    """Scores (all documents, each confidence bucket, the naive baseline) and speed.

    `overall`, `buckets` and `guesses` are those without a hint; `hinted` has the same for
    each hint setting. Speed: dating alone (`infer_date` on the text), tagging alone, and
    dating then tagging as the pipeline does it for an undated article (one `analyze`, the
    mentions anchored once the date is known).
    """

    overall: Score
    buckets: list[Score]
    baseline: Score
    documents: int
    dating_seconds: float
    tagging_seconds: float
    guesses: list[DateGuess] = field(default_factory=list)
    hinted: list[HintRun] = field(default_factory=list)
    date_and_tag_seconds: float = 0.0

    @property
    def dating_docs_per_second(self) -> float:
        return self.documents / self.dating_seconds if self.dating_seconds else 0.0

    @property
    def tagging_docs_per_second(self) -> float:
        return self.documents / self.tagging_seconds if self.tagging_seconds else 0.0

    @property
    def date_and_tag_docs_per_second(self) -> float:
        return self.documents / self.date_and_tag_seconds if self.date_and_tag_seconds else 0.0

    def hint(self, name: str) -> HintRun:
        """The run of a hint setting by name ("1 year", "5 years", "span")."""
        return next(h for h in self.hinted if h.name == name)


def load(folder: Path, lang: str | None) -> list[tuple[str, dt.date]]:
    """(text, true publication date) of every dated document under the folder."""
    return [(a.text, a.date) for a in read([folder], lang=lang or "en", on_error=ignore_error)
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


def bucket_of(confidence: float) -> int:
    """Index of the confidence bucket."""
    return max(i for i, low in enumerate(BUCKETS) if confidence >= low)


def window(truth: dt.date, years: int, rng: random.Random) -> Hint:
    """A window of `years` years holding `truth` at a random place in it."""
    days = round(years * 365.25)
    first = truth - dt.timedelta(days=rng.randrange(days))
    return first, first + dt.timedelta(days=days - 1)


def hints(docs: Sequence[tuple[str, dt.date]], setting: int | str) -> list[Hint]:
    """Each document's hint range: a window of `setting` years, or the dataset's "span"."""
    if setting == "span":
        truths = [truth for _, truth in docs]
        span = (min(truths) - COLLECTION_MARGIN, max(truths) + COLLECTION_MARGIN) if truths else None  # as the pipeline's
        return [span for _ in docs]  # type: ignore[misc]
    rng = random.Random(SEED)
    return [window(truth, int(setting), rng) for _, truth in docs]


def setting_name(setting: int | str) -> str:
    if setting == "span":
        return "span"
    return f"{setting} year{'s' * (int(setting) != 1)}"


def score(docs: Sequence[tuple[str, dt.date]], guesses: Sequence[DateGuess],
          lang: str | None) -> tuple[Score, list[Score], Score]:
    """Overall, per-bucket and baseline scores of the guesses."""
    overall, buckets = score_guesses(docs, guesses)
    naive = Score("baseline: most frequent full date")
    for text, truth in docs:
        naive.add(truth, baseline(text, lang), 1.0)
    return overall, buckets, naive


def score_guesses(docs: Sequence[tuple[str, dt.date]],
                  guesses: Sequence[DateGuess]) -> tuple[Score, list[Score]]:
    """Scores of the dates returned (confidence ≥ ANSWER, as `infer_date` does by default) and
    of every best guess by confidence bucket, the lowest included."""
    overall = Score(f"returned (confidence ≥ {ANSWER:.2f})")
    # A bucket is [low, next low); the last has no upper end.
    buckets = [Score(f"{low:.2f} ≤ confidence < {high:.2f}") for low, high in zip(BUCKETS, BUCKETS[1:])]
    buckets.append(Score(f"confidence ≥ {BUCKETS[-1]:.2f}"))
    for (_text, truth), guess in zip(docs, guesses):
        returned = guess.date if guess.confidence >= ANSWER else None
        overall.add(truth, returned, guess.confidence)
        if guess.date is not None:
            buckets[bucket_of(guess.confidence)].add(truth, guess.date, guess.confidence)
    return overall, buckets


def run(folder: Path, lang: str | None = "en", repeats: int = 3,
        hint_settings: Sequence[int | str] = ()) -> DatingBenchmark:
    """Date every document `repeats` times and tag it as often; time the medians, score the last.

    Then date each document once more for each hint setting (N years, or "span").
    """
    docs = load(folder, lang)
    tagger, _ = tagger_for_language(lang)
    if docs:  # compiled and loaded before the clock starts, as in a long run
        infer_date(docs[0][0], lang)
    guesses: list[DateGuess] = []

    def date_all() -> None:
        guesses[:] = [infer_date(text, lang, min_confidence=0.0) for text, _ in docs]

    def date_and_tag() -> None:  # as the pipeline does for an undated article
        for text, _ in docs:
            spans = split_sentences(text)
            mentions = tagger.analyze(text, spans)
            guess = infer_date(text, lang, mentions=mentions, sentences=spans)
            tagger.anchor(text, mentions, guess.date)

    dating, tagging, both = median_seconds(
        [date_all, lambda: [tagger.tag(text, truth) for text, truth in docs], date_and_tag], repeats)
    overall, buckets, naive = score(docs, guesses, lang)
    hinted = []
    for setting in hint_settings:
        ranges = hints(docs, setting)
        if setting == "span":  # as the pipeline: the text alone first, the span if it is not enough
            found = [guess if guess.confidence >= ANSWER else infer_date(text, lang, hint, min_confidence=0.0)
                     for (text, _), hint, guess in zip(docs, ranges, guesses)]
        else:
            found = [infer_date(text, lang, hint, min_confidence=0.0) for (text, _), hint in zip(docs, ranges)]
        hinted.append(HintRun(setting_name(setting), *score_guesses(docs, found), found))
    return DatingBenchmark(overall, buckets, naive, len(docs), dating, tagging, guesses,
                           hinted, both)
