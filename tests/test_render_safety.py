"""The HTML page stays inert whatever the articles, their metadata or the query hold."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Entry, Timeline, TimelineSentence
from dateline.render.html import safe_href, timeline_html

HOSTILE_URLS = [
    "javascript:alert(3)", "JaVaScRiPt:alert(3)", " javascript:alert(3)", "java\tscript:alert(3)",
    "java\nscript:alert(3)", "\x01javascript:alert(3)", "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x", "/relative/path",
    'http://ok.example/" onmouseover="alert(1)', "http://ok.example/\x00x",
]
GOOD_URLS = ["http://example.org/a", "HTTPS://example.org/b?q=1&r=2", "mailto:desk@example.org"]
HOSTILE_TEXT = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
                "</title><script>alert(2)</script>", "<a href='javascript:alert(4)'>x</a>"]


class _Collector(HTMLParser):
    """Every tag and attribute of a page, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs


def _check_inert(page: str) -> _Collector:
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "iframe" not in parsed.tags
    assert not [a for a, _ in parsed.attrs if a.startswith("on")]
    for name, value in parsed.attrs:
        if name in ("href", "src", "action"):
            assert value is not None and re.match(r"(https?://|mailto:)", value, re.I), value
    return parsed


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_only_web_and_mail_urls_become_links(url: str) -> None:
    assert safe_href(url) is None


@pytest.mark.parametrize("url", GOOD_URLS)
def test_web_and_mail_urls_are_links(url: str) -> None:
    assert safe_href(url) == url


def test_hostile_titles_bodies_urls_and_query_render_as_text() -> None:
    sentences = [TimelineSentence(text=HOSTILE_TEXT[i % len(HOSTILE_TEXT)], article_id=f"a{i}",
                                  article_date=dt.date(2024, 5, 1),
                                  title=HOSTILE_TEXT[(i + 1) % len(HOSTILE_TEXT)],
                                  path=HOSTILE_TEXT[(i + 2) % len(HOSTILE_TEXT)], url=url)
                 for i, url in enumerate(HOSTILE_URLS + GOOD_URLS)]
    timeline = Timeline(entries=[Entry(dt.date(2024, 5, 1), sentences)], query=HOSTILE_TEXT,
                        method="dateline", notes=HOSTILE_TEXT)
    page = timeline_html(timeline)
    parsed = _check_inert(page)
    hrefs = [v for a, v in parsed.attrs if a == "href"]
    assert hrefs == GOOD_URLS  # exactly the safe ones are links, in order
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown, as text
    assert "javascript:alert(3)" in page  # the bad URL is still shown, not lost
    assert "Content-Security-Policy" in page


def test_cli_html_from_hostile_jsonl(tmp_path: Path) -> None:
    records = [{"id": f"x{i}", "date": "2024-05-0" + str(i + 1), "url": url, "title": HOSTILE_TEXT[i % 4],
                "text": f"On May {i + 1}, 2024, the council met. {HOSTILE_TEXT[i % 4]} The vote was delayed."}
               for i, url in enumerate(["javascript:alert(3)", "data:text/html,x", "https://ok.example/a"])]
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records))
    result = CliRunner().invoke(app, ["timeline", str(source), "--format", "html", "--no-store",
                                      "--workers", "1", "--query", "council <script>alert(5)</script>"])
    assert result.exit_code == 0, result.output
    _check_inert(result.stdout)
    assert 'href="javascript' not in result.stdout.lower()


def test_inferred_mark_follows_the_date_not_the_title() -> None:
    """Only an inferred publication date is marked, whatever the title says."""
    day = dt.date(2025, 5, 8)
    stated = TimelineSentence(text="Talks ended.", article_id="a", article_date=day,
                              title="Dates (inferred) and facts")
    inferred = TimelineSentence(text="Talks began.", article_id="b", article_date=day,
                                date_inferred=True, title="Plain")
    page = timeline_html(Timeline(entries=[Entry(date=day, sentences=[stated, inferred])]))
    assert page.count('<span class="inferred">') == 1
    assert "Dates (inferred) and facts, a, published 2025-05-08<" in page
    assert 'Plain, b, published 2025-05-08 <span class="inferred">(inferred)</span>' in page
