"""Which sentences a timeline is about: query terms matched the way a searcher expects.

Each query value is one term. A term of several words is a phrase: its words must appear in
that order, each at the start of a word, with nothing but spaces or punctuation between
them, so `Bank of America` finds "Bank of America's" but not a sentence that only says "of".
Matching ignores case and accents and is by word start, so `egypt` finds "Egyptian" and
`egipci` finds "egipcios". A value holding double quotes is a list of terms: each quoted
part is a phrase and each word outside quotes a term of its own (`'"muslim brotherhood"
egypt'` is two terms). A sentence is on topic when it matches any term.

A term that names an entity Dateline knows (a country, a capital, an organization: the events
stage's gazetteer) also matches the other ways the language of the sentence's article writes
that entity, its adjectives included: `Égypte` finds "égyptien" and "égyptiennes" in French,
`Egitto` "egiziano" in Italian, and an English `Egypt` finds "egipcio" in a Spanish article.
Per the article's language, not every language's forms at once: a form of one language can be
an ordinary word of another (English "EU" is Portuguese "I"). Those forms match as whole
words (a form ending in `*` in the data takes any ending), and one made only of the language's
function words (English "US") is left out. Where the language glues clitics onto words
(Arabic "بمصر", in Egypt), the entity's forms match with one glued on. A term naming no known
entity matches as before.

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


def _forms_pattern(parts: Sequence[tuple[str, bool]]) -> str:
    """A gazetteer form as a pattern (its `entry_parts`): its words in order, each whole unless a stem."""
    return r"\W+".join(re.escape(text) + ("" if stem else r"(?!\w)") for text, stem in parts)


def _names(term: str, parts: Sequence[tuple[str, bool]]) -> bool:
    """Whether a (folded) term is written as the gazetteer form (its `entry_parts`)."""
    words = term.split()
    return len(words) == len(parts) and all(
        w.startswith(text) if stem else w == text for w, (text, stem) in zip(words, parts))


def _covered(term: str, parts: Sequence[tuple[str, bool]]) -> bool:
    """Whether the (folded) term, matching by word start, already finds every text the form
    (its `entry_parts`) does."""
    words = term.split()
    return len(words) == len(parts) and all(text.startswith(w) for w, (text, _stem) in zip(words, parts))


@lru_cache(maxsize=1 << 14)
def _entry_parts(form: str) -> tuple[tuple[str, bool], ...]:
    """The events stage's `entry_parts` of a gazetteer form, kept: every query reads all the
    forms of every language (some 3,000), and splitting them again was two thirds of parsing
    a query (a saved timeline's update parses one)."""
    from dateline.events.lexicon import entry_parts  # only for a query

    return entry_parts(form)


@lru_cache(maxsize=1)
def _forms_by_start() -> dict[tuple[int, str, bool], list[tuple[str, tuple[tuple[str, bool], ...]]]]:
    """Every language's gazetteer forms (entity, `entry_parts`) by their number of words, first
    word and whether that word is a stem: a term is tried against the forms its first word can
    start (`_names`), not against all ~3,000."""
    from dateline.events import available_languages, written_forms  # only for a query

    index: dict[tuple[int, str, bool], list[tuple[str, tuple[tuple[str, bool], ...]]]] = {}
    for lang in available_languages():
        for entity, forms in written_forms(lang).items():
            for f in forms:
                parts = _entry_parts(f)
                start = (len(parts), *parts[0]) if parts else (0, "", False)
                index.setdefault(start, []).append((entity, parts))
    return index


def _named_entities(key: str) -> set[str]:
    """The entities a (folded) term names: some gazetteer form of theirs is written as it (`_names`)."""
    index, words = _forms_by_start(), key.split()
    first = words[0] if words else ""
    starts = [(len(words), first, False)] + [(len(words), first[:k], True) for k in range(len(first) + 1)]
    return {entity for start in starts for entity, parts in index.get(start, ()) if _names(key, parts)}


def entity_forms(terms: Sequence[str]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Per term naming a known entity: language → the other forms that language writes the
    entity with (the events stage's gazetteer, adjectives included). Terms naming none are absent."""
    from dateline.events import available_languages, written_forms  # only for a query

    tables = {lang: written_forms(lang) for lang in available_languages()}
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for term in terms:
        key = " ".join(_WORD.findall(fold(term)))
        named = _named_entities(key)
        if not named:
            continue
        per_lang = {}
        for lang, table in tables.items():
            stops = stop_words((lang,))
            forms = tuple(dict.fromkeys(
                f for entity in sorted(named) for f in table.get(entity, ())
                if not _covered(key, parts := _entry_parts(f)) and not all(text in stops for text, _stem in parts)))
            if forms:
                per_lang[lang] = forms
        out[term] = per_lang
    return out


def written_alike(queries: Sequence[str]) -> list[str]:
    """Every other form, in any language, of the entities the query values name (`entity_forms`),
    as the data writes them (a word ending in `*` takes any ending). What a corpus selects a
    query's or an entity's articles by besides the terms themselves, so that `Spain` also
    picks the articles writing "España" or "Испании", as `Query` then matches them per language."""
    return list(dict.fromkeys(f for per_lang in entity_forms(parse_terms(queries)).values()
                              for forms in per_lang.values() for f in forms))


@dataclass(frozen=True, slots=True)
class Query:
    """Query terms, compiled once; an empty query matches every sentence.

    `terms` are the terms that match; `dropped` those left out for being only function words;
    `forms` per term naming a known entity, per language, the other forms it also matches.
    """

    terms: tuple[str, ...]
    _pattern: re.Pattern[str] | None
    dropped: tuple[str, ...] = field(default=())
    # Both follow from the terms (and the data files), so they take no part in == and hash:
    # a query stays hashable, as it was before they came.
    forms: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict, compare=False)
    # Per language: the terms' pattern with that language's forms of the entities they name;
    # "" → the forms of the collection's languages, for a sentence whose language is not given.
    _by_lang: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False)

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
        forms = entity_forms(kept)
        from dateline.events import glued_words  # as entity_forms: only for a query

        named = [a for a, t in zip(alternatives, kept) if t in forms]

        def compiled(langs: Iterable[str]) -> re.Pattern[str]:
            langs = tuple(langs)
            extra = list(dict.fromkeys(_forms_pattern(_entry_parts(f)) for per_lang in forms.values()
                                       for lang in langs for f in per_lang.get(lang, ())))
            # An entity glued to a clitic ("بمصر" in Egypt, "والمصرية"), as the events stage reads it.
            glued = sorted({c for lang in langs for c in glued_words(lang)}, key=len, reverse=True)
            if glued and (named or extra):
                extra = ["(?:" + "|".join(map(re.escape, glued)) + ")(?:" + "|".join([*named, *extra]) + ")"
                         , *extra]
            return re.compile(r"(?<!\w)(?:" + "|".join([*alternatives, *extra]) + ")")

        by_lang = {lang: compiled((lang,)) for lang in {l for f in forms.values() for l in f}}
        if forms and known:
            by_lang[""] = compiled(known)
        return cls(tuple(kept), compiled(()), tuple(dropped), forms, by_lang)

    def __bool__(self) -> bool:
        return self._pattern is not None

    def matches(self, text: str, lang: str | None = None) -> bool:
        """Whether `text` (of an article in `lang`) contains any term (always true for an
        empty query)."""
        return self.matches_folded(fold(text), lang)

    def matches_folded(self, folded: str, lang: str | None = None) -> bool:
        """`matches` for a text already passed through `fold`."""
        if self._pattern is None:
            return True
        return self._by_lang.get(lang or "", self._pattern).search(folded) is not None

    def expansions(self, langs: Iterable[str]) -> list[str]:
        """What each term naming a known entity also matches in the given languages, said the
        way a user reads it ("'Égypte' also matches égyptien, égyptienne, égyptiens")."""
        out = []
        for term, per_lang in self.forms.items():
            words = list(dict.fromkeys(f.replace("*", "…") for lang in sorted(set(langs))
                                       for f in per_lang.get(lang, ())))
            if words:
                out.append(f"{term!r} also matches {', '.join(words)}")
        return out
