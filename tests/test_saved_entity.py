"""Saved entity and pair timelines follow the corpus: after an ingest that brings an article
naming one of their entities they equal the entity timeline built afresh from the store, and
an ingest that brings none leaves them (and their history) untouched."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.common import example_dir
from dateline.ingest import make_article
from dateline.pipeline import analyse, process
from dateline.render.jsonout import timeline_dict, timeline_from_dict
from dateline.saved import Params, save_timeline, stored_timeline, update_timelines
from dateline.store import Repository, open_store
from dateline.timeline import build

runner = CliRunner()


def _fresh(store: Repository, entity: list[str]) -> dict:
    """The entity timeline `timeline.build` gives from every stored article (no selection)."""
    articles, outlets, cut = store.timeline_articles(None, limit=None)
    assert not cut
    return timeline_dict(build(articles, entity=entity, outlets=outlets))


def test_a_saved_entity_timeline_equals_one_built_afresh_after_an_ingest_naming_it(tmp_path: Path) -> None:
    articles = sorted(process([example_dir()]), key=lambda a: a.date or dt.date.min)
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(articles[:1])
        timeline_id = save_timeline(store, "Xi", {"entity": ["Xi Jinping"]})
        before = store.saved_timeline(timeline_id)
        assert before is not None and before.params == {"q": [], "method": "dateline", "entity": ["Xi Jinping"]}
        assert before.result == _fresh(store, ["Xi Jinping"])
        store.add(articles[1:])
        changes = update_timelines(store)[timeline_id]
        after = store.saved_timeline(timeline_id)
        assert after is not None and after.result == _fresh(store, ["Xi Jinping"])
        assert timeline_dict(timeline_from_dict(after.result)) == after.result  # `saved show` renders it whole
        assert after.result != before.result and changes > 1
        history = store.timeline_history(timeline_id)
        assert history[0]["change"] == "created"
        recomputed = [h for h in history if h["change"] == "recomputed"]
        assert len(recomputed) == 1 and {c["article"] for c in recomputed[0]["because"]} == {a.id for a in articles[1:]}
        # Each date that appeared or changed names the new articles its entry cites.
        cited = {e["date"]: {s["source"]["article"] for x in e["sentences"] for s in [x, *x.get("reports", [])]}
                 for e in after.result["entries"]}
        new = {c["id"] for c in recomputed[0]["because"]}
        since = history[history.index(recomputed[0]):]
        moved = [h for h in since if h["change"] in ("appeared", "changed")]
        assert moved
        for change in moved:
            named = {c["id"] for c in change["because"]}
            citing = {i for i in new if str(i) in cited[change["date"]]}
            assert named == (citing or new)


def test_an_ingest_naming_none_of_its_entities_leaves_it_untouched(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(list(process([example_dir()])))
        timeline_id = save_timeline(store, "pair", {"entity": ["China", "Russia"]})
        saved, history = store.saved_timeline(timeline_id), store.timeline_history(timeline_id)
        assert saved is not None and saved.result["entries"]
        store.add([analyse(make_article("Harlow opened a new school on April 9, 2024.",
                                        id="school", date=dt.date(2024, 4, 9), lang="en"))])
        assert update_timelines(store) == {timeline_id: 0}
        assert store.saved_timeline(timeline_id).result == saved.result
        assert store.timeline_history(timeline_id) == history
        # The seen mark moved: a later update has nothing new to read either.
        assert update_timelines(store) == {timeline_id: 0}


def test_the_api_path_and_a_saved_timeline_build_alike(tmp_path: Path) -> None:
    """The HTTP API's interactive entity timeline is the saved one's builder with a limit."""
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(list(process([example_dir()])))
        params = Params(entity=("Xi Jinping",))
        assert timeline_dict(stored_timeline(store, params, limit=None)) == _fresh(store, ["Xi Jinping"])
        cut = stored_timeline(store, params, limit=1)
        assert cut.notes[-1] == "built from the 1 articles that match best"
        nothing = stored_timeline(store, Params(entity=("Atlantis",)), limit=None)
        assert not nothing.entries and nothing.notes == ["no article in the corpus matches the entity Atlantis"]


@pytest.mark.shared_data
def test_the_seeds_pair_timeline_saved_and_shown(shared_data: Path, tmp_path: Path) -> None:
    seeds = shared_data.parent / "seeds"
    db = str(tmp_path / "c.sqlite")
    assert runner.invoke(app, ["ingest", str(seeds), "--db", db]).exit_code == 0
    saved = runner.invoke(app, ["saved", "save", "China and Russia", "--entity", "China", "--entity", "Russia",
                                "--db", db])
    assert saved.exit_code == 0, saved.output
    listed = runner.invoke(app, ["saved", "list", "--db", db])
    assert "entity China & entity Russia" in listed.output
    shown = runner.invoke(app, ["saved", "show", "1", "--format", "json", "--db", db])
    assert shown.exit_code == 0, shown.output
    result = json.loads(shown.output)
    by_day = {e["date"]: e for e in result["entries"]}
    assert "2023-03-20" in by_day and {"2025-05-07", "2025-05-08"} & set(by_day)
    visit = next(s for s in by_day["2023-03-20"]["sentences"] if "state visit" in s["text"])
    assert {"Xi Jinping", "Russia"} <= set(visit["participants"])
    with open_store(Path(db)) as store:
        assert store.saved_timeline(1).result == _fresh(store, ["China", "Russia"])


def test_the_api_saves_a_pair_timeline_and_updates_it_on_ingest(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve import Settings
    from dateline.serve.app import build_app

    articles = sorted(process([example_dir()]), key=lambda a: a.date or dt.date.min)
    with open_store(tmp_path / "c.sqlite") as store:
        store.add(articles[:1])
    with TestClient(build_app(str(tmp_path / "c.sqlite"), Settings())) as client:
        made = client.post("/api/timelines", json={"name": "pair", "params": {"entity": ["China", "Russia"]}})
        assert made.status_code == 201, made.text
        number, first = made.json()["id"], made.json()["timeline"]
        assert first["method"] == "events" and first["entries"]
        assert client.get(f"/api/timelines/{number}").json()["params"]["entity"] == ["China", "Russia"]
        assert client.post("/api/timelines", json={"name": "x", "params": {"entity": [" "]}}).status_code == 422
        unrelated = {"text": "Harlow opened a new school on April 9, 2024.", "date": "2024-04-09", "lang": "en"}
        assert client.post("/api/articles", json={"articles": [unrelated]}).json()["saved_timelines_changed"] == {}
        visit = articles[-1]
        added = client.post("/api/articles", json={"articles": [
            {"text": visit.text, "date": visit.date.isoformat(), "lang": visit.lang, "id": visit.id}]})
        assert added.json()["saved_timelines_changed"].get(str(number), 0) > 0
        shown = client.get(f"/api/timelines/{number}").json()["timeline"]
        assert len(shown["entries"]) > len(first["entries"])
        interactive = client.get("/api/timeline", params={"entity": ["China", "Russia"]}).json()
        assert interactive == shown


def test_a_new_version_that_no_longer_names_the_entity_takes_its_old_entries_away(tmp_path: Path) -> None:
    """A saved entity timeline cited an article that a new version replaced (store.REVISED);
    the new text no longer names the entity, so no arriving article named it and the timeline
    kept citing a text gone from the corpus. Now it is computed again: it equals one built afresh."""
    def note(text: str, number: int, day: int) -> object:
        return analyse(make_article(text, id=f"note-{number}", date=dt.date(2026, 11, day), lang="en",
                                    path=f"notes/{number}.txt"))

    with open_store(tmp_path / "c.sqlite") as store:
        store.add([note("Harbour master Ines Korval closed the Velna pier on Thursday.", 1, 19),
                   note("Ines Korval said on Monday that repairs had begun at the pier.", 2, 23)])
        timeline_id = save_timeline(store, "Korval", {"entity": ["Ines Korval"]})
        before = store.saved_timeline(timeline_id).result
        assert len(before["entries"]) == 2
        store.add([note("The Velna pier closed on Thursday after a storm; the harbour gave no date for repairs.", 2, 23)])
        assert update_timelines(store)[timeline_id] > 0
        after = store.saved_timeline(timeline_id).result
        assert after == _fresh(store, ["Ines Korval"]) and len(after["entries"]) == 1
        assert store.timeline_history(timeline_id)[-1]["change"] in {"disappeared", "changed"}
