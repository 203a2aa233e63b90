"""Parallel analysis: raw text to analysed articles with 1 and 2 worker processes.

    python benchmarks/workers.py [DATA_DIR] [--repeats 3] [--sizes 1000,10000]

Reads the Spanish ML-Crisis articles (DATA_DIR/ml-crisis/es, the four topic folders: 791
files) through `dateline.pipeline.process` (reading, language identification, sentence
splitting, tagging; dating of undated ones) with 1 and 2 workers, the two taking turns
`--repeats` times, and prints the median wall time and the speed-up. Then it copies the
collection to 1,000 and 10,000 files and reports each run's peak resident memory per worker
process and of the main process: with streaming, neither grows with the number of articles.
Every run is a fresh process, so peak memory is that run's own. The machine's load average
is printed too: timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ("egypt", "libya", "syria", "yemen")


def measure(sources: list[str], workers: int) -> dict[str, float]:
    """One run in this process: articles, seconds, CPU seconds, peak RSS (MB) per worker and
    of the main process. Articles are counted and dropped, as a streaming consumer would."""
    from dateline.ingest import ignore_error
    from dateline.pipeline import process

    start, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in process(sources, on_error=ignore_error, workers=workers))
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"articles": count, "seconds": seconds,
            "cpu": time.process_time() - cpu + children.ru_utime + children.ru_stime,
            "worker_rss": own if workers == 1 else children.ru_maxrss / 1024, "main_rss": own}


def run(sources: list[str], workers: int) -> dict[str, float]:
    """`measure` in a fresh process."""
    out = subprocess.run([sys.executable, __file__, "--measure", str(workers), *sources],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def replicate(files: list[Path], root: Path, count: int) -> Path:
    """`count` article files copied from `files` in turn, under their dated folders."""
    target = root / f"copies-{count}"
    for i in range(count):
        source = files[i % len(files)]
        dest = target / f"copy{i // len(files)}" / source.parent.parent.name / source.parent.name / source.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000", help="collection sizes for the memory runs")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.measure is not None:
        print(json.dumps(measure([args.data, *rest], args.measure)))
        return 0
    crisis = Path(args.data) / "ml-crisis" / "es"
    sources = [str(crisis / t) for t in TOPICS if (crisis / t).is_dir()]
    if not sources:
        print(f"no ML-Crisis Spanish topics under {crisis}", file=sys.stderr)
        return 1
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")
    runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    for _ in range(max(1, args.repeats)):
        for workers in runs:
            runs[workers].append(run(sources, workers))
    base = statistics.median(r["seconds"] for r in runs[1])
    print(f"\n{'collection':<22} {'workers':>7} {'articles':>8} {'median s':>9} {'runs s':>22} "
          f"{'art/s':>7} {'speed-up':>8} {'CPU s':>7} {'busy':>5} {'worker MB':>9} {'main MB':>8}")
    for workers, results in runs.items():
        median = statistics.median(r["seconds"] for r in results)
        print(f"{'ML-Crisis es (791)':<22} {workers:>7} {int(results[0]['articles']):>8} {median:>9.2f} "
              f"{' '.join(format(r['seconds'], '.2f') for r in results):>22} "
              f"{results[0]['articles'] / median:>7.1f} {base / median:>7.2f}x "
              f"{statistics.median(r['cpu'] for r in results):>7.1f} "
              f"{statistics.median(r['cpu'] / r['seconds'] for r in results):>5.2f} "
              f"{max(r['worker_rss'] for r in results):>9.0f} {max(r['main_rss'] for r in results):>8.0f}")
    files = sorted(p for s in sources for p in Path(s).rglob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="dateline-workers-") as tmp:
        for size in (int(s) for s in args.sizes.split(",") if s):
            result = run([str(replicate(files, Path(tmp), size))], 2)
            print(f"{f'copies ({size:,})':<22} {2:>7} {int(result['articles']):>8} "
                  f"{result['seconds']:>9.2f} {'(one run)':>22} {result['articles'] / result['seconds']:>7.1f} "
                  f"{'':>8} {result['cpu']:>7.1f} {result['cpu'] / result['seconds']:>5.2f} "
                  f"{result['worker_rss']:>9.0f} {result['main_rss']:>8.0f}")
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("busy: CPU seconds (main process and workers) per wall second, the cores the run got; "
          "on a machine shared with other work it stays well under the workers' count, and the "
          "speed-up with it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
