"""English entity timelines built from SemEval-2015 Task 4 (TimeLine) data: a second dev set.

The task's gold timelines list, for each target entity, its events (as `DOC-SENTENCE-WORD`
mention ids) under the date they are anchored to. A timeline-summarization reference is made
from them here, on the fly and never stored: each event anchored to a full day puts the
sentence it is mentioned in under that day (events dated only to a month or year, or not at
all, have no day to sit on). The corpus is the task's articles as plain text (tokens joined
back into running text), each with the publication date of its TimeML DCT, read through the
same pipeline as any user's text files. Each entity's timeline is then built from the whole
collection with the entity's name (or keywords) as the query, at the reference's size and
date range, as `dateline benchmark tls` does for ML-Crisis.

    TRIAL/corpus_TimeML/*.tml            articles: <DCT>, <EXTRAINFO> title, <s id=N> sentences
    TRIAL/timelines_gold/ENTITY.txt      entity name, then `rank<TAB>date<TAB>DOC-SENT-WORD...`
"""

from __future__ import annotations

import datetime as dt
import html
import re
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline.benchmark.tls import Topic, TopicRun, run_topics
from dateline.ingest import ignore_error, iso_day
from dateline.model import Article
from dateline.pipeline import process

_DCT = re.compile(r"<DCT\b.*?\bvalue=\"([^\"]*)\"", re.S)
_TITLE = re.compile(r"<EXTRAINFO>(.*?)</EXTRAINFO>", re.S)
_SENTENCE = re.compile(r"<s\s+id=\"(\d+)\"\s*>(.*?)</s>", re.S)
_TAG = re.compile(r"<[^>]+>")
_MENTION = re.compile(r"(\d+)-(\d+)-\S+")


@dataclass(frozen=True, slots=True)
class TrialDocument:
    """One article of the task: id, publication date, title and numbered sentences."""

    doc_id: str
    date: dt.date
    title: str
    sentences: dict[int, str]

    def text(self) -> str:
        """The article as a plain-text file would hold it: a date header, the title, the body."""
        body = "\n".join(self.sentences[n] for n in sorted(self.sentences))
        return f"date {self.date.isoformat()}\n{self.title}\n\n{body}\n"


@dataclass(frozen=True, slots=True)
class EntityReference:
    """An entity's reference timeline (day -> sentences) and the events it had to leave out."""

    entity: str
    timeline: dict[dt.date, list[str]]
    events: int
    undated_events: int


def detokenize(tokens: str) -> str:
    """Running text from the task's space-separated tokens ("Apple 's iPod ( 2006 ) ." ->
    "Apple's iPod (2006)."), so that the pipeline reads what a user's file would hold."""
    text = " ".join(tokens.split())
    text = re.sub(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)", r"\1", text)
    text = re.sub(r" ' (s|re|ve|ll|d|m)\b", r"'\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    parts = text.split('"')
    if len(parts) % 2 == 1:  # balanced quotes: glue each quoted stretch to its quote marks
        text = parts[0] + "".join(
            ('"' + p.strip() + '"' if k % 2 == 0 else p) for k, p in enumerate(parts[1:]))
    return text


def read_documents(trial: Path) -> dict[str, TrialDocument]:
    """Every article of `trial/corpus_TimeML`, by document id (the file name's leading number)."""
    folder = trial / "corpus_TimeML"
    if not folder.is_dir():
        raise FileNotFoundError(f"{trial}: no corpus_TimeML/ folder")
    documents = {}
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        doc_id = re.match(r"\d+", path.name)
        dct = _DCT.search(raw)
        day = iso_day(dct.group(1)) if dct else None
        if doc_id is None or day is None:
            continue  # not an article of the task: no id or no publication date
        title = _TITLE.search(raw)
        sentences = {int(m.group(1)): detokenize(html.unescape(_TAG.sub("", m.group(2))))
                     for m in _SENTENCE.finditer(raw)}
        documents[doc_id.group(0)] = TrialDocument(
            doc_id.group(0), day,
            detokenize(html.unescape(title.group(1))) if title else "", sentences)
    return documents


def entity_references(trial: Path, documents: Mapping[str, TrialDocument] | None = None
                      ) -> list[EntityReference]:
    """The reference timeline of each target entity of `trial/timelines_gold`.

    Reusable beyond this benchmark (entity timelines are scored against the same references).
    An event anchored to a full day puts the sentence of each of its mentions under that day,
    once; an event whose mention names a document or sentence not in the corpus is skipped.
    """
    documents = documents if documents is not None else read_documents(trial)
    gold = trial / "timelines_gold"
    if not gold.is_dir():
        raise FileNotFoundError(f"{trial}: no timelines_gold/ folder")
    references = []
    for path in sorted(gold.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines:
            continue
        timeline: dict[dt.date, list[str]] = {}
        events = undated = 0
        for line in lines[1:]:
            fields = line.split("\t")
            if len(fields) < 3:
                continue
            events += 1
            day = iso_day(fields[1])
            if day is None:  # a day with unknown parts ("2008-06-XX"), or none at all
                undated += 1
                continue
            for mention in fields[2:]:
                m = _MENTION.fullmatch(mention.strip())
                doc = documents.get(m.group(1)) if m else None
                sentence = doc.sentences.get(int(m.group(2))) if doc and m else None
                if sentence and sentence not in timeline.setdefault(day, []):
                    timeline[day].append(sentence)
        timeline = {d: s for d, s in timeline.items() if s}
        if timeline:
            references.append(EntityReference(lines[0].strip(), timeline, events, undated))
    return references


def load_articles(documents: Mapping[str, TrialDocument], lang: str = "en") -> list[Article]:
    """The documents read, dated and tagged as plain-text files by the pipeline."""
    with tempfile.TemporaryDirectory(prefix="dateline-trial-") as folder:
        for doc in documents.values():
            (Path(folder) / f"{doc.doc_id}.txt").write_text(doc.text(), encoding="utf-8")
        return list(process([folder], lang=lang, on_error=ignore_error))


def load_topics(trial: Path, *, keywords: Mapping[str, Sequence[str]] | None = None) -> list[Topic]:
    """Each entity of the trial data as a topic: the whole collection, the entity's keywords
    (or its name) as the query, and its reference timeline."""
    documents = read_documents(trial)
    began, began_cpu = time.perf_counter(), time.process_time()
    articles = load_articles(documents)
    seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    return [Topic(r.entity, articles, r.timeline,
                  list((keywords or {}).get(r.entity, ())) or [r.entity],
                  seconds, cpu)
            for r in entity_references(trial, documents)]


def run(trial: Path, *, methods: Sequence[str] | None = None,
        keywords: Mapping[str, Sequence[str]] | None = None, loto: bool = False,
        pool: Sequence[Topic] = (), oracle: bool = False, weekday: bool = False,
        on_topic: Callable[[TopicRun], None] | None = None) -> list[TopicRun]:
    """Every entity of the trial data: its timeline by each method, scored with tilse
    (with `loto`, also `dateline/loto`: the ranker fitted without that entity; `oracle`:
    see `tls.oracle_runs`; `weekday`: see `tls.run_topics`)."""
    return run_topics(load_topics(trial, keywords=keywords), methods=methods, loto=loto,
                      pool=pool, oracle=oracle, weekday=weekday, on_topic=on_topic)
