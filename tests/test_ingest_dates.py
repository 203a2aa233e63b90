"""Publication dates as sources write them: one reader of ISO dates for every input, the date
header in the forms people write, and one rule for a date no article was published on, applied
by every reader and the HTTP API (the s19 new-user audit)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.ingest import IngestError, iso_day, read
from dateline.ingest.text import split_header
from dateline.serve import Settings
from dateline.serve.app import build_app
from serving import build_corpus

FAR = "2999-01-01"  # after tomorrow, in every time zone


def collect(paths: list[Path]) -> tuple[list, list[IngestError]]:
    errors: list[IngestError] = []
    return list(read(paths, on_error=errors.append)), errors


@pytest.mark.parametrize("value, day", [
    ("2024-03-05", dt.date(2024, 3, 5)),
    (" 2024-03-05T10:00:00+02:00", dt.date(2024, 3, 5)),
    ("2024-03-05 23:30", dt.date(2024, 3, 5)),
    ("2024-02-30", None), ("05/03/2024", None), ("2024-03-051", None), (20240305, None), ("", None),
])
def test_one_iso_reader(value: object, day: dt.date | None) -> None:
    assert iso_day(value) == day


def test_jsonl_and_a_page_read_the_same_strings(tmp_path: Path) -> None:
    """JSONL read `date.fromisoformat(text[:10])`, pages a regex: "2024-03-051" dated a JSONL
    record and not a page."""
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "The talks ended on Friday.",
                                                  "date": "2024-03-051"}) + "\n")
    [article], errors = collect([tmp_path / "a.jsonl"])
    assert article.date is None and [e.severity for e in errors] == ["warning"]


@pytest.mark.parametrize("header", [
    "date 2024-03-05", "date 2024-03-05T10:00:00Z", "Date: 2024-03-05", "DATE: 2024-03-05 10:00",
    "date=2024-03-05", "date: 2024-03-05T10:00:00.123+02:00", "  date 2024-03-05 08:15 UTC",
])
def test_the_date_header_in_the_forms_people_write(header: str) -> None:
    """Only ` date YYYY-MM-DD` was read; `date 2024-03-05T10:00:00Z` stayed in the text, the
    article undated."""
    assert split_header(f"{header}\nThe minister resigned on Monday.") == (
        dt.date(2024, 3, 5), "The minister resigned on Monday.")


@pytest.mark.parametrize("raw", ["dated 2024-03-05 is not a header", "date 2024-03-05T10:00:00Zulu words",
                                 "Update: 2024-03-05"])
def test_what_is_no_header_stays_text(raw: str) -> None:
    assert split_header(raw) == (None, raw)


def test_a_header_date_that_is_no_day_keeps_the_article_undated(tmp_path: Path) -> None:
    """`date 2024-02-30` failed the whole file (exit 1, the article lost); a JSONL record's or a
    front matter's bad date keeps its article undated with a warning, and so does it now."""
    (tmp_path / "a.txt").write_text("date 2024-02-30\nThe talks ended on Friday.\n")
    [article], [error] = collect([tmp_path / "a.txt"])
    assert article.date is None and article.text == "The talks ended on Friday.\n"
    assert error.severity == "warning" and "a.txt" in str(error) and "'2024-02-30'" in error.reason


@pytest.mark.parametrize("name, content", [
    ("header.txt", f"date {FAR}\nThe bridge opened on May 2, 2024.\n"),
    ("front.md", f"---\ntitle: Bridge\ndate: {FAR}\n---\nThe bridge opened on May 2, 2024.\n"),
    (f"{FAR}/folder.txt", "The bridge opened on May 2, 2024.\n"),
    ("feed.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Bridge'
                 f'</title><link>http://x.example/1</link><pubDate>Tue, 01 Jan 2999 10:00:00 +0000</pubDate>'
                 '<description>The bridge opened on May 2, 2024.</description></item></channel></rss>'),
    ("doc.tml", f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{FAR}">x</TIMEX3></DCT>'
                '<TEXT>The bridge opened on May 2, 2024.</TEXT></TimeML>'),
])
def test_a_future_date_is_a_placeholder_whatever_the_reader(name: str, content: str, tmp_path: Path) -> None:
    """Only JSONL and Parquet kept a 9999-12-31 out; a header, front matter, dated folder, feed
    or DCT dated the article (and the collection's span) by it."""
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(content)
    [article], errors = collect([tmp_path])
    assert article.date is None
    assert [e.severity for e in errors] == ["warning"]
    assert f"date {FAR}" in errors[0].reason and "in the future" in errors[0].reason


def test_the_api_reads_timestamps_and_keeps_placeholders_out(tmp_path: Path) -> None:
    """POST /api/articles stored "9999-12-31" as the publication date (the corpus then ran to
    the calendar's end) and refused "2024-06-08T10:00:00Z" (422) that a JSONL file reads."""
    with TestClient(build_app(str(build_corpus(tmp_path / "c.sqlite")), Settings())) as api:
        sent = api.post("/api/articles", json={"articles": [
            {"text": "The summit in Rome ended on Friday.", "date": "2024-06-08T10:00:00Z"},
            {"text": "The Velna bridge opened on May 2, 2024.", "date": "9999-12-31"}]})
        assert sent.status_code == 200, sent.text
        first, second = sent.json()["stored"]
        assert first["date"] == "2024-06-08" and not first["date_inferred"]
        assert second["date"] != "9999-12-31" and "in the future" in " ".join(sent.json()["problems"])
        raw = api.post("/api/articles/raw", params={"date": "9999-12-31"}, content=b"The Harlow school opened on Monday.",
                       headers={"content-type": "text/plain"})
        assert raw.status_code == 200 and raw.json()["stored"][0]["date"] != "9999-12-31"
        assert "in the future" in " ".join(raw.json()["problems"])
        stamped = api.post("/api/articles/raw", params={"date": "2024-06-09T08:00:00+02:00"},
                           content=b"The Harlow library opened on Sunday.", headers={"content-type": "text/plain"})
        assert stamped.status_code == 200 and stamped.json()["stored"][0]["date"] == "2024-06-09"
        # one date that is no day keeps its article undated and loses no other (audit s26 defect 14)
        bad = api.post("/api/articles", json={"articles": [
            {"text": "Il ponte di Morlay è stato riaperto.", "date": "24/03/2026", "lang": "it", "id": "x1"},
            {"text": "Le pont de Morlay a rouvert.", "date": "2026-03-25", "lang": "fr"}]})
        assert bad.status_code == 200, bad.text
        kept, other = bad.json()["stored"]
        assert kept["date"] is None or kept["date_inferred"]
        assert other["date"] == "2026-03-25" and not other["date_inferred"]
        assert bad.json()["problems"] == ["article 1: date '24/03/2026' is neither YYYY-MM-DD (or an ISO timestamp), "
                                          "nor a number of the form YYYYMMDD or Unix seconds or milliseconds; article "
                                          "kept undated (its date will be inferred from the text)"]
        assert api.get("/api/info").json()["last"] < "2999"


def test_an_exports_own_field_names_are_read(tmp_path: Path) -> None:
    """A record's date under another name (`published_at`, news-please's `date_publish`) was
    left out without a word, the article dated from its text; news-please's `maintext` failed
    every line ("missing string field 'text'")."""
    (tmp_path / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [
        {"text": "The talks ended on Friday.", "published_at": "2024-03-08T18:00:00Z", "headline": "Talks end"},
        {"maintext": "The summit began on Monday.", "date_publish": "2024-03-04 09:00:00", "link": "https://x.example/2"},
        {"text": "The ferry sailed.", "date": "2024-03-09", "published_at": "2024-03-10"}]))
    articles, errors = collect([tmp_path / "export.jsonl"])
    assert not errors
    assert [(a.date, a.title, a.url) for a in articles] == [
        (dt.date(2024, 3, 8), "Talks end", None), (dt.date(2024, 3, 4), None, "https://x.example/2"),
        (dt.date(2024, 3, 9), None, None)]  # the field's own name first
    assert articles[1].text == "The summit began on Monday."
    # what `date_how` shows names the field the file holds (audit s26 defect 17: "JSONL 'date' field")
    assert [a.date_source for a in articles] == ["JSONL 'published_at' field", "JSONL 'date_publish' field",
                                                 "JSONL 'date' field"]


def test_a_bad_date_under_an_alias_is_named_by_it(tmp_path: Path) -> None:
    (tmp_path / "export.jsonl").write_text(json.dumps({"text": "The ferry sailed.", "date_publish": "13/03/2026"}) + "\n")
    articles, [error] = collect([tmp_path / "export.jsonl"])
    assert articles[0].date is None and error.severity == "warning"
    assert error.reason.startswith("'date_publish' is not YYYY-MM-DD: '13/03/2026'")


def test_parquet_rows_read_the_same_names(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.analyze.shards import Shard, _read_parquet

    pq.write_table(pa.table({"maintext": ["The summit began on Monday."], "date_publish": ["2024-03-04 09:00:00"]}),
                   tmp_path / "a.parquet")
    errors: list[IngestError] = []
    [article] = list(_read_parquet(Shard(tmp_path / "a.parquet", tmp_path), None, errors.append))
    assert article.date == dt.date(2024, 3, 4) and not errors
    assert article.date_source == "JSONL 'date_publish' field"


def test_a_lone_surrogate_or_a_deep_line_loses_no_other_record(tmp_path: Path) -> None:
    """A JSON "\\ud800" (half an emoji) made the file fail whole when the text was stored or
    printed ("could not be analysed (UnicodeEncodeError ...)"), and a line nested too deeply
    for json (RecursionError) lost it and every line after it."""
    (tmp_path / "n.jsonl").write_text(
        '{"text": "The talks ended on Friday \\ud800 in Geneva.", "date": "2024-03-08"}\n'
        + '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
        + '{"text": "The strike began on Tuesday.", "date": "2024-03-05"}\n')
    articles, errors = collect([tmp_path / "n.jsonl"])
    assert [a.text for a in articles] == ["The talks ended on Friday \ufffd in Geneva.", "The strike began on Tuesday."]
    assert [(e.severity, e.line) for e in errors] == [("warning", 1), ("failed", 2)]
    assert str(errors[0]).startswith(f"{tmp_path / 'n.jsonl'}:1: ")  # not "n.jsonl (n.jsonl:1)"
    assert "surrogate" in errors[0].reason and "nested too deeply" in errors[1].reason
    from typer.testing import CliRunner

    from dateline.cli import app

    stored = CliRunner().invoke(app, ["ingest", str(tmp_path / "n.jsonl"), "--db", str(tmp_path / "c.sqlite"), "-w", "1"])
    assert stored.exception is None or isinstance(stored.exception, SystemExit), stored.output
    assert "read 2 article(s)" in " ".join(stored.stderr.split())


def test_a_record_warning_points_at_its_line_in_a_subfolder_or_names_its_own_id(tmp_path: Path) -> None:
    """The line of a record with the reader's default id was read back from the id, which is
    the file's path under the folder ("sub/n.jsonl:1"): in a subfolder no line was found, and
    the warning said "/data/sub/n.jsonl (sub/n.jsonl:1)"."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "n.jsonl").write_text(
        '{"text": "The talks ended on Friday \\ud800 in Geneva.", "date": "2024-03-08"}\n'
        + '{"text": "The strike began on Tuesday \\ud800.", "id": "wire-7"}\n')
    errors: list[IngestError] = []
    articles = list(read([tmp_path], on_error=errors.append))
    assert [a.id for a in articles] == ["sub/n.jsonl:1", "wire-7"]
    assert [(e.path, e.line) for e in errors] == [(str(tmp_path / "sub" / "n.jsonl"), 1),
                                                 (f"{tmp_path / 'sub' / 'n.jsonl'} (wire-7)", None)]


def test_a_file_name_that_is_not_utf8_is_read_stored_and_shown(tmp_path: Path) -> None:
    """A Latin-1 file name (an old archive's "caf\\xe9.txt") crashed `dateline ingest` with a
    traceback (UnicodeEncodeError storing its path); it is shown with its byte escaped."""
    import os

    from typer.testing import CliRunner

    from dateline.cli import app

    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"date 2024-03-05\nThe minister resigned on Monday.\n")
    [article], errors = collect([tmp_path])
    assert article.path == f"{tmp_path}/caf\\xe9.txt" and article.id == "caf\\xe9.txt" and not errors
    db = str(tmp_path / "c.sqlite")
    runner = CliRunner()
    for _ in range(2):
        stored = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "-w", "1"])
        assert stored.exit_code == 0 and stored.exception is None, stored.output
    assert "1 file(s) skipped whole" in stored.output  # its key is stored and found again


def test_the_api_refuses_a_lone_surrogate_in_one_line(tmp_path: Path) -> None:
    with TestClient(build_app(str(build_corpus(tmp_path / "c.sqlite")), Settings())) as api:
        sent = api.post("/api/articles", content=b'{"articles": [{"text": "The summit in Rome \\ud800 ended on Friday.", '
                                                 b'"title": "Rome \\udc00", "date": "2024-06-08"}]}',
                        headers={"content-type": "application/json"})
        # refused in one line naming the fields (it was a 500: the 422 echoing them failed)
        assert sent.status_code == 422, sent.text
        assert [e["loc"][-1] for e in sent.json()["detail"]] == ["text", "title"]
        assert "unicode" in sent.json()["detail"][0]["msg"]


def test_hugos_toml_front_matter_is_read(tmp_path: Path) -> None:
    """Hugo's `+++` front matter was read as the article's first sentence ('title = "Bridge
    opens" date = 2024-03-05T10:00:00+01:00'), its date lost and the article dated from its text."""
    (tmp_path / "post.md").write_text('+++\ntitle = "Bridge opens"\ndate = 2024-03-05T10:00:00+01:00\n+++\n'
                                      "The bridge opened on Monday after two years of work.\n")
    [article], errors = collect([tmp_path / "post.md"])
    assert (article.title, article.date, article.text) == (
        "Bridge opens", dt.date(2024, 3, 5), "The bridge opened on Monday after two years of work.")
    assert not errors and not article.date_inferred


@pytest.mark.parametrize("value, day", [
    (20240306, dt.date(2024, 3, 6)),             # GDELT's SQLDATE
    (1709683200, dt.date(2024, 3, 6)),           # Unix seconds (2024-03-06T00:00Z)
    (1709769599999, dt.date(2024, 3, 6)),        # Unix milliseconds (23:59:59.999Z)
    (1709683200.5, dt.date(2024, 3, 6)),
    (20240231, None), (42, None), (True, None), (-5, None),
    # the same numbers written as strings, as a CSV turned into JSON writes them (the README's
    # `20240306`): the string was refused while the number was read
    ("20240306", dt.date(2024, 3, 6)), (" 1709683200 ", dt.date(2024, 3, 6)), ("20240231", None),
    ("2024", None), ("2024-W10-2", None), ("\u0662\u0660\u0662\u0664\u0660\u0663\u0660\u0666", None),
])
def test_a_jsonl_date_written_as_a_number(value: object, day: dt.date | None, tmp_path: Path) -> None:
    """Exports write dates as numbers (GDELT's 20240306, Unix time): each record was kept
    undated with "'date' must be a string"."""
    (tmp_path / "n.jsonl").write_text(json.dumps({"text": "The talks ended on Friday.", "date": value}) + "\n")
    [article], errors = collect([tmp_path / "n.jsonl"])
    assert article.date == day
    assert [e.severity for e in errors] == ([] if day else ["warning"])


def test_a_parquet_date_column_of_numbers(tmp_path: Path) -> None:
    """An int date column (GDELT's SQLDATE) ended the shard: `.isoformat()` was called on it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.analyze.shards import Shard, _read_parquet

    pq.write_table(pa.table({"text": ["The talks ended on Friday.", "The vote was on Monday."],
                             "date": [20240308, 1709510400]}), tmp_path / "a.parquet")
    errors: list[IngestError] = []
    articles = list(_read_parquet(Shard(tmp_path / "a.parquet", tmp_path), None, errors.append))
    assert [a.date for a in articles] == [dt.date(2024, 3, 8), dt.date(2024, 3, 4)] and not errors


@pytest.mark.parametrize("value, day", [
    (20240306, "2024-03-06"), ("20240306", "2024-03-06"), (1709683200, "2024-03-06"),
    ("2024-03-06T10:00Z", "2024-03-06"), ("2024-W10-3", None), (20240231, None),
])
def test_the_api_reads_a_date_as_a_jsonl_record_does(value: object, day: str | None, tmp_path: Path) -> None:
    """A number of the form YYYYMMDD was refused by the API (pydantic took it for Unix seconds,
    'should have zero time') and '20240306' too, where a JSONL record's is read."""
    with TestClient(build_app(str(build_corpus(tmp_path / "c.sqlite")), Settings())) as api:
        answer = api.post("/api/articles", json={"articles": [{"text": "The council met on Monday in Oslo.",
                                                             "date": value}]})
    if day is None:  # as a JSONL record with such a date: kept undated, and said
        assert answer.status_code == 200 and "YYYYMMDD" in " ".join(answer.json()["problems"])
        assert answer.json()["stored"][0]["date"] != str(value)
    else:
        assert answer.status_code == 200, answer.text
        assert answer.json()["stored"][0]["date"] == day


@pytest.mark.parametrize("dct", ['<TIMEX3 tid="t0" type="DATE" value="PRESENT_REF">today</TIMEX3>',
                                 '<TIMEX3 tid="t0" type="DATE" value="2024-02-30">30 Feb</TIMEX3>',
                                 "March the fifth"])
def test_a_timeml_file_with_an_unreadable_dct_is_kept_undated_with_a_warning(tmp_path: Path, dct: str) -> None:
    """A DCT that is no date failed the whole file (its article lost) where every other reader
    keeps an article whose date is bad, undated, with a warning: now the same."""
    (tmp_path / "doc.tml").write_text(f"<TimeML><DCT>{dct}</DCT><TEXT>The Velna council met on 5 March "
                                      "2024 to approve the harbour budget.</TEXT></TimeML>", encoding="utf-8")
    [article], [problem] = collect([tmp_path / "doc.tml"])
    assert article.date is None and article.text.startswith("The Velna council met")
    assert problem.severity == "warning" and problem.path == str(tmp_path / "doc.tml")
    assert problem.reason.startswith("DCT value is not a date") and "kept undated" in problem.reason
