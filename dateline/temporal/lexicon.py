"""Per-language word knowledge, loaded from `lang/<code>.toml`.

A language file maps values to the words that express them (`[month] 3 = ["march", "mar."]`).
The loader turns every word class into a lookup table and a regular-expression alternation,
which the shared grammar (`grammar.py`) plugs into its rule templates. Nothing here knows
any particular language: adding one is adding a data file.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline import regex_cache

# The schema of a language file. Every section and word class below must be declared in every
# file (an empty list says "this language has no such words", and the rules needing them stay
# inactive there); anything else is an error, so a misspelt name cannot silently switch a rule off.
# Sections whose keys are values and whose lists are the words expressing them.
VALUE_CLASSES = (
    "month", "weekday", "weekday_plural", "season", "part_of_day", "part_of_day_plural", "time_word", "unit",
    "unit_plural", "number", "vague_number", "ordinal", "day_word", "day_part_word",
    "shift_before", "shift_after", "point_mod", "quantity_mod", "reference", "set_word", "set_adjective",
    "holiday", "commemoration", "decade_name", "unit_counted", "unit_word", "vague_duration", "unit_one",
    "weekday_abbreviation",
)
# Sections whose keys each name a word class of their own (`[ago] after = ["ago"]`).
GROUP_CLASSES: dict[str, tuple[str, ...]] = {
    "day_suffix": ("words",),
    "connector": ("after_year", "before_day", "day_month", "day_to_part", "month_word",
                  "month_year", "part_to_day", "range", "season", "week_of", "day_weekday",
                  "clock_day", "clock_of_day", "of_the_month", "day_in_words", "month_ordinal",
                  "day_alone"),
    # contracted: a preposition and article in one word ("del", "nello", "au", "no"), which
    # stands for the article before a period ("respecto al mismo periodo de 1999").
    "determiner": ("words", "contracted"),
    "ago": ("after", "before"),
    "later": ("words",),
    "earlier": ("words",),
    "from_now": ("after", "before"),
    # focus_before: words before which a year or week word is the one in focus where no separate
    # article shows it ("خلال العام", "im Laufe des Jahres").
    "period": ("century", "ending", "fiscal", "focus_before", "half", "half_of", "latest", "not_after_unit",
               "period", "quarter", "week", "weekend", "weekend_alone", "year", "year_earlier", "year_end"),
    # amount: words that make a count of things on their own ("a million barrels a day"), before a
    # rate whose `per` word is also an article.
    "set": ("amount", "every", "once", "per", "per_always", "times"),
    # hour: words for an hour ("الثالثة"); hour_of: for the hour in progress, by the next one
    # ("седьмого" in "половина седьмого", 6:30); minus_before: "without" before the minutes
    # ("без десяти три"); and_minutes: minutes written onto their conjunction ("والربع");
    # at_hour: the prepositions that put a number word on the clock ("a las", "à", "в");
    # from_hour, to_hour: the words opening a range of clock times and the second hour's article
    # joining its end ("entre las 10 y las 12 horas").
    "clock": ("am", "pm", "oclock", "hours", "past", "to", "quarter", "half", "plus", "minus",
              "before_hour", "hour", "hour_of", "minus_before", "and_minutes", "night", "at_hour",
              "from_hour", "to_hour", "rate"),
    # future_in_past: auxiliaries that put a future cue right after them in the past ("had been
    # scheduled to expire Friday", "war geplant", "كان من المقرر").
    # participle_prefixes: what a participle starts with, after any separable prefix, where
    # the participle closes the clause (German "ist ... gewählt", "sind ... zurückgegangen").
    # subject_prefixes: how a subject that stands between a verb and its date begins (Arabic
    # "اجتمع الوزراء مساء الثلاثاء": the article). preterite_suffixes: endings that only a
    # simple past has (es "-aron", it "-arono"): strong cues, unlike past_suffixes, which other
    # forms share ("-ed" of participles and adjectives). clause_openers: words that open a clause
    # of its own (conjunctions of reported speech, relatives): a verb before one does not govern a
    # date after it ("dijo que el martes acudirá"). future_openers: conjunctions opening a clause
    # about a later time, whose verb is a subjunctive or a present no cue reads ("una vez que …
    # sea anunciado el 21 de junio", "quando chegar", "sobald … bekanntgegeben wird").
    # time_prepositions: prepositions of a stretch of time that may stand between a verb and the
    # date it governs whatever their length ("lasted until", "a duré jusqu'au"). date_prepositions:
    # the short words that may stand between a participle and the date it sets ("reached on").
    # deadline_prepositions: "by", "until", "before" right before a date: a deadline ahead when
    # the verb of its clause is none a cue reads ("sagte, eine Entscheidung falle bis Donnerstag").
    # conditional_suffixes: endings of the conditional, the future seen from a past report
    # ("dijo que se reanudarían el viernes", "a dit qu'elles reprendraient vendredi"): weak future
    # cues, read before the past endings that some of them end with (French "-aient").
    # conditional: compound conditionals that tell the future of a past report in a reported
    # clause only ("ha detto che i lavori sarebbero iniziati lunedì"; out of one, "avrebbe causato
    # tre morti sabato" is a past reported by hearsay): `TenseCues._reported_conditionals`.
    # perfective_prefixes, perfective_endings, imperfective_endings: where a verb's aspect is in
    # its prefix (Russian), its non-past is a future ("посетит"): `Lexicon.perfective_future`,
    # read by the events stage too.
    # future_prefixes: a future written as a prefix on the present (Arabic "سـ": "سيفتح", "ستعقد"):
    # a weak future cue on a word with a stem of three letters or more after it, unless the word
    # ends as a noun does (`future_prefix_noun_endings`: "سياسة", "سنوات") or `not_future` lists it.
    "tense": ("future", "past", "present", "passive", "compound_past", "future_in_past", "participle_prefixes",
              "participle_suffixes", "past_suffixes", "preterite_suffixes", "future_suffixes",
              "conditional_suffixes", "not_future", "future_prefixes", "future_prefix_noun_endings",
              "perfective_prefixes", "perfective_endings", "imperfective_endings",
              "not_past", "subject_prefixes", "clause_openers", "future_openers", "time_prepositions", "date_prepositions",
              "deadline_prepositions", "conditional",
              "future_with_particle", "closing_particle"),
    # bare_before: a time preposition with the plural article, before two digits alone that are a
    # decade ("en los 80").
    "decade": ("bare_before", "suffix", "words"),
    # `and` joins the parts of a compound duration ("two years and three months"); `one_after`:
    # the words after which a `unit_one` noun is an amount of one ("بعد عام": after a year), and
    # `one_construct` how a word after it begins that makes the noun "the day of" ("يوم الانتخابات").
    # whole: the words for "all the" before a unit ("toda la semana", "den ganzen Tag", "всю неделю").
    "duration": ("after", "after_number", "and", "bare_after", "before", "before_ago", "not_after", "not_before",
                 "one_after", "one_construct", "recent", "recent_after", "the_past", "whole"),
    "fraction": ("and_half", "half"),
    # stage_day: a day noun that after an ordinal is a round of a competition ("la primera jornada
    # del año": the first matchday), not a calendar day. present_adjective: "present", also the
    # adjective before a noun ("del presente artículo": this article), a time only before an
    # `after_present` word (what follows the noun "the present", or a period: "la presente temporada").
    # before_number: nouns of numbered things ("Resolution 2118", "resolución 1441", "Flug 1500"),
    # after which a number that looks like a year is the thing's number.
    "not_time": ("after_season", "before_day_word", "after_day_word", "after_year_month", "before_date",
                 "reference", "stage_day", "present_adjective", "after_present", "before_number"),
    "era": ("bc", "ad"),
    # Days counted from a day ("2 days before yesterday"): the words after the amount, or before
    # it where the language puts them there ("через две недели после ...": lead_after), and a
    # word that only joins the day ("من"). prepositions: "before" and "after" as written before the
    # event a date is set against ("il 24 marzo dopo dodici ore", "le 24 mars d'après le
    # ministère"): no shift of the date (`rules._shift_after`).
    "offset": ("before", "after", "of_month", "lead_before", "lead_after", "from", "prepositions"),
    "anniversary": ("words",),
    "extent": ("before", "after", "outside"),
    # clause: words that govern a date in a sentence ("on"), so that it is no stamp; byline:
    # words that open an author's line ("By", "Par"), whose date is the stamp's; dateline:
    # words that join a wire dateline's place to its date ("القاهرة في 25 يونيو /أ ش أ/"); label:
    # words that name the date after them as the page's own ("Date:", "Fecha:"); weekday_glue:
    # words between a weekday and its date ("Dienstag, den 15. März"), which dating reads as one;
    # post_frame: phrases by which a post says it is part of a series or a coverage ("This post is
    # part of our special coverage"), written after the events its lead dates; appointment: words
    # that set a day ahead ("summoned for Monday, March 23"), whose date is read in the future tense.
    "stamp": ("published", "updated", "print", "clause", "byline", "dateline", "label", "weekday_glue", "post_frame",
              "appointment"),
    # Nouns of events named by their date ("the revolution of January 25", "the September 11
    # attacks"), before or after it, and the words that join them to it ("of", "del").
    "event": ("before", "joiners", "after"),
    # Nouns of proper names of places, organisations and movements named after a day ("Movimiento
    # 6 de Abril", "Puente del 6 de Octubre", "the April 6 Youth Movement"), before the day (with
    # an [event] joiner) or after it. Where [grammar] capitalized lists "named_after", a noun only
    # counts capitalized ("el puente del 12 de octubre" is a long weekend).
    "named_after": ("before", "after"),
    # The Islamic calendar: its months and feasts (value tables; a feast's value is its month-day), the word or letter after a Hijri year
    # ("هـ", "AH"), the word for month before a month named alone ("شهر رمضان") and the words that
    # join a Hijri date to its Gregorian twin ("الموافق"); needs_year: month names that are also a common
    # word, a date only with their year ("3 صفر" is a score, 3-0); month_before: prepositions of time
    # after which a month named alone is the month ("during Ramadan"), since no name follows them.
    "hijri": ("month", "feast", "era", "month_word", "month_before", "twin", "needs_year"),
    # Weekday names that are also another word (pt "segunda", "quinta": ordinals), a value table like
    # [weekday]; a day only right after a `before` word or a shift word, where the phrase ends or an
    # `after` word follows ("na segunda, o Senado", "nesta quinta que", not "na segunda volta").
    "weekday_guarded": ("names", "before", "after"),
    # "Today" that means "nowadays" (PRESENT_REF): heads, nouns of a society, a generation or an
    # age, joined to it by an `of` word where the language has one ("los jóvenes de hoy", "عالم
    # اليوم") or after it with a `possessive` ("today's farmers"); `attributive`: articles before
    # it when it qualifies the next word ("la hoy extinta"); `copula` before it with an
    # `indefinite` article after it ("Egipto es hoy un país polarizado"); `contrast`, conjunctions
    # that set it against a time before ("y hoy España es un socio", "and today, the right is").
    "nowadays": ("heads", "of", "possessive", "attributive", "copula", "indefinite", "contrast"),
    # A period named by an indefinite article and told by what follows, the one in focus rather
    # than an amount ("en un año teñido de patriotismo", "on a day when"): `before`, a preposition
    # of time with the indefinite article; `after`, the words that open the qualifier (a relative,
    # an intensifier, a participle of "marked by").
    "qualified_unit": ("before", "after"),
    # "One day" as an adverb, a time gone by or to come as the clause's tense says (PAST_REF,
    # FUTURE_REF): `past`, `future`, adverbs wherever they stand ("однажды", "someday"), but after
    # a `not_after` word that governs them as a noun ("innerhalb eines Tages"), of the side they
    # lean to where no tense is read; `one`, words that are also an amount of one day or a day
    # ("un día", "one day"), the adverb only where a clause opens right before them or after an
    # `after` word (a conjunction, a modal: "y un día", "will one day"); and none of them before
    # a `not_before` word ("un día después", "one day of", "eines Tages im Mai").
    "someday": ("past", "future", "one", "after", "not_after", "not_before"),
    # since: the words right before a date that make it the start of a state still going on
    # ("missing since Sunday", "disparus depuis dimanche"): `Timex.boundary`, no news day.
    "boundary": ("since",),
}
# Settings: the [grammar] and [number_grammar] keys, and the file's own name and code. The
# [grammar] keys may be left out (each has a default where it is read).
SETTINGS: dict[str, tuple[str, ...]] = {
    "grammar": ("adjective_before_noun", "capitalized", "full_name_any_case", "numeric_date_order", "this_weekday",
                "later_as_duration", "vague_ago_as_duration", "proclitics", "from_now_later_in_past", "genitive_of",
                "decimal_comma",
                "units_before_tens", "recent_plural"),
    "number_grammar": ("joiners", "multipliers", "spoken_year_centuries"),
}
OPTIONAL = ("grammar",)
SCALARS = ("code", "name")


class LanguageError(ValueError):
    """A language file that is missing or malformed; the message is one line naming the file
    and the key."""


@dataclass(slots=True)
class WordClass:
    """Words of one class: lookup of a (normalized) word to its value, and a regex for them."""

    name: str
    table: dict[str, str] = field(default_factory=dict)
    first: dict[str, str] = field(default_factory=dict)

    def pattern(self, only_first: bool = False, glued: frozenset[str] = frozenset()) -> str:
        """A regex matching any of the words (longest first); never matches if there are none.
        Words in `glued` may be written onto the next word (a language's proclitics)."""
        words = self.first if only_first else self.table
        if not words:
            return "(?!)"
        return trie_regex(words, glued)

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


def trie_regex(words: Iterable[str], glued: frozenset[str] = frozenset()) -> str:
    """One regex for a word list, shaped as a trie of its characters.

    Python's `re` tries the branches of an alternation one by one at every position, so a
    flat list of a hundred words costs a hundred comparisons per character of text; as a trie
    a position that starts no word is rejected after one. Words ending in a letter or digit
    must end there ("mar" does not match inside "marzo"), but for those in `glued`.
    """
    # The trie's branches are sorted, so the regex depends on the set of words alone; the same
    # word classes are written into many rules, and building each once halves a tagger's build.
    return _trie_regex(frozenset(words), glued)


@lru_cache(maxsize=1024)
def _trie_regex(words: frozenset[str], glued: frozenset[str]) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], path: str) -> str:
        branches = [_char_regex(ch) + emit(child, path + ch) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(r"(?!\w)" if path[-1:].isalnum() and path not in glued else "")
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
        """A word class by name (`month`, `ago.after`, ...); KeyError for a name the schema does
        not know (a misspelling in code)."""
        return self.classes[name]

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

    def _in_grammar_list(self, key: str, class_name: str) -> bool:
        """Whether a class is named in a list-valued grammar setting (the set made once)."""
        names = self._cache.get(key)
        if names is None:
            names = self._cache[key] = frozenset(self.grammar_list(key))
        return class_name in names  # type: ignore[operator]

    def capitalized(self, class_name: str) -> bool:
        """Whether words of this class only count when capitalized in this language."""
        return self._in_grammar_list("capitalized", class_name)

    def full_name_any_case(self, class_name: str) -> bool:
        """Whether the full names of a capitalized class count in lower case too ("last monday"),
        its abbreviations only capitalized ("sat.", "wed." are also verbs)."""
        return self._in_grammar_list("full_name_any_case", class_name)

    def aspect(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The perfective prefixes (longest first), the non-past endings and the imperfective
        endings (`perfective_future`), made once."""
        found = self._cache.get("aspect")
        if found is None:
            found = self._cache["aspect"] = (
                tuple(sorted(self.cls("tense.perfective_prefixes").table, key=len, reverse=True)),
                tuple(self.cls("tense.perfective_endings").table), tuple(self.cls("tense.imperfective_endings").table))
        return found  # type: ignore[return-value]

    def perfective_future(self, word: str) -> bool:
        """Whether a lower-case word is a perfective verb's non-past form, which is a future
        ("посетит", "подпишут", "встретится": will visit, sign, meet): a non-past ending after a
        perfective prefix and a stem of two letters or more, not an imperfective present's
        ending ("посещает", "проводит"). Only where the language lists such prefixes (Russian);
        the tense cues and the events stage's status both read it."""
        prefixes, endings, imperfective = self.aspect()
        if not prefixes or not word.startswith(prefixes) or word.endswith(imperfective or ("\0",)):
            return False
        ending = next((e for e in endings if word.endswith(e)), None)
        return ending is not None and any(
            word.startswith(p) and len(word) - len(p) - len(ending) >= 2 for p in prefixes)

    def words_regex(self, name: str, template: str, glued: bool = False) -> re.Pattern[str]:
        """`template` with `{words}` standing for the words of a class, compiled once
        (case-insensitive); `glued`: the words may be written onto the next word (prefixes)."""
        key = (name, template, glued)
        compiled = self._cache.get(key)
        if compiled is None:
            cls = self.cls(name)
            words = cls.pattern(glued=frozenset(cls.table) if glued else frozenset())
            compiled = regex_cache.regex(template.replace("{words}", words), re.IGNORECASE, self.code)
            self._cache[key] = compiled
        return compiled  # type: ignore[return-value]

    def words_regex_if_any(self, name: str, template: str) -> re.Pattern[str] | None:
        """`words_regex`, or None when the class has no words in this language (nothing to search)."""
        return self.words_regex(name, template) if self.cls(name).table else None


def _add_words(cls: WordClass, value: str, words: object, where: str) -> None:
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise LanguageError(f"{where}: expected a list of words for {value!r}")
    for i, word in enumerate(words):
        key = normalize(word)
        cls.table.setdefault(key, value)
        if i == 0:
            cls.first.setdefault(key, value)


def _needed_by(name: str) -> str:
    """The rules whose templates name a word class, for error messages."""
    from dateline.temporal.rules import RULES  # only on error: rules import this module

    named = re.compile(r"\{" + re.escape(name) + r"[!:}]")
    users = [r.name for r in RULES if named.search(r.template)]
    return f"; rules {', '.join(users)} need it" if users else ""


def check_schema(data: dict[str, object], where: str) -> None:
    """Raise LanguageError (naming the file and the key) for a section or word class the schema
    does not know, and for one it needs that the file does not declare."""
    known = set(VALUE_CLASSES) | set(GROUP_CLASSES) | set(SETTINGS) | set(SCALARS)
    for key, section in data.items():
        if key not in known:
            raise LanguageError(f"{where}: unknown section [{key}]; known: {', '.join(sorted(known))}")
        if key in SCALARS:
            if not isinstance(section, str):
                raise LanguageError(f"{where}: {key} must be a string")
        elif not isinstance(section, dict):
            raise LanguageError(f"{where}: [{key}] must be a table")
        elif key in GROUP_CLASSES or key in SETTINGS:
            keys = GROUP_CLASSES.get(key) or SETTINGS[key]
            for inner in section:
                if inner not in keys:
                    raise LanguageError(f"{where}: unknown word class [{key}] {inner}; "
                                        f"known: {', '.join(keys)}")
    for key in SCALARS:
        if key not in data:
            raise LanguageError(f"{where}: {key} is missing")
    for key in (*VALUE_CLASSES, *GROUP_CLASSES, *SETTINGS):
        if key not in data:
            raise LanguageError(f"{where}: section [{key}] is missing (declare it empty if the "
                                f"language has no such words){_needed_by(key)}")
    for key, names in (*GROUP_CLASSES.items(), *SETTINGS.items()):
        for name in names if key not in OPTIONAL else ():
            if name not in data[key]:  # type: ignore[operator]
                raise LanguageError(f"{where}: [{key}] {name} is missing (write {name} = [] if the "
                                    f"language has no such words){_needed_by(f'{key}.{name}')}")


def parse_lexicon(data: dict[str, object], where: str) -> Lexicon:
    """Build a Lexicon from the parsed TOML of a language file, checked against the schema."""
    check_schema(data, where)
    classes: dict[str, WordClass] = {}
    for name in VALUE_CLASSES:
        section = data[name]
        cls = classes.setdefault(name, WordClass(name))
        for value, words in section.items():  # type: ignore[attr-defined]
            _add_words(cls, str(value), words, f"{where} [{name}]")
    for name in GROUP_CLASSES:
        for key, words in data[name].items():  # type: ignore[attr-defined]
            full = f"{name}.{key}"
            cls = classes.setdefault(full, WordClass(full))
            if isinstance(words, dict):  # a value table nested in a group: set.once
                for value, inner in words.items():
                    _add_words(cls, str(value), inner, f"{where} [{full}]")
            else:
                _add_words(cls, str(key), words, f"{where} [{full}]")
    grammar = dict(data["grammar"])  # type: ignore[call-overload]
    numbers: dict[str, object] = data["number_grammar"]  # type: ignore[assignment]
    grammar["number_joiners"] = numbers["joiners"]
    grammar["number_multipliers"] = numbers["multipliers"]
    grammar["spoken_year_centuries"] = numbers["spoken_year_centuries"]
    return Lexicon(code=str(data["code"]), name=str(data["name"]), grammar=grammar, classes=classes)


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a data file (read once: the package does not change)."""
    folder = resources.files("dateline.temporal") / "lang"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@lru_cache(maxsize=None)
def load(code: str) -> Lexicon:
    """The lexicon of a language; LanguageError names the languages there are."""
    if not re.fullmatch(r"[a-z]{2,3}", code or ""):
        raise LanguageError(
            f"not a language code: {code!r}; available: {', '.join(available_languages())}")
    resource = resources.files("dateline.temporal") / "lang" / f"{code}.toml"
    if not resource.is_file():
        raise LanguageError(
            f"no temporal data for language {code!r}; available: {', '.join(available_languages())}")
    return parse_text(resource.read_text(encoding="utf-8"), f"{code}.toml")


def load_file(path: str | os.PathLike[str]) -> Lexicon:
    """The lexicon of a language file outside the package (a language being written)."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise LanguageError(f"{file}: {exc.strerror or exc}") from None
    return parse_text(text, str(file))


def parse_text(text: str, where: str) -> Lexicon:
    """The lexicon of a language file's text; `where` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LanguageError(f"{where}: {exc}") from None
    return parse_lexicon(data, where)
