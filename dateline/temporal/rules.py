"""The shared temporal grammar: every rule, for every language.

Each rule is a template over lexicon classes (see `grammar.py`) and a builder that turns a
match into a meaning (`meanings.py`). A language without words for a class simply never
fires the rules that need it, so word order differences ("last week" / "la semana pasada")
are two rules over two classes, not code per language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dateline.temporal import hijri
from dateline.temporal.grammar import DIGITS, SPOKEN_YEAR, WORD_AT, Found, Match, Rule, compile_rule, word_start
from dateline.temporal.lexicon import Lexicon, normalize
from dateline.temporal.values import UNIT_GRAN
from dateline.temporal.tense import LAST_WORD
from dateline.temporal.meanings import (Anchor, Calendar, HolidayRef, Literal, Meaning, MonthDay, Offset, Relative,
                                        TenseRef, WeekdayRef)

TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
# Zone names in capitals; "gmt" and "utc" in lower case too, as Spanish agency copy writes
# them ("(13.00 gmt)"), while "ist", "est" are words of other languages.
_TIMEZONE = re.compile(r"(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|MSK|JST|IST|gmt|utc)\b")
# A bare "20.00" alone in brackets, or before a comma in them, is the clock time of a listing
# ("Lo + plus (Canal +, 20.00)", "(21.30, TV-3)"): a half or quarter hour of the day.
_LISTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.(?:00|15|30|45)")


# ---------------------------------------------------------------------------------- helpers

def day_of(text: str | None) -> int | None:
    """The day number of `17th`, `1er`, `03`."""
    if not text:
        return None
    m = re.match(r"\d+", text)
    return int(m.group()) if m else None


def amount(match: Match, group: str = "num") -> float | None:
    """An amount written in digits or words."""
    text = match.text(group)
    return match.lex.number(text) if text is not None else None


def fmt_amount(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


# Units written as multiples of others in TIMEX3 values, as TimeBank does ("two decades":
# P20Y, "three quarters": P9M, "two semesters": P12M); a fraction goes to the next smaller
# unit, as TimeBank writes it ("5 1/2 hours": PT5H30M, "a minute and a half": PT1M30S).
_AS_MULTIPLE = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "Q": (3, "M"), "HY": (6, "M")}
_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"),
            "MIN": (60, "S")}


def duration_value(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: `P3D`, `PT2H`, `P20Y`, `P2Y6M`, `PXY` for an unknown amount."""
    if unit in _AS_MULTIPLE:
        factor, unit = _AS_MULTIPLE[unit]
        n = None if n is None else n * factor
    if n is None:
        return f"PTX{TIME_UNITS[unit]}" if unit in TIME_UNITS else f"PX{unit}"
    parts = [(n, unit)]
    if not float(n).is_integer() and unit in _SMALLER:
        factor, smaller = _SMALLER[unit]
        whole, rest = int(n), (n - int(n)) * factor
        if float(rest).is_integer():
            parts = ([(whole, unit)] if whole else []) + [(rest, smaller)]
    date = "".join(f"{fmt_amount(k)}{u}" for k, u in parts if u not in TIME_UNITS)
    time = "".join(f"{fmt_amount(k)}{TIME_UNITS[u]}" for k, u in parts if u in TIME_UNITS)
    return "P" + date + ("T" + time if time else "")


# The fields of a TIMEX3 duration in the order it writes them ("P2Y3M", "PT2H30M").
_DURATION_FIELDS = re.compile(r"P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(?:T(\d+H)?(\d+M)?(\d+S)?)?")


def joined_duration(first: str, second: str) -> str | None:
    """One value for "two years and three months" (P2Y + P3M = P2Y3M), or None when the parts
    are not whole amounts of units each smaller than the last ("two years and two years")."""
    a, b = _DURATION_FIELDS.fullmatch(first), _DURATION_FIELDS.fullmatch(second)
    if a is None or b is None or a.lastindex is None or b.lastindex is None:
        return None
    b_first = min(i for i in range(1, 8) if b.group(i))
    if a.lastindex >= b_first:
        return None
    fields = [a.group(i) or b.group(i) or "" for i in range(1, 8)]
    time = "".join(fields[4:])
    return "P" + "".join(fields[:4]) + ("T" + time if time else "")


def point_mod(match: Match, group: str = "point_mod") -> str | None:
    return match.value(group)


def shift_value(value: str) -> tuple[int, Anchor]:
    """A shift as written in a language file: `-1` from the publication date, `ref+1` from the
    date last mentioned, `later+1` from the one or the other as the clause's tense says (a word
    that is "next" and, after a past verb, "the following": "на следующей неделе")."""
    if value.startswith("ref"):
        return int(value[3:] or 0), Anchor.REF
    if value.startswith("later"):
        return int(value[5:] or 0), Anchor.LATER
    return int(value), Anchor.DCT


def shift_of(match: Match, *groups: str) -> tuple[int | None, Anchor]:
    """The shift a `shift_before`/`shift_after` word expresses: (n, anchor)."""
    for group in groups:
        value = match.value(group)
        if value is not None:
            return shift_value(value)
    return None, Anchor.DCT


def adjective_start(m: Match) -> int:
    """Where the expression starts: after its determiner if it is a hyphenated adjective.

    "the 14-day strike", "the third-quarter results": TimeBank leaves the article out when the
    time expression only modifies a noun.
    """
    det = m.span("determiner_words") if m.has("determiner_words") else None
    if det is not None and det[0] == m.start and re.search(r"\w-\w\S*$", m.m.group()):
        rest = m.m.string[det[1]:m.end]
        return det[1] + len(rest) - len(rest.lstrip())
    return m.start


def _date_type(meaning: Meaning) -> str:
    part = getattr(meaning, "part", None)
    return "TIME" if part else "DATE"


def found(match: Match, meaning: Meaning, mod: str | None = None,
          span: tuple[int, int] | None = None) -> Found:
    start, end = span or (match.start, match.end)
    return Found(start, end, meaning, _date_type(meaning), mod)


# What comes right after a match: a number ("the year 2000"), a word ("a second term").
_NUMBER_NEXT = re.compile(r"\s+\d")
_WORD_NEXT = re.compile(r"\s+[^\W\d_]")
_NUMBER_GOES_ON = re.compile(r"[.,]?\d|\s+\d")
# The words a shift word ("pasado", "last") can shift: "el pasado sábado", "del pasado día 3".
_SHIFTED = ("weekday", "month", "unit", "season", "holiday", "part_of_day", "connector.before_day",
            "connector.month_word", "period.fiscal")


def _counted_from_it(m: Match) -> bool:
    """Whether a word that counts from the matched period follows it ("a second later", "the
    year earlier", "a week ago")."""
    return any(m.followed_by(c) for c in ("later.words", "earlier.words", "ago.after"))


def _singular(match: Match, group: str = "unit") -> bool:
    """Whether the unit word is in the singular ("last week", not "last weeks")."""
    return match.lex.value("unit_plural", match.text(group) or match.text("unit_plural") or "") is None


@dataclasses.dataclass(frozen=True, slots=True)
class Extent:
    """A language's TimeML extent convention (`[extent]` of its file): the words right before
    an expression that belong to it (Spanish TimeML counts the article or contracted preposition:
    "el lunes", "del 20", "las 8.15"; English TimeML does not), the emphatic words right after
    it ("hoy mismo", "aujourd'hui même", "oggi stesso"), and the prepositions that stay outside
    it although a rule's words begin with them ("hasta el momento")."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    outside: re.Pattern[str] | None

    @classmethod
    def of(cls, lex: Lexicon) -> Extent:
        """The convention of a language (None: it has no such words)."""
        return cls(lex.words_regex_if_any("extent.before", r"(?<!\w)(?:{words})\s+$"),
                   lex.words_regex_if_any("extent.after", r"\s+(?:{words})(?!\w)"),
                   lex.words_regex_if_any("extent.outside", r"(?:{words})\s+(?=\w)"))

    def start(self, text: str, start: int, floor: int) -> int:
        """Where an expression found at `start` starts: after a preposition the words of a rule
        include ("hasta el momento", "desde entonces": "el momento", "entonces"), or before the
        article it takes in; `floor` is where the previous expression ends, which the extent may
        not reach back over."""
        if (inside := self.lead(text, start)) != start:
            return inside
        while self.before is not None and start > floor \
                and (before := self.before.search(text, max(floor, start - 12), start)) is not None:
            start = before.start()  # again: "todo el año", "a lo largo de todo el año"
        return start

    def lead(self, text: str, start: int) -> int:
        """Where an expression found at `start` starts once a leading preposition is left out."""
        lead = self.outside.match(text, start) if self.outside is not None else None
        return lead.end() if lead is not None else start

    def end(self, text: str, end: int) -> int:
        """Where an expression found ending at `end` ends."""
        after = self.after.match(text, end) if self.after is not None else None
        return after.end() if after is not None else end


# ----------------------------------------------------------------------- explicit dates

def build_iso(m: Match) -> Found | None:
    year = int(m.text("y") or 0)
    month, day = int(m.text("mo") or m.text("mo2") or 0), int(m.text("d") or m.text("d2") or 0)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    part = ":".join(t for t in (m.text("hh"), m.text("mi"), m.text("ss")) if t) or None
    return found(m, Calendar("D", year, month, day, part=part))


def build_iso_month(m: Match) -> Found | None:
    """"2008-04": a year and month as machines write them (not "2008-09", a season)."""
    year, month = int(m.text("y") or 0), int(m.text("mo") or 0)
    if m.followed_by("not_time.after_year_month"):
        return None
    return found(m, Calendar("M", year, month)) if 1 <= month <= 12 else None


def build_era_year(m: Match) -> Found | None:
    """"567 BC", "44 av. J.-C.", "AD 1000": a year of an era; before Christ as TIMEX3's BC0567."""
    year = int(m.text("ey") or m.text("ey2") or 0)
    if not 0 < year < 10000:
        return None
    value = f"BC{year:04d}" if m.has("era_bc") else f"{year:04d}"
    return Found(m.start, m.end, Literal("DATE", value), "DATE", point_mod(m))


def build_numeric(m: Match) -> Found | None:
    a, b = int(m.text("a") or 0), int(m.text("b") or 0)
    # Dotted dates are day first everywhere ("19.02.10"), slashed ones in the language's order.
    order = "dmy" if m.text("sep") == "." else str(m.lex.grammar.get("numeric_date_order", "dmy"))
    month, day = (a, b) if order == "mdy" else (b, a)
    if month > 12 and 1 <= day <= 12:  # "14/03/2023" in English, "03/14/2023" elsewhere: the
        month, day = day, month  # number that cannot be the month is the day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(m.text("y") or "") == 2 and m.text("sep") == "-":  # "10-12-15" may be a score
        return None
    return found(m, Calendar("D", m.year("y"), month, day))


def _day_date(m: Match, day_group: str = "day") -> Calendar | None:
    month = m.int("month")
    day = m.int(day_group)  # "17", "17th", "1er", or an ordinal word ("primero")
    if day is None and (words := amount(m, day_group)) is not None and words.is_integer():
        day = int(words)  # a cardinal word: "el veintidós de marzo"
    if month is None or day is None or not 1 <= day <= 31:
        return None
    n, anchor = shift_of(m, "shift_before", "wsb", "wsa", "shift_after")  # "el pasado 25 de enero"
    # "el 3 de mayo del año pasado"; "le 3 mai de cette année-là": "-là" makes it the year in focus
    year_shift, year_anchor = shift_of(m, "ry_sa2", "ry_sb", "ry_sa")
    return Calendar("D", m.year(), month, day, weekday=m.int("weekday") or m.int("wab"),
                    part=m.value("part_of_day"), shift=n if anchor is Anchor.DCT and n else None,
                    year_shift=year_shift, year_anchor=year_anchor)


def build_day_date(m: Match) -> Found | None:
    cal = _day_date(m)
    return found(m, cal, mod=point_mod(m)) if cal else None


def build_day_in_words(m: Match) -> Found | None:
    """"le vingt-deux mars": the word before the number makes it a day, but the extent starts at the
    number or at the word "day" before it, as for "le 22 mars", "dia 22 de março" (a language's
    extent conventions add its determiner)."""
    cal = _day_date(m)
    return found(m, cal, span=(m.span("bd" if m.has("bd") else "day")[0], m.end)) if cal else None


def build_month_ordinal(m: Match) -> Found | None:
    """"March the thirteenth"; not "in March the second round", where the ordinal belongs to the noun
    after it."""
    if not m.has("year") and _WORD_NEXT.match(m.m.string, m.end):
        return None
    return build_day_date(m)


def build_ordinal_day(m: Match) -> Found | None:
    """"the first of April", "الأول من أبريل"; not where the ordinal follows a longer unit it
    belongs to: "الأسبوع الأول من أبريل" is the first week of April."""
    if m.preceded_by("unit") and _unit_before(m) not in (None, "D"):
        return None
    if any(m.preceded_by(part) for part in ("period.half", "period.half_of", "period.quarter")):
        return None  # "النصف الأول من مارس": the first half of March
    return build_day_date(m)


def _unit_before(m: Match) -> str | None:
    """The unit named by the word right before the match (None: none)."""
    before = m.m.string[max(0, m.start - 30):m.start].split()
    return m.lex.value("unit", before[-1]) if before else None


def build_week_of(m: Match) -> Found | None:
    """"the week of March 6", "la semana del 6 de marzo": the calendar week holding the day."""
    cal = _day_date(m)
    return found(m, dataclasses.replace(cal, gran="W", weekday=None)) if cal else None


def build_month_range(m: Match) -> list[Found] | None:
    """"March 20-22": two dates, the month and year shared."""
    first, second = _day_date(m), _day_date(m, "day2")
    if first is None or second is None or (second.day <= first.day):
        return None
    return [found(m, first, span=(m.start, m.span("day")[1])),
            found(m, second, span=(m.span("day2")[0], m.end))]


def build_month_day(m: Match) -> Found | list[Found] | None:
    """"el día 25", "el pasado día 21": a day of a month the context gives; "del día 3 al 5": two
    such days, the second after the first."""
    day, second = m.int("day"), m.int("day2")
    if day is None or not 1 <= day <= 31:
        return None
    n, anchor = shift_of(m, "shift_before")
    first = MonthDay(day, n if anchor is Anchor.DCT and n else None)
    if not m.has("day2"):
        return found(m, first)
    if second is None or not day < second <= 31:
        return None
    return [found(m, first, span=(m.start, m.span("day")[1])),
            found(m, MonthDay(second, first.shift), span=(m.span("bd2" if m.has("bd2") else "day2")[0], m.end))]


def build_day_alone(m: Match) -> Found | list[Found] | None:
    """"on the 15th": a day of the month in focus, when nothing but a day or a part of the day
    follows ("on the 15th floor", "on the 15th and 16th" are not read). The preposition is matched
    but left out of the extent, which keeps the article ("the 15th"). "from the 3rd to the 5th":
    two such days, the second after the first (a range ending in "the 5th floor" is not read)."""
    if not _ends_phrase(m):
        return None
    before = m.text("connector_day_alone") or ""
    article = before.split()[-1] if before.split() else ""
    start = m.span("connector_day_alone")[1] - len(article) \
        if m.lex.value("determiner.words", article) is not None else m.span("day")[0]
    first = MonthDay(int(m.text("day") or 0))
    if not m.has("day2"):
        return found(m, first, span=(start, m.end))
    second = int(m.text("day2") or 0)
    if second <= first.day:
        return None
    return [found(m, first, span=(start, m.span("day_suffix_words")[1])),
            found(m, MonthDay(second), span=(m.span("dd2")[0], m.end))]


def build_day_of_the_month(m: Match) -> Found | None:
    """"the 15th of the month", "15-го числа": a day of the month the context gives."""
    day = m.int("ordinal") if m.has("ordinal") else m.int("day")
    return found(m, MonthDay(day)) if day is not None and 1 <= day <= 31 else None


def build_day_range(m: Match) -> list[Found] | None:
    """"7-10 de mayo": the first day takes the month and year of the second."""
    first, second = _day_date(m), _day_date(m, "day2")
    if first is None or second is None or (second.day <= first.day):
        return None
    return [found(m, first, span=(m.start, m.span("day")[1])),  # with its "día" ("del día 3 al 5 de mayo")
            found(m, second, span=(m.span("bd2" if m.has("bd2") else "day2")[0], m.end))]


def build_day_range_months(m: Match) -> list[Found] | None:
    """"from 30 March to 2 April 2019", "March 30-April 2, 2019", "del 30 de marzo al 2 de abril de
    2019": two dates, the first in the year of the second (the year before when its month comes
    later: "December 28 to January 3, 2019"), as the days of one month share theirs ("March 20-22,
    2019") and as two months do (`build_month_range_year`)."""
    month, month2, day, day2, year = m.int("month"), m.int("month2"), m.int("day"), m.int("day2"), m.year()
    if month is None or month2 is None or day is None or day2 is None or year is None or month == month2 \
            or not (1 <= day <= 31 and 1 <= day2 <= 31):
        return None
    first_end = max(m.span("month")[1], m.span("day")[1])
    second_start = min(m.span(g)[0] for g in ("bd2", "day2", "month2") if m.has(g))
    return [found(m, Calendar("D", year if month < month2 else year - 1, month, day), span=(m.start, first_end)),
            found(m, Calendar("D", year, month2, day2), span=(second_start, m.end))]


def build_month_year(m: Match) -> Found | None:
    month = m.int("month")
    return found(m, Calendar("M", m.year(), month), mod=point_mod(m)) if month else None


def build_month_range_year(m: Match) -> list[Found] | None:
    """"entre enero y marzo de 1998", "from December to March 1998": two months, the first
    in the year of the second (the year before when it comes later in the calendar)."""
    first, second, year = m.int("month"), m.int("month2"), m.year()
    if first is None or second is None or year is None or first == second:
        return None
    return [found(m, Calendar("M", year if first < second else year - 1, first), span=m.span("month")),
            found(m, Calendar("M", year, second), span=(m.span("month2")[0], m.end))]


def build_month_relative_year(m: Match) -> Found | None:
    """"July last year", "February this year", "marzo del año pasado"; "marzo de ese año": of
    the year last mentioned."""
    month = m.int("month")
    n, anchor = shift_of(m, "sa2", "shift_before", "shift_after")  # "mars de cette année-là"
    if month is None or n is None or anchor not in (Anchor.DCT, Anchor.REF, Anchor.LATER):
        return None
    return found(m, Calendar("M", None, month, year_shift=n, year_anchor=anchor), mod=point_mod(m))


def build_month(m: Match) -> Found | None:
    month = m.int("month")
    if month is None:
        return None
    return found(m, Calendar("M", None, month), mod=point_mod(m))


def build_month_shift(m: Match) -> Found | None:
    month = m.int("month")
    n, anchor = shift_of(m, "shift_before", "shift_after")
    if month is None or n is None or anchor not in (Anchor.DCT, Anchor.REF, Anchor.LATER):
        return None  # "the following March": from the date last mentioned (`Relative.base`)
    return found(m, Relative("M", n, Anchor.MONTH, gran="M", month=month, base=anchor), mod=point_mod(m))


def build_year(m: Match) -> Found | None:
    if not (m.text("year") or "")[:1].isalnum():  # "'98" alone is not a year
        return None
    before = m.m.string[max(0, m.start - 2):m.start]
    after = m.m.string[m.end:m.end + 2]
    if re.search(r"[$€£¥#]\s*$|\d[.,]\s?$", before) or re.match(r"\s*%|[.,]\d", after) \
            or _counted_amount(m) or _numbered_thing(m):
        return None  # "more than 1500 volunteers"; "Resolution 2118"
    return found(m, Calendar("Y", m.year()), mod=point_mod(m))


# The `[quantity_mod]` values that bound an amount from below or above ("más de 1400 civiles",
# "at least 1000 dead"): a number after one is a count, never a year. Not EQUAL_OR_LESS, whose
# words also close a span of time ("hasta 2032", "up to 2010", "jusqu'à 2030").
_COUNT_BOUNDS = frozenset({"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE"})


def _numbered_thing(m: Match) -> bool:
    """Whether a year-like number is the number of a thing named right before it (`[not_time]
    before_number`: "Resolution 2118", "Flug 1500"), or the last of a list of them ("las
    resoluciones 1970 y 1973", "Resolutions 1970 and 1973"), joined by the language's "and"
    (`[duration] and`); not by a comma, which also sets a year apart ("Vol. 8 nº 4, 2009")."""
    if not m.lex.cls("not_time.before_number").table:
        return False
    joined = r"\s*(?:" + m.lex.cls("duration.and").pattern() + r")\s*"
    listed = m.lex.words_regex("not_time.before_number", r"(?<!\w)(?:{words})[\s-]*(?:\d+(?:" + joined + r"))*$")
    return listed.search(m.m.string, max(0, m.start - 60), m.start) is not None


def _counted_amount(m: Match) -> bool:
    """Whether a year-like number is an amount: right after a quantity bound of the language
    ("more than 1500 volunteers", "plus de 1200 morts", "более 1500 человек")."""
    if not m.lex.cls("quantity_mod").table:
        return False
    found_mod = m.lex.words_regex("quantity_mod", r"(?<!\w)({words})\s*$").search(
        m.m.string, max(0, m.start - 40), m.start)
    return found_mod is not None and m.lex.value("quantity_mod", found_mod.group(1)) in _COUNT_BOUNDS


def build_named_year(m: Match) -> Found | None:
    """"the year two thousand", "the year 2000", "este mismo año 2000": a year as a plain number
    after the word for year."""
    value = m.lex.number(m.text("num") or "")
    if value is None or value != int(value) or not 1000 <= value < 2200:
        return None
    return found(m, Calendar("Y", int(value)))


def build_decade(m: Match) -> Found | None:
    written = m.text("dec") or ""
    digits = re.sub(r"\D", "", written)
    if len(written) == 2 and not (m.has("determiner_words") or m.has("decade_words")) \
            and len(m.text("decade_suffix") or "") < 2:
        return None  # "in their 80s" is an age; "the 80s", "the '80s", "90er-Jahre" are decades
    if len(digits) == 4:
        decade = int(digits[:3])
    elif len(digits) == 2:
        decade = (190 if int(digits) >= 10 else 200) + int(digits[0]) if digits[1] == "0" else -1
    else:
        return None
    if decade < 0:
        return None
    return Found(m.start, m.end, Literal("DATE", f"{decade:03d}"), "DATE", point_mod(m))


def build_bare_decade(m: Match) -> Found | None:
    """"en los 80", "a finales de los 90", "nos 80": two digits alone after the plural article are a
    decade where a time preposition (`decade.bare_before`) comes first and no word follows them
    ("Los 80 detenidos", "uno de los 80." are counts), or a point of it, in a language that writes
    decades so (`bare_before` not empty), and no unit follows ("a finales de los 80 años")."""
    if _NUMBER_GOES_ON.match(m.m.string, m.end) or m.m.string[m.end:m.end + 1] == "%" \
            or not m.has("point_mod") and _WORD_NEXT.match(m.m.string, m.end) or m.followed_by("unit"):
        return None
    if not (m.has("decade_bare_before") or m.has("point_mod") and m.has("determiner_words")
            and m.lex.cls("decade.bare_before").table):
        return None
    start = m.start if m.has("point_mod") else m.span("dec")[0]  # the article is the extent convention's
    return Found(start, m.end, Literal("DATE", f"19{(m.text('dec') or '0')[0]}"), "DATE", point_mod(m))


def build_decade_name(m: Match) -> Found | None:
    """"the nineties", "the late sixties", "(negli) anni novanta", "a mediados de los noventa";
    not "in his nineties" (an age), "los noventa días" (an amount of days) nor "los cincuenta
    diputados"."""
    decade = m.value("decade_name")
    named = m.text("decade_name") or ""
    # Where the name is also a number ("noventa"), "años noventa" is a decade, and "los noventa"
    # when no noun follows it counted ("en los noventa,") or a point of it is named.
    if m.lex.number(named) is not None:
        introduced = m.has("decade_words") or m.has("dw2") or m.has("determiner_words") \
            and (m.has("point_mod") or not _WORD_NEXT.match(m.m.string, m.end))
    else:  # a name of two words says it is a decade itself ("девяностые годы", "تسعينيات القرن الماضي"),
        # and so does one alone where the language has no article to put before it ("в
        # девяностые", "في الثمانينيات")
        introduced = m.has("determiner_words") or m.has("dw2") or m.has("point_mod") or " " in named.strip() \
            or _without_articles(m)
    if decade is None or not introduced or m.followed_by("unit") or m.followed_by("duration.not_before"):
        return None  # "девяностые места"; "في الثمانينيات من عمره" is an age
    return Found(m.start, m.end, Literal("DATE", decade), "DATE", point_mod(m))


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(text: str) -> int | None:
    """The value of a Roman numeral up to C."""
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total, prev = (total - value, prev) if value < prev else (total + value, value)
    return total or None


def build_century(m: Match) -> Found | None:
    n = m.int("ordinal") if m.has("ordinal") else None
    if n is None and m.has("roman"):
        n = roman(m.text("roman") or "")
    if n is None and m.has("cnum"):
        n = day_of(m.text("cnum"))
    if not n or n < 1 or n > 30:
        return None
    return Found(m.start, m.end, Literal("DATE", f"{n - 1:02d}"), "DATE", point_mod(m))


def build_season(m: Match) -> Found | None:
    season = m.value("season")
    if season is None or m.followed_by("not_time.after_season"):  # "la primavera árabe"
        return None
    month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    n, anchor = shift_of(m, "shift_before", "shift_after")
    if n is not None and (anchor is Anchor.DCT or n and anchor in (Anchor.REF, Anchor.LATER)):
        # "last summer"; "the following spring", "la primavera siguiente": from the date last
        # mentioned (`Relative.base`). Not "esa primavera", which news uses for a political
        # "spring" named before ("la primavera árabe ... esa primavera ha dado frutos")
        return found(m, Relative("Y", n, Anchor.SEASON, gran="SE", month=month, base=anchor), mod=point_mod(m))
    bare = not (m.has("determiner_words") or m.has("year") or m.has("point_mod"))
    if bare and not m.preceded_by("connector.season"):  # "prices fall", "a hot spring"
        return None
    return found(m, Calendar("SE", m.year(), month), mod=point_mod(m))


def build_quarter(m: Match) -> Found | None:
    number = m.int("ordinal") if m.has("ordinal") else m.int("qn")
    year = m.year("qy") or m.year("qy2")
    # "this year's third quarter"; "the third quarter of that year": of the year last mentioned
    year_shift, year_anchor = shift_of(m, "shift_before", "sb2", "sa2")
    if m.has("period_year_earlier"):  # "the year-ago third quarter"
        year_shift, year_anchor = -1, Anchor.DCT
    elif m.has("py4"):  # "the second half of the year": the publication year's, as "the year" is
        year_shift, year_anchor = 0, Anchor.DCT
    if number == -1 and not (m.has("determiner_words") or year or year_shift is not None or m.has("half")):
        # "last quarter" without the article: the one before publication's (2011-06-03: 2011-Q1)
        return found(m, Relative("Q", -1, Anchor.DCT, gran="Q"), span=(adjective_start(m), m.end))
    if number == -1:  # "the last quarter", "the last half"
        number = 2 if m.has("half") else 4
    if m.has("half"):
        if number not in (1, 2):
            return None
        return found(m, Calendar("HY", year, 1 if number == 1 else 7, year_shift=year_shift, year_anchor=year_anchor),
                     span=(adjective_start(m), m.end))
    if number not in (1, 2, 3, 4):
        return None
    return found(m, Calendar("Q", year, 3 * number - 2, year_shift=year_shift, year_anchor=year_anchor),
                 span=(adjective_start(m), m.end))


def build_quarter_ref(m: Match) -> Found:
    """"the quarter", "the latest quarter", "the year-earlier quarter": the quarter in focus
    ("of 1999": in that year)."""
    n = -1 if m.has("period_year_earlier") or m.has("ye2") or m.has("ye3") else 0
    end = _ended_on(m)
    if n == 0 and end is not None and not m.has("fy"):
        # "the quarter ended July 31" (a fiscal quarter, May to July): the calendar quarter
        # holding most of it, the one of its middle; the year as for a yearless date.
        middle = end - dt.timedelta(days=45)
        return found(m, Calendar("Q", None, middle.month, middle.day))
    # "the same period of 1999": the period in focus, in the year named.
    return found(m, Relative("Y" if n else "Q", n, Anchor.FOCUS, gran="Q", year=m.year("fy")))


def _ended_on(m: Match) -> dt.date | None:
    """The day named after "ended" ("the quarter ended July 31"), in a common year (None: none)."""
    month, day = m.int("em") or m.int("em2"), m.int("ed") or m.int("ed2")
    try:
        return dt.date(2001, month, day) if month and day else None
    except ValueError:
        return None


def build_quarter_of_year(m: Match) -> Found | None:
    """"the 1988 quarter": the quarter under discussion, in the year named."""
    year = m.year()
    return found(m, Relative("Q", 0, Anchor.FOCUS, gran="Q", year=year)) if year else None


def build_unit_in_focus(m: Match) -> Found | None:
    """"for the year", "for the week": the current one; "the year ended Sept. 30": a fiscal
    year, twelve months up to a day rather than a calendar year, so an amount of time as
    TimeBank writes it."""
    if _counted_from_it(m) or m.followed_by("period.not_after_unit") or _NUMBER_NEXT.match(m.m.string, m.end) \
            or m.followed_by("shift_after") \
            or m.lex.value("set.per", m.text("determiner_contracted") or "") is not None:
        return None  # "the year before" counts from another date; "the year 2000" is the year's;
        # "del año pasado" is last year, which its own rule reads; "al año" is a rate
    unit = "W" if m.has("period_week") else "Y"
    if m.followed_by("period.ending"):
        return Found(m.start, m.end, Literal("DURATION", duration_value(1, unit)), "DURATION")
    return found(m, Relative(unit, 0, Anchor.DCT, gran=unit))


def build_unit_after_focus_word(m: Match) -> Found | None:
    """"خلال العام", "im Laufe des Jahres": the current year, as "during the year" is
    (`build_unit_in_focus`), where the article is glued onto the word ("العام") or declined with
    the preposition ("des"), so no separate determiner shows it. The expression is the period word;
    a word that alone is an amount is none ("خلال عام": within a year)."""
    if m.lex.value("unit_one", m.text("period_year") or "") is not None:
        return None
    focus = build_unit_in_focus(m)
    return None if focus is None else dataclasses.replace(focus, start=m.span("period")[0])


def build_edge_day(m: Match) -> Found | None:
    """"the first day of the year", "el último día de marzo", "le premier jour de 2022", "dal
    primo giorno dell'anno": the first or last day of a year or a named month, a day of its own
    (the period's words alone would be the whole year or month)."""
    if m.value("unit") != "D" or not _singular(m) or "," in m.m.string[m.span("unit")[1]:m.end] \
            or m.lex.value("not_time.stage_day", m.text("unit") or "") is not None:
        return None
    edge = m.int("ordinal")  # 1: first, -1: last
    if edge not in (1, -1) or not m.has("edge_of") and not (m.has("month") and m.lex.grammar.get("genitive_of")):
        return None  # no word for "of" but the genitive case: "последний день марта"
    first = edge == 1
    # "hasta el último día de febrero": an amount's word before it ("up to") is no part of the day
    span = (m.span("quantity_mod")[1] + 1 if m.has("quantity_mod") else m.start, m.end)
    if m.has("month"):
        # the last day: -1, counted from the month's end in the year it resolves to (February's)
        return found(m, Calendar("D", m.year(), m.int("month"), 1 if first else -1), span=span)
    year = int(m.text("edge_year")) if m.has("edge_year") else None
    return found(m, Calendar("D", year, 1 if first else 12, 1 if first else 31,
                             year_shift=None if year is not None else 0), span=span)


def build_qualified_unit(m: Match) -> Found | None:
    """"en un año teñido de patriotismo", "on a day when", "in un anno segnato dalla crisi": a
    day, week, month or year named with an indefinite article and told apart by what follows
    (a relative, an intensifier, "marked by") is the one in focus, not an amount of time. The
    expression starts at the article ("en <un año>"), as TimeML has it."""
    unit = m.value("unit")
    if unit not in ("D", "W", "M", "Y") or m.lex.words_regex(
            "qualified_unit.after", r",?\s+(?:{words})(?!\w)").match(m.m.string, m.end) is None:
        return None
    unit_start = m.span("unit")[0]
    start = m.m.string.rfind(" ", m.start, unit_start - 1) + 1 or m.start  # never before m.start
    return Found(start, m.end, Relative(unit, 0, Anchor.REF, gran=unit), "DATE")


def build_point_of_unit(m: Match) -> Found | None:
    """"the end of the month", "a finales de mes", "au début du mois", "Mitte des Monats",
    "в конце месяца": a point of the month or year of publication (as "the year" alone is,
    `build_unit_in_focus`), of the quarter under discussion (as "the quarter" is); not before
    a number or a shift word ("the end of the year 2000", "finales del mes pasado": their own
    rules read them). The week ("early in the week", "en fin de semaine") only where the word for
    the weekend is not "end of the week" ("fin de semana", "نهاية الأسبوع")."""
    unit = m.value("unit")
    if unit == "W" and _weekend_is_end_of_week(m):
        return None
    if unit not in ("W", "M", "Q", "Y") or not _singular(m) or _NUMBER_NEXT.match(m.m.string, m.end) \
            or m.followed_by("shift_after") \
            or m.followed_by("connector.month_year") and _YEAR_NEXT.match(m.m.string, m.end):
        return None
    anchor = Anchor.FOCUS if unit == "Q" else Anchor.DCT
    return found(m, Relative(unit, 0, anchor, gran=unit), mod=point_mod(m))


_YEAR_NEXT = re.compile(r"\s+\S+\s+\d{4}(?!\d)")


def _weekend_is_end_of_week(m: Match) -> bool:
    """Whether the language's weekend is named with the word for week ("fin de semana")."""
    week = normalize(m.text("unit") or "")
    return any(week in phrase.split() for phrase in m.lex.cls("period.weekend").table)


def build_the_weekend(m: Match) -> Found | None:
    """"the weekend", "am Wochenende", "в выходные": the one of the publication week, or the one
    before when the clause is past (in `resolve`); with the shift word after it, the one it
    names ("no fim de semana passado", "el fin de semana pasado")."""
    n, anchor = shift_of(m, "shift_after")
    return found(m, Relative("WE", n or 0, anchor, gran="W"), mod=point_mod(m))


def build_year_end(m: Match) -> Found:
    return found(m, Relative("Y", 0, Anchor.DCT), mod="END")


# ------------------------------------------------------------------ days, weekdays, times

def build_day_word(m: Match) -> Found | None:
    """"yesterday", "tomorrow evening", "le lendemain" (the day after the date last mentioned)."""
    value = m.value("day_word")
    if value is None or m.preceded_by("not_time.before_day_word") \
            or m.text("part_of_day") is None and m.followed_by("not_time.after_day_word"):
        return None  # "por la mañana"; "اليوم الأول من أبريل", "اليوم العالمي للمرأة" (the day, not today)
    n, anchor = shift_value(value)
    if anchor is Anchor.REF and _WORD_NEXT.match(m.m.string, m.end) \
            and _is_offset_word(m, m.text("day_word").split()[-1]):  # "the day [before]"
        return None  # "the day before authorities issued", "the day after the vote": counted from
        # the clause or the event that follows, not from the date last mentioned
    return found(m, Relative("D", n, anchor, part=m.value("part_of_day")), mod=point_mod(m))


def _is_offset_word(m: Match, word: str) -> bool:
    """Whether a word is one of the language's `offset` words ("before", "after", "dopo",
    "après"): a preposition before the clause or event a time counts from, not an adjective
    ("suivant", "successivo", "siguiente")."""
    return m.lex.value("offset.after", word) is not None or m.lex.value("offset.before", word) is not None


def build_our_time(m: Match) -> Found | None:
    """"Today" that means "nowadays" (TimeML PRESENT_REF), not the day of publication; its extent
    never takes the article before it, which belongs to the noun ("la [hoy] extinta Yugoslavia").
    "Tomorrow" after the same nouns of a society or a generation is the future (FUTURE_REF): "los
    jóvenes de mañana", "the farmers of tomorrow", "tomorrow's farmers", "die Welt von morgen"."""
    day = m.value("day_word")
    if day == "0" and _names_our_time(m):
        return Found(m.start, m.end, Literal("DATE", "PRESENT_REF"), "DATE")
    if day == "1" and _after_our_time_head(m):
        return Found(m.start, m.end, Literal("DATE", "FUTURE_REF"), "DATE")
    return None


def _names_our_time(m: Match) -> bool:
    """Whether "today" means "nowadays", by its place in the phrase, from the
    language's `[nowadays]` words: after a noun of a society or a generation, joined by "of" where
    the language joins one ("los jóvenes de hoy", "the world of today", "عالم اليوم"), or before it
    with the possessive ("today's farmers"); between an article and the word it qualifies ("la hoy
    extinta Yugoslavia"); after a copula and before an indefinite article ("Egipto es hoy un país
    polarizado"); opening a clause set against a time before (`_set_against_then`). The day a report
    speaks of ("la sesión de hoy", "Today is a sad day") stays it."""
    text, end = m.m.string, m.end
    if m.preceded_by("nowadays.attributive") and re.match(r"\s+\w", text[end:end + 2]) \
            or m.preceded_by("nowadays.copula") and m.followed_by("nowadays.indefinite"):
        return True
    return _after_our_time_head(m) or _set_against_then(m)


def _set_against_then(m: Match) -> bool:
    """Whether "today" opens a clause set against the time before it ("en 1992 había 60 buques y
    hoy España es ...", "And today, the right to work is equal to ..."): right after a `contrast`
    conjunction, its clause's subject (one to five words) and then a present `copula`. A copula
    right after "today" makes it the subject, the day itself ("y hoy es lunes"); so does a
    weekday or a day word earlier in the sentence: set against a day, "today" is a day too ("the
    talks began Monday and today the ministers are in Geneva")."""
    clause = m.lex.words_regex_if_any("nowadays.copula", r",?\s+(?:[\"'“«]?(?:[^\W\d_]+['’])?[^\W\d_]+[\"'”»]?\s+){1,5}?(?:{words})(?!\w)")
    return clause is not None and m.preceded_by("nowadays.contrast") and clause.match(m.m.string, m.end) is not None \
        and not _day_named_before(m)


_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*\Z")


def _day_named_before(m: Match) -> bool:
    """Whether a weekday or a day word ("yesterday") stands earlier in the sentence of `m`."""
    text = m.m.string
    opening = _SENTENCE_START.search(text, max(0, m.start - 300), m.start)
    begin = opening.start() if opening is not None else max(0, m.start - 300)
    return any(found is not None and found.search(text, begin, m.start) is not None
               for found in (m.lex.words_regex_if_any(cls, r"(?<!\w)(?:{words})(?!\w)") for cls in ("weekday", "day_word")))


def _after_our_time_head(m: Match) -> bool:
    """Whether a day word follows a `[nowadays]` head and its `of` word ("the world of today"),
    or precedes one after the possessive ("today's farmers")."""
    heads = _our_time_heads(m.lex)
    if heads is None:
        return False
    before, possessive = heads
    return before.search(m.m.string, max(0, m.start - 60), m.start) is not None \
        or possessive is not None and possessive.match(m.m.string, m.end) is not None


def _our_time_heads(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """A head with its `of` word right before "today", and the possessive with a head right after
    it: compiled once per language (None without heads)."""
    key = ("nowadays_heads",)
    if key not in lex._cache:
        heads = None
        if lex.cls("nowadays.heads").table:
            joiner, possessive = lex.cls("nowadays.of"), lex.cls("nowadays.possessive")
            before = lex.words_regex("nowadays.heads", r"(?<!\w)(?:{words})\s+"
                                     + (f"(?:{joiner.pattern()})\\s*$" if joiner.table else "$"))
            after = lex.words_regex("nowadays.heads", f"(?:{possessive.pattern()})\\s+(?:\\w+\\s+)?(?:{{words}})(?!\\w)") \
                if possessive.table else None
            heads = (before, after)
        lex._cache[key] = heads
    return lex._cache[key]  # type: ignore[return-value]


def build_offset_day(m: Match) -> Found | None:
    """"2 days before yesterday", "two weeks from next Tuesday", "the day before last Tuesday",
    "через две недели после вторника", "بعد أسبوعين من الثلاثاء المقبل": days or weeks
    counted from a day word or a weekday. A word before the amount ("через", "بعد") says the
    side where the language puts it there, else the word after it."""
    counted = _count_and_unit(m, "unit_counted")
    if counted is not None:
        n, unit = counted
    else:
        unit = m.value("unit")
        n = amount(m) if m.has("num") else 1.0 if _singular(m) else None
    if unit not in ("D", "W") or n is None or not float(n).is_integer():
        return None
    if m.has("offset_lead_before") or m.has("offset_lead_after"):
        before = m.has("offset_lead_before")
    elif m.has("offset_before") or m.has("offset_after"):
        before = m.has("offset_before")
    else:
        return None  # "من" alone names no side
    days = int(n) * (7 if unit == "W" else 1) * (-1 if before else 1)
    if m.has("day_word"):
        shift, anchor = shift_value(m.value("day_word") or "")
        if anchor is not Anchor.DCT:
            return None
        return found(m, Offset(Relative("D", shift, Anchor.DCT), days))
    weekday = m.int("weekday")
    if weekday is None:
        return None
    shift, anchor = shift_of(m, "shift_before", "shift_after")
    if anchor not in (Anchor.DCT, Anchor.LATER):
        return None
    return found(m, Offset(WeekdayRef(weekday, shift, anchor), days))


def build_weekday_the_day(m: Match) -> Found | None:
    """"Tuesday the 14th": a day of the month that the weekday only restates."""
    day = day_of(m.text("day") or m.text("sday"))
    return found(m, MonthDay(day, weekday=m.int("weekday"))) if day and 1 <= day <= 31 else None


def build_nth_weekday(m: Match) -> Found | None:
    """"the 3rd Wednesday in November", "le premier lundi de mai": by the holiday rules' nth weekday."""
    n, weekday, month = m.int("ordinal") if m.has("ordinal") else day_of(m.text("nth")), m.int("weekday"), m.int("month")
    if n is None or weekday is None or month is None or not (1 <= n <= 5 or n == -1):
        return None
    return found(m, HolidayRef(f"{month}/{weekday}/{n}", m.year()))


def build_day_part_word(m: Match) -> Found | None:
    value = m.value("day_part_word") or ""
    match = re.fullmatch(r"([+-]?\d+)([A-Z]{2})", value)
    if match is None:
        return None
    return found(m, Relative("D", int(match.group(1)), Anchor.DCT, part=match.group(2)), mod=point_mod(m))


def _of_a_clock_hour(m: Match) -> bool:
    """Whether the part of the day is a clock time's ("a las 3 [de la madrugada del domingo]"):
    right after an hour in digits and the word joining a part of the day to it, the clock rule
    reads the part with the hour, and the day after it joins them."""
    if not m.lex.cls("connector.part_to_day").table:
        return False
    hour = m.lex.words_regex("connector.part_to_day",
                             r"(?<![\d.,:])(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d)?\s+(?:{words})\s+$")
    return hour.search(m.m.string, max(0, m.start - 12), m.start) is not None


def build_part_of_day(m: Match) -> Found | None:
    """"this morning", "yesterday afternoon" as "afternoon yesterday", "la noche del sábado", "la
    madrugada de este lunes", "la nuit de samedi dernier" (the weekday with its shift word, read
    as the weekday rule reads it)."""
    part = m.value("part_of_day")
    if part is None or _of_a_clock_hour(m):
        return None
    weekday = m.int("weekday")
    if weekday is not None and (m.has("shift_before") or m.has("shift_after")):  # "la madrugada de este lunes"
        return build_weekday(m)
    if weekday is not None:
        return found(m, WeekdayRef(weekday, part=part), mod=point_mod(m))
    if m.has("day_word"):
        offset, anchor = shift_value(m.value("day_word") or "0")
        return found(m, Relative("D", offset, anchor, part=part), mod=point_mod(m))
    n, anchor = shift_of(m, "shift_before", "shift_after")
    if n is None:
        return None
    return found(m, Relative("D", n, anchor, part=part), mod=point_mod(m))


def build_part_of_day_alone(m: Match) -> Found | None:
    """"por la tarde", "pela manhã": a part of the day in focus (the one last mentioned in the
    sentence, else the publication date's). Not a phrase the language lists as a reference to
    the future or past: Spanish "del mañana" is "of tomorrow" ("el mundo del mañana"), the
    morning being feminine ("de la mañana")."""
    part = m.value("part_of_day")
    if part is None or m.lex.value("reference", m.m.string[m.start:m.end]) is not None:
        return None
    return Found(m.span("part_of_day")[0], m.end, Relative("D", 0, Anchor.CLOCK, part=part), "TIME", point_mod(m))


# A capitalized word after a weekday that is a name: "Domingo García", "Martes Negro".
_NAME_NEXT = re.compile(r"\s+[^\W\d_a-z][^\W\d_A-Z]")


def _weekday_in_name(m: Match) -> bool:
    """Whether a bare weekday is part of a name ("Domingo García"): where the language writes
    weekdays lower-case, a capitalized one right before a capitalized word that is no time word
    ("Viernes Hoy", "Lunes Marzo" in a page's furniture stay days)."""
    if m.lex.capitalized("weekday") or m.has("shift_before") or m.has("shift_after") \
            or m.has("part_of_day"):
        return False
    word = m.text("weekday") or ""
    start, end = m.span("weekday")
    return word[:1].isupper() and not word.isupper() and end == m.end \
        and _NAME_NEXT.match(m.m.string, end) is not None \
        and not any(m.followed_by(cls) for cls in ("day_word", "month", "part_of_day", "weekday"))


def build_weekday(m: Match) -> Found | None:
    weekday = m.int("weekday")
    if weekday is None or _weekday_in_name(m):
        return None
    # "lunedì dopo la partita": a preposition before an event is no shift (`_shift_after`)
    n, anchor = shift_of(m, "shift_before", "shift_after")
    nearest = n == 0 and anchor is Anchor.DCT and m.lex.grammar.get("this_weekday") == "nearest"
    if nearest:
        n = None  # "este viernes": the nearest Friday, before or after by tense
    part = m.value("part_of_day") or _joined_part(m)
    return found(m, WeekdayRef(weekday, n, anchor, part=part, nearest=nearest), mod=point_mod(m))


def build_guarded_weekday(m: Match) -> Found | None:
    """A weekday name that is also another word (pt "segunda", "quinta": ordinals): a day only right
    after a word that puts one (`weekday_guarded.before`: "na", "até") or a shift word ("nesta",
    "na próxima"), and where the phrase ends or a small word follows (`weekday_guarded.after`),
    never a noun: "na segunda, o Senado" and "nesta quinta que" are days, "na segunda volta",
    "na quinta posição" and "pela sexta vez" are not. A verb with a tense of its own may follow
    too ("na terça aprovou", "na quarta votarão"): no ordinal stands before one."""
    if not (m.has("shift_before") or m.preceded_by("weekday_guarded.before")):
        return None
    if _WORD_NEXT.match(m.m.string, m.end):
        after = m.lex.words_regex_if_any("weekday_guarded.after", r"\s+(?:{words})(?!\w)")
        if (after is None or not after.match(m.m.string, m.end)) and not _verb_next(m):
            return None
    return build_weekday(m)


def _verb_next(m: Match) -> bool:
    """Whether the word after the match is a verb in a past or future tense, by the language's
    tense words and endings ("aprovou", "votaram", "será"), and no word that only ends like one."""
    word = _WORD_AFTER.match(m.m.string, m.end)
    if word is None:
        return False
    text, lex = normalize(word.group(1)), m.lex
    if lex.value("tense.not_past", text) is not None or lex.value("tense.not_future", text) is not None:
        return False
    return any(lex.value(f"tense.{c}", text) is not None for c in ("past", "future")) \
        or any(text.endswith(suffix) for c in ("past_suffixes", "preterite_suffixes", "future_suffixes", "conditional_suffixes")
               for suffix in lex.cls(f"tense.{c}").table)


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)(?!\w)")


def _joined_part(m: Match) -> str | None:
    """The part of the day a weekday word ends with where the language joins the two in one
    word ("Dienstagabend": EV); the rest must be the weekday itself ("Sonnabend" is Saturday)."""
    text = normalize(m.text("weekday") or "")
    return next((part for word, part in m.lex.cls("part_of_day").table.items()
                 if text.endswith(word) and m.lex.value("weekday", text[:-len(word)]) is not None), None)


def _half_named(m: Match) -> bool:
    """Whether a half of the day follows the hour ("p.m.", "de la noche", "ночи")."""
    return m.has("clock_am") or m.has("clock_pm") or m.has("clock_night")


def day_half(m: Match, hour: int) -> int:
    """The hour on the 24-hour clock, given the words after it: "8 p.m." is 20, "12 a.m." 0,
    and at night ("12 at night", "в 2 часа ночи", "11 ليلا") an hour from 6 on is the
    evening's, 12 is midnight (24) and one before 6 the small hours'."""
    if m.has("clock_pm") and hour < 12:
        return hour + 12
    if m.has("clock_am") and hour == 12:
        return 0
    if m.has("clock_night"):
        return 24 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    return hour


def _listed_time(m: Match) -> bool:
    """Whether a bare "HH.MM" is a listing's clock time: alone in brackets, or at the start or
    end of a bracketed list ("(20.00)", "(21.30, TV-3)", "(Canal +, 20.00)")."""
    text = m.m.string
    before, after = text[m.start - 1:m.start].strip(), text[m.end:m.end + 1]
    return _LISTED_TIME.fullmatch(text, m.start, m.end) is not None \
        and (before == "(" and after in ("),") or after == ")" and text.rfind("(", 0, m.start) > text.rfind(")", 0, m.start))


def _ends_phrase(m: Match) -> bool:
    """Whether nothing but a day, a part of the day or the connector to a day follows the match:
    "a las diez." and "à dix heures, mardi" end there, "à dix heures de route" goes on."""
    return not _WORD_NEXT.match(m.m.string, m.end) \
        or any(m.followed_by(c) for c in ("connector.clock_day", "part_of_day", "day_word",
                                          "connector.before_day")) \
        or _second_hour_follows(m) or _counted_day_follows(m)


def _counted_day_follows(m: Match) -> bool:
    """Whether a day counted from another follows, its article first ("a las 12.00 al día
    siguiente", "alle 15 del giorno dopo"): the clock time is that day's, as before "del martes"."""
    words = _TWO_WORDS.match(m.m.string, m.end)
    if words is None:
        return False
    first, second = words.group(1), words.group(2)
    if second is not None and m.lex.value("unit", second) == "D" \
            and any(m.lex.value(c, first) is not None for c in ("determiner.contracted", "determiner.words")):
        end = words.end(2)
    elif m.lex.value("unit", first) == "D":
        end = words.end(1)
    else:
        return False
    return m.lex.words_regex("shift_after", r"\s+(?:{words})(?!\w)").match(m.m.string, end) is not None


_TWO_WORDS = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


def _second_hour_follows(m: Match) -> bool:
    """Whether the preposition of a second hour follows, then a number: the first end of a range of
    clock times ("desde las diez horas hasta las doce", "vers 10 heures à 11 heures")."""
    second = m.lex.words_regex_if_any("clock.at_hour", r"\s+(?:{words})\s+(\w+)")
    nxt = second.match(m.m.string, m.end, m.end + 40) if second is not None else None
    return nxt is not None and (nxt.group(1).isdigit() or m.lex.number(nxt.group(1)) is not None)


def _after_hour_article(m: Match) -> bool:
    """Whether a bare hour follows the article that names hours (`clock.before_hour`: "a las 10",
    "alle 10.30", "às 10", "الساعة 3") and ends its phrase: "las 10 víctimas" and "las 7.000" count,
    "la 2" and "La 2" name channels (a capital, where the script has them: Arabic has none). Only a
    part of the day or a day may follow ("las 10 del martes")."""
    article = LAST_WORD.search(m.m.string, max(0, m.start - 12), m.start)
    if not m.preceded_by("clock.before_hour") or article is None or article.group(1)[0].isupper() \
            or _NUMBER_GOES_ON.match(m.m.string, m.end):
        return False
    return _ends_phrase(m) or m.preceded_by("clock.at_hour") and _weekday_follows(m)


# The words that may stand between a clock time and its weekday: an article, a demonstrative or the
# connector of a day ("el martes", "este martes", "na terça-feira"). Not "of" ("del", "di"): "se
# suman a las 17 del domingo" counts the dead of Sunday.
_BEFORE_WEEKDAY = ("determiner.words", "shift_before", "connector.clock_day")


def _weekday_follows(m: Match) -> bool:
    """Whether a weekday comes next, perhaps after one of `_BEFORE_WEEKDAY` ("a las 10 el martes",
    "às 10 na terça-feira", "alle 10 martedì"). Asked only after the full preposition of an hour
    (`clock.at_hour`: "a las", not "las"), since "Llegaron las 10 el martes" counts ten people."""
    weekday = m.lex.words_regex("weekday", r"\s+(?:{words})(?!\w)")
    if weekday.match(m.m.string, m.end):
        return True
    lead = _TWO_WORDS.match(m.m.string, m.end)
    return lead is not None and any(m.lex.value(c, lead.group(1)) is not None for c in _BEFORE_WEEKDAY) \
        and weekday.match(m.m.string, lead.end(1)) is not None


def _rate_follows(m: Match) -> bool:
    """Whether a rate (`clock.rate`: "par jour", "por dia", "в сутки") follows the word for hours:
    "à 12 heures par jour" is an amount of time per day, not noon."""
    rate = m.lex.words_regex_if_any("clock.rate", r"[\s,]*(?:{words})(?!\w)")
    if rate is None or not m.has("clock_hours"):
        return False
    end = m.span("clock_hours")[1]
    return rate.match(m.m.string, end, end + 40) is not None


def build_clock(m: Match) -> Found | None:
    hour = day_half(m, int(m.text("hh") or -1))
    minute = int(m.text("mi") or 0)
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    half = _half_named(m)
    if m.has("clock_hours") and not m.has("mi") and not half \
            and (not m.preceded_by("connector.clock_day") or _rate_follows(m)):
        return None  # "24 horas" and "à 12 heures par jour" amounts of time, "à 20 heures" a clock time
    marked = half or m.has("clock_oclock") \
        or m.has("clock_hours") or _after_hour_article(m) \
        or _TIMEZONE.fullmatch(m.text("tz") or "") is not None  # "10.00 GMT"
    separator = m.m.string[m.span("hh")[1]:m.span("hh")[1] + 1]
    if not marked and (not m.has("mi") or separator == ".") and not _listed_time(m):
        return None  # "1.18" is a number, not a time
    tz = m.text("tz")
    if tz is not None and not _TIMEZONE.fullmatch(tz):
        end = m.span("tz")[0]
        while end > m.start and m.m.string[end - 1].isspace():
            end -= 1
        return Found(m.start, end, Relative("D", 0, Anchor.CLOCK, part=f"{hour:02d}:{minute:02d}"),
                     "TIME", m.value("quantity_mod"))
    seconds = f":{m.text('ss')}" if m.has("ss") else ""
    if (tz or "").upper() in ("GMT", "UTC"):  # TIMEX3 writes universal time with a Z
        seconds += "Z"
    return Found(m.start, m.end, Relative("D", 0, Anchor.CLOCK, part=f"{hour:02d}:{minute:02d}{seconds}"),
                 "TIME", m.value("quantity_mod"))


def _clock_minutes(m: Match) -> int | None:
    """Minutes written as words: "a quarter", "half", "ten (minutes)", "cuarto", "demie",
    "والربع" (with its conjunction); none at all after the word for the hour ("الساعة الثالثة")."""
    if m.has("clock_quarter") or m.has("q2"):
        return 15
    if m.has("clock_half") or m.has("h2"):
        return 30
    if m.has("clock_and_minutes"):
        return m.int("clock_and_minutes")
    if not m.has("mn"):
        return 0 if m.has("clock_hour") and any(m.has(g) for g in _HOUR_ALONE) else None
    n = m.lex.number(m.text("mn") or "")
    return int(n) if n is not None and float(n).is_integer() and 0 < n < 60 else None


# What makes an hour word alone a clock time: the word for the hour before it ("الساعة
# الثالثة") or a part of the day after it ("التاسعة صباحا").
_HOUR_ALONE = ("clock_before_hour", "clock_am", "clock_pm", "clock_night")


def _clock_hour(m: Match) -> int | None:
    """The hour a clock time in words counts from: digits, a number ("three"), an hour word
    ("الثالثة"), or the hour in progress named by the next one ("половина седьмого",
    "halb sieben": half of the hour before seven)."""
    if m.has("clock_hour_of"):
        following = m.int("clock_hour_of")
        return None if following is None else (following - 1) or 12
    if m.has("clock_hour"):
        return m.int("clock_hour")
    hour = m.lex.number(m.text("hh") or m.text("hn") or "")
    return int(hour) if hour is not None and float(hour).is_integer() else None


# Groups that make minutes and an hour a clock time rather than an amount ("seis y cuarto"
# alone may be one): a word for the hour, or one that only clock times use.
_CLOCK_MARKS = ("clock_before_hour", "clock_hours", "clock_past", "clock_to", "clock_hour", "clock_hour_of",
                "clock_minus_before")


def build_clock_words(m: Match) -> Found | None:
    """"a quarter past 6", "ten minutes to three", "half past nine", "las seis y cuarto",
    "trois heures moins dix", "без десяти три", "половина десятого", "التاسعة والنصف":
    minutes after or before an hour."""
    minutes, hour = _clock_minutes(m), _clock_hour(m)
    if minutes is None or hour is None or not 0 <= hour <= 23 or not any(m.has(g) for g in _CLOCK_MARKS) \
            or m.has("unit") and (m.value("unit") != "MIN" or m.has("clock_hours")):
        return None  # "пять лет второго срока", "dos horas y 30 minutos": amounts of time
    if (m.text("mn") or "x")[0].isdigit() and not m.has("unit") or _WORD_NEXT.match(m.m.string, m.end) \
            and not any(m.followed_by(c) for c in ("clock.oclock", "connector.clock_day", "part_of_day", "day_word")):
        return None  # "won 2 to 1", "five to ten people": amounts
    hour = day_half(m, hour)
    before = m.has("clock_to") or m.has("clock_minus") or m.has("clock_minus_before")
    hh, mm = divmod((hour * 60 + (-minutes if before else minutes)) % (24 * 60), 60)
    start = m.span("clock_before_hour")[1] if m.has("clock_before_hour") else m.start
    start += len(m.m.string[start:m.end]) - len(m.m.string[start:m.end].lstrip())
    return Found(start, m.end, Relative("D", 0, Anchor.CLOCK, part=f"{hh:02d}:{mm:02d}"), "TIME")


def _hour_in_words(m: Match, start: int) -> Found | None:
    """The clock time of an hour written as a number word, from `start` to the match's end."""
    hour = _clock_hour(m)
    if hour is None or not 0 <= hour <= 24:
        return None
    hour = day_half(m, hour)
    if hour > 24:
        return None
    return Found(start, m.end, Relative("D", 0, Anchor.CLOCK, part=f"{hour:02d}:00"), "TIME")


def build_hour_in_words(m: Match) -> Found | None:
    """"ten o'clock", "zehn Uhr abends": an hour written as a number word before the language's
    o'clock (de "uhr abends" is o'clock and the half of the day in one)."""
    return _hour_in_words(m, m.start)


def build_hour_at_in_words(m: Match) -> Found | None:
    """An hour as a number word after a preposition that puts it on the clock (`clock.at_hour`):
    with a part of the day ("a las diez de la noche", "в десять вечера"), with the word for hours
    and nothing after ("à dix heures", "в десять часов"; "à dix heures de route" is a distance),
    or alone after the article that names hours ("a las diez", "alle dieci"). Without the
    preposition it is an amount: "pendant dix heures", "durante diez horas", "per dieci ore".
    Digits with the word for hours are read here too ("a las 10 horas", "vers 10 heures"): the
    clock rule takes "10 horas" for an amount, as it has no preposition in its match.
    The preposition is matched (so the rule is tried only after one) but left out of the extent."""
    start = m.span("hn")[0]
    if m.m.string[start].isdigit() and (not m.has("clock_hours") or _NUMBER_GOES_ON.match(m.m.string, m.end)):
        return None  # other digits are the clock rule's, with their minutes and time zone ("at 5 p.m.
        # EST", "à 14 h 30")
    day_part = _half_named(m)
    if not day_part and not ((m.has("clock_hours") or m.preceded_by("clock.before_hour", at=start))
                             and _ends_phrase(m) and not _rate_follows(m)):
        return None  # "в 12 часов в сутки": a rate, which `_ends_phrase` takes for "в" and a day
    return _hour_in_words(m, start)


def _range_end(m: Match, k: str) -> tuple[int, int] | None:
    """The hour and minute of end `k` ("1", "2") of a range of clock times: digits, a number
    word or an hour word ("العاشرة")."""
    if m.has(f"hh{k}"):
        return int(m.text(f"hh{k}") or 0), int(m.text(f"mi{k}") or 0)
    number = m.lex.number(m.text(f"hn{k}") or "") if m.has(f"hn{k}") else m.int(f"hw{k}")
    return (int(number), 0) if number is not None and float(number).is_integer() else None


def build_hour_range(m: Match) -> list[Found] | None:
    """Both ends of a range of clock times: "between 2 and 3 p.m.", "entre las 10 y las 12 horas",
    "dalle 10 alle 12", "zwischen 10 und 12 Uhr", "de 10 heures à 12 heures". Read alone, the first
    end was no time (a bare number) and the second an amount ("las 12 horas": PT12H).

    A range is one of clock times when its second end carries a half of the day or o'clock, the word
    for hours stands on both ends, or the second hour's article joins it (`clock.to_hour`, then the
    word for hours or the end of the phrase): "de 10 a 12 horas" is as often an amount of time,
    "between 2 and 3 percent" a number. A half of the day after the second end holds for the first
    unless the first is the later hour ("from 11 to 1 p.m.")."""
    first, second = _range_end(m, "1"), _range_end(m, "2")
    if first is None or second is None:
        return None
    marked = _half_named(m) or m.has("clock_oclock")
    if not (marked or m.has("hs1") and m.has("clock_hours")
            or m.has("clock_to_hour") and (m.has("clock_hours") or _ends_phrase(m))):
        return None
    h2 = day_half(m, second[0])
    h1 = day_half(m, first[0]) if first[0] <= second[0] else first[0]
    if not (0 <= h1 <= 24 and 0 <= h2 <= 24 and first[1] < 60 and second[1] < 60):
        return None
    return [Found(start, end, Relative("D", 0, Anchor.CLOCK, part=f"{hour:02d}:{minute:02d}"), "TIME")
            for (start, end), hour, minute in ((m.span("first"), h1, first[1]), ((m.span("second")[0], m.end), h2,
                                                                                  second[1]))]


def build_hour_after_day(m: Match) -> Found | None:
    """"tomorrow at 9", "monday at 8", "Tuesday at ten", "Dienstag um zehn", "يوم الثلاثاء في العاشرة":
    a bare hour, in digits or words, is a clock time right after a day."""
    if not (m.preceded_by("day_word") or m.preceded_by("weekday")):
        return None
    group = next(g for g in ("hh", "hw", "hword") if m.has(g))
    hour = m.int(group)
    return Found(m.span(group)[0], m.end, Relative("D", 0, Anchor.CLOCK, part=f"{hour:02d}:00"), "TIME") \
        if hour is not None and 0 <= hour <= 23 else None


def build_time_word(m: Match) -> Found | None:
    value = m.value("time_word")
    if value is None:
        return None
    return Found(m.start, m.end, Relative("D", 0, Anchor.CLOCK, part=value), "TIME", m.value("quantity_mod"))


def build_holiday(m: Match) -> Found | None:
    rule = m.value("holiday")
    if rule is None:
        return None
    n, _anchor = shift_of(m, "shift_before")
    return found(m, HolidayRef(rule, m.year(), n))


# ---------------------------------------------------------------------------- Hijri dates

# The marks and the language's `hijri.twin` words between a Hijri date and its Gregorian twin
# (`_GREGORIAN_TWIN`).
_TWIN_GAP = r"[\s,،;:()/\-–—]*"


def _twin_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """The Gregorian twin after a Hijri date and before one, and the twin's group classes: compiled once."""
    key = ("hijri_twin",)
    if key not in lex._cache:
        compiled = compile_rule(_GREGORIAN_TWIN, lex)
        twin = lex.cls("hijri.twin").pattern()
        lex._cache[key] = None if compiled is None else (
            re.compile(_TWIN_GAP + f"(?:(?:{twin})" + _TWIN_GAP + ")?" + compiled.source, re.IGNORECASE),
            re.compile(compiled.source + _TWIN_GAP + f"(?:(?:{twin})" + _TWIN_GAP + ")?$", re.IGNORECASE),
            compiled.classes)
    return lex._cache[key]  # type: ignore[return-value]


def _gregorian_twin(m: Match) -> Calendar | None:
    """The Gregorian date written right after or before the Hijri date of the match, if any."""
    patterns = _twin_patterns(m.lex)
    if patterns is None:
        return None
    after, before, classes = patterns
    text = m.m.string
    twin = after.match(text, m.end, m.end + 80) or before.search(text, max(0, m.start - 80), m.start)
    if twin is None:
        return None
    read = Match(twin, m.lex, classes)
    return _day_date(read)


def build_hijri_date(m: Match) -> Found | None:
    """"15 رمضان 1446 هـ", "15 Ramadan 1446 AH": a Hijri day, as its Gregorian day (`hijri.py`); without
    its year ("27 رمضان"), the occurrence the tense points at.

    Where the text writes the Gregorian date beside it, that date is the value: the writer states
    the correspondence, and a month begun by a local sighting of the moon may start a day away from
    the Umm al-Qura tables, so converting would give the same day two different values."""
    month, day, year = m.int("hijri_month"), m.int("day"), m.int("hy")
    if month is None or day is None:
        return None
    if (twin := _gregorian_twin(m)) is not None and twin.year is not None:
        return found(m, dataclasses.replace(twin, weekday=None))
    if year is None:  # "27 رمضان": in the Hijri year the tense points at, as a holiday named alone
        word = m.text("hijri_month") or ""
        return None if m.lex.value("hijri.needs_year", word) else found(m, HolidayRef(hijri.rule(month, day)))
    gregorian = hijri.to_gregorian(year, month, day)
    return found(m, Calendar("D", gregorian.year, gregorian.month, gregorian.day)) if gregorian else None


def build_hijri_feast(m: Match) -> Found | None:
    """"عيد الفطر", "Eid al-Fitr 2023": a feast on its Hijri day, in the Gregorian year named or the one the
    tense points at, as a holiday."""
    month_day = m.value("hijri_feast")
    if month_day is None:
        return None
    month, day = (int(part) for part in month_day.split("-"))
    n, _anchor = shift_of(m, "shift_before")
    return found(m, HolidayRef(hijri.rule(month, day), m.year(), n))


def build_hijri_month_year(m: Match) -> Found | None:
    """"رمضان 1446", "Ramadan 1446 AH": the Gregorian month that holds most of the Hijri month
    (`hijri.main_month`), as TIMEX3 values have no Hijri months."""
    month, year = m.int("hijri_month"), m.int("hy")
    start = hijri.main_month(year, month) if month is not None and year is not None else None
    return found(m, Calendar("M", start.year, start.month)) if start else None


def build_hijri_month(m: Match) -> Found | None:
    """"شهر رمضان", "the month of Ramadan": the occurrence the tense points at, in the Gregorian
    month that holds most of it, as for a named month alone ("في مارس"). Only after the word for
    month: the names are also people's ("Taha Yasin Ramadán", "رمضان عبد الله")."""
    month = m.int("hijri_month")
    return found(m, HolidayRef(hijri.rule(month))) if month is not None else None


def build_hijri_month_after_preposition(m: Match) -> Found | None:
    """"during Ramadan", "durante el Ramadán", "خلال رمضان": a month named alone after a preposition
    of time (`hijri.month_before`) is the month, as after the word for month; a person's name does
    not follow "during". The expression is the month's name."""
    month = build_hijri_month(m)
    return None if month is None else dataclasses.replace(month, start=m.span("hijri_month")[0])


# ------------------------------------------------------------------------ relative dates

def build_relative_unit(m: Match) -> Found | None:
    """"last week", "next year", "the following day", "la semana pasada", "ce jour-là", "el
    pasado ejercicio"."""
    unit = m.value("unit") or ("Y" if m.has("fiscal_alone") else None)
    n, anchor = shift_of(m, "shift_after", "shift_before")
    if unit is None or n is None or unit in TIME_UNITS or not _singular(m):
        return None
    if unit == "D" and n == -1 and anchor is Anchor.DCT:
        return None  # "am letzten Tag des Gipfels": the last day of something; yesterday has its word
    return found(m, Relative(unit, n, anchor, gran=UNIT_GRAN.get(unit, "Y")), mod=point_mod(m))


def _before_what_follows(m: Match, n: float | None, unit: str) -> Found | None:
    """"قبل يومين من التصويت": "before" an amount and "of" what it counts back from is two
    days before the vote, the stretch of time as "two days before the vote" reads (the amount
    alone), not two days ago. None where no such word follows."""
    if n is None or not m.has("ago_before") or not m.followed_by("offset.from"):
        return None
    return _amount_after_ago_word(m, n, unit)


def build_ago(m: Match) -> Found | None:
    """"two years ago", "hace dos años": counted back from the publication date."""
    unit = m.value("unit") or m.value("unit_plural")
    if unit is not None and m.preceded_by("duration.before_ago"):
        return _since_ago(m, unit)
    if unit is None:
        return None
    if (before := _before_what_follows(m, _amount_or_one(m), unit)) is not None:
        return before
    vague = m.has("vague_number") or not m.has("num") and not _singular(m)
    if vague and m.lex.grammar.get("vague_ago_as_duration"):  # Spanish TimeML: "hace meses" is PXM
        return Found(m.start, m.end, Literal("DURATION", duration_value(None, unit)), "DURATION",
                     m.value("quantity_mod"))
    if unit in TIME_UNITS:
        return None
    if vague:
        return Found(m.start, m.end, Literal("DATE", "PAST_REF"), "DATE", m.value("quantity_mod"))
    n = amount(m) if m.has("num") else 1.0
    if n is None or not float(n).is_integer():
        return None
    return found(m, Relative(unit, -int(n), Anchor.AGO, gran=UNIT_GRAN.get(unit, "Y")), mod=m.value("quantity_mod"))


def _count_and_unit(m: Match, group: str) -> tuple[int, str] | None:
    """A word whose value is a count and a unit, as a language file writes it: `2W` ("a
    fortnight", Arabic duals such as "عامين" are `2Y`), `-1Y` (German "Vorjahr")."""
    value = re.fullmatch(r"([+-]?\d+)([A-Z]+)", m.value(group) or "")
    return (int(value.group(1)), value.group(2)) if value else None


def build_unit_word(m: Match) -> Found | None:
    """One word for a period counted from publication: German "Vorjahr" (last year), "heuer"."""
    counted = _count_and_unit(m, "unit_word")
    if counted is None:
        return None
    n, unit = counted
    return found(m, Relative(unit, n, Anchor.DCT, gran=UNIT_GRAN.get(unit, "Y")), mod=point_mod(m))


def build_counted_ago(m: Match) -> Found | None:
    """"a fortnight ago", "منذ عامين": a counted unit back from the publication date."""
    counted = _count_and_unit(m, "unit_counted")
    if counted is None:
        return None
    n, unit = counted
    if (before := _before_what_follows(m, n, unit)) is not None:
        return before
    return found(m, Relative(unit, -n, Anchor.AGO, gran=UNIT_GRAN.get(unit, "Y")), mod=m.value("quantity_mod"))


def build_counted_duration(m: Match) -> Found | None:
    """"for a fortnight", "خلال يومين": a counted unit as an amount of time."""
    counted = _count_and_unit(m, "unit_counted")
    if counted is None:
        return None
    return Found(m.start, m.end, Literal("DURATION", duration_value(*counted)), "DURATION",
                 m.value("quantity_mod"))


def build_one_unit_duration(m: Match) -> Found | None:
    """"بعد عام": a unit's noun that alone means one of it (`unit_one`), after a word that makes it
    a stretch of time (`duration.one_after`, also with a conjunction on it: "وبعد عام"), as "بعد
    ثلاثة أيام" is three days. That word is looked for before the match rather than matched, so a
    longer expression starting at the noun ("يوم الجمعة") still wins the overlap."""
    unit = m.value("unit_one")
    if unit is None:
        return None
    before = m.lex.words_regex("duration.one_after", word_start(m.lex) + r"(?:{words})\s+$")
    if before.search(m.m.string, max(0, m.start - 20), m.start) is None:
        return None
    # how a word begins: matched glued to the rest
    begins = m.lex.words_regex("duration.one_construct", r"\s+(?:{words})", glued=True)
    if begins.match(m.m.string, m.end) or any(m.followed_by(c) for c in ("month", "weekday", "holiday", "hijri.month")):
        return None  # "بعد يوم الانتخابات", "بعد شهر مارس": the day of, the month of
    return Found(m.start, m.end, Literal("DURATION", duration_value(1, unit)), "DURATION")


def _since_ago(m: Match, unit: str) -> Found:
    """"desde hace dos años": not a date but the two years up to now, without "hace"."""
    return _amount_after_ago_word(m, _amount_or_one(m), unit, m.value("quantity_mod"))


def _amount_or_one(m: Match) -> float | None:
    """The amount of an "ago" match: its number, or one for a unit alone in the singular;
    None when vague ("hace meses", "hace varios años")."""
    return amount(m) if m.has("num") else None if m.has("vague_number") or not _singular(m) else 1.0


def _amount_after_ago_word(m: Match, n: float | None, unit: str, mod: str | None = None) -> Found:
    """The amount as a stretch of time, without the "ago" word before it ("hace", "قبل")."""
    start = m.start
    if m.has("ago_before"):
        rest = m.m.string[m.span("ago_before")[1]:m.end]
        start = m.end - len(rest.lstrip())
    return Found(start, m.end, Literal("DURATION", duration_value(n, unit)), "DURATION", mod)


def _one_without_articles(m: Match) -> float | None:
    """One unit where a language without articles names it alone in the singular: "год
    спустя" (a year later), "через неделю" (in a week); None otherwise."""
    return 1.0 if _singular(m) and _without_articles(m) else None


def _without_articles(m: Match) -> bool:
    """Whether the language has no article word before a noun (ru; ar joins its article to the
    noun): "в девяностые", "год спустя"."""
    return not m.lex.cls("determiner.words").table


def build_from_now(m: Match) -> Found | None:
    """"in two weeks", "через две недели": counted from the publication date (where the word
    also means "after", `from_now_later_in_past`, from the last date in a past clause: "вернулся
    через год"); but "через три месяца после выборов" (three months after the election) is the
    stretch of time from it."""
    unit = m.value("unit")
    n = amount(m) if m.has("num") else _one_without_articles(m)
    if unit is None or n is None:
        return None
    if _before_an_event(m):
        return Found(m.start, m.end, Literal("DURATION", duration_value(n, unit)), "DURATION",
                     m.value("quantity_mod"))
    if unit in TIME_UNITS or not float(n).is_integer():
        return None
    anchor = Anchor.LATER if m.lex.grammar.get("from_now_later_in_past") else Anchor.DCT
    return found(m, Relative(unit, int(n), anchor, gran=UNIT_GRAN.get(unit, "Y")), mod=m.value("quantity_mod"))


def _before_its_anchor(m: Match) -> bool:
    """Whether the word after the amount is a preposition with what it counts from after it
    ("trois mois après l'élection", "tre mesi dopo le elezioni", "três meses depois da
    eleição"): an article or an article joined to a preposition follows it, or the two words
    are one of the language's `offset` words ("depois de"). The amount is then a stretch of time
    from an event, as TimeML reads "three months after the election", not a date counted from
    the last one mentioned ("tre anni dopo è tornato" is one)."""
    word = m.text("later_words") or m.text("earlier_words")
    following = _NEXT_WORD.match(m.m.string, m.end)
    if word is None or following is None:
        return False
    key, after = normalize(word), following.group(1)
    offsets = [w for cls in ("offset.after", "offset.before") for w in m.lex.cls(cls).table]
    if not any(w == key or w.startswith(key + " ") for w in offsets):
        return False  # "three years later the company ...": an adverb, not "after"
    return normalize(f"{key} {after}") in offsets or any(
        m.lex.value(cls, after) is not None for cls in ("determiner.words", "determiner.contracted"))


# The word after a position: "l'" of "après l'élection", "da" of "depois da eleição".
_NEXT_WORD = re.compile(r"\s+(\w+['’]?)")


def _before_an_event(m: Match) -> bool:
    """Whether "after" or "before" and a word in lower case or a date follow the match: the
    event or day an amount is counted from ("через три месяца после выборов", "через неделю
    после 1 мая"), not a place ("in drei Wochen nach Paris") nor the end of the clause."""
    for cls in ("offset.after", "offset.before"):
        pattern = m.lex.words_regex_if_any(cls, r"\s+(?:{words})\s+(\w)")
        found_after = pattern.match(m.m.string, m.end) if pattern is not None else None
        if found_after is not None and (found_after.group(1).islower() or found_after.group(1).isdigit()):
            return True
    return False


def build_ref_offset(m: Match) -> Found | None:
    """"two days later", "a year earlier": counted from the date last mentioned. Where the
    language's TimeML reads them as the stretch of time (`later_as_duration`: Spanish "dos días
    después" is P2D), a duration, with the word when it stands alone ("[un día después]",
    "[años después]", "[pocas horas antes]"), of the amount alone when what it is counted from
    follows ("[dos días] después del partido")."""
    unit = m.value("unit")
    n = amount(m) if m.has("num") else None
    if unit is None or m.has("num") and n is None:
        return None
    if m.lex.grammar.get("later_as_duration"):
        if n is None and (_singular(m) and not m.has("vague_number")):
            return None  # "el día después": a day, not an amount of days
        end = m.span("unit")[1] if n is not None and _before_its_anchor(m) else m.end
        return Found(m.start, end, Literal("DURATION", duration_value(n, unit)), "DURATION",
                     m.value("quantity_mod"))
    if n is None and not m.has("vague_number"):
        n = _one_without_articles(m)
    if n is not None and _before_its_anchor(m):  # "trois mois après l'élection", as "three months after"
        return Found(m.start, m.span("unit")[1], Literal("DURATION", duration_value(n, unit)), "DURATION",
                     m.value("quantity_mod"))
    if n is None or unit in TIME_UNITS or not float(n).is_integer():
        return None
    sign = -1 if m.has("earlier_words") else 1
    return found(m, Relative(unit, sign * int(n), Anchor.REF), mod=m.value("quantity_mod"))


def build_reference(m: Match) -> Found | None:
    """"now", "recently", "the future"; not inside a phrase of the language's `[not_time]
    reference` that makes it something else: someone's prospects ("el futuro de las
    pensiones", "su futuro"), a comparison ("los más próximos a Tudjman"), a discourse marker
    ("ahora bien"). "The past" named with a word that also shifts a date ("del pasado") is not
    the past before a day, month or unit: "del pasado sábado" is a date, which its own rule reads."""
    value = m.value("reference")
    if value is None or m.within("not_time.reference"):
        return None
    words = m.m.string[m.start:m.end].split()
    if len(words) > 1 and m.lex.value("shift_before", words[-1]) is not None \
            and (_NUMBER_NEXT.match(m.m.string, m.end) or any(m.followed_by(c) for c in _SHIFTED)):
        return None
    if _present_before_a_noun(m, words[-1]):
        return None
    return Found(m.start, m.end, Literal("DATE", value), "DATE")


def _present_before_a_noun(m: Match, last: str) -> bool:
    """Whether "the present" is the adjective before a noun that is no period ("del presente
    artículo", "the present study", "le présent accord": this article, study, agreement): a word
    of `[not_time] present_adjective` right before a word that is not in `after_present` (what
    follows the noun "the present", "el presente y el futuro", or a period that Spanish TimeML
    tags with its adjective, "la presente temporada")."""
    if m.lex.value("not_time.present_adjective", last) is None:
        return False
    after = m.lex.words_regex("not_time.after_present", r"\s+(?:{words})(?!\w)")
    return _WORD_NEXT.match(m.m.string, m.end) is not None and not after.match(m.m.string, m.end)


# A clause opens right before a position: the text's start, or a mark that ends a sentence or
# sets a phrase off ("Un jour, il s'est souvenu", "dijo: «Un día habrá justicia»"); not an
# apostrophe, which also elides a preposition ("la grève d'un jour").
_CLAUSE_START = re.compile(r"(?:\A|[.!?;:,(\[«»\"“”„—–…])\s*\Z")


def _followed_by_word(m: Match, cls: str) -> bool:
    """Whether a whole word of a class comes right after the match ("de", not "después"; an
    elided one, "d'", before the next)."""
    words = m.lex.words_regex_if_any(cls, r"[\s-]*(?:{words})(?:(?<=['’])|(?!\w))")
    return words is not None and words.match(m.m.string, m.end, m.end + 40) is not None


def build_someday(m: Match) -> Found | None:
    """"one day" as an adverb, a time gone by or to come as the clause's tense says (`TenseRef`):
    "y un día me acordé", "Islam will one day be", "eines Tages", "однажды", "ذات يوم".

    `[someday] past` and `future` are such adverbs wherever they stand, but after a `not_after`
    word that governs them as a noun ("innerhalb eines Tages": within a day), and lean to their
    side where no tense is read ("однажды": PAST_REF, "someday": FUTURE_REF). `one` ("un día", "one day")
    is also an amount of one day ("por un día", "lasted one day") and the day in focus ("Es un
    día histórico"): the adverb only where a clause opens right before it (a mark, or an `after`
    word: a conjunction, a modal), not before a `not_before` word or a copula, which make it the
    amount or the day of something ("un día después", "one day of talks", "one day's", "one day
    in May", "un día es poco"), not after a copula ('es "un día extraordinario"'), and not as the
    second part of an amount ("dos semanas y un día").
    It stays that amount where the clause has no verb whose tense is read (`tagger._analyzed`)."""
    if _followed_by_word(m, "someday.not_before"):
        return None
    if not m.has("someday_one"):
        lean = "PAST_REF" if m.has("someday_past") else "FUTURE_REF"
        return None if m.preceded_by("someday.not_after") else Found(m.start, m.end, TenseRef(lean), "DATE")
    if _followed_by_word(m, "nowadays.copula"):
        return None
    text = m.m.string
    mark = _CLAUSE_START.search(text, max(0, m.start - 8), m.start)
    if mark is not None:
        joint, joins = mark.start(), text[mark.start():mark.start() + 1] == ","
    else:
        opener = m.lex.words_regex("someday.after", r"(?<!\w)(?:{words})\s*\Z").search(text, max(0, m.start - 30), m.start)
        if opener is None:
            return None
        joint, joins = opener.start(), m.lex.value("duration.and", opener.group().strip()) is not None
    if joins and (m.preceded_by("unit", at=joint) or m.preceded_by("unit_plural", at=joint)):
        return None  # "dos semanas y un día", "two weeks, one day": the amount's second part
    if m.preceded_by("nowadays.copula", at=joint):
        return None  # 'este viernes es "un día extraordinario"': what the day is
    return Found(m.start, m.end, TenseRef(amount="P1D"), "DATE")


# --------------------------------------------------------------------------- durations

def _minutes_and_seconds(m: Match, unit: str) -> str | None:
    """"1.20 minutos" is 1 minute 20 seconds (PT1M20S) where the decimal mark is a comma
    (`decimal_comma`): a dot before two digits under 60 then splits a unit of the clock into
    it and the next smaller one, as race times are written. None: not such an amount."""
    split = re.fullmatch(r"(\d+)\.([0-5]\d)", m.text("num") or "")
    if split is None or unit not in ("H", "MIN") or not m.lex.grammar.get("decimal_comma"):
        return None
    whole, part = int(split.group(1)), int(split.group(2))
    smaller = _SMALLER[unit][1]
    if not part:
        return duration_value(whole, unit)
    return joined_duration(duration_value(whole, unit), duration_value(part, smaller)) if whole \
        else duration_value(part, smaller)


def build_duration(m: Match) -> Found | None:
    unit = m.value("unit")
    if unit is None:
        return None
    n = amount(m) if m.has("num") else None
    if m.has("num") and (n is None or re.fullmatch(r"1\d{3}|20\d\d", m.text("num") or "")):
        return None  # "the 1988 quarter" names a year, it does not count quarters
    if unit == "H" and m.lex.value("clock.hours", m.text("unit") or "") is not None \
            and re.fullmatch(r"\d{1,2}\.\d\d", m.text("num") or ""):
        return None  # "a las 14.00 horas" is a clock time
    if (minutes := _minutes_and_seconds(m, unit)) is not None:
        return Found(m.start, m.end, Literal("DURATION", minutes), "DURATION", m.value("quantity_mod"))
    if m.has("fraction_half"):
        n = 0.5 if n is None else n * 0.5
    if m.has("fraction_and_half") or m.has("ah2"):
        n = (n or 0) + 0.5
    if n is not None and n <= 0:
        return None
    if n is None and not (m.has("vague_number") or m.has("duration_recent")):
        return None
    if m.has("duration_recent") and _singular(m) and not m.lex.grammar.get("recent_plural"):
        return None  # "the coming week" is next week
    if m.followed_by("duration.not_before"):  # "a 6-year-old": an age, not a stretch of time
        return None
    if m.preceded_by("duration.not_after"):  # "الساعة 3 يوم الجمعة": the hour, then the day
        return None
    if m.lex.value("ordinal", m.text("unit") or "") is not None and _WORD_NEXT.match(m.m.string, m.end) \
            and not (_counted_from_it(m) or m.followed_by("connector.range")):
        return None  # "a second term": the unit word is also an ordinal, and here it is one
    if m.m.string[m.start:m.span("unit")[0]].endswith("-") and not _singular(m):  # "three-quarters"
        return None
    return Found(adjective_start(m), m.end, Literal("DURATION", duration_value(n, unit)),
                 "DURATION", m.value("quantity_mod"))


def build_duration_of_plural(m: Match) -> Found | None:
    """An amount of a unit named in the plural: "الأيام الثلاثة الماضية"."""
    unit, n = m.value("unit_plural"), amount(m)
    if unit is None or n is None or n <= 0:
        return None
    return Found(m.start, m.end, Literal("DURATION", duration_value(n, unit)), "DURATION",
                 m.value("quantity_mod"))


def build_the_unit_duration(m: Match) -> Found | None:
    """"the past week": one unit leading up to now."""
    unit = m.value("unit")
    if unit is None or not _singular(m):
        return None
    return Found(m.start, m.end, Literal("DURATION", duration_value(1, unit)), "DURATION",
                 m.value("quantity_mod"))


def build_units_ahead(m: Match) -> Found | None:
    """"the weeks ahead", "les semaines à venir", "الأسابيع المقبلة", "الأيام الماضية": a plural unit
    with the word for "to come" or "gone by" after it (`[duration] recent_after`) is a vague
    stretch of time (PXW), as "the coming weeks" before it is."""
    unit = m.value("unit_plural")
    before = _PREVIOUS_WORD.search(m.m.string, max(0, m.start - 30), m.start)
    if unit is None or before is not None and (before.group(1).isdigit()
                                               or m.lex.value("number", before.group(1)) is not None):
        return None  # "two weeks ahead of the vote": an amount, which its own rule reads
    return Found(m.start, m.end, Literal("DURATION", duration_value(None, unit)), "DURATION")


_PREVIOUS_WORD = re.compile(r"(\w+)\s+\Z")


def build_whole_unit(m: Match) -> Found | None:
    """"toda la semana", "den ganzen Tag", "всю неделю", "طوال اليوم": the whole of one unit, a
    stretch of time (P1W, as Spanish TimeBank tags "toda la semana"). Not the year: "todo el año"
    is the year in focus, as its own rule reads it (Spanish TimeBank: a DATE)."""
    unit = m.value("unit")
    if unit is None or unit in ("Y", "DE", "CE") or not _singular(m) or m.followed_by("shift_after"):
        return None  # "toda la semana pasada" is last week, which its own rule reads
    return Found(m.start, m.end, Literal("DURATION", duration_value(1, unit)), "DURATION")


# The words of a stretch of text, without its punctuation (an apostrophe belongs to its word: "nell'arco di").
_WORDS = re.compile(r"[\w'’]+")


def build_bare_duration(m: Match) -> Found | None:
    """"for years": a plural unit alone after a word or two that make it a stretch of time
    ("tras años", "después de años", "pendant des années", "en cuestión de horas")."""
    unit = m.value("unit_plural")
    # words only: a quotation mark may open the phrase ("han sido «años perdidos»")
    before = _WORDS.findall(m.m.string[max(0, m.start - 24):m.start].lower())
    if unit is None or not any(m.lex.value("duration.bare_after", " ".join(before[-n:])) is not None
                               for n in (1, 2, 3) if len(before) >= n):
        return None
    return Found(m.start, m.end, Literal("DURATION", duration_value(None, unit)), "DURATION")


# --------------------------------------------------------------------------------- sets

def build_every(m: Match) -> Found | None:
    if m.has("month"):
        value = f"XXXX-{m.int('month'):02d}"
    elif m.has("season"):
        value = f"XXXX-{m.value('season')}"
    elif m.has("part_of_day"):
        value = f"XXXX-XX-XXT{m.value('part_of_day')}"
    elif m.has("unit"):
        unit = m.value("unit") or ""
        n = amount(m) if m.has("num") else 1
        if n is None:
            return None
        value = duration_value(n, unit)
    else:
        return None
    return Found(m.start, m.end, Literal("SET", value), "SET")


def build_every_counted(m: Match) -> Found | None:
    """"كل أسبوعين" (every two weeks): a set of the counted unit's length."""
    counted = _count_and_unit(m, "unit_counted")
    if counted is None or counted[0] <= 0:
        return None
    return Found(m.start, m.end, Literal("SET", duration_value(counted[0], counted[1])), "SET")


def build_vague_duration(m: Match) -> Found | None:
    """A phrase that is a stretch of time of unknown length by itself: Spanish "hace tiempo",
    "no hace mucho" (PXM, as the Spanish TimeML corpus reads them), "depuis quelque temps"."""
    value = m.value("vague_duration")
    return Found(m.start, m.end, Literal("DURATION", value), "DURATION") \
        if value and _VAGUE_DURATION.fullmatch(value) else None


_VAGUE_DURATION = re.compile(r"PT?X(?:Y|M|W|D|H|S)")


def build_set_word(m: Match) -> Found | None:
    value = m.value("set_word")
    return Found(m.start, m.end, Literal("SET", value), "SET") if value else None


def build_set_adjective(m: Match) -> Found | None:
    """"annual", "trimestral", "mensuelle": how often. Where the language puts adjectives
    before their noun (`adjective_before_noun`), only on their own ("paid quarterly", "the
    meeting is annual"): TimeML leaves "the annual report" untagged in English, while the
    Spanish guidelines tag "su encuentro anual". Where adjectives follow their noun, one right
    after an article is a noun itself: "los diarios", "les quotidiens" are newspapers."""
    value = m.value("set_adjective")
    before_noun = m.lex.grammar.get("adjective_before_noun")
    if value is None or (_WORD_NEXT.match(m.m.string, m.end) if before_noun else m.preceded_by("determiner.words")):
        return None
    return Found(m.start, m.end, Literal("SET", value), "SET")


def build_weekday_plural(m: Match) -> Found | None:
    """"on Tuesdays", "los martes por la noche", "Tuesday nights", "dienstags abends", "every
    Tuesday", "مساء كل ثلاثاء" (every Tuesday evening): every such day, at its part of the day."""
    weekday = m.int("weekday_plural") or m.int("weekday")
    if weekday is None:
        return None
    part = m.value("part_of_day") or m.value("part_of_day_plural") or m.value("part_before")
    return Found(m.start, m.end, Literal("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")),
                 "SET")


def build_frequency(m: Match) -> Found | None:
    """"twice a week", "$5 a year", "per day"."""
    unit = m.value("unit")
    if unit is None or not _singular(m) or m.followed_by("shift_after"):  # "al día siguiente"
        return None
    if m.has("set_per") and not (m.has("set_once") or m.has("set_times")):
        if m.preceded_by("duration.bare_after"):  # "its best result in a year", "marched for a day"
            return None  # the article is the amount's: a stretch of time, not a rate
        # A rate needs an amount before it in the clause, in digits or words ("$5 a year",
        # "cuatro exposiciones al año", "medio millón de toneladas al año"); right after a bare
        # number it is a speed whose unit is left out ("a más de 50 por hora").
        before = m.m.string[max(0, m.start - 2 * _RATE_REACH):m.start]
        clause = re.split(r"[.;:!?](?!\d)", before)[-1]
        near = clause[-_RATE_REACH:]
        if _BARE_NUMBER_END.search(near) or not (re.search(r"\d", near) or _counts_things(m, clause)):
            return None
    return Found(m.start, m.end, Literal("SET", duration_value(1, unit)), "SET")


# How far before a rate its amount, in digits or a number word, may stand ("$5 a year").
_RATE_REACH = 30
_WHOLE_WORD = WORD_AT + r"(?!\w)"  # a whole word of a class (a `words_regex` template)


def _counts_things(m: Match, clause: str) -> bool:
    """Whether a number word of two or more counts something other than time near the end of
    the clause ("cuatro exposiciones", "four flights"; not "five days", and not "a"/"un",
    which are also articles), or a word that is a count by itself stands anywhere in it: it
    heads what it counts, "of" phrases and all ("medio millón de toneladas de merluza al año")."""
    amount = m.lex.words_regex_if_any("set.amount", _WHOLE_WORD)
    if amount is not None and amount.search(clause):
        return True
    near = clause[-_RATE_REACH:]
    units = m.lex.words_regex("unit", r"\s+(?:{words})")
    for word in m.lex.words_regex("number", _WHOLE_WORD).finditer(near):
        value = m.lex.number(word.group())
        if value is not None and value >= 2 and not units.match(near, word.end()):
            return True
    return False


_BARE_NUMBER_END = re.compile(r"(?<![$€£¥\d.,])\d+(?:[.,]\d+)?\s*$")


# -------------------------------------------------------------------------------- rules

# A word some languages write after a year ("17 марта 2023 года").
_AFTER_YEAR = "(?: {connector.after_year})?"


def _year_after(year: str) -> str:
    """A year (the template `year`) after its month or day: "March 3, 2013", "3 de marzo de 2013"."""
    return r"\s*,?\s*(?:{connector.month_year} )?" + year + _AFTER_YEAR


_YEAR_TAIL = "(?:" + _year_after("{year}") + ")?"
# ... or named relative to publication or to the year last mentioned: "May 3 last year", "el 3 de
# mayo del año pasado", "3 мая прошлого года", "le 24 mars de cette année-là", "of that year".
_DAY_YEAR_TAIL = ("(?:" + _year_after("{year}")
                  + r"|\s*,?\s+(?:{connector.month_year:ry_c}(?:\s+|(?<=['’])))?(?:{determiner.words:ry_d} )?"
                    r"(?:{shift_before:ry_sb} {period.year:ry_y}(?: {shift_after:ry_sa2})?|{period.year:ry_y2} {shift_after:ry_sa}))?")
# A Hijri year after its month, with the word or letter that marks it as one ("1446 هـ", "1446هـ", "1446 AH").
_HIJRI_YEAR = _year_after(r"(?P<hy>1[3-5]\d\d)(?!\d)") + r"(?:\s*{hijri.era})?"
# A Gregorian date written as a Hijri date's twin, beside it: "15 رمضان 1446 هـ الموافق 13 مارس 2025",
# "13 مارس 2025 (13 رمضان 1446)" (`_twin_patterns`).
_GREGORIAN_TWIN = Rule("hijri_twin", "DATE", "(?:{weekday} )?{day}(?: {connector.day_month})? {month}"
                       + _year_after("{year}"), lambda m: None)
def _shift_after(group: str = "shift_after") -> str:
    """A shift word after a named date ("el lunes pasado", "il mese dopo", "le lundi suivant"),
    unless it is one of the language's `offset.prepositions` with a word after it that is no verb
    the language lists for a tense: then it is "before"/"after" opening the event the date is set
    against, and the date ends before it ("il 24 marzo dopo dodici ore di trattativa", "lunedì
    prima delle elezioni", "le 24 mars d'après le ministère"); "il lunedì dopo hanno firmato" is
    the Monday after."""
    verbs = "|".join(f"{{tense.{tense}:{group}_{tense}}}" for tense in ("past", "compound_past", "future"))
    return rf"(?: (?!{{offset.prepositions:{group}_p}}\s+(?!(?:{verbs})(?!\w))\w){{shift_after:{group}}})"


# A weekday that the day after it restates, with the shift word it may carry ("next Monday, July
# 8", "lundi prochain, 27 mars", "يوم الاثنين المقبل 27 مارس").
# A weekday before its date, or the short form of one that is a weekday only there ("lun. 27 de
# marzo", "Fr., 3. März": "mar." is also March and the sea, "Fr." Mrs), after a comma (Arabic's
# "،" too) and the word that joins the two (`[stamp] weekday_glue`: "Samstag, den 25. März").
_WEEKDAY_HEAD = (r"(?:(?:{shift_before:wsb} )?(?:{weekday}|{weekday_abbreviation:wab})" + _shift_after("wsa")
                 + r"?\s*[,،]?\s*(?:{stamp.weekday_glue:wgl} )?)?")
# A Hijri day, its weekday before it as with a Gregorian day ("الخميس 15 رمضان", "15 Ramadan").
_HIJRI_DAY = _WEEKDAY_HEAD + "(?:{connector.before_day} )?{day}(?: {connector.day_month})? {hijri.month}"
# (the space after the connector is a template space: Arabic writes "و" onto the next day)
_RANGE = r"\s*(?:[-–—]|\s(?:{connector.range}) )\s*"
_PMOD = r"(?:{point_mod}\s*)?"
# A year named relative to publication after a period: "the second half of this year", "el
# primer trimestre del año pasado".
# The connector may be contracted into the shift word (Portuguese "deste ano").
_OF_RELATIVE_YEAR = (r"|\s+(?:{connector.month_year:my2}(?:\s+|(?<=['’])))?(?:{shift_before:sb2} {period.year:py2}"
                     r"|{period.year:py3} {shift_after:sa2})")
# The year a quarter or half belongs to, after it: "of 2023", "del año pasado", "de l'année dernière".
_OF_YEAR = (r"\s*,?\s*(?:{connector.month_year} )?(?:{period.fiscal:f3} )?(?P<qy2>\d{4})" + _AFTER_YEAR + _OF_RELATIVE_YEAR)
# ... or the year in focus: "of the year", "del año", "des Jahres".
_OF_THE_YEAR = (r"|\s+(?:{connector.month_year:my4}(?:\s+|(?<=['’])))?(?:{determiner.words:d4} )?{period.year:py4}"
                r"(?![\w-])")
# One end of a range of clock times: digits with their minutes, a number word or an hour word
# (`k` tells the ends' groups apart).
_RANGE_HOUR = r"(?:(?P<hh{k}>[01]?\d|2[0-4])(?:[:.h](?P<mi{k}>[0-5]\d))?(?!\d)|{{num:hn{k}}}|{{clock.hour:hw{k}}})"
_QMOD = r"(?:{quantity_mod} )?"
_DET = r"(?:{determiner.words} )?"
# A part of the day after a day: "Friday evening", "el lunes por la mañana".
_PART = r"(?:\s*,?\s*(?:{connector.day_to_part} )?{part_of_day})?"
# ... of every such day: "los martes por la noche", "dienstags abends" (the adverb: in the evenings).
_SET_PART = r"(?:\s*(?:{connector.day_to_part} )?(?:{part_of_day}|{part_of_day_plural}))?"

RULES: list[Rule] = [
    # Explicit calendar dates.
    Rule("iso_date", "DATE",
         # Year first is read the same everywhere, whichever mark separates it ("2013/06/25", "2013.06.25").
         r"(?P<y>\d{4})(?:-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
         r"|(?P<sep>[/.])(?P<mo2>[01]\d)(?P=sep)(?P<d2>[0-3]\d)(?![/.]?\d))"
         r"(?:T(?P<hh>[0-2]\d)(?::(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d)(?:\.\d+)?)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
         build_iso, keys=(DIGITS,)),
    Rule("iso_month", "DATE", r"(?P<y>1[89]\d\d|20\d\d)-(?P<mo>0[1-9]|1[0-2])(?![-/\d])", build_iso_month, keys=(DIGITS,)),
    Rule("era_year", "DATE",
         _PMOD + r"(?:(?P<ey>\d{1,4})(?: {connector.after_year})?\s?(?:{era.bc}|{era.ad})|{era.ad:ad2}\s?(?P<ey2>\d{1,4}))",
         build_era_year, keys=(DIGITS,)),
    Rule("numeric_date", "DATE",
         r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![/.-]?\d)",
         build_numeric, keys=(DIGITS,)),
    # A word after the range places both days ("del 2 al 28 de abril próximos", "les 5 et 6 mai derniers").
    Rule("month_day_range", "DATE", "{month} {day}" + _RANGE + "{day:day2}" + _YEAR_TAIL + _shift_after() + "?",
         build_month_range, keys=("month",)),
    Rule("day_month_range", "DATE",
         "(?:{connector.before_day:bd1} )?{day}" + _RANGE + "(?:{determiner.words} )?(?:{connector.before_day:bd2} )?{day:day2}"
         "(?: {connector.day_month})? {month}" + _YEAR_TAIL + _shift_after() + "?",  # "entre el 5 y el 6 de junio"
         build_day_range, keys=("month",)),
    # Across two months, the year after the second ("from 30 March to 2 April 2019").
    Rule("month_day_range_months", "DATE",
         "{month} {day}" + _RANGE + "{month:month2} {day:day2}" + _year_after("{year}"),
         build_day_range_months, keys=("month",)),
    Rule("day_month_range_months", "DATE",
         "(?:{connector.before_day:bd1} )?{day}(?: {connector.day_month})? {month}" + _RANGE
         + "(?:{determiner.words} )?(?:{connector.before_day:bd2} )?{day:day2}(?: {connector.day_month:dm2})? {month:month2}"
         + _year_after("{year}"),
         build_day_range_months, keys=("month",)),
    Rule("month_day", "DATE",
         _PMOD + "(?:{shift_before} )?" + _WEEKDAY_HEAD + "{month} {day}" + _DAY_YEAR_TAIL + r"(?:\s*,?\s*{part_of_day})?",
         build_day_date, keys=("month",)),
    Rule("day_month", "DATE",
         _PMOD + "(?:{shift_before} )?" + _WEEKDAY_HEAD + "(?:{connector.before_day} )?{day}(?: {connector.day_month})? {month}"
         + _DAY_YEAR_TAIL + _shift_after() + "?" + _PART,
         build_day_date, keys=("month",)),
    # A day written as a cardinal word, after the word that makes it one ("le vingt-deux mars").
    Rule("day_in_words_month", "DATE",
         r"{connector.day_in_words} (?:{connector.before_day:bd} )?(?!\d){num:day}(?: {connector.day_month})? {month}"
         + _YEAR_TAIL + _shift_after() + "?",
         build_day_in_words, keys=("month",)),
    Rule("week_of_month_day", "DATE", "{connector.week_of} {month} {day}" + _YEAR_TAIL, build_week_of,
         keys=("connector.week_of",)),
    Rule("week_of_day_month", "DATE",
         "{connector.week_of} {day}(?: {connector.day_month})? {month}" + _YEAR_TAIL, build_week_of,
         keys=("connector.week_of",)),
    Rule("month_day_alone", "DATE",
         "(?:{shift_before} )?{connector.before_day} {day}(?:" + _RANGE
         + "(?:{determiner.words} )?(?:{connector.before_day:bd2} )?{day:day2}(?![.,]?\\d|\\s*%))?",
         build_month_day, keys=("connector.before_day",), dating=False),
    # A day of the month in focus: "the 15th of the month", "le 15 du mois", "15-го числа".
    Rule("day_of_the_month", "DATE",
         r"(?:{connector.before_day} )?(?:{ordinal}|{day}(?:{day_suffix.words})?) {connector.of_the_month}",
         build_day_of_the_month, keys=("connector.of_the_month",), dating=False),
    # A day alone with its ordinal ending after a preposition that takes days: "on the 15th".
    # "from the 3rd to the 5th": both ends, the second with its article.
    Rule("day_alone", "DATE",
         r"{connector.day_alone} (?P<day>0?[1-9]|[12]\d|3[01]){day_suffix.words}"
         r"(?:" + _RANGE + r"{determiner.words:dd2} (?P<day2>0?[1-9]|[12]\d|3[01]){day_suffix.words:ds2})?",
         build_day_alone, keys=("connector.day_alone",), dating=False),
    Rule("nth_weekday", "DATE",
         _DET + r"(?:{ordinal}|(?P<nth>[1-5](?:{day_suffix.words}))) {weekday} (?:{offset.of_month} )?{month}" + _YEAR_TAIL,
         build_nth_weekday, keys=("weekday",)),
    # The ordinal after the weekday: "الأحد الأول من مارس" (the connector is needed: "sabato primo
    # settembre" is a date).
    Rule("nth_weekday_after", "DATE", r"{weekday} {ordinal} {offset.of_month} {month}" + _YEAR_TAIL,
         build_nth_weekday, keys=("weekday",)),
    Rule("ordinal_day_month", "DATE",
         _PMOD + "(?:{shift_before} )?" + _WEEKDAY_HEAD + "{ordinal:day} (?:{connector.day_month} )?{month}"
         + _DAY_YEAR_TAIL + _shift_after() + "?", build_ordinal_day, keys=("month",)),
    Rule("month_the_ordinal", "DATE", "{month} {connector.month_ordinal} {ordinal:day}" + _YEAR_TAIL,
         build_month_ordinal, keys=("month",)),
    Rule("month_range_year", "DATE",
         r"{month}" + _RANGE + r"{month:month2}\s*,?\s*(?:{connector.month_year} )?{year}" + _AFTER_YEAR,
         build_month_range_year, keys=("month",)),
    Rule("month_year", "DATE",
         _PMOD + r"(?:{connector.month_word} )?{month}\s*,?\s*(?:{connector.month_year} )?{year}" + _AFTER_YEAR,
         build_month_year, keys=("month",)),
    Rule("month_relative_year", "DATE",
         _PMOD + "{month}(?: {connector.month_year})? {shift_before} {period.year}(?: {shift_after:sa2})?",
         build_month_relative_year,
         keys=("month",)),
    Rule("month_relative_year_after", "DATE",
         _PMOD + "{month} {connector.month_year} " + _DET + "{period.year} {shift_after}",
         build_month_relative_year, keys=("month",)),
    Rule("month_shift_before", "DATE", _PMOD + "{shift_before} (?:{connector.month_word} )?{month!}",
         build_month_shift, keys=("month",)),
    Rule("month_shift_after", "DATE", _PMOD + "{month!}" + _shift_after(), build_month_shift, keys=("month",)),
    Rule("month", "DATE", _PMOD + "(?:{connector.month_word} )?{month!}", build_month, keys=("month",)),
    # ... also with the word for "of" before a year in digits: "el año de 2016", "no ano de 2016"
    # (not "the year" in focus and then 2016).
    Rule("named_year", "DATE", r"(?:{determiner.words}|{determiner.contracted}|{shift_before}) {period.year} "
         r"(?:{connector.month_year} (?=\d{4}(?!\d)))?{num}",
         build_named_year,
         keys=("period.year",)),
    Rule("year", "DATE", _PMOD + "(?:{period.fiscal} )?{year}" + _AFTER_YEAR, build_year, keys=(DIGITS, SPOKEN_YEAR)),
    Rule("decade", "DATE", _PMOD + _DET + r"(?P<dec>\d{3}0|['’]?\d0)(?:{decade.suffix})", build_decade,
         keys=(DIGITS,)),
    Rule("decade_words", "DATE",
         _PMOD + _DET + r"{decade.words} (?P<dec>['’]?\d0|\d{3}0)(?:['’]?s)?", build_decade, keys=(DIGITS,)),
    Rule("bare_decade", "DATE", _PMOD + r"(?:{decade.bare_before} |{determiner.words} )(?P<dec>[2-9]0)(?!\w)",
         build_bare_decade, keys=("decade.bare_before", "point_mod")),
    Rule("decade_name", "DATE",
         _PMOD + "(?:{determiner.words} (?:{decade.words} )?|{decade.words:dw2} )?{decade_name}",
         build_decade_name, keys=("decade_name",)),
    Rule("century", "DATE",
         _PMOD + _DET + r"(?:{ordinal}|(?P<cnum>\d{1,2}(?:{day_suffix.words})))[\s-]{period.century}",
         build_century, keys=("period.century",)),
    Rule("century_roman_after", "DATE", _PMOD + _DET + r"{period.century} (?P<roman>[XVI]{1,5})",
         build_century, keys=("period.century",)),
    # ... and the ordinal word after it: "القرن التاسع عشر" (the nineteenth century).
    Rule("century_ordinal_after", "DATE", _PMOD + _DET + r"{period.century} {ordinal}", build_century,
         keys=("period.century",)),
    # The ordinal's suffix may be left out: "XXIe siècle" and "XXI secolo", "XXI века".
    Rule("century_roman_before", "DATE",
         _PMOD + _DET + r"(?P<roman>[XVI]{1,5})(?:{day_suffix.words})? {period.century}", build_century, keys=("period.century",)),
    Rule("season", "DATE",
         _PMOD + r"(?:{shift_before} |{determiner.words} )?{season}" + _shift_after() + "?" + _YEAR_TAIL,
         build_season, keys=("season",)),
    Rule("quarter", "DATE",
         _DET + r"(?:{period.fiscal} )?(?:(?:(?P<qy>\d{4})|{shift_before} {period.year})['’]?s? )?"
         r"(?:{period.fiscal:f2} )?(?:{period.year_earlier} )?"
         r"{ordinal}[\s-]+(?:{period.quarter}|(?P<half>{period.half}))(?:" + _OF_YEAR + ")?",
         build_quarter, keys=("period.quarter", "period.half")),
    # A word that halves anything ("half", "mitad", "Hälfte", "النصف") is half a year only with
    # the year it halves: "the second half of 2023", "la segunda mitad del año pasado"; not "the
    # second half" of a match, "la primera mitad de marzo" or "the last half of the '80s".
    Rule("half_of_year", "DATE", _DET + r"{ordinal}[\s-]+(?P<half>{period.half_of})(?:" + _OF_YEAR + _OF_THE_YEAR + ")",
         build_quarter, keys=("period.half_of",)),
    Rule("half_of_year_ordinal_after", "DATE",
         r"(?P<half>{period.half_of}) {ordinal}(?:" + _OF_YEAR + _OF_THE_YEAR + ")",
         build_quarter, keys=("period.half_of",)),
    # Languages that put the ordinal after the noun: "الربع الثالث من 2022".
    Rule("quarter_ordinal_after", "DATE",
         r"(?:{period.quarter}|(?P<half>{period.half})) {ordinal}"
         r"(?:\s*,?\s*(?:{connector.month_year} )?(?P<qy>\d{4})" + _OF_RELATIVE_YEAR + ")?",
         build_quarter, keys=("period.quarter", "period.half")),
    Rule("quarter_code", "DATE", r"Q(?P<qn>[1-4])(?:\s*(?P<qy>\d{4}))?", build_quarter, keys=(DIGITS,)),
    Rule("quarter_ref", "DATE",
         r"(?:{determiner.words}|{determiner.contracted}) (?:(?:{period.latest} )?(?:{period.year_earlier} )?{period.quarter}"
         r"|(?:{period.latest:latest2} (?:{period.year_earlier:ye2} )?|{period.year_earlier:ye3} ){period.period})"
         r"(?:\s+{connector.month_year:my3} (?P<fy>\d{4}))?"
         # "the quarter ended July 31": the day it ended, read here and tagged by its own rule
         r"(?=(?:\s+{period.ending} (?:{month:em}\.? {day:ed}|{day:ed2}(?: {connector.day_month:dm})? {month:em2}))?)",
         build_quarter_ref, keys=("period.quarter", "period.period"), dating=False),
    Rule("quarter_of_year", "DATE",
         r"(?:{determiner.words}|{determiner.contracted}) {year} (?:{period.quarter}|{period.period})",
         build_quarter_of_year,
         keys=("period.quarter", "period.period")),  # read for dating: it holds a year
    Rule("quarter_ref_short", "DATE", "{period.year_earlier}", build_quarter_ref, keys=("period.year_earlier",),
         dating=False),
    Rule("the_weekend", "DATE", _PMOD + r"(?:{determiner.words}|{determiner.contracted}) {period.weekend}" + _shift_after() + "?",
         build_the_weekend, keys=("period.weekend",), dating=False),
    # ... and where the word is "the weekend" by itself (no articles: "в выходные"; a construct:
    # "عطلة نهاية الأسبوع").
    Rule("weekend_alone", "DATE", _PMOD + r"{period.weekend_alone}", build_the_weekend,
         keys=("period.weekend_alone",), dating=False),
    Rule("unit_in_focus", "DATE", "(?:{determiner.words}|{determiner.contracted}) (?:{period.year}|{period.week})",
         build_unit_in_focus,
         keys=("period.year", "period.week"),
         dating=False),
    Rule("unit_after_focus_word", "DATE", "{period.focus_before} (?P<period>{period.year}|{period.week})",
         build_unit_after_focus_word, keys=("period.focus_before",), dating=False),
    Rule("year_end", "DATE", "{period.year_end}", build_year_end, keys=("period.year_end",), dating=False),
    Rule("edge_day", "DATE",
         _QMOD + _DET + r"{ordinal} {unit}\s+(?:(?P<edge_of>{connector.month_year}|{determiner.contracted})\s*)?"
         r"(?:{determiner.words:edge_det}\s*)?(?:{month}(?: (?:{connector.month_year:my2} )?{year}" + _AFTER_YEAR + r")?"
         r"|{period.year}|(?P<edge_year>(?:1[6-9]|20)\d\d)(?!\d))",
         build_edge_day, keys=("ordinal",), dating=False),
    Rule("qualified_unit", "DATE", r"{qualified_unit.before} {unit}", build_qualified_unit, keys=("qualified_unit.before",),
         dating=False),
    Rule("point_of_unit", "DATE", r"{point_mod}\s*(?:(?:{determiner.words}|{determiner.contracted})\s*)?{unit}",
         build_point_of_unit, keys=("unit",), dating=False),
    # Days and parts of days.
    Rule("day_word_our_time", "DATE", "{day_word}", build_our_time, keys=("day_word",), dating=False, widen=False),
    Rule("day_word", "DATE", _PMOD + "{day_word}" + _PART, build_day_word, keys=("day_word",)),
    # "hoy, jueves", "mañana domingo", "oggi giovedì": the weekday only restates the day, and
    # publication-date inference reads the two apart (the weekday is evidence of its own).
    Rule("day_word_weekday", "DATE",
         _PMOD + r"{day_word}(?:\s*,\s*|\s+)(?:{connector.day_weekday} )?{weekday}" + _PART, build_day_word,
         keys=("day_word",), dating=False),
    Rule("offset_day", "DATE",
         _QMOD + "(?:(?:{offset.lead_before}|{offset.lead_after}) )?(?:(?:{num} )?{unit}|{unit_counted}) "
         "(?:{offset.before}|{offset.after}|{offset.from}) "
         "(?:{day_word}|(?:{determiner.words} )?(?:{shift_before} )?{weekday}(?: {shift_after})?)",
         build_offset_day, keys=("day_word", "weekday"), dating=False),
    # "Tuesday the 14th"; without the article only with the day's suffix ("Tuesday, 14th",
    # "во вторник, 14-го"): "Tuesday, 14 people" is an amount.
    Rule("weekday_the_day", "DATE",
         r"{weekday}\s*,?\s*(?:{determiner.words} {day}|(?P<sday>(?:0?[1-9]|[12]\d|3[01])(?:{day_suffix.words})))",
         build_weekday_the_day,
         keys=("weekday",), dating=False),
    Rule("day_part_word", "TIME", _PMOD + "{day_part_word}", build_day_part_word, keys=("day_part_word",),
         dating=False),
    Rule("part_of_day", "TIME", _PMOD + "{shift_before} {part_of_day}", build_part_of_day, keys=("part_of_day",), dating=False),
    Rule("part_of_day_after", "TIME", _PMOD + _DET + "{part_of_day} {shift_after}", build_part_of_day, keys=("part_of_day",), dating=False),
    Rule("part_of_day_alone", "TIME",
         "{connector.day_to_part} {part_of_day}(?! (?:{connector.part_to_day:ptd} )?(?:{weekday}|{day_word}))",
         build_part_of_day_alone,
         keys=("part_of_day",), dating=False),
    Rule("part_of_day_day", "TIME",
         _PMOD + _DET + "{part_of_day} (?:{connector.part_to_day} )?(?:{day_word}(?:,? {weekday:wd2})?"
         "|(?:{shift_before} )?{weekday}" + _shift_after() + "?)",
         build_part_of_day, keys=("part_of_day",)),
    Rule("weekday", "DATE",
         _PMOD + r"(?:{shift_before} )?{weekday}" + _shift_after() + "?" + _PART,
         build_weekday, keys=("weekday",)),
    Rule("guarded_weekday", "DATE",
         _PMOD + r"(?:{shift_before} )?{weekday_guarded.names:weekday}" + _shift_after() + "?" + _PART,
         build_guarded_weekday, keys=("weekday_guarded.names",)),
    Rule("clock", "TIME",
         _QMOD + r"(?:T(?=\d\d:))?(?P<hh>[01]?\d|2[0-4])(?:(?:[:.h]| h )(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?"
         r"(?:\s?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)(?!\d|[.,]\d))?"
         r"(?:\s*{clock.hours})?(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}|{clock.oclock}))?"
         # A zone is written in capitals ("EST", "HKT"; "gmt" too): a small word after the time is
         # the next expression's ("3 p.m. the next day").
         r"(?:\s+(?P<tz>(?-i:[A-Z]{3,4}|gmt|utc)))?",
         build_clock, keys=(DIGITS,), dating=False),
    # Clock times in words, the minutes first ("ten minutes to three", "a quarter past 6") or
    # after the hour ("las seis y cuarto", "neuf heures et demie").
    Rule("clock_words", "TIME",
         r"(?:{clock.quarter}|{clock.half}|{num:mn}(?: {unit})?) (?:{clock.past}|{clock.to}) "
         r"(?:(?P<hh>[01]?\d|2[0-3])(?!\d)|{num:hn})(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}))?",
         build_clock_words, keys=("clock.past", "clock.to"), dating=False),
    Rule("clock_words_hour_first", "TIME",
         r"(?:{clock.before_hour} )?(?:(?P<hh>[01]?\d|2[0-3])(?![\d:.])|{num:hn}|{clock.hour})(?: {clock.hours})? "
         r"(?:(?:{clock.plus}|{clock.minus}) (?:{clock.quarter:q2}|{clock.half:h2}|{num:mn}(?: {unit})?)"
         r"|{clock.and_minutes})(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}))?",
         build_clock_words, keys=("clock.plus", "clock.minus", "clock.and_minutes"), dating=False),
    # An hour as a number word needs an o'clock (where the language has one) or a preposition
    # before it: a number before "de la tarde" or "дня" alone is as often an amount ("два дня").
    Rule("hour_in_words", "TIME", r"{num:hn} (?:{clock.am}|{clock.pm}|{clock.oclock}(?:\s*{clock.night})?)",
         build_hour_in_words, keys=("clock.oclock",), dating=False),
    # A range of clock times, both ends: "entre las 10 y las 12 horas", "between 2 and 3 p.m.".
    Rule("hour_range", "TIME",
         r"{clock.from_hour} (?P<first>" + _RANGE_HOUR.format(k="1") + r"(?: {clock.hours:hs1})?)"
         r"(?:\s*[-–—]\s*|\s(?:{clock.to_hour}|{connector.range}) )(?P<second>" + _RANGE_HOUR.format(k="2") + ")"
         r"(?: {clock.hours})?(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}|{clock.oclock}))?",
         build_hour_range, keys=("clock.to_hour", "clock.hours", "clock.am", "clock.pm", "clock.night", "clock.oclock"),
         dating=False),
    Rule("hour_at_in_words", "TIME",
         r"{clock.at_hour} {num:hn}(?: {clock.hours})?(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}))?",
         build_hour_at_in_words, keys=("clock.at_hour",), dating=False),
    # An hour word alone after the word for the hour or before a part of the day: "الساعة
    # الثالثة", "التاسعة صباحا" (the ordinal alone is "the third").
    Rule("clock_hour_word", "TIME", r"(?:{clock.before_hour} )?{clock.hour}(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}))?",
         build_clock_words, keys=("clock.hour",), dating=False),
    # Minutes into the hour in progress, named by the next one: "половина десятого" (9:30),
    # "четверть седьмого", "десять минут третьего", "halb zehn".
    Rule("clock_words_hour_in_progress", "TIME",
         r"(?:{clock.before_hour} )?(?:{clock.quarter}|{clock.half}|{num:mn} {unit}) {clock.hour_of}"
         r"(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}))?",
         build_clock_words, keys=("clock.hour_of",), dating=False),
    # "без десяти три", "без четверти семь": "without" the minutes, then the hour.
    Rule("clock_words_minus_before", "TIME",
         r"{clock.minus_before} (?:{clock.quarter}|{num:mn}(?: {unit})?) (?:(?P<hh>[01]?\d|2[0-3])(?!\d)|{num:hn})"
         r"(?:\s*(?:{clock.am}|{clock.pm}|{clock.night}))?",
         build_clock_words, keys=("clock.minus_before",), dating=False),
    # ... and not a count of things ("Tuesday at ten schools"): a long word right after it is its noun.
    Rule("hour_after_day", "TIME", r"{connector.clock_day} (?:(?P<hh>[01]?\d|2[0-3])(?![\d:]|[.,]\d|\s*%)|{number:hw}|{clock.hour:hword})"
         r"(?!\s*(?:{clock.am}|{clock.pm}|{clock.night}|{clock.oclock}|{clock.hours}))"
         r"(?=\s*(?:[^\w\s]|\Z)|\s+[^\W\d_]{1,3}(?!\w))", build_hour_after_day,
         keys=("day_word", "weekday"), dating=False),
    Rule("time_word", "TIME", _QMOD + "{time_word}", build_time_word, keys=("time_word",), dating=False),
    Rule("holiday", "DATE", r"(?:{shift_before} )?{holiday}" + _YEAR_TAIL, build_holiday, keys=("holiday",)),
    # Hijri dates ("الخميس 15 رمضان 1446 هـ", "15 Ramadan 1446 AH", "27 رمضان"); years of the Umm al-Qura
    # tables' centuries.
    Rule("hijri_date", "DATE", _HIJRI_DAY + _HIJRI_YEAR, build_hijri_date, keys=("hijri.month",)),
    # Without the Hijri year ("27 رمضان"), and the feasts by their Hijri day ("عيد الفطر", "Eid al-Fitr"): left
    # out of publication-date inference, where they were not measured to help (ML-Crisis es: one more wrong guess).
    Rule("hijri_day", "DATE",
         _HIJRI_DAY + r"(?!\s*,?\s*(?:{connector.month_year} )?\d{4})",  # a year outside the tables is no yearless day
         build_hijri_date, keys=("hijri.month",), dating=False),
    Rule("hijri_feast", "DATE", r"(?:{shift_before} )?{hijri.feast}" + _YEAR_TAIL, build_hijri_feast,
         keys=("hijri.feast",), dating=False),
    Rule("hijri_month_year", "DATE", "(?:{hijri.month_word} )?{hijri.month}" + _HIJRI_YEAR,
         build_hijri_month_year, keys=("hijri.month",)),
    Rule("hijri_month", "DATE", "{hijri.month_word} {hijri.month}", build_hijri_month, keys=("hijri.month",),
         dating=False),
    Rule("hijri_month_after_preposition", "DATE", "{hijri.month_before} {hijri.month}",
         build_hijri_month_after_preposition, keys=("hijri.month",), dating=False),
    # Relative dates.
    # "el pasado ejercicio", "im vergangenen Geschäftsjahr": a fiscal year alone is a year.
    Rule("relative_unit", "DATE",
         _PMOD + r"{shift_before} (?:(?:{period.fiscal} )?{unit}|{period.fiscal:fiscal_alone})(?: {shift_after})?",
         build_relative_unit,
         keys=("unit", "period.fiscal"), dating=False),
    Rule("unit_word", "DATE", _PMOD + "{unit_word}", build_unit_word, keys=("unit_word",), dating=False),
    Rule("relative_unit_after", "DATE", _PMOD + _DET + r"{unit} {shift_after}", build_relative_unit, keys=("unit",), dating=False),
    Rule("ago", "DATE",
         _QMOD + r"(?:(?:{vague_number} )?(?:{num} )?{unit}|{unit_plural}) {ago.after}", build_ago, keys=("unit",), dating=False),
    # Not before a year: "منذ عام 2016" is "since the year 2016", not "a year ago" and 2016.
    Rule("ago_before", "DATE", r"{ago.before} " + _QMOD + r"(?:{vague_number} |{num} )?{unit}(?!\s*\d{4}(?!\d))",
         build_ago, keys=("unit",), dating=False),
    Rule("counted_ago", "DATE", _QMOD + r"{unit_counted} {ago.after}", build_counted_ago,
         keys=("unit_counted",), dating=False),
    Rule("counted_ago_before", "DATE", r"{ago.before} " + _QMOD + r"{unit_counted}", build_counted_ago,
         keys=("unit_counted",), dating=False),
    Rule("from_now", "DATE", _QMOD + r"{num} {unit} {from_now.after}", build_from_now, keys=("unit",), dating=False),
    Rule("from_now_before", "DATE", r"{from_now.before} " + _QMOD + r"(?:{num} )?{unit}", build_from_now, keys=("unit",),
         dating=False),
    Rule("ref_offset", "DATE",
         _QMOD + r"(?:{num}[\s-]|{vague_number} )?{unit} (?:{later.words}|{earlier.words})",
         build_ref_offset, keys=("unit",), dating=False),
    Rule("reference", "DATE", "{reference}", build_reference, keys=("reference",), dating=False, widen=False),
    # Sets.
    Rule("every", "SET", r"{set.every} (?:(?:{num} )?{unit}|{month!}|{season}|{part_of_day})",
         build_every, keys=("set.every",)),
    # ... a counted unit ("كل أسبوعين", every two weeks, with the dual).
    Rule("every_counted", "SET", r"{set.every} {unit_counted}", build_every_counted, keys=("set.every",)),
    Rule("every_weekday", "SET", r"(?:{part_of_day:part_before} )?{set.every} (?:{weekday}|{weekday_plural})" + _SET_PART,
         build_weekday_plural, keys=("set.every",)),
    Rule("set_word", "SET", "{set_word}", build_set_word, keys=("set_word",), dating=False),
    Rule("vague_duration", "DURATION", "{vague_duration}", build_vague_duration, keys=("vague_duration",),
         dating=False, widen=False),
    Rule("set_adjective", "SET", "{set_adjective}", build_set_adjective, keys=("set_adjective",), dating=False,
         widen=False),
    Rule("weekday_plural", "SET", "{weekday_plural}" + _SET_PART, build_weekday_plural, keys=("weekday_plural",)),
    Rule("weekday_parts", "SET", r"{weekday}[\s-]*{part_of_day_plural}", build_weekday_plural,
         keys=("part_of_day_plural",)),
    Rule("frequency", "SET",
         r"(?:(?:{set.once}|{num} {set.times}) )?(?:{set.per}|{set.per_always}) {unit}",
         build_frequency, keys=("unit",), dating=False),
    # "one day" as an adverb, before the durations that read "one day" as one too.
    Rule("someday", "DATE", "{someday.past}|{someday.future}|{someday.one}", build_someday,
         keys=("someday.past", "someday.future", "someday.one"),
         dating=False, widen=False),
    # Durations.
    Rule("duration", "DURATION",
         _QMOD + _DET + r"(?:{duration.before} )?"
         r"(?:(?:{num}|{vague_number})(?: {fraction.and_half})?(?: {duration.after_number})?(?:[\s-]+|(?<=['’]))"
         r"|{fraction.half}(?:[\s-]+|(?<=['’]))|{duration.recent} )"
         r"{unit}(?: {fraction.and_half:ah2})?(?: {duration.after})?",
         build_duration, keys=("unit",), dating=False),
    Rule("one_unit_duration", "DURATION", r"{unit_one}(?!\s*\d)", build_one_unit_duration,
         keys=("unit_one",), dating=False),
    Rule("counted_duration", "DURATION", _QMOD + r"{unit_counted}(?: {duration.after})?", build_counted_duration,
         keys=("unit_counted",), dating=False),
    # The number after the unit, as its adjective, closed by a word of the stretch of time: "الأيام
    # الثلاثة الماضية" (the past three days).
    Rule("unit_first_duration", "DURATION", _QMOD + r"{unit_plural} {num} {duration.after}",
         build_duration_of_plural, keys=("duration.after",), dating=False),
    Rule("the_unit_duration", "DURATION", _QMOD + r"{determiner.words} {duration.the_past} {unit}",
         build_the_unit_duration, keys=("unit",), dating=False),
    Rule("units_ahead", "DURATION", _DET + r"{unit_plural} {duration.recent_after}", build_units_ahead,
         keys=("duration.recent_after",), dating=False),
    Rule("whole_unit", "DURATION", r"{duration.whole} (?:(?:{determiner.words}) )?{unit}", build_whole_unit,
         keys=("duration.whole",), dating=False),
    Rule("bare_duration", "DURATION", "{unit_plural}", build_bare_duration, keys=("unit",), dating=False),
]
