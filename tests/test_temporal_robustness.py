"""Any text gives a result, never a crash: offsets inside the text, values well-formed."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import TIMEX_TYPES
from dateline.temporal import available_languages, tag

# TIMEX3 values: dates/weeks/quarters/seasons with X placeholders and times, durations,
# sets and the reference values.
_VALUE = re.compile(
    r"^(?:"
    r"(?:\d{4}|X{4}|\d{3}X?|\d{2}X{0,2})"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:\d|WE))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?"
    r"(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|DT))?"
    r"|P(?:[\dX.]+(?:Y|M|W|D|Q|DE|CE|WE))+|PT(?:[\dX.]+[HMS])+"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r")$")

WORDS = ["Friday", "March", "17", "2023", "last", "week", "next", "year", "ago", "two", "days",
         "today", "yesterday", "(", ")", ",", "the", "of", "quarter", "third", "February", "31",
         "every", "morning", "10", "p.m.", "a", "later", "early", "1990s", "-", "May", "8", "\n",
         # Words of the other languages, elisions included.
         "de", "del", "el", "pasado", "próximo", "este", "hace", "mañana", "por", "la", "viernes",
         "marzo", "l'", "année", "dernier", "il y a", "lendemain", "1er", "scorso", "fa", "quest'",
         "anno", "lunedì", "un'", "ora", "ogni", "cada", "chaque"]


def check(text: str, dct: dt.date | None, lang: str = "en") -> None:
    for timex in tag(text, dct, lang):
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in TIMEX_TYPES
        assert _VALUE.match(timex.value), timex


@settings(max_examples=200, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))),
       st.sampled_from(available_languages()))
def test_any_text(text: str, dct: dt.date | None, lang: str) -> None:
    check(text, dct, lang)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
       st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))),
       st.sampled_from(available_languages()))
def test_temporal_word_salad(text: str, dct: dt.date | None, lang: str) -> None:
    check(text, dct, lang)


def test_edges_of_the_calendar_do_not_crash() -> None:
    for lang in available_languages():
        for dct in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
            check("Friday. The 1st century. The following Saturday, two and a half hours later.", dct, lang)
    assert _VALUE.match("PT2H30M") and _VALUE.match("P2Y6M")


def test_absurd_dates_do_not_crash() -> None:
    values = [t.value for t in tag("It happened on February 31, 2023 and on 31/02/2023.", dt.date(2023, 3, 1))]
    assert values[0] == "2023-02-XX"


def test_empty_and_junk() -> None:
    assert tag("", dt.date(2023, 1, 1)) == []
    check("\x00\x01\ufffd" * 100 + "日本語のテキスト 2023年3月 Привет мир", dt.date(2023, 1, 1))


def test_ten_megabytes() -> None:
    block = ("Stocks fell 3% on Friday, two days after the March 17 meeting; traders expect "
             "a rebound next week. ") + "Nothing temporal in this filler sentence at all. " * 20
    text = block * (10_000_000 // len(block))
    timexes = tag(text, dt.date(2023, 3, 20))
    assert len(timexes) == 4 * (10_000_000 // len(block))
