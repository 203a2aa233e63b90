"""Find and normalize the time expressions of a text: the temporal stage's engine.

Three passes: every rule proposes matches and the leftmost-longest win (`find`); adjacent
pieces that a reader takes as one are merged ("10 p.m. Wednesday", "today (Thursday,
May 8)"); then, in text order, each meaning is anchored (`resolve.py`) to the publication
date, the date last mentioned, and the tense of its clause.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol
from functools import lru_cache
from itertools import islice, takewhile

from dateline import regex_cache
from dateline.ingest import split_sentences
from dateline.model import Boundary, Timex
from dateline.temporal.grammar import (
    CompiledRule,
    Found,
    KeyScanner,
    Match,
    Rule,
    capitalization_ok,
    compile_rule,
)
from dateline.temporal.lexicon import Lexicon, load, trie_regex
from dateline.temporal.meanings import Anchor, Calendar, Literal, Meaning, Offset, Relative, TenseRef, WeekdayRef
from dateline.temporal.resolve import Context, Resolved, resolve
from dateline.temporal.rules import RULES, Extent, joined_duration
from dateline.temporal.tense import ADJACENT, Cue, TenseCues
from dateline.temporal.values import Point, parse_value

# A clock time whose day follows an aside: "10:35 a.m. (0735 GMT) Friday", "at 4 in the
# morning (4 a.m. EDT Thursday)". The two stay separate expressions; the time takes the day.
_CLOCK_ASIDE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*,?\s*|\(\s*)")
# "today (Thursday, May 8)"; a short preposition or article may open it ("сегодня (в четверг,
# 8 мая)", "hoy (el jueves 8 de mayo)").
_PAREN_OPEN = re.compile(r"\s*[(\[]\s*(?:[^\W\d_]{1,3}\s+)?")
_PAREN_CLOSE = re.compile(r"\s*[)\]]")
_COMPOUND = re.compile(r"-[^\W\d]")


class FindLog(Protocol):
    """What `Tagger.find` tells a listener about each candidate (see `dateline.temporal.explain`)."""

    def rejected(self, start: int, end: int, rule: Rule, reason: str) -> None: ...

    def build(self, rule: Rule, match: Match) -> Found | list[Found] | None: ...

    def kept(self, start: int, end: int, rule: Rule) -> None: ...

    def lost(self, start: int, end: int, rule: Rule, winner: tuple[int, int, Rule]) -> None: ...


class Join(Enum):
    """How two adjacent expressions were read as one."""

    CLOCK_ON_DAY = "clock time on a day"  # "10 p.m. Wednesday"
    PERIOD_YEAR_BACK = "period a year back"  # "the quarter a year ago"
    DAY_IN_BRACKETS = "day restated in brackets"  # "today (Thursday, May 8)"
    COMPOUND_DURATION = "parts of one duration"  # "two years and three months"


@dataclass(slots=True)
class Mention:
    """A time expression found in text, with its meaning but not yet anchored.

    `rules` are the ids of the rules that found it: one, or two when `joined` says how two
    expressions were read as one.
    """

    start: int
    end: int
    type: str
    meaning: Meaning
    mod: str | None
    rules: tuple[str, ...]
    joined: Join | None = None
    sentence: int = 0
    tense: str | None = None
    tense_sure: bool = False  # the tense is that of a verb right before it ("said Friday")
    tense_cue: tuple[int, int] | None = None  # where the word that gave the tense is
    # the tense's word is no verb of its clause: a verb of saying before a clause opener ("said
    # that next week"), or a word of another time expression ("letzten Montag ..., nächsten
    # Dienstag"); read only for a meaning the tense moves to the last date (`_counts_later`)
    tense_foreign: bool = False
    names_event: bool = False  # a yearless date naming an event: "the revolution of January 25"
    # counted from the date right after it rather than the one before: "al día siguiente del 11
    # de septiembre", "la víspera del 5 de mayo", "le lendemain du 11 septembre"
    from_next: bool = False
    boundary: Boundary | None = None  # it bounds a stretch: "depuis dimanche" (`Timex.boundary`)


def _is_day(meaning: Meaning) -> bool:
    """Whether a meaning names one day (and so can carry a clock time)."""
    if isinstance(meaning, Calendar):
        return meaning.gran == "D"
    if isinstance(meaning, Relative):
        return meaning.unit == "D" and meaning.anchor in (Anchor.DCT, Anchor.REF, Anchor.LATER)
    return isinstance(meaning, WeekdayRef)


def _counts_later(meaning: Meaning) -> bool:
    """Whether a meaning counts from the last date in a past clause and from publication otherwise
    (Anchor.LATER: "через год", "на следующей неделе", "следующей весной", "марте следующего года")."""
    if isinstance(meaning, Offset):
        meaning = meaning.base
    if isinstance(meaning, Relative):
        return Anchor.LATER in (meaning.anchor, meaning.base)
    if isinstance(meaning, Calendar):
        return meaning.year_anchor is Anchor.LATER
    return isinstance(meaning, WeekdayRef) and meaning.anchor is Anchor.LATER


def _is_clock(meaning: Meaning) -> bool:
    return isinstance(meaning, Relative) and meaning.anchor is Anchor.CLOCK


def _clock_on(day: Meaning, clock: Meaning) -> Meaning:
    """The day's meaning at the clock time's hour ("10 p.m." on "Wednesday")."""
    return dataclasses.replace(day, part=getattr(clock, "part", None))  # type: ignore[type-var]


def _year_back(meaning: Meaning) -> int | None:
    """How many years back "a year ago", "a year earlier", "last year" count (None: not such)."""
    if isinstance(meaning, Relative) and meaning.unit == "Y" and meaning.n is not None \
            and meaning.n < 0 and meaning.anchor in (Anchor.AGO, Anchor.REF, Anchor.DCT):
        return meaning.n
    return None


def _joined_duration(first: Mention, second: Mention) -> str | None:
    """The value of two durations read as one ("two years" and "three months"), if they can be."""
    a, b = first.meaning, second.meaning
    if not (isinstance(a, Literal) and isinstance(b, Literal) and a.type == b.type == "DURATION"
            and second.mod is None):
        return None
    return joined_duration(a.value, b.value)


def _is_focus(meaning: Meaning) -> bool:
    """Whether a meaning is the period under discussion ("the quarter", "the same period")."""
    return isinstance(meaning, Relative) and meaning.anchor is Anchor.FOCUS and meaning.n == 0


def _sets_reference(mention: Mention) -> bool:
    """Whether later anaphora ("the next day") may refer to this expression's date.

    Comparison periods ("a year earlier", "the year-ago quarter") do not move the focus: the
    text goes on talking about the period it compared them with.
    """
    if mention.type not in ("DATE", "TIME"):
        return False
    meaning = mention.meaning
    return not (isinstance(meaning, Relative) and meaning.n is not None
                and (meaning.n < 0 and meaning.anchor in (Anchor.REF, Anchor.FOCUS, Anchor.AGO)
                     or meaning.anchor is Anchor.FOCUS and meaning.year is not None))


_Candidate = tuple[int, int, int, list[Found]]  # start, minus its length, rule order, what it found


def _span(cand: _Candidate) -> tuple[int, int]:
    return cand[0], cand[0] - cand[1]


def _longest_within(candidates: Sequence[_Candidate], i: int, lo: int, hi: int) -> int:
    """The length of the longest candidate from index `i` on that lies within [lo, hi)."""
    best = 0
    for cand in candidates[i:]:
        start, end = _span(cand)
        if start >= hi:
            break
        if start >= lo and end <= hi:
            best = max(best, end - start)
    return best


def _crossing_winner(candidates: Sequence[_Candidate], i: int) -> _Candidate | None:
    """A candidate that crosses candidate `i` (starts inside it, ends after it) and should win
    over it, if any (`candidates` sorted by start, longest first).

    Leftmost-longest settles nested readings. Two that cross at a shared word ("yesterday,
    Thursday" and "Thursday 7 March 2024") are settled by the text each choice keeps read:
    the crossing one with what is left before it ("yesterday"), or candidate `i` with what is
    left after it ("March 2024"); then by the longer of the two. Only the candidates within the two
    are looked at: no cost per word of the text."""
    start, end = _span(candidates[i])
    best: tuple[tuple[int, int], _Candidate] | None = None
    for k in range(i + 1, len(candidates)):
        c_start, c_end = _span(candidates[k])
        if c_start >= end:
            break
        if c_start == start or c_end <= end:
            continue
        keep_crossing = (c_end - c_start + _longest_within(candidates, i, start, c_start), c_end - c_start)
        if keep_crossing > (end - start + _longest_within(candidates, k, end, c_end), end - start) \
                and (best is None or keep_crossing > best[0]):
            best = (keep_crossing, candidates[k])
    return None if best is None else best[1]


class Tagger:
    """The temporal tagger of one language; build once (`tagger_for`) and reuse."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.rules: list[CompiledRule] = [c for r in RULES if (c := compile_rule(r, lex)) is not None]
        self.keys = KeyScanner(self.rules, lex)
        self.tense = TenseCues(lex)
        self.extent = Extent.of(lex)  # the article an expression takes in ("el lunes"), if any
        # Between a clock time and its day, either way round: "10 p.m. Wednesday", "5 p.m. EST,
        # Nov. 6", "8 p.m. on Friday", "Friday at noon".
        self.clock_glue = lex.words_regex("connector.clock_day", r"\s*,?\s*(?:(?:{words})\s+)?")
        # Between a clock time and the day it is "of" ("mezzanotte di domenica", "noite de 3 de
        # março"); only that way round: "la vigilia del 5" is no clock time.
        self.clock_of = lex.words_regex_if_any("connector.clock_of_day", r"\s+(?:{words})\s+")
        # An event noun right before a date ("la rivoluzione del", "ثورة") or after it ("attacks").
        joiners = lex.cls("event.joiners").pattern()
        self.event_before = regex_cache.regex(rf"(?<!\w)(?:{lex.cls('event.before').pattern()})\s+"
                                           rf"(?:(?:{joiners})\s*)?$", re.IGNORECASE, lex.code)
        self.event_after = lex.words_regex("event.after", r"\s+(?:{words})(?!\w)")
        # Name nouns right before a day ("Movimiento 6 de Abril", "Movimiento juvenil del 6 de
        # Abril", "Puente del «6 de Octubre»") or after it ("the April 6 Youth Movement"), and
        # whether one of them must be capitalized to count.
        self.name_before = lex.words_regex_if_any(
            "named_after.before", rf"(?<!\w)(?:{{words}})(?:\s+(?:(?:{joiners})\s+)?(?:{{words}}))*"
                                  rf"\s+(?:(?:{joiners})\s*)?[«\"“„]?$")
        self.name_after = lex.words_regex_if_any("named_after.after", r"[»\"”]?\s+(?:{words})(?!\w)")
        self.name_capitalized = lex.capitalized("named_after")
        # A street or square named after a day ("Avenida 17 de Junio"): its date is no time expression.
        self.place_before = lex.words_regex_if_any("not_time.before_date", r"(?<!\w)(?:{words})\s*$")
        # "since" right before an expression: the start of a state ("disparus depuis dimanche").
        self.since = lex.words_regex_if_any("boundary.since", r"(?<!\w)(?:{words})\s*\Z")
        # Between the parts of a compound duration: "two years and three months", "سنتين وثلاثة أشهر".
        self.duration_and = lex.words_regex("duration.and", r"\s*,?\s*(?:{words})\s*")
        # An article opening the second duration makes it a phrase of its own ("les quatre dernières
        # années et les cinq mois passés": two stretches, not P4Y5M).
        self.opens_with_article = lex.words_regex("determiner.words", r"(?:{words})(?!\w)")
        # "lo stesso periodo dell'anno scorso": the word joining a period to its year.
        self.of_year = lex.words_regex("connector.month_year", r"\s+(?:{words})\s*")
        # Between a day counted from another and that day: "del", "du", "ao", "l'", or the words
        # that count days from a day ("на следующий день после 3 марта", "اليوم التالي لـ 3 مارس")
        # (no comma: "al día siguiente, 5 de mayo" names the same day twice), and an adjective of
        # that day after them ("al día siguiente del imborrable 11 de septiembre").
        of_words = {w: "" for c in ("connector.month_year", "determiner.contracted", "determiner.words",
                                    "offset.before", "offset.after", "offset.from")
                    for w in lex.cls(c).table if w != ","}
        self.of_day = regex_cache.regex(rf"\s*(?:(?<!\w)(?:{trie_regex(of_words)})\s*)+(?:[^\W\d_]+\s+)?",
                                     re.IGNORECASE, lex.code) if of_words else None

    @property
    def active_rules(self) -> list[str]:
        """Ids of the rules that can fire in this language (the others need words it lacks)."""
        return [compiled.rule.name for compiled in self.rules]

    # ---------------------------------------------------------------- finding expressions
    def find(self, text: str, dating: bool = False, log: FindLog | None = None,
             outside: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """All time expressions of the text, leftmost-longest, not yet anchored (with `dating`,
        only those of the rules publication-date inference reads; none starting in an
        `outside` span, such as a page's furniture: they do not compete). `log` hears every
        candidate's fate (`dateline.temporal.explain`)."""
        text = ascii_digits(text)  # same length: offsets hold for the original text
        return self._chosen(text, self._candidates(text, dating, log), dating, outside, log)

    def _candidates(self, text: str, dating: bool, log: FindLog | None) -> list[_Candidate]:
        """Every rule's matches in the (ASCII-digit) text, in the order `_chosen` weighs them:
        each rule's are the same whichever other rules are searched."""
        candidates: list[_Candidate] = []
        hits = self.keys.hits(text)
        windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # rules with the same keys share them
        for order, compiled in enumerate(self.rules):
            if dating and not compiled.rule.dating:
                continue
            for m in self._matches(compiled, text, hits, windows):
                if m.end() == m.start():
                    continue
                if _COMPOUND.match(text, m.end()):  # "year-earlier": the word goes on
                    if log is not None:
                        log.rejected(m.start(), m.end(), compiled.rule, "the word goes on after a hyphen")
                    continue
                match = Match(m, self.lex, compiled.classes)
                if not capitalization_ok(match, compiled.capitalized):
                    if log is not None:
                        log.rejected(m.start(), m.end(), compiled.rule,
                                     "a word this language only counts capitalized is lower-case")
                    continue
                built = compiled.rule.build(match) if log is None else log.build(compiled.rule, match)
                if built is None:
                    continue
                founds = built if isinstance(built, list) else [built]
                candidates.append((m.start(), -(m.end() - m.start()), order, founds))
        candidates.sort(key=lambda c: c[:3])
        return candidates

    def _chosen(self, text: str, candidates: list[_Candidate], dating: bool,
                outside: Sequence[tuple[int, int]], log: FindLog | None) -> list[Mention]:
        """The mentions `find` keeps of `candidates`: the dating rules' only, with `dating`, and
        none starting in an `outside` span; leftmost-longest (`_crossing_winner` settles readings
        that cross), then joined (`_merge`)."""
        if dating or outside:
            candidates = [c for c in candidates if (not dating or self.rules[c[2]].rule.dating)
                          and not any(a <= c[0] < b for a, b in outside)]
        mentions: list[Mention] = []
        last_end = mention_end = 0
        winner: tuple[int, int, Rule] | None = None
        for i, (start, neg_len, order, founds) in enumerate(candidates):
            if start < last_end:
                if log is not None and winner is not None:
                    log.lost(start, start - neg_len, self.rules[order].rule, winner)
                continue
            rule = self.rules[order].rule
            crossing = _crossing_winner(candidates, i)
            if crossing is not None:  # its shorter readings from `start` may still be kept
                if log is not None:
                    c_start, c_neg_len, c_order, _ = crossing
                    log.lost(start, start - neg_len, rule, (c_start, c_start - c_neg_len, self.rules[c_order].rule))
                continue
            if self._names_place(text, start, founds):
                if log is not None:
                    log.rejected(start, start - neg_len, rule, "a day in the name of a street or square")
                last_end = start - neg_len  # and no shorter reading of it either ("Junio")
                continue
            if log is not None:
                log.kept(start, start - neg_len, rule)
                winner = (start, start - neg_len, rule)
            for f in founds:  # with the extent its language's TimeML gives it
                begin = self.extent.start(text, f.start, mention_end) if rule.widen \
                    else self.extent.lead(text, f.start)
                mention_end = self.extent.end(text, f.end)
                mentions.append(Mention(begin, mention_end, f.type, f.meaning, f.mod, (rule.name,)))
            last_end = max(start - neg_len, mention_end)
        return self._merge(text, mentions)

    def _names_place(self, text: str, start: int, founds: list[Found]) -> bool:
        """Whether a day found at `start` is part of a place's name ("Avenida 17 de Junio",
        "rue du 4 Septembre", "Ponte 25 de Abril"). Such names leave the year out: a day with
        its year is a date ("вышли на площадь 25 января 2011 года": to the square, that day)."""
        return self.place_before is not None and any(
            isinstance(f.meaning, Calendar) and f.meaning.gran == "D" and f.meaning.year is None
            for f in founds) \
            and self.place_before.search(text, max(0, start - 25), start) is not None

    def _matches(self, compiled: CompiledRule, text: str, hits: dict[str, list[tuple[int, int]]],
                 windows: dict[tuple[str, ...], list[tuple[int, int]]]) -> list[re.Match[str]]:
        """A rule's matches, searched only around its key words (the whole text if it has
        none: every rule of `rules.py` has some, as a test checks)."""
        keys = compiled.rule.keys
        if not keys:
            return list(compiled.regex.finditer(text))
        around = windows.get(keys)
        if around is None:
            around = windows[keys] = self.keys.windows(text, [span for key in keys for span in hits.get(key, ())])
        # A list rather than a generator: one call per rule instead of a resumed frame per match
        # (the tagger's hottest loop).
        finditer = compiled.regex.finditer
        return [m for start, end in around for m in finditer(text, start, end)]

    def _merge(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Join pieces a reader takes as one expression ("10 p.m. Wednesday", "the quarter a
        year ago"), and give a clock time the day named right after its aside."""
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            cur = mentions[i]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and _is_clock(cur.meaning) and _is_day(nxt.meaning) \
                    and (self.clock_glue.fullmatch(text, cur.end, nxt.start)
                         or self.clock_of is not None and self.clock_of.fullmatch(text, cur.end, nxt.start)):
                out.append(Mention(cur.start, nxt.end, "TIME", _clock_on(nxt.meaning, cur.meaning),
                                   cur.mod or nxt.mod, cur.rules + nxt.rules, Join.CLOCK_ON_DAY))
                i += 2
                continue
            if nxt is not None and _is_day(cur.meaning) and _is_clock(nxt.meaning) \
                    and getattr(cur.meaning, "part", None) is None and self.clock_glue.fullmatch(text, cur.end, nxt.start):
                # "Friday at noon", "monday at 8 p.m.", "tomorrow at 9"
                out.append(Mention(cur.start, nxt.end, "TIME", _clock_on(cur.meaning, nxt.meaning),
                                   cur.mod or nxt.mod, cur.rules + nxt.rules, Join.CLOCK_ON_DAY))
                i += 2
                continue
            joined = _joined_duration(cur, nxt) if nxt is not None and self.duration_and.fullmatch(
                text, cur.end, nxt.start) and not self.opens_with_article.match(text, nxt.start) else None
            if nxt is not None and joined is not None:
                out.append(Mention(cur.start, nxt.end, "DURATION", Literal("DURATION", joined), cur.mod,
                                   cur.rules + nxt.rules, Join.COMPOUND_DURATION))
                i += 2
                continue
            back = _year_back(nxt.meaning) if nxt is not None else None
            if nxt is not None and back is not None and _is_focus(cur.meaning) \
                    and (not text[cur.end:nxt.start].strip() or self.of_year.fullmatch(text, cur.end, nxt.start)):
                # "the quarter a year ago", "the corresponding period last year"
                meaning = dataclasses.replace(cur.meaning, unit="Y", n=back)  # type: ignore[type-var]
                out.append(Mention(cur.start, nxt.end, cur.type, meaning, cur.mod, cur.rules + nxt.rules,
                                   Join.PERIOD_YEAR_BACK))
                i += 2
                continue
            if nxt is not None and _is_day(cur.meaning) and _is_day(nxt.meaning):
                opened = _PAREN_OPEN.fullmatch(text, cur.end, nxt.start)
                closed = _PAREN_CLOSE.match(text, nxt.end)
                if opened and closed:
                    # "today (Thursday, May 8)": one expression; the explicit date decides.
                    meaning = nxt.meaning if isinstance(nxt.meaning, Calendar) else cur.meaning
                    out.append(Mention(cur.start, closed.end(), cur.type, meaning, cur.mod,
                                       cur.rules + nxt.rules, Join.DAY_IN_BRACKETS))
                    i += 2
                    continue
            out.append(cur)
            i += 1
        for k, (cur, nxt) in enumerate(zip(out, out[1:])):
            if _is_clock(cur.meaning) and _is_day(nxt.meaning) \
                    and _CLOCK_ASIDE.fullmatch(text, cur.end, nxt.start):
                out[k] = dataclasses.replace(cur, meaning=_clock_on(nxt.meaning, cur.meaning))
        return out

    # -------------------------------------------------------------------------- analysis
    def analyze(self, text: str, sentences: Sequence[tuple[int, int]] | None = None,
                dating: bool = False, log: FindLog | None = None,
                outside: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """Mentions with their sentence index and the tense of their clause (`dating`, `log`,
        `outside`: see `find`)."""
        return self._analyzed(text, self.find(text, dating, log, outside), sentences)

    def readings(self, text: str, sentences: Sequence[tuple[int, int]] | None,
                 outside: Sequence[tuple[int, int]]) -> tuple[list[Mention], list[Mention]]:
        """`analyze(text, sentences)` and `analyze(text, sentences, dating=True, outside=outside)`
        from one search of the text: an undated article is dated from the second and anchored
        by the first, and is read for dating exactly as `dateline date` reads it whatever the
        rules outside the dating pass find (a reading of theirs that wins over a date's words
        in the full pass does not in the dating pass), without being searched twice."""
        plain = ascii_digits(text)
        candidates = self._candidates(plain, False, None)
        spans = list(sentences) if sentences is not None else split_sentences(text)
        scanned: dict[int, list[Cue]] = {}  # a sentence's cues, read once for both choices
        return (self._analyzed(text, self._chosen(plain, candidates, False, (), None), spans, scanned),
                self._analyzed(text, self._chosen(plain, candidates, True, outside, None), spans, scanned))

    def _analyzed(self, text: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]] | None,
                  scanned: dict[int, list[Cue]] | None = None) -> list[Mention]:
        """`find`'s mentions given their sentence index, the tense of their clause, and whether
        they name an event or count from the next mention (`scanned`: sentences' cues already
        read, by sentence index, filled in as they are read)."""
        if not mentions:
            return mentions
        spans = list(sentences) if sentences is not None else split_sentences(text)
        scanned = {} if scanned is None else scanned
        s = 0
        cues: list[Cue] | None = None
        sentence = ""
        for k, mention in enumerate(mentions):
            while s < len(spans) and spans[s][1] <= mention.start:
                s, cues = s + 1, None
            mention.sentence = s
            if s < len(spans):
                start, end = spans[s]
                if cues is None:  # the sentence's first mention: read its text and cues once
                    sentence = text[start:end]
                    if s not in scanned:
                        scanned[s] = self.tense.scan(sentence)
                    inside = takewhile(lambda m: m.start < end, islice(mentions, k, None))
                    cues = self.tense.cues(sentence, [(m.start - start, m.end - start) for m in inside], scanned[s])
                if isinstance(mention.meaning, TenseRef):  # "one day": its own clause's verb alone
                    cue = self.tense.own_clause_cue(cues, mention.start - start, mention.end - start, sentence)
                else:
                    cue, mention.tense_sure = self.tense.nearest_cue(cues, mention.start - start,
                                                                      mention.end - start, sentence)
                if cue is not None:
                    mention.tense, mention.tense_cue = cue[2], (start + cue[0], start + cue[1])
                    if _counts_later(mention.meaning):
                        mention.tense_foreign = cue[1] <= mention.start - start \
                            and self.tense.opens_clause(sentence, cue[1], mention.start - start) \
                            or any(m.start <= start + cue[0] and start + cue[1] <= m.end for m in mentions)
            if isinstance(mention.meaning, TenseRef) and mention.meaning.amount and mention.tense is None:
                mention.type = "DURATION"  # "Un día histórico": no verb read, the amount (`resolve`)
            mention.names_event = self._names_event(text, mention)
            if self.since is not None and self.since.search(text, max(0, mention.start - 24), mention.start):
                mention.boundary = Boundary.SINCE
        for cur, nxt in zip(mentions, mentions[1:]):
            cur.from_next = self._counted_from_next(text, cur, nxt)
        return mentions

    def _counted_from_next(self, text: str, cur: Mention, nxt: Mention) -> bool:
        """Whether a day counted from another ("the next day", "the eve") names that day right
        after it ("al día siguiente del 11 de septiembre"), instead of the date mentioned last."""
        meaning = cur.meaning
        if not (isinstance(meaning, Relative) and meaning.anchor is Anchor.REF and meaning.unit == "D"
                and isinstance(nxt.meaning, Calendar) and nxt.meaning.gran == "D" and self.of_day is not None):
            return False
        joined = self.of_day.match(text, cur.end, nxt.end)  # the word may open the day ("del 11")
        return joined is not None and joined.end() >= nxt.start

    def _names_event(self, text: str, mention: Mention) -> bool:
        """Whether a yearless day or month is the name of an event ("la rivoluzione del 25
        gennaio", "the September 11 attacks") or stands in a proper name given after one
        ("Movimiento 6 de Abril", "the April 6 Youth Movement"): such a date is a past one,
        whatever the tense, and tells of no day the text reports."""
        meaning = mention.meaning
        if not (isinstance(meaning, Calendar) and meaning.year is None and meaning.year_shift is None
                and meaning.shift is None and meaning.gran in ("D", "M")):
            return False
        return bool(self.event_before.search(text, max(0, mention.start - 40), mention.start)
                    or self.event_after.match(text, mention.end)) or self._in_name(text, mention)

    def _in_name(self, text: str, mention: Mention) -> bool:
        """Whether name nouns of this language govern the date, one capitalized where the
        language writes names so ("Puente del 6 de Octubre", not "el puente del 12 de octubre",
        a long weekend)."""
        found = self.name_before.search(text, max(0, mention.start - 40), mention.start) \
            if self.name_before is not None else None
        if found is None and self.name_after is not None:
            found = self.name_after.match(text, mention.end)
        return found is not None and (not self.name_capitalized
                                      or any(word[0].isupper() for word in found.group(0).split()))

    def tag(self, text: str, dct: dt.date | None,
            sentences: Sequence[tuple[int, int]] | None = None) -> list[Timex]:
        """Time expressions of `text` with TIMEX3 values anchored to `dct` (None: unknown)."""
        return self.anchor(text, self.analyze(text, sentences), dct)

    def anchor(self, text: str, mentions: Sequence[Mention], dct: dt.date | None) -> list[Timex]:
        """TIMEX3 values of mentions from `analyze(text)`, anchored to `dct`.

        `tag` in two steps, for callers that read the mentions before the date is known (the
        publication-date inference) and so need not find them twice. The mentions are not changed.
        """
        return [Timex(mention.start, mention.end, text[mention.start:mention.end], mention.type,
                      value, mention.mod, mention.rules, how, why, mention.boundary)
                for mention, _focus, (value, how, why) in self.resolved(mentions, dct) if value is not None]

    @staticmethod
    def resolved(mentions: Sequence[Mention], dct: dt.date | None) -> Iterator[tuple[Mention, Point | None, Resolved]]:
        """Each mention with the date in focus before it (the last one mentioned) and its
        resolved value, in text order: what `anchor` and `explain` read.

        Without a publication date, the first full date the text states ("July 12th, 2014")
        stands in for it, so that later partial ones ("on July 13th", "yesterday") are anchored
        rather than left as XXXX."""
        ctx = Context(dct)
        for k, mention in enumerate(mentions):
            if mention.from_next:  # the day it is counted from comes right after it: read that first
                _read_context(ctx, mentions[k + 1])
                value = resolve(mentions[k + 1].meaning, ctx).value
                if value is not None and (point := parse_value(value)) is not None:
                    ctx.mentioned(point, mention.sentence)
            _read_context(ctx, mention)
            focus = ctx.ref
            resolved = resolve(mention.meaning, ctx)
            yield mention, focus, resolved
            if resolved.value is not None and _sets_reference(mention) \
                    and (point := parse_value(resolved.value)) is not None:
                ctx.mentioned(point, mention.sentence)
                if ctx.dct is None and point.gran == "D" and isinstance(mention.meaning, Calendar) \
                        and mention.meaning.year is not None:
                    ctx.dct, ctx.dct_from_text = point.start, True


def _read_context(ctx: Context, mention: Mention) -> None:
    """Give the resolution context what the analysis read around a mention."""
    ctx.sentence, ctx.tense = mention.sentence, mention.tense
    ctx.tense_sure = mention.tense_sure and not ctx.dct_from_text
    ctx.tense_adjacent = mention.tense_cue is not None and 0 <= mention.start - mention.tense_cue[1] <= ADJACENT
    ctx.tense_foreign = mention.tense_foreign
    ctx.names_event = mention.names_event


class _AsciiDigitTable(dict[int, int]):
    """`str.translate` table from any decimal digit ("٣", "۳", "३") to its ASCII digit, filled
    as characters are met (the full table would cover 1.1 million code points)."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        self[code] = ord(str(unicodedata.decimal(char))) if char.isdecimal() else code
        return self[code]


_ASCII_DIGITS = _AsciiDigitTable()
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """The text with every decimal digit written as an ASCII one, so that the grammar's digit
    patterns read Arabic-Indic and other digits too."""
    # An ASCII text (most English news) has no other digits: not searched (the check is free).
    return text if text.isascii() or not _OTHER_DIGIT.search(text) else text.translate(_ASCII_DIGITS)


@lru_cache(maxsize=None)
def tagger_for(lang: str) -> Tagger:
    """The tagger of a language, built once per process."""
    return Tagger(load(lang))


def tag(text: str, dct: dt.date | None = None, lang: str = "en") -> list[Timex]:
    """Find the TIMEX3 expressions of `text`, normalized against publication date `dct`."""
    return tagger_for(lang).tag(text, dct)
