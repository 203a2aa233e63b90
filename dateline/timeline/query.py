"""Which sentences a timeline is about: query terms matched the way a searcher expects.

A term matches case- and accent-insensitively at the start of a word, so `egypt` finds
"Egyptian" and `egipci` finds "egipcios"; a quoted phrase matches its words in sequence.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def fold(text: str) -> str:
    """Lower case without accents: the form both query and text are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_terms(queries: Iterable[str]) -> list[str]:
    """Split query strings into terms; quoted parts stay one phrase.

    `['egipto "hermanos musulmanes"']` gives `['egipto', 'hermanos musulmanes']`.
    """
    terms: list[str] = []
    for query in queries:
        try:
            parts = shlex.split(query)
        except ValueError as e:  # an unbalanced quote: say which query
            raise ValueError(f"query {query!r}: {e}") from None
        terms.extend(p.strip() for p in parts if p.strip())
    return terms


@dataclass(frozen=True, slots=True)
class Query:
    """Query terms, compiled once; an empty query matches every sentence."""

    terms: tuple[str, ...]
    _pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, queries: Sequence[str] | None) -> Query:
        terms = tuple(parse_terms(queries or ()))
        words = [[re.escape(w) for w in fold(t).split()] for t in terms]
        alternatives = [r"\w*\W+".join(ws) for ws in words if ws]
        if not alternatives:
            return cls(terms, None)
        return cls(terms, re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")"))

    def __bool__(self) -> bool:
        return self._pattern is not None

    def matches(self, text: str) -> bool:
        """Whether `text` contains any term (always true for an empty query)."""
        return self._pattern is None or self._pattern.search(fold(text)) is not None
