"""SemEval-2015 Task 4 (TimeLine) scoring: timelines → temporal relations → temporal awareness.

Written from the task's description (Minard et al., 2015, and the task's evaluation page),
since the official script is not a package. Each timeline becomes a graph:

- every event (a line: rank, anchor, coreferent mentions) is SIMULTANEOUS with a TIMEX3 node
  of its anchor date, unless the anchor is wholly unknown (`XXXX-XX-XX`);
- an event BEFORE every event of the next rank, SIMULTANEOUS with the events of its own rank;
- the mentions written on one line are one event: SIMULTANEOUS with each other.

Events are points, so BEFORE and SIMULTANEOUS are all the relations there are, and the closure
is exact: SIMULTANEOUS classes (union–find), BEFORE between classes (reachability). Then the
TempEval-3 temporal-awareness measure (UzZaman & Allen, 2011): precision = |Sys⁻ ∩ Ref⁺| /
|Sys⁻|, recall = |Ref⁻ ∩ Sys⁺| / |Ref⁻|, where G⁺ is the closure and G⁻ the reduced graph
(one SIMULTANEOUS edge per extra member of a class, the transitive reduction of BEFORE between
classes). Scores are micro-averaged over the entities' timelines, as the task's script does.

`undated="skip"` leaves rank-0 events without a date out of the ordering (the other reading of
"placed at the beginning of the timeline"); the default orders them like any rank.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate.tls import PRF

UNKNOWN = "XXXX-XX-XX"
_RANK = re.compile(r"\d+")

Relation = tuple[str, str, str]  # (node, "BEFORE" | "SIMULTANEOUS", node)


@dataclass(slots=True)
class Line:
    """One event of a task timeline: its rank, anchor date and coreferent mentions."""

    rank: int
    date: str
    mentions: tuple[str, ...]


@dataclass(slots=True)
class TaskTimeline:
    """An entity's timeline in the task's format."""

    entity: str
    lines: list[Line] = field(default_factory=list)

    def text(self) -> str:
        """The timeline as the task writes it: the entity, then `rank<TAB>date<TAB>mentions`."""
        rows = [self.entity] + ["\t".join([str(l.rank), l.date, *l.mentions]) for l in self.lines]
        return "\n".join(rows) + "\n"


def file_name(entity: str) -> str:
    """The task's file name for an entity's timeline: lower case, spaces to `_`, `.txt`."""
    return "_".join(entity.lower().split()) + ".txt"


def read_task_timeline(path: str | os.PathLike[str]) -> TaskTimeline:
    """Read a timeline file; `ValueError` names the file and line of anything malformed."""
    text = Path(path).read_text(encoding="utf-8-sig")
    rows = text.splitlines()
    if not rows or not rows[0].strip():
        raise ValueError(f"{path}, line 1: expected the entity's name")
    timeline = TaskTimeline(rows[0].strip())
    for number, row in enumerate(rows[1:], 2):
        if not row.strip():
            continue
        cells = [c for c in re.split(r"\t+", row.strip()) if c]
        if len(cells) < 3 or not _RANK.fullmatch(cells[0]):
            raise ValueError(f"{path}, line {number}: expected rank, date and event mentions "
                             f"separated by tabs, got {row!r}")
        timeline.lines.append(Line(int(cells[0]), cells[1], tuple(cells[2:])))
    return timeline


def _unknown(date: str) -> bool:
    return not any(ch.isdigit() for ch in date)


def relations(timeline: TaskTimeline, *, undated: str = "order") -> list[Relation]:
    """The temporal relations a timeline states (see the module docstring)."""
    if undated not in ("order", "skip"):
        raise ValueError(f"undated must be 'order' or 'skip', not {undated!r}")
    out: list[Relation] = []
    by_rank: dict[int, list[str]] = defaultdict(list)
    for line in timeline.lines:
        first = line.mentions[0]
        out += [(first, "SIMULTANEOUS", m) for m in line.mentions[1:]]
        if not _unknown(line.date):
            out.append((first, "SIMULTANEOUS", "TIMEX:" + line.date))
        if undated == "order" or not _unknown(line.date) or line.rank > 0:
            by_rank[line.rank].append(first)
    ranks = sorted(by_rank)
    for rank in ranks:
        events = by_rank[rank]
        out += [(events[0], "SIMULTANEOUS", e) for e in events[1:]]
    for before, after in zip(ranks, ranks[1:]):
        out += [(a, "BEFORE", b) for a in by_rank[before] for b in by_rank[after]]
    return out


class TemporalGraph:
    """BEFORE/SIMULTANEOUS relations over points, closed: classes of equal points, ordered."""

    def __init__(self, rels: Iterable[Relation]) -> None:
        rels = list(rels)
        self.parent: dict[str, str] = {}
        for a, rel, b in rels:
            self._find(a), self._find(b)
            if rel == "SIMULTANEOUS":
                self.parent[self._find(a)] = self._find(b)
        self.after: dict[str, set[str]] = defaultdict(set)
        for a, rel, b in rels:
            ca, cb = self._find(a), self._find(b)
            if rel == "BEFORE" and ca != cb:  # a BEFORE inside an equality class is inconsistent
                self.after[ca].add(cb)
        self.reach = {c: self._reachable(c) for c in {self._find(n) for n in self.parent}}
        for c, reached in self.reach.items():
            if c in reached:  # a cycle: inconsistent, ignored as TempEval ignores such links
                reached.discard(c)

    def _find(self, node: str) -> str:
        parent = self.parent.setdefault(node, node)
        while parent != self.parent[parent]:
            self.parent[parent] = self.parent[self.parent[parent]]
            parent = self.parent[parent]
        self.parent[node] = parent
        return parent

    def _reachable(self, start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.after.get(start, ()))
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo += self.after.get(c, ())
        return seen

    def holds(self, relation: Relation) -> bool:
        """Whether the closure contains the relation."""
        a, rel, b = relation
        if a not in self.parent or b not in self.parent:
            return False
        ca, cb = self._find(a), self._find(b)
        if rel == "SIMULTANEOUS":
            return ca == cb
        return cb in self.reach.get(ca, ())

    def reduced(self) -> list[Relation]:
        """The fewest relations with the same closure: a chain per class, the transitive
        reduction of BEFORE between classes (each class named by its first member)."""
        members: dict[str, list[str]] = defaultdict(list)
        for node in sorted(self.parent):
            members[self._find(node)].append(node)
        out: list[Relation] = []
        for nodes in members.values():
            out += [(x, "SIMULTANEOUS", y) for x, y in zip(nodes, nodes[1:])]
        for c, reached in self.reach.items():
            for d in reached:
                if not any(d in self.reach.get(e, ()) for e in reached if e != d):
                    out.append((members[c][0], "BEFORE", members[d][0]))
        return out


@dataclass(slots=True)
class Counts:
    """Temporal-awareness counts: verified and total relations, both ways."""

    verified_system: int = 0
    system: int = 0
    verified_reference: int = 0
    reference: int = 0

    def add(self, other: Counts) -> None:
        self.verified_system += other.verified_system
        self.system += other.system
        self.verified_reference += other.verified_reference
        self.reference += other.reference

    @property
    def precision(self) -> float:
        return self.verified_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.verified_reference / self.reference if self.reference else 0.0

    @property
    def f1(self) -> float:
        return PRF.of(self.precision, self.recall).f1


def awareness(system: TaskTimeline | None, reference: TaskTimeline, *,
              undated: str = "order") -> Counts:
    """Temporal-awareness counts of one system timeline against its reference."""
    ref = TemporalGraph(relations(reference, undated=undated))
    sys = TemporalGraph(relations(system, undated=undated) if system else [])
    sys_reduced, ref_reduced = sys.reduced(), ref.reduced()
    return Counts(sum(ref.holds(r) for r in sys_reduced), len(sys_reduced),
                  sum(sys.holds(r) for r in ref_reduced), len(ref_reduced))


def score(system: Mapping[str, TaskTimeline], reference: Mapping[str, TaskTimeline], *,
          undated: str = "order") -> tuple[Counts, dict[str, Counts]]:
    """Micro-averaged counts over the reference's entities, and each entity's own."""
    total = Counts()
    per_entity = {}
    for name, ref in sorted(reference.items()):
        counts = awareness(system.get(name), ref, undated=undated)
        per_entity[name] = counts
        total.add(counts)
    return total, per_entity


def read_folder(folder: str | os.PathLike[str]) -> dict[str, TaskTimeline]:
    """Every `*.txt` timeline of a folder, by file name."""
    return {p.name: read_task_timeline(p) for p in sorted(Path(folder).glob("*.txt"))}
