"""TempEval-3 Task A scoring of time expressions: extents, `type` and `value`.

As the official TE3 scorer defines them: strict match is an identical extent, relaxed match
any overlap; gold and system expressions are aligned one to one, greedily in document order,
by character overlap; attribute F1 is the attribute's accuracy over the relaxed matches times
the relaxed F1. The document creation time is not scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.ingest import IngestError, decode, parse_timeml
from dateline.model import Timex


@dataclass(slots=True)
class TimexCounts:
    """Counts over one or many documents; the scores are derived from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    documents: int = 0

    def add(self, other: TimexCounts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type", "documents"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hits / system if system else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def scores(self) -> dict[str, float]:
        """Strict and relaxed P/R/F1, and value and type F1 (accuracy × relaxed F1)."""
        sp, sr, sf = self._prf(self.strict, self.system, self.gold)
        rp, rr, rf = self._prf(self.relaxed, self.system, self.gold)
        value_acc = self.value / self.relaxed if self.relaxed else 0.0
        type_acc = self.type / self.relaxed if self.relaxed else 0.0
        return {"strict_p": sp, "strict_r": sr, "strict_f1": sf,
                "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
                "value_accuracy": value_acc, "value_f1": value_acc * rf,
                "type_accuracy": type_acc, "type_f1": type_acc * rf}


@dataclass(slots=True)
class Alignment:
    """Gold–system pairs of one document, and what went unmatched on each side."""

    pairs: list[tuple[Timex, Timex]] = field(default_factory=list)
    missed: list[Timex] = field(default_factory=list)
    spurious: list[Timex] = field(default_factory=list)


def align(gold: Sequence[Timex], system: Sequence[Timex]) -> Alignment:
    """Pair each gold expression with the first unpaired overlapping system one, in order."""
    result = Alignment()
    used = [False] * len(system)
    ordered = sorted(range(len(system)), key=lambda i: (system[i].start, system[i].end))
    for g in sorted(gold, key=lambda t: (t.start, t.end)):
        for i in ordered:
            s = system[i]
            if not used[i] and s.start < g.end and g.start < s.end:
                used[i] = True
                result.pairs.append((g, s))
                break
        else:
            result.missed.append(g)
    result.spurious = [system[i] for i in ordered if not used[i]]
    return result


def count(gold: Sequence[Timex], system: Sequence[Timex]) -> TimexCounts:
    """TE3 counts for one document."""
    alignment = align(gold, system)
    counts = TimexCounts(gold=len(gold), system=len(system), documents=1,
                         relaxed=len(alignment.pairs))
    gold_spans = {(t.start, t.end) for t in gold}
    counts.strict = sum(1 for t in {(s.start, s.end) for s in system} if t in gold_spans)
    for g, s in alignment.pairs:
        counts.value += g.value == s.value
        counts.type += g.type == s.type
    return counts


def read_timexes(path: Path) -> list[Timex]:
    """The TIMEX3 expressions inside a TimeML file's <TEXT>."""
    return parse_timeml(decode(path.read_bytes(), str(path)), str(path)).timexes


def system_file(system_dir: Path, gold_file: Path) -> Path | None:
    """The system's file for a gold file: same name, with or without `.TE3input`."""
    for name in (gold_file.name, gold_file.name + ".TE3input",
                 gold_file.name.removesuffix(".TE3input")):
        candidate = system_dir / name
        if candidate.is_file():
            return candidate
    return None


def gold_files(gold_dir: Path) -> Iterable[Path]:
    """TimeML files under a folder, sorted. A folder in the TempEval-3 layout (`gold/` beside
    `input/`, whose `.TE3input` copies hold no annotation) is read from its `gold/` part, so
    the same texts are not scored twice, once with no gold expression at all."""
    if (gold_dir / "gold").is_dir() and (gold_dir / "input").is_dir():
        gold_dir = gold_dir / "gold"
    return sorted(p for p in gold_dir.rglob("*") if p.suffix.lower() in (".tml", ".te3input"))


def evaluate_dirs(gold_dir: Path, system_dir: Path,
                  errors: list[IngestError] | None = None) -> TimexCounts:
    """Score every gold file against the system file of the same name (missing: all missed)."""
    total = TimexCounts()
    for gold_path in gold_files(gold_dir):
        try:
            gold = read_timexes(gold_path)
            found = system_file(system_dir, gold_path)
            system = read_timexes(found) if found is not None else []
            if found is None and errors is not None:
                errors.append(IngestError(str(gold_path), "no system file of the same name"))
        except IngestError as error:
            if errors is None:
                raise
            errors.append(error)
            continue
        total.add(count(gold, system))
    return total
