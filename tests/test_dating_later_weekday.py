"""A weekday counted "from publication unless a past verb of its own clause moves it to the last
date" (`Anchor.LATER`: ru "в следующий понедельник") is dating evidence when it counts from
publication, as "next Monday" is; after such a past verb it says nothing about publication."""

from __future__ import annotations

from dateline.temporal.dating import WeekdayCue, cue_of
from dateline.temporal.meanings import Anchor
from dateline.ingest import split_sentences
from dateline.temporal.tagger import tagger_for


def _cues(text: str, lang: str) -> list[tuple[str, object]]:
    tagger = tagger_for(lang)
    return [(text[m.start:m.end], cue_of(m, text, tagger, 0)) for m in tagger.analyze(text, split_sentences(text), dating=True)
            if getattr(m.meaning, "anchor", None) is Anchor.LATER]


def test_a_coming_later_weekday_is_a_weekday_cue() -> None:
    cues = _cues("Министр посетит Париж в следующий понедельник.", "ru")
    assert cues and all(isinstance(cue, WeekdayCue) for _, cue in cues)


def test_a_later_weekday_after_its_own_past_verb_is_no_cue() -> None:
    cues = _cues("Министр прибыл в Париж 3 мая и вернулся в следующий понедельник.", "ru")
    assert cues and all(cue is None for _, cue in cues)
