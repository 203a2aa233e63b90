"""Make docs/screenshot.png: the web page on the built-in example, an entry opened.

    python docs/screenshot.py

Ingests the built-in example articles into a temporary corpus, serves it on 127.0.0.1 and
photographs the page in Debian's headless chromium (Playwright), as the browser tests do.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from serving import serving  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    from dateline.cli.common import example_dir

    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "corpus.sqlite"
        subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", example_dir().name, "--db", str(db)],
                       check=True, stdout=subprocess.DEVNULL, cwd=example_dir().parent)
        with serving(db) as base, sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            page = browser.new_page(viewport={"width": 1360, "height": 860})
            page.goto(f"{base}/?q=moscow")
            page.wait_for_selector(".entry")
            page.wait_for_selector("#hits li")
            page.locator(".entry").last.click()
            page.wait_for_selector("#reader mark.hit")
            page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
            browser.close()


if __name__ == "__main__":
    main()
