"""A year after a common preterite of "reach" is in the past: publication came after it.
German, French, Italian and Russian forms that their endings miss are listed ("erreichte",
"atteignit", "raggiunse", "достиг"); English, Spanish, Portuguese and Arabic read theirs already."""

from __future__ import annotations

import pytest

from dateline.ingest import split_sentences
from dateline.temporal import tagger_for
from dateline.temporal.tense import PAST

# "The deficit reached a record in 2012.", hand-written in each language.
REACHED = {
    "de": ("Das Defizit erreichte 2012 einen Rekord.", "2012"),
    "fr": ("Le déficit atteignit un record en 2012.", "2012"),
    "it": ("Il deficit raggiunse un record nel 2012.", "2012"),
    "ru": ("Дефицит достиг рекорда в 2012 году.", "2012 году"),
    "en": ("The deficit reached a record in 2012.", "2012"),
    "es": ("El déficit alcanzó un récord en 2012.", "2012"),
    "pt": ("O défice atingiu um recorde em 2012.", "2012"),
    "ar": ("بلغ العجز مستوى قياسيا في عام 2012.", "2012"),
}
# The plural, where the language has its own form.
REACHED_PLURAL = {
    "de": ("Die Exporte erreichten 2012 einen Rekord.", "2012"),
    "fr": ("Les exportations atteignirent un record en 2012.", "2012"),
    "it": ("Le esportazioni raggiunsero un record nel 2012.", "2012"),
    "ru": ("Потери достигли максимума в 2012 году.", "2012 году"),
}


def _tense(lang: str, text: str, expression: str) -> str | None:
    mentions = tagger_for(lang).analyze(text, split_sentences(text), dating=True)
    return next(m.tense for m in mentions if text[m.start:m.end] == expression)


@pytest.mark.parametrize("lang", sorted(REACHED))
def test_a_year_after_reached_is_past(lang: str) -> None:
    text, expression = REACHED[lang]
    assert _tense(lang, text, expression) == PAST


@pytest.mark.parametrize("lang", sorted(REACHED_PLURAL))
def test_a_year_after_the_plural_of_reached_is_past(lang: str) -> None:
    text, expression = REACHED_PLURAL[lang]
    assert _tense(lang, text, expression) == PAST
