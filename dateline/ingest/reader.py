"""Turn files and folders into a stream of Articles, whatever format they are in."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.ingest import boilerplate, jsonl, language, sentences, text, timeml
from dateline.ingest.errors import IngestError
from dateline.model import Article, Sentence

TEXT_SUFFIXES = (".txt", ".text", "")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
TIMEML_SUFFIXES = (".tml", ".te3input", ".timeml")
READABLE = TEXT_SUFFIXES + JSONL_SUFFIXES + TIMEML_SUFFIXES

_DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ErrorHandler = Callable[[IngestError], None]


def raise_error(error: IngestError) -> None:
    raise error


def ignore_error(_error: IngestError) -> None:
    """For benchmarks, which skip unreadable files (`dateline timeline` reports them)."""


def make_article(
    raw_text: str,
    *,
    id: str,
    date: dt.date | None = None,
    lang: str | None = None,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Article:
    """Build an Article from text: identify its language, split its sentences and mark the
    page furniture among them (`boilerplate`)."""
    article = Article(id=id, text=raw_text, date=date, title=title, url=url, path=path,
                      lang=lang or language.identify(raw_text))
    article.sentences = boilerplate.mark(raw_text, [Sentence(s, e, raw_text[s:e])
                                                    for s, e in sentences.split(raw_text)])
    return article


def _folder_date(path: Path, root: Path) -> dt.date | None:
    """The date of the nearest `YYYY-MM-DD` folder between the file and the root."""
    for parent in path.parents:
        if _DATE_DIR.match(parent.name):
            try:
                return dt.date.fromisoformat(parent.name)
            except ValueError:
                return None
        if parent == root:
            break
    return None


def kind(path: Path) -> str | None:
    """The reader for a file, by its suffix: `text`, `jsonl`, `timeml`, or None."""
    suffix = path.suffix.lower()
    if suffix in TIMEML_SUFFIXES:
        return "timeml"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_file(path: Path, *, root: Path | None = None, lang: str | None = None,
              on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Read one file; JSONL files yield one article per good line."""
    name = str(path)
    article_id = str(path.relative_to(root)) if root is not None and root != path else path.name
    reader = kind(path)
    if reader is None:
        on_error(IngestError(name, f"unknown file type {path.suffix!r}"))
        return
    try:
        raw = text.decode(path.read_bytes(), name)
        if reader == "timeml":
            doc = timeml.parse_timeml(raw, name)
            yield make_article(doc.text, id=article_id, date=doc.dct, lang=lang,
                               title=doc.title, path=name)
        elif reader == "jsonl":
            yield from _read_jsonl(raw, name, article_id, lang, on_error)
        else:
            date, body = text.split_header(raw, name)
            if date is None and root is not None:
                date = _folder_date(path, root)
            yield make_article(body, id=article_id, date=date, lang=lang, path=name)
    except IngestError as error:
        on_error(error)
    except OSError as exc:
        on_error(IngestError(name, exc.strerror or str(exc)))


def _read_jsonl(raw: str, name: str, article_id: str, lang: str | None,
                on_error: ErrorHandler) -> Iterator[Article]:
    for item in jsonl.iter_records(raw, name):
        if isinstance(item, IngestError):
            on_error(item)
            continue
        number, record = item
        try:
            date = jsonl.parse_date(record.get("date"), name, number)
        except IngestError as error:
            on_error(error)
            continue
        yield make_article(
            str(record["text"]),
            id=str(record.get("id") or f"{article_id}:{number}"),
            date=date,
            lang=lang or (str(record["lang"]) if record.get("lang") else None),
            title=str(record["title"]) if record.get("title") else None,
            url=str(record["url"]) if record.get("url") else None,
            path=name,
        )


def iter_files(source: Path) -> Iterator[Path]:
    """Readable files under a folder, sorted by path; hidden files and folders skipped."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(source):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder) / name for name in files
                     if not name.startswith(".") and Path(name).suffix.lower() in READABLE)
    yield from sorted(found)


def files(sources: Iterable[str | Path], *,
          on_error: ErrorHandler = raise_error) -> Iterator[tuple[Path, Path | None]]:
    """Every input file of the sources, with the folder it was found in (None for a file given
    directly), in a stable order. Empty folders and missing paths go to `on_error`."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = list(iter_files(path))
            if not found:
                on_error(IngestError(str(path), "folder contains no readable files "
                                     f"({', '.join(s for s in READABLE if s)})"))
            for file in found:
                yield file, path
        elif path.exists():
            yield path, None
        else:
            on_error(IngestError(str(path), "no such file or folder"))


def read(sources: Iterable[str | Path], *, lang: str | None = None,
         on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Stream Articles from files and folders (text, JSONL, TimeML), in a stable order.

    A folder is read recursively; a `YYYY-MM-DD` folder gives the publication date of the
    text files inside it. Problems are passed to `on_error` (by default raised) and reading
    goes on with the next file, so nothing already read is lost.
    """
    for file, root in files(sources, on_error=on_error):
        yield from read_file(file, root=root, lang=lang, on_error=on_error)
