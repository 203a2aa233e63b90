"""Rule regexes compiled with their first characters (`regex_cache.regex(..., first_chars=True)`)
find exactly what `re.compile` finds: the same spans and groups, for every rule of every
language, on text that writes letters in the forms IGNORECASE equates (ſ for s, K for k, İ)."""

from __future__ import annotations

import re

import pytest

from dateline import regex_cache
from dateline.temporal.lexicon import available_languages
from dateline.temporal.tagger import tagger_for

# Hand-written sentences per language, then the same in capitals and with the letters that
# IGNORECASE matches to others: the long s, the Kelvin sign, the dotted capital I.
SENTENCES = {
    "en": "Two years ago, on March 3, 2001 at half past ten, and every Monday since the 1990s; "
          "next week, the fiscal year 2004 ends in the third quarter, 45 minutes later.",
    "es": "Hace dos años, el 5 de mayo de 2001 a las diez y media, y cada lunes desde los años 90; "
          "la próxima semana, el tercer trimestre de 2004, 45 minutos después.",
    "fr": "Il y a deux ans, le 5 mai 2001 à dix heures et demie, et chaque lundi depuis les années 90 ; "
          "la semaine prochaine, le troisième trimestre 2004, 45 minutes plus tard.",
    "it": "Due anni fa, il 5 maggio 2001 alle dieci e mezza, e ogni lunedì dagli anni '90; "
          "la settimana prossima, il terzo trimestre del 2004, 45 minuti dopo.",
    "de": "Vor zwei Jahren, am 5. Mai 2001 um halb elf, und jeden Montag seit den 90er Jahren; "
          "nächste Woche, im dritten Quartal 2004, 45 Minuten später.",
    "pt": "Há dois anos, em 5 de maio de 2001 às dez e meia, e toda segunda-feira desde os anos 90; "
          "na próxima semana, no terceiro trimestre de 2004, 45 minutos depois.",
    "ru": "Два года назад, 5 мая 2001 года в половине одиннадцатого, и каждый понедельник с 90-х годов; "
          "на следующей неделе, в третьем квартале 2004 года, через 45 минут.",
    "ar": "قبل عامين، في 5 مايو 2001 في العاشرة والنصف، وكل يوم اثنين منذ التسعينيات؛ "
          "الأسبوع المقبل، في الربع الثالث من عام 2004، بعد 45 دقيقة.",
}
ODD = str.maketrans({"s": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0130"})


def _text(lang: str) -> str:
    sentence = SENTENCES[lang]
    return "\n".join([sentence, sentence.upper(), sentence.translate(ODD), sentence.upper().translate(ODD)])


def test_every_language_has_sentences() -> None:
    assert set(SENTENCES) == set(available_languages())


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_rules_find_what_re_finds(lang: str) -> None:
    text = _text(lang)
    told = 0
    for compiled in tagger_for(lang).rules:
        plain = re.compile(compiled.source, re.IGNORECASE)
        fast = regex_cache.regex(compiled.source, re.IGNORECASE, lang, first_chars=True)
        told += fast != plain  # a pattern given its first characters compares unequal
        for start in range(0, len(text), 97):  # windows, as the tagger searches
            end = min(len(text), start + 400)
            assert [(m.span(), m.groups()) for m in fast.finditer(text, start, end)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text, start, end)], compiled.rule.name
    assert told >= len(tagger_for(lang).rules) // 2  # most rules get first characters


@pytest.mark.parametrize("pattern, text, found", [
    (r"(?<!\w)september", "\u017fEPTEMBER", ["\u017fEPTEMBER"]),  # the long s is an s
    (r"(?<!\w)kilo", "a \u212aILO", ["\u212aILO"]),  # the Kelvin sign is a k
    (r"(?<!\w)in\b", "\u0130N", ["\u0130N"]),  # SRE lowers İ to i
    (r"(?<!\w)(?:\d+|two)\s+days", "\u0662 days, TWO DAYS", ["\u0662 days", "TWO DAYS"]),
    (r"(?<!\w)(?:the\s+)?(?:past\s+)?(?:\d+|one)\s+years?", "The past 3 years, PAST ONE YEAR",
     ["The past 3 years", "PAST ONE YEAR"]),
])
def test_first_characters_keep_every_match(pattern: str, text: str, found: list[str]) -> None:
    fast = regex_cache.regex(pattern, re.IGNORECASE, first_chars=True)
    assert fast != re.compile(pattern, re.IGNORECASE)  # it was given first characters
    assert fast.findall(text) == re.compile(pattern, re.IGNORECASE).findall(text) == found


@pytest.mark.parametrize("pattern", [r"(?<!\w)x?", r"(?<!\w)[^a]b", r"(?<!\w).b", r"(?<!\w)\w+"])
def test_a_start_that_cannot_be_listed_keeps_re_code(pattern: str) -> None:
    assert regex_cache.regex(pattern, re.IGNORECASE, first_chars=True) == re.compile(pattern, re.IGNORECASE)
