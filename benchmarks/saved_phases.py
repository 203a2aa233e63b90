"""Where a saved timeline's update spends its CPU: the profile behind `benchmarks/saved.py`'s ratio.

    python benchmarks/saved_phases.py STORE [--case topic|latest|person] [--new 100] [--repeats 5]

STORE is a store of generated articles, such as the one `benchmarks/saved.py --dir DIR` keeps
(DIR/corpus.sqlite); it is copied, never changed. The copy gets the case's saved timeline (the
cases of `benchmarks/saved.py`: a topic over two months, the topic over the latest 61 days,
a person) and `--new` generated articles (about stories spread over the two years; for
`latest`, about the days after the store's latest article). Then `update_timelines()` runs on
`--repeats` fresh copies of that, each in a new connection, with the update's steps wrapped,
and the table gives the CPU milliseconds of the fastest run per step (steps nest: `_compute`
holds `summarize`, which holds `select`), and `timeline.build`'s CPU on the same articles
(reading them from the store included, as `benchmarks/saved.py` times it). A step called
several times is summed. CPU, not wall-clock: the machine is shared, and the load moves CPU
seconds much less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from saved import ARRIVING, CASES, arriving_news  # noqa: E402  (the saved-timeline benchmark's cases)
from scale import generate  # noqa: E402

# The steps timed, as (owner, attribute, label): the owner's attribute is wrapped where callers
# look it up at call time.
STEPS: list[tuple[str, str, str]] = [
    ("dateline.saved.live:Live", "_add_texts", "texts' shares (_add_texts)"),
    ("dateline.store.sqlite:SQLiteStore", "articles", "  reading the texts (store.articles)"),
    ("dateline.timeline.corpus:Corpus", "build", "  their corpus (Corpus.build)"),
    ("dateline.store.sqlite:SQLiteStore", "collection", "the new texts that match (store.collection)"),
    ("dateline.saved.live:Live", "_compute", "ranking and summarizing (_compute)"),
    ("dateline.saved.live:Live", "_days_corpus", "  the days' candidates, vectorized (_days_corpus)"),
    ("dateline.saved.live", "_vectors", "    TF-IDF rows (_vectors)"),
    ("dateline.timeline.default:Dateline", "summarize", "  summarizing (Dateline.summarize)"),
    ("dateline.timeline.summarize:Pools", "__init__", "    the days' pools, in one batch (Pools)"),
    ("dateline.timeline.summarize", "day_targets", "      their targets (day_targets)"),
    ("dateline.timeline.summarize:Pools", "fill", "    each day's summary (Pools.fill)"),
    ("dateline.timeline.summarize", "_most_similar", "      repeat check (_most_similar)"),
    ("dateline.timeline.summarize", "_greedy", "      greedy selection (_greedy)"),
    ("dateline.saved.live:Live", "_cite", "  the chosen sentences' texts (_cite)"),
    ("dateline.saved.live:Live", "_record", "history (_record)"),
]


def _owner(path: str) -> Any:
    import importlib

    module, _, name = path.partition(":")
    found = importlib.import_module(module)
    return getattr(found, name) if name else found


def wrap(spent: dict[str, float]) -> None:
    """Wrap every step so that its CPU seconds add up in `spent` under its label."""
    for path, attribute, label in STEPS:
        owner = _owner(path)
        raw = owner.__dict__[attribute] if isinstance(owner, type) else getattr(owner, attribute)
        method = raw.__func__ if isinstance(raw, classmethod) else raw

        def timed(*args: Any, _method: Callable[..., Any] = method, _label: str = label, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _method(*args, **kwargs)
            finally:
                spent[_label] = spent.get(_label, 0.0) + time.process_time() - started

        functools.update_wrapper(timed, method)
        setattr(owner, attribute, classmethod(timed) if isinstance(raw, classmethod) else timed)


def prepare(store: Path, work: Path, case: str, new: int) -> tuple[Path, dict[str, object]]:
    """A copy of the store with the case's timeline saved and the new articles stored; the
    copy and the timeline's parameters."""
    from dateline.pipeline import process
    from dateline.saved import save_timeline
    from dateline.store import open_store

    prepared = work / "prepared.sqlite"
    shutil.copy(store, prepared)
    with open_store(prepared) as opened:
        articles = opened.info().articles
        for old in opened.saved_timelines():
            opened.delete_timeline(old.id)
    if case == "latest":
        new_file, latest = arriving_news(prepared, work / "new", new, articles, seed=1)
        params = list(ARRIVING.values())[1](latest)
    else:
        generate(work / "new", new, new, seed=1)
        new_file = work / "new" / "shard-00000.jsonl"
        params = list(CASES.values())[0 if case == "person" else 1]
    with open_store(prepared) as opened:
        save_timeline(opened, "phases", params)
        opened.add(list(process([new_file], workers=1)))
        opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
    return prepared, params


def build_cpu(prepared: Path, params: dict[str, Any], repeats: int) -> float:
    """The fastest CPU seconds of reading the timeline's articles and `timeline.build` on them."""
    from dateline.store import open_store
    from dateline.store.codec import parse_day
    from dateline.timeline import build

    start, end = parse_day(params.get("from")), parse_day(params.get("to"))
    best = float("inf")
    with open_store(prepared, read_only=True) as opened:
        for _ in range(repeats):
            started = time.process_time()
            matching, outlets, _ = opened.timeline_articles(params["q"], start=start, end=end, limit=10 ** 9)
            build(matching, query=params["q"], start=start, end=end, outlets=outlets)
            best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path)
    parser.add_argument("--case", choices=("topic", "latest", "person"), default="topic")
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from dateline.saved import update_timelines
    from dateline.store import open_store

    with tempfile.TemporaryDirectory(prefix="dateline-phases-") as temporary:
        work = Path(temporary)
        prepared, params = prepare(args.store, work, args.case, args.new)
        spent: dict[str, float] = {}
        wrap(spent)
        runs = []
        for _ in range(args.repeats):
            copy = work / "run.sqlite"
            shutil.copy(prepared, copy)
            spent.clear()
            with open_store(copy) as opened:
                started = time.process_time()
                update_timelines(opened)
                runs.append((time.process_time() - started, dict(spent)))
        total, steps = min(runs, key=lambda run: run[0])
        rebuilt = build_cpu(prepared, params, 2)
    print(f"\n{args.case} ({params}), {args.new} new articles, {dt.datetime.now(dt.UTC):%H:%M} UTC")
    print("| step | CPU ms (fastest of the runs) |")
    print("|---|---|")
    print(f"| update_timelines() | {total * 1000:.1f} (runs: {', '.join(f'{r[0] * 1000:.1f}' for r in runs)}) |")
    for _, _, label in STEPS:
        if label in steps:
            print(f"| {label} | {steps[label] * 1000:.1f} |")
    print(f"| timeline.build, its articles read from the store | {rebuilt * 1000:.0f} "
          f"({rebuilt / total:.1f}x the update) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
