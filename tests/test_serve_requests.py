"""What a user of the HTTP API sends wrong gets a 4xx naming the problem, and an empty answer
says why it is empty (the application driven in process: no port, no thread)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.serve import Settings
from dateline.serve.app import build_app
from serving import build_corpus


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    corpus = build_corpus(tmp_path_factory.mktemp("requests") / "corpus.sqlite")
    with TestClient(build_app(str(corpus), Settings())) as client:
        yield client


@pytest.mark.parametrize("path", ["/api/search", "/api/timeline"])
def test_a_date_range_the_wrong_way_round_is_refused(client: TestClient, path: str) -> None:
    response = client.get(path, params={"q": "velna", "from": "2025-01-01", "to": "2023-01-01"})
    assert response.status_code == 422
    assert response.json()["detail"] == "from (2025-01-01) is after to (2023-01-01)"


def test_saving_a_range_the_wrong_way_round_is_refused(client: TestClient) -> None:
    body = {"name": "backwards", "params": {"q": ["velna"], "from": "2025-01-01", "to": "2023-01-01"}}
    response = client.post("/api/timelines", json=body)
    assert response.status_code == 422 and "is after to" in response.text
    assert all(t["name"] != "backwards" for t in client.get("/api/timelines").json())


def test_search_refuses_an_unclosed_quote_as_the_timeline_does(client: TestClient) -> None:
    for path in ("/api/search", "/api/timeline"):
        response = client.get(path, params={"q": '"velna harlow'})
        assert response.status_code == 422 and "double quote is not closed" in response.json()["detail"]


def test_a_timeline_of_nothing_says_which_filter_left_nothing(client: TestClient) -> None:
    found = client.get("/api/timeline", params={"q": "velna", "lang": "ru"}).json()
    assert found["entries"] == []
    assert found["notes"] == ["no article in the corpus matches the query (velna), language ru"]
    later = client.get("/api/timeline", params={"from": "2090-01-01"}).json()
    assert later["notes"] == ["no article in the corpus matches from 2090-01-01"]
    unknown = client.get("/api/timeline", params={"entity": "Nobodyxyz"}).json()
    assert unknown["notes"] == ["no article in the corpus matches the entity Nobodyxyz"]


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from typer.testing import CliRunner

    from dateline.cli import app

    db = tmp_path_factory.mktemp("example") / "corpus.sqlite"
    assert CliRunner().invoke(app, ["ingest", "--example", "--db", str(db), "--workers", "1"]).exit_code == 0
    with TestClient(build_app(str(db), Settings())) as client:
        yield client


def test_an_entity_timeline_over_http_as_on_the_command_line(example: TestClient) -> None:
    pair = example.get("/api/timeline", params=[("entity", "China"), ("entity", "Russia")]).json()
    days = [e["date"] for e in pair["entries"]]
    assert any(d.startswith("2023-03-2") for d in days) and any(d.startswith("2025-05-0") for d in days)
    for entry in pair["entries"]:
        for sentence in entry["sentences"]:
            assert sentence["event"] and sentence["source"]["article"]  # an event, and where it is told
    person = example.get("/api/timeline", params={"entity": "Xi Jinping", "format": "md"})
    assert person.status_code == 200 and person.text.startswith("# Timeline: Xi Jinping")
    assert "participants:" in person.text
    plain = example.get("/api/timeline", params={"q": "moscow"}).json()
    assert all("event" not in s for e in plain["entries"] for s in e["sentences"])  # q alone: no events


def test_serve_on_a_port_in_use_is_one_line_before_saying_it_serves(tmp_path: Path) -> None:
    import socket

    from typer.testing import CliRunner

    from dateline.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "c.sqlite"), "--port", str(port)])
    assert result.exit_code == 2 and not isinstance(result.exception, Exception)  # no traceback
    said = " ".join(result.stderr.split())
    assert said.startswith(f"error cannot serve on 127.0.0.1:{port} (") and "give another --port" in said
    assert "serving" not in said


def test_ingest_refuses_a_language_dateline_has_no_data_for(client: TestClient) -> None:
    sent = client.post("/api/articles", json={"articles": [{"text": "Talks ended on Friday.", "lang": "xx"}]})
    assert sent.status_code == 422 and "lang 'xx' is not a language Dateline knows" in sent.text
    raw = client.post("/api/articles/raw", params={"lang": "xx"}, content=b"Talks ended on Friday.",
                      headers={"content-type": "text/plain"})
    assert raw.status_code == 422 and raw.json()["detail"].startswith("lang 'xx' is not a language")
    assert "xx" not in client.get("/api/info").json()["languages"]
    fine = client.post("/api/articles", json={"articles": [{"text": "Las conversaciones terminaron el viernes.",
                                                             "lang": "es"}]})
    assert fine.status_code == 200


def test_a_timeline_with_no_query_says_its_articles_are_the_latest(client: TestClient) -> None:
    notes = client.get("/api/timeline", params={"limit": 2}).json()["notes"]
    assert "built from the 2 latest articles (no query or entity to choose them)" in notes
    notes = client.get("/api/timeline", params={"q": "velna", "limit": 2}).json()["notes"]
    assert "built from the 2 articles that match best" in notes


def test_the_api_and_the_cli_refuse_a_language_with_one_check(client: TestClient) -> None:
    """`lang` in the API and `--lang` on the command line are one function's verdict, so the
    two can never disagree on which languages there are."""
    from typer.testing import CliRunner

    from dateline.cli import app
    from dateline.ingest import language_code

    with pytest.raises(ValueError) as api:
        language_code("xx")
    with pytest.raises(ValueError) as cli:
        language_code("XX-yy", "--lang")
    raw = client.post("/api/articles/raw", params={"lang": "xx"}, content=b"Talks ended on Friday.",
                      headers={"content-type": "text/plain"})
    assert raw.json()["detail"] == str(api.value)
    said = CliRunner().invoke(app, ["date", "--lang", "XX-yy", "-"], input="Talks ended on Friday.")
    assert said.exit_code == 2 and str(cli.value) in " ".join(said.stderr.split())
    assert language_code("ES-mx") == "es" and language_code(None) is None


def test_odd_requests_get_a_4xx_naming_the_problem_not_a_500(tmp_path: Path) -> None:
    """Found trying the API as a new user: each of these was a 500 (Internal Server Error) or
    a 200 that stored or answered nothing useful."""
    with TestClient(build_app(str(build_corpus(tmp_path / "c.sqlite")), Settings()),
                    raise_server_exceptions=False) as api:
        huge = "9" * 30  # past SQLite's integers
        for method, path in (("get", f"/api/timelines/{huge}"), ("get", f"/api/timelines/{huge}/history"),
                             ("delete", f"/api/timelines/{huge}")):
            answer = api.request(method, path)
            assert answer.status_code == 422 and "timeline_id" in answer.text
        blank = api.post("/api/articles", json={"articles": [{"text": "   "}]})
        assert blank.status_code == 422 and "text is blank" in blank.text
        for name in ("", " "):
            nobody = api.get("/api/timeline", params={"entity": name})
            assert nobody.status_code == 422 and nobody.json()["detail"].startswith("entity: an entity is a name")
        links = api.post("/api/articles/raw", content=b"https://news.example.org/a\nhttps://news.example.org/b\n",
                         headers={"content-type": "text/plain"})
        assert links.status_code == 422 and "list of URLs" in links.json()["detail"]
        assert api.get("/api/info").json()["texts"] == 5  # none of these stored anything


@pytest.mark.parametrize("odd", ["9999-12-31", "0001-01-01"])
def test_an_article_dated_at_the_calendars_end_does_not_break_later_ingests(tmp_path: Path, odd: str) -> None:
    """An article published "9999-12-31" (a placeholder date in someone's export) made the
    collection's span overflow: that request and every later ingest were a 500."""
    with TestClient(build_app(str(build_corpus(tmp_path / "c.sqlite")), Settings()),
                    raise_server_exceptions=False) as api:
        first = api.post("/api/articles", json={"articles": [{"text": "The Velna bridge opened on May 2, 2024.",
                                                              "date": odd}]})
        later = api.post("/api/articles", json={"articles": [{"text": "The Harlow school opened on Monday."}]})
        assert first.status_code == later.status_code == 200
        assert api.get("/api/timeline", params={"q": "harlow"}).status_code == 200


def test_the_cli_reads_a_record_dated_at_the_calendars_end_and_shows_no_huge_id(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    (tmp_path / "a.jsonl").write_text(
        '{"text": "The Velna bridge opened on May 2, 2024.", "date": "9999-12-31"}\n'
        '{"text": "Residents said the council met on Monday about the Velna bridge."}\n', encoding="utf-8")
    db = str(tmp_path / "c.sqlite")
    stored = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.jsonl"), "--db", db, "--workers", "1"])
    assert stored.exit_code == 0 and stored.exception is None, stored.output
    huge = CliRunner().invoke(app, ["saved", "show", "9" * 30, "--db", db])
    assert huge.exit_code == 2 and f"no saved timeline {'9' * 30}" in " ".join(huge.stderr.split())


def test_a_language_tag_is_read_as_its_code_everywhere(tmp_path: Path) -> None:
    """'EN' and 'es-MX' (as feeds and exports write them) were refused by the API and --lang."""
    from typer.testing import CliRunner

    from dateline.cli import app

    with TestClient(build_app(str(build_corpus(tmp_path / "c.sqlite")), Settings())) as api:
        sent = api.post("/api/articles", json={"articles": [{"text": "Talks ended on Friday.", "lang": "EN"}]})
        raw = api.post("/api/articles/raw", params={"lang": "es-MX"}, content=b"Las conversaciones terminaron el viernes.",
                       headers={"content-type": "text/plain"})
        assert sent.status_code == raw.status_code == 200
        ids = [sent.json()["stored"][0]["id"], raw.json()["stored"][0]["id"]]
        assert [api.get(f"/api/articles/{i}").json()["lang"] for i in ids] == ["en", "es"]
    said = CliRunner().invoke(app, ["date", "--lang", "ES", "-"], input="Las conversaciones terminaron el viernes.")
    assert said.exit_code == 0, said.output


def test_a_language_filter_is_read_as_its_code_or_refused(tmp_path: Path) -> None:
    """`lang=EN` (as a feed or a user writes it) filtered on 'EN', which no stored article
    has: the timeline and the search answered nothing; `lang=xx` too, with no word. The CLI's
    `search --lang EN` did the same. Now 'EN' is en, and 'xx' is refused as everywhere else."""
    from typer.testing import CliRunner

    from dateline.cli import app

    db = build_corpus(tmp_path / "c.sqlite")
    with TestClient(build_app(str(db), Settings())) as api:
        for path, params in (("/api/timeline", {"q": "velna"}), ("/api/search", {"q": "velna"})):
            lower, upper = (api.get(path, params={**params, "lang": tag}) for tag in ("en", "EN"))
            assert upper.status_code == 200 and upper.json() == lower.json()
            assert upper.json().get("entries", upper.json().get("hits"))
            refused = api.get(path, params={**params, "lang": "xx"})
            assert refused.status_code == 422 and "'xx' is not a language" in refused.text
        assert api.get("/api/timeline", params={"lang": ""}).status_code == 200
    found = CliRunner().invoke(app, ["search", "velna", "--db", str(db), "--lang", "EN"])
    assert found.exit_code == 0 and "no sentence matches" not in found.output
    assert CliRunner().invoke(app, ["search", "velna", "--db", str(db), "--lang", "xx"]).exit_code == 2


# Each value: whether it is a day both for `dateline search --from` and the API's `from`. The CLI
# took "20240305" and "2024-W10-2" (date.fromisoformat) which the API refused; the API took Unix
# seconds ("0", "1709596800") which the CLI refused.
OPTION_DAYS = [("2024-03-05", True), ("20240305", False), ("2024-W10-2", False), ("0", False),
               ("1709596800", False), ("2024-02-30", False), ("2024-03-05T10:00:00Z", False),
               # digits of other scripts: `\d` matched them, so the same option was a day
               # written in Arabic-Indic or full-width digits and "not a date" in ASCII look-alikes
               ("\u0662\u0660\u0662\u0664-\u0660\u0663-\u0660\u0665", False),
               ("\uff12\uff10\uff12\uff14-03-05", False)]


@pytest.mark.parametrize(("value", "is_day"), OPTION_DAYS)
def test_option_dates_mean_the_same_on_the_command_line_and_the_api(client: TestClient, tmp_path: Path,
                                                                    value: str, is_day: bool) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    api = client.get("/api/search", params={"q": "velna", "from": value})
    assert (api.status_code == 200) is is_day, api.text
    saved = client.post("/api/timelines", json={"name": f"from {value}", "params": {"q": ["velna"], "from": value}})
    assert (saved.status_code != 422) is is_day, saved.text
    cli = CliRunner().invoke(app, ["search", "velna", "--db", str(tmp_path / "none.sqlite"), "--from", value])
    assert ("is not a date" not in cli.output) is is_day, cli.output


# A publication date as a JSON body gives it and as /api/articles/raw's `date` parameter gives
# it: one reader. The parameter took only an ISO string, the body also the numbers exports write.
POSTED_DAYS = [("2024-03-05", "2024-03-05"), ("2024-03-05T23:30:00-05:00", "2024-03-05"),
               ("20240305", "2024-03-05"), ("1709596800", "2024-03-05"), ("1709596800000", "2024-03-05"),
               ("05/03/2024", None), ("2024-W10-2", None), ("2024-02-30", None), ("12", None)]


@pytest.mark.parametrize(("value", "day"), POSTED_DAYS)
def test_a_posted_date_reads_the_same_in_a_body_and_as_the_raw_endpoints_parameter(
        tmp_path: Path, value: str, day: str | None) -> None:
    with TestClient(build_app(str(tmp_path / "c.sqlite"), Settings())) as client:
        text = f"The Velna pier reopened after repairs. ({value})"
        body = client.post("/api/articles", json={"articles": [{"text": text, "date": value, "lang": "en"}]})
        raw = client.post("/api/articles/raw", params={"date": value, "lang": "en"}, content=text.encode() + b"!",
                          headers={"content-type": "text/plain"})
    if day is None:  # the body's article is kept undated; the raw endpoint's parameter is refused
        assert body.status_code == 200 and raw.status_code == 422
        assert body.json()["stored"][0]["date"] is None or body.json()["stored"][0]["date_inferred"]
        assert f"date {value!r} is neither YYYY-MM-DD" in " ".join(body.json()["problems"])
        assert raw.json()["detail"] == f"date {value!r} is neither YYYY-MM-DD (or an ISO timestamp), nor " \
                                       "a number of the form YYYYMMDD or Unix seconds or milliseconds"
    else:
        assert body.status_code == raw.status_code == 200, (body.text, raw.text)
        assert body.json()["stored"][0]["date"] == raw.json()["stored"][0]["date"] == day


def test_an_entity_timeline_of_nothing_says_it_is_built_from_events(client: TestClient) -> None:
    """An entity no article names answered `"method": "dateline"` (the page then said "method
    dateline" for an entity timeline) where every entity timeline says "events"."""
    unknown = client.get("/api/timeline", params={"entity": "Nobodyxyz", "method": "clust"}).json()
    assert unknown["entries"] == [] and unknown["method"] == "events"
    assert client.get("/api/timeline", params={"q": "nothingxyz"}).json()["method"] == "dateline"


def test_two_posted_articles_sharing_an_id_are_two_articles(tmp_path: Path) -> None:
    """One request's articles with one id and different texts: the second is stored as another
    article, with a problem naming it, not as a new version replacing the first; a later request
    with that id and a new text is a new version."""
    with TestClient(build_app(str(tmp_path / "c.sqlite"), Settings())) as client:
        sent = client.post("/api/articles", json={"articles": [
            {"id": "velna", "text": "The Velna pier closed on Thursday.", "date": "2026-11-19"},
            {"id": "velna", "text": "The Harlow ferry was cancelled on Friday.", "date": "2026-11-20"}]}).json()
        assert [s["outcome"] for s in sent["stored"]] == ["new", "new"]
        assert sent["problems"] == ["article 2: id 'velna' was given to another text in article 1; "
                                    "stored as another article"]
        later = client.post("/api/articles", json={"articles": [
            {"id": "velna", "text": "The Velna pier closed on Thursday after a storm.", "date": "2026-11-19"}]}).json()
        assert later["stored"][0]["outcome"] == "revised"
        assert client.get("/api/info").json()["texts"] == 2
