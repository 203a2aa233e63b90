"""Shared test helpers: where the workplace's shared datasets are, when they are there."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture
def shared_data() -> Path:
    """The shared datasets folder; the test is skipped only when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is not present")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def private_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run in tests keep their article store in a temporary folder, not the user's cache."""
    monkeypatch.setenv("DATELINE_STORE", str(tmp_path_factory.mktemp("store") / "articles.sqlite"))


@pytest.fixture(scope="session")
def rule_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rule-cache")


@pytest.fixture(autouse=True)
def private_rule_cache(rule_cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns compiled in tests are kept (`dateline.regex_cache`) in a
    temporary folder shared by the session, not in the user's cache."""
    monkeypatch.setenv("DATELINE_CACHE", str(rule_cache_folder))
