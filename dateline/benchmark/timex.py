"""Temporal tagging on TimeML documents: TempEval-3 scores and tagging speed on one core."""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from dateline.evaluate.timex import TimexCounts, count, gold_files
from dateline.ingest.text import decode
from dateline.ingest.timeml import TimeMLDocument, parse_timeml
from dateline.temporal import tagger_for

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(slots=True)
class TimexBenchmark:
    """Scores and speed of one run."""

    counts: TimexCounts
    documents: int
    tokens: int
    seconds: float

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0


def load_documents(folder: Path) -> list[TimeMLDocument]:
    """The TimeML documents of a folder (recursively), gold annotations included."""
    return [parse_timeml(decode(p.read_bytes(), str(p)), str(p)) for p in gold_files(folder)]


def run(folder: Path, lang: str = "en", repeats: int = 3) -> TimexBenchmark:
    """Tag every document `repeats` times; time the median run, score the last."""
    docs = load_documents(folder)
    tagger = tagger_for(lang)  # compiled before the clock starts, as a long run would
    timings: list[float] = []
    outputs = []
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        outputs = [tagger.tag(doc.text, doc.dct) for doc in docs]
        timings.append(time.perf_counter() - start)
    counts = TimexCounts()
    for doc, system in zip(docs, outputs):
        counts.add(count(doc.timexes, system))
    tokens = sum(len(_TOKEN.findall(doc.text)) for doc in docs)
    return TimexBenchmark(counts, len(docs), tokens, statistics.median(timings))
