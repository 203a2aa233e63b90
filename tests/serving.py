"""Helpers for tests that drive the real server: a small corpus and uvicorn on loopback."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from dateline.ingest import make_article
from dateline.pipeline import analyse
from dateline.serve import Settings, create_app
from dateline.store import open_store

HOSTILE = "<script>alert(1)</script>"
ARTICLES = [
    ("velna-1", dt.date(2024, 4, 1), "en", "Velna floods the valley",
     "https://news.example.org/velna-1",
     "The Velna river burst its banks on Monday. Rescue teams reached Harlow on April 2. "
     "The mayor said the dam would be inspected on Friday."),
    ("velna-2", dt.date(2024, 4, 3), "en", "Dam inspection begins", "https://wire.example.com/velna",
     "Engineers began inspecting the Velna dam on Wednesday. The inspection ends on April 12, "
     "officials said."),
    ("velna-es", dt.date(2024, 4, 4), "es", "El río Velna se desborda", "https://diario.example.es/velna",
     "El río Velna se desbordó el 1 de abril de 2024. Los equipos de rescate llegaron a Harlow "
     "al día siguiente."),
    ("velna-undated", None, "en", "A week after the flood", None,
     "Today (Monday, April 8, 2024) families returned to Harlow after the Velna flood."),
    ("hostile", dt.date(2024, 4, 5), "en", f"{HOSTILE} Velna javascript:alert(1)", "javascript:alert(1)",
     f"Velna {HOSTILE} alert <img src=x onerror=alert(2)> went on on April 5. "
     "javascript:alert(3) is no link."),
]


def build_corpus(path: Path) -> Path:
    """A small corpus, analysed as the pipeline would, written to `path`; its hostile article
    (script in title and body, javascript: URL) is what a hostile JSONL file would give."""
    with open_store(path) as store:
        store.add([analyse(make_article(text, id=id, date=date, lang=lang, title=title, url=url))
                   for id, date, lang, title, url, text in ARTICLES])
    return path


@contextlib.contextmanager
def serving(db: Path, settings: Settings | None = None) -> Iterator[str]:
    """uvicorn serving the app on 127.0.0.1 at a free port, in a thread; yields the base URL."""
    import uvicorn

    config = uvicorn.Config(create_app(str(db), settings), host="127.0.0.1", port=0,
                            log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not (server.started and server.servers):
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    base = f"http://{host}:{port}"
    try:
        httpx.get(f"{base}/api/info", timeout=10).raise_for_status()
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
