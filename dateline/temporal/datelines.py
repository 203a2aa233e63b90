"""A wire story's dateline: "LONDON, March 5 (Reuters) -", "(ANSA) - ROMA, 5 MAR -", "MADRID,
5 mar (EFE).-", "BERLIN, 5. März (dpa) -", "القاهرة، 5 مارس (رويترز) -", "WASHINGTON —".

One pattern for every stage: dating reads the dateline's day as the day of writing
(`dating`), the events stage leaves its place out of the participants of the events the
story tells. The place, the agency and the dash are the same in every language; the months
are the language file's own `[month]` words: nothing is listed twice. (Dating, which has the
tagger's dates, also takes the words of the file's `[stamp] dateline` between a place and its
date, `JOINT`.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.temporal.lexicon import Lexicon, load, normalize

_AGENCY = r"(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)"  # "(Reuters)", "/PRNewswire/"
_LINK = r"(?:[^\W\d_]{1,3}[ \t]+)?"  # a short word between a place, a day, a month and a year ("le", "de", "في")
_PLACE_WORDS = r"[^\W\d_][^\s,،()]*(?:[ \t]+[^\s,،()]+){0,3}"  # a place of at most four words

# The place (a name of at most four words, "SANTA CRUZ DE TENERIFE", and its region), after
# the agency where the agency comes first ("(ANSA) - ROMA, 25 giugno -", "(ANSA) ROMA, 25
# GIU -"), then a comma (the Arabic one too: "القاهرة، 25 يونيو") or a dash, with the agency
# before it ("WASHINGTON (AP) — June 25, 2013 —", "Marseille (AFP), 25 juin -", "القاهرة - 25
# يونيو") or the agency alone ("LONDON (Reuters) June 25 -"), and an article ("Paris, le 25
# juin 2013 -"): what comes before a dateline's date (dating matches it up to a date it found).
PLACE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*[-–—]?[ \t]*)?"
                   rf"(?P<place>{_PLACE_WORDS}(?:[,،][^\n,،()]{{1,30}})?)"
                   r"(?:[,،]|[ \t]*\([^()\n]{1,30}\)[ \t]*(?:[,،]|[-–—]{1,2})?|[ \t]*[-–—]{1,2})"
                   rf"[ \t]*{_LINK}")
# After the date: the agency, then a dash; with the agency, the date may stand without its
# place ("June 25 (Reuters) -").
AFTER = re.compile(rf"[ \t]*(?P<agency>{_AGENCY})?[ \t]*[-–—_.:]")
# A place and a word joining it to the date (`[stamp] dateline`, a `words_regex` template).
JOINT = rf"[ \t]*(?P<place>{_PLACE_WORDS}?)[ \t]+(?:{{words}})[ \t]*"

# A whole dateline at the start of a line, without a tagger: the place (its region after a
# comma), an agency before or after it, a day and a month of the language's `[month]` words
# either way round ("5 mars", "5. März", "March 5", "mayo 2", with "de" and a year if given),
# an agency, and a dash (".-", ".—" and the AP's "_" too; after a date, a full stop or a colon
# too: "Ajdabiya, Libia, marzo 31. La oposición …"). A `words_regex` template.
_DAY = r"\d{1,2}(?:[^\W\d_]{1,2}|[º°])?\.?"  # "5", "5.", "5th", "1er", "1º"
_YEAR = rf"(?:,?[ \t]+{_LINK}\d{{4}})?"
_DATE = rf"(?P<date>(?:{_DAY}[ \t]+{_LINK}(?:{{words}})|(?:{{words}})[ \t]+{_DAY}){_YEAR})"
# A word of a place: "SANTA", "O'SMACH", "St.", "Rafah/El", and joined by hyphens ("САНКТ-ПЕТЕРБУРГ",
# "SAINT-NAZAIRE", "BADEN-BADEN"), as `PLACE`'s words are.
_WORD = r"[^\W\d_](?:[^\W\d_]|['’./]|-(?=[^\W\d_]))*"
_WHOLE = (rf"[ \t]*(?:(?P<before>{_AGENCY})[ \t]*[-–—]?[ \t]*)?"
          rf"(?P<place>{_WORD}(?:[ \t]+(?:{_WORD}|/)){{0,3}}?)"
          r"(?P<region>[,،][ \t]*[^\W\d_][^\n,،()\-–—\d]{0,30}?(?=[ \t]*[,،(]))?"
          rf"[ \t]*(?P<agency1>{_AGENCY})?[ \t]*(?P<comma>[,،])?[ \t]*{_LINK}"
          rf"{_DATE}?"
          rf"[ \t]*(?P<agency2>{_AGENCY})?[ \t]*(?P<dash>\.?[-–—_]{{1,2}}(?=\s|\Z)|\.?—|[.:](?=[ \t]))[ \t]*")


@dataclass(frozen=True, slots=True)
class Opening:
    """A dateline at a line's start: the character spans of its place, of the place's region
    ("ISTANBUL, Turkey (AP)_"), of its date and of its agency (None when it has none), and
    where the story's text after it starts."""

    place: tuple[int, int]
    region: tuple[int, int] | None
    date: tuple[int, int] | None
    agency: tuple[int, int] | None
    end: int


def opening_dateline(text: str, lang: str, start: int = 0) -> Opening | None:
    """The dateline that opens the line starting at `start` (the text's or a paragraph's
    start), in language `lang`, or None. A place is not written in lowercase (`_a_place`), and
    a place alone before its dash ("WASHINGTON —") is in capitals: "Obama — the president"
    opens no dateline, "Paris, 5 mars -" and "PARIS (AFP) -" do; a full stop ends only a
    dateline whose date follows its place's comma ("Ajdabiya, Libia, marzo 31. La …"). A dash
    is followed by a space ("AVON RENT-A-CAR" is a name), but for the em dash ("WASHINGTON—").
    None too where `start` does not open a line (only spaces before it on its line)."""
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return None  # a dateline opens a line
    lex = load(lang)
    found = _pattern(lex).match(text, start)
    if found is None:
        return None
    place = found.group("place")
    agency = next((found.span(g) for g in ("before", "agency1", "agency2") if found.group(g)), None)
    if not _a_place(place, lex) or not (found.group("date") or agency or place.isupper()) \
            or found.group("dash") in (".", ":") and not (found.group("date") and found.group("comma")):
        return None
    date = found.span("date") if found.group("date") else None
    region = None
    if found.group("region"):
        first, last = found.span("region")
        region = first + 1 + len(found.group("region")[1:]) - len(found.group("region")[1:].lstrip()), last
    return Opening(found.span("place"), region, date, agency, found.end())


def _a_place(place: str, lex: Lexicon) -> bool:
    """Whether words can be a dateline's place: none in lowercase but short links ("SANTA CRUZ
    DE TENERIFE", "Santa Cruz de Tenerife"; not "The appointment takes effect"), not a weekday
    or a month ("Lunes, 21 de noviembre de 2011." is a date line), and not only words of the
    language's dates, its articles and prepositions: "El 2 de marzo - ...", "On March 2 - ...",
    "Le 2 mars - ..." open a chronology's entry, whose day is what it tells of."""
    words = place.split()
    return not words[0][:1].islower() and all(not w[:1].islower() or len(w) <= 3 for w in words) \
        and lex.value("weekday", place.lower()) is None and lex.value("month", place.lower()) is None \
        and not all(normalize(w) in _date_words(lex.code) for w in words)


@lru_cache(maxsize=None)
def _date_words(lang: str) -> frozenset[str]:
    """The language file's articles and the words joining the parts of a date (`[determiner]`,
    `[connector]`: "el", "le", "the", "on", "am", "в", "في"), none a place's name on its own."""
    return frozenset(word for name, cls in load(lang).classes.items()
                     if name.split(".")[0] in ("determiner", "connector") for word in cls.table)


def _pattern(lex: Lexicon) -> re.Pattern[str]:
    """The language's whole-dateline pattern (compiled once, by the lexicon's cache)."""
    return lex.words_regex("month", _WHOLE)
