"""Benchmarks of the events stage, printed as tables:

    python benchmarks/events.py [DATA_DIR]

1. SemEval-2015 Task 4 Track A on the trial data (CAT and TimeML), Dateline beside the
   name-match baseline, on the development entities (the ones looked at while building) and
   the held-back ones (never looked at), and all together.
2. English entity timelines (the trial data's gold events turned into reference timelines by
   `dateline.benchmark.entity_tls`): `timeline --entity` beside the name-count baseline, tilse
   AR1-F and Date-F1, at the reference's size, same split.
3. The second dataset: ML-Crisis es topics as their country's entity timeline ("Siria"),
   and as their leader's ("Asad": a person, scored against the crisis's reference, so a
   check that rules acting on people do not hurt, not a person's own timeline),
   `timeline --entity` beside the name-count baseline.
4. Speed on one core: reading, dating and tagging, then entities and events, in articles/s.

DATA_DIR defaults to ../shared/data beside the repository.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.benchmark.entity_tls import load_topics
from dateline.benchmark.tls import Topic
from dateline.benchmark.tls import load_topics as load_ml_crisis
from dateline.evaluate.semeval import Counts, file_name, read_folder, score
from dateline.evaluate.tls import TLSScores, evaluate
from dateline.events import analyze
from dateline.benchmark.semeval import run
from dateline.ingest.reader import ignore_error
from dateline.pipeline import process
from dateline.timeline import build

ROOT = Path(__file__).resolve().parents[1]
# Entities looked at while building (errors read, rules changed); the others are held back.
DEV = ("Beatles Apple Corps", "Steve Jobs", "iPhone 4")
console = Console(width=160)


def semeval_table(trial: Path) -> Table:
    gold = read_folder(trial / "timelines_gold")
    targets = [t.entity for t in gold.values()]
    table = Table(title="SemEval-2015 Task 4 Track A, trial data: micro P / R / F1 (temporal awareness)")
    for column in ("input", "system", "dev entities", "held-back entities", "all"):
        table.add_column(column)
    for folder in ("corpus_CAT", "corpus_TimeML"):
        for label, baseline in (("name-match baseline", True), ("dateline", False)):
            timelines = {file_name(t.entity): t for t in run(trial / folder, targets, baseline=baseline)}
            _total, per = score(timelines, gold)
            cells = []
            for part in (True, False, None):
                counts = Counts()
                for name, c in per.items():
                    if part is None or (gold[name].entity in DEV) == part:
                        counts.add(c)
                cells.append(f"{100 * counts.precision:.1f} / {100 * counts.recall:.1f} / "
                             f"{100 * counts.f1:.2f}")
            table.add_row(folder, label, *cells)
    return table


def _versus(topic: Topic, name: str) -> tuple[TLSScores, TLSScores]:
    """The name-count baseline's and `timeline --entity`'s scores for `name`, at the
    reference's size."""
    size = topic.size()
    kwargs = dict(dates=size.dates, sentences=size.sentences, start=size.start, end=size.end)
    base = evaluate(build(topic.articles, query=[name], method="namecount", **kwargs), topic.reference)
    ours = evaluate(build(topic.articles, entity=[name], **kwargs), topic.reference)
    return base, ours


def entity_tls_table(trial: Path) -> Table:
    table = Table(title="English entity timelines (trial gold events as references): AR1-F / Date-F1")
    for column in ("entity", "part", "namecount baseline", "timeline --entity"):
        table.add_column(column)
    sums: dict[tuple[str, str], list[float]] = {}
    for topic in load_topics(trial):
        base, ours = _versus(topic, topic.name)
        part = "dev" if topic.name in DEV else "held-back"
        table.add_row(topic.name, part, f"{base.ar1_f:.3f} / {base.date_f1:.3f}",
                      f"{ours.ar1_f:.3f} / {ours.date_f1:.3f}")
        for key, value in ((("base", part), (base.ar1_f, base.date_f1)), (("ours", part), (ours.ar1_f, ours.date_f1))):
            sums.setdefault(key, []).append(value)
    for part in ("dev", "held-back"):
        cells = []
        for system in ("base", "ours"):
            values = sums.get((system, part), [])
            n = len(values) or 1
            cells.append(f"{sum(v[0] for v in values) / n:.3f} / {sum(v[1] for v in values) / n:.3f}")
        table.add_row(f"mean ({part})", part, *cells)
    return table


# ML-Crisis es topics are each one country's crisis: its timeline, asked as the country's entity
# timeline, is the second dataset (another language, another kind of entity) for the entity rules;
# asked as its leader's, a check for the rules that act on people (participants, roles).
ENTITIES = {"egypt": ("Egipto", "Mubarak"), "libya": ("Libia", "Gadafi"), "syria": ("Siria", "Asad"),
            "yemen": ("Yemen", "Saleh")}  # each topic's country, then its leader


def country_table(ml_crisis_es: Path) -> Table:
    table = Table(title="Second dataset: ML-Crisis es, each topic as its country's and its leader's entity "
                        "timeline: AR1-F / Date-F1")
    for column in ("topic", "entity", "namecount baseline", "timeline --entity"):
        table.add_column(column)
    for topic in load_ml_crisis(ml_crisis_es, lang="es"):
        for name in ENTITIES.get(topic.name, ()):
            base, ours = _versus(topic, name)
            table.add_row(topic.name, name, f"{base.ar1_f:.3f} / {base.date_f1:.3f}",
                          f"{ours.ar1_f:.3f} / {ours.date_f1:.3f}")
    return table


def speed_table(corpora: list[tuple[str, Path, str | None]]) -> Table:
    table = Table(title="Speed on one core (articles per CPU-second of this process; the machine is shared)")
    for column in ("corpus", "articles", "read+date+tag", "entities+events", "full analysis", "events stage share"):
        table.add_column(column)
    for name, path, lang in corpora:
        began = time.process_time()
        articles = list(process([path], lang=lang, on_error=ignore_error))
        read = time.process_time() - began
        began = time.process_time()
        analysis = analyze(articles)
        events = time.process_time() - began
        n = len(articles)
        table.add_row(f"{name} ({len(analysis.names.entities)} entities, {len(analysis.events)} events)",
                      str(n), f"{n / read:.0f}", f"{n / events:.0f}", f"{n / (read + events):.0f}",
                      f"{events / (read + events):.0%}")
    return table


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    trial = data / "semeval2015-timeline" / "trial"
    if trial.is_dir():
        console.print(semeval_table(trial))
        console.print(entity_tls_table(trial))
    if (data / "ml-crisis" / "es").is_dir():
        console.print(country_table(data / "ml-crisis" / "es"))
    corpora = [(name, path, lang) for name, path, lang in (
        ("TBAQ (en)", data / "tempeval3" / "TBAQ-cleaned", None),
        ("ML-Crisis es", data / "ml-crisis" / "es", "es")) if path.is_dir()]
    if corpora:
        console.print(speed_table(corpora))
    return 0


if __name__ == "__main__":
    sys.exit(main())
