"""SemEval-2015 Task 4 (TimeLine), Track A: entity timelines from the task's raw documents.

Reads the task's documents (token-level CAT XML, or TimeML with `<s>` sentences), keeping only
the tokens, sentences and the document creation time: annotations of events or time
expressions in the files are ignored, as Track A requires. Each document becomes an Article
(tokens joined by spaces, one sentence per task sentence) that goes through the temporal and
events stages; an entity's timeline is the event mentions it takes part in, as the task writes
them (`DOCID-SENTENCE-token`), anchored (`2010-06-07`, `2006-03`, `XXXX-XX-XX`), the reports
of one event on one line, ranked by date.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from dateline.events import Analysis, analyze
from dateline.evaluate.semeval import UNKNOWN, Line, TaskTimeline
from dateline.ingest import fold, iso_day
from dateline.model import Article, EventMention, Sentence
from dateline.temporal import annotate

_CAT_TOKEN = re.compile(r'<token\b([^>]*)>([^<]*)</token>')
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CREATION = re.compile(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_TAG = re.compile(r"<[^>]+>")
_SENTENCE = re.compile(r'<s\b[^>]*\bid="(\d+)"[^>]*>(.*?)</s>', re.S)


# The task annotates events in a document's body: sentence 0, the title (EXTRAINFO in TimeML),
# holds none of the trial corpus's 944 event mentions, so its events are left out of timelines.
TITLE = 0


class TaskError(ValueError):
    """A task document that cannot be read; the message names the file and the reason."""


@dataclass(slots=True)
class TaskDocument:
    """A task document: its id, creation time, and tokens by sentence number."""

    id: str
    dct: dt.date | None
    sentences: dict[int, list[str]]


def _dct(raw: str, path: str) -> dt.date | None:
    tag = _CREATION.search(raw)
    if tag is None:
        return None
    value = dict(_ATTR.findall(tag.group())).get("value", "")
    day = iso_day(value)
    if day is None:
        raise TaskError(f"{path}: creation time {value!r} is not a date")
    return day


def _read(path: str | os.PathLike[str]) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise TaskError(f"{path}: not valid UTF-8 (byte {e.start})") from None
    except OSError as e:
        raise TaskError(f"{path}: {e.strerror}") from None


def read_cat(path: str | os.PathLike[str]) -> TaskDocument:
    """A token-level CAT XML document (`<token sentence=".." t_id="..">`)."""
    raw = _read(path)
    doc = re.search(r'<Document\b[^>]*\bdoc_id="([^"]+)"', raw)
    if doc is None:
        raise TaskError(f"{path}: no <Document doc_id=...>: not a CAT document")
    sentences: dict[int, list[str]] = {}
    for attrs, text in _CAT_TOKEN.findall(raw):
        number = dict(_ATTR.findall(attrs)).get("sentence")
        if number is None or not number.isdigit():
            raise TaskError(f"{path}: a token without a sentence number")
        sentences.setdefault(int(number), []).append(unescape(text))
    return TaskDocument(doc.group(1), _dct(raw, str(path)), sentences)


def read_timeml(path: str | os.PathLike[str]) -> TaskDocument:
    """A task TimeML document: `<DOCID>`, `<DCT>`, the title in `<EXTRAINFO>` as sentence 0
    and `<s id="N">` sentences whose words are separated by spaces."""
    raw = _read(path)
    doc = re.search(r"<DOCID>\s*([^<\s]+)\s*</DOCID>", raw)
    if doc is None:
        raise TaskError(f"{path}: no <DOCID>: not a task TimeML document")
    sentences: dict[int, list[str]] = {}
    title = re.search(r"<EXTRAINFO>(.*?)</EXTRAINFO>", raw, re.S)
    if title:
        sentences[0] = unescape(_TAG.sub(" ", title.group(1))).split()
    for number, body in _SENTENCE.findall(raw):
        sentences[int(number)] = unescape(_TAG.sub(" ", body)).split()
    return TaskDocument(doc.group(1), _dct(raw, str(path)), sentences)


def read_documents(folder: str | os.PathLike[str]) -> list[TaskDocument]:
    """Every task document of a folder: CAT (`*.xml`) if there are any, else TimeML (`*.tml`)."""
    root = Path(folder)
    if not root.is_dir():
        raise TaskError(f"{folder}: not a folder")
    cat = sorted(root.glob("*.xml"))
    if cat:
        return [read_cat(p) for p in cat]
    timeml = sorted(root.glob("*.tml"))
    if not timeml:
        raise TaskError(f"{folder}: no CAT (*.xml) or TimeML (*.tml) documents")
    return [read_timeml(p) for p in timeml]


@dataclass(slots=True)
class Prepared:
    """A task document as an annotated Article, with where each token is."""

    document: TaskDocument
    article: Article
    numbers: list[int]  # task sentence number of each article sentence
    tokens: list[list[tuple[int, int]]]  # per article sentence: (start, end) of each token


def prepare(document: TaskDocument, lang: str = "en") -> Prepared:
    """The document as an Article (tokens joined by spaces, a task sentence per sentence),
    dated by its creation time and annotated by the temporal stage."""
    parts: list[str] = []
    sentences: list[Sentence] = []
    numbers: list[int] = []
    tokens: list[list[tuple[int, int]]] = []
    offset = 0
    for number in sorted(document.sentences):
        words = document.sentences[number]
        if not words:
            continue
        spans = []
        start = offset
        for word in words:
            spans.append((offset, offset + len(word)))
            offset += len(word) + 1
        text = " ".join(words)
        parts.append(text)
        sentences.append(Sentence(start, start + len(text), text))
        numbers.append(number)
        tokens.append(spans)
    article = Article(id=document.id, text="\n".join(parts), date=document.dct, lang=lang,
                      sentences=sentences)
    return Prepared(document, annotate(article), numbers, tokens)


def _anchor(value: str) -> str:
    """An anchor value as the task writes it: `2010-06-07`, `2006-03`, `1968`, `XXXX-XX-XX`."""
    if not value[:4].isdigit():
        return UNKNOWN
    parts = value.split("-")
    while parts and not parts[-1].isdigit():
        parts.pop()
    return "-".join(parts)


def _order(date: str) -> tuple[int, int, int]:
    parts = [int(p) for p in date.split("-") if p.isdigit()] + [0, 0]
    return parts[0], parts[1], parts[2]


def mention_id(prepared: Prepared, mention: EventMention) -> str:
    """`DOCID-SENTENCE-token` of the mention's trigger, as the task writes event mentions:
    the task's tokens it covers, and a verb's particle further on ("took_off")."""
    spans = prepared.tokens[mention.sentence]
    words = [prepared.article.text[s:e] for s, e in spans if s < mention.end and e > mention.start]
    covered = len(prepared.article.text[mention.start:mention.end].split())
    words += mention.trigger.split()[covered:]
    number = prepared.numbers[mention.sentence]
    return f"{prepared.document.id}-{number}-{'_'.join(words) or mention.trigger}"


def target_entities(analysis: Analysis, target: str) -> set[str]:
    """The entities (and what belongs to them) a target name means."""
    return {w for e in analysis.names.find(target, loose=True) for w in analysis.names.within(e)}


def timeline(prepared: Sequence[Prepared], analysis: Analysis, target: str) -> TaskTimeline:
    """The target's timeline: its events' mentions, one line per event, ranked by date."""
    wanted = target_entities(analysis, target)
    by_id = {p.article.id: p for p in prepared}
    lines: dict[str, tuple[str, list[str]]] = {}
    for event in analysis.events:
        involved = [m for m in event.mentions if wanted & set(m.arguments)
                    and by_id[m.article_id].numbers[m.sentence] != TITLE]
        if not involved:
            continue
        ids = list(dict.fromkeys(mention_id(by_id[m.article_id], m) for m in involved))
        lines[event.id] = (_anchor(event.value), ids)
    return _ranked(target, list(lines.values()))


def _ranked(target: str, lines: list[tuple[str, list[str]]]) -> TaskTimeline:
    """Lines ranked: undated first at rank 0, then one rank per distinct date, in order."""
    dated = sorted({d for d, _ in lines if d != UNKNOWN}, key=_order)
    rank = {d: i + 1 for i, d in enumerate(dated)}
    rows = [Line(rank.get(d, 0), d, tuple(ids)) for d, ids in lines]
    rows.sort(key=lambda l: (l.rank, l.mentions))
    return TaskTimeline(target, rows)


def name_match_baseline(prepared: Sequence[Prepared], target: str) -> TaskTimeline:
    """The baseline: in every sentence naming the target verbatim, each event word (the
    same trigger lists), anchored to the document's creation time, each mention its own line."""
    from dateline.events.extract import sentence_events  # the same triggers, no entities
    wanted = fold(target)
    lines = []
    for p in prepared:
        for index, sentence in enumerate(p.article.sentences):
            if wanted not in fold(sentence.text) or p.numbers[index] == TITLE:
                continue
            for m in sentence_events(p.article, index, []):
                date = p.article.date.isoformat() if p.article.date else UNKNOWN
                lines.append((date, [mention_id(p, m)]))
    return _ranked(target, lines)


def run(folder: str | os.PathLike[str], targets: Sequence[str], *,
        baseline: bool = False) -> list[TaskTimeline]:
    """Timelines of the targets from the task documents of `folder`."""
    prepared = [prepare(d) for d in read_documents(folder)]
    if baseline:
        return [name_match_baseline(prepared, t) for t in targets]
    analysis = analyze([p.article for p in prepared])
    return [timeline(prepared, analysis, t) for t in targets]
