"""Where the corpus lives when no `--db` is given."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "DATELINE_STORE"


def default_path() -> Path:
    """`$DATELINE_STORE`, else `dateline/corpus.sqlite` in the user's data folder (the corpus
    is data the user built, not a cache to be thrown away)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    from platformdirs import user_data_path

    return user_data_path("dateline") / "corpus.sqlite"
