"""Sentence boundaries with character offsets.

blingfire does the splitting (fast: ~15 MB/s, abbreviation-aware in the languages we read);
on top of it a line break is a boundary when the next line starts like a new sentence,
because headlines, bylines and list items in scraped news often end without punctuation.
"""

from __future__ import annotations

import ctypes
import re
from functools import lru_cache
from importlib import resources

import blingfire
import numpy as np

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_NEWLINE = re.compile(r"\n\s*")


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘«¡¿-–—•*(["


def _word_list(name: str) -> frozenset[str]:
    text = (resources.files("dateline.ingest") / "data" / name).read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return _word_list("title_abbreviations.txt")


@lru_cache(maxsize=1)
def _ordinal_months() -> frozenset[str]:
    return _word_list("ordinal_dot_months.txt")


_WHOLE_WORD = re.compile(r"[^\W\d_]+")


def sentence_end_languages() -> list[str]:
    """The languages with a list of words that end sentences (data/sentence_ends/LANG.txt)."""
    folder = resources.files("dateline.ingest") / "data" / "sentence_ends"
    return sorted(p.name.removesuffix(".txt") for p in folder.iterdir() if p.name.endswith(".txt"))


@lru_cache(maxsize=1)
def _sentence_end_words() -> frozenset[str]:
    """Every language's words that end sentences but that blingfire reads as abbreviations
    ("par an.", "sworn in.", "zum dritten Mal."), checked: one whole word a line, no dot.
    One set for all languages: the splitter is not told the language, and a word of one
    language is never an abbreviation before a capital in another (as with the titles)."""
    words: set[str] = set()
    for lang in sentence_end_languages():
        for word in _word_list(f"sentence_ends/{lang}.txt"):
            if not _WHOLE_WORD.fullmatch(word):
                raise ValueError(f"sentence_ends/{lang}.txt: {word!r} is not one word of letters")
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def _number_abbreviations() -> frozenset[str]:
    """Every language's abbreviations that go on before a number ("Nr. 5", "p. 12", "mar. 2026",
    "ст. 5"), lower case, checked like the sentence-end words: a full stop after any other word
    ends the sentence when a number follows ("... im April. 2026 wird ..."), which blingfire
    never cuts. One set for all languages, as the sentence-end words."""
    words: set[str] = set()
    for lang in sentence_end_languages():
        for word in _word_list(f"sentence_ends/before_number/{lang}.txt"):
            if not _WHOLE_WORD.fullmatch(word) or word != word.lower():
                raise ValueError(f"sentence_ends/before_number/{lang}.txt: {word!r} is not one "
                                 "lower-case word of letters")
            words.add(word)
    return frozenset(words)


def _ends_with_title(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends with a title abbreviation ("... said Mr.")."""
    last = text[start:end].rsplit(None, 1)[-1]
    return last in _titles()


_ORDINAL_END = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])\.\Z")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _ends_with_ordinal(text: str, end: int, next_start: int) -> bool:
    """Whether a sentence ends with a day number's dot ("am 3.") and the next goes on ("Juni
    kam es ...", "und 4. Juni"), as German writes ordinals: the next word is a month name or
    in lower case. Any other capitalized word starts a sentence ("... on May 16. Putin met")."""
    if not _ORDINAL_END.search(text, max(0, end - 4), end):
        return False
    word = _NEXT_WORD.match(text, next_start)
    return word is not None and (word[1][0].islower() or word[1] in _ordinal_months())


# A news agency's credit closing a wire dateline, with the full stop (and dash) blingfire cuts
# after: "(EFE).-", "(AFP).", "/ТАСС/.", "— РИА Новости.", "(أ ف ب)." (a name after a dash
# starts with a capital: "... 5 personas - según la policía." is no credit).
_CREDIT = r"(?:\([^()\n]{1,30}\)|/[^/\s][^/\n]{0,20}/|[—–-]\s+[A-ZÀ-ÞА-ЯЁ][^.\n]{0,25})\s*\.\s*[-–—]?"
_CREDIT_END = re.compile(_CREDIT + r"\Z")
_BARE_CREDIT = re.compile(r"\s*" + _CREDIT + r"\s*\Z")
_DIGIT = re.compile(r"\d")


def _is_dateline(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Whether a paragraph's first sentence is only a wire dateline, which blingfire cut off
    its lead ("MADRID, 5 mar (EFE).- La inspección ...", "Paris, 5 mars 2026 (AFP). Le ...",
    "МОСКВА, 5 марта. /ТАСС/. Проверка ..."): a few words ending with an agency's credit, or
    followed by a sentence that is only the credit. It stays with its lead, as the datelines
    blingfire does not cut ("BERLIN, 5. März (dpa) - Die ...") do: alone it is no sentence."""
    piece = text[start:end]
    if len(piece.split()) > 8:
        return False
    if _BARE_CREDIT.fullmatch(text, next_start, next_end):
        return _DIGIT.search(piece) is not None
    credit = _CREDIT_END.search(piece)
    return credit is not None and (_DIGIT.search(piece) is not None
                                   or len(piece[:credit.start()].split()) <= 2)


def _sentence_offsets(para: str) -> list[tuple[int, int]]:
    """blingfire's sentence (start, end) character offsets in `para`.

    Calls blingfire's C entry point directly: its Python wrapper maps byte offsets to
    character offsets with a loop over every byte, which cost as much as all the tagging
    rules together. Here the mapping is one cumulative sum, and none for ASCII text.
    """
    data = para.encode("utf-8")
    size = 2 * len(data) + 1
    # The buffers are made a power of two long (blingfire is still told `size`): ctypes makes a
    # new array type for every new length, which cost more than splitting the paragraph.
    room = 1 << size.bit_length()
    out = ctypes.create_string_buffer(room)
    starts, ends = (ctypes.c_int32 * room)(), (ctypes.c_int32 * room)()
    n = blingfire.blingfire.TextToSentencesWithOffsets(
        ctypes.c_char_p(data), ctypes.c_int(len(data)), ctypes.byref(out),
        ctypes.byref(starts), ctypes.byref(ends), ctypes.c_int(size))
    if n <= 0 or n > size:
        return []
    count = out.value.count(b"\n") + 1
    first = np.frombuffer(starts, dtype=np.int32, count=count)
    last = np.frombuffer(ends, dtype=np.int32, count=count) + 1  # blingfire's ends are inclusive
    if len(data) != len(para):  # multi-byte characters: count the characters before each offset
        lead = (np.frombuffer(data, dtype=np.uint8) & 0xC0) != 0x80
        chars = np.concatenate(([0], np.cumsum(lead)))
        first, last = chars[first], chars[np.minimum(last, len(data))]
    return list(zip(first.tolist(), last.tolist()))


# An end mark inside one of blingfire's sentences, before a word: a place to cut again when
# (1) the word opens with a capital with an accent or cedilla ("... el acuerdo. Él firmó",
# "... ha firmato. È stato", "... a signé. À Paris"): blingfire does not start a sentence there
# (measured; it does before "Über" and Cyrillic), and Spanish, Italian, French and Portuguese
# open sentences so; or (2) the word before the full stop is a common word that blingfire
# takes for an abbreviation ("par an. Le ministre", see _sentence_end_words) and the next
# word, maybe after an opening quote ("« Nous"), starts with a capital.
_INNER_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s+([\"'“‘«(]\s*)?([^\W_]))")
_ACCENTED_CAPITALS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ")
# The whole word before a full stop, in the few characters before it (as many as the longest
# listed word has, and one more): not part of "J.-C." or "U.S." (a dot or hyphen before it),
# nor of a longer word. (3) The next word is a number ("... en abril. 2 de marzo fue ...",
# "... im April. 2026 wird ..."), which blingfire never takes for a sentence's start, and the
# word before the mark is a word of three letters or more that is no abbreviation going on
# before a number (see _number_abbreviations): a day's or an ordinal's dot ("am 5. März",
# "1. FC"), "Nr. 5" or "p. 12" go on.
_WORD_BEFORE = re.compile(r"(?:\A|[^\w.\-])([^\W\d_]+)\Z")


@lru_cache(maxsize=1)
def _longest_sentence_end() -> int:
    """The length of the longest word of `_sentence_end_words`: how far back `_cut_here` looks."""
    return max(map(len, _sentence_end_words()), default=0)


def _cut_here(para: str, start: int, m: re.Match[str]) -> bool:
    """Whether blingfire's sentence that began at `start` ends at the mark `m` after all."""
    opener, letter = m.group(1), m.group(2)
    if letter.isdigit():
        return not opener and _ends_with_word(para, start, m.start())
    if not opener and letter in _ACCENTED_CAPITALS:
        before = para[start:m.start()].rsplit(None, 1)
        return not (para[m.start()] == "." and before and len(before[-1]) == 1)  # "J. Álvarez"
    if para[m.start()] != "." or not letter.isupper():
        return False
    word = _WORD_BEFORE.search(para[max(start, m.start() - _longest_sentence_end() - 1):m.start()])
    return word is not None and word[1] in _sentence_end_words()


def _ends_with_word(para: str, start: int, mark: int) -> bool:
    """Whether the end mark at `mark` follows a whole word of three letters or more that is no
    abbreviation going on before a number (a "?" or "!" always ends the sentence)."""
    if para[mark] != ".":
        return True
    word = _WORD_BEFORE.search(para[max(start, mark - 40):mark])
    return (word is not None and len(word[1]) >= 3
            and word[1].lower() not in _number_abbreviations())


def _sentences(para: str) -> list[tuple[int, int]]:
    """blingfire's sentences of `para`, cut again where an end mark inside one is a sentence's
    end after all (see _INNER_END)."""
    spans: list[tuple[int, int]] = []
    for start, end in _sentence_offsets(para):
        for m in _INNER_END.finditer(para, start, end):
            if _cut_here(para, start, m):
                spans.append((start, m.end()))
                start = m.end()
        spans.append((start, end))
    return spans


def split(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of `text`, in order, without outer spaces."""
    spans: list[tuple[int, int]] = []
    para_start = 0
    for para_end, next_start in [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [
        (len(text), len(text))
    ]:
        para = text[para_start:para_end]
        if para.strip():
            merged: list[tuple[int, int]] = []
            for start, end in _sentences(para):
                if merged and (_ends_with_title(para, *merged[-1])
                               or _ends_with_ordinal(para, merged[-1][1], start)
                               or (len(merged) == 1 and _is_dateline(para, *merged[0], start, end))):
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
