"""The key-word scan (`KeyScanner.hits`) keeps each key word as written with its classes: the
spans it finds must not depend on what it kept from earlier texts, nor on how often it empties
that store."""

from __future__ import annotations

import re

import pytest

from dateline.temporal.lexicon import available_languages, normalize
from dateline.temporal.tagger import Tagger, tagger_for

# Key words written in different cases and spacings, several words to a key, and numbers.
TEXTS = {
    "en": "Two YEARS ago, on March 3 and next  week, the fiscal year ended at half past ten.",
    "es": "Hasta la víspera del 5 de MAYO, hace dos años y la semana próxima.",
    "fr": "Il y a trois ANS, le 4 mai et la semaine prochaine, à midi.",
    "it": "Tre anni fa, il 4 MAGGIO e la settimana prossima, a mezzogiorno.",
    "de": "Vor drei JAHREN, am 4. Mai und nächste Woche, um zehn Uhr.",
    "pt": "Há três ANOS, em 4 de maio e na próxima semana, ao meio-dia.",
    "ru": "Три ГОДА назад, 4 мая и на следующей неделе, в полдень.",
    "ar": "قبل ثلاث سنوات، في 4 مايو والأسبوع المقبل، عند الظهر.",
}


def test_every_language_has_a_text() -> None:
    assert set(TEXTS) == set(available_languages())


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_key_spans_do_not_depend_on_words_kept_from_before(lang: str) -> None:
    text = TEXTS[lang]
    plain = Tagger(tagger_for(lang).lex).keys
    plain._classes_of = lambda word: tuple(plain.classes_of.get(normalize(word), ()))  # nothing kept
    first = plain.hits(text)
    assert first and any(cls != "digits" for cls in first)
    fresh = Tagger(tagger_for(lang).lex).keys
    assert fresh.hits(text) == first
    assert fresh.hits(text) == first  # every word now kept
    other = Tagger(tagger_for(lang).lex).keys
    other.hits(TEXTS["en"] + " " + text.upper())  # other words, and these in capitals, kept first
    assert other.hits(text) == first
    other.WRITTEN_MAX = 1  # emptied before every new word
    assert other.hits(text) == first


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_key_scan_finds_what_re_finds(lang: str) -> None:
    # The scan's regex is told its first characters (regex_cache's first_chars): same matches,
    # in capitals and with the letters IGNORECASE equates to others (ſ, K, İ) too.
    scanner = tagger_for(lang).keys
    plain = re.compile(scanner.regex.pattern, re.IGNORECASE)
    assert scanner.regex != plain  # it was given first characters
    odd = str.maketrans({"s": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0130"})
    text = TEXTS[lang]
    for variant in (text, text.upper(), text.translate(odd), text.upper().translate(odd)):
        assert [m.span() for m in scanner.regex.finditer(variant)] == [m.span() for m in plain.finditer(variant)]
