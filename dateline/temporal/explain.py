"""Why the tagger decided what it did, for people debugging a value.

`explain(text, dct, lang)` runs the tagger as `tag` does and reports every candidate a rule
proposed with its fate (kept; rejected by its rule, and on which line of the rule's code; lost
an overlap, and to what), then each expression kept: the rules that found it, how pieces were
joined, the cues read (the tense and the word that gave it, the side a shift word names, the
date in focus) and the value chosen with what it was computed from.
"""

from __future__ import annotations

import datetime as dt
import linecache
import sys
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from types import CodeType, FrameType
from typing import Any

from dateline.ingest import identify_language as identify
from dateline.model import Resolution
from dateline.temporal.grammar import Found, Match, Rule
from dateline.temporal.meanings import Meaning
from dateline.temporal.tagger import tagger_for
from dateline.temporal.tense import side_of
from dateline.temporal.values import format_point


class Outcome(Enum):
    """What became of a candidate."""

    KEPT = "kept"
    REJECTED = "rejected"  # its rule's builder or a check of the tagger said no
    LOST = "lost"  # a longer or earlier candidate overlaps it, or a crossing one wins (tagger.py)


@dataclass(slots=True)
class Candidate:
    """A match a rule proposed, and what became of it."""

    start: int
    end: int
    text: str
    rule: str
    outcome: Outcome
    reason: str = ""


@dataclass(slots=True)
class Decision:
    """An expression the tagger kept: how it was found and how its value was chosen."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None
    rules: tuple[str, ...]
    joined: str | None
    meaning: dict[str, Any]  # `meaning_fields`: what the words mean before anchoring
    tense: str | None
    tense_cue: str | None
    tense_sure: bool
    side: str | None
    focus: str | None
    resolution: Resolution
    explanation: str


@dataclass(slots=True)
class Explanation:
    """The candidates and decisions of one text, in text order."""

    text: str
    dct: dt.date | None
    lang: str
    candidates: list[Candidate] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (enums as their values, the date as ISO)."""
        def plain(value: Any) -> Any:
            if isinstance(value, Enum):
                return value.value
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, (list, tuple)):
                return [plain(v) for v in value]
            return value.isoformat() if isinstance(value, dt.date) else value

        return plain(asdict(self))  # type: ignore[no-any-return]


def meaning_fields(meaning: Meaning) -> dict[str, Any]:
    """A meaning as plain data, for JSON and for people: its kind (the class) and its fields,
    a meaning it is built on too ("two weeks after Friday": an Offset of a WeekdayRef), enums as
    their values."""
    def plain(value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        if hasattr(value, "__dataclass_fields__"):
            return meaning_fields(value)
        return list(value) if isinstance(value, tuple) else value

    return {"kind": type(meaning).__name__, **{f.name: plain(getattr(meaning, f.name)) for f in fields(meaning)}}


def _source_line(code: CodeType, line: int) -> str:
    return linecache.getline(code.co_filename, line).strip()


class _Recorder:
    """Listens to `Tagger.find` (a `FindLog`), and traces builders to say why they said no."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.candidates: list[Candidate] = []

    def _add(self, start: int, end: int, rule: Rule, outcome: Outcome, reason: str) -> None:
        self.candidates.append(Candidate(start, end, self.text[start:end], rule.name, outcome, reason))

    def rejected(self, start: int, end: int, rule: Rule, reason: str) -> None:
        self._add(start, end, rule, Outcome.REJECTED, reason)

    def kept(self, start: int, end: int, rule: Rule) -> None:
        self._add(start, end, rule, Outcome.KEPT, "")

    def lost(self, start: int, end: int, rule: Rule, winner: tuple[int, int, Rule]) -> None:
        w_start, w_end, w_rule = winner
        why = "starts earlier" if w_start < start else \
            "crosses it and leaves more of the text read" if w_start > start else \
            "is longer" if w_end > end else "comes first in the grammar"
        self._add(start, end, rule, Outcome.LOST,
                  f"overlaps {self.text[w_start:w_end]!r} [{w_start}-{w_end}] of rule {w_rule.name}, which {why}")

    def build(self, rule: Rule, match: Match) -> Found | list[Found] | None:
        """Run the rule's builder; if it says no, record the line of code that did (and, when
        that line only passes on a helper's answer, the helper's line)."""
        returns: list[tuple[FrameType | None, CodeType, int, bool]] = []
        rules_file = sys.modules[rule.build.__module__].__file__

        def local(frame: FrameType, event: str, arg: object) -> Any:
            if event == "return":
                returns.append((frame.f_back, frame.f_code, frame.f_lineno, arg is None))
            return local

        def calls(frame: FrameType, event: str, _arg: object) -> Any:
            return local if event == "call" and frame.f_code.co_filename == rules_file else None

        previous = sys.gettrace()
        sys.settrace(calls)
        try:
            built = rule.build(match)
        finally:
            sys.settrace(previous)
        if built is None:
            self._add(match.start, match.end, rule, Outcome.REJECTED,
                      _why_not(returns) if returns else f"{rule.name}'s builder gave nothing")
        return built  # type: ignore[return-value]


def _why_not(returns: list[tuple[FrameType | None, CodeType, int, bool]]) -> str:
    """The line where the builder returned None, and the helper's line it passed on."""
    _caller, code, line, _none = returns[-1]
    said = _source_line(code, line)
    where = f"{code.co_name} ({code.co_filename.rsplit('/', 1)[-1]}:{line}): {said}"
    if "return None" in said and "#" in said:
        return where
    helpers = [(c, n) for caller, c, n, none in returns[:-1]
               if none and caller is not None and caller.f_code is code]
    if "return None" in said and not helpers:  # the condition is on the line(s) before
        return f"{code.co_name}: {_source_line(code, line - 1)} {said}"
    if helpers:
        helper, at = helpers[-1]
        where += f"; {helper.co_name} ({at}): {_source_line(helper, at)}"
    return where


def explain(text: str, dct: dt.date | None = None, lang: str | None = None) -> Explanation:
    """Every candidate and decision of the tagger on `text` (language identified if not given)."""
    code = lang or identify(text)
    tagger = tagger_for(code)
    recorder = _Recorder(text)
    mentions = tagger.analyze(text, log=recorder)
    out = Explanation(text, dct, code, sorted(recorder.candidates, key=lambda c: (c.start, -c.end)))
    for mention, focus, (value, how, why) in tagger.resolved(mentions, dct):
        cue = text[mention.tense_cue[0]:mention.tense_cue[1]] if mention.tense_cue else None
        out.decisions.append(Decision(
            mention.start, mention.end, text[mention.start:mention.end], mention.type, value, mention.mod,
            mention.rules, mention.joined.value if mention.joined else None, meaning_fields(mention.meaning),
            mention.tense, cue, mention.tense_sure, side_of(getattr(mention.meaning, "shift", None)),
            format_point(focus) if focus is not None else None, how, why))
    return out
