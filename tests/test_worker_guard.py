"""A user's script that runs Dateline with worker processes: with the README's
`if __name__ == "__main__":` guard it works even when its workers must start by forkserver
(the script runs another thread); without it the run ends with one message saying what to
change, not a bare BrokenProcessPool."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli.common import example_dir

# Another thread makes `pipeline.worker_context` choose forkserver (a fork beside a thread can hang).
SCRIPT = '''import threading, time
threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
from dateline.pipeline import process
{body}
'''
CALL = 'print(len(list(process(["articles/"], workers=2))), "articles")'


def run(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    shutil.copytree(example_dir(), tmp_path / "articles")
    # two long articles: more than one batch of input, so that workers are started at all
    # (a run whose input is one batch reads it in its own process)
    for n in (1, 2):
        (tmp_path / "articles" / f"long-{n}.txt").write_text(
            f"Report {n}. " + "The delegations met again in Moscow and agreed on the agenda. " * 700,
            encoding="utf-8")
    (tmp_path / "script.py").write_text(SCRIPT.format(body=body), encoding="utf-8")
    return subprocess.run([sys.executable, "script.py"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=180)


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="forkserver is a POSIX start method")


def test_a_guarded_script_runs_with_workers_started_by_forkserver(tmp_path: Path) -> None:
    result = run(tmp_path, 'if __name__ == "__main__":\n    ' + CALL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5 articles"


def test_an_unguarded_script_is_told_to_add_the_guard(tmp_path: Path) -> None:
    result = run(tmp_path, CALL)
    assert result.returncode != 0
    # Under load, multiprocessing's resource tracker may warn about a leaked semaphore after the
    # message (another process, at shutdown): those lines are not the run's own output.
    last = [line for line in result.stderr.strip().splitlines() if "resource_tracker" not in line][-1]
    assert last.startswith("dateline.pipeline.WorkersNotStarted: worker processes could not start")
    assert 'if __name__ == "__main__":' in last
