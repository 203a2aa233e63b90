"""Timeline summarization end to end on a dataset in the ML-Crisis layout.

    DATASET/TOPIC/YYYY-MM-DD/*.txt     raw articles, the folder giving the publication date
    DATASET/reference/TOPIC.txt        the human timeline, tilse format

Every method is given the reference's size (number of dates, mean sentences per date rounded)
and date range, as news-tls's experiments do, and scored with the tilse metrics. Articles are
read and tagged once per topic; that time is reported beside each method's own.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate import TLSScores, evaluate, mean_scores, read_timeline
from dateline.ingest.reader import ignore_error
from dateline.model import Article, Timeline
from dateline.pipeline import process
from dateline.timeline import METHODS, build

TOKENIZERS = ("rouge", "unicode")


@dataclass(slots=True)
class MethodRun:
    """One method on one topic: its timeline, scores per tokenizer and seconds."""

    timeline: Timeline
    scores: dict[str, TLSScores]
    seconds: float


@dataclass(slots=True)
class TopicRun:
    """One topic: how many articles, the time to read and tag them, and every method's run."""

    topic: str
    articles: int
    reference_dates: int
    sentences: int
    prepare_seconds: float
    methods: dict[str, MethodRun] = field(default_factory=dict)


def reference_size(reference: Mapping[dt.date, Sequence[str]]) -> tuple[int, int, dt.date, dt.date]:
    """Number of dates, mean sentences per date (rounded, at least 1), first and last date."""
    days = sorted(reference)
    per_date = sum(len(v) for v in reference.values()) / len(days)
    return len(days), max(1, round(per_date)), days[0], days[-1]


def topics(dataset: Path) -> list[str]:
    """Topics that have both an article folder and a reference timeline."""
    refs = dataset / "reference"
    if not refs.is_dir():
        raise FileNotFoundError(f"{dataset}: no reference/ folder of timelines")
    return sorted(p.stem for p in refs.glob("*.txt") if (dataset / p.stem).is_dir())


def run_topic(dataset: Path, topic: str, *, lang: str | None, methods: Sequence[str],
              query: Sequence[str] | None = None) -> TopicRun:
    """Read, tag and summarize one topic with each method, and score every timeline."""
    reference = read_timeline(dataset / "reference" / f"{topic}.txt")
    n_dates, n_sents, start, end = reference_size(reference)
    began = time.perf_counter()
    articles: list[Article] = list(process([dataset / topic], lang=lang,
                                           on_error=ignore_error))
    run = TopicRun(topic, len(articles), n_dates, n_sents, time.perf_counter() - began)
    for name in methods:
        began = time.perf_counter()
        timeline = build(articles, query=query, dates=n_dates, sentences=n_sents,
                         start=start, end=end, method=name)
        seconds = time.perf_counter() - began
        scores = {tok: evaluate(timeline, reference, tokenizer=tok) for tok in TOKENIZERS}
        run.methods[name] = MethodRun(timeline, scores, seconds)
    return run


def run(dataset: Path, *, lang: str | None = None, methods: Sequence[str] | None = None,
        keywords: Mapping[str, Sequence[str]] | None = None,
        on_topic: Callable[[TopicRun], None] | None = None) -> list[TopicRun]:
    """Every topic of a dataset; `on_topic` sees each result as soon as it is ready."""
    chosen = list(methods or METHODS)
    results = []
    for topic in topics(dataset):
        query = list(keywords[topic]) if keywords and topic in keywords else None
        result = run_topic(dataset, topic, lang=lang, methods=chosen, query=query)
        results.append(result)
        if on_topic is not None:
            on_topic(result)
    return results


def means(results: Sequence[TopicRun], method: str, tokenizer: str) -> TLSScores:
    """Mean scores of a method over topics, averaged as tilse averages."""
    return mean_scores([r.methods[method].scores[tokenizer] for r in results])

