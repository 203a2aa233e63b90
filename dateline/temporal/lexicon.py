"""Per-language word knowledge, loaded from `lang/<code>.toml`.

A language file maps values to the words that express them (`[month] 3 = ["march", "mar."]`).
The loader turns every word class into a lookup table and a regular-expression alternation,
which the shared grammar (`grammar.py`) plugs into its rule templates. Nothing here knows
any particular language: adding one is adding a data file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

# Sections whose keys are values and whose lists are the words expressing them.
VALUE_CLASSES = (
    "month", "weekday", "weekday_plural", "season", "part_of_day", "time_word", "unit",
    "unit_plural", "number", "vague_number", "ordinal", "day_word", "day_part_word",
    "shift_before", "shift_after", "point_mod", "quantity_mod", "reference", "set_word",
    "holiday", "commemoration", "decade_name", "unit_counted", "unit_word",
)
# Sections whose keys each name a word class of their own (`[ago] after = ["ago"]`).
GROUP_CLASSES = (
    "day_suffix", "connector", "determiner", "ago", "later", "earlier", "from_now", "period",
    "set", "clock", "tense", "decade", "duration", "fraction", "not_time",
    "anniversary", "extent", "stamp",
)


class LanguageError(ValueError):
    """A language file that is missing or malformed."""


@dataclass(slots=True)
class WordClass:
    """Words of one class: lookup of a (normalized) word to its value, and a regex for them."""

    name: str
    table: dict[str, str] = field(default_factory=dict)
    first: dict[str, str] = field(default_factory=dict)

    def pattern(self, only_first: bool = False) -> str:
        """A regex matching any of the words (longest first); never matches if there are none."""
        words = self.first if only_first else self.table
        if not words:
            return "(?!)"
        return trie_regex(words)

    def get(self, text: str) -> str | None:
        """The value of a matched word, tolerant of case and inner spacing."""
        return self.table.get(normalize(text))


def normalize(text: str) -> str:
    """Lower-case, straighten apostrophes and collapse inner whitespace, for lookups."""
    return " ".join(text.lower().replace("’", "'").split())


def _char_regex(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def trie_regex(words: Iterable[str]) -> str:
    """One regex for a word list, shaped as a trie of its characters.

    Python's `re` tries the branches of an alternation one by one at every position, so a
    flat list of a hundred words costs a hundred comparisons per character of text; as a trie
    a position that starts no word is rejected after one. Words ending in a letter or digit
    must end there ("mar" does not match inside "marzo").
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], last: str) -> str:
        branches = [_char_regex(ch) + emit(child, ch) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(r"(?!\w)" if last.isalnum() else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie, "")


@dataclass(slots=True)
class Lexicon:
    """Everything the grammar needs to know about one language."""

    code: str
    name: str
    grammar: dict[str, object]
    classes: dict[str, WordClass]
    # Compiled regexes and settings looked up in the tagger's inner loop, built once.
    _cache: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def cls(self, name: str) -> WordClass:
        """A word class by name (`month`, `ago.after`, ...); an empty one if the file has none."""
        return self.classes.get(name) or WordClass(name)

    def value(self, name: str, text: str) -> str | None:
        """The value of a word of a class, or None if it is not one."""
        return self.cls(name).get(text)

    def number(self, text: str) -> float | None:
        """Read an amount written in digits or words ("12", "1.5", "twenty-five")."""
        cleaned = normalize(text)
        if re.fullmatch(r"\d+|\d{1,3}(?:,\d{3})+", cleaned):
            return float(cleaned.replace(",", ""))
        if re.fullmatch(r"\d+[.,]\d+", cleaned):
            return float(cleaned.replace(",", "."))
        single = self.value("number", cleaned)
        if single is not None:
            return float(single)
        return self._compound_number(cleaned)

    def spoken_year(self, text: str) -> int | None:
        """A year said aloud as two numbers, "nineteen ninety-six", where the language does so
        (`spoken_year_centuries` in its number grammar lists the first numbers allowed)."""
        head, _, tail = normalize(text).partition(" ")
        centuries = {int(c) for c in self.grammar_list("spoken_year_centuries")}
        century, rest = self.number(head), self.number(tail) if tail else None
        if century is None or rest is None or int(century) not in centuries or not 10 <= rest <= 99:
            return None
        return int(century) * 100 + int(rest)

    def _compound_number(self, cleaned: str) -> float | None:
        joiners = sorted(self.grammar_list("number_joiners"), key=len, reverse=True)
        if not joiners:
            return None
        pieces = re.split("|".join(re.escape(j) for j in joiners), cleaned)
        multipliers = {float(m) for m in self.grammar_list("number_multipliers")}
        total = current = 0.0
        for piece in filter(None, (p.strip() for p in pieces)):
            word = self.value("number", piece)
            if word is None:
                return None
            value = float(word)
            if value in multipliers:
                current = max(current, 1.0) * value
                if value >= 1000:
                    total, current = total + current, 0.0
            else:
                current += value
        return total + current

    def grammar_list(self, key: str) -> list[str]:
        """A list-valued grammar setting, empty when absent."""
        value = self.grammar.get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def capitalized(self, class_name: str) -> bool:
        """Whether words of this class only count when capitalized in this language."""
        names = self._cache.get("capitalized")
        if names is None:
            names = self._cache["capitalized"] = frozenset(self.grammar_list("capitalized"))
        return class_name in names  # type: ignore[operator]

    def words_regex(self, name: str, template: str) -> re.Pattern[str]:
        """`template` with `{words}` standing for the words of a class, compiled once
        (case-insensitive)."""
        key = (name, template)
        compiled = self._cache.get(key)
        if compiled is None:
            compiled = re.compile(template.replace("{words}", self.cls(name).pattern()), re.IGNORECASE)
            self._cache[key] = compiled
        return compiled  # type: ignore[return-value]


def _add_words(cls: WordClass, value: str, words: object, where: str) -> None:
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise LanguageError(f"{where}: expected a list of words for {value!r}")
    for i, word in enumerate(words):
        key = normalize(word)
        cls.table.setdefault(key, value)
        if i == 0:
            cls.first.setdefault(key, value)


def parse_lexicon(data: dict[str, object], where: str) -> Lexicon:
    """Build a Lexicon from the parsed TOML of a language file."""
    classes: dict[str, WordClass] = {}
    for name in VALUE_CLASSES:
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise LanguageError(f"{where}: [{name}] must be a table")
        cls = classes.setdefault(name, WordClass(name))
        for value, words in section.items():
            _add_words(cls, str(value), words, f"{where} [{name}]")
    for name in GROUP_CLASSES:
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise LanguageError(f"{where}: [{name}] must be a table")
        for key, words in section.items():
            full = f"{name}.{key}"
            cls = classes.setdefault(full, WordClass(full))
            if isinstance(words, dict):  # a value table nested in a group: set.once
                for value, inner in words.items():
                    _add_words(cls, str(value), inner, f"{where} [{full}]")
            else:
                _add_words(cls, str(key), words, f"{where} [{full}]")
    grammar = data.get("grammar", {})
    if not isinstance(grammar, dict):
        raise LanguageError(f"{where}: [grammar] must be a table")
    grammar = dict(grammar)
    numbers = data.get("number_grammar", {})
    if isinstance(numbers, dict):
        grammar["number_joiners"] = numbers.get("joiners", [])
        grammar["number_multipliers"] = numbers.get("multipliers", [])
        grammar["spoken_year_centuries"] = numbers.get("spoken_year_centuries", [])
    return Lexicon(code=str(data.get("code", "")), name=str(data.get("name", "")),
                   grammar=grammar, classes=classes)


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a data file (read once: the package does not change)."""
    folder = resources.files("dateline.temporal") / "lang"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@lru_cache(maxsize=None)
def load(code: str) -> Lexicon:
    """The lexicon of a language; LanguageError names the languages there are."""
    if not re.fullmatch(r"[a-z]{2,3}", code or ""):
        raise LanguageError(f"not a language code: {code!r}")
    resource = resources.files("dateline.temporal") / "lang" / f"{code}.toml"
    if not resource.is_file():
        raise LanguageError(
            f"no temporal data for language {code!r}; available: {', '.join(available_languages())}")
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LanguageError(f"{code}.toml: {exc}") from None
    return parse_lexicon(data, f"{code}.toml")
