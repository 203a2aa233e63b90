"""Turn files, folders, URLs and standard input into a stream of Articles, whatever the format."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest import boilerplate, byline, jsonl, language, mojibake, sentences, text, timeml
from dateline.ingest.dates import KEPT_UNDATED, future_note, in_future, iso_day
from dateline.ingest.errors import IngestError, skipped, warning
from dateline.ingest.html import Page
from dateline.model import Article, Sentence

# File suffix -> reader. A suffix not listed here is reported, never read as something else.
SUFFIXES = {
    ".txt": "text", ".text": "text", "": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".tml": "timeml", ".te3input": "timeml", ".timeml": "timeml",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "xml",  # .xml: a feed or TimeML, by its content
}
# Compressed JSONL (a dump as downloaded), read as JSONL once unpacked.
GZIP_JSONL = (".jsonl.gz", ".ndjson.gz")
READABLE = (*SUFFIXES, *GZIP_JSONL)
# Media types of fetched resources -> reader; anything else is told apart by its content.
_MEDIA = {"text/html": "html", "application/xhtml+xml": "html",
          "application/rss+xml": "feed", "application/atom+xml": "feed",
          "application/rdf+xml": "feed", "text/plain": "text", "text/markdown": "markdown",
          "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/json": "json"}

# The root of a token-level CAT document (SemEval-2015 TimeLine, the NewsReader corpora),
# in the lowered head `sniff` looks at.
_CAT_DOCUMENT = re.compile(rb"<document\b[^>]*>\s*<token\b")
# A timeline in tilse's text format (timeline17, crisis and ML-Crisis references, Dateline's
# own `--format tilse`): a date line alone, its sentences, a line of dashes, the next date line.
_TILSE_TIMELINE = re.compile(rb"\A\s*\d{4}-\d{2}-\d{2}[ \t]*\r?\n(?:[^\n]*\n)*?[ \t]*-{3,}[ \t]*\r?\n"
                             rb"\s*\d{4}-\d{2}-\d{2}[ \t]*(?:\r?\n|\Z)")
_DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)

STDIN = "-"

ErrorHandler = Callable[[IngestError], None]


class IngestWarning(UserWarning):
    """A warning or a skipped file, when no handler was given to hear about it."""


def raise_error(error: IngestError) -> None:
    """The default handler: a failure is raised; a warning or a skipped file becomes a Python
    warning, since its article (or the rest of the input) is still read."""
    if error.severity == "failed":
        raise error
    warnings.warn(str(error), IngestWarning, stacklevel=2)


def ignore_error(_error: IngestError) -> None:
    """For benchmarks, which skip unreadable files (`dateline timeline` reports them)."""


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file (with the folder it was found in), a URL, or standard input.

    Standard input is read into `data` where the sources are listed, so that an Input can be
    handed to another process to read. So is each chunk of a large JSONL file: `data` then
    holds whole lines of `path`, from line `first_line`, byte `start`.
    """

    name: str
    path: Path | None = None
    root: Path | None = None
    data: bytes | None = None
    first_line: int = 1
    start: int = 0

    @property
    def is_url(self) -> bool:
        from dateline.ingest.fetch import is_url

        return self.path is None and self.data is None and is_url(self.name)


def shown(path: Path | str) -> str:
    """A file's path as text that can be printed and stored: a name whose bytes are not UTF-8
    (an old archive's Latin-1 "caf\xe9.txt") keeps its bytes as `\xe9` escapes rather than the
    lone surrogates Python decodes them to, which no output or SQLite could write."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


# Lone UTF-16 surrogates: a JSON "\ud800" escape (a scraper cut an emoji in half) decodes to
# one, which no output or store can encode.
_SURROGATE = re.compile("[\ud800-\udfff]")


def make_article(
    raw_text: str,
    *,
    id: str,
    date: dt.date | None = None,
    lang: str | None = None,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    author: str | None = None,
    date_source: str | None = None,
    date_modified: dt.date | None = None,
    line: int | None = None,
    on_error: ErrorHandler | None = None,
) -> Article:
    """Build an Article from text: identify its language, split its sentences and mark the
    page furniture among them (`boilerplate`). Mojibake in the text or title ("oposiciÃ³n") is
    repaired first, whatever the input's kind. A text identified as a language Dateline has no
    data for is read in the closest one it has. A `date` after tomorrow (`dates.in_future`,
    whichever reader gave it) is no publication date: the article is kept undated. `on_error`
    hears of each (a warning), pointed at `path` and `line` (a record's, when its id is the
    reader's default one), else at `path` and the article's `id`."""
    cut = [value for value in (raw_text, title, url, author, id) if value and _SURROGATE.search(value)]
    if cut:
        raw_text, title, url, author, id = (_SURROGATE.sub("\ufffd", value) if value else value
                                            for value in (raw_text, title, url, author, id))
    where = path or id
    if line is None and path and not path.endswith(id):
        where = f"{path} ({id})"
    if cut and on_error is not None:
        on_error(warning(where, "lone UTF-16 surrogate(s) (a JSON escape such as \\ud800 cut from its "
                                "pair) replaced with U+FFFD", line))
    if date is not None and in_future(date):
        if on_error is not None:
            on_error(warning(where, future_note(date, date_source), line))
        date = None
    raw_text, repaired = mojibake.repair(raw_text)
    if title is not None:
        title, repaired_title = mojibake.repair(title)
        repaired = repaired or (repaired_title and f"title: {repaired_title}")
    if repaired and on_error is not None:
        on_error(warning(where, repaired))
    if not lang:
        lang, found = language.identification(raw_text)
        if found and on_error is not None:
            on_error(warning(where, f"language identified as {found!r}, which Dateline has no "
                                    f"data for; read as {lang!r}"))
    article = Article(id=id, text=raw_text, date=date, title=title, url=url, path=path,
                      lang=lang, author=byline.author_name(author) if author else author,
                      date_source=date_source if date is not None else None,
                      date_modified=date_modified)
    article.sentences = marked_sentences(raw_text, date)
    return article


def marked_sentences(raw_text: str, published: dt.date | None = None) -> list[Sentence]:
    """A text's sentences with the page furniture among them marked (`boilerplate.mark`; a
    lone date line years after `published` is the page's date of the day)."""
    return boilerplate.mark(raw_text, [Sentence(s, e, raw_text[s:e]) for s, e in sentences.split(raw_text)],
                            published)


def _page_article(page: Page, *, id: str, lang: str | None, path: str | None, on_error: ErrorHandler,
                  date: dt.date | None = None, date_source: str | None = None) -> Article:
    """An Article from a page, a feed item or a Markdown file; `date` is a fallback."""
    return make_article(page.text, id=id, date=page.published or date, lang=lang,
                        title=page.title, url=page.url, path=path, author=page.author,
                        date_source=page.published_source if page.published else date_source,
                        date_modified=page.modified, on_error=on_error)


def folder_date(path: Path) -> dt.date | None:
    """The date of the nearest `YYYY-MM-DD` folder the file sits in, however it was reached:
    a folder walked, or the file named by itself (`news/2026-03-*/*.txt`, a shell's way to pick
    days, lost the date when only a walked folder gave it), or `.` inside a dated folder. The
    absolute path is looked at, symbolic links as written."""
    for parent in Path(os.path.abspath(path)).parents:
        if _DATE_DIR.match(parent.name):
            return iso_day(parent.name)
    return None


def file_id(path: Path, root: Path | None = None) -> str:
    """The id of a file's article (the prefix of its records' ids): its path under the
    folder it was found in, else its name."""
    return shown(path.relative_to(root) if root is not None and root != path else path.name)


def kind(path: Path) -> str | None:
    """The reader for a file, by its suffix (`text`, `markdown`, `jsonl`, `timeml`, `html`,
    `feed`, or `xml` for either of the last two), or None. `.jsonl.gz` is JSONL."""
    return "jsonl" if _gzipped(path) else SUFFIXES.get(path.suffix.lower())


def _gzipped(path: Path) -> bool:
    """Whether a file is compressed JSONL (`.jsonl.gz`, `.ndjson.gz`)."""
    return path.name.lower().endswith(GZIP_JSONL)


def gunzip(data: bytes, name: str, on_error: ErrorHandler) -> bytes:
    """A gzip file's content. A file cut short (an interrupted download) keeps its whole
    lines and is reported, so the records before the cut are not lost; not gzip at all is an
    IngestError. By hand over `gzip.decompress`, which gives nothing of a truncated file."""
    import zlib

    unpacker, out, reason = zlib.decompressobj(wbits=31), bytearray(), ""  # 31: gzip framing
    try:
        for at in range(0, len(data), 1 << 16):  # by pieces: what came before a bad byte is kept
            out += unpacker.decompress(data[at:at + (1 << 16)])
    except zlib.error as exc:
        if not out:
            raise IngestError(name, f"not a readable gzip file ({exc})") from None
        reason = f"is broken after {len(out)} bytes ({exc})"
    if not out and not unpacker.eof:
        raise IngestError(name, "not a readable gzip file (cut short before any data)")
    if not reason and not unpacker.eof:
        reason = "ends before its end marker (cut short?)"
    if reason:
        on_error(IngestError(name, f"gzip file {reason}; the whole lines before it are read"))
        return bytes(out[: out.rfind(b"\n") + 1])
    return bytes(out)


_JSON_LIST = re.compile(rb"\[\s*(?:\{|\]\s*$)")


def sniff(data: bytes) -> str:
    """The reader for content of unknown type (standard input, a URL), by how it begins."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if b"<timeml" in head or (b"<dct" in head and b"<text" in head):
            return "timeml"
        if _CAT_DOCUMENT.search(head):
            return "cat"
        return "html"
    # An object is JSON (or JSON Lines: `jsonl.json_records` tells them apart); a list is JSON only
    # when it holds objects, since text may open with a bracketed tag ("[Update] The pier ...").
    if head.startswith(b"{") or _JSON_LIST.match(head):
        return "json"
    if head.startswith(b"---") or head.startswith(b"# "):
        return "markdown"
    return "text"


def _decode_markup(data: bytes, name: str, charset: str | None, on_error: ErrorHandler) -> str:
    """HTML bytes as text: UTF-8, else the charset the server or the page declares, else
    UTF-8 with bad bytes replaced (and reported)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    for candidate in (charset, declared.group(1).decode("ascii") if declared else None):
        if candidate:
            try:
                return data.decode(codecs.lookup(candidate).name)
            except (LookupError, UnicodeDecodeError):
                continue
    return text.decode(data, name, on_error)


def read_input(item: Input, *, lang: str | None = None,
               on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Read one input; JSONL files and feeds yield one article per good line or item."""
    name = item.name
    try:
        if item.path is not None:
            reader = kind(item.path)
            if reader is None:
                on_error(IngestError(name, f"unknown file type {item.path.suffix!r} "
                                           f"(Dateline reads {', '.join(s for s in READABLE if s)})"))
                return
            data, charset = item.data if item.data is not None else item.path.read_bytes(), None
            if _gzipped(item.path):
                data = gunzip(data, name, on_error)
            article_id = file_id(item.path, item.root)
        elif item.data is not None:
            data, charset, reader, article_id = item.data, None, sniff(item.data), "stdin"
        else:
            from dateline.ingest.fetch import fetch

            fetched = fetch(name)
            data, charset, article_id = fetched.data, fetched.charset, name
            reader = _MEDIA.get(fetched.media_type) or sniff(data)
        if not data or data.isspace():  # whatever its kind: a page or feed would fail as broken
            on_error(skipped(name, "empty: no article text in it"))
            return
        if reader == "xml":
            reader = sniffed if (sniffed := sniff(data)) in ("timeml", "cat") else "feed"
        if reader == "cat":  # told by its content, whatever the suffix or media type
            on_error(skipped(name, "a SemEval-2015 CAT document (one token an element), not an "
                                   "article; `dateline semeval2015` reads these"))
            return
        if reader == "text" and _TILSE_TIMELINE.match(data[:16384]):
            # A dataset's reference timeline beside its articles (ML-Crisis' reference/TOPIC.txt)
            # was read as an article: its sentences, the answer, came out in the timeline.
            on_error(skipped(name, "a timeline in tilse's format (date lines, sentences, lines of "
                                   "dashes: a reference timeline?), not an article; "
                                   "`dateline evaluate tls` reads these"))
            return
        if reader == "text" and item.root is not None and (urls := _url_list_in_folder(data)):
            # Fetched only when asked (the file named on its own): a folder, and above all a
            # watched one, is read from disk, never a reason to go to the network.
            on_error(skipped(name, f"a list of {len(urls)} URL(s), not an article; "
                                   f"`dateline ingest {name}` fetches them"))
            return
        told: list[IngestError] = []

        def tell(error: IngestError) -> None:
            told.append(error)
            on_error(error)

        found = 0
        for found, article in enumerate(_read(reader, data, charset, item, article_id, lang, tell), 1):
            yield article
        if not found and not told:
            on_error(skipped(name, "empty: no article text in it"))
    except IngestError as error:
        on_error(error)
    except OSError as exc:
        on_error(IngestError(name, exc.strerror or str(exc)))


def _read(reader: str, data: bytes, charset: str | None, item: Input, article_id: str,
          lang: str | None, on_error: ErrorHandler) -> Iterator[Article]:
    """Articles of one input's bytes, by the reader chosen for it."""
    name = item.name
    path = shown(item.path) if item.path is not None else (None if item.is_url else name)
    day = folder_date(item.path) if item.path is not None else None
    folder_source = "folder name" if day else None
    if reader == "html":
        from dateline.ingest.html import parse_html

        page = parse_html(_decode_markup(data, name, charset, on_error), name,
                          url=name if item.is_url else None)
        yield _page_article(page, id=article_id, lang=lang, path=path, on_error=on_error,
                            date=day, date_source=folder_source)
        return
    if reader == "feed":
        from dateline.ingest.feed import parse_feed

        for item_id, page in parse_feed(data, name, on_error, url=name if item.is_url else None):
            yield _page_article(page, id=item_id, lang=lang, path=path, on_error=on_error,
                                date=day, date_source=folder_source)
        return
    raw = text.decode(data, name, on_error, start=item.start)
    if reader == "timeml":
        doc = timeml.parse_timeml(raw, name, on_error)
        yield make_article(doc.text, id=article_id, date=doc.dct, lang=lang, title=doc.title,
                           path=path, date_source="TimeML DCT", on_error=on_error)
    elif reader in ("jsonl", "json"):
        records = jsonl.json_records(raw, name) if reader == "json" else None
        if records is None:  # JSON Lines (a .json file may hold them too)
            records = jsonl.iter_records(raw, name, item.first_line)
        yield from _record_articles(records, name, article_id, lang, on_error)
    else:
        date, body = text.split_header(raw, name, on_error)
        if not body.strip():
            return
        source = "date header" if date else folder_source
        date = date or day
        if reader == "markdown":
            from dateline.ingest.markdown import parse_markdown

            yield _page_article(parse_markdown(body, name, on_error), id=article_id, lang=lang, path=path,
                                on_error=on_error, date=date, date_source=source)
        else:
            title = text.headline(body)
            if title is not None and boilerplate.reason(title) is not None:  # a menu or notice is furniture
                title = None
            yield make_article(body, id=article_id, date=date, lang=lang, path=path, title=title,
                               date_source=source, on_error=on_error)


def read_file(path: Path, *, root: Path | None = None, lang: str | None = None,
              on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Read one file; JSONL files and feeds yield one article per good line or item."""
    yield from read_input(Input(shown(path), path, root), lang=lang, on_error=on_error)


class OwnIds:
    """The ids the records of one input give themselves (a JSONL or `.json` file, one
    request): a later record holding an earlier one's id with another text is another article,
    not a new version of it (the store replaces an article by a new version of the same source
    and id). The same record twice is still one article."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[int, int]] = {}  # own id -> place and hash of the first text under it

    def taken(self, own: str, text: object, place: int) -> int | None:
        """Where an earlier record of the input gave `own` to another text than `text`, or None."""
        text_hash = hash(text)
        first, first_hash = self._first.setdefault(own, (place, text_hash))
        return first if first_hash != text_hash else None


def _record_articles(records: Iterable[tuple[int | None, dict[str, object]] | IngestError], name: str,
                     article_id: str, lang: str | None, on_error: ErrorHandler) -> Iterator[Article]:
    """The articles of a JSONL or JSON input's records (`jsonl.iter_records`,
    `jsonl.json_records`); a bad record goes to `on_error` and the rest is read. A record whose
    own id an earlier record of the input holds with another text (`OwnIds`) is another
    article: named by its line, with a warning."""
    ids = OwnIds()
    for found in records:
        if isinstance(found, IngestError):
            on_error(found)
            continue
        line, record = found
        if line is None:  # the file is one article: named by the file, as a text file is
            line, record = 1, {**record, "id": record.get("id") or article_id}
        elif record.get("id") and (first := ids.taken(own := str(record["id"]), record["text"], line)) is not None:
            on_error(warning(name, f"id {own[:80]!r} was given to another text at line {first}; "
                                   f"read as another article, named {article_id}:{line}", line))
            record = {**record, "id": None}
        yield record_article(record, name, line, article_id=article_id, lang=lang, on_error=on_error)


def record_article(record: dict[str, object], name: str, number: int, *, article_id: str,
                   lang: str | None = None, on_error: ErrorHandler = raise_error) -> Article:
    """The article of one JSONL-shaped record (`text`, optional `date`, `title`, `url`, `id`,
    `lang`, `author`), record `number` of input `name`; also for the rows of other tabular
    inputs (Parquet). A date that cannot be read is reported and the article kept undated."""
    field = jsonl.given_as(record, "date")
    try:
        date = jsonl.parse_date(record.get("date"), name, number, field)
    except IngestError as error:
        on_error(warning(name, f"{error.reason}; {KEPT_UNDATED}", number))
        date = None
    own_id = record.get("id")
    title = str(record["title"]) if record.get("title") else None
    return make_article(
        text.with_headline(title, str(record["text"])),
        id=str(own_id or f"{article_id}:{number}"),
        date=date,
        lang=lang or _record_language(record.get("lang"), name, number, on_error),
        title=title,
        url=str(record["url"]) if record.get("url") else None,
        path=name,
        author=str(record["author"]) if record.get("author") else None,
        date_source=f"JSONL '{field}' field",
        line=None if own_id else number,  # a record with its own id is named by it
        on_error=on_error,
    )


def _record_language(value: object, name: str, number: int, on_error: ErrorHandler) -> str | None:
    """A record's `lang` as the code of a language Dateline reads ('EN', 'es-MX' and 'pt_BR'
    are en, es, pt); None, for the text to be identified, when it names none (reported)."""
    if not value:
        return None
    try:
        return language.language_code(str(value))
    except ValueError:
        on_error(warning(name, f"'lang' {value!r} is not a language Dateline has data for; the "
                               "text's language is identified instead", number))
        return None


# A folder's files of unknown type named one by one up to this many; more are one line.
_UNKNOWN_NAMED = 3


def iter_files(source: Path, on_error: ErrorHandler | None = None) -> Iterator[Path]:
    """Readable files under a folder, sorted by path. Hidden files and folders and files of
    unknown type are left out, each reported to `on_error` (when given) with the reason; a
    folder's files of unknown type in one line when there are more than `_UNKNOWN_NAMED`
    (a web page saved with its `_files` folder of scripts, styles and images)."""
    found: list[Path] = []
    left_out: list[IngestError] = []
    for folder, dirs, names in os.walk(source):
        for d in dirs:
            if d.startswith("."):
                left_out.append(skipped(shown(os.path.join(folder, d)), "hidden folder"))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        unknown: list[Path] = []
        for name in names:
            path = Path(folder) / name
            if name.startswith("."):
                left_out.append(skipped(shown(path), "hidden file"))
            elif kind(path) is None:
                unknown.append(path)
            else:
                found.append(path)
        if len(unknown) > _UNKNOWN_NAMED:
            suffixes = Counter(p.suffix.lower() or "(none)" for p in unknown)
            listed = ", ".join(f"{suffix!r} {n}" for suffix, n in sorted(suffixes.items()))
            left_out.append(skipped(shown(os.path.join(folder, "")), f"{len(unknown)} files of unknown type ({listed})"))
        else:
            left_out.extend(skipped(shown(p), f"unknown file type {shown(p.suffix)!r}") for p in unknown)
    if on_error is not None:
        for problem in sorted(left_out, key=lambda e: e.path):
            on_error(problem)
    yield from sorted(found)


# A JSONL file larger than this is read in chunks of about this size, each an Input of its
# own: a collection in one big file is shared among the workers, and never held whole.
JSONL_CHUNK_BYTES = 256 * 1024


def _chunked(item: Input) -> Iterator[Input]:
    """A large JSONL file as chunks of whole lines; any other file (a gzipped one too: its
    bytes are not its lines) as it is."""
    path = item.path
    try:
        # by its own suffix: `kind` would tell a .jsonl.gz apart again
        if (path is None or SUFFIXES.get(path.suffix.lower()) != "jsonl"
                or path.stat().st_size <= JSONL_CHUNK_BYTES):
            yield item
            return
        with path.open("rb") as handle:
            line, start = 1, 0
            while True:
                lines = handle.readlines(JSONL_CHUNK_BYTES)  # whole lines, about this many bytes
                if not lines:
                    return
                data = b"".join(lines)
                yield Input(item.name, path, item.root, data, first_line=line, start=start)
                line, start = line + len(lines), start + len(data)
    except OSError:
        yield item  # reading it will say what is wrong


def inputs(sources: Iterable[str | Path | Input] | str | Path | Input, *,
           on_error: ErrorHandler = raise_error) -> Iterator[Input]:
    """Every input of the sources in a stable order: files (folders walked), URLs (also those
    of a text file or standard input that lists only URLs), and `-` for standard input; an Input as it is (a file found in a folder by its caller, such as
    `dateline watch`). Missing paths, empty folders and left-out files go to `on_error`.
    One source alone is one source: a path is a string, whose characters are not sources
    (`read("news/")` would otherwise read "n", "e", ..., and "/": the whole file system)."""
    if isinstance(sources, (str, Path, Input)):
        sources = [sources]
    for source in sources:
        if isinstance(source, Input):
            yield from _chunked(source)
            continue
        name = shown(source)
        if name == STDIN:
            stream = getattr(sys.stdin, "buffer", None)
            data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
            listed = url_lines(data)
            if listed:
                yield from _listed("<stdin>", listed, on_error)
            elif data.strip():
                yield Input("<stdin>", data=data)
            else:
                on_error(IngestError("<stdin>", "standard input is empty"))
            continue
        item = Input(name)
        if item.is_url:
            yield item
            continue
        path = Path(source)
        if path.is_dir():
            found = list(iter_files(path, on_error))
            if not found:
                on_error(IngestError(name, "folder contains no readable files "
                                           f"({', '.join(s for s in READABLE if s)})"))
            for file in found:
                yield from _chunked(Input(shown(file), file, path))
        elif path.exists():
            listed = _listed_urls(path)
            yield from _listed(name, listed, on_error) if listed else _chunked(Input(name, path))
        elif _OTHER_SCHEME.match(name):
            on_error(IngestError(name, "only http:// and https:// URLs are fetched"))
        else:
            on_error(IngestError(name, "no such file or folder"))


def input_bytes(sources: Iterable[str | Path | Input] | str | Path | Input) -> int:
    """The bytes of the files the sources name or hold (folders walked as `inputs` walks them,
    problems left for `inputs` to report): a progress bar's total, which `size_of` each input
    read adds up to. A URL and standard input count nothing: their size is unknown until read."""
    if isinstance(sources, (str, Path, Input)):
        sources = [sources]
    total = 0
    for source in sources:
        if isinstance(source, Input):
            total += size_of(source)
            continue
        path = Path(source)
        try:
            files = iter_files(path) if path.is_dir() else [path] if path.is_file() else []
            total += sum(file.stat().st_size for file in files)
        except OSError:  # gone since: `inputs` says so
            continue
    return total


def size_of(item: Input) -> int:
    """The bytes of one input as `input_bytes` counts them: a chunk's, a file's; 0 for a URL or
    standard input."""
    if item.path is None:
        return 0
    if item.data is not None:
        return len(item.data)
    try:
        return item.path.stat().st_size
    except OSError:
        return 0


# A text file named on the command line, this size at most, is looked at for being a list of URLs.
URL_LIST_BYTES = 1 << 20


def url_list(data: bytes) -> list[str] | None:
    """The URLs of a text that is nothing but URLs, one a line (blank lines and `#` comments
    aside; see `url_lines` for lines that are no URL): the pages to fetch, such as a `urls.txt`
    kept by hand. None for any other text, which is an article (one naming a URL too)."""
    found = url_lines(data)
    return found[0] if found is not None else None


# A line meant as a URL but mistyped: a scheme ("htps://", "hxxp://"), a scheme without its
# colon ("https//"), "www." or a host and a path without a scheme ("example.org/news/1").
_URL_LIKE = re.compile(r"(?:[a-z][a-z0-9+.-]*:/|[a-z]+//|www\.|[\w-]+(?:\.[\w-]+)+/)", re.I)


def url_lines(data: bytes) -> tuple[list[str], list[tuple[int, str]]] | None:
    """A list of URLs kept by hand, typos and all: its URLs, and the lines (number, text) that
    are no http(s) URL. A text is such a list when each line (blank lines and `#` comments
    aside) is one word without spaces, at least one an http(s) URL and every other one meant
    as a URL (`_URL_LIKE`): a line "htps://…" or "www.…" among them is a typo to name, where it
    had made the whole file an article of URLs. None for any other text (an article has
    sentences; a title word above a link is no URL)."""
    from dateline.ingest.fetch import is_url

    urls: list[str] = []
    other: list[tuple[int, str]] = []
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if any(c.isspace() for c in line):
            return None  # words: an article
        if is_url(line):
            urls.append(line)
        elif _URL_LIKE.match(line):
            other.append((number, line))
        else:
            return None
    return (urls, other) if urls else None


def _url_list_in_folder(data: bytes) -> list[str] | None:
    """`url_list` of a text file found in a folder, looked at only when it starts like one."""
    head = data.lstrip()[:8].lower()
    if len(data) > URL_LIST_BYTES or not head.startswith((b"http://", b"https://", b"#")):
        return None
    return url_list(data)


def _listed_urls(path: Path) -> tuple[list[str], list[tuple[int, str]]] | None:
    """`url_lines` of a small text file; None for anything else."""
    try:
        if kind(path) != "text" or not path.is_file() or path.stat().st_size > URL_LIST_BYTES:
            return None
        return url_lines(path.read_bytes())
    except OSError:
        return None  # reading it will say what is wrong


def _listed(name: str, found: tuple[list[str], list[tuple[int, str]]], on_error: ErrorHandler) -> Iterator[Input]:
    """The URLs of a list as inputs, after a warning for each of its lines that is no URL."""
    urls, other = found
    for number, line in other:
        on_error(warning(name, f"{line[:80]!r} is not an http(s) URL (a typo?); left out of the list", number))
    yield from (Input(url) for url in urls)


# A URL of a scheme Dateline does not fetch (ftp://, file://): named as such, not as a missing file.
_OTHER_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.I)


def read(sources: Iterable[str | Path] | str | Path, *, lang: str | None = None,
         on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Stream Articles from files, folders, URLs and `-` (standard input), in a stable order.

    Text, Markdown, HTML, RSS/Atom, JSONL and TimeML are read. A folder is read recursively;
    a `YYYY-MM-DD` folder gives the publication date of the files inside it that state none.
    Problems are passed to `on_error` (by default a failure is raised) and reading goes on
    with the next input, so nothing already read is lost.
    """
    for item in inputs(sources, on_error=on_error):
        yield from read_input(item, lang=lang, on_error=on_error)
