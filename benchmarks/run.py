"""Run every Dateline benchmark on the shared datasets and print their tables.

    python benchmarks/run.py [DATA_DIR]

DATA_DIR defaults to ../shared/data beside the repository. Each benchmark is a `dateline
benchmark` command, so any one of them can also be run on its own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands(data: Path) -> list[list[str]]:
    """The benchmark command lines, for the datasets that are present."""
    tbaq = data / "tempeval3" / "TBAQ-cleaned"
    crisis_es = data / "ml-crisis" / "es"
    timebank_es = data / "spanish-timebank" / "train" / "gold"
    runs = []
    if tbaq.is_dir():
        runs.append(["timex", str(tbaq)])  # the whole set, then its tune and held-back parts
        runs += [["timex", str(tbaq), "--split", part] for part in ("tune", "heldback")]
        runs.append(["dating", str(tbaq)])
    if timebank_es.is_dir():  # the tune part is for development; the held-back part is reported
        runs += [["timex", str(timebank_es), "--lang", "es", "--split", part] for part in ("tune", "heldback")]
    # The two timeline dev sets: each scored leave-one-topic-out, the other in the ranker's pool.
    trial = data / "semeval2015-timeline" / "trial"
    crisis_keywords = str(ROOT / "benchmarks" / "keywords" / "ml-crisis-es.json")
    trial_keywords = str(ROOT / "benchmarks" / "keywords" / "semeval2015-trial.json")
    if crisis_es.is_dir():
        runs.append(["dating", str(crisis_es), "--lang", "es"])
        pool = ["--pool", str(trial), "--pool-keywords", trial_keywords] if trial.is_dir() else []
        runs.append(["tls", str(crisis_es), "--lang", "es", "--keywords", crisis_keywords,
                     "--loto", *pool])
    if trial.is_dir():
        pool = (["--pool", str(crisis_es), "--pool-keywords", crisis_keywords, "--pool-lang", "es"]
                if crisis_es.is_dir() else [])
        runs.append(["entity-tls", str(trial), "--keywords", trial_keywords, "--loto", *pool])
    return [[sys.executable, "-m", "dateline.cli", "benchmark", *run] for run in runs]


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    runs = commands(data)
    if not runs:
        print(f"no datasets found under {data}", file=sys.stderr)
        return 1
    failed = 0
    for command in runs:
        print("$ dateline " + " ".join(command[3:]), flush=True)
        failed += subprocess.run(command, cwd=ROOT).returncode != 0
    print("$ python benchmarks/events.py", flush=True)  # the events stage's tables
    failed += subprocess.run([sys.executable, str(ROOT / "benchmarks" / "events.py"), str(data)],
                             cwd=ROOT).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
