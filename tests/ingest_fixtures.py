"""Pages, feeds and a local web server written for the ingest tests (no network, own text)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour authority reopens the northern pier | The Velna Courier</title>
<link rel="canonical" href="https://courier.example.org/harbour/pier-reopens">
<meta name="author" content="Marta Ilves">
<meta property="article:published_time" content="2024-07-31T08:15:00+02:00">
<meta property="article:modified_time" content="2024-08-02T10:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article>
<h1>Harbour authority reopens the northern pier</h1>
<p>The harbour authority of Velna reopened the northern pier on Tuesday, three months after a
storm tore away part of its deck. Fishing boats were tied up there again by the afternoon.</p>
<p>Engineers replaced forty metres of timber and reinforced the pilings with steel sleeves. The
repairs cost about 2.4 million euros, the authority said, most of it paid by the regional fund.</p>
<p>Local fishermen had moored in the southern basin since April, which added an hour to every
trip to the fishing grounds. "We lost a season," said one skipper, who asked not to be named.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm damages pier</a></li>
<li><a href="/b">Ferry timetable changes</a></li></ul></aside>
<footer>Copyright 2024 The Velna Courier. All rights reserved. Contact us. Privacy policy.</footer>
</body></html>
"""

# No date in the page's markup: the article must be dated from its text, and marked inferred.
UNDATED_PAGE = """<!DOCTYPE html><html><head><title>Lighthouse keepers leave Skarn</title></head>
<body><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav><article>
<h1>Lighthouse keepers leave Skarn</h1>
<p>Today (Thursday, May 8, 2025) the last two keepers of the Skarn lighthouse handed its keys to
the coast guard, ending a watch their families had kept for ninety years.</p>
<p>The light itself will keep turning: an automatic lamp was fitted last winter, and a
technician will visit it once a month from the mainland.</p>
</article><footer>All rights reserved.</footer></body></html>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Velna Courier</title><link>https://courier.example.org/</link>
<description>News from Velna</description>
<item><title>Ferry timetable changes from Monday</title>
<link>https://courier.example.org/ferry</link><guid>https://courier.example.org/ferry</guid>
<pubDate>Fri, 02 Aug 2024 00:30:00 +0200</pubDate><author>desk@courier.example.org (Jon Saar)</author>
<description>&lt;p&gt;The island ferry will leave &lt;b&gt;twenty minutes earlier&lt;/b&gt; from
Monday, the operator said.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</description></item>
<item><title>Council approves the harbour budget</title>
<link>https://courier.example.org/budget</link>
<description>The council approved the harbour budget after a long debate.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Skarn Weekly</title><id>urn:skarn</id>
<updated>2025-05-09T12:00:00Z</updated>
<entry><title>Keepers hand over the lighthouse</title><id>urn:skarn:1</id>
<link href="https://skarn.example.net/keepers"/>
<published>2025-05-08T18:00:00+02:00</published><updated>2025-05-09T09:00:00+02:00</updated>
<author><name>Ina Lorr</name></author>
<content type="html">&lt;p&gt;The last keepers of the Skarn lighthouse handed over its keys on
Thursday.&lt;/p&gt;</content></entry>
</feed>
"""


class _Handler(BaseHTTPRequestHandler):
    """Routes for the tests: pages, a feed, redirects, an error, a large and a slow body."""

    agents: list[str] = []

    def log_message(self, *_args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, media: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/page":
            self._send(200, PAGE.encode())
        elif path == "/undated":
            self._send(200, UNDATED_PAGE.encode())
        elif path == "/feed":
            self._send(200, RSS.encode(), "application/rss+xml")
        elif path == "/text":
            self._send(200, "date 2024-07-30\nThe storm warning was lifted on Monday.".encode(),
                       "text/plain; charset=utf-8")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._send(302, b"", headers={"Location": f"/hop/{left - 1}" if left else "/page"})
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/big":
            self._send(200, b"<p>" + b"x" * 200_000 + b"</p>")
        elif path == "/big-unsized":  # no Content-Length: the limit must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 10_000)
        elif path == "/slow":
            time.sleep(2)
            self._send(200, PAGE.encode())
        else:
            self._send(404, b"")


class _Server(ThreadingHTTPServer):
    """Tests hang up on purpose (a size limit, a timeout); socketserver would print the
    handler's broken pipe to whatever `sys.stderr` is then, which may be a later test's
    captured output (a stray "Traceback" there fails its check)."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def local_server() -> Iterator[tuple[str, list[str]]]:
    """A web server on 127.0.0.1 (an unused port) for one test: its base URL and the user
    agents it saw. Stops itself when the test ends."""
    _Handler.agents = []
    server = _Server(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Handler.agents
    finally:
        server.shutdown()
        server.server_close()


def interrupted_after(process: Callable[..., Iterator[object]], count: int) -> Callable[..., Iterator[object]]:
    """`process` (the pipeline a command runs) as if Ctrl-C came once it had yielded `count`
    articles: what a command keeps of an interrupted run can then be tested."""

    def interrupted(*args: object, **kwargs: object) -> Iterator[object]:
        for n, article in enumerate(process(*args, **kwargs)):
            if n == count:
                raise KeyboardInterrupt
            yield article

    return interrupted
