"""kill -9 in the middle of `dateline ingest`, then the same command again: every article is
stored exactly once, and no row is half written."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

COUNT = 240


def _collection(root: Path) -> set[str]:
    ids = set()
    for n in range(COUNT):
        day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        folder = root / day
        folder.mkdir(parents=True, exist_ok=True)
        name = f"story-{n:04d}.txt"
        (folder / name).write_text(
            f"Report {n}: the council of Town{n} voted on the budget on Monday. "
            f"A second vote on item {n * 7} is set for March {1 + n % 28}, the clerk said.",
            encoding="utf-8")
        ids.add(f"{day}/{name}")
    (root / "undated.txt").write_text("Today (Thursday, May 8, 2025) the parade was held.", encoding="utf-8")
    ids.add("undated.txt")
    return ids


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_mid_ingest_then_rerun_stores_each_article_once(tmp_path: Path) -> None:
    expected = _collection(tmp_path / "news")
    db = tmp_path / "corpus.sqlite"
    command = [sys.executable, "-m", "dateline.cli", "ingest", str(tmp_path / "news"), "--db", str(db),
               "--workers", "1", "--batch", "10"]
    env = {**os.environ, "DATELINE_STORE": str(db)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _stored(db) < 20:
        assert process.poll() is None, "ingest finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    killed_at = _stored(db)
    assert 0 < killed_at < len(expected)

    with sqlite3.connect(db) as conn:  # what was committed is whole
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM texts t WHERE NOT EXISTS "
                            "(SELECT 1 FROM sentences s WHERE s.text_id = t.id)").fetchone()[0] == 0

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "file(s) skipped whole" in rerun.stdout
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT article_id, count(*) FROM articles GROUP BY article_id").fetchall()
        assert {article for article, _ in rows} == expected
        assert all(count == 1 for _, count in rows)
        assert conn.execute("SELECT count(*) FROM texts").fetchone()[0] == len(expected)
        fts = conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'council'").fetchone()[0]
        assert fts == COUNT
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
