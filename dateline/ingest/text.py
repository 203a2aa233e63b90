"""Plain-text articles, with the optional `date YYYY-MM-DD` header line, and byte decoding."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import shlex
import threading
import unicodedata
from collections.abc import Callable, Iterable

from dateline.ingest.dates import iso_day
from dateline.ingest.errors import IngestError, warning

# The header as people write it: `date 2023-03-20` (the project's seed files, where the first
# words of the text may follow on the same line), `Date: 2024-03-05`, `date=2024-03-05`, with
# an ISO time and zone or not (`date 2024-03-05T10:00:00Z`, `Date: 2024-03-05 10:00`),
# preceded by spaces or not. The day is the one written (the writer's time zone).
_HEADER = re.compile(r"\A[ \t\ufeff]*date(?:[ \t]*[:=][ \t]*|[ \t]+)"
                     r"(\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
                     r"(?:[ \t]*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?)?)(?![\w:+-])[ \t]*(?:\r?\n)?",
                     re.IGNORECASE)

# A plain text's first line is its headline when a blank line parts it from the story, as people
# write a story in a text file ("Repairs begin on Velna pier", blank line, the story): the
# article's title, shown beside its sentences. A line of at most HEADLINE_WORDS words (ML-Crisis
# es titles, written on line 1: 90% have 19 or fewer), not ended as a sentence or a lead-in is
# (a period, colon, semicolon, comma, dash, ellipsis), and naming no year or numeric day (a
# dateline such as "Madrid, 15.03.2024" is no title). The line stays the story's first sentence:
# headlines summarize their day well, and session 22 lost the English entity timelines 0.486
# -> 0.460 AR1-F when they left the text (closing note of #11, session 23).
_HEADLINE = re.compile(r"\A\s*([^\n]+?)[ \t]*\r?\n[ \t]*\r?\n(?=\s*\S)")
HEADLINE_WORDS = 25
_ENDS_AS_SENTENCE = re.compile(r"[.:;,\-–—…،؛]\W*\Z")  # closing quotes and brackets after it alike
_NAMES_A_DATE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}")


def headline(raw: str) -> str | None:
    """A plain text's headline (see `_HEADLINE`), or None."""
    m = _HEADLINE.match(raw)
    if m is None:
        return None
    line = m.group(1).strip()
    if not 2 <= len(line.split()) <= HEADLINE_WORDS or _ENDS_AS_SENTENCE.search(line) \
            or _NAMES_A_DATE.search(_ascii_digits(line)):
        return None
    return line


def with_headline(title: str | None, body: str, *, add: bool = True) -> str:
    """The text an article with a `title` is read as, one rule for every input that gives a title
    apart (a feed item, a JSONL record, a page's headline): its headline, a blank line, its story
    -- as a plain text's headline (above) and the benchmarks' texts are written -- so that the
    headline is the story's first sentence and paragraph whatever the input: headlines summarize
    their day (session 22 lost 0.486 -> 0.460 AR1-F on English entity timelines without them),
    and the timeline's no-repeat rule keeps one out beside the lead sentence it repeats. A story
    that opens with its headline keeps it once (its line break made a paragraph break); one that
    does not gets it only when `add` (a page's <title> is the browser tab's label, often with the
    site's name, and is not added)."""
    head = (title or "").strip()
    story = body.lstrip()
    if not head:
        return body
    if story.startswith(head):
        rest = story[len(head):]
        if rest[:1] in ("\n", "\r"):
            return f"{head}\n\n{rest.lstrip()}" if rest.strip() else head
        return body
    if not add:
        return body
    return f"{head}\n\n{story}" if story.strip() else head


def _ascii_digits(line: str) -> str:
    """Every script's decimal digits as ASCII ("٢٠٢٤" is a year too)."""
    return "".join(str(d) if not c.isascii() and (d := unicodedata.decimal(c, None)) is not None else c
                   for c in line)


# Folding: ’ as ', and the combining marks decomposition leaves behind: Latin, Greek and
# Cyrillic diacritics, their extensions and supplements, Hebrew points and Arabic harakat. One
# regex pass over a text is many times faster than testing each character in Python, which
# mattered on 300 articles.
_FOLD_TABLE = str.maketrans({"’": "'"})
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
                    "\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents, straight apostrophes: the form words and texts are compared
    in (query terms with sentences, names and event words with their lexicons)."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded)).translate(_FOLD_TABLE)
    return folded


def parse_terms(queries: Iterable[str]) -> list[str]:
    """Query values as terms (the query syntax of timelines and of the store's search, which
    both read it from here): a value is one term (a phrase if it has several words), unless
    it holds double quotes, when quoted parts are phrases and other words terms of their own.

    `['Bank of America']` gives `['Bank of America']`; `['egipto "hermanos musulmanes"']`
    gives `['egipto', 'hermanos musulmanes']`. An unbalanced quote raises `ValueError`.
    """
    terms: list[str] = []
    for query in queries:
        if '"' not in query:
            parts = [query]
        elif query.count('"') % 2:
            raise ValueError(f"query {query!r}: a double quote is not closed")
        else:
            lexer = shlex.shlex(query, posix=True)
            lexer.quotes, lexer.whitespace_split, lexer.escape = '"', True, ""
            parts = list(lexer)
        terms.extend(" ".join(p.split()) for p in parts if p.strip())
    return terms


# How many byte offsets a warning about undecodable bytes lists before it says "and N more".
_OFFSETS_SHOWN = 5


def split_header(raw: str, path: str = "<text>",
                 on_warning: Callable[[IngestError], None] | None = None) -> tuple[dt.date | None, str]:
    """Return the header's publication date (or None) and the text without the header. A
    header whose date is no day (`date 2023-02-31`) is left out and reported to `on_warning`,
    the article kept undated, as a JSONL record's or a front matter's bad date is."""
    m = _HEADER.match(raw)
    if not m:
        return None, raw
    date = iso_day(m.group(1))
    if date is None and on_warning is not None:
        on_warning(warning(path, f"date header {m.group(1)!r} is not a day; article kept undated "
                                 "(its date will be inferred from the text)"))
    return date, raw[m.end():]


_replaced = threading.local()


def _note_replacement(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _replaced.offsets.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error("dateline-replace", _note_replacement)


def _replaced_offsets(data: bytes) -> tuple[str, list[int]]:
    """UTF-8 text with each undecodable byte run replaced by U+FFFD, and where the runs start."""
    _replaced.offsets = []
    text = data.decode("utf-8", errors="dateline-replace").removeprefix("\ufeff")
    return text, _replaced.offsets


def decode(data: bytes, path: str,
           on_warning: Callable[[IngestError], None] | None = None, start: int = 0) -> str:
    """Decode file bytes as text without losing the article to a stray byte.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are. A UTF-8 text with
    a few bad bytes keeps its text, each bad byte run replaced by U+FFFD; a text with no valid
    UTF-8 beyond ASCII is read as Windows-1252 (the usual legacy news encoding). Either way
    `on_warning` hears about it, naming the byte offsets (counted from `start`, where `data`
    begins in its file). Binary data (NUL bytes not in UTF-16) is refused with an IngestError.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise IngestError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text, offsets = _replaced_offsets(data)
    offsets = [start + o for o in offsets]
    if all(ord(ch) < 128 or ch == "\ufffd" for ch in text):  # no valid UTF-8 beyond ASCII
        try:
            legacy = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            if on_warning is not None:
                on_warning(warning(path, "not UTF-8; read as Windows-1252 "
                                         f"(first non-UTF-8 byte at offset {offsets[0]})"))
            return legacy
    if on_warning is not None:
        shown = ", ".join(str(o) for o in offsets[:_OFFSETS_SHOWN])
        more = f" and {len(offsets) - _OFFSETS_SHOWN} more" if len(offsets) > _OFFSETS_SHOWN else ""
        on_warning(warning(path, f"{len(offsets)} undecodable byte sequence(s) replaced with "
                                 f"U+FFFD at byte offset {shown}{more}"))
    return text
