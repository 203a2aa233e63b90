"""Benchmark saved timelines and timelines from a big store, on generated articles.

    python benchmarks/saved.py [--articles 50000] [--new 100] [--big 100000] [--dir DIR]

1. Generates `--big` + `--new` articles with `benchmarks/scale.py`'s templates (four
   languages, a fifth undated, a tenth wire copies) and ingests the first `--articles` of
   them (`dateline ingest --workers 2`).
2. Saves a timeline of one query (computed from scratch), stores `--new` more articles, and
   times `update_timelines()` (the update touching only the new articles' days) against a
   computation from scratch on the same store (saving the timeline again), and checks the
   two give the same timeline. Bar: update >= 20x faster, same result.
3. Ingests the rest up to `--big` articles, then, in a fresh process, builds timelines from
   the store the way `dateline serve` and `dateline timeline --db` do (the best matching
   articles, 200 and 2000), one query at a time: p50/p95 seconds and the process's peak RSS.
   Bar: p95 < 2 s, peak RSS < 1 GiB.

Prints one table; the machine's load average is given with each timed step, since other
work on the box slows the figures down. `--dir` keeps the articles and the store (a second
run with the same `--dir` reuses them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import CITIES, ORGS, PEOPLE, generate  # noqa: E402  (the scale benchmark's templates)

QUERY = ["Chen Wei"]  # one of six people: a sixth of the articles


def ingest(files: list[Path], db: Path) -> float:
    """Seconds `dateline ingest` takes to add these files to the store."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", *map(str, files), "--db", str(db),
                    "--workers", "2"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def incremental(db: Path, new_file: Path) -> dict[str, object]:
    """Save a timeline, store the new articles, update; then compute it from scratch."""
    from dateline.pipeline import process
    from dateline.store import open_store

    with open_store(db) as store:
        for old in store.saved_timelines():
            store.delete_timeline(old.id)
        load = os.getloadavg()[0]
        started = time.perf_counter()
        number = store.save_timeline("bench", {"q": QUERY})
        first = time.perf_counter() - started
        articles = list(process([new_file], workers=1))
        store.add(articles)
        started = time.perf_counter()
        changes = store.update_timelines()[number]
        update = time.perf_counter() - started
        started = time.perf_counter()
        fresh = store.save_timeline("bench-scratch", {"q": QUERY})
        scratch = time.perf_counter() - started
        same = store.saved_timeline(number).result == store.saved_timeline(fresh).result
        texts = len(store.collection(QUERY))
        stored = store.info().articles
    return {"articles": stored, "new": len(articles), "texts": texts, "first_save": first,
            "update": update, "scratch": scratch, "changes": changes, "same": same,
            "load": load, "load_after": os.getloadavg()[0]}


def queries(count: int, seed: int = 7) -> list[list[str]]:
    """Queries as an analyst would ask: a person, a city, an organization, two of them."""
    rng = random.Random(seed)
    pools = [PEOPLE, CITIES, [o.removeprefix("the ") for o in ORGS]]
    asked = []
    for n in range(count):
        pool = pools[n % 3]
        asked.append([rng.choice(pool)] if n % 4 else [rng.choice(pool), rng.choice(PEOPLE)])
    return asked


def big_timelines(db: Path, limit: int, count: int) -> dict[str, object]:
    """In this (fresh) process: timelines from the store, as `dateline serve` builds them."""
    from dateline.store import open_store
    from dateline.timeline import build

    seconds = []
    load = os.getloadavg()[0]
    with open_store(db, read_only=True) as store:
        stored = store.info().articles
        for query in queries(count):
            started = time.perf_counter()
            articles, outlets, _ = store.timeline_articles(query, limit=limit)
            build(articles, query=query, outlets=outlets)
            seconds.append(time.perf_counter() - started)
    ordered = sorted(seconds)
    return {"articles": stored, "limit": limit, "p50": ordered[len(ordered) // 2],
            "p95": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
            "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load": load, "load_after": os.getloadavg()[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--dir", type=Path, help="Work folder, kept (default: a temporary one).")
    parser.add_argument("--timelines", nargs=3, help=argparse.SUPPRESS)  # internal: DB LIMIT COUNT
    args = parser.parse_args()
    if args.timelines:
        db, limit, count = args.timelines
        print(json.dumps(big_timelines(Path(db), int(limit), int(count))))
        return 0
    with tempfile.TemporaryDirectory(prefix="dateline-saved-") as temporary:
        work = args.dir or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        # Shards of `--new` articles: the first part, then the new ones, then the rest.
        folder = work / "articles"
        if not folder.exists():
            generate(folder, args.big + args.new, args.new)
        shards = sorted(folder.glob("shard-*.jsonl"))
        first_count = args.articles // args.new
        first, new_file, rest = shards[:first_count], shards[first_count], shards[first_count + 1:]
        db = work / "corpus.sqlite"
        if not db.exists():
            seconds = ingest(first, db)
            print(f"ingested {args.articles:,} articles in {seconds:.0f} s", flush=True)
        rows = [incremental(db, new_file)]
        print(json.dumps(rows[0]), flush=True)
        seconds = ingest(rest, db)
        print(f"ingested the rest, up to {args.big + args.new:,} articles, in {seconds:.0f} s", flush=True)
        big = []
        for limit in (200, 2000):
            done = subprocess.run([sys.executable, __file__, "--timelines", str(db), str(limit),
                                   str(args.queries)], capture_output=True, text=True, cwd=ROOT)
            if done.returncode:
                print(done.stderr, file=sys.stderr)
                return 1
            big.append(json.loads(done.stdout.strip().splitlines()[-1]))
        r = rows[0]
        ratio = r["scratch"] / r["update"]
        print(f"\nsaved timeline of {QUERY} ({r['texts']:,} matching texts), {r['articles']:,} articles stored")
        print("| step | seconds | bar | met | load avg before/after |")
        print("|---|---|---|---|---|")
        print(f"| first save (from scratch) | {r['first_save']:.2f} | | | {r['load']:.1f} / - |")
        print(f"| update after {r['new']} new articles ({r['changes']} change(s)) | {r['update']:.3f} | "
              f"| | |")
        print(f"| computed again from scratch | {r['scratch']:.2f} | update >= 20x faster: "
              f"{ratio:.0f}x | {'yes' if ratio >= 20 else 'NO'} | - / {r['load_after']:.1f} |")
        print(f"| same timeline | {r['same']} | equal | {'yes' if r['same'] else 'NO'} | |")
        for b in big:
            ok = b["p95"] < 2 and b["rss_mib"] < 1024
            print(f"| timeline from {b['articles']:,} articles, best {b['limit']} (p50 / p95 / peak RSS MiB) "
                  f"| {b['p50']:.2f} / {b['p95']:.2f} / {b['rss_mib']:.0f} | p95 < 2 s, RSS < 1024 MiB "
                  f"| {'yes' if ok else 'NO'} | {b['load']:.1f} / {b['load_after']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
