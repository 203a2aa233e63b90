"""A script run beside a folder named `dateline` (a clone of this repository, one level up
from its own folder): with an editable install, that folder is taken for a namespace package
and `dateline/__init__.py` never runs. Reading a folder (the fetcher's user agent), opening a
store and building the HTTP API each imported `__version__` from the package, and the script
ended in "ImportError: cannot import name '__version__' from 'dateline' (unknown location)".
Under PYTHONPATH (a checkout, not an install) the folder cannot shadow the package and this
passes either way; it tells on an editable install, as the README installs Dateline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
from dateline.pipeline import process
from dateline.serve import Settings
from dateline.serve.app import build_app
from dateline.store import open_store

print(len(list(process(["news"]))), "article(s)")
with open_store("corpus.sqlite") as store:
    print(store.info().schema_version > 0)
build_app("corpus.sqlite", Settings())
"""


def test_a_script_beside_a_folder_named_dateline_runs(tmp_path: Path) -> None:
    (tmp_path / "dateline").mkdir()  # the clone, as a user keeps it beside their scripts
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("date 2026-11-23\nThe pier reopened on Monday.\n", encoding="utf-8")
    (tmp_path / "script.py").write_text(SCRIPT, encoding="utf-8")
    ran = subprocess.run([sys.executable, "script.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["1", "article(s)", "True"]
