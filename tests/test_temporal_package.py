"""The temporal package's public names stay what they are whatever is imported first."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("first, name", [
    ("from dateline.temporal import infer_date", "annotate"),  # dating imports the annotate submodule
    ("from dateline.temporal.annotate import attach", "annotate"),
    ("from dateline.temporal.explain import Outcome", "explain"),
])
def test_a_function_named_like_its_submodule_stays_a_function(first: str, name: str) -> None:
    # A fresh interpreter: in this one the submodules may be imported already.
    code = f"{first}\nfrom dateline.temporal import {name}\nassert callable({name}), type({name})\n" \
           f"import sys\nassert type(sys.modules['dateline.temporal.{name}']).__name__ == 'module'\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
