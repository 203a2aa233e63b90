"""`dateline ingest`, `search`, `timeline --db` and `store info|prune|reset` on small corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.common import example_dir
from tests.ingest_fixtures import interrupted_after

runner = CliRunner()


def test_ingest_twice_stores_each_article_once_then_search_and_timeline(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    first = runner.invoke(app, ["ingest", str(example_dir()), "--db", db])
    assert first.exit_code == 0, first.output
    assert "new                3" in first.output and "1 inferred" in first.output
    again = runner.invoke(app, ["ingest", str(example_dir()), "--db", db])
    assert again.exit_code == 0, again.output
    assert "new                0" in again.output and "3 file(s) skipped whole" in again.output  # the undated one too

    found = runner.invoke(app, ["search", "moscow", "--db", db, "--format", "json"])
    assert found.exit_code == 0, found.output
    hits = json.loads(found.output)
    assert hits and all("moscow" in h["text"].lower() for h in hits)
    assert any(o.get("date_how") == "inferred" for h in hits for o in h["outlets"])
    dated = runner.invoke(app, ["search", "moscow", "--db", db, "--from", "2023-03-20",
                                "--to", "2023-03-22", "--format", "json"])
    assert all(any("2023-03-20" <= d <= "2023-03-22" for d in h["days"]) or
               "2023-03" in h["outlets"][0]["date"] for h in json.loads(dated.output))
    none = runner.invoke(app, ["search", "moscow", "--db", db, "--lang", "fr"])
    assert none.exit_code == 1 and "no sentence matches" in none.output

    built = runner.invoke(app, ["timeline", "--db", db, "--query", "moscow", "--format", "json"])
    assert built.exit_code == 0, built.output
    timeline = json.loads(built.output)
    assert {"2023-03-20", "2025-05-08"} <= {e["date"] for e in timeline["entries"]}


def test_store_info_prune_reset(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    runner.invoke(app, ["ingest", str(example_dir()), "--db", db])
    info = runner.invoke(app, ["store", "info", "--db", db])
    assert info.exit_code == 0 and "en 3" in info.output and "stale rows" in info.output
    pruned = runner.invoke(app, ["store", "prune", "--db", db])
    assert pruned.exit_code == 0 and "removed 0 stale" in pruned.output
    gone = runner.invoke(app, ["store", "reset", "--db", db, "--yes"])
    assert gone.exit_code == 0 and not Path(db).exists()


def test_a_corrupt_store_is_one_line_naming_the_fix(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not sqlite " * 500)
    for command in (["timeline", "--example", "--store", str(bad)], ["ingest", str(example_dir()), "--db", str(bad)],
                    ["search", "x", "--db", str(bad)], ["store", "info", "--db", str(bad)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, result.output
        assert "dateline store reset" in result.output
        assert ("--no-store" in result.output) == (command[0] == "timeline")  # offered where it is an option
        assert "Traceback" not in result.output
    folder = runner.invoke(app, ["timeline", "--example", "--store", str(tmp_path)])
    assert folder.exit_code == 2 and "is a folder" in folder.output
    assert runner.invoke(app, ["timeline", "--example", "--no-store", "--store", str(bad)]).exit_code == 0
    assert runner.invoke(app, ["store", "reset", "--db", str(bad), "--yes"]).exit_code == 0
    assert runner.invoke(app, ["timeline", "--example", "--store", str(bad)]).exit_code == 0


def test_timeline_from_an_empty_store_says_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(tmp_path / "empty.sqlite")])
    assert result.exit_code == 1 and "dateline ingest" in result.output


def test_ctrl_c_mid_ingest_keeps_every_article_read_and_a_rerun_resumes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.cli import ingest as ingest_command

    news = tmp_path / "news"
    news.mkdir()
    for n in range(5):
        (news / f"s{n}.txt").write_text(f"date 2024-02-0{n + 1}\nThe council of Town{n} voted on "
                                        "the budget on Monday.", encoding="utf-8")
    real = ingest_command.process
    monkeypatch.setattr(ingest_command, "process", interrupted_after(real, 3))
    db = str(tmp_path / "c.sqlite")
    # --batch 100: nothing was committed by batch size when Ctrl-C comes
    stopped = runner.invoke(app, ["ingest", str(news), "--db", db, "-w", "1", "--batch", "100"])
    assert stopped.exit_code == 130
    said = " ".join(stopped.stderr.split())
    assert "interrupted after 3 article(s), every one stored" in said and "run the same command again" in said
    monkeypatch.setattr(ingest_command, "process", real)
    resumed = runner.invoke(app, ["ingest", str(news), "--db", db, "-w", "1"])
    assert resumed.exit_code == 0, resumed.output
    assert "new                2" in resumed.output and "3 file(s) skipped whole" in resumed.output


def test_ingest_example_fills_a_corpus_to_try_search_and_serve(tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.sqlite")
    assert runner.invoke(app, ["ingest", "--example", "--db", db, "--workers", "1"]).exit_code == 0
    found = runner.invoke(app, ["search", "moscow", "--db", db, "--format", "json"])
    assert found.exit_code == 0 and json.loads(found.stdout)  # the example's sentences are there


def test_a_stored_article_without_a_file_is_named_by_its_url_in_every_format(tmp_path: Path) -> None:
    """A fetched or posted article has no path: its source line named the store's number for
    it ("Council votes, 1, published ..."), which says nothing to a reader; its URL does."""
    import datetime as dt

    from dateline.ingest import make_article
    from dateline.pipeline import analyse
    from dateline.store import open_store

    db = tmp_path / "c.sqlite"
    with open_store(db) as store:
        store.add([analyse(make_article("The council voted the barrier's budget on 12 March 2024.",
                                        id="https://velna.example/2", date=dt.date(2024, 3, 12),
                                        lang="en", title="Council votes",
                                        url="https://velna.example/2"))])
    for form in ("md", "html"):
        result = runner.invoke(app, ["timeline", "--db", str(db), "--format", form])
        assert result.exit_code == 0, result.output
        assert "Council votes, https://velna.example/2, published 2024-03-12" in result.stdout
        assert "Council votes, 1," not in result.stdout


def test_entities_takes_analysed_files_from_the_corpus(tmp_path: Path) -> None:
    """`dateline entities` read and tagged every file on every run (13 s over ML-Crisis es
    syria, where `timeline` took 3 s the second time); it keeps and reuses them as `timeline`
    does. Shown by a file changed behind the store's back (same size and time): the second run
    gives the stored analysis, --no-store the file's text."""
    import os

    source, db = tmp_path / "news.txt", str(tmp_path / "c.sqlite")
    source.write_text("date 2024-03-04\nMayor Lior Tams opened the Velna barrier on Sunday.\n")
    stamp = source.stat().st_mtime_ns
    first = runner.invoke(app, ["entities", str(source), "--db", db, "--format", "json"])
    assert first.exit_code == 0, first.output
    source.write_text("date 2024-03-04\nMayor Lior Tams opened the Kalra barrier on Sunday.\n")
    os.utime(source, ns=(stamp, stamp))
    kept = runner.invoke(app, ["entities", str(source), "--db", db, "--format", "json"])
    fresh = runner.invoke(app, ["entities", str(source), "--no-store", "--format", "json"])
    assert kept.exit_code == fresh.exit_code == 0, kept.output + fresh.output
    names = [{e["id"] for e in json.loads(r.stdout)} for r in (first, kept, fresh)]
    assert "Velna" in names[0] and names[1] == names[0]
    assert "Kalra" in names[2] and "Velna" not in names[2]


def test_a_long_run_into_a_log_says_how_far_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped into a log (stderr not a terminal) the live progress line is off, and a long
    ingest or timeline said nothing until its summary; it now writes a line every so often
    (every article here, the interval set to 0)."""
    from dateline.cli import common

    monkeypatch.setattr(common, "LOG_PROGRESS_SECONDS", 0.0)
    ingested = runner.invoke(app, ["ingest", str(example_dir()), "--db", str(tmp_path / "c.sqlite"), "-w", "1"])
    assert ingested.exit_code == 0, ingested.output
    assert "ingest: 1 article(s) so far" in ingested.stderr and "ingest: 3 article(s) so far" in ingested.stderr
    built = runner.invoke(app, ["timeline", str(example_dir()), "--no-store", "-w", "1"])
    assert built.exit_code == 0 and "reading: 3 article(s) so far" in built.stderr, built.output


def test_progress_says_how_much_of_the_input_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress counted articles with no total ("47/?": a file may hold one article or
    thousands). It now also says how much of the input is read, by the files' bytes, so a
    long run tells how far it is from its end."""
    from dateline.cli import common

    monkeypatch.setattr(common, "LOG_PROGRESS_SECONDS", 0.0)
    for day, size in ((4, 1), (5, 1), (6, 2)):
        folder = tmp_path / "news" / f"2024-03-0{day}"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"The ferry ran on day {day}. " + "The harbour was calm. " * 100 * size)
    ingested = runner.invoke(app, ["ingest", str(tmp_path / "news"), "--db", str(tmp_path / "c.sqlite"), "-w", "1"])
    assert ingested.exit_code == 0, ingested.output
    said = [line for line in ingested.stderr.splitlines() if "so far" in line]
    shares = [int(line.split(", ")[1].split("%")[0]) for line in said]  # each article, each file read
    assert shares == sorted(shares) and {25, 50, 100} <= set(shares), said
    assert said[-1].startswith("ingest: 3 article(s) so far, 100% of the input read"), said
    built = runner.invoke(app, ["timeline", str(tmp_path / "news"), "--no-store", "-w", "1"])
    assert built.exit_code == 0 and "reading: 3 article(s) so far, 100% of the input read" in built.stderr


def test_entities_takes_workers_as_timeline_and_ingest_do(tmp_path: Path) -> None:
    """`dateline entities -w 1` was "No such option" (it always used every core): on a shared
    machine the user could not limit it, as `timeline` and `ingest` can."""
    result = runner.invoke(app, ["entities", str(example_dir()), "--no-store", "-w", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "Xi Jinping" in {e["id"] for e in json.loads(result.stdout)}
    refused = runner.invoke(app, ["entities", str(example_dir()), "--no-store", "--workers", "0"])
    assert refused.exit_code == 2 and "--workers 0: must be at least 1" in " ".join(refused.stderr.split())


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Velna Courier</title>
<item><title>Storm closes Velna pier</title><link>https://courier.example.org/pier</link>
<pubDate>Thu, 19 Nov 2026 18:00:00 GMT</pubDate><description>{pier}</description></item>
<item><title>Flood fund approved</title><link>https://courier.example.org/fund</link>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate><description>The Velna council approved a flood fund of
three million euros on Friday.</description></item></channel></rss>"""


def test_a_feed_item_edited_between_runs_and_a_file_edited_in_place_replace_their_old_text(tmp_path: Path) -> None:
    """The same item (link) of the same feed, or the same file, with a new text was stored as
    one more article: the old text stayed in search and timelines beside the new one."""
    db = str(tmp_path / "c.sqlite")
    feed, note = tmp_path / "courier.rss", tmp_path / "note.txt"
    feed.write_text(FEED.format(pier="The Velna pier closed on Thursday. Ferries use the southern quay."))
    note.write_text("date 2026-11-21\nThe Velna museum shuts on Monday for repairs.\n")
    assert runner.invoke(app, ["ingest", str(feed), str(note), "--db", db, "--workers", "1"]).exit_code == 0
    feed.write_text(FEED.format(pier="The Velna pier closed on Thursday after a storm tore away part of its "
                                     "deck; engineers start repairs on Monday, November 23."))
    note.write_text("date 2026-11-21\nThe Velna museum stays open: the repairs were put off to January.\n")
    again = runner.invoke(app, ["ingest", str(feed), str(note), "--db", db, "--workers", "1"])
    assert again.exit_code == 0, again.output
    said = " ".join(again.output.split())
    assert "new versions 2 (an article stored before, edited since: its older text replaced)" in said
    assert "already stored 1 article(s)" in said and "corpus 3 text(s)" in said
    for gone in ("quay", "shuts"):
        found = runner.invoke(app, ["search", gone, "--db", db, "--format", "json"])
        assert json.loads(found.stdout) == [], gone
    assert json.loads(runner.invoke(app, ["search", "engineers", "--db", db, "--format", "json"]).stdout)


def test_records_of_one_file_sharing_an_id_are_two_articles_not_two_versions(tmp_path: Path) -> None:
    """Two records of one export with one id and different texts (ids that are not unique) are
    two articles: the later is named by its line, with a warning, and neither replaces the other
    in the corpus (a new version is the same source and id stored again later). The same record
    twice is still one article."""
    export = tmp_path / "export.jsonl"
    records = [{"id": "velna", "text": "The Velna pier closed on Thursday 19 November 2026.", "date": "2026-11-19"},
               {"id": "velna", "text": "The Harlow ferry was cancelled on Friday 20 November 2026.", "date": "2026-11-20"},
               {"id": "fund", "text": "The Velna council approved a flood fund on 20 November 2026.", "date": "2026-11-20"},
               {"id": "fund", "text": "The Velna council approved a flood fund on 20 November 2026.", "date": "2026-11-20"}]
    export.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = str(tmp_path / "c.sqlite")
    result = runner.invoke(app, ["ingest", str(export), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (f"warning {export}:2: id 'velna' was given to another text at line 1; read as another article, "
            "named export.jsonl:2") in said
    assert "corpus 3 text(s)" in said
    assert json.loads(runner.invoke(app, ["search", "ferry", "--db", db, "--format", "json"]).stdout)
    assert json.loads(runner.invoke(app, ["search", "pier", "--db", db, "--format", "json"]).stdout)
