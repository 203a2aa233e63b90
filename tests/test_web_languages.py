"""The web page in a headless browser: an Arabic sentence laid out right to left in its own
language, and an axis that one date a year off does not squeeze (a long empty stretch is drawn
as a short break)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.ingest import make_article
from dateline.pipeline import analyse
from dateline.store import open_store
from serving import serving

expect = pytest.importorskip("playwright.sync_api").expect

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="chromium is not installed (.ci/run installs it)")

# Hand-written, fictional: three weeks of a port strike, and one article a year earlier.
PORT = [
    ("p1", dt.date(2026, 5, 4), "en", "Dockworkers in Valdemora walked out on May 4, 2026."),
    ("p2", dt.date(2026, 5, 8), "en", "The Valdemora port authority met the unions on May 7, 2026."),
    ("p3", dt.date(2026, 5, 13), "en", "Ships waited outside Valdemora on May 12, 2026, the harbour master said."),
    ("p4", dt.date(2026, 5, 20), "en", "Valdemora dockworkers voted to return on May 19, 2026."),
    ("p5", dt.date(2026, 5, 23), "en", "Cranes were moving again in Valdemora on May 22, 2026."),
    ("old", dt.date(2025, 5, 11), "en", "Valdemora dockworkers signed a two-year contract on May 10, 2025."),
    ("ar", dt.date(2026, 5, 16), "ar", "أعلنت نقابة عمال ميناء فالديمورا في 15 مايو 2026 استمرار الإضراب."),
]


@pytest.fixture(scope="module")
def page_at(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, str]]:
    from playwright.sync_api import sync_playwright

    db = tmp_path_factory.mktemp("weblangs") / "corpus.sqlite"
    with open_store(db) as store:
        store.add([analyse(make_article(text, id=id, date=date, lang=lang, title=id))
                   for id, date, lang, text in PORT])
    with serving(db) as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(20_000)
        expect.set_options(timeout=20_000)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page, base
        assert errors == []
        browser.close()


def test_an_arabic_sentence_reads_right_to_left_in_its_language(page_at) -> None:  # type: ignore[no-untyped-def]
    page, base = page_at
    page.goto(f"{base}/?q=%D9%81%D8%A7%D9%84%D8%AF%D9%8A%D9%85%D9%88%D8%B1%D8%A7")  # فالديمورا
    sentence = page.locator(".entry p.text").first
    expect(sentence).to_contain_text("فالديمورا")
    assert sentence.get_attribute("lang") == "ar"
    assert sentence.evaluate("node => getComputedStyle(node).direction") == "rtl"
    page.goto(f"{base}/?q=Valdemora")
    english = page.locator(".entry p.text").first
    expect(english).to_contain_text("Valdemora")
    assert english.get_attribute("lang") == "en"
    assert english.evaluate("node => getComputedStyle(node).direction") == "ltr"


def test_one_date_a_year_off_does_not_squeeze_the_real_weeks(page_at) -> None:  # type: ignore[no-untyped-def]
    page, base = page_at
    page.goto(f"{base}/?q=Valdemora")
    page.wait_for_selector("#marks .mark[data-date='2025-05-10']")
    expect(page.locator("#window")).to_contain_text("2025-")  # the old date is still on the axis
    width = page.eval_on_selector("#axis", "axis => axis.clientWidth")
    lefts = dict(page.eval_on_selector_all(
        "#marks .mark", "marks => marks.map((m) => [m.dataset.date, m.getBoundingClientRect().left])"))
    may = [left for day, left in lefts.items() if day.startswith("2026-05")]
    assert len(may) >= 4
    # Drawn to scale, three weeks of a 54-week span take 6% of the axis (about 70 px).
    assert max(may) - min(may) > 0.6 * width
    gap = page.locator("#ticks .gap")
    expect(gap).to_have_count(1)
    assert "days with no entry" in (gap.get_attribute("title") or "")
    assert lefts["2025-05-10"] < min(may)
    ticks = page.eval_on_selector_all("#ticks .tick", "ticks => ticks.map((t) => t.getBoundingClientRect().left)")
    assert all(b - a >= 70 for a, b in zip(ticks, ticks[1:]))  # room for each tick's date
