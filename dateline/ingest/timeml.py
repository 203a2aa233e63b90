"""TimeML documents (`.tml`, `.TE3input`): the DCT, the `<TEXT>` as plain text, its TIMEX3s.

Hand-written rather than parsed with an XML library because the plain-text character
offsets must map back to exact positions in the raw file: the annotator inserts tags there
and the scorer compares offsets, and TimeML corpora are not always well-formed XML.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from dateline.ingest.dates import iso_day
from dateline.ingest.errors import IngestError, warning
from dateline.model import Timex

_TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT\s*>", re.S)
_DCT = re.compile(r"<DCT\b[^>]*>(.*?)</DCT\s*>", re.S)
_TITLE = re.compile(r"<TITLE\b[^>]*>(.*?)</TITLE\s*>", re.S)
_ATTR = re.compile(r'([\w:-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
# Elements that end a line of the text when their closing tag is glued to what follows.
_BLOCKS = frozenset({"s", "p", "S", "P"})
_MARKUP = re.compile(r"<(/?)([\w:-]+)([^>]*)>|&(#x[0-9a-fA-F]+|#\d+|\w+);")


class RawOffsets(Sequence[int]):
    """The raw position of each plain-text character, kept as runs: a run of text copied from
    the raw file counts up one by one, the characters an entity or a closing tag stands for
    all point at it. A list of one number per character cost a good part of reading a TimeML
    file (an int object each, ~10,000 a news document), and only a few are ever read (where a
    TIMEX3 begins and ends)."""

    __slots__ = ("_starts", "_raw", "_step", "_length")

    def __init__(self) -> None:
        self._starts: list[int] = []  # the plain position where each run begins
        self._raw: list[int] = []  # ... the raw position of its first character
        self._step: list[int] = []  # ... 1 when it counts up, 0 when all point at one place
        self._length = 0

    def add(self, raw: int, count: int, step: int) -> None:
        """`count` more characters from raw position `raw`, counting up (`step` 1) or not (0)."""
        if count > 0:
            self._starts.append(self._length)
            self._raw.append(raw)
            self._step.append(step)
            self._length += count

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("raw offset index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._raw[run] + (index - self._starts[run]) * self._step[run]

    def __iter__(self) -> Iterator[int]:
        for run, start in enumerate(self._starts):
            end = self._starts[run + 1] if run + 1 < len(self._starts) else self._length
            raw, step = self._raw[run], self._step[run]
            yield from (range(raw, raw + end - start) if step else [raw] * (end - start))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # a sequence compared by value, as a list is

    def __repr__(self) -> str:
        return f"RawOffsets({list(self)!r})"


@dataclass(slots=True)
class TimeMLDocument:
    """A TimeML file split into what the tagger, the annotator and the scorer need.

    `raw_offsets[i]` is the position in `raw` of plain-text character `i` of `text`;
    `raw_offsets[len(text)]` is the end of the `<TEXT>` content.
    """

    raw: str
    text: str
    raw_offsets: RawOffsets
    dct: dt.date | None
    dct_value: str | None
    title: str | None = None
    timexes: list[Timex] = field(default_factory=list)


def attributes(tag_body: str) -> dict[str, str]:
    """The attributes of an XML start tag body (`tid="t1" type="DATE"`)."""
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(tag_body)}


def _plain(fragment: str, base: int) -> tuple[str, RawOffsets, list[Timex]]:
    """Strip tags and entities from `fragment`, keeping raw offsets and TIMEX3 spans. Text
    between tags is copied a run at a time, not a character at a time: reading a folder of
    TimeML is a good part of a whole `dateline annotate` run."""
    out: list[str] = []
    offsets = RawOffsets()  # one per plain character: its length is the plain text's so far
    spans: list[tuple[int, int, dict[str, str]]] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _MARKUP.finditer(fragment):
        start = m.start()
        if start > pos:
            out.append(fragment[pos:start])
            offsets.add(base + pos, start - pos, 1)
        pos = m.end()
        if m.group(2) is None:  # an entity: each character it stands for points at its "&"
            decoded = html.unescape(m.group(0))
            out.append(decoded)
            offsets.add(base + start, len(decoded), 0)
            continue
        closing, name, body = m.group(1), m.group(2), m.group(3)
        if closing and name in _BLOCKS and fragment[pos:pos + 1].strip():
            # Sentences and paragraphs written tag to tag (SemEval-2015's `<s>` elements) would
            # glue their texts ("2008The"): a line break stands for the closing tag.
            out.append("\n")
            offsets.add(base + start, 1, 0)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (len(offsets), attributes(body))
            if body.rstrip().endswith("/"):  # an empty TIMEX3 carries no text
                open_timex = None
        elif open_timex is not None:
            spans.append((open_timex[0], len(offsets), open_timex[1]))
            open_timex = None
    out.append(fragment[pos:])
    offsets.add(base + pos, len(fragment) + 1 - pos, 1)  # and the end of the fragment
    text = "".join(out)
    timexes = [Timex(start=a, end=b, text=text[a:b], type=attrs.get("type", ""),
                     value=attrs.get("value", ""), mod=attrs.get("mod") or None)
               for a, b, attrs in spans]
    return text, offsets, timexes


def parse_timeml(raw: str, path: str = "<timeml>",
                 on_error: Callable[[IngestError], None] | None = None) -> TimeMLDocument:
    """Parse a TimeML document; raise IngestError when it has no `<TEXT>` element. A DCT that
    is no date is an IngestError too, unless `on_error` is given (the readers of articles):
    then it is told a warning and the document is undated, its date left to its text (the
    whole file had been lost for its header)."""
    text_match = _TEXT.search(raw)
    if text_match is None:
        raise IngestError(path, "no <TEXT> element: not a TimeML document")
    text, offsets, timexes = _plain(text_match.group(1), text_match.start(1))
    dct_value = None
    dct = None
    dct_match = _DCT.search(raw)
    if dct_match is not None:
        inner = dct_match.group(1)
        timex_tag = re.search(r"<TIMEX3\b([^>]*)>", inner)
        if timex_tag is not None:
            dct_value = attributes(timex_tag.group(1)).get("value")
        else:
            dct_value = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip() or None
        if dct_value:
            dct = iso_day(dct_value)
            if dct is None and on_error is None:
                raise IngestError(path, f"DCT value is not a date: {dct_value!r}")
            if dct is None:
                on_error(warning(path, f"DCT value is not a date: {dct_value[:80]!r}; article kept undated "
                                       "(its date will be inferred from the text)"))
    title_match = _TITLE.search(raw)
    title = html.unescape(re.sub(r"<[^>]+>", "", title_match.group(1))).strip() if title_match else None
    return TimeMLDocument(raw=raw, text=text, raw_offsets=offsets, dct=dct,
                          dct_value=dct_value, title=title or None, timexes=timexes)
