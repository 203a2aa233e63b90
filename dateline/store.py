"""The embedded store: processed articles kept in one SQLite file, so long runs resume.

Reading, dating and tagging a file is the costly part of every job. Each file's articles are
saved as soon as they are processed, keyed by the file's path, size and modification time and
by everything that changes the result (language option, Dateline version, language data). An
interrupted run started again skips what is done; a rerun with another query is instant.
SQLite ships with Python and needs no server; the file lives in the user's cache folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline import __version__
from dateline.model import Article, Sentence, Timex

ENV_VAR = "DATELINE_STORE"


def default_path() -> Path:
    """`$DATELINE_STORE`, else `dateline/articles.sqlite` in the user's cache folder."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "dateline" / "articles.sqlite"


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """Changes whenever Dateline's code or data changes, so no stale result is ever reused."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for file in sorted(package.rglob("*")):
        if file.suffix in (".py", ".toml", ".txt") and "examples" not in file.parts:
            digest.update(str(file.relative_to(package)).encode() + file.read_bytes())
    return digest.hexdigest()[:16]


def _article_dict(article: Article) -> dict[str, Any]:
    data = asdict(article)
    data["date"] = article.date.isoformat() if article.date else None
    data["date_modified"] = article.date_modified.isoformat() if article.date_modified else None
    return data


def _article(data: dict[str, Any]) -> Article:
    sentences = [Sentence(s["start"], s["end"], s["text"], [Timex.from_dict(t) for t in s["timexes"]],
                          s.get("boilerplate", False))
                 for s in data.pop("sentences")]
    day = data.pop("date")
    date = dt.date.fromisoformat(day) if day else None
    modified = data.pop("date_modified", None)
    return Article(**data, date=date, sentences=sentences,
                   date_modified=dt.date.fromisoformat(modified) if modified else None)


class ArticleStore:
    """Processed articles per input file; usable as a context manager."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute("CREATE TABLE IF NOT EXISTS files (key TEXT PRIMARY KEY, articles TEXT)")

    def key(self, file: Path, options: str) -> str | None:
        """What identifies a file's processed result; None if the file cannot be stat'ed."""
        try:
            stat = file.stat()
        except OSError:
            return None
        return "|".join((str(file.resolve()), str(stat.st_size), str(stat.st_mtime_ns),
                         options, _fingerprint()))

    def get(self, key: str) -> list[Article] | None:
        """The articles saved under `key`, or None when the file must be processed."""
        row = self._db.execute("SELECT articles FROM files WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return [_article(a) for a in json.loads(row[0])]

    def put(self, key: str, articles: list[Article]) -> None:
        """Save a file's articles at once, so an interruption loses at most the current file."""
        payload = json.dumps([_article_dict(a) for a in articles], ensure_ascii=False)
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (key, payload))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
