"""Mojibake: UTF-8 text decoded as a one-byte encoding on its way to the file, repaired at ingest.

A scraper or a CMS that reads UTF-8 bytes as Windows-1252 (or Latin-1, or Windows-1251) and
writes the result back as UTF-8 turns "oposición" into "oposiciÃ³n", "Россия" into
"Ð Ð¾Ñ\x81Ñ\x81Ð¸Ñ\x8f" or "РРѕСЃСЃРёСЏ": the file is valid UTF-8, so decoding cannot tell,
and every later stage (month names, entities, folding) misses the broken words.

Why ftfy, not by hand: undoing the wrong decoding is a line of code, knowing when to undo it
is the hard part. Correct text is full of the same characters ("Ã" in Portuguese, "Р" and "С"
in every Russian line, "«" after "ß" in German quotes), a line may mix repaired and broken
words, and a byte the wrong codec had no character for (0x81, 0x9D) is kept or lost depending
on the tool. ftfy weighs each line's sequences against the characters of real text in every
script and re-decodes only what it judges broken, tested on far more text than we have.
Only its encoding repair is used: its other fixes (curly quotes, full-width letters, line
breaks, NFC) would change correct text. It is imported only for a text that shows a sign of
mojibake (`_SIGN`), so clean text costs one regex search.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


def _decoded(codec: str, low: int, high: int) -> str:
    """The characters a one-byte codec reads bytes low..high as, each undefined byte as
    Latin-1 reads it (a C1 control), as careless decoders keep it."""
    return "".join(bytes([b]).decode(codec, "ignore") or chr(b) for b in range(low, high + 1))


# A sign of mojibake: a UTF-8 lead byte and as many continuation bytes (0x80-0xBF) as it
# announces, as Windows-1252 or Latin-1 show them ("Ã³", "â€™"): one after 0xC2-0xDF (an
# upper-case letter), two after 0xE0-0xEF (a lower-case letter; "á" then a no-break space is
# correct Spanish), three after 0xF0-0xF4; or as Windows-1251 does for Cyrillic, whose UTF-8
# lead bytes 0xD0 and 0xD1 it reads "Р" and "С": two such letters in a row ("РѕСЃ"), as one
# is correct Russian ("Сёмга": "ё" is what Windows-1251 reads 0xB8 as).
_WESTERN = re.escape("".join(sorted(set(_decoded("cp1252", 0x80, 0xBF) + _decoded("latin-1", 0x80, 0xBF)))))
_SIGN = re.compile(f"[{re.escape(_decoded('cp1252', 0xC2, 0xDF))}][{_WESTERN}]"
                   f"|[{re.escape(_decoded('cp1252', 0xE0, 0xEF))}][{_WESTERN}]{{2}}"
                   f"|[{re.escape(_decoded('cp1252', 0xF0, 0xF4))}][{_WESTERN}]{{3}}"
                   f"|(?:[{re.escape(_decoded('cp1251', 0xD0, 0xD1))}][{re.escape(_decoded('cp1251', 0x80, 0xBF))}]){{2}}")
# Any lead before any continuation: a pattern that opens with one character class is scanned
# for several times faster than `_SIGN`'s alternation, so a clean text is searched with it only.
_CANDIDATE = re.compile(f"[{re.escape(_decoded('cp1252', 0xC2, 0xF4) + _decoded('cp1251', 0xD0, 0xD1))}]"
                        f"[{_WESTERN}{re.escape(_decoded('cp1251', 0x80, 0xBF))}]")
_WORD_END = re.compile(r"\S*")
_WORD_START = re.compile(r"\S*\Z")
# How long the example of a repair in the warning may be.
_SHOWN_CHARS = 30


@lru_cache(maxsize=1)
def _config() -> Any:
    """ftfy's settings with every fix but the encoding repair off (imported here: see the module)."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                           fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                           fix_surrogates=False, remove_control_chars=False, normalization=None,
                           explain=False)


def _fix(text: str) -> str:
    """ftfy's encoding repair, line by line (a line broken, the next one correct, stay so)."""
    from ftfy import fix_text

    return fix_text(text, _config())


def repair(text: str) -> tuple[str, str | None]:
    """The text with its mojibake repaired, and what was repaired for the user to see
    ("3 line(s) ... e.g. 'oposiciÃ³n' as 'oposición'"), or the text itself and None."""
    if text.isascii():  # every sign of mojibake is a non-ASCII letter: nothing to search
        return text, None
    candidate = _CANDIDATE.search(text)
    sign = candidate and _SIGN.search(text, candidate.start())
    if sign is None:
        return text, None
    fixed = _fix(text)
    if fixed == text:
        return text, None
    changed = sum(a != b for a, b in zip(text.splitlines(), fixed.splitlines()))
    at = sign.start()
    word = _WORD_START.search(text, max(0, at - _SHOWN_CHARS), at).group() + _WORD_END.match(text, at).group()
    example = f"e.g. {word[:_SHOWN_CHARS]!r} as {_fix(word)[:_SHOWN_CHARS]!r}"
    return fixed, f"mojibake (UTF-8 read as a one-byte encoding) repaired in {changed} line(s), {example}"
