"""The events stage pauses Python's cycle collector while it runs (`dateline.events.analyze`):
safe only while it makes no cyclic garbage, and the collector must be as it was afterwards."""

from __future__ import annotations

import gc

import pytest

import dateline.events as events
from dateline.cli.common import example_dir
from dateline.events import analyze
from dateline.pipeline import process
from event_cases import article

# One short report per language, so every language's rules run (names, offices, events).
REPORTS = {
    "en": "President Xi Jinping visited Moscow on March 20, 2023. He met Vladimir Putin at the Kremlin.",
    "es": "El presidente chino, Xi Jinping, visitó Moscú el 20 de marzo de 2023. Se reunió con Putin.",
    "fr": "Le président chinois Xi Jinping a visité Moscou le 20 mars 2023. Il a rencontré Poutine.",
    "it": "Il presidente cinese Xi Jinping ha visitato Mosca il 20 marzo 2023. Ha incontrato Putin.",
    "de": "Der chinesische Präsident Xi Jinping besuchte am 20. März 2023 Moskau. Er traf Putin.",
    "pt": "O presidente chinês Xi Jinping visitou Moscou em 20 de março de 2023. Ele encontrou Putin.",
    "ru": "Председатель КНР Си Цзиньпин посетил Москву 20 марта 2023 года. Он встретился с Путиным.",
    "ar": "زار الرئيس الصيني شي جين بينغ موسكو في 20 مارس 2023. والتقى بوتين في الكرملين.",
}


def _articles() -> list:
    seeds = list(process([example_dir()], workers=1))
    return seeds + [article(text, f"{lang}-1", lang=lang) for lang, text in REPORTS.items()]


def test_the_events_stage_leaves_no_cyclic_garbage() -> None:
    articles = _articles()
    analyze(articles)  # the first call loads every language's data
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        result = analyze(articles)
        unreachable = gc.collect()
    finally:
        if was_enabled:
            gc.enable()
    assert result.events and result.names.entities
    assert unreachable == 0


def test_the_collector_is_as_it_was_after_the_stage() -> None:
    articles = _articles()
    assert gc.isenabled()
    analyze(articles)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(articles)
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_the_collector_comes_back_when_the_stage_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(articles: object) -> None:
        assert not gc.isenabled()
        raise RuntimeError("broken")

    monkeypatch.setattr(events, "find_entities", broken)
    with pytest.raises(RuntimeError, match="broken"):
        analyze(_articles())
    assert gc.isenabled()
