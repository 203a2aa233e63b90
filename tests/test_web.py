"""The web page in a real headless browser (Debian's chromium, driven by Playwright): search,
the timeline, the reader, and hostile article data shown as text."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from serving import HOSTILE, build_corpus, serving

expect = pytest.importorskip("playwright.sync_api").expect

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, str, list[str]]]:
    from playwright.sync_api import sync_playwright

    db = build_corpus(tmp_path_factory.mktemp("web") / "corpus.sqlite")
    dialogs: list[str] = []
    with serving(db) as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        # Generous waits: CI machines and a loaded laptop render slower than Playwright's 5 s default.
        page.set_default_timeout(20_000)
        expect.set_options(timeout=20_000)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))

        def dialog(d) -> None:  # type: ignore[no-untyped-def]
            dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        yield page, base, dialogs
        assert errors == []
        browser.close()


def test_search_shows_entries_and_clicking_one_shows_its_sentences(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, base, _ = browser_page
    page.goto(base)
    page.wait_for_selector(".entry")
    page.fill("#q", "harlow")
    page.click("#query button[type=submit]")
    expect(page.locator("#status")).to_contain_text("harlow")
    entries = page.locator(".entry")
    expect(entries.first).to_be_attached()
    expect(page.locator("#hits li").nth(1)).to_be_attached()
    expect(page.locator("#marks .mark")).to_have_count(entries.count())
    entries.first.click()
    page.wait_for_selector("#reader article mark.hit")
    highlighted = page.locator("#reader mark.hit").first.inner_text()
    assert highlighted.strip() in page.locator(".entry.selected").inner_text()
    # the undated article, dated from its text, is marked as such
    page.fill("#q", "families")
    page.click("#query button[type=submit]")
    # the hits of the previous query stay until the new ones come: wait for the first to say it
    expect(page.locator("#hits li").first).to_contain_text("date inferred")
    page.locator("#hits li").first.click()
    expect(page.locator("#reader .badge").first).to_be_attached()
    expect(page.locator("#reader")).to_contain_text("date inferred")


def test_zoom_and_date_filter(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, base, _ = browser_page
    page.goto(f"{base}/?q=velna")
    page.wait_for_selector(".entry")
    shown = page.locator(".entry").count()
    before = page.locator("#window").inner_text()
    page.click("#zoom-in")
    page.click("#zoom-in")
    assert page.locator("#window").inner_text() != before
    assert page.locator(".entry").count() <= shown
    page.click("#zoom-reset")
    assert page.locator(".entry").count() == shown
    page.fill("#from", "2024-04-05")
    page.click("#query button[type=submit]")
    expect(page).to_have_url(re.compile(r"from=2024-04-05"))
    expect(page.locator("#status")).to_contain_text("date")
    assert all(d >= "2024-04-05" for d in page.locator(".entry time").all_inner_texts())
    assert page.locator("#dl-md").get_attribute("href").startswith("/api/timeline?")


def test_hostile_title_body_and_url_render_as_text(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, base, dialogs = browser_page
    page.goto(f"{base}/?q=onerror")
    page.wait_for_selector("#hits li")
    hit = page.locator("#hits li").first
    assert HOSTILE in hit.inner_text()
    hit.click()
    page.wait_for_selector("#reader article")
    reader = page.locator("#reader")
    assert HOSTILE in reader.locator("h3").inner_text()
    assert "<img src=x onerror=alert(2)>" in reader.inner_text()
    assert page.locator("#reader script, #hits script, #entries script, img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    for link in page.locator("a[href]").all():
        assert link.get_attribute("href").startswith(("/", "http://", "https://"))
    page.goto(f"{base}/?q=velna")
    page.wait_for_selector(".entry")
    for entry in page.locator(".entry").all():
        entry.click()
    page.wait_for_timeout(500)
    assert dialogs == []


def test_a_saved_timeline_shows_what_an_ingest_changed(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, base, _ = browser_page
    page.goto(base)
    page.fill("#q", "velna")
    page.click("#query button[type=submit]")
    page.wait_for_selector(".entry")
    page.fill("#save-name", "velna watch")
    page.click("#save button[type=submit]")
    expect(page.locator("#status")).to_contain_text("saved")
    article = {"id": "velna-memorial", "date": "2024-05-20", "lang": "en", "title": "Velna memorial opens",
               "text": "A memorial to the Velna flood victims opened in Harlow on May 20, 2024."}
    assert page.request.post(f"{base}/api/articles", data={"articles": [article]}).ok
    page.reload()
    saved = page.locator("#saved option", has_text="velna watch")
    page.select_option("#saved", saved.get_attribute("value"))
    history = page.locator("#history")
    expect(history).to_be_visible()
    history.locator("summary").click()
    expect(page.locator("#history-list")).to_contain_text("appeared 2024-05-20")
    expect(page.locator("#history-list")).to_contain_text("because of Velna memorial opens")
    expect(page.locator("#history-list li").last).to_contain_text("created")


def test_entity_timeline_and_refused_inputs_read_as_sentences(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, base, _ = browser_page
    status = page.locator("#status")
    page.goto(f"{base}/?dates=0")  # a hand-edited URL: the API's own validation error (a list)
    expect(status).to_contain_text("dates: Input should be greater than or equal to 1")
    assert "[{" not in status.inner_text() and "422" not in status.inner_text()
    page.fill("#dates", "")
    page.fill("#from", "2024-04-09")
    page.fill("#to", "2024-04-01")
    page.click("#query button[type=submit]")
    expect(status).to_contain_text("from (2024-04-09) is after to (2024-04-01)")
    page.fill("#save-name", "backwards")
    page.click("#save button[type=submit]")
    expect(status).to_contain_text("could not save (from (2024-04-09) is after to (2024-04-01))")
    page.fill("#from", "")
    page.fill("#to", "")
    page.fill("#entity", "Nobodyxyz")
    page.click("#query button[type=submit]")
    expect(page.locator("#notes")).to_contain_text("the entity Nobodyxyz")
    page.fill("#entity", "Harlow")
    page.fill("#sentences", "1")
    page.click("#query button[type=submit]")
    expect(status).to_contain_text("involving Harlow")
    expect(page).to_have_url(re.compile(r"entity=Harlow.*sentences=1"))
    expect(page.locator(".entry").first).to_be_attached()
    assert all(e.locator(":scope > ul > li").count() == 1 for e in page.locator(".entry").all())
    expect(page.locator(".entry .event").first).to_contain_text("dated by expression")
    page.fill("#entity", "")
    page.fill("#q", "velna")
    page.fill("#limit", "2")  # the articles a timeline is built from: more (or fewer) than the default
    page.click("#query button[type=submit]")
    expect(page.locator("#notes")).to_contain_text("built from the 2 articles that match best")


def test_an_event_entry_shows_its_other_reports_and_opens_their_articles(browser_page) -> None:  # type: ignore[no-untyped-def]
    page, base, _ = browser_page
    # the API's answer for an event entry with a second report, its two articles from the corpus
    first, second = (page.request.get(f"{base}/api/articles/{n}").json() for n in (1, 2))
    def source(article: dict) -> dict:  # type: ignore[type-arg]
        return {"article": str(article["id"]), "title": article["title"], "published": article["date"], "date_inferred": False}
    sentence = {"text": first["sentences"][0]["text"], "source": source(first), "event": "burst", "status": "happened",
                "dated_by": "expression", "participants": ["Velna"],
                "reports": [{"text": second["sentences"][0]["text"], "source": source(second)}]}
    timeline = {"method": "events", "query": [], "notes": [], "entries": [{"date": "2024-04-01", "sentences": [sentence]}]}
    page.route("**/api/timeline?*", lambda route: route.fulfill(json=timeline) if "entity=Velna" in route.request.url
               else route.continue_())
    page.goto(f"{base}/?entity=Velna")
    entry = page.locator(".entry").first
    expect(entry.locator(".event")).to_contain_text("burst · happened · dated by expression")
    expect(entry.locator(".event summary")).to_have_text("also reported by 1 other article")
    entry.click()
    expect(page.locator("#reader article")).to_have_count(2)
    expect(page.locator("#reader mark.hit")).to_have_count(2)
    page.unroute("**/api/timeline?*")


# Labels of the axis (tick dates and entry dates) that stick out of it, as [text, px cut].
CUT_LABELS = """() => { const axis = document.getElementById('axis').getBoundingClientRect();
  return [...document.querySelectorAll('#axis .mark-label, #axis .tick span')].map((label) => {
    const box = label.getBoundingClientRect();
    return [label.textContent, Math.round(Math.min(box.left - axis.left, axis.right - box.right))]; })
    .filter(([, room]) => room < 0); }"""


def test_axis_labels_stay_inside_the_axis_and_the_method_menu_says_events(browser_page) -> None:  # type: ignore[no-untyped-def]
    """A date label at either end of the axis was half cut off, and on a phone the tick dates
    ran into each other; an entity timeline (built from events) showed "dateline" as its method."""
    page, base, _ = browser_page
    try:
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(f"{base}/?entity=Velna")
            expect(page.locator("#status")).to_contain_text("method events")
            assert page.evaluate(CUT_LABELS) == []
            lefts = page.eval_on_selector_all("#ticks .tick", "ticks => ticks.map((t) => t.getBoundingClientRect().left)")
            assert all(b - a >= 70 for a, b in zip(lefts, lefts[1:]))  # room for each tick's date
            expect(page.locator("#method")).to_have_value("events")
            expect(page.locator("#method")).to_be_disabled()
        page.fill("#entity", "")
        expect(page.locator("#method")).to_be_enabled()
        expect(page.locator("#method")).to_have_value("dateline")
        page.select_option("#method", "datewise")
        page.fill("#entity", "Velna")
        page.click("#query button[type=submit]")
        expect(page.locator("#status")).to_contain_text("method events")
        assert "method=" not in page.url  # the menu's "events" is no method the API is asked for
        page.fill("#entity", "")
        expect(page.locator("#method")).to_have_value("datewise")  # the choice comes back
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_a_saved_timelines_history_shows_why_rows_name_no_article(browser_page) -> None:  # type: ignore[no-untyped-def]
    """A "recomputed" row holds its reason where a date's row holds sentences: the page showed
    it as a sentence, “undefined”. A date's row no new article explains shows its reason."""
    page, base, _ = browser_page
    saved = [{"id": 77, "name": "routed", "created": "2024-05-01T10:00:00+00:00", "updated": None,
              "params": {"q": ["velna"], "method": "dateline"}}]
    because = [{"id": 9, "article": "pier.txt", "title": "Pier reopens", "outlet": None, "date": "2024-05-02"}]
    changes = [{"id": 1, "at": "2024-05-01T10:00:00+00:00", "change": "created", "date": None, "before": None,
                "after": None, "because": []},
               {"id": 2, "at": "2024-05-02T10:00:00+00:00", "change": "recomputed", "date": None, "before": None,
                "after": "Dateline changed", "because": because},
               {"id": 3, "at": "2024-05-02T10:00:00+00:00", "change": "changed", "date": "2024-04-01", "before": [],
                "after": [{"text": "The Velna river burst its banks."}], "because": [],
                "reason": "no new article speaks of this day"}]
    page.route("**/api/timelines", lambda route: route.fulfill(json=saved))
    page.route("**/api/timelines/77/history", lambda route: route.fulfill(json={"id": 77, "changes": changes}))
    try:
        page.goto(base)
        page.wait_for_selector("#saved option[value='77']", state="attached")
        page.select_option("#saved", "77")
        page.locator("#history summary").click()
        rows = page.locator("#history-list li")
        expect(rows).to_have_count(3)
        expect(rows.nth(1)).to_contain_text("recomputed · because of Pier reopens · Dateline changed")
        expect(rows.nth(0)).to_contain_text("changed 2024-04-01 · “The Velna river burst its banks.” · no new article")
        assert "undefined" not in page.locator("#history-list").inner_text()
    finally:
        page.unroute("**/api/timelines")
        page.unroute("**/api/timelines/77/history")


@pytest.mark.parametrize(("query", "said"), [
    ("q=velna&from=2024-13-45", "'2024-13-45' is no day of the calendar"),
    ("q=velna&to=20240405", "'20240405' is not a date written YYYY-MM-DD"),
    ("q=velna&limit=many", "limit: Input should be a valid integer")])
def test_a_link_with_a_value_a_field_cannot_hold_is_refused_not_dropped(browser_page, query: str,  # type: ignore[no-untyped-def]
                                                                        said: str) -> None:
    """A date input takes only a calendar day (a number input only a number): a shared link's
    `from=2024-13-45` was emptied by the field, the unfiltered timeline shown as if filtered and
    the link rewritten without it. Now the server is asked as the link says: one line."""
    page, base, _ = browser_page
    page.goto(f"{base}/?{query}")
    status = page.locator("#status")
    expect(status).to_contain_text(said)
    assert status.inner_text().startswith("could not build the timeline (") and "\n" not in status.inner_text()
    assert query.split("&")[1] in page.url  # the link as it was given
