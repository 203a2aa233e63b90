"""Benchmark one update of a saved entity (and pair) timeline, on generated articles.

    python benchmarks/saved_entity.py [--articles 3000] [--new 100]

Generates `--articles` + `--new` articles with `benchmarks/scale.py`'s templates (four
languages, a fifth undated, a tenth wire copies), ingests the first `--articles`
(`dateline ingest --workers 2`), saves each timeline of `CASES`, stores the `--new` others
and times `update_timelines()`: an entity timeline is computed again whole from every stored
article naming its entities (`dateline.saved.entity`), so this is the cost of one update
that brings an article naming them. Checks the result equals the timeline built afresh from
the store. Prints one line per case with the machine's load average.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from saved import ingest, timed  # noqa: E402  (the saved-timeline benchmark's steps)
from scale import generate  # noqa: E402  (the scale benchmark's templates)

# A person (on one template sentence of every language), and a pair: the person and a city.
CASES = {"entity Chen Wei": ["Chen Wei"], "pair Chen Wei & Moscow": ["Chen Wei", "Moscow"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--new", type=int, default=100)
    args = parser.parse_args()

    from dateline.pipeline import process
    from dateline.saved import Params, save_timeline, stored_timeline, update_timelines
    from dateline.saved.entity import selection_terms
    from dateline.render.jsonout import timeline_dict
    from dateline.store import open_store

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        generate(folder / "old", args.articles, args.articles)
        generate(folder / "new", args.new, args.new, seed=61)
        db = folder / "corpus.sqlite"
        ingest([folder / "old" / "shard-00000.jsonl"], db)
        new = list(process([folder / "new" / "shard-00000.jsonl"], workers=1))
        for name, entity in CASES.items():
            copy = folder / f"{len(entity)}.sqlite"
            copy.write_bytes(db.read_bytes())
            with open_store(copy) as store:
                number, saving, _ = timed(lambda: save_timeline(store, name, {"entity": entity}))
                terms = selection_terms(Params(entity=tuple(entity)))
                before = len(store.collection(terms))
                store.add(new)
                load = os.getloadavg()[0]
                changes, wall, cpu = timed(lambda: update_timelines(store)[number])
                texts = len(store.collection(terms))
                result = store.saved_timeline(number).result
                same = result == timeline_dict(stored_timeline(store, Params(entity=tuple(entity)), limit=None))
                stored = store.info().articles
            print(f"{name}: {stored} articles stored, "
                  f"{before} -> {texts} texts naming it, {len(result['entries'])} dates; save {saving:.2f} s; "
                  f"update {wall:.2f} s wall, {cpu:.2f} s CPU, {changes} changes; same as built afresh: {same}; "
                  f"load {load:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
