"""The HTTP API, driven over real HTTP on loopback: reading, ingesting, limits and security."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dateline.serve import Settings
from serving import HOSTILE, build_corpus, serving


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("serve") / "corpus.sqlite")


@pytest.fixture(scope="module")
def base(corpus: Path) -> Iterator[str]:
    with serving(corpus, Settings(max_body_bytes=20_000)) as url:
        yield url


def test_search_timeline_and_article(base: str) -> None:
    found = httpx.get(f"{base}/api/search", params={"q": "velna", "lang": "en"}).json()
    assert found["hits"] and all(h["lang"] == "en" for h in found["hits"])
    hit = found["hits"][0]
    assert hit["text"][slice(*hit["highlights"][0])].lower() == "velna"
    ranged = httpx.get(f"{base}/api/search", params={"q": "inspection", "from": "2024-04-12", "to": "2024-04-12"}).json()
    assert [h["days"] for h in ranged["hits"]] == [["2024-04-12"]]

    timeline = httpx.get(f"{base}/api/timeline", params=[("q", "velna"), ("q", "harlow"), ("dates", "4")]).json()
    assert timeline["query"] == ["velna", "harlow"] and 1 <= len(timeline["entries"]) <= 4
    days = {e["date"] for e in timeline["entries"]}
    assert "2024-04-01" in days
    source = timeline["entries"][0]["sentences"][0]["source"]
    article = httpx.get(f"{base}/api/articles/{source['article']}").json()
    assert article["sentences"] and any(s["timexes"] for s in article["sentences"])
    assert article["outlets"][0]["date_how"] in ("published", "given", "inferred")
    inferred = httpx.get(f"{base}/api/search", params={"q": "families"}).json()["hits"][0]
    assert inferred["outlets"][0]["date_how"] == "inferred"

    spanish = httpx.get(f"{base}/api/timeline", params={"lang": "es", "method": "datewise"}).json()
    assert spanish["method"] == "datewise" and spanish["entries"]
    assert httpx.get(f"{base}/api/articles/99999").status_code == 404
    assert httpx.get(f"{base}/api/timeline", params={"q": '"unbalanced'}).status_code == 422


@pytest.mark.parametrize("format, kind", [("json", "application/json"), ("md", "text/markdown"),
                                          ("html", "text/html")])
def test_timeline_downloads(base: str, format: str, kind: str) -> None:
    response = httpx.get(f"{base}/api/timeline", params={"q": "velna", "format": format, "download": "true"})
    assert response.status_code == 200 and response.headers["content-type"].startswith(kind)
    assert f'filename="timeline.{format}"' in response.headers["content-disposition"]
    if format == "html":
        assert "javascript:" not in response.text.split("<body>")[1].replace("javascript:alert(3) is no link", "") \
            or 'href="javascript' not in response.text
        assert "<script>alert" not in response.text


def test_ingest_json_and_bodies(base: str) -> None:
    before = httpx.get(f"{base}/api/timeline", params={"q": "orrin"}).json()
    assert not before["entries"]  # and this answer is cached until the corpus changes
    article = {"text": "Today (Monday, June 3, 2024) the Orrin bridge reopened after repairs.",
               "url": "https://city.example.net/orrin", "title": "Bridge reopens"}
    first = httpx.post(f"{base}/api/articles", json={"articles": [article]}).json()["stored"][0]
    again = httpx.post(f"{base}/api/articles", json={"articles": [article]}).json()["stored"][0]
    assert (first["outcome"], again["outcome"]) == ("new", "known") and first["id"] == again["id"]
    assert first["date"] == "2024-06-03" and first["date_inferred"]
    copy = httpx.post(f"{base}/api/articles", json={"articles": [{**article, "url": "https://other.example/x"}]})
    assert copy.json()["stored"][0]["outcome"] == "copy"
    after = httpx.get(f"{base}/api/timeline", params={"q": "orrin"}).json()
    assert [e["date"] for e in after["entries"]] == ["2024-06-03"]

    text = httpx.post(f"{base}/api/articles/raw", params={"date": "2024-06-05", "title": "Note"},
                      content="The Orrin ferry stops on Friday.", headers={"content-type": "text/plain"})
    assert text.status_code == 200 and text.json()["stored"][0]["date"] == "2024-06-05"
    page = ("<html><head><title>Orrin ferry</title><meta property='article:published_time' "
            "content='2024-06-07'></head><body><article><h1>Orrin ferry</h1><p>The Orrin ferry "
            "resumed service on Friday after the bridge reopened, the harbour office said.</p>"
            "<p>Passengers crowded the quay in the morning sun.</p></article></body></html>")
    stored = httpx.post(f"{base}/api/articles/raw", params={"url": "https://port.example/ferry"},
                        content=page, headers={"content-type": "text/html"}).json()["stored"]
    assert stored[0]["date"] == "2024-06-07" and not stored[0]["date_inferred"]
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Orrin</title>"
            "<item><title>One</title><link>https://feed.example/1</link><pubDate>Mon, 10 Jun 2024 08:00:00 GMT</pubDate>"
            "<description>The Orrin council met on Monday to discuss tolls.</description></item>"
            "<item><title>Two</title><link>https://feed.example/2</link><pubDate>Tue, 11 Jun 2024 08:00:00 GMT</pubDate>"
            "<description>Tolls on the Orrin bridge were cut on Tuesday.</description></item></channel></rss>")
    items = httpx.post(f"{base}/api/articles/raw", content=feed,
                       headers={"content-type": "application/rss+xml"}).json()["stored"]
    assert [i["date"] for i in items] == ["2024-06-10", "2024-06-11"]
    assert httpx.get(f"{base}/api/search", params={"q": "tolls"}).json()["hits"]

    assert httpx.post(f"{base}/api/articles/raw", content=b"\x00\x01",
                      headers={"content-type": "image/png"}).status_code == 415


def test_bad_input_is_refused(base: str) -> None:
    hostile = httpx.post(f"{base}/api/articles", json={"articles": [{"text": "x", "url": "javascript:alert(1)"}]})
    assert hostile.status_code == 422 and "http" in hostile.text
    path = httpx.post(f"{base}/api/articles", json={"articles": [{"text": "x", "path": "/etc/passwd"}]})
    assert path.status_code == 422  # no file-system path is read from a request
    big = httpx.post(f"{base}/api/articles", json={"articles": [{"text": "word " * 10_000}]})
    assert big.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(50):
            yield b"x" * 1000

    streamed = httpx.post(f"{base}/api/articles/raw", content=chunks(), headers={"content-type": "text/plain"})
    assert streamed.status_code == 413
    assert httpx.get(f"{base}/api/search", params={"q": "a" * 501}).status_code == 422
    assert httpx.get(f"{base}/api/search?q=" + "a" * 5000).status_code == 414
    assert httpx.get(f"{base}/api/search", params={"q": "velna", "limit": 100_000}).status_code == 422


def test_security_headers_docs_and_no_cors(base: str) -> None:
    page = httpx.get(f"{base}/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert page.headers["x-content-type-options"] == "nosniff"
    api = httpx.get(f"{base}/api/info", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in api.headers
    docs = httpx.get(f"{base}/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert httpx.get(f"{base}/docs-assets/swagger-ui-bundle.js").status_code == 200
    spec = httpx.get(f"{base}/openapi.json").json()
    assert {"/api/search", "/api/timeline", "/api/articles", "/api/articles/{article_id}",
            "/api/timelines"} <= set(spec["paths"])


def test_saved_timelines(base: str) -> None:
    made = httpx.post(f"{base}/api/timelines", json={"name": "Velna flood", "params": {"q": ["velna"], "dates": 3}})
    assert made.status_code == 201
    number = made.json()["id"]
    assert any(t["id"] == number for t in httpx.get(f"{base}/api/timelines").json())
    saved = httpx.get(f"{base}/api/timelines/{number}").json()
    assert saved["params"]["q"] == ["velna"] and saved["timeline"]["entries"]
    assert httpx.delete(f"{base}/api/timelines/{number}").status_code == 204
    assert httpx.get(f"{base}/api/timelines/{number}").status_code == 404


def test_token_read_only_and_cors(corpus: Path) -> None:
    article = {"articles": [{"text": "The Tarn ferry sank on May 2, 2024.", "date": "2024-05-03"}]}
    with serving(corpus, Settings(token="s3cret")) as base:
        assert httpx.post(f"{base}/api/articles", json=article).status_code == 401
        wrong = httpx.post(f"{base}/api/articles", json=article, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        good = httpx.post(f"{base}/api/articles", json=article, headers={"Authorization": "Bearer s3cret"})
        assert good.status_code == 200
        assert httpx.get(f"{base}/api/search", params={"q": "tarn"}).json()["hits"]  # reads need no token
    with serving(corpus, Settings(read_only=True)) as base:
        assert httpx.post(f"{base}/api/articles", json=article).status_code == 403
        assert httpx.post(f"{base}/api/timelines", json={"name": "x", "params": {}}).status_code == 403
        assert httpx.get(f"{base}/api/info").json()["read_only"] is True
    with serving(corpus, Settings(cors_origins=("https://newsroom.example",))) as base:
        allowed = httpx.get(f"{base}/api/info", headers={"Origin": "https://newsroom.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://newsroom.example"
        other = httpx.get(f"{base}/api/info", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dateline_serve_binds_loopback_by_default(corpus: Path) -> None:
    port = _free_port()
    env = {**os.environ, "DATELINE_STORE": str(corpus)}
    process = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--port", str(port), "--read-only"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=2).json()["read_only"]
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "dateline serve did not start"
                time.sleep(0.2)
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True)
        if listening.returncode == 0:
            local = [line.split()[3] for line in listening.stdout.splitlines()]
            assert local == [f"127.0.0.1:{port}"]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_hostile_article_is_data(base: str) -> None:
    hit = httpx.get(f"{base}/api/search", params={"q": "onerror"}).json()["hits"][0]
    assert HOSTILE in hit["text"]  # the API returns JSON text as it is; the page shows it as text
