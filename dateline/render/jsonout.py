"""JSON views of the data model, for the CLI, the HTTP API and files."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from dateline.model import Article, Entry, EventAnchor, EventStatus, Timeline, TimelineSentence, Timex
from dateline.store import Outlet, SearchHit, StoredArticle


def timex_dict(timex: Timex) -> dict[str, Any]:
    """A time expression as JSON: offsets, text, TIMEX3 type/value/mod, and how it was found."""
    return {k: v for k, v in asdict(timex).items() if v not in (None, "")}


def article_dict(article: Article, *, sentences: bool = False) -> dict[str, Any]:
    """An article's metadata and time expressions (and its sentences, when asked)."""
    out: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "url": article.url,
        "lang": article.lang,
        "author": article.author,
        "date": article.date.isoformat() if article.date else None,
        "date_inferred": article.date_inferred,
        "date_source": article.date_source,
        "date_modified": article.date_modified.isoformat() if article.date_modified else None,
    }
    if article.date_confidence is not None:
        out["date_confidence"] = round(article.date_confidence, 3)
    out = {k: v for k, v in out.items() if v is not None}
    if sentences:
        out["sentences"] = [{"start": s.start, "end": s.end, "text": s.text,
                             "timexes": [timex_dict(t) for t in s.timexes]}
                            for s in article.sentences]
    else:
        out["timexes"] = [timex_dict(t) for t in article.timexes]
    return out


def source_dict(sentence: TimelineSentence) -> dict[str, Any]:
    """Where a summary sentence came from: article id/path, title, url, publication date."""
    out: dict[str, Any] = {
        "article": sentence.article_id,
        "path": sentence.path,
        "title": sentence.title,
        "url": sentence.url,
        "published": sentence.article_date.isoformat() if sentence.article_date else None,
        "date_inferred": sentence.date_inferred,
    }
    return {k: v for k, v in out.items() if v is not None}


def sentence_dict(sentence: TimelineSentence) -> dict[str, Any]:
    """A summary sentence, its language (when known) and its source; for an event, who took
    part and its other reports."""
    out: dict[str, Any] = _text_dict(sentence)
    if sentence.event is not None:
        out.update(event=sentence.event, status=sentence.status,
                   dated_by=sentence.anchor, certainty=sentence.certainty,
                   participants=sentence.participants,
                   reports=[_text_dict(r) for r in sentence.reports])
    return out


def _text_dict(sentence: TimelineSentence) -> dict[str, Any]:
    lang = {"lang": sentence.lang} if sentence.lang else {}
    return {"text": sentence.text, **lang, "source": source_dict(sentence)}


def timeline_dict(timeline: Timeline) -> dict[str, Any]:
    """A timeline as JSON: method, query, notes, and entries with sourced sentences."""
    return {
        "method": timeline.method,
        "query": timeline.query,
        "notes": timeline.notes,
        "entries": [{"date": e.date.isoformat(),
                     "sentences": [sentence_dict(s) for s in e.sentences]}
                    for e in timeline.entries],
    }


def timeline_from_dict(data: dict[str, Any]) -> Timeline:
    """A timeline read back from `timeline_dict`'s JSON (a saved timeline's result), so it
    renders in every format; an entity timeline's sentences with their event details."""
    def sentence(found: dict[str, Any]) -> TimelineSentence:
        source = found["source"]
        published = source.get("published")
        read = TimelineSentence(text=found["text"], article_id=source["article"],
                                article_date=dt.date.fromisoformat(published) if published else None,
                                date_inferred=source.get("date_inferred", False),
                                title=source.get("title"), path=source.get("path"), url=source.get("url"),
                                lang=found.get("lang"))
        if "event" in found:  # `sentence_dict` writes these together
            read.event, read.certainty = found["event"], found["certainty"]
            read.status = EventStatus(found["status"]) if found["status"] else None
            read.anchor = EventAnchor(found["dated_by"]) if found["dated_by"] else None
            read.participants = list(found["participants"])
            read.reports = [sentence(r) for r in found["reports"]]
        return read

    return Timeline(entries=[Entry(dt.date.fromisoformat(e["date"]), [sentence(s) for s in e["sentences"]])
                             for e in data.get("entries", [])],
                    query=list(data.get("query", [])), method=data.get("method", ""),
                    notes=list(data.get("notes", [])))


def outlet_dict(outlet: Outlet) -> dict[str, Any]:
    """One outlet of a stored text: where, when, and how the date is known."""
    out: dict[str, Any] = {
        "id": outlet.id, "outlet": outlet.outlet or None, "source": outlet.source,
        "title": outlet.title, "url": outlet.url,
        "date": outlet.date.isoformat() if outlet.date else None,
        "date_how": outlet.date_how, "date_confidence": outlet.date_confidence,
    }
    return {k: v for k, v in out.items() if v is not None}


def search_hit_dict(hit: SearchHit) -> dict[str, Any]:
    """A search hit as JSON: the sentence, its highlighted spans, days, and article."""
    return {"sentence": hit.sentence_id, "text": hit.text, "score": round(hit.score, 4),
            "highlights": [list(span) for span in hit.highlights],
            "days": [d.isoformat() for d in hit.days], "lang": hit.lang,
            "article": hit.article_id,
            "outlets": [outlet_dict(o) for o in hit.outlets]}


def stored_article_dict(stored: StoredArticle) -> dict[str, Any]:
    """A corpus article: its text, sentences with their time expressions, and every outlet."""
    out = article_dict(stored.article, sentences=True)
    out["id"] = stored.id
    out["text"] = stored.article.text
    out["date_how"] = stored.date_how
    out["outlets"] = [outlet_dict(o) for o in stored.outlets]
    return out
