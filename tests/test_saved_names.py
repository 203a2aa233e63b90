"""A saved timeline is picked out by its name as well as its id, so a name is one timeline's
only: a second one is refused in one line, on the command line and over HTTP (409)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app
from dateline.serve import Settings
from dateline.serve.app import build_app
from serving import build_corpus


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(build_corpus(tmp_path / "corpus.sqlite"))


def _said(result) -> str:  # type: ignore[no-untyped-def]
    return " ".join((result.stderr + result.stdout).split())


def test_saved_create_is_save_and_a_name_is_taken_once(db: str) -> None:
    runner = CliRunner()
    created = runner.invoke(app, ["saved", "create", "Velna flood", "-q", "velna", "--db", db])
    assert created.exit_code == 0 and "saved timeline 1 (Velna flood)" in created.stdout, _said(created)
    again = runner.invoke(app, ["saved", "save", " velna FLOOD ", "-q", "harlow", "--db", db])
    assert again.exit_code == 2 and not isinstance(again.exception, ValueError)  # no traceback
    said = _said(again)
    assert said.count("\n") == 0 and "there is already a saved timeline named 'velna FLOOD' (id 1)" in said
    listed = runner.invoke(app, ["saved", "list", "--db", db]).stdout
    assert listed.count("Velna flood") == 1 and "harlow" not in listed
    blank = runner.invoke(app, ["saved", "save", "   ", "-q", "velna", "--db", db])
    assert blank.exit_code == 2 and "needs a name" in _said(blank)


def test_a_saved_timeline_is_shown_by_its_name_or_its_id(db: str) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["saved", "save", "Velna flood", "-q", "velna", "--db", db]).exit_code == 0
    by_id = runner.invoke(app, ["saved", "show", "1", "--db", db, "--format", "json"])
    by_name = runner.invoke(app, ["saved", "show", "velna flood", "--db", db, "--format", "json"])
    assert by_id.exit_code == by_name.exit_code == 0 and by_id.stdout == by_name.stdout
    assert runner.invoke(app, ["saved", "history", "Velna flood", "--db", db]).exit_code == 0
    unknown = runner.invoke(app, ["saved", "show", "Harlow school", "--db", db])
    assert unknown.exit_code == 2 and "no saved timeline Harlow school" in _said(unknown)
    deleted = runner.invoke(app, ["saved", "delete", "Velna flood", "--db", db])
    assert deleted.exit_code == 0 and "deleted saved timeline 1" in deleted.stdout
    assert runner.invoke(app, ["saved", "delete", "1", "--db", db]).exit_code == 2


def test_the_api_answers_a_taken_name_with_409(db: str) -> None:
    with TestClient(build_app(db, Settings())) as client:
        body = {"name": "Velna flood", "params": {"q": ["velna"]}}
        assert client.post("/api/timelines", json=body).status_code == 201
        again = client.post("/api/timelines", json={**body, "name": "velna flood"})
        assert again.status_code == 409
        assert again.json()["detail"].startswith("there is already a saved timeline named 'velna flood' (id 1)")
        assert [t["name"] for t in client.get("/api/timelines").json()] == ["Velna flood"]
        blank = client.post("/api/timelines", json={**body, "name": "  "})
        assert blank.status_code == 422


def test_saved_show_loads_the_timeline_once(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`saved show` looked the timeline up (result and all) to check it exists, then loaded it
    again to render it; a big saved timeline is read once now."""
    from dateline.store.sqlite import SQLiteStore

    runner = CliRunner()
    assert runner.invoke(app, ["saved", "save", "Velna flood", "-q", "velna", "--db", db]).exit_code == 0
    loads: list[int] = []
    load = SQLiteStore.saved_timeline
    monkeypatch.setattr(SQLiteStore, "saved_timeline", lambda self, n: loads.append(n) or load(self, n))
    for picked in ("1", "velna flood"):
        shown = runner.invoke(app, ["saved", "show", picked, "--db", db, "--format", "json"])
        assert shown.exit_code == 0 and '"velna"' in shown.stdout, _said(shown)
    assert loads == [1, 1]
    missing = runner.invoke(app, ["saved", "show", "nothing", "--db", db])
    assert missing.exit_code == 2 and "no saved timeline nothing" in _said(missing)
