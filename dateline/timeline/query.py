"""Which sentences a timeline is about: query terms matched the way a searcher expects.

Each query value is one term. A term of several words is a phrase: its words must appear in
that order, each at the start of a word, with nothing but spaces or punctuation between
them, so `Bank of America` finds "Bank of America's" but not a sentence that only says "of".
Matching ignores case and accents and is by word start, so `egypt` finds "Egyptian" and
`egipci` finds "egipcios". A value holding double quotes is a list of terms: each quoted
part is a phrase and each word outside quotes a term of its own (`'"muslim brotherhood"
egypt'` is two terms). A sentence is on topic when it matches any term.

A term made only of function words ("of", "la", "the") would match nearly every sentence:
it is dropped, and the timeline says so. The function words of each language are data
(`data/stopwords/<lang>.txt`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from dateline.ingest import fold, parse_terms

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _stop_file(lang: str) -> set[str]:
    """One language's function words, checked as they are read: one word per item."""
    name = f"{lang}.txt"
    folder = resources.files("dateline.timeline") / "data" / "stopwords"
    if not (folder / name).is_file():
        return set()
    words: set[str] = set()
    for number, line in enumerate((folder / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        for word in line.split():
            if not _WORD.fullmatch(fold(word)):
                raise ValueError(f"stopwords/{name}, line {number}: {word!r} is not a word")
            words.add(fold(word))
    return words


@lru_cache(maxsize=None)
def stop_words(langs: tuple[str, ...] | None = None) -> frozenset[str]:
    """Function words of the given languages (of every language with a list when None)."""
    if langs is None:
        folder = resources.files("dateline.timeline") / "data" / "stopwords"
        langs = tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))
    return frozenset(w for lang in langs for w in _stop_file(lang))


@dataclass(frozen=True, slots=True)
class Query:
    """Query terms, compiled once; an empty query matches every sentence.

    `terms` are the terms that match; `dropped` those left out for being only function words.
    """

    terms: tuple[str, ...]
    _pattern: re.Pattern[str] | None
    dropped: tuple[str, ...] = field(default=())

    @classmethod
    def of(cls, queries: Sequence[str] | None, langs: Iterable[str] | None = None) -> Query:
        """Parse query values; `langs` are the collection's languages, whose function words
        never make a term alone (every language's when not known)."""
        known = tuple(sorted(set(langs))) if langs else ()
        stops = stop_words(known or None)
        kept: list[str] = []
        dropped: list[str] = []
        for term in parse_terms(queries or ()):
            words = _WORD.findall(fold(term))
            (kept if words and not all(w in stops for w in words) else dropped).append(term)
        alternatives = [r"\w*\W+".join(re.escape(w) for w in _WORD.findall(fold(t))) for t in kept]
        if not alternatives:
            return cls((), None, tuple(dropped))
        return cls(tuple(kept), re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")"),
                   tuple(dropped))

    def __bool__(self) -> bool:
        return self._pattern is not None

    def matches(self, text: str) -> bool:
        """Whether `text` contains any term (always true for an empty query)."""
        return self.matches_folded(fold(text))

    def matches_folded(self, folded: str) -> bool:
        """`matches` for a text already passed through `fold`."""
        return self._pattern is None or self._pattern.search(folded) is not None
