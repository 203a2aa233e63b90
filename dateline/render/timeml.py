"""Write time expressions back into a TimeML document, as TempEval-3 systems do; or write
any article (plain text, a page, a JSONL record) as a new TimeML document.

The document stays as it was; only `<TIMEX3>` tags are inserted in its `<TEXT>` (any that
were there are replaced). A tag that would cross another element's boundary is left out,
so the output is always well-formed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from dateline.ingest import TimeMLDocument, parse_timeml
from dateline.model import Article, Timex

_TIMEX_TAG = re.compile(r"</?TIMEX3\b[^>]*>")
_TEXT_SPAN = re.compile(r"(<TEXT\b[^>]*>)(.*?)(</TEXT\s*>)", re.S)
_ANY_TAG = re.compile(r"<(/?)([\w:-]+)[^>]*?(/?)>")
# An id attribute's number; the word boundary before it is checked on each hit (`_taken_tids`):
# a pattern that starts with `\b` is tried at every position of the file, one that starts with
# its literal text is found by a fast scan.
_TID = re.compile(r'tid="t(\d+)"')
_WORD_CHAR = re.compile(r"\w")


def strip_timexes(raw: str) -> str:
    """The document with the TIMEX3 tags inside <TEXT> removed (their text kept)."""
    return _TEXT_SPAN.sub(lambda m: m.group(1) + _TIMEX_TAG.sub("", m.group(2)) + m.group(3),
                          raw, count=1)


def _raw_end(doc: TimeMLDocument, end: int) -> int:
    """The position in the raw file just after plain character `end - 1`."""
    pos = doc.raw_offsets[end - 1]
    if doc.raw[pos] == "&":  # an entity: end after its semicolon
        return doc.raw.index(";", pos) + 1
    return pos + 1


def _balanced(fragment: str) -> bool:
    """Whether every element opened in the fragment closes in it, and vice versa."""
    depth = 0
    for m in _ANY_TAG.finditer(fragment):
        if m.group(3):  # self-closing
            continue
        depth += -1 if m.group(1) else 1
        if depth < 0:
            return False
    return depth == 0


def _taken_tids(raw: str) -> list[int]:
    """The numbers of the document's `tid="tN"` attributes, an attribute named `xtid` aside."""
    return [int(m.group(1)) for m in _TID.finditer(raw)
            if m.start() == 0 or not _WORD_CHAR.match(raw, m.start() - 1)]


def timex_tag(timex: Timex, tid: int) -> str:
    """The opening TIMEX3 tag of an expression."""
    attrs = [f'tid="t{tid}"', f'type="{escape(timex.type)}"', f'value="{escape(timex.value)}"']
    if timex.mod:
        attrs.append(f'mod="{escape(timex.mod)}"')
    return f"<TIMEX3 {' '.join(attrs)}>"


def annotate_document(raw: str, timexes: Sequence[Timex], path: str = "<timeml>") -> str:
    """The TimeML document with `timexes` (offsets into its plain <TEXT>) inserted as tags."""
    return annotate_parsed(parse_timeml(strip_timexes(raw), path), timexes)


def annotate_parsed(doc: TimeMLDocument, timexes: Sequence[Timex]) -> str:
    """`annotate_document` of a document already read with its TIMEX3 tags stripped
    (`parse_timeml(strip_timexes(raw))`, the text that was tagged), without reading it again."""
    clean = doc.raw
    taken = _taken_tids(clean)
    next_tid = max(taken, default=0) + 1
    inserts: list[tuple[int, int, str]] = []
    for timex in sorted(timexes, key=lambda t: t.start):
        if not 0 <= timex.start < timex.end <= len(doc.text):
            continue
        start, end = doc.raw_offsets[timex.start], _raw_end(doc, timex.end)
        if not _balanced(clean[start:end]):
            continue
        inserts.append((start, 1, timex_tag(timex, next_tid)))
        inserts.append((end, 0, "</TIMEX3>"))
        next_tid += 1
    out: list[str] = []
    last = 0
    # Closing tags go before opening tags at the same position ("</TIMEX3><TIMEX3 ...>").
    for pos, _order, tag in sorted(inserts, key=lambda i: (i[0], i[1])):
        out.append(clean[last:pos])
        out.append(tag)
        last = pos
    out.append(clean[last:])
    return "".join(out)


def article_timeml(article: Article) -> str:
    """An article as a TimeML document, as HeidelTime writes one for plain text: its id, its
    publication date as the DCT (absent when unknown; an inferred date is the DCT Dateline
    resolved against, said in a comment), its text with its time expressions as TIMEX3 tags."""
    dct = ""
    if article.date is not None:
        day = article.date.isoformat()
        note = "<!-- publication date inferred from the text -->\n" if article.date_inferred else ""
        dct = (f'{note}<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
               f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n')
    title = f"<TITLE>{escape(article.title, quote=False)}</TITLE>\n" if article.title else ""
    skeleton = (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(article.id, quote=False)}</DOCID>\n'
                f"{dct}{title}<TEXT>{escape(article.text, quote=False)}</TEXT>\n</TimeML>\n")
    return annotate_document(skeleton, article.timexes, article.path or article.id)
