"""Articles to rows and back: the content hash, the outlet, and the analysis as compact JSON.

Kept apart from the SQL so that another backend (PostgreSQL) stores the same values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import MISSING, fields
from typing import Any
from urllib.parse import urlsplit

from dateline.model import Article, DateBasis, Sentence, Timex

_NOT_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """The text as compared for identity: compatibility forms, case, punctuation, spacing and
    accents folded, so that wire copies differing only in typography are one text."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """The identity of an article's text: the same story twice has the same hash."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()[:32]


def outlet_of(article: Article) -> str:
    """Who published the article: its `outlet` if the reader set one, else the host of its
    URL without `www.`; empty when unknown (the same text from unknown outlets is one article)."""
    outlet = getattr(article, "outlet", None)
    if outlet:
        return str(outlet)
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host.removeprefix("www.")
    return ""


def date_how(article: Article) -> str | None:
    """How the publication date is known: `inferred` from the text, else `published` (given by
    the source: a header, a folder, metadata), None when undated."""
    if article.date is None:
        return None
    if article.date_inferred:
        return "inferred"
    return str(getattr(article, "date_source", None) or "published")


# Article fields the store keeps in columns of their own; any other field (what a reader
# adds: author, date_source, ...) round-trips through one JSON column, so a field added to
# the data model needs no migration.
COLUMN_FIELDS = frozenset({"id", "text", "date", "title", "url", "path", "lang", "date_inferred",
                           "date_confidence", "sentences"})


def extra_json(article: Article) -> str | None:
    """The article's other fields that are set, as JSON (dates as ISO strings)."""
    extra = {}
    for f in fields(Article):
        value = getattr(article, f.name)
        if f.name in COLUMN_FIELDS or value in (None, "", False, [], {}):
            continue
        extra[f.name] = _plain(value)
    return json.dumps(extra, ensure_ascii=False) if extra else None


def _plain(value: Any) -> Any:
    """A field's value as JSON holds it: dates as ISO strings, a `DateBasis` as an object."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, DateBasis):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(DateBasis)
                if getattr(value, f.name) is not None}
    return value


def extra_from_json(data: str | None) -> dict[str, Any]:
    """The inverse of `extra_json`."""
    return article_fields(json.loads(data)) if data else {}


def article_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Of JSON values by Article field name, those this Dateline's model has, dates parsed."""
    known = {f.name: str(f.type) for f in fields(Article)}
    out: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue
        if "dt.date" in known[name] and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        elif "DateBasis" in known[name] and isinstance(value, dict):
            value = DateBasis(**{key: dt.date.fromisoformat(v) if key in _BASIS_DATES else v
                                 for key, v in value.items() if key in _BASIS_FIELDS})
        out[name] = value
    return out


_BASIS_FIELDS = frozenset(f.name for f in fields(DateBasis))
_BASIS_DATES = frozenset(f.name for f in fields(DateBasis) if "dt.date" in str(f.type))
_TIMEX_FIELDS = tuple(f.name for f in fields(Timex))
_TIMEX_DEFAULTS = {f.name: f.default for f in fields(Timex)}


def timex_json(t: Timex) -> dict[str, Any]:
    """A time expression's fields that differ from their defaults (tuples as lists, enums as
    their values)."""
    out: dict[str, Any] = {}
    for name in _TIMEX_FIELDS:
        value = getattr(t, name)
        if value != _TIMEX_DEFAULTS.get(name, MISSING) or name in ("start", "end", "text", "type", "value"):
            out[name] = list(value) if isinstance(value, tuple) else value
    return out


def timex_from_json(data: dict[str, Any]) -> Timex:
    """The inverse of `timex_json`; fields this Dateline's model lacks are dropped, and the
    0.1 model's `rule` and `anchor` become `rules` and `explanation`."""
    data = dict(data)
    if "rule" in data:
        rule = data.pop("rule")
        data.setdefault("rules", [rule] if rule else [])
    if "anchor" in data:
        data.setdefault("explanation", data.pop("anchor"))
    return Timex.from_dict({k: v for k, v in data.items() if k in _TIMEX_FIELDS})


def analysis_json(article: Article) -> str:
    """Sentences as [start, end, timexes, flags]: their text is a slice of the article's, stored
    once; `flags` holds what differs from a plain sentence (its own text when not that slice,
    `boilerplate`)."""
    rows: list[list[Any]] = []
    for s in article.sentences:
        row: list[Any] = [s.start, s.end, [timex_json(t) for t in s.timexes]]
        flags: dict[str, Any] = {}
        if article.text[s.start:s.end] != s.text:
            flags["text"] = s.text
        if s.boilerplate:
            flags["boilerplate"] = True
        if flags:
            row.append(flags)
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def sentences_from_json(text: str, analysis: str) -> list[Sentence]:
    """The inverse of `analysis_json`."""
    sentences: list[Sentence] = []
    for row in json.loads(analysis):
        flags = row[3] if len(row) > 3 else {}
        sentences.append(Sentence(row[0], row[1], flags.get("text", text[row[0]:row[1]]),
                                  [timex_from_json(t) for t in row[2]],
                                  boilerplate=bool(flags.get("boilerplate"))))
    return sentences


def sentence_days(sentence: Sentence) -> list[str]:
    """The calendar days a sentence names (DATE and TIME expressions with a full date)."""
    days = {d.isoformat() for t in sentence.timexes if t.type in ("DATE", "TIME")
            if (d := t.calendar_date()) is not None}
    return sorted(days)


def iso(day: dt.date | None) -> str | None:
    """A day as SQLite stores it (ISO text, which sorts and compares as dates do)."""
    return day.isoformat() if day else None


def parse_day(value: str | None) -> dt.date | None:
    """A stored ISO day back as a date (None stays None: undated)."""
    return dt.date.fromisoformat(value) if value else None
