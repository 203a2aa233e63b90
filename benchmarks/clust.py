"""CLUST at scale: a timeline of 30,000 generated articles by event clustering.

    python benchmarks/clust.py [--articles 30000] [--dir WORK]

Generates the articles as `benchmarks/scale.py` does (stories told by several articles over a
few days, four languages, wire copies), analyses them once with `dateline analyze` into WORK
(kept, so a second run skips the analysis), then builds the CLUST timeline from the Parquet
partitions in a fresh process and prints a table: articles, seconds for the timeline (the
corpus, the sparse clustering and the summaries), and that process's peak RSS. Bar: < 30 s
and < 2 GiB at 30,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import generate  # noqa: E402


def timeline_run(analysis: Path) -> dict[str, float]:
    """The CLUST timeline of the analysed articles, in this (fresh) process."""
    from dateline.analyze import read_analysis
    from dateline.timeline import build

    articles = list(read_analysis(analysis))
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    timeline = build(articles, method="clust")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"articles": len(articles), "seconds": seconds, "cpu_seconds": cpu, "entries": len(timeline.entries),
            "rss_loaded_mib": loaded, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=30000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/dateline-clust-bench"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = args.dir / str(args.articles)
    if args.one:
        print(json.dumps(timeline_run(work / "analysis")))
        return 0
    from dateline.analyze import Executor, find_shards, run

    if not (work / "shards").is_dir():
        generate(work / "shards", args.articles, 1000)
    started = time.perf_counter()
    reports = run(find_shards([work / "shards"]), str(work / "analysis"), executor=Executor(workers=args.workers))
    print(f"analysis: {sum(r.articles for r in reports)} articles, {time.perf_counter() - started:.0f} s "
          f"({sum(not r.done_before for r in reports)} shards analysed now)", flush=True)
    load = os.getloadavg()[0]
    done = subprocess.run([sys.executable, __file__, "--one", "--articles", str(args.articles),
                           "--dir", str(args.dir)], capture_output=True, text=True)
    if done.returncode:
        print(done.stderr, file=sys.stderr)
        return 1
    r = json.loads(done.stdout.strip().splitlines()[-1])
    print("\n| articles | CLUST timeline seconds | CPU seconds | entries | RSS after loading (MiB) "
          "| peak RSS (MiB) | load avg |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {r['articles']} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | {r['entries']} | {r['rss_loaded_mib']:.0f} "
          f"| {r['peak_rss_mib']:.0f} | {load:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
