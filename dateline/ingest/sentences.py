"""Sentence boundaries with character offsets.

blingfire does the splitting (fast: ~15 MB/s, abbreviation-aware in the languages we read);
on top of it a line break is a boundary when the next line starts like a new sentence,
because headlines, bylines and list items in scraped news often end without punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import blingfire

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_NEWLINE = re.compile(r"\n\s*")


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘«¡¿-–—•*(["


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    text = (resources.files("dateline.ingest") / "data" / "title_abbreviations.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _ends_with_title(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends with a title abbreviation ("... said Mr.")."""
    last = text[start:end].rsplit(None, 1)[-1]
    return last in _titles()


def split(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of `text`, in order, without outer spaces."""
    spans: list[tuple[int, int]] = []
    para_start = 0
    for para_end, next_start in [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [
        (len(text), len(text))
    ]:
        para = text[para_start:para_end]
        if para.strip():
            _, offsets = blingfire.text_to_sentences_and_offsets(para)
            merged: list[tuple[int, int]] = []
            for start, end in offsets:
                if merged and _ends_with_title(para, *merged[-1]):
                    merged[-1] = (merged[-1][0], end)
                else:
                    merged.append((start, end))
            for start, end in merged:
                _split_lines(text, para_start + start, para_start + end, spans)
        para_start = next_start
    return spans


def _split_lines(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Cut one blingfire sentence further at line breaks that begin a new sentence."""
    cut = start
    for m in _NEWLINE.finditer(text, start, end):
        if m.end() < end and _starts_sentence(text[m.end()]):
            _append(text, cut, m.start(), spans)
            cut = m.end()
    _append(text, cut, end, spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
