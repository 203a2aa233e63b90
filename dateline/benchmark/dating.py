"""Publication-date inference on dated documents: hide the date, predict it from the text.

Any folder `dateline.ingest.read` understands will do: TimeML (the DCT is the truth, the
`<TEXT>` is all the model sees), `TOPIC/YYYY-MM-DD/*.txt` collections (the folder name is the
truth), text files with a `date` header (removed before dating).

Dateline's answers (the dates `infer_date` returns by default) and its best guesses (every
best day, `min_confidence=0`) are scored beside two naive rules a user could apply without
Dateline: the latest full date the text names, and the full date it names most often; and
beside the ceiling of any reading of the dates named (`CEILING`: how many texts name their
own day at all). Each
document belongs to a part (its first folder under the dataset: TBAQ's `TimeBank` and
`AQUAINT`, ML-Crisis's topics); parts named as development data are those Dateline's cues
and its calibration were tuned on, the others are held back, and figures are given for each.
The reliability table (confidence bucket → share right) is given per language and part.

Texts seldom name their own year, so dating is also measured as it is used: with a hint
range, what a user knows about when the texts were written. `hint_years=N` gives each
document a window of N years that contains the truth at a random offset (fixed seed: the
same windows each run; the truth is not at the centre, so the window's middle gives nothing
away); `span` dates as the pipeline does the undated articles of a collection: from the
text alone, and if that is not enough within the dataset's span widened as the pipeline widens
a collection's (`collection_span`).

`collection` measures that path where it is used: each part (an ML-Crisis topic, TBAQ's
TimeBank or AQUAINT) is one collection, split into `FOLDS` folds at random (`SEED`); the dates
of one fold are hidden at a time, and its documents are dated as `dateline.pipeline` dates the
undated articles of a collection (`date_in_collection`: the text alone, else the span of the
part's documents still dated, and a near-duplicate's date), to compare with the text-only
answers (hint "none").
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.benchmark.timing import median_seconds
from dateline.ingest import read
from dateline.ingest import boilerplate, ignore_error, marked_sentences
from dateline.model import Article, DateGuess
from dateline.pipeline import collection_span, date_in_collection
from dateline.temporal.annotate import tagger_for_language
from dateline.temporal.calibration import Calibration, Judged, shipped_answer
from dateline.temporal.dating import Twins, date_article, evidence_kinds, full_dates, with_site_lines

Hint = tuple[dt.date, dt.date]
# Seed of the hint windows' offsets.
SEED = 3
# The parts Dateline's dating was developed and calibrated on; every other part of a dataset
# is held back. TBAQ: TimeBank (AQUAINT held back); ML-Crisis: egypt and libya (syria and
# yemen held back). A dataset with other parts is all held back unless `--dev` names some.
DEV_PARTS = ("TimeBank", "egypt", "libya")
DEV, HELD_BACK = "dev", "held-back"
# `collection` hides the dates of one fold of each part at a time, this many folds: four fifths
# of a collection stay dated, as in a user's folder with a few undated pages, and every
# document is dated once.
FOLDS = 5
IN_COLLECTION = "collection"

# Lower bounds of the confidence buckets of the reliability table.
BUCKETS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.95)

ANSWERS = "Dateline answers"
BEST = "Dateline best guesses"
LATEST = "latest full date named"
FREQUENT = "most frequent full date named"
# Not a method but what any reading of the dates named can reach: the day named nearest the
# truth (a full date, or a day without a year in the truth's year). Its exact count is the
# number of texts that name their own day; a text that names none can still be dated by a
# reader only through weekdays ("said Tuesday") and words like "yesterday", to the week.
CEILING = "ceiling: named day nearest the truth"
METHODS = (ANSWERS, BEST, LATEST, FREQUENT, CEILING)


@dataclass(slots=True)
class Score:
    """Accuracy of the dates given for a group of documents."""

    name: str
    documents: int = 0
    answered: int = 0
    exact: int = 0
    within7: int = 0
    confidence: float = 0.0

    def add(self, truth: dt.date, guess: dt.date | None, confidence: float = 0.0) -> None:
        self.documents += 1
        if guess is None:
            return
        error = abs((guess - truth).days)
        self.answered += 1
        self.exact += error == 0
        self.within7 += error <= 7
        self.confidence += confidence

    def rate(self, hits: int) -> float:
        """Share of the answered documents."""
        return hits / self.answered if self.answered else 0.0

    @property
    def coverage(self) -> float:
        return self.answered / self.documents if self.documents else 0.0

    @property
    def mean_confidence(self) -> float:
        return self.confidence / self.answered if self.answered else 0.0


@dataclass(slots=True)
class Doc:
    """A dated document with its date hidden: the article, the truth, its part and split."""

    article: Article
    truth: dt.date
    part: str
    split: str
    site: frozenset[str] = frozenset()  # the lines the dataset's pages repeat (`with_site_lines`)


@dataclass(slots=True)
class HintRun:
    """The scores of one hint setting: answers and best guesses, each split."""

    name: str
    scores: dict[tuple[str, str], Score]
    guesses: list[DateGuess] = field(default_factory=list)


@dataclass(slots=True)
class DatingBenchmark:
    """Scores of each method on each split, reliability per language and part, and speed.

    `scores[(split, method)]` with split "dev", "held-back" or "all"; `reliability[(lang,
    part)]` one Score per confidence bucket (best guesses); `evidence[(kind, split)]` the best
    guesses by the kind of evidence that points at them (`by_evidence`). Speed: dating alone (with the collection's site lines, `collect`),
    tagging alone.
    """

    docs: list[Doc]
    guesses: list[DateGuess]
    scores: dict[tuple[str, str], Score]
    reliability: dict[tuple[str, str], list[Score]]
    evidence: dict[tuple[str, str], Score]
    dating_seconds: float
    tagging_seconds: float
    hinted: list[HintRun] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len(self.docs)

    def score(self, split: str, method: str) -> Score:
        return self.scores[(split, method)]

    @property
    def dating_docs_per_second(self) -> float:
        return self.documents / self.dating_seconds if self.dating_seconds else 0.0

    @property
    def tagging_docs_per_second(self) -> float:
        return self.documents / self.tagging_seconds if self.tagging_seconds else 0.0

    def hint(self, name: str) -> HintRun:
        """The run of a hint setting by name ("1 year", "5 years", "span")."""
        return next(h for h in self.hinted if h.name == name)


def part_of(article: Article, folder: Path) -> str:
    """The first folder of the document under the dataset ("" for a file at its top)."""
    try:
        parts = Path(article.path or "").resolve().relative_to(folder.resolve()).parts
    except ValueError:
        return ""
    return parts[0] if len(parts) > 1 else ""


def load(folder: Path, lang: str | None, dev_parts: Sequence[str] = DEV_PARTS, *,
         site: bool = True) -> list[Doc]:
    """Every dated document under the folder, the date hidden (kept as the truth); with
    `site`, its collection's site lines marked (`collect`)."""
    docs = []
    for article in read([folder], lang=lang, on_error=ignore_error):
        if article.date is None:
            continue
        truth, article.date = article.date, None
        # Ingest marks a page's lone date lines as furniture by the article's own year when it
        # knows it (`boilerplate.mark`): marked again without it, as an undated article is,
        # where that can differ (most texts: not at all, and are not marked twice).
        if boilerplate.depends_on_date(article.text):
            article.sentences = marked_sentences(article.text)
        part = part_of(article, folder)
        docs.append(Doc(article, truth, part, DEV if part in dev_parts else HELD_BACK))
    if site:
        collect(docs)
    return docs


def collect(docs: Sequence[Doc]) -> None:
    """The dataset is one collection, as a user's folder is: the lines its pages repeat on
    different stories are the sites' (`with_site_lines`: from the texts alone, every part's,
    no date), marked in each document and kept for dating it."""
    site = with_site_lines([d.article for d in docs])
    for d in docs:
        d.site = site


def latest_full_date(text: str, lang: str | None) -> dt.date | None:
    """Naive rule: the latest full date (day, month and year) the text names."""
    return max(full_dates(text, lang), default=None)


def most_frequent_full_date(text: str, lang: str | None) -> dt.date | None:
    """Naive rule: the full date the text names most often (the earliest of a tie)."""
    counts = Counter(full_dates(text, lang))
    if not counts:
        return None
    top = max(counts.values())
    return min(d for d, n in counts.items() if n == top)


def nearest_named_day(text: str, lang: str | None, truth: dt.date) -> dt.date | None:
    """The day the text names nearest the truth (see `CEILING`)."""
    return min(full_dates(text, lang, truth), key=lambda day: abs((day - truth).days), default=None)


def bucket_of(confidence: float, buckets: Sequence[float] = BUCKETS) -> int:
    """Index of the confidence bucket."""
    return max(i for i, low in enumerate(buckets) if confidence >= low)


def bucket_names(buckets: Sequence[float] = BUCKETS) -> list[str]:
    """"0.00–0.20", ..., "≥ 0.95"."""
    return [f"{low:.2f}–{high:.2f}" for low, high in zip(buckets, buckets[1:])] + [f"≥ {buckets[-1]:.2f}"]


def window(truth: dt.date, years: int, rng: random.Random) -> Hint:
    """A window of `years` years holding `truth` at a random place in it."""
    days = round(years * 365.25)
    first = truth - dt.timedelta(days=rng.randrange(days))
    return first, first + dt.timedelta(days=days - 1)


def hints(docs: Sequence[Doc], setting: int | str) -> list[Hint]:
    """Each document's hint range: a window of `setting` years, or the dataset's "span"."""
    if setting == "span":
        span = _span([d.truth for d in docs])
        return [span for _ in docs]  # type: ignore[misc]
    rng = random.Random(SEED)
    return [window(d.truth, int(setting), rng) for d in docs]


def _span(truths: Sequence[dt.date]) -> Hint | None:
    """The fallback span of a collection whose dated articles have these days, as the pipeline's."""
    return collection_span(min(truths), max(truths), len(truths)) if truths else None


def setting_name(setting: int | str) -> str:
    if setting in ("span", "collection"):
        return str(setting)
    return f"{setting} year{'s' * (int(setting) != 1)}"


def folds(docs: Sequence[Doc], count: int = FOLDS, seed: int = SEED) -> list[int]:
    """Each document's fold for `collection`: drawn at random (fixed seed), `count` of them."""
    rng = random.Random(seed)
    return [rng.randrange(count) for _ in docs]


def in_collections(docs: Sequence[Doc], fold: Sequence[int]) -> list[DateGuess]:
    """Each document's date as the pipeline finds it in its part (one collection) with the
    dates of its fold hidden: from the text alone, else within the span of the part's
    documents left dated, and a near-duplicate's date among them (`date_in_collection`); the
    confidence is the answer's (an answer or none: the pipeline keeps no best guess below
    the threshold)."""
    found: list[DateGuess | None] = [None] * len(docs)
    for part, hidden in sorted({(d.part, f) for d, f in zip(docs, fold)}):
        members = [i for i, d in enumerate(docs) if d.part == part]
        known = [docs[i] for i in members if fold[i] != hidden]
        twins = Twins()
        for d in known:
            dated = copy.copy(d.article)
            dated.date = d.truth
            twins.add(dated)
        fallback = _span([d.truth for d in known])
        for i in members:
            if fold[i] == hidden:
                article = date_in_collection(copy.deepcopy(docs[i].article), fallback, twins, docs[i].site)
                found[i] = DateGuess(article.date, article.date_confidence or 0.0, [])
    return [g for g in found if g is not None]


Method = Callable[[Doc, DateGuess], tuple[dt.date | None, float]]


def _methods() -> dict[str, Method]:
    return {
        ANSWERS: lambda d, g: (g.date if g.confidence >= shipped_answer() else None, g.confidence),
        BEST: lambda d, g: (g.date, g.confidence),
        LATEST: lambda d, g: (latest_full_date(d.article.text, d.article.lang), 0.0),
        FREQUENT: lambda d, g: (most_frequent_full_date(d.article.text, d.article.lang), 0.0),
        CEILING: lambda d, g: (nearest_named_day(d.article.text, d.article.lang, d.truth), 0.0),
    }


def score_all(docs: Sequence[Doc], guesses: Sequence[DateGuess],
              methods: Sequence[str] = METHODS) -> dict[tuple[str, str], Score]:
    """Each method's score on the dev part, the held-back part and all documents."""
    rules = _methods()
    scores: dict[tuple[str, str], Score] = {}
    for method in methods:
        for doc, guess in zip(docs, guesses):
            found, confidence = rules[method](doc, guess)
            for split in (doc.split, "all"):
                scores.setdefault((split, method), Score(method)).add(doc.truth, found, confidence)
    for split in (DEV, HELD_BACK, "all"):
        for method in methods:
            scores.setdefault((split, method), Score(method))
    return scores


def reliability(docs: Sequence[Doc], guesses: Sequence[DateGuess]) -> dict[tuple[str, str], list[Score]]:
    """(language, part) → per confidence bucket, how often the best guess is the right day."""
    table: dict[tuple[str, str], list[Score]] = {}
    for doc, guess in zip(docs, guesses):
        if guess.date is None:
            continue
        for key in ((doc.article.lang or "?", doc.split), (doc.article.lang or "?", "all")):
            rows = table.setdefault(key, [Score(name) for name in bucket_names()])
            rows[bucket_of(guess.confidence)].add(doc.truth, guess.date, guess.confidence)
    return table


def by_evidence(docs: Sequence[Doc], guesses: Sequence[DateGuess]) -> dict[tuple[str, str], Score]:
    """(kind of evidence, split) → the best guesses that evidence points at (`evidence_kinds`;
    a guess with two kinds counts in both): their share right beside their mean confidence
    says which kinds the confidence under- or over-rates."""
    table: dict[tuple[str, str], Score] = {}
    for doc, guess in zip(docs, guesses):
        if guess.date is None:
            continue
        for kind in evidence_kinds(doc.article, guess.date, doc.site):
            table.setdefault((kind, doc.split), Score(kind)).add(doc.truth, guess.date, guess.confidence)
    return table


def judge(docs: Sequence[Doc], calibration: Calibration) -> list[Judged]:
    """Each document's best guess with a calibration, as the answer threshold is judged on:
    (confidence, days from the truth, None without a guess)."""
    return [(g.confidence, abs((g.date - d.truth).days) if g.date is not None else None)
            for d, g in zip(docs, date_all(docs, calibration=calibration))]


def date_all(docs: Sequence[Doc], hint: Sequence[Hint | None] | None = None,
             calibration: Calibration | None = None) -> list[DateGuess]:
    """Every document's best guess (with its calibrated confidence: the shipped calibration's,
    or `calibration`'s)."""
    ranges = hint or [None] * len(docs)
    return [date_article(d.article, r, min_confidence=0.0, calibration=calibration, site=d.site)
            for d, r in zip(docs, ranges)]


def run(folder: Path, lang: str | None = "en", repeats: int = 3,
        hint_settings: Sequence[int | str] = (), dev_parts: Sequence[str] = DEV_PARTS) -> DatingBenchmark:
    """Date every document `repeats` times and tag it as often; time the medians, score the last.

    Then date each document once more for each hint setting (N years, or "span"); with
    "collection", each document's answer in its part with its fold's dates hidden.
    """
    docs = load(folder, lang, dev_parts, site=False)
    tagger, _ = tagger_for_language(lang)
    if docs:  # compiled and loaded before the clock starts, as in a long run
        date_article(docs[0].article)
    started = time.process_time()  # CPU time, as median_seconds measures the rest
    collect(docs)  # part of dating's cost: once per collection
    site_seconds = time.process_time() - started
    guesses: list[DateGuess] = []

    def dating() -> None:
        guesses[:] = date_all(docs)

    dating_seconds, tagging_seconds = median_seconds(
        [dating, lambda: [tagger.tag(d.article.text, d.truth, d.article.sentence_spans()) for d in docs]],
        repeats)
    hinted = []
    for setting in hint_settings:
        if setting == "collection":
            found = in_collections(docs, folds(docs))
            hinted.append(HintRun(IN_COLLECTION, score_all(docs, found, (ANSWERS,)), found))
            continue
        ranges = hints(docs, setting)
        if setting == "span":  # as the pipeline: the text alone first, the span if it is not enough
            found = [guess if guess.confidence >= shipped_answer() else date_article(d.article, hint, min_confidence=0.0, site=d.site)
                     for d, hint, guess in zip(docs, ranges, guesses)]
        else:
            found = date_all(docs, ranges)
        hinted.append(HintRun(setting_name(setting), score_all(docs, found, (ANSWERS, BEST)), found))
    return DatingBenchmark(docs, guesses, score_all(docs, guesses), reliability(docs, guesses),
                           by_evidence(docs, guesses), dating_seconds + site_seconds, tagging_seconds, hinted)
