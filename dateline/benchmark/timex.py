"""Temporal tagging on TimeML documents: TempEval-3 scores and tagging speed on one core."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dateline.benchmark.timing import median_seconds
from dateline.evaluate.timex import TimexCounts, align, count, gold_files
from dateline.ingest import TimeMLDocument, decode, parse_timeml
from dateline.model import Timex
from dateline.temporal import tagger_for

_TOKEN = re.compile(r"\w+|[^\w\s]")

SPLITS = Path(__file__).with_name("splits")
DEFAULT_SPLIT = SPLITS / "spanish-timebank-train.txt"
TBAQ_SPLIT = SPLITS / "tbaq-cleaned.txt"
PARTS = ("all", "tune", "heldback")


def held_back(doc_id: str, share: int = 3) -> bool:
    """Whether a document belongs to the held-back part: one in `share` by a hash of its id,
    so the split needs no list to be reproduced and does not depend on the order of files."""
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % share == 0


def doc_id(name: str) -> str:
    """A document's id: its file name without the TimeML suffixes."""
    return re.sub(r"(\.tml)?(\.te3input)?$", "", name, flags=re.IGNORECASE)


def read_split(path: Path) -> set[str]:
    """The held-back document ids listed in a split file (one a line, `#` comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def shipped_split(folder: Path) -> Path | None:
    """The shipped split file that names documents of a dataset folder (None: no such file),
    so `--split` needs no `--split-file` on the datasets the project splits (Spanish TimeBank
    train, TBAQ)."""
    ids = {doc_id(p.name) for p in gold_files(folder)}
    return next((path for path in sorted(SPLITS.glob("*.txt")) if read_split(path) & ids), None)


def select(docs: dict[str, TimeMLDocument], part: str, heldback: set[str]) -> dict[str, TimeMLDocument]:
    """The documents of one part of a split; ValueError when the split names none of them."""
    if part == "all":
        return docs
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: use one of {', '.join(PARTS)}")
    if not any(doc_id(name) in heldback for name in docs):
        raise ValueError("the split names none of these documents")
    keep = part == "heldback"
    return {name: doc for name, doc in docs.items() if (doc_id(name) in heldback) == keep}


@dataclass(slots=True)
class ValueMiss:
    """A matched expression whose value differs from gold. `gold_elsewhere` says whether gold
    writes the same words elsewhere in the dataset in the form of the system's value (digits
    aside): a convention the annotations do not keep, rather than a plain error."""

    document: str
    gold: Timex
    system: Timex
    gold_elsewhere: bool = False


def _shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def value_misses(docs: dict[str, TimeMLDocument], outputs: list[list[Timex]]) -> list[ValueMiss]:
    """Every aligned pair with a different value, marked where gold is inconsistent about it."""
    shapes: defaultdict[str, set[str]] = defaultdict(set)
    for doc in docs.values():
        for g in doc.timexes:
            shapes[g.text.lower().strip(" .,")].add(_shape(g.value))
    misses = []
    for (name, doc), system in zip(docs.items(), outputs):
        for g, s in align(doc.timexes, system).pairs:
            if g.value != s.value:
                form = _shape(s.value)
                elsewhere = form != _shape(g.value) and form in shapes[g.text.lower().strip(" .,")]
                misses.append(ValueMiss(name, g, s, elsewhere))
    return misses


def resolution_path(timex: Timex) -> str:
    """The way a value was resolved, as the tables name it ("unknown": the tagger said none)."""
    return str(timex.resolution) if timex.resolution is not None else "unknown"


def by_resolution(docs: dict[str, TimeMLDocument], outputs: list[list[Timex]]) -> dict[str, tuple[int, int]]:
    """How many matched expressions each way of resolving a value (`Timex.resolution`: stated,
    from the publication date, from the last date, ...) produced, and how many of them have
    gold's value: the path that goes wrong most is where anchoring needs work."""
    tally: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for doc, system in zip(docs.values(), outputs):
        for g, s in align(doc.timexes, system).pairs:
            counts = tally[resolution_path(s)]
            counts[0] += 1
            counts[1] += g.value == s.value
    return {path: (matched, right) for path, (matched, right) in
            sorted(tally.items(), key=lambda item: item[1][1] - item[1][0])}


@dataclass(slots=True)
class TimexBenchmark:
    """Scores and speed of one run; `resolutions`: matched and right values by the way each
    was resolved (`by_resolution`)."""

    counts: TimexCounts
    documents: int
    tokens: int
    seconds: float
    misses: list[ValueMiss] = field(default_factory=list)
    resolutions: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0


def load_documents(folder: Path) -> dict[str, TimeMLDocument]:
    """The TimeML documents of a folder (recursively) by file name, gold annotations included."""
    return {p.name: parse_timeml(decode(p.read_bytes(), str(p)), str(p)) for p in gold_files(folder)}


def run(folder: Path, lang: str = "en", repeats: int = 3, part: str = "all",
        heldback: set[str] | None = None) -> TimexBenchmark:
    """Tag every document of `part` (all, tune or heldback: those listed in `heldback` or not)
    `repeats` times; time the median run, score the last."""
    docs = select(load_documents(folder), part, heldback or set())
    tagger = tagger_for(lang)  # compiled before the clock starts, as a long run would
    outputs: list[list[Timex]] = []

    def tag_all() -> None:
        outputs[:] = [tagger.tag(doc.text, doc.dct) for doc in docs.values()]

    (seconds,) = median_seconds([tag_all], repeats)
    counts = TimexCounts()
    for doc, system in zip(docs.values(), outputs):
        counts.add(count(doc.timexes, system))
    tokens = sum(len(_TOKEN.findall(doc.text)) for doc in docs.values())
    return TimexBenchmark(counts, len(docs), tokens, seconds, value_misses(docs, outputs),
                          by_resolution(docs, outputs))
