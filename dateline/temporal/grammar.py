"""Rule templates, compiled per language into regular expressions.

A rule is written once for all languages as a template: a regular expression in which
`{class}` stands for the words of a lexicon class (`{month}`, `{ago.after}`), `{class:name}`
names the group differently (to use a class twice), `{class!}` takes only each value's first
word (full month names), and a plain space means "some whitespace". Built-in placeholders:
`{num}` an amount in digits or words, `{day}` a day of the month, `{year}` a year. The space
may be missing after a word that ends in an apostrophe ("l'année", "quest'anno") and before
one that starts with a hyphen ("ce mois-ci").

Written by hand because the job is a small, readable rule language over per-language word
lists, in the spirit of HeidelTime's rule/normalization split, but with rules as named Python
objects that can be tested and explained one by one.
"""

from __future__ import annotations

import re
# The regex parser's tree tells whether a compiled rule can match at all (`_can_match`); it is
# the standard library's own, used read-only.
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from collections.abc import Callable
from dataclasses import dataclass, field

from dateline import regex_cache
from dateline.temporal.lexicon import Lexicon, normalize, trie_regex
from dateline.temporal.meanings import Meaning

_PLACEHOLDER = re.compile(r"\{([a-z_.]+)(!)?(?::([a-z_0-9]+))?\}")
# What a space of a template stands for: whitespace, or none after an elided word ("l'") or
# before a hyphenated one ("-ci").
SPACE = r"(?:\s+|(?<=['’])|(?=-))"


@dataclass(slots=True)
class Found:
    """One expression a rule found: its span, its meaning, its TIMEX3 type and mod."""

    start: int
    end: int
    meaning: Meaning
    type: str
    mod: str | None = None


class Match:
    """A regex match with lexicon lookups of its groups, handed to rule builders."""

    __slots__ = ("m", "lex", "classes")

    def __init__(self, m: re.Match[str], lex: Lexicon, classes: dict[str, str]) -> None:
        self.m = m
        self.lex = lex
        self.classes = classes

    def year(self, group: str = "year") -> int | None:
        """A year group's value: `1998`, `'98` (19xx from 50 on, else 20xx), or said aloud."""
        text = self.text(group)
        if not text:
            return None
        if text[-1].isdigit():
            digits = re.sub(r"\D", "", text)
            return (1900 + int(digits) if int(digits) >= 50 else 2000 + int(digits)) \
                if len(digits) == 2 else int(digits)
        return self.lex.spoken_year(text)

    def text(self, group: str) -> str | None:
        """The text a group matched, or None if it took no part in the match."""
        try:
            return self.m.group(group)
        except IndexError:
            return None

    def value(self, group: str) -> str | None:
        """The lexicon value of the word a placeholder group matched (None for the built-in
        `{num}`, `{day}`, `{year}`, which are read by `int` and `year`)."""
        text = self.text(group)
        name = self.classes.get(group)
        if text is None or name is None:
            return None
        return self.lex.value(name, text)

    def int(self, group: str) -> int | None:
        """A group's value as an integer (a lexicon value or digits)."""
        v = self.value(group)
        if v is None:
            t = self.text(group)
            v = re.sub(r"\D", "", t) if t else None
        try:
            return int(v) if v else None
        except ValueError:
            return None

    def followed_by(self, cls: str) -> bool:
        """Whether a word of a class comes right after the match (spaces or a hyphen between)."""
        end = self.m.end()
        return bool(self.lex.cls(cls).table) and self.lex.words_regex(
            cls, r"[\s-]*(?:{words})").match(self.m.string, end, end + 40) is not None

    def preceded_by(self, cls: str, at: int | None = None) -> bool:
        """Whether the word right before the match (or before offset `at`) is a word of a class."""
        start = self.m.start() if at is None else at
        return bool(self.lex.cls(cls).table) and self.lex.words_regex(
            cls, r"(?<!\w)(?:{words})\s*$").search(self.m.string, max(0, start - 40), start) is not None

    def within(self, cls: str) -> bool:
        """Whether a phrase of a class covers the whole match ("el futuro de" around "futuro")."""
        if not self.lex.cls(cls).table:
            return False
        start, end = self.m.start(), self.m.end()
        phrases = self.lex.words_regex(cls, WORD_AT)
        return any(p.start() <= start and p.end() >= end
                   for p in phrases.finditer(self.m.string, max(0, start - 30), end + 30))

    def has(self, group: str) -> bool:
        """Whether a group took part in the match."""
        return self.text(group) is not None

    @property
    def start(self) -> int:
        return self.m.start()

    @property
    def end(self) -> int:
        return self.m.end()

    def span(self, group: str) -> tuple[int, int]:
        return self.m.span(group)


Builder = Callable[[Match], "Found | list[Found] | Meaning | None"]


@dataclass(slots=True)
class Rule:
    """A named extraction rule: a template, the TIMEX3 type it yields, and its builder.

    `widen` is False for rules whose words carry their own article where they take one
    (`rules.Extent`). `dating` is False for rules whose expressions never tell when a text was written
    (durations, sets, clock times, "last week", "now"): publication-date inference skips them.
    """

    name: str
    type: str
    template: str
    build: Builder
    keys: tuple[str, ...] = ()
    dating: bool = True
    widen: bool = True  # False: the language's extent words never join it ("la [actual] crisis")


@dataclass(slots=True)
class CompiledRule:
    """A rule's template compiled for one language. Its regex is compiled at its first search:
    most texts hold none of the key words of many rules (Hijri months, quarters, spoken years),
    and compiling a language's ~100 rules is a third of a second."""

    rule: Rule
    lang: str
    source: str
    classes: dict[str, str] = field(default_factory=dict)
    # The groups whose words the language only counts capitalized (`capitalization_ok`), with
    # their class and whether its full names count in any case: found once, at compile time.
    capitalized: tuple[tuple[str, str, bool], ...] = ()
    _regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            try:
                # Told its first characters: every rule starts with a lookbehind and ignores case,
                # so `re` alone tries the whole rule at every position of its key windows.
                self._regex = regex_cache.regex(self.source, re.IGNORECASE, self.lang, first_chars=True)
            except re.error as exc:
                raise ValueError(f"rule {self.rule.name} does not compile for {self.lang}: {exc}") from None
        return self._regex


DIGITS = "digits"
# A `Lexicon.words_regex` template: a word of a class where a word starts (the start of a compound
# too: "Dienstagmorgen").
WORD_AT = r"(?<!\w)(?:{words})"
_WORD = re.compile(r"[^\W\d_]+")
SPOKEN_YEAR = "spoken_year"  # key class: the first number of a year said aloud ("nineteen")


def _spoken_year_heads(lex: Lexicon) -> list[str]:
    centuries = {str(c) for c in lex.grammar_list("spoken_year_centuries")}
    return [w for w, v in lex.cls("number").table.items() if v in centuries]


class KeyScanner:
    """Finds the key words of the rules in one pass, so each rule scans only near them.

    A rule with keys can only match around a word of one of its key classes ("March 17"
    needs a month); scanning just those stretches instead of the whole text is what makes
    tagging fast, since Python's `re` pays for every position it tries.
    """

    BEFORE, AFTER = 60, 80
    WRITTEN_MAX = 50_000  # key words as written kept with their classes (`_classes_of`)

    def __init__(self, rules: list[CompiledRule], lex: Lexicon) -> None:
        self.classes_of: dict[str, set[str]] = {}
        for compiled in rules:
            for key in compiled.rule.keys:
                if key == DIGITS:
                    continue
                for word in _spoken_year_heads(lex) if key == SPOKEN_YEAR else lex.cls(key).table:
                    self.classes_of.setdefault(word, set()).add(key)
        words = trie_regex(self.classes_of) if self.classes_of else "(?!)"
        # Told its first characters (a digit or a key word's first letter), as the rules are.
        self.regex = regex_cache.regex(rf"{word_start(lex)}(?:(?P<d>\d+)|{words})", re.IGNORECASE, lex.code,
                                       first_chars=True)
        self.word_end = re.compile(r"\w*")
        self._written: dict[str, tuple[str, ...]] = {}

    def hits(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Spans of key words by class (`digits` for numbers). A key of several words also
        counts its single words ("fiscal year" holds the key "year" of other rules), and the
        search goes on from its second word, where another key may start ("hasta la víspera"
        holds "hasta la" and "la víspera")."""
        found: dict[str, list[tuple[int, int]]] = {}
        digits: list[tuple[int, int]] = []
        search, classes_of = self.regex.search, self._classes_of
        pos = 0
        while (m := search(text, pos)) is not None:
            pos = m.end()
            if m.group("d") is not None:
                digits.append(m.span())
                continue
            key = m.group()
            for cls in classes_of(key):
                found.setdefault(cls, []).append(m.span())
            if " " in key:
                for word in _WORD.finditer(text, m.start(), pos):
                    for cls in classes_of(word.group()):
                        found.setdefault(cls, []).append(word.span())
                pos = m.start() + key.index(" ") + 1
        if digits:
            found[DIGITS] = digits
        return found

    def _classes_of(self, word: str) -> tuple[str, ...]:
        """The key classes of a word as written (`classes_of` by its normalized form), kept:
        the same few key words ("to", "the", "years") come back in every text."""
        classes = self._written.get(word)
        if classes is None:
            if len(self._written) >= self.WRITTEN_MAX:
                self._written.clear()
            classes = self._written[word] = tuple(self.classes_of.get(normalize(word), ()))
        return classes

    def windows(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Merged stretches of text around the given key spans."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            ws = max(0, start - self.BEFORE)
            we = self.word_end.match(text, min(len(text), end + self.AFTER)).end()
            if merged and ws <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], we))
            else:
                merged.append((ws, we))
        return merged


def _proclitic_letters(lex: Lexicon) -> str:
    """The language's `proclitics`, escaped for a character class ("" if it has none)."""
    return "".join(re.escape(c) for c in sorted(set(lex.grammar_list("proclitics"))))


def word_start(lex: Lexicon) -> str:
    """Where an expression may start: at a word's start, or right after a `proclitics` letter
    of the language written onto its first word (Arabic "و2008", "وثلاثة أشهر": "and ...").

    Two lookbehinds of one character each rather than an alternation: no word letter but a
    clitic before, and no clitic glued to a word before (this runs at every position tried)."""
    letters = _proclitic_letters(lex)
    return rf"(?<![^\W{letters}])(?<!\w[{letters}])" if letters else r"(?<!\w)"


def space(lex: Lexicon) -> str:
    """`SPACE` for a language, which also needs none after one of its `proclitics` standing as a
    word of the template: the Arabic range "5 و6 مايو" writes "و" onto the second day."""
    letters = _proclitic_letters(lex)
    return SPACE[:-1] + rf"|(?<=(?<!\w)[{letters}]))" if letters else SPACE


def _builtin(name: str, group: str, lex: Lexicon) -> str | None:
    if name == "num":
        # Not the head of a longer amount ("1,000"), but a comma after it is punctuation ("2006, ").
        return rf"(?P<{group}>\d+(?:[.,]\d+)?(?!\d|,\d)|{number_words(lex)})"
    if name == "day":
        suffix = lex.cls("day_suffix.words").pattern()
        return rf"(?P<{group}>(?:0?[1-9]|[12]\d|3[01])(?:{suffix})?(?!\d|[:.]\d))"
    if name == "year":
        return rf"(?P<{group}>(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d%])|['’]\d\d(?!\d){spoken_years(lex)})"
    return None


def _joiner(word: str) -> str:
    """Regex for a word joining number words: "-" (spaces allowed), " ", " and ", and " و"
    (a word written onto the next number, "خمسة وعشرين": no space needed after it)."""
    core = word.strip()
    if not core:
        return r"\s+"
    if core[0].isalnum():
        return r"\s+" + re.escape(core) + (r"\s+" if word.endswith(" ") else r"\s*")
    return r"\s*" + re.escape(core) + r"\s*"


def whole_numbers(table: dict[str, str]) -> dict[str, int]:
    """The number words that are whole numbers, with their values: the ones compounds and
    spoken years are made of (not "1.5", German "anderthalb")."""
    return {w: int(float(v)) for w, v in table.items() if float(v).is_integer()}


def number_words(lex: Lexicon) -> str:
    """A regex for amounts in words: "five", "twenty-five", "two hundred", "a dozen".

    Only well-formed compounds: tens then units ("twenty-five", not "a four"), optionally
    times a multiplier ("two hundred and fifty").
    """
    table = lex.cls("number").table
    if not table:
        return "(?!)"
    whole = whole_numbers(table)
    units = [w for w, v in whole.items() if 1 <= v <= 9]
    tens = [w for w, v in whole.items() if v in range(20, 100, 10)]
    multipliers = {str(m) for m in lex.grammar_list("number_multipliers")}
    mult = [w for w, v in table.items() if v in multipliers]
    joiners = "|".join(_joiner(j) for j in sorted(lex.grammar_list("number_joiners"), key=len,
                                                  reverse=True))
    term = trie_regex(table)
    if tens and units and joiners:
        first, second = (units, tens) if lex.grammar.get("units_before_tens") else (tens, units)
        term = f"(?:{trie_regex(first)})(?:{joiners})(?:{trie_regex(second)})|{term}"
    if mult:
        tail = f"(?:(?:{joiners})(?:{term}))?" if joiners else ""
        term = rf"(?:{term})(?:\s+(?:{trie_regex(mult)}){tail})?"
    return f"(?:{term})"


def spoken_years(lex: Lexicon) -> str:
    """A regex alternative for years said aloud ("|nineteen ninety-six"), or "" where the
    language has none: a number of `spoken_year_centuries`, then one from 10 to 99."""
    heads = _spoken_year_heads(lex)
    if not heads:
        return ""
    table = lex.cls("number").table
    whole = whole_numbers(table)
    tens = [w for w, v in whole.items() if v in range(20, 100, 10)]
    units = [w for w, v in whole.items() if 1 <= v <= 9 and w.isalpha()]
    tails = [w for w, v in whole.items() if 10 <= v <= 99 and w.isalpha()]
    return (rf"|(?:{trie_regex(heads)})\s+(?:(?:{trie_regex(tens)})[\s-](?:{trie_regex(units)})"
            rf"|{trie_regex(tails)})(?![\w-])")


def _can_match(pattern: list[tuple[object, object]]) -> bool:
    """Whether a parsed regex can match some text: False when every way through it passes an
    empty word class (`(?!)`), as when a language has no words for a class a rule needs."""
    for op, arg in pattern:
        if op is _sre.ASSERT_NOT and not arg[1].data:  # type: ignore[index]
            return False
        if op is _sre.BRANCH and not any(_can_match(b.data) for b in arg[1]):  # type: ignore[index]
            return False
        if op is _sre.SUBPATTERN and not _can_match(arg[3].data):  # type: ignore[index]
            return False
        if op in _REPEATS and arg[0] > 0 and not _can_match(arg[2].data):  # type: ignore[index,operator]
            return False
    return True


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _skeleton(template: str, lex: Lexicon, classes: dict[str, str]) -> str:
    """A rule's pattern with each placeholder's words left out: an empty word class stays the
    `(?!)` that never matches, any other placeholder (a word class with words, a built-in number,
    day or year, each able to match on its own) is one letter. `_can_match` gives the same answer
    on it as on the whole pattern (a test checks every rule in every language) at a fraction of the
    cost of parsing a few hundred words per placeholder."""
    def stand_in(m: re.Match[str]) -> str:
        name, first_only, group = m.group(1), m.group(2), m.group(3) or m.group(1).replace(".", "_")
        if group in classes:
            word_class = lex.cls(name)
            if not (word_class.first if first_only else word_class.table):
                return f"(?P<{group}>(?!))"
        return f"(?P<{group}>x)"

    return rf"{word_start(lex)}(?:{_PLACEHOLDER.sub(stand_in, template)})(?![\w])"


def expand_rule(rule: Rule, lex: Lexicon) -> tuple[str, str, dict[str, str]]:
    """A rule's template in a language (its spaces the language's), the regex source it expands
    to, and the word class of each group that holds a class's words."""
    classes: dict[str, str] = {}
    used: set[str] = set()
    glued = frozenset(lex.grammar_list("proclitics"))

    def expand(m: re.Match[str]) -> str:
        name, first_only, group = m.group(1), m.group(2), m.group(3)
        group = group or name.replace(".", "_")
        if group in used:
            raise ValueError(f"rule {rule.name}: group {group!r} used twice")
        used.add(group)
        builtin = _builtin(name, group, lex)
        if builtin is not None:
            return builtin
        if name not in lex.classes:
            raise ValueError(f"rule {rule.name}: no word class {name!r} in the language schema")
        classes[group] = name
        return f"(?P<{group}>{lex.cls(name).pattern(only_first=bool(first_only), glued=glued)})"

    template = rule.template.replace(" ", space(lex))
    body = _PLACEHOLDER.sub(expand, template)
    return template, rf"{word_start(lex)}(?:{body})(?![\w])", classes


def compile_rule(rule: Rule, lex: Lexicon) -> CompiledRule | None:
    """Compile a rule for a language; None if it can never match there (a word class it needs
    is empty in that language: the rule is inactive)."""
    template, source, classes = expand_rule(rule, lex)
    empty = any(not lex.cls(name).table for name in classes.values())
    try:
        # An inactive rule is told from its parsed pattern alone, before the compiling it need not
        # have; parsed as a skeleton (`_skeleton`), since parsing every word is most of the cost.
        if empty and not _can_match(_parser.parse(_skeleton(template, lex, classes), re.IGNORECASE).data):
            return None
    except re.error as exc:
        raise ValueError(f"rule {rule.name} does not compile for {lex.code}: {exc}") from None
    capitalized = tuple((group, name, lex.full_name_any_case(name))
                        for group, name in classes.items() if lex.capitalized(name))
    return CompiledRule(rule, lex.code, source, classes, capitalized)


def capitalization_ok(match: Match, capitalized: tuple[tuple[str, str, bool], ...]) -> bool:
    """Reject matches of words the language only uses capitalized ("may" the verb); in a
    phrase, its name is the capitalized word ("dia de Natal", "the Fourth of July").
    `capitalized` is the rule's `CompiledRule.capitalized`."""
    for group, cls, any_case in capitalized:
        text = match.text(group)
        if text is not None and not any(word[0].isupper() for word in text.split()) \
                and not (any_case and normalize(text) in match.lex.cls(cls).first):
            return False
    return True
