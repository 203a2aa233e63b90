"""Publication-date inference: when was an undated article written?

A careful reader solves for the publication date as the one unknown behind all the time
expressions of a text: "today (Thursday, May 8)" names it; "on Wednesday (May 7)" in the past
tense puts it within the week after May 7; May 8 is a Thursday only in some years, and "the
80th anniversary" of 1945 picks 2025 among them. Each cue below is one such piece of
evidence, a likelihood ratio over publication days against a day the cue says nothing about.
Candidate days are the days around those the text names, in the years the text allows; one
more outcome, "any other day", stands for all the rest, so the confidence is the posterior of
the best day among all days, not its share among the few considered. Cues come from the
tagger's unanchored mentions (`Tagger.analyze`), found by the rules that can say something
about the date (no durations, clock times or sets), so dating costs less than tagging.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

import numpy as np

from dateline.ingest import boilerplate, split_sentences
from dateline.ingest import identify_language as identify
from dateline.ingest.boilerplate import PageLines, SiteLines, own_site_lines, page_lines  # for a stream's site lines
from dateline.temporal.calibration import (RIGHT_MORE_OFTEN, WEEK, Calibration, Candidate, Stated, candidates,
                                           shipped)
from dateline.model import Article, DateGuess, Evidence, GivenCheck, Undecided
from dateline.temporal import datelines
from dateline.temporal import values as V
from dateline.temporal.annotate import tagger_for_language
from dateline.temporal.meanings import Anchor, Calendar, HolidayRef, Relative, WeekdayRef
from dateline.temporal.grammar import WORD_AT
from dateline.temporal.resolve import TENSE_WEIGHT, calendar_point, counted_from, holiday_date
from dateline.temporal.tagger import Join, Mention, Tagger, tagger_for
from dateline.temporal.tense import FUTURE, LAST_WORD, PAST, side_of

# The model's beliefs about news writing. They are stated, not fitted: each says how a
# journalist uses time expressions, and together they keep the confidence honest.
# The tense read from the nearest cue word is wrong this often (reported speech, say).
TENSE_ERROR = 0.1
# "Friday, May 9" in a year where May 9 is not a Friday: a typo or a misreading.
WEEKDAY_MISMATCH = 0.01
# How often "today (May 8)" names the publication day, and a dateline "MOSCOW, May 8
# (Reuters) -" the day itself or, filed late or across time zones, the next one.
TODAY_ODDS = (0.9,)
DATELINE_ODDS = (0.6, 0.2)
# A web page's date stamp, a date on a line of its own near the top ("Jueves 03/02/2011.
# Actualizado 19:03h.", "10 de marzo de 2012 01:21 PM"): the day of publication, or the day
# after it when it shows the last update, or, across time zones, the day before.
STAMP_ODDS = (0.15, 0.6, 0.05)
# A date alone on its line (no clock time, no other word but a weekday: "31 jul 2020"), or
# with a word or two but no clock time and not under the headline ("Domingo 13/01/2013.
# Actualizado", `_vouched`), is also what a site prints over every page on the day it serves it, which a scraped page
# keeps: as often the crawl's day as the article's (3 of the 6 such lines at the top of the
# es dev pages). Ingest marks one years after all the years the story names as furniture
# (`dateline.ingest.boilerplate`, "page date"); over a story that names no year nothing can
# check it, and on a page it pins publication half as often. A text with no page furniture
# at all (wire copy, a feed's body, a TimeML document) has no site clock: its date line is
# its own (the 30 Wikinews texts of the SemEval-2015 trial data open with theirs).
BARE_STAMP_ODDS = tuple(odds / 2 for odds in STAMP_ODDS)
STAMP_PIN = -1  # the odds start the day before the stamp
# A full date on a line of its own below a page's top, under a long header the furniture
# rules left ("Febrero 23 de 2011", "Mayo 19 de 2011 / 4 y 16 p.m."): the article's date
# under its headline, or a comment's, or a signature's. On the es dev pages 5 of the 7 such
# lines were the day of publication, one the next day: a stamp's odds, halved as for a
# date line nothing checks (`BARE_STAMP_ODDS`).
LOWER_LINE = "lower date line"
# A place and a date that close a letter, a statement or a column ("La Habana, 19 de marzo
# de 2011"): the day it was signed. Published that day (a statement, a blog) or in the days
# after (a letter sent to a paper): of the 2 such es dev texts one appeared that day, one
# six days later.
SIGNATURE = "signature"
SIGNATURE_ODDS = (0.3, 0.15, 0.1, 0.05, 0.05, 0.05, 0.05)
# A date after a stamp word of the language file's [stamp] section: "Publié le 25 juin 2013"
# (the day of publication, or next to it across time zones), "Mis à jour le 26 juin" (an
# update: publication that day or in the days before), "apareció en la edición impresa del
# Domingo, 6 de febrero" (print follows the web by a day, or appears the same day). The print
# odds are a belief set after seeing the 8 print lines of the es dev pages (all the day before,
# all one outlet), shrunk by hand so the same day keeps a share: not learned by the refit, and
# unchecked elsewhere (TBAQ has no print line; the 4 held-back lines are the same outlet's).
# Each is (first day's offset from the date, odds of that day and the following ones).
LABELLED = {
    "published": (-1, (0.1, 0.75, 0.05)),
    "updated": (-6, (0.02, 0.02, 0.03, 0.04, 0.06, 0.13, 0.45)),
    "print": (-1, (0.8, 0.1)),
}
# The first of the readers' comments under a story (`boilerplate.comment_bylines`): readers
# comment on the day a story appears or in the days after, so publication is on the comment's
# day or before. A page may show only its latest comments, so the first one shown is often
# not the first written: its day is publication's about one time in eight, the days before
# it a little less likely each (COMMENT_DECAY), two weeks taking six chances in ten; the rest
# is any earlier day. A comment dated before its story is a page put up again or a clock
# misread, rare (COMMENT_AFTER).
COMMENT = "first comment"
COMMENT_DAY, COMMENT_DECAY, COMMENT_DAYS = 0.12, 0.8, 14
COMMENT_ODDS = tuple(COMMENT_DAY * COMMENT_DECAY ** k for k in reversed(range(COMMENT_DAYS)))
COMMENT_AFTER = 0.05
# A day the page existed by: an update line, or the site's date of the day the page was
# served, left out of the story's evidence because it was written years after the story
# (`without_late_stamps`, `boilerplate`'s "page date"), says nothing of which day the article
# came out, but that it came out on that day or before, but for a clock misread (BOUND_AFTER,
# as for a comment, `COMMENT_AFTER`). An update line kept as evidence bounds publication as well
# (its cue's `after`, `cue_of`). The fitted ranker chooses no day after a bound (`existed_by`).
BOUND = "existed by"
BOUND_AFTER = COMMENT_AFTER
# A publication date the source gives (a collection's folder, a feed item's date, a TimeML
# DCT), checked against the text (`given_check`): read as the page's own "published" label
# (LABELLED), trusted as much as a page saying "Publicado el ...", no more. The text
# contradicts it when, weighed against that label, its own word on the day puts publication
# more than a `WEEK` (the benchmark's tolerance) away from it more likely than not
# (RIGHT_MORE_OFTEN): an article about a war of 2015 filed under 2011-07-20 names 2015's days
# in the past tense. Its own word is what cannot be true on a wrong day: its stamps, datelines
# and "today (…)" (pinned days), and the tense of each full date it names (a day named in the
# past tense comes before publication but for a misread tense, `TENSE_ERROR`); not how close
# publication usually follows the latest day named, which a wrong day only makes unusual.
GIVEN = "given date"
# Words other than weekdays and clock words a stamp's line may hold ("Actualizado", "Agencias,
# El Cairo |", "Por www.example.es"); a headline that names a date has more.
STAMP_WORDS = 3
# Days from the latest day the text names to publication (or from publication to the
# earliest day ahead). News names the days of the past and coming week by weekday ("said
# Tuesday") and writes out dates further away, so a named date is seldom the day before
# (SOON) and more often a week or a few away (LATER); otherwise it is history.
SOON, SOON_DECAY = 0.15, 0.5
LATER, LATER_DECAY = 0.45, 0.93
# Publication falls in the latest period with a year the text names ("in 1989", "the third
# quarter of 1989") or the next one like it this often.
PERIOD_RECENT = 0.5
# A year named where no tense is read ("cobertura especial de las Protestas en Egipto 2011",
# "the 2011 budget", a tag or a headline without a verb) names an event or a series more
# often than it dates one from afar: the year of writing takes this share of `recent`, the
# year before and the year after the rest, evenly. Pooled over the dev sets, the latest such
# year was the year of writing in 45 of 61 texts (es dev 45 of 74, TBAQ dev 0 of 7, whose
# few are forecasts: "fiscal 1990"), the year after in 8, the year before in 7.
UNTENSED_INSIDE = 0.5
# "The 80th anniversary of" an event of 1945 is written in or just before 2025 this often.
ANNIVERSARY_RECENT = 0.9
# Days from a weekday named in the past tense to publication (0: the same day, as in wire
# copy's "said Saturday"); the future tense mirrors it.
SINCE_WEEKDAY = (0.30, 0.25, 0.13, 0.09, 0.08, 0.08, 0.07)
# A full date named with its weekday is within a week of publication this often (`_within_its_week`).
WEEKDAY_WEEK = 0.9
WEEKDAY_DATE = "date with its weekday"
# ... and after "this" ("este martes 15 de marzo", "ce mardi 15 mars", "this Tuesday, March 15"):
# a day of the week the writer is in, so publication falls in that day's week (Monday to Sunday;
# the same odds, none outside it). A day without its year ("este martes 15 de marzo") is such a
# day in the years where it falls on that weekday.
THIS_WEEKDAY_DATE = "date with its weekday after 'this'"
# ... and where the article opens (`_opens_article`, as a dateline does): "Le conseil a voté
# vendredi 27 novembre 2026 …", "Der Stadtrat hat am Freitag, dem 27. November 2026, …". News
# states its own day so, in every language: the day of the news, published that day or, filed
# late, the next (a dateline's odds, `DATELINE_ODDS`). Told in the future tense it is a day
# ahead, and the week's odds stay. (Requiring the past tense was tried: the tense of such a
# Russian or Arabic lead is often not read, and the es dev cases were read as past anyway.)
# Unless the text said its own day before it: "Today (March 5) the parliament voted, a week
# after the debate of Tuesday, Feb. 27" opens on March 5 (a stamp, a dateline, "today (…)"). A day without its year is such a day in the
# years where it falls on that weekday, as after "this". On the es dev pages the 4 such days are blog posts (Global Voices) written 1 to 3
# days after the day: none exact, all within a week.
LEAD_WEEKDAY_DATE = "date with its weekday in the lead"
# ... but not in a post that says it belongs to a series or a coverage (the language file's
# `[stamp] post_frame`: "Este post es parte de nuestra cobertura especial …", "This post is part
# of our special coverage …"): a blog's roundup of events is written days after the day its lead
# names (the es dev Global Voices posts: 1 to 3 days), so that day keeps a weekday-date's week.
POST_FRAME = "post_frame"
# ... nor a day appointed: a date with its weekday after a word of the language file's `[stamp]
# appointment` ("summoned the unions for Monday, March 23", "convoqué les syndicats pour le lundi
# 23 mars", "convocato per lunedì 23 marzo", "für Montag, den 23. März") is a day set ahead, read
# in the future tense whatever the verb ("summoned" is past): publication comes before it.
# A word listed stands for every phrase that ends in it ("for" covers "scheduled for"): the
# words are looked for right before the date (`_APPOINTED`); likewise a `post_frame` phrase is looked
# for where a word starts, so it covers its own longer forms.
APPOINTMENT = "appointment"
_APPOINTED = r"(?<!\w)(?:{words})[ \t]*\Z"  # a word of appointment just before a date (a `words_regex` template)
_APPOINTED_REACH = 30  # characters before the date searched for it
# A weekday named in the lead of a dateline that gives no year ("LONDON, March 5 (Reuters) - The
# mayor said on Tuesday …", "PARIS, 5 mars (AFP) - Le maire a annoncé mardi …"): wire copy's lead
# tells the news of the dateline's day, so publication is on that weekday or, filed late, the
# next (a dateline's odds, `DATELINE_ODDS`, no new constant; the other weekdays share what is
# left). Told in the future tense it is a day ahead, and a
# weekday's usual odds stay. It says which years the dateline's day is in: March 5 is a Tuesday
# one year in seven (`fitting_years`), and the text's years (the latest named, `universe`) say
# which seven. No dev set has such a lead (census: 2 es dev texts open with a dateline without
# its year, neither with a weekday in its lead; TBAQ and Wikinews datelines have no day).
# Not a weekday with a shift word ("signed last Tuesday", "firmato martedì scorso", "mardi
# prochain": another week's), nor one in a lead that names its own day with a day word ("La Cgil
# ha confermato oggi lo sciopero di venerdì", "said yesterday that Friday's vote …"): the day word
# tells the lead's day, and a weekday beside it is another day (a coming or a past one).
DATELINE_LEAD = "weekday in a dateline's lead"
DATELINE_LEAD_ODDS = DATELINE_ODDS + ((1 - sum(DATELINE_ODDS)) / (7 - len(DATELINE_ODDS)),) * (7 - len(DATELINE_ODDS))
# Publication days considered around each named day (its own day is 0).
WINDOW = range(-2, 15)
# Publication years weighed: from the year before the earliest the text names (but at most
# LOOKBACK before the latest: older ones are history) to HORIZON years after the latest.
LOOKBACK = 30
HORIZON = 5
# At most this many of them are looked at day by day (the best by the year-level cues).
MAX_YEARS = 4
# The best day must be at least as likely as the calibration's learned answer threshold for
# a date to be returned at all (`calibration.answer_threshold`: the confidence bands whose
# guesses are right as often as answers must be, on the dev data and a check set). Below it
# the evidence still shows the best guess.
# A day outside the hint range is this much less likely than one inside it.
OUTSIDE_HINT = 1e-4
# Years listed when explaining which years a weekday-and-date pair allows.
YEARS_SHOWN = 25


# Days are handled as arrays of proleptic ordinals (`date.toordinal()`): a cue rates every
# candidate day in one pass, since a long article names dozens of days and each is weighed
# against hundreds of candidates.
Days = np.ndarray
_NONE = -1  # "no such day" in an array of ordinals
_YEAR_DAYS = 365.25
_EPOCH = dt.date(1970, 1, 1).toordinal()


def ordinals(days: Sequence[dt.date]) -> Days:
    """The ordinals of some days, as an array the cues rate."""
    return np.fromiter((d.toordinal() for d in days), dtype=np.int64, count=len(days))


def years_of(days: Days) -> np.ndarray:
    """The calendar year of each ordinal."""
    return (days - _EPOCH).astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


def isoweekdays(days: Days) -> np.ndarray:
    """The ISO weekday (Monday 1) of each ordinal."""
    return (days - 1) % 7 + 1


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day is not None else _NONE


def _lag(days: Days) -> np.ndarray:
    """Chance that publication is `days` days from the nearest day the text names."""
    return (SOON * (1 - SOON_DECAY) * SOON_DECAY ** days
            + LATER * (1 - LATER_DECAY) * LATER_DECAY ** days)


def _sides(tense: str | None) -> tuple[float, float]:
    """Weights of (named day in the past, in the future) of publication, given the tense."""
    if tense == PAST:
        return 1.0, TENSE_ERROR
    if tense == FUTURE:
        return TENSE_ERROR, 1.0
    return 1.0, 1.0


class Cue(Protocol):
    """One piece of evidence about the publication day."""

    text: str

    @property
    def background(self) -> float:
        """The ratio on a day the cue does not point at."""

    def ratios(self, days: Days, span: int) -> np.ndarray:
        """Likelihood of the cue if published on each day, over that of a uniform day of `span`."""

    def explain(self, day: dt.date) -> str:
        """What the cue says, and what it makes of publication on `day`."""


class Named(Protocol):
    """A day or period the text names, one of a `LatestCue`."""

    text: str

    def judge(self, days: Days) -> tuple[np.ndarray, np.ndarray]:
        """For each day: whether publication then fits the tense it is named in (1, less if
        not), and the chance of publication then if this is the latest (or next) thing named."""

    def explain(self, day: dt.date) -> str:
        """What it names, and where `day` falls from it."""


def ratio(cue: Cue, day: dt.date, span: int) -> float:
    """One cue's ratio on one day."""
    return float(cue.ratios(ordinals([day]), span)[0])


@dataclass(slots=True)
class DayCue:
    """A day the text names: "May 8", "Friday, May 9", "Aug. 7, 1998", a holiday.

    `pin_odds` are the chances that publication falls `pin`, `pin`+1, ... days after it, when
    the text says so ("today (May 8)": pin 0; "yesterday (May 7)": pin 1; a dateline); such
    a day is a cue of its own, the others are taken together in a `LatestCue`.
    """

    text: str
    on: Callable[[int], dt.date | None]
    year: int | None
    weekday: int | None
    tense: str | None
    pin: int = 0
    pin_odds: tuple[float, ...] = ()
    role: str = "date"
    site_like: bool = False  # a stamp a site's date of the day looks like (see `BARE_STAMP_ODDS`)
    after: float = 1.0  # the ratio of publication after the day, for a bound (a comment, an update line)
    _years: dict[int, dt.date | None] = field(default_factory=dict)

    @property
    def background(self) -> float:
        return 1 - sum(self.pin_odds)

    def span_of(self, span: int) -> float:
        """The days a uniform publication day spreads over, for this day's odds: the universe's
        `span` for a day named with its year; a year for one without ("May 8" names a day of
        every year: publication near some May 8 is no likelier than near any other day of the
        year, whatever the number of years weighed); seven years for one with its weekday
        ("Thursday, May 8" is a day of one year in seven)."""
        if self.year is not None:
            return span
        return min(span, _YEAR_DAYS * (7 if self.weekday is not None else 1))

    def in_year(self, year: int) -> dt.date | None:
        """The named day in a year (None where it does not exist: Feb. 29)."""
        if year not in self._years:
            self._years[year] = self.on(year) if V.MIN_YEAR <= year <= V.MAX_YEAR else None
        return self._years[year]

    def named_days(self, days: Days) -> Days:
        """The day meant, for a reader on each day: the year given, or the nearest by tense
        (a reading against the tense counting TENSE_WEIGHT times as far)."""
        if self.year is not None:
            return np.full(days.shape, _ordinal(self.in_year(self.year)), dtype=np.int64)
        if not days.size:
            return days.copy()
        years = years_of(days)
        first = int(years.min()) - 1  # the day in the year before, the same, the next
        table = np.array([_ordinal(self.in_year(y)) for y in range(first, int(years.max()) + 2)],
                         dtype=np.int64)
        options = np.stack([table[years - first + k] for k in (-1, 0, 1)])
        gaps = days - options
        agrees = True if self.tense is None else (gaps >= 0 if self.tense == PAST else gaps <= 0)
        cost = np.abs(gaps) * np.where(agrees, 1, TENSE_WEIGHT)
        if self.weekday is not None:
            cost = cost + np.where(isoweekdays(options) != self.weekday, 10_000, 0)
        cost = np.where(options == _NONE, np.iinfo(np.int64).max, cost)
        return options[np.argmin(cost, axis=0), np.arange(days.size)]

    def _fits(self, days: Days, named: Days) -> np.ndarray:
        past, future = _sides(self.tense)
        fits = np.where(days >= named, past, future)
        if self.weekday is not None:
            fits = fits * np.where(isoweekdays(named) != self.weekday, WEEKDAY_MISMATCH, 1.0)
        return np.where(named == _NONE, 1.0, fits)

    def judge(self, days: Days) -> tuple[np.ndarray, np.ndarray]:
        named = self.named_days(days)
        return self._fits(days, named), np.where(named == _NONE, 0.0, _lag(np.abs(days - named)))

    def pinned(self, days: Days, named: Days | None = None) -> np.ndarray:
        """The odds the cue pins publication with on each day (0 outside the days it pins;
        `named`: `named_days(days)`, if the caller has them). Only for a cue with `pin_odds`."""
        named = self.named_days(days) if named is None else named
        offset = days - named - self.pin
        inside = (named != _NONE) & (offset >= 0) & (offset < len(self.pin_odds))
        return np.where(inside, np.array(self.pin_odds)[np.clip(offset, 0, len(self.pin_odds) - 1)], 0.0)

    def ratios(self, days: Days, span: int) -> np.ndarray:
        named = self.named_days(days)
        odds = self.pinned(days, named) if self.pin_odds else np.zeros(days.shape)
        rated = (odds * self.span_of(span) + self.background) * self._fits(days, named)
        if self.after != 1.0:
            rated = rated * np.where(days > named, self.after, 1.0)
        return np.where(named == _NONE, self.background, rated)

    def explain(self, day: dt.date) -> str:
        found = int(self.named_days(ordinals([day]))[0])
        if found == _NONE:
            return f"{self.role}: no such day near {day}"
        named = dt.date.fromordinal(found)
        said = {"today": f"says the day{' before' * self.pin} is {named}",
                "dateline": f"dateline {named}: written that day or the next",
                "stamp": f"date stamp {named} at the top: published that day (or the day before)",
                LOWER_LINE: f"date {named} alone on a line below the top: published that day (or the day "
                            "before), or a comment's or a signature's date",
                "date line": f"date {named} alone at the top: published that day (or the day before), "
                             "or the day the page was served",
                SIGNATURE: f"signed {named} at the end: published that day or in the week after",
                "published": f"says it was published on {named}",
                "updated": f"says it was updated on {named}: published that day or before",
                "print": f"says it was printed on {named}: published that day or the day before",
                COMMENT: f"the first reader's comment is of {named}: published that day or in the days before",
                WEEKDAY_DATE: f"names {named} with its weekday: published within a week of it",
                THIS_WEEKDAY_DATE: f"names {named} with its weekday after 'this': published that week",
                LEAD_WEEKDAY_DATE: f"names {named} with its weekday where the article opens: published "
                                   "that day or the next",
                GIVEN: f"the source gives {named} as the day of publication"}
        text = said.get(self.role, f"names {named}" + (f" in the {self.tense.lower()} tense" if self.tense else ""))
        if self.weekday is not None and self.year is None:
            years = [y for y in range(day.year - YEARS_SHOWN, day.year + YEARS_SHOWN)
                     if (d := self.in_year(y)) is not None and d.isoweekday() == self.weekday]
            text += f"; a {named:%A} in {', '.join(map(str, years))}"
        gap = (day - named).days
        where = "the same day" if gap == 0 else f"{abs(gap)} day(s) {'after' if gap > 0 else 'before'} it"
        return f"{text}; {day} is {where}"


@dataclass(slots=True)
class PeriodCue:
    """A period with a year ("1989", "March 1989"), or the year an anniversary falls in.

    Past tense: publication is in the period or the next one like it; future: in it or the
    one before; without a tense, in it or either neighbour, itself the likeliest
    (`UNTENSED_INSIDE`); any with chance `recent`, else any time on the side the tense says.
    """

    text: str
    start: dt.date
    end: dt.date
    tense: str | None
    label: str
    recent: float = PERIOD_RECENT
    why: str = "names"

    @property
    def background(self) -> float:
        return 1 - self.recent

    def judge(self, days: Days) -> tuple[np.ndarray, np.ndarray]:
        past, future = _sides(self.tense)
        fits = np.where(days < self.start.toordinal(), future,
                        np.where(days >= self.end.toordinal(), past, 1.0))
        length = self.end - self.start
        first = self.start if self.tense == PAST else self.start - length
        last = self.end if self.tense == FUTURE else self.end + length
        inside = (days >= first.toordinal()) & (days < last.toordinal())
        near = np.where(inside, self.recent / (last - first).days, 0.0)
        # Without a tense, `near` spreads `recent` over three periods (the one before, itself, the
        # one after): 3 * share gives each its share, the period itself the likeliest (`UNTENSED_INSIDE`).
        if self.tense is None:
            own = (days >= self.start.toordinal()) & (days < self.end.toordinal())
            near = near * np.where(own, 3 * UNTENSED_INSIDE, 3 * (1 - UNTENSED_INSIDE) / 2)
        return fits, near

    def ratios(self, days: Days, span: int) -> np.ndarray:
        fits, near = self.judge(days)
        return fits * (near * span + self.background)

    def explain(self, day: dt.date) -> str:
        tense = f" in the {self.tense.lower()} tense" if self.tense else ""
        where = "inside it" if self.start <= day < self.end else ("before it" if day < self.start else "after it")
        return f"{self.why} {self.label}{tense}; {day} is {where}"


@dataclass(slots=True)
class LatestCue:
    """The days (or the periods) the text names, taken together.

    Each must fit its tense, and publication follows the latest of them closely (or comes
    shortly before the next): one cue, not one per date, because ten dates of last week do
    not make publication ten times surer to be today.
    """

    text: str
    items: list[Named]
    background: float
    coarse: bool

    def ratios(self, days: Days, span: int) -> np.ndarray:
        fits, near = np.ones(days.shape), np.zeros(days.shape)
        for item in self.items:
            item_fits, item_near = item.judge(days)
            fits *= item_fits
            if isinstance(item, DayCue):  # in units of the universe's span (see `DayCue.span_of`)
                item_near = item_near * (item.span_of(span) / span)
            near = np.maximum(near, item_near)
        return fits * (near * span + self.background)

    def explain(self, day: dt.date) -> str:
        judged = [(item, *(float(x[0]) for x in item.judge(ordinals([day])))) for item in self.items]
        closest = max(judged, key=lambda j: j[2])[0]
        misfits = [item.text for item, fits, _near in judged if fits < 1]
        note = f"; does not fit: {', '.join(misfits[:4])}" if misfits else ""
        return f"{len(self.items)} named; the nearest is {closest.text!r}" \
               f" ({closest.explain(day)}){note}"


@dataclass(slots=True)
class WeekdayCue:
    """A weekday named alone ("on Sunday"): past tense, publication follows it within a week."""

    text: str
    weekday: int
    tense: str | None
    background: float = 1.0
    # Days from the weekday to publication and their odds; in the lead of a dateline without its
    # year (`of`), publication is on that weekday or the day after, as on a dateline's day
    # (`DATELINE_LEAD_ODDS`).
    odds: tuple[float, ...] = SINCE_WEEKDAY
    of: DayCue | None = None

    def ratios(self, days: Days, span: int) -> np.ndarray:
        since = (isoweekdays(days) - self.weekday) % 7
        past, future = _sides(self.tense)
        chance = np.array(self.odds)
        return 7 * (past * chance[since] + future * chance[-since % 7]) / (past + future)

    def explain(self, day: dt.date) -> str:
        since = (day.isoweekday() - self.weekday) % 7
        tense = f"{self.tense.lower()}-tense " if self.tense else ""
        if self.of is not None:
            tense = f"in the lead of the dateline {self.of.text!r}: the dateline's day or the day after it; {tense}"
        if since == 0:
            return f"{tense}weekday; {day} is that weekday"
        return f"{tense}weekday; {day} is {since} day(s) after one, {7 - since} before the next"


@dataclass(slots=True)
class LeadWeekdayCue:
    """"Yesterday, Tuesday", "hoy lunes", "demain mercredi": a day word with a weekday says
    which weekday publication falls on (Wednesday, Monday, Tuesday), as "today (May 8)" says
    which day."""

    text: str
    weekday: int
    odds: float = TODAY_ODDS[0]

    @property
    def background(self) -> float:
        return 1.0

    def ratios(self, days: Days, span: int) -> np.ndarray:
        return np.where(isoweekdays(days) == self.weekday, 7 * self.odds, 7 * (1 - self.odds) / 6)

    def explain(self, day: dt.date) -> str:
        name = calendar.day_name[self.weekday - 1]
        return f"says publication is on a {name}; {day} is {'one' if day.isoweekday() == self.weekday else 'not'}"


@dataclass(slots=True)
class BoundCue:
    """A day by which the page existed (see `BOUND`): publication was on it or before."""

    text: str
    last: dt.date
    background: float = 1.0

    def ratios(self, days: Days, span: int) -> np.ndarray:
        return np.where(days > self.last.toordinal(), BOUND_AFTER, 1.0)

    def explain(self, day: dt.date) -> str:
        return f"the page existed by {self.last}: published that day or before; {day} is " \
               f"{'after it' if day > self.last else 'not after it'}"


# The dated articles a span's ends alone stand for: the first and the last. The range a
# `CollectionSpan` allows is drawn for them (the widest its prior allows), so that it depends on
# the span alone: an undated article stored with its date is decided again only when the span
# changes (`pipeline._holds`), not each time a dated article inside it comes or goes.
_SPAN_ENDS = 2


class CollectionSpan(tuple):  # type: ignore[type-arg]
    """A collection's fallback span for its undated articles (`first`, `last`: a hint range)
    with the prior the days of its dated articles (`dated`) give.

    If the collection's days are draws from one period of unknown ends, with a scale-free
    prior over its length, a new article lands `d` days beyond the span (`w` days) of `n`
    dated ones with (w / (w + d)) ** n times the odds of a day inside it (the predictive of a
    uniform's draws, n = `count`): no margin is set by hand. A tight span (a week's news) or
    many dated articles keep an undated article near it and leave no tie between years; a
    long span or few let it go further. The range is where that prior, for the span's two
    ends alone (`_SPAN_ENDS`), is at least `OUTSIDE_HINT`, the odds the model gives a day
    outside any hint range (up to the calendar's ends)."""

    dated: tuple[dt.date, dt.date]
    count: int

    def __new__(cls, first: dt.date, last: dt.date, count: int) -> CollectionSpan:
        width = (last - first).days + 1  # days, a single day counting one
        margin = dt.timedelta(days=min(math.ceil(width * (OUTSIDE_HINT ** (-1 / _SPAN_ENDS) - 1)),
                                       dt.date.max.toordinal()))
        start = first - margin if first - dt.date.min > margin else dt.date.min
        end = last + margin if dt.date.max - last > margin else dt.date.max
        span = super().__new__(cls, (start, end))
        span.dated, span.count = (first, last), count
        return span

    def __reduce__(self) -> tuple[type, tuple[dt.date, dt.date, int]]:
        return CollectionSpan, (*self.dated, self.count)

    def prior(self, days: Days) -> np.ndarray:
        """The odds of each day (ordinals) against a day within the dated span."""
        first, last = (d.toordinal() for d in self.dated)
        width = last - first + 1
        beyond = np.maximum(np.maximum(first - days, days - last), 0)
        return np.maximum((width / (width + beyond)) ** self.count, OUTSIDE_HINT)


@dataclass(slots=True)
class HintCue:
    """The range the caller knows the date is in (a crawl period, say), or a collection's
    span around its dated articles, with the prior they give (`collection`)."""

    text: str
    first: dt.date
    last: dt.date
    background: float = 1.0
    collection: CollectionSpan | None = None

    def ratios(self, days: Days, span: int) -> np.ndarray:
        inside = (days >= self.first.toordinal()) & (days <= self.last.toordinal())
        if self.collection is not None:
            return np.where(inside, self.collection.prior(days), OUTSIDE_HINT)
        return np.where(inside, 1.0, OUTSIDE_HINT)

    def explain(self, day: dt.date) -> str:
        inside = self.first <= day <= self.last
        if self.collection is not None and inside:
            first, last = self.collection.dated
            odds = float(self.collection.prior(np.array([day.toordinal()]))[0])
            return (f"the collection's dated articles span {first}..{last}; {day} is "
                    + ("inside it" if first <= day <= last else f"outside it, at odds {odds:.2g}"))
        return f"hint range {self.first}..{self.last}; {day} is {'inside' if inside else 'outside'}"


# ------------------------------------------------------------------------ reading the cues
# A dateline opens the article: it starts within this many characters of the page's top, or
# on one of its first lines, under a site's header, teasers and a long standfirst the
# furniture rules left ("Juventud Rebelde - Diario ...\nHeadline\nStandfirst of 60 words\n
# TRIPOLI, mayo 2.— Las fuerzas ...").
_DATELINE_REACH = 400
_DATELINE_LINES = 6
_SENTENCE_END = re.compile(r"[.!?][ \t]+")
_LEAD_STOP = re.compile(r"[.!?](?:[ \t]|$)|\n", re.MULTILINE)  # the end of a dateline's lead (`_lead_end`)
_LINE_END = re.compile(r"[ \t]*\.?[ \t]*(?:\n|\Z)")
_BULLETS = " \t*•·-–—>"
_ORDINAL_DIGITS = re.compile(r"(?<![\d.,])(\d{1,3})[^\s\d]{0,6}\s+\Z")
_ANNIVERSARY_REACH = 150  # characters of the sentence read for the event commemorated
_STAMP_REACH = 600  # a page's date stamp is at its top
# What joins a weekday to its date ("Domingo 30/01/2011", "Friday, May 9", "الجمعة، 9 مايو"), with a
# word of the language's [stamp] weekday_glue ("Dienstag, den 15. März", "الجمعة الموافق 9 مايو"):
# a `words_regex` template.
_WEEKDAY_GLUE = r"[ \t,،.]*(?:(?:{words})[ \t,،.]*)?"
_LEAD_GLUE = re.compile(r"[ \t,،.]*(?:[^\W\d_]{1,2}[ \t]+)?")  # "ayer martes", "Вчера, в понедельник", "اليوم، 8 مايو"
_WORD = re.compile(r"[^\W\d_]{4,}")  # words long enough to be more than "de", "el", "PM", "Hs"
# A byline's handle, site or mail address ("Carlos Salinas | 28/8/2011 @CSalinas", "Por
# www.example.es"): the author's or the site's name once more, not words of a headline.
_ADDRESS = re.compile(r"[@#]\w+|(?:https?://|www\.)\S+|\S+@\S+")


def _month_day(month: int, day: int) -> Callable[[int], dt.date | None]:
    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return on


def _holiday(rule: str) -> Callable[[int], dt.date | None]:
    return lambda year: holiday_date(rule, year)


def _placed(text: str, start: int, end: int, tagger: Tagger | None = None) -> bool:
    """Whether text[start:end] is a dateline's place before its date ("MOSCOW, ", "Paris, le
    "); with the `tagger`, a place and a word of its language's `[stamp] dateline` joining it
    to the date instead ("القاهرة في "). A place is not in lowercase."""
    pattern = datelines.PLACE if tagger is None else tagger.lex.words_regex_if_any("stamp.dateline", datelines.JOINT)
    place = pattern.fullmatch(text, start, end) if pattern is not None else None
    return place is not None and not place.group("place")[:1].islower()


def _is_dateline(text: str, mention: Mention, top: int, tagger: Tagger) -> bool:
    """Whether a date opens the article as "MOSCOW, May 8 (Reuters) -", "(ANSA) - ROMA,
    25 giugno -" or, with its agency and no place, "May 8 (Reuters) -" does, or with its
    agency and its place joined by a word ("القاهرة في 25 يونيو /أ ش أ/ -"), or closes its
    title line ("… EN LIBIA. GINEBRA, 25 DE FEBRERO DEL 2011."), the article starting at `top`
    (see `_page_top`)."""
    after = datelines.AFTER.match(text, mention.end)
    if after is None:
        return False
    line = text.rfind("\n", 0, mention.start) + 1
    if not _placed(text, line, mention.start) \
            and not (after.group("agency") and (not text[line:mention.start].strip(_BULLETS)
                                                or _placed(text, line, mention.start, tagger))):
        title_end = [m.end() for m in _SENTENCE_END.finditer(text, line, mention.start)]
        if not (title_end and _LINE_END.match(text, mention.end) and _placed(text, title_end[-1], mention.start)):
            return False
    return _opens_article(text, mention.start, top)


def _names_its_day(mentions: Sequence[Mention], start: int, end: int) -> bool:
    """Whether a day word ("today", "oggi", "hier", `_lead_shift`) is said between `start` and `end`."""
    return any(start <= m.start < end and _lead_shift(m) is not None for m in mentions)


def _sentence_ends(text: str, start: int, end: int) -> bool:
    """Whether a full stop between `start` and `end` ends a sentence: the word after it is not in
    lowercase ("tomorrow. Sunday", "demain. Dimanche dernier", "غدا. الأحد": scripts without case
    have no lowercase either), so the day word and the weekday are not one "tomorrow, Sunday"."""
    glue = text[start:end + 1]  # through the first letter of what follows ("завтра. В воскресенье")
    dot = glue.rfind(".")
    return dot >= 0 and not glue[dot + 1:].lstrip(" \t,،")[:1].islower()


def _lead_end(text: str, end: int) -> int:
    """Where the lead of a dateline ending at `end` ends: its first sentence, after the dash."""
    after = datelines.AFTER.match(text, end)
    start = after.end() if after is not None else end
    found = _LEAD_STOP.search(text, start)
    return found.end() if found is not None else len(text)


def _opens_article(text: str, start: int, top: int) -> bool:
    """Whether a position is where the article opens: within `_DATELINE_REACH` characters of
    its top, or on one of its first `_DATELINE_LINES` lines (`_among_first_lines`)."""
    return start - top <= _DATELINE_REACH or _among_first_lines(text, top, text.rfind("\n", 0, start) + 1)


def _among_first_lines(text: str, top: int, line: int) -> bool:
    """Whether the line starting at `line` is one of the first `_DATELINE_LINES` non-blank
    lines from `top` (lines of furniture are blanked, not counted)."""
    return sum(1 for a in text[top:line].split("\n") if a.strip()) < _DATELINE_LINES


def _is_signature(text: str, mention: Mention, top: int) -> bool:
    """Whether a place and a date make up the text's last line, below its first ("La Habana,
    19 de marzo de 2011", "Roma, 25 giugno 2013."), as a letter or a statement is signed."""
    line = text.rfind("\n", 0, mention.start) + 1
    end = _LINE_END.match(text, mention.end)
    return line > top and end is not None and _placed(text, line, mention.start) \
        and not text[end.end():].strip()


def _line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends: its newline, or the text's end."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_teaser(text: str, mention: Mention, top: int) -> bool:
    """Whether a date leads another article's headline in a list below the story ("3
    juillet 2011 - Le fils de Kadhafi parle", `boilerplate.is_teaser`): that article's day,
    not this one's. Below the story means after a paragraph longer than any headline."""
    line = text.rfind("\n", 0, mention.start) + 1
    if line <= top or text[line:mention.start].strip(_BULLETS):
        return False
    if not boilerplate.is_teaser(text[mention.end:_line_end(text, mention.end)]):
        return False
    return any(len(p.split()) > boilerplate.LINK_WORDS for p in text[top:line].split("\n"))


def _stamp_role(text: str, mention: Mention, tagger: Tagger, meaning: Calendar, top: int) -> str | None:
    """"stamp" when a full date stands on a line of its own at the top, as a page's date
    stamp; "date line" when the line holds nothing else, no clock time (see
    `BARE_STAMP_ODDS`); `LOWER_LINE` for a full date on a line of its own further down;
    else None."""
    if meaning.year is None and (meaning.weekday is None or mention.start - top > _STAMP_REACH):
        return None
    start = text.rfind("\n", 0, mention.start) + 1
    end = _line_end(text, mention.end)
    rest = text[start:mention.start] + " " + text[mention.end:end]
    words = [w for w in _WORD.findall(_CLOCK_PHRASE.sub(" ", _ADDRESS.sub(" ", rest)))
             if not tagger.lex.value("weekday", w)]
    if len(words) > STAMP_WORDS or words and _in_a_clause(text, start, mention, tagger) \
            or not (text[top:start].strip() or text[end:].strip()):
        return None  # a sentence, or the text's only line: no text under or over it to date
    if mention.start - top > _STAMP_REACH or _under_the_story(text, top, start, end):
        return LOWER_LINE
    return "stamp" if words or _vouched(text, mention, top, tagger) else "date line"


def _vouched(text: str, mention: Mention, top: int, tagger: Tagger) -> bool:
    """Whether a top stamp shows it is the article's, not a site's date of the day (which has
    none of these, `boilerplate`'s "page date"): a clock time on its line ("Jueves 03/02/2011.
    Actualizado 19:03h."), its place under the headline, an author's name on its line (a
    byline, `_byline`: "di Marco Bianchi | 3 febbraio 2012", "Par Jean Dupont, le 3 février
    2012": a site's header names no author), or a word of the language's [stamp] label list
    opening it ("Date: 25/06/2013", "Data: 25/06/2013": the article's own field; a site's clock
    says "Today", `boilerplate.site_clock`). Other words do not: a site's header prints them
    too ("Domingo 13/01/2013. Actualizado")."""
    start = text.rfind("\n", 0, mention.start) + 1
    line = text[start:mention.start] + " " + text[mention.end:_line_end(text, mention.end)]
    if _STAMP_CLOCK.search(line) is not None or _under_headline(text, start, top) or _byline(text, start, mention, tagger):
        return True
    label = tagger.lex.words_regex_if_any("stamp.label", _LABEL)
    found = label.match(text, start, mention.start) if label is not None else None
    return found is not None and _only_weekdays(text[found.end():mention.start], tagger)


def _only_weekdays(text: str, tagger: Tagger) -> bool:
    """Whether the only long words of `text` are weekdays ("Date: Tuesday, " before a date; not
    "Fecha de nacimiento: ", a profile's field)."""
    return all(tagger.lex.value("weekday", w) for w in _WORD.findall(text))


def _under_the_story(text: str, top: int, line: int, end: int) -> bool:
    """Whether a date line comes under a short story rather than over it, as a reader's
    comment does ("Story. In two sentences.\nJane Miller, June 28, 2013 at 2:14 pm\nGood
    news."): a paragraph of full sentences above it, and less text below it than above. A
    page's stamp under a headline and a standfirst has the article below it ("Headline\n
    Standfirst. In two sentences.\n28/08/2011 - 12:24\nThe story, longer ...")."""
    above = text[top:line]
    story = any(len(_SENTENCE_END.findall(paragraph + " ")) >= 2 for paragraph in above.split("\n"))
    return story and len(text[end:].strip()) < len(above.strip())


def _in_a_clause(text: str, line: int, mention: Mention, tagger: Tagger) -> bool:
    """Whether the date is part of a clause on its line, not a stamp, though the line has as
    few long words as a stamp: a lowercase word is joined to it by blanks alone, as a
    preposition governs a date ("met on 3 May 2019", "Council to meet on 3 May 2019"); or it
    opens the line, weekday names and a word such as "On", "Le", "Am" aside, and the next word
    after it is lowercase and no stamp word ("On 3 May 2019 the council met", "El 3 de mayo de
    2019 se reunió", "3 мая 2019 года совет собрался"). A script without case (Arabic) tells a
    clause from a stamp's words ("25 يونيو 2013 الساعة 10:32") by no such sign, so a word of the
    language's [stamp] clause list, a preposition that governs a date, does it in any case:
    after other words ("اجتمع المجلس في 3 مايو 2019", "Council Meets On 3 May 2019"), or
    opening the line with a word after the date that is no capital ("في 3 مايو 2019 اجتمع
    المجلس"). A stamp's other words are set off by
    a separator ("Agencias, El Cairo | 29/07/2011"), a clock time, an update ("viernes 25 de
    febrero 2011, actualizada 9:25 am") or a name ("Por www.example.es"); and the words joined
    to a labelled stamp's date are its label ("Publié le", "نشر في", `labelled_stamp`), and so
    is a word of the language's [stamp] label list that opens the line ("date 5 March 2024",
    "Datum vom 5. März 2024", "التاريخ: يوم الثلاثاء 5 مارس 2024")."""
    if labelled_stamp(text, mention, tagger) is not None or _byline(text, line, mention, tagger):
        return False
    before = text[line:mention.start]
    label = tagger.lex.words_regex_if_any("stamp.label", _LABEL)
    if label is not None and (found := label.match(before)) is not None:
        before = before[found.end():]  # "date 5 March 2024", "Datum vom 5. März": the line opens with its label
    while (last := _LAST_WORD.search(before)) is not None and tagger.lex.value("weekday", last.group(1)):
        before = before[:last.start()]
    word = _JOINED_WORD.search(before)
    governing = tagger.lex.words_regex("stamp.clause", _CLAUSE_BEFORE).search(before)
    if word is not None and word.group(1)[0].islower() \
            or governing is not None and before[:governing.start()].strip(_BULLETS):
        return True
    opening = governing or word
    if (before[:opening.start()] if opening is not None else before).strip(_BULLETS):
        return False
    after = _CLOCK_PHRASE.sub(" ", _ADDRESS.sub(" ", text[mention.end:_line_end(text, mention.end)]))
    following = _FIRST_WORD.search(after)
    if following is None or has_stamp_words(after, tagger):
        return False
    first = following.group(0)[0]
    return first.islower() or governing is not None and not first.isupper()


def _byline(text: str, line: int, mention: Mention, tagger: Tagger) -> bool:
    """Whether the date's line is an author's byline: it opens with a byline word and a name
    ("Par Jean Dupont, le 25/06/2013 à 10:32", "Scritto da Mario Rossi il 25 giugno 2013",
    "بقلم محمد علي"), or the date opens it and a byline word and a name follow ("mardi 25 juin
    2013, par Jean Dupont", "Le 25/06/2013 à 10h32 par Jean Dupont"). A name is not in
    lowercase and is no weekday or month: "By 3 May 2019 the council had met", "By Tuesday
    25/06/2013" open clauses."""
    byline = tagger.lex.words_regex("stamp.byline", _BYLINE)
    opening = byline.match(text, line, mention.start)
    if opening is not None:
        return _is_name(opening.group("name"), tagger)
    if _WORD.search(text, line, mention.start):  # a word other than "Le", "On" before the date
        return False
    after = byline.finditer(text, mention.end, _line_end(text, mention.end))
    return any(_is_name(f.group("name"), tagger) for f in after)


def _is_name(word: str, tagger: Tagger) -> bool:
    """Whether a word after a byline word may begin an author's name."""
    return not word[0].islower() and not any(tagger.lex.value(c, word) for c in ("weekday", "month"))


# A byline word and the first word after it ("Par Jean", "di Mario", "بقلم محمد").
_BYLINE = r"(?<!\w)[ \t*•·\-–—>]*(?:{words})[ \t:]+(?P<name>[^\W\d_]+)"


# The last word before a date on its line, with what may glue a weekday to the date
# ("Friday, March 17, 2023"), and a word joined to the date by blanks alone.
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t,،.]*\Z")
_JOINED_WORD = re.compile(r"(?<!\S)([^\W\d_]+)[ \t]+\Z")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A word of the language's [stamp] label list opening the line ("Date:", "fecha"), with what
# may set it off from the date.
_LABEL = r"[ \t*•·\-–—>]*(?:{words})(?!\w)[ \t:.\-–—|]*"
# A word of the language's [stamp] clause list joined to the date: a preposition that governs
# it ("On", "في"), in whatever case.
_CLAUSE_BEFORE = r"(?<!\w)(?:{words})[ \t]+\Z"


def _under_headline(text: str, line: int, top: int) -> bool:
    """Whether the line starting at `line` comes under the page's headline: the page's first
    line of its own text (after the furniture blanked above `top`), a few words with no full
    stop, and at most a byline or a standfirst between them, none with a number. A site
    prints its date of the day above the headline, in its header; the date under it is the
    article's ("Flooded villages wait for help\nBy our correspondent\nTuesday, 19 August 2014")."""
    if line <= top:
        return False
    above = [a for a in text[top:line].split("\n") if a.strip()]
    return 0 < len(above) <= _UNDER_HEADLINE and len(_WORD.findall(above[0])) >= _HEADLINE_WORDS \
        and not above[0].rstrip().endswith(".") and not any(ch.isdigit() for a in above for ch in a)


_HEADLINE_WORDS = 3
_UNDER_HEADLINE = 2  # the headline, and a byline or a standfirst


def _stamp_words(tagger: Tagger) -> list[tuple[str, re.Pattern[str]]]:
    """(kind, words at the end of a line's text before a date) of the language's [stamp] section."""
    return [(kind, tagger.lex.words_regex(f"stamp.{kind}", _STAMP_BEFORE)) for kind in LABELLED]


_STAMP_BEFORE = r"(?<!\w)(?:{words})[ \t:,.\-–—|]*(?:[^\W\d_]+\.?,?[ \t]+){0,2}\Z"
_STAMP_LOOKBACK = 80
# A clock time between the stamp words and the date, with the short words that go with it
# ("Aggiornato alle 10:32 del 26 giugno", "Aktualisiert um 08:00 Uhr am", "at 8:00 a.m. on"):
# it does not count among the words allowed in between.
_STAMP_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.hH]\d{2}(?!\d)(?:[ \t]*[^\W\d_]{1,3}\.?){0,2}")
# A clock time with the short words that lead it ("alle 14:14", "a las 14:14", "um 14:14 Uhr"):
# a stamp's time, not words of a sentence, whatever the length of its preposition.
_CLOCK_PHRASE = re.compile(r"(?:(?<!\S)[^\W\d_]{1,4}[ \t]+){0,2}" + _STAMP_CLOCK.pattern)


# What may come before the stamp words on their line: nothing, a separator or another
# stamp ("Agencias |", "Publié le 25 juin 2013 à 10h12."), or a byline of a few words ("Par
# Jean Dupont,"); more words make them part of a sentence of the story ("La entrada de
# blog, publicada el 1 de octubre"), about something else.
_STAMP_LEAD = re.compile(r"(?:.*[|•·–—:.\-])?[ \t*(]*(?:[^\s|•·–—:.]+[ \t]+){0,3}", re.DOTALL)


# The first word of a date's extent and the space after it: a preposition some languages'
# extents hold ("del Martes, 23 de agosto de 2011", as Spanish TimeML marks them), which a
# stamp's words may end with ("apareció en la edición impresa del").
_FIRST_WORD_OF = re.compile(r"[^\W\d_]+[ \t]+(?=\S)")


def labelled_stamp(text: str, mention: Mention, tagger: Tagger) -> str | None:
    """"published", "updated" or "print" when stamp words of the language come right before
    the date of `mention` ("Publié le", "Updated: Tuesday,", "Mis à jour à 08h00 le") and
    open their line (see `_STAMP_LEAD`), else None. The stamp words may end with the
    preposition that opens the mention ("edición impresa del" + "del Martes, 23 de agosto").
    After words of its own on the line ("Par Jean Dupont, publié le", "El fondo, creado el"),
    the stamp must end the line, its sentence or its part before a separator, as a byline's
    or an editor's note's does ("Par Jean Dupont, publié le 25 juin 2013 à 10h32 | Mis à jour
    ...", "*Esta nota fue publicada originalmente el 1 de octubre de 2015. Esta versión ..."),
    not go on as a clause ("El fondo, creado el 25 de junio de 2013 por el sindicato, pagó ...")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    starts = [mention.start]
    if (first := _FIRST_WORD_OF.match(text, mention.start, mention.end)) is not None:
        starts.append(first.end())
    for start in starts:
        line = max(line_start, start - _STAMP_LOOKBACK)
        before = _STAMP_CLOCK.sub("", text[line:start])
        for kind, words in _stamp_words(tagger):
            found = words.search(before)
            lead = text[line_start:line] + before[:found.start()] if found is not None else ""
            if found is not None and _STAMP_LEAD.fullmatch(lead) \
                    and (not _WORD.search(_AFTER_SEPARATOR.search(lead).group()) or _stamp_ends(text, mention)):
                return kind
    return None


_AFTER_SEPARATOR = re.compile(r"[^|•·–—:.\-]*\Z")  # the words after a line's last separator


def _stamp_ends(text: str, mention: Mention) -> bool:
    """Whether the date ends its line, sentence, or the line's part before a separator: a word
    at most after it ("horas", "GMT"), its clock times and addresses aside."""
    rest = _PART_END.split(text[mention.end:_line_end(text, mention.end)], 1)[0]
    return len(_WORD.findall(_CLOCK_PHRASE.sub(" ", _ADDRESS.sub(" ", rest)))) <= 1


_PART_END = re.compile(r"[|•·–—]|[.!?](?:\s|\Z)")  # a separator between the parts of a stamp's line, a sentence's end


def has_stamp_words(text: str, tagger: Tagger) -> bool:
    """Whether a line holds any of the language's stamp words (dating keeps such a line even
    among page furniture)."""
    return any(tagger.lex.words_regex(f"stamp.{kind}", WORD_AT).search(text) for kind in LABELLED)


def _prefix(text: str, mention: Mention, tagger: Tagger) -> tuple[int | None, int | None]:
    """(days from the named day to publication, weekday) of a merged "today (May 8)"; the
    weekday may come with a part of the day ("Tuesday morning (June 25)", "صباح الثلاثاء
    (25 يونيو)", "Dienstagmorgen (25. Juni)")."""
    if mention.joined is not Join.DAY_IN_BRACKETS:
        return None, None
    head = text[mention.start:text.find("(", mention.start)].strip(" ,[")
    shift = tagger.lex.value("day_word", head)
    found = tagger.lex.words_regex("weekday", WORD_AT).search(head)
    weekday = tagger.lex.value("weekday", found.group()) if found else None
    return (-int(shift) if shift is not None else None), (int(weekday) if weekday else None)


def _tense(mention: Mention, shift: int | None) -> str | None:
    """"last Friday" is past and "next Friday" future whatever the clause; "this Friday" either."""
    return mention.tense if shift is None else side_of(shift)


def cue_of(mention: Mention, text: str, tagger: Tagger, top: int) -> Cue | None:
    """What one time expression says about the publication day, if anything (the page's
    own text starting at `top`)."""
    meaning, expr = mention.meaning, text[mention.start:mention.end]
    if isinstance(meaning, Calendar) and meaning.year_shift is None:
        if meaning.gran == "D":
            if _is_teaser(text, mention, top):
                return None
            pin, weekday = _prefix(text, mention, tagger)
            cue = DayCue(expr, _month_day(meaning.month, meaning.day), meaning.year,
                         meaning.weekday or weekday, _tense(mention, meaning.shift))
            if pin is not None:
                cue.pin, cue.pin_odds, cue.role, cue.tense = pin, TODAY_ODDS, "today", None
            elif _is_signature(text, mention, top):
                cue.pin_odds, cue.role, cue.tense = SIGNATURE_ODDS, SIGNATURE, None
            elif _is_dateline(text, mention, top, tagger):
                cue.pin_odds, cue.role, cue.tense = DATELINE_ODDS, "dateline", None
            elif (kind := labelled_stamp(text, mention, tagger)) is not None:
                cue.pin, cue.pin_odds = LABELLED[kind]
                cue.role, cue.tense = kind, None
                if kind == "updated":  # the page existed by then (`BOUND`)
                    cue.after = BOUND_AFTER
            elif (role := _stamp_role(text, mention, tagger, meaning, top)) is not None:
                odds = BARE_STAMP_ODDS if role == LOWER_LINE else STAMP_ODDS
                cue.pin, cue.pin_odds, cue.role, cue.tense = STAMP_PIN, odds, role, None
                cue.site_like = role != LOWER_LINE and not _vouched(text, mention, top, tagger)
            return cue
        if meaning.year is not None and (point := calendar_point(meaning, meaning.year)) is not None:
            return PeriodCue(expr, point.start, point.end, mention.tense, V.format_point(point))
    if isinstance(meaning, WeekdayRef) \
            and counted_from(meaning.anchor, mention.tense, mention.tense_foreign) is Anchor.DCT:
        return WeekdayCue(expr, meaning.weekday, _tense(mention, meaning.shift))
    if isinstance(meaning, HolidayRef):
        return DayCue(expr, _holiday(meaning.rule), meaning.year, None,
                      _tense(mention, meaning.shift))
    return None


@lru_cache(maxsize=None)
def _anniversary_patterns(tagger: Tagger) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The language's anniversary words and its commemorated events' phrases, compiled once."""
    words = tagger.lex.cls("anniversary.words")
    if not words.table:
        return None
    events = tagger.lex.cls("commemoration")
    phrases = re.compile(events.pattern(), re.IGNORECASE) if events.table else None
    return re.compile(r"(?<!\w)" + words.pattern(), re.IGNORECASE), phrases


def _ordinal_before(text: str, start: int, tagger: Tagger) -> tuple[int, int] | None:
    """N of "the 80th anniversary", "el 80 aniversario", "the first anniversary", and where it starts."""
    reach = max(0, start - 30)
    if (m := _ORDINAL_DIGITS.search(text, reach, start)) and int(m.group(1)):
        return int(m.group(1)), m.start()
    if m := LAST_WORD.search(text, reach, start):
        value = tagger.lex.value("ordinal", m.group(1))
        if value and int(value) > 0:
            return int(value), m.start()
    return None


def anniversary_cues(text: str, spans: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                     tagger: Tagger) -> list[PeriodCue]:
    """ "The Nth anniversary of" an event of a year written nearby or commemorated in the language file."""
    patterns = _anniversary_patterns(tagger)
    if patterns is None:
        return []
    word, events = patterns
    cues: list[PeriodCue] = []
    for found in word.finditer(text):
        ordinal = _ordinal_before(text, found.start(), tagger)
        if ordinal is None:
            continue
        n, opening = ordinal
        start, end = next(((s, e) for s, e in spans if s <= found.start() < e), (0, len(text)))
        reach = min(end, found.end() + _ANNIVERSARY_REACH)
        written = [m.meaning.year for m in mentions if found.end() <= m.start < reach
                   and isinstance(m.meaning, Calendar) and m.meaning.year is not None]
        event = events.search(text, max(start, found.start() - 60), reach) if events else None
        if written:
            year, what = written[0], f"{written[0]}"
        elif event is not None:
            year, what = int(tagger.lex.value("commemoration", event.group()) or 0), event.group()
        else:
            continue
        tense, _sure = tagger.tense.nearest(tagger.tense.cues(text[start:end]),
                                     found.start() - start, found.end() - start)
        try:
            first, after = dt.date(year + n, 1, 1), dt.date(year + n + 1, 1, 1)
        except ValueError:
            continue
        cues.append(PeriodCue(f"{text[opening:found.end()]} … {what}", first, after, tense,
                              str(year + n), ANNIVERSARY_RECENT, f"{n} years after {year}:"))
    return cues


def _lead_shift(mention: Mention) -> int | None:
    """Days from the day named next to publication when a mention is "yesterday", "today" or
    "tomorrow" and a weekday or a date follows it ("ayer martes", "hier, lundi 3 mars")."""
    m = mention.meaning
    if isinstance(m, Relative) and m.unit == "D" and m.anchor is Anchor.DCT and m.n in (-1, 0, 1):
        return -m.n
    return None


def _led(cue: Cue | None, words: str, lead: int) -> Cue | None:
    """The cue of a weekday or date that a day word leads (`words` from one to the other): it
    pins publication, as "today (…)" does. The day word says more than a short line's shape
    ("hoy, 25 de junio de 2013" on a line of few words is not the page's stamp) or a dateline's
    ("Talks collapsed yesterday, Monday June 24": a dateline's place never ends in a day word);
    a stamp's words keep their reading."""
    if isinstance(cue, WeekdayCue):
        return LeadWeekdayCue(words, (cue.weekday - 1 + lead) % 7 + 1)
    if isinstance(cue, DayCue) and cue.role in ("date", "stamp", "date line", LOWER_LINE, "dateline"):
        cue.text, cue.pin, cue.pin_odds, cue.role, cue.tense = words, lead, TODAY_ODDS, "today", None
        cue.site_like = False
    return cue


_WEEKDAY_LAST = r"(?<!\w)(?:{words})[\s.,]*\Z"  # a weekday that ends an expression (a `words_regex` template)


def _weekday_within(mention: Mention, text: str, tagger: Tagger, shift: int) -> Cue | None:
    """"la noche de hoy lunes", "nella notte di ieri lunedì", "مساء اليوم الاثنين": a day
    word, a part of the day and a weekday that the tagger reads as one expression, whose
    weekday it does not keep. Said next to "today" (`shift` 0), the weekday is publication's;
    next to "yesterday" or "tomorrow", the one after or before it (as `_led`)."""
    expr = text[mention.start:mention.end]
    found = tagger.lex.words_regex("weekday", _WEEKDAY_LAST).search(expr)
    weekday = tagger.lex.value("weekday", found.group().rstrip(" \t\n.,")) if found else None
    return _led(WeekdayCue(expr, int(weekday), None), expr, shift) if weekday else None


def _within_its_week(cue: DayCue, this: bool = False, opening: bool = False) -> None:
    """A full date named with the weekday it falls on ("este viernes (7.09.2018)", "Friday,
    May 9, 2025") pins publication to its week, as a weekday named alone does (`SINCE_WEEKDAY`,
    mirrored for the future; both halves without a tense): a writer names the weekday of a
    day of the week being reported. `WEEKDAY_WEEK` of the time: of the 28 such days on the es
    dev pages, 26 were within a week of publication (11 the day itself). After "this" (`this`,
    `THIS_WEEKDAY_DATE`), within the day's own week, with or without its year. Where the article
    opens (`opening`, `LEAD_WEEKDAY_DATE`), but in the future tense, that day or the next."""
    if cue.role != "date" or cue.weekday is None:
        return
    day = cue.in_year(cue.year) if cue.year is not None else None
    if day is None and not (this or opening) or day is not None and day.isoweekday() != cue.weekday:
        return  # a day without its year is pinned only after "this" or in the lead; a weekday it does not fall on, never
    if opening and cue.tense != FUTURE:
        cue.pin, cue.pin_odds, cue.role = 0, DATELINE_ODDS, LEAD_WEEKDAY_DATE
        return
    after, before = _sides(cue.tense)
    odds = [before * p for p in reversed(SINCE_WEEKDAY[1:])] + [(after + before) / 2 * SINCE_WEEKDAY[0]] \
        + [after * p for p in SINCE_WEEKDAY[1:]]
    pin, role = 1 - len(SINCE_WEEKDAY), WEEKDAY_DATE
    if this:  # the days of the day's week: from its Monday (weekday - 1 days before) to its Sunday
        first = len(SINCE_WEEKDAY) - cue.weekday
        odds, pin, role = odds[first:first + 7], 1 - cue.weekday, THIS_WEEKDAY_DATE
    scale = WEEKDAY_WEEK / sum(odds)
    cue.pin, cue.pin_odds, cue.role = pin, tuple(p * scale for p in odds), role


_THIS = r"\A(?:{words})(?=[\s,])"  # "this" opening an expression (a `words_regex` template)


def _is_this(expr: str, tagger: Tagger) -> bool:
    """Whether an expression opens with a word for "this" (`shift_before` 0: "este", "ce",
    "questo", "this", "diesen", "этот", "هذا"), as in "este martes 15 de marzo"."""
    found = tagger.lex.words_regex("shift_before", _THIS).search(expr)
    return found is not None and tagger.lex.value("shift_before", found.group()) == "0"


def _framed(text: str, tagger: Tagger) -> bool:
    """Whether the text says it is a post of a series or a coverage (`POST_FRAME`)."""
    found = tagger.lex.words_regex_if_any(f"stamp.{POST_FRAME}", WORD_AT)
    return found is not None and found.search(text) is not None


def _appointed(text: str, start: int, tagger: Tagger) -> bool:
    """Whether the date starting at `start` is introduced by a word of appointment (`APPOINTMENT`)."""
    found = tagger.lex.words_regex_if_any(f"stamp.{APPOINTMENT}", _APPOINTED)
    return found is not None and found.search(text, max(0, start - _APPOINTED_REACH), start) is not None


def _page_top(text: str) -> int:
    """Where the page's own text starts: a dateline or a stamp opens it, after the menus and
    the site's header that `furniture_blanked` left blank."""
    return len(text) - len(text.lstrip())


def read_cues(text: str, tagger: Tagger, mentions: Sequence[Mention] | None = None,
              sentences: Sequence[tuple[int, int]] | None = None, *, page: bool = True) -> list[Cue]:
    """Every cue of the text, once each: repeating a date does not make it truer.

    Days and periods named plainly are gathered into one `LatestCue` each. `mentions` are
    `tagger.analyze(text, sentences)`'s, if the caller has them already. `page`: whether the
    text comes from a page with furniture, where a site prints its date of the day (see
    `BARE_STAMP_ODDS`).
    """
    spans = list(sentences) if sentences else split_sentences(text)
    if mentions is None:
        mentions = tagger.analyze(text, spans, dating=True)
    top = _page_top(text)
    cues: dict[tuple[object, ...], Cue] = {}
    weekday_of_next: int | None = None  # "Domingo 30/01/2011": the weekday belongs to the date
    this_next = False  # that weekday was named after "this" ("diesen Dienstag, 15. März 2011")
    weekday_at: int | None = None  # where that weekday starts (`_appointed`: "für Montag, den 23. März")
    lead: tuple[int, int] | None = None  # "ayer martes": (days from the day named next to publication, where)
    own_day = False  # the text said its own day already ("today (March 5)", a stamp): see `LEAD_WEEKDAY_DATE`
    dateline: tuple[DayCue, int] | None = None  # a dateline without its year and where its lead ends
    glue = tagger.lex.words_regex("stamp.weekday_glue", _WEEKDAY_GLUE)
    for i, mention in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if isinstance(mention.meaning, WeekdayRef) and following is not None \
                and isinstance(following.meaning, Calendar) and following.meaning.gran == "D" \
                and glue.fullmatch(text, mention.end, following.start):
            weekday_of_next = mention.meaning.weekday
            this_next = _is_this(text[mention.start:mention.end], tagger)
            weekday_at = mention.start
            continue
        shift = _lead_shift(mention)
        if following is not None and shift is not None \
                and _LEAD_GLUE.fullmatch(text, mention.end, following.start) \
                and not _sentence_ends(text, mention.end, following.start):
            lead = (shift, mention.start)
            continue
        cue = cue_of(mention, text, tagger, top)
        if cue is None and shift is not None:
            cue = _weekday_within(mention, text, tagger, shift)
        this = False
        if isinstance(cue, DayCue):
            if cue.weekday is None:
                cue.weekday, this = weekday_of_next, this_next
            elif cue.role == "date":
                this = _is_this(text[mention.start:mention.end], tagger)
        if lead is not None:
            cue = _led(cue, text[lead[1]:mention.end], lead[0])
        if isinstance(cue, DayCue) and cue.role == "date" and cue.weekday is not None \
                and _appointed(text, mention.start if weekday_at is None else weekday_at, tagger):
            cue.tense = FUTURE  # a day set ahead (`APPOINTMENT`)
        if isinstance(cue, DayCue):
            # where the text opens is asked only of a day with its weekday, the one kind it concerns
            # (`_opens_article` may count the lines above: not for every day a long text names)
            opening = cue.weekday is not None and cue.tense != FUTURE and not own_day \
                and _opens_article(text, mention.start, top) and not _framed(text, tagger)
            _within_its_week(cue, this, opening)
            own_day = own_day or bool(cue.pin_odds)
            if cue.role == "dateline" and cue.year is None and dateline is None:
                end = _lead_end(text, mention.end)
                dateline = cue, -1 if _names_its_day(mentions, mention.end, end) else end
        elif isinstance(cue, WeekdayCue) and dateline is not None and mention.start < dateline[1] \
                and cue.tense != FUTURE and mention.meaning.shift in (None, 0):  # type: ignore[union-attr]
            cue.odds, cue.of, cue.tense = DATELINE_LEAD_ODDS, dateline[0], PAST
        weekday_of_next, this_next, lead, weekday_at = None, False, None, None
        if cue is None:
            continue
        if isinstance(cue, DayCue):  # a leap year, so that Feb. 29 is a day too
            key: tuple[object, ...] = ("D", cue.in_year(cue.year or 2000), cue.year, cue.weekday,
                                       cue.tense, cue.pin, cue.role)
        elif isinstance(cue, WeekdayCue):
            key = ("W", cue.weekday, cue.tense, cue.of is not None)
        elif isinstance(cue, LeadWeekdayCue):
            key = ("L", cue.weekday)
        else:
            key = ("P", cue.start, cue.end, cue.tense)  # type: ignore[union-attr]
        cues.setdefault(key, cue)
    if page and not any(isinstance(c, PeriodCue) or isinstance(c, DayCue) and c.year is not None
                        and not c.site_like for c in cues.values()):
        for c in cues.values():  # nothing else names a year: nothing checked it (see BARE_STAMP_ODDS)
            if isinstance(c, DayCue) and c.site_like:
                c.pin_odds = BARE_STAMP_ODDS
    days: list[Named] = [c for c in cues.values() if isinstance(c, DayCue) and not c.pin_odds]
    periods: list[Named] = [c for c in cues.values() if isinstance(c, PeriodCue)]
    out = [c for c in cues.values() if not (c in days or c in periods)]
    if days:
        out.append(LatestCue("days named", days, 1 - SOON - LATER, coarse=False))
    if periods:
        out.append(LatestCue("periods named", periods, 1 - PERIOD_RECENT, coarse=True))
    out.extend(anniversary_cues(text, spans, mentions, tagger))
    return out


def without_late_stamps(text: str, mentions: Sequence[Mention], tagger: Tagger) -> list[Mention]:
    """The mentions but the stamps years after every other year the text names (the years
    of `boilerplate.LATE_YEARS`): an update line ("Aggiornato il 11/11/2020 alle 14:32" under
    a story of 2013), where the page was edited long after, which says nothing of when it
    first came out; or a date stamp at the top over a page that has another, earlier one (a
    site's clock, "Mercoledì 11 novembre 2020 14:32", over "25 giugno 2013 ore 10:32"): the
    page was served then. A lone stamp with a clock time is the article's, even over a story
    that names only older years (see `boilerplate`'s "page date")."""
    def named_year(m: Mention) -> int | None:
        return m.meaning.year if isinstance(m.meaning, Calendar) and m.meaning.year_shift is None else None

    def day_year(m: Mention) -> int | None:
        return named_year(m) if isinstance(m.meaning, Calendar) and m.meaning.gran == "D" else None

    years = [y for m in mentions if (y := named_year(m)) is not None]
    if not years:
        return list(mentions)
    latest, top = max(years), _page_top(text)
    stamps = {id(m): y for m in mentions if (y := day_year(m)) is not None
              and _stamp_role(text, m, tagger, m.meaning, top) in ("stamp", "date line")}  # type: ignore[arg-type]
    earlier = any(y < latest for y in stamps.values())
    late = {id(m) for m in mentions if day_year(m) == latest
            and (labelled_stamp(text, m, tagger) == "updated" or earlier and id(m) in stamps)}
    story = max((y for m in mentions if id(m) not in late and (y := named_year(m)) is not None), default=None)
    if not late or story is None or latest < story + boilerplate.LATE_YEARS:
        return list(mentions)
    return [m for m in mentions if id(m) not in late]


# --------------------------------------------------------------------------- the decision
_ONE_DAY = dt.timedelta(days=1)


def _is_coarse(cue: Cue) -> bool:
    """Whether a cue speaks of years and months rather than days."""
    return isinstance(cue, (PeriodCue, HintCue, BoundCue)) or (isinstance(cue, LatestCue) and cue.coarse)


def _named(cues: Sequence[Cue]) -> list[Cue | Named]:
    """The cues with the days and periods of the `LatestCue`s in place of them."""
    return [item for c in cues for item in (c.items if isinstance(c, LatestCue) else [c])]


def universe(cues: Sequence[Cue]) -> tuple[int, int] | None:
    """The publication years weighed: the hint's, or from just before the years the text names
    to HORIZON years after them (older ones than LOOKBACK before the last are history), none
    after a day the page existed by (`existed_by`: a late stamp, the day it was served, an
    update line or the first comment, as the ranker's days). The
    year of the latest full date named is always weighed: a year named far after it (a plan's
    "2030", a resolution's number read as "2118") does not make it history."""
    hints = [c for c in cues if isinstance(c, HintCue)]
    if hints:
        first, last = max(h.first.year for h in hints), min(h.last.year for h in hints)
        return (first, last) if first <= last else None
    items = _named(cues)
    days = [c.year for c in items if isinstance(c, DayCue) and c.year is not None]
    named = days + [y for c in items if isinstance(c, PeriodCue) for y in (c.start.year, (c.end - _ONE_DAY).year)]
    by = existed_by(cues)
    bound = by.year if by is not None else None
    if not named and bound is not None:
        named = [bound]
    if not named:
        return None
    last = min(max(named) + HORIZON, V.MAX_YEAR - 1)
    if bound is not None and bound >= min(named) - 1:  # no year after the page existed
        last = min(last, bound)
    lookback = min(last - HORIZON - LOOKBACK, max(days, default=last))
    return max(min(named) - 1, lookback, V.MIN_YEAR + 1), last


def _lse(logs: Sequence[float] | np.ndarray) -> float:
    """log(sum(exp(x))) without overflow."""
    logs = np.asarray(logs, dtype=float)
    top = logs.max(initial=-math.inf)
    if top == -math.inf:
        return -math.inf
    return float(top + math.log(np.exp(logs - top).sum()))


def _log_ratios(cues: Sequence[Cue], days: Days, span: int) -> np.ndarray:
    """Sum over the cues of the log of each one's ratio, for each day (-inf where one rules it out)."""
    total = np.zeros(days.shape)
    with np.errstate(divide="ignore"):
        for c in cues:
            total += np.log(c.ratios(days, span))
    return total


def year_weights(years: Sequence[int], coarse: Sequence[Cue], span: int) -> dict[int, float]:
    """log of the mean likelihood ratio of the coarse cues over each year (sampled mid-month)."""
    samples = ordinals([dt.date(y, month, 15) for y in years for month in range(1, 13)])
    by_year = _log_ratios(coarse, samples, span).reshape(len(years), 12)
    return {y: _lse(row) - math.log(12) for y, row in zip(years, by_year)}


def fitting_years(cues: Sequence[Cue], likeliest: Sequence[int]) -> list[int]:
    """For each weekday and date named without a year ("Monday, March 3", or a dateline's day and
    the weekday of its lead, `DATELINE_LEAD_ODDS`), the likeliest year (by the other evidence) in
    which that date is that weekday: looked at day by day even when the year-level cues alone
    would not pick it."""
    found = []
    for c in _named(cues):
        day, weekday = (c, c.weekday) if isinstance(c, DayCue) else \
            (c.of, c.weekday) if isinstance(c, WeekdayCue) and c.of is not None else (None, None)
        if day is not None and day.year is None and weekday is not None:
            found += [next((y for y in likeliest if (d := day.in_year(y)) is not None
                            and d.isoweekday() == weekday), None)]
    return sorted({y for y in found if y is not None})


def candidate_days(cues: Sequence[Cue], years: Sequence[int], bounds: tuple[int, int]) -> list[dt.date]:
    """Days around each named day, in the years weighed (a yearless day in each of them), in order."""
    days: set[dt.date] = set()
    for c in _named(cues):
        if isinstance(c, HintCue) and _short(c):
            days.update(c.first + dt.timedelta(days=k) for k in range((c.last - c.first).days + 1))
        if isinstance(c, BoundCue):  # the days up to it: the latest the page allows
            days.update(c.last - dt.timedelta(days=k) for k in WINDOW if k >= 0)
        if not isinstance(c, DayCue):
            continue
        for year in ([c.year] if c.year is not None else years):
            named = c.in_year(year)
            if named is None or (c.weekday is not None and named.isoweekday() != c.weekday):
                continue
            days.update(named + dt.timedelta(days=c.pin + k) for k in WINDOW)
    return sorted(d for d in days if bounds[0] <= d.year <= bounds[1])


def _weigh(cue: Cue, day: dt.date, span: int) -> float:
    return math.log(ratio(cue, day, span) / cue.background)


def _unsure(reason: Undecided, detail: str, cues: Sequence[Cue]) -> DateGuess:
    found = [Evidence(c.text, ", ".join(item.text for item in c.items) if isinstance(c, LatestCue)
                      else type(c).__name__.removesuffix("Cue").lower()) for c in cues[:8]]
    return DateGuess(None, 0.0, [Evidence(reason, detail)] + found, undecided=reason)


@dataclass(slots=True)
class Posterior:
    """The model's posterior over its candidate days (and "any other day")."""

    days: list[dt.date]
    points: Days
    probs: np.ndarray
    elsewhere: float
    bounds: tuple[int, int]
    span: int


def _short(hint: HintCue) -> bool:
    """Whether a hint range is short enough for every one of its days to be a candidate."""
    return (hint.last - hint.first).days < 2 * len(WINDOW)


def _other_days(coarse: Sequence[Cue], year: int, taken: Days, span: int) -> float:
    """log of the coarse cues' summed ratio over the days of a year looked at day by day that
    are not candidates (`taken`): the mass of "any other day" there. Each day is weighed for
    itself, not at the year's mean (`year_weights`): a hint of a month makes the candidates the
    whole month, and the year's mean would give the eleven months outside it a twelfth of
    the weight of the days inside, where the hint gives them next to nothing. Used only where
    the candidates are a short hint's every day: for the wide range of a collection's span the
    year's mean stays (the exact sum there is not measured on its own)."""
    days = np.arange(dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal() + 1)
    return _lse(_log_ratios(coarse, days[~np.isin(days, taken)], span))


def posterior(cues: Sequence[Cue]) -> Posterior | DateGuess:
    """The posterior of each candidate day given the cues, or a DateGuess saying why there is none.

    The posterior is over every day of the years weighed: candidate days are scored one by
    one; the other days of a year count at the year's coarse weight, with what the day-level
    cues say about a day they do not point at (for years not looked at in detail: what they
    said on average about the years that were).
    """
    if not cues:
        return DateGuess(None, 0.0, [Evidence(Undecided.NOTHING, "no date, weekday, year or anniversary in the text")],
                         undecided=Undecided.NOTHING)
    bounds = universe(cues)
    if bounds is None:
        return _unsure(Undecided.NO_YEAR, "the text names no year, anniversary or full date", cues)
    all_years = range(bounds[0], bounds[1] + 1)
    length = {y: 365 + calendar.isleap(y) for y in all_years}
    span = sum(length.values())
    hints = [c for c in cues if isinstance(c, HintCue)]
    if hints:
        span = min(span, min((h.last - h.first).days + 1 for h in hints))
    coarse = [c for c in cues if _is_coarse(c)]
    fine = [c for c in cues if not _is_coarse(c)]
    weights = year_weights(all_years, coarse, span)
    likeliest = sorted(all_years, key=lambda y: (-weights[y], -y))
    # The years of the full dates named (`bound`); those weighed are looked at day by day too:
    # "today (June 25)" beside "June 3, 2013" is looked for in 2013, though no year-level cue points there
    bound = {c.year for c in _named(cues) if isinstance(c, DayCue) and c.year is not None}
    named_years = sorted(bound.intersection(length) - set(likeliest[:MAX_YEARS]))
    years = likeliest[:MAX_YEARS] + fitting_years(cues, likeliest) + named_years
    days = candidate_days(cues, years, bounds)
    if not days:
        return _unsure(Undecided.NO_CANDIDATE_DAY, "the text names no day in the years it allows "
                       f"({bounds[0]}..{bounds[1]})", cues)
    points = ordinals(days)
    fine_scores = _log_ratios(fine, points, span)
    scores = fine_scores + _log_ratios(coarse, points, span)
    unrelated = sum(math.log(c.background) for c in fine)
    # Fine-level mass of each detailed year: its candidates plus its other days.
    day_years = years_of(points)
    in_year = {y: fine_scores[day_years == y] for y in sorted(set(years) | set(day_years.tolist()))}
    detailed = {y: _lse([*s, math.log(max(length[y] - len(s), 1)) + unrelated]) for y, s in in_year.items()}
    # A year not looked at holds what a typical detailed year holds of the yearless days
    # ("May 8" in each year), not the days named with a year ("May 8, 2011"): those are in
    # theirs only (`bound`).
    free = [m for y, m in detailed.items() if y not in bound]
    typical = (_lse(free) - math.log(len(free)) if free
               else math.log(365) + unrelated)
    # Where the candidates are a short hint's every day (`candidate_days`), the other days are
    # all outside it, and its mean over the year would give them a share they do not have
    # (`_other_days`); elsewhere the year's mean stands in for them.
    whole = any(isinstance(c, HintCue) and _short(c) for c in cues)
    rest = [(_other_days(coarse, y, points, span) if whole else
             weights[y] + math.log(max(length[y] - len(in_year[y]), 1))) + unrelated
            for y in detailed] + [weights[y] + typical for y in all_years if y not in detailed]
    elsewhere = _lse(rest)
    total = _lse([*scores, elsewhere])
    return Posterior(days, points, np.exp(scores - total), math.exp(elsewhere - total), bounds, span)


def pinned_odds(cues: Sequence[Cue], post: Posterior) -> dict[dt.date, float]:
    """For each candidate day, the highest odds a pinned cue (stamp, dateline, "today (…)",
    update line) gives publication on it."""
    best = np.zeros(len(post.days))
    for cue in cues:
        if isinstance(cue, DayCue) and cue.pin_odds:
            best = np.maximum(best, cue.pinned(post.points))
    return {d: float(o) for d, o in zip(post.days, best) if o > 0}


NAMED_ONLY, MODEL_ONLY = "named only", "model only"


def evidence_kinds(article: Article, day: dt.date, site: frozenset[str] = frozenset()) -> list[str]:
    """The kinds of evidence in an article that point at a day: the roles of the cues that
    pin publication there ("stamp", "dateline", "today", "published", `WEEKDAY_DATE`, ...),
    "lead weekday" for "yesterday, Tuesday" that fits it, `DATELINE_LEAD` for the weekday of a
    dateline's lead that fits it (the day or the day after); else `NAMED_ONLY` when the text
    names the day in full, `MODEL_ONLY` when not. What `dateline benchmark dating` groups its
    best guesses by, to show which kinds the confidence under- or over-rates (`site` as for
    `date_article`)."""
    read = article_reading(article, site)
    point = ordinals([day])
    kinds = {c.role for c in read.cues if isinstance(c, DayCue) and c.pin_odds and c.pinned(point)[0] > 0}
    if any(isinstance(c, LeadWeekdayCue) and c.weekday == day.isoweekday() for c in read.cues):
        kinds.add("lead weekday")
    if any(isinstance(c, WeekdayCue) and c.of is not None and (day.isoweekday() - c.weekday) % 7 < len(DATELINE_ODDS)
           for c in read.cues):
        kinds.add(DATELINE_LEAD)
    if not kinds:
        kinds.add(NAMED_ONLY if any(s.day == day for s in read.stated) else MODEL_ONLY)
    return sorted(kinds)


def decide(read: Reading, min_confidence: float | None = None, length: int = 0,
           calibration: Calibration | None = None) -> DateGuess:
    """The best guess of the publication day given the cues, its confidence, and why; no date
    when the confidence is below `min_confidence` (by default the calibration's answer threshold).

    With a `calibration` (the shipped one by default, see `calibration.py`) the best guess is
    the best of the candidate days by the fitted ranker, which weighs the model's posterior
    with the dates the text names (in a text of `length` characters: see `ranked`), and the
    confidence is calibrated; without one, the model's best day and its posterior.
    """
    cues = read.cues
    post = posterior(cues)
    if isinstance(post, DateGuess):
        return post
    calibration = calibration if calibration is not None else shipped()
    if min_confidence is None:
        # no calibration shipped: no learned threshold either (`shipped_answer` would say the same)
        min_confidence = calibration.answer if calibration is not None else RIGHT_MORE_OFTEN
    order = np.argsort(-post.probs, kind="stable")  # ties: the earlier day
    model_best = post.days[order[0]]
    runner = f"; next {post.days[order[1]]} ({post.probs[order[1]]:.2f})" if len(post.days) > 1 else ""
    summary = (f"model: {model_best} ({post.probs[order[0]]:.2f}) of {len(post.days)} candidate days in "
               f"{', '.join(map(str, sorted({d.year for d in post.days})))} among years "
               f"{post.bounds[0]}..{post.bounds[1]}{runner}; any other day {post.elsewhere:.2f}")
    chosen = calibration.choose(ranked(read, post, length)) if calibration is not None else None
    if chosen is None:
        best, confidence, how = model_best, float(post.probs[order[0]]), summary
    else:
        best, confidence = chosen[0].day, chosen[2]
        full = sorted({s.day for s in read.stated})
        how = (f"{best} ({confidence:.2f}, calibrated) ranked first by the fitted ranker among the model's best "
               f"days, the {len(full)} full date(s) named" + (f" (latest {full[-1]})" if full else "")
               + f" and {len(read.yearless)} date(s) named without a year; {summary}")
    evidence = [Evidence("decision", how, round(math.log(max(confidence, 1e-9)), 2))]
    weighed = sorted(((_weigh(c, best, post.span), c) for c in cues), key=lambda wc: -abs(wc[0]))
    evidence += [Evidence(c.text, c.explain(best), round(w, 2)) for w, c in weighed
                 if abs(w) >= 0.05 or isinstance(c, BoundCue)]  # a bound is news even where it does not weigh
    if confidence < min_confidence:
        evidence[0].detail = f"not sure enough (below {min_confidence}): best guess " + evidence[0].detail
        return DateGuess(None, 0.0, evidence, best_guess=best, best_confidence=confidence)
    return DateGuess(best, confidence, evidence)


def stated_days(mentions: Sequence[Mention]) -> list[Stated]:
    """The full dates (day, month and year) among the mentions, where each is named: a holiday
    with its year ("la Nochevieja del 2010", "Christmas Day 2010") is one too."""
    found = []
    for mention in mentions:
        m = mention.meaning
        if isinstance(m, Calendar) and m.gran == "D" and m.year is not None and m.year_shift is None:
            try:
                found.append(Stated(dt.date(m.year, m.month, m.day), mention.start))
            except ValueError:
                continue
        elif isinstance(m, HolidayRef) and m.year is not None and m.shift is None \
                and (day := holiday_date(m.rule, m.year)) is not None:
            found.append(Stated(day, mention.start))
    return found


@dataclass(slots=True)
class Yearless:
    """A day named without its year ("on March 3", "el viernes 11 de febrero"), where."""

    start: int
    day: DayCue


def yearless_days(mentions: Sequence[Mention], text: str, tagger: Tagger) -> list[Yearless]:
    """The days named without a year among the mentions (not "today", a holiday or a weekday),
    with the weekday named before a day in brackets ("Tuesday (June 25)", `_prefix`)."""
    found = []
    for mention in mentions:
        m = mention.meaning
        if isinstance(m, Calendar) and m.gran == "D" and m.year is None and m.year_shift is None:
            weekday = m.weekday or _prefix(text, mention, tagger)[1]
            found.append(Yearless(mention.start, DayCue(text[mention.start:mention.end], _month_day(m.month, m.day),
                                                        None, weekday, _tense(mention, m.shift))))
    return found


def resolve_yearless(yearless: Sequence[Yearless], near: dt.date, *, weekday_years: bool = False) -> list[Stated]:
    """The days named without a year, each in the year a reader on `near` takes it to be in
    (the nearest occurrence on the side its tense says; with its weekday, where it fits):
    "on March 3" and "2011" elsewhere, or "Friday, March 3" alone, as a careful reader dates them.
    `weekday_years`: a day whose weekday fits that year is a full date ("mardi 25 juin" beside
    "le 3 juin 2013" is Tuesday 25 June 2013: the weekday fits one year in seven)."""
    point = ordinals([near])
    found = []
    for y in yearless:
        day = int(y.day.named_days(point)[0])
        if day != _NONE:
            named = dt.date.fromordinal(day)
            fits = weekday_years and named.isoweekday() == y.day.weekday
            found.append(Stated(named, y.start, yearless=not fits))
    return found


def given_check(read: Reading, given: dt.date) -> GivenCheck:
    """Whether the text contradicts a publication date its source gives (see `GIVEN`): the
    posterior of publication within a `WEEK` of it, with the given date as one more cue, and
    the day the text makes likeliest away from it, with the cues that favour that day."""
    first, odds = LABELLED["published"]
    label = DayCue(f"{GIVEN} {given}", _month_day(given.month, given.day), given.year, None, None,
                   pin=first, pin_odds=odds, role=GIVEN)
    # a full date taken alone, not pinned, rates a day by its tense only (`DayCue.ratios`)
    tensed = [item for c in read.cues if isinstance(c, LatestCue) for item in c.items
              if isinstance(item, DayCue) and item.year is not None and item.tense is not None]
    pinned = [c for c in read.cues if isinstance(c, DayCue) and c.year is not None]
    post = posterior([*pinned, *tensed, label])
    assert isinstance(post, Posterior), "the label names a full date: there is always a candidate day"
    gaps = np.abs(post.points - given.toordinal())
    near = float(post.probs[gaps <= WEEK].sum())
    away = np.where(gaps > WEEK, post.probs, 0.0)
    if not away.any():
        return GivenCheck(given, False, near)
    likelier = post.days[int(np.argmax(away))]
    favour = [(math.log(ratio(c, likelier, post.span) / ratio(c, given, post.span)), c) for c in [*pinned, *tensed]]
    evidence = [Evidence(c.text, c.explain(likelier), round(w, 2))
                for w, c in sorted(favour, key=lambda wc: -wc[0]) if w >= 0.05]
    # One cue against the label is one misread tense or stray date (the posterior then sits
    # near even odds, wherever the universe's span puts it): a contradiction takes two.
    return GivenCheck(given, near < RIGHT_MORE_OFTEN and len(evidence) >= 2, round(near, 3), likelier, evidence)


def infer_date(text: str, lang: str | None = None,
               hint_range: tuple[dt.date, dt.date] | None = None, *,
               mentions: Sequence[Mention] | None = None,
               sentences: Sequence[tuple[int, int]] | None = None,
               min_confidence: float | None = None, page: bool | None = None,
               calibration: Calibration | None = None, first_comment: dt.date | None = None,
               given: dt.date | None = None, served: dt.date | None = None) -> DateGuess:
    """Infer when a text was published from what it says, with a confidence and the evidence.

    `hint_range` (first, last day) is what the caller knows already, such as a crawl period
    or the span of the other articles of a collection. The date is None when the text does
    not give enough to go on, or the best day's confidence is below `min_confidence` (by
    default the calibration's answer threshold; 0 gives every best guess). `calibration`:
    the ranker and confidence (the shipped one by default; a refit judges its own). A caller
    that will tag the text anyway can pass the tagger's `analyze(text, sentences, dating=True)`
    result as `mentions` (with those `sentences`): `Tagger.readings` gives it beside the full
    pass, to anchor once the date is known (`Tagger.anchor`), from one search of the text (the
    full pass's mentions differ where a rule outside the dating pass takes a date's words). A `lang`
    without a language file is a LanguageError; an identified one falls back to English.
    `page`: whether the text carries a web page's furniture (menus, notices; see
    `read_cues`), found in the text when not given. `first_comment`: the day of the earliest
    reader's comment under the text, which bounds publication from above (see `COMMENT`).
    `served`: a day the page existed by, from a line left out of the text (see `BOUND`).
    `given`: a publication date the source gives, checked against the text (`given_check`,
    the guess's `given`); the guess itself is the text's alone.
    """
    if page is None:
        page = bool(boilerplate.furniture(text))
    read = reading(text, lang, hint_range, mentions, sentences, page=page, first_comment=first_comment,
                   served=served)
    guess = decide(read, min_confidence, len(text), calibration)
    if given is not None:
        guess.given = given_check(read, given)
    return guess


@dataclass(slots=True)
class Reading:
    """What `infer_date` reads in a text: its cues (the hint's too), the full dates it names,
    and the days it names without a year."""

    cues: list[Cue]
    stated: list[Stated]
    yearless: list[Yearless]


def reading(text: str, lang: str | None = None, hint_range: tuple[dt.date, dt.date] | None = None,
            mentions: Sequence[Mention] | None = None,
            sentences: Sequence[tuple[int, int]] | None = None, *, page: bool = True,
            first_comment: dt.date | None = None, served: dt.date | None = None) -> Reading:
    """Read a text for `infer_date` (`tagger.analyze`'s with `dating=True`, if the caller has them;
    `page` as for `read_cues`; `first_comment` and `served` as for `infer_date`). The stamps
    `without_late_stamps` leaves out still bound publication (`BOUND`)."""
    tagger = tagger_for(lang) if lang else tagger_for_language(identify(text))[0]
    spans = list(sentences) if sentences else split_sentences(text)
    if mentions is None:
        mentions = tagger.analyze(text, spans, dating=True)
    kept = without_late_stamps(text, mentions, tagger)
    kept_ids = {id(m) for m in kept}
    late = [s.day for s in stated_days([m for m in mentions if id(m) not in kept_ids])]
    mentions = kept
    cues = read_cues(text, tagger, mentions, spans, page=page)
    if (bound := min([*late, *([served] if served is not None else [])], default=None)) is not None:
        cues.append(BoundCue(f"{BOUND} {bound}", bound))
    if hint_range is not None:
        first, last = sorted(hint_range)
        collection = hint_range if isinstance(hint_range, CollectionSpan) else None
        cues.append(HintCue(f"{first}..{last}", first, last, collection=collection))
    if first_comment is not None:
        cues.append(DayCue(f"first comment {first_comment}", _month_day(first_comment.month, first_comment.day),
                           first_comment.year, None, None, pin=1 - len(COMMENT_ODDS), pin_odds=COMMENT_ODDS,
                           role=COMMENT, after=COMMENT_AFTER))
    return Reading(cues, stated_days(mentions), yearless_days(mentions, text, tagger))


def article_reading(article: Article, site: frozenset[str] = frozenset()) -> Reading:
    """`reading` of an article read by `dateline.ingest`, its boilerplate left out (its
    furniture found once, as in `date_article`; `site` as there)."""
    page = _Furniture(article, site)
    furniture = left_out(article, page)
    return reading(furniture_blanked(article, furniture), article.lang, mentions=article_mentions(article, furniture),
                   sentences=article.sentence_spans(), page=is_page(article), first_comment=first_comment(article, page),
                   served=served_by(article, page))


def article_mentions(article: Article, furniture: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """The mentions dating reads in an article read by `dateline.ingest`: the dating rules'
    in its text, none starting in the sentences it leaves out (`furniture`, else
    `left_out(article)`). `article_readings` gives the same with the full pass's."""
    tagger = tagger_for_language(article.lang)[0]
    return tagger.analyze(article.text, article.sentence_spans(), dating=True,
                          outside=left_out(article) if furniture is None else furniture)


def article_readings(article: Article, site: frozenset[str] = frozenset()) -> tuple[list[Mention], list[Mention]]:
    """An undated article's mentions for anchoring (`Tagger.analyze`'s full pass) and for
    dating (`article_mentions`'s), from one search of its text: the pipeline dates it as
    `dateline date` does, at the cost of one tagging. `site` as for `date_article`."""
    tagger = tagger_for_language(article.lang)[0]
    return tagger.readings(article.text, article.sentence_spans(), left_out(article, _Furniture(article, site)))


def article_candidates(article: Article, site: frozenset[str] = frozenset()) -> list[Candidate]:
    """The candidate days of an article and their features, as the ranker sees them: what
    `dateline benchmark dating-fit` learns from (`site` as for `date_article`: the refit sees
    what dating reads)."""
    read = article_reading(article, site)
    post = posterior(read.cues)  # the blanked text keeps the article's offsets: its length
    return [] if isinstance(post, DateGuess) else ranked(read, post, len(article.text))


def ranked(read: Reading, post: Posterior, length: int) -> list[Candidate]:
    """The candidate days the ranker chooses from, with their features: the model's best days,
    the days pinned by stamps and the like, and the days the text names, those without a year
    in the year the model's best day gives them; none after a day the page existed by (`existed_by`)."""
    hint = next(((c.first, c.last) for c in read.cues if isinstance(c, HintCue)), None)
    if (bound := existed_by(read.cues)) is not None:  # no day after it: the bound has the last word
        hint = (hint[0], min(hint[1], bound)) if hint is not None else (dt.date.min, bound)
    best = post.days[int(np.argmax(post.probs))]  # the first of a tie, as in `decide`
    # Beside a full date, a day named with a weekday that fits its year is one too (the ranker
    # decides only where a full date is named: `calibration.candidates`).
    named = [*read.stated, *resolve_yearless(read.yearless, best, weekday_years=bool(read.stated))]
    return candidates(post.days, post.probs, named, pinned_odds(read.cues, post), length, hint,
                      weekday_evidence(read.cues))


def existed_by(cues: Sequence[Cue]) -> dt.date | None:
    """The earliest day the text says the page existed by (`BOUND`: a late stamp or the day it
    was served, an update line, the first comment, each with its year): the ranker chooses no
    day after it, as the model gives such days next to nothing (`BOUND_AFTER`), whatever the
    other features say of them (a site's date of the day years after "Updated June 25, 2013")."""
    days = [c.last for c in cues if isinstance(c, BoundCue)]
    days += [day for c in cues if isinstance(c, DayCue) and c.after < 1.0 and c.year is not None
             and (day := c.in_year(c.year)) is not None]
    return min(days, default=None)


def weekday_evidence(cues: Sequence[Cue]) -> list[float]:
    """What the weekday cues ("said Tuesday", "ayer martes") say of publication on each
    weekday (Monday first), as a log likelihood ratio: the ranker weighs it for the days the
    model gives (next to) nothing, such as a full date far from the model's best day."""
    week = ordinals([dt.date(2001, 1, 1) + dt.timedelta(days=k) for k in range(7)])  # a Monday on
    return _log_ratios([c for c in cues if isinstance(c, (WeekdayCue, LeadWeekdayCue))], week, 7).tolist()


def full_dates(text: str, lang: str | None, near: dt.date | None = None) -> list[dt.date]:
    """Every full date (day, month and year) the text names, in text order; with `near`, the
    days it names without a year too, in the year a reader on `near` gives them (what a
    careful reader who knows the day approximately reads: the benchmark's ceiling)."""
    tagger, _fell_back = tagger_for_language(lang or identify(text))
    mentions = tagger.find(text, dating=True)
    found = stated_days(mentions)
    if near is not None:
        found += resolve_yearless(yearless_days(mentions, text, tagger), near)
    return [s.day for s in sorted(found, key=lambda s: s.start)]


@dataclass(slots=True)
class _Furniture:
    """An article's page furniture (`boilerplate.furniture` of its text, with its date when
    known), found once however many steps of dating read it (`left_out`, `served_by`,
    `first_comment`): after the tagger's, it was the costliest step, found up to three times
    for one article. The known date marks only lone date lines (`_mark_page_dates`), never a
    comment section, so `first_comment` reads the same furniture."""

    article: Article
    site: frozenset[str] = frozenset()  # the collection's `boilerplate.site_lines`
    _found: list[tuple[int, int, str]] | None = None

    def found(self) -> list[tuple[int, int, str]]:
        if self._found is None:
            self._found = boilerplate.furniture(self.article.text, self.article.date, self.site)
        return self._found


def left_out(article: Article, page: _Furniture | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences dating leaves out: the article's boilerplate, written
    when the page is crawled, not when the article is. A line with stamp words stays ("*
    Este artículo apareció en la edición impresa del ..."), unless it is the date of the day
    the page was served, in the readers' comments or in a list of other articles. `page`:
    the article's furniture, when the caller shares it with other steps."""
    tagger, _fell_back = tagger_for_language(article.lang)
    # Furniture written with the article ("part of our coverage of the 2011 protests", a
    # photo's caption: `boilerplate.with_article`) dates it as its story does.
    dating = [s for s in article.sentences if s.boilerplate and boilerplate.with_article(s.text)]
    kept = [s for s in article.sentences if s.boilerplate and s not in dating and has_stamp_words(s.text, tagger)]
    if kept:  # not a stamp of the day the page was served ("Ultima modifica: 11/11/2020" under a 2013
        # story), nor a reader's comment ("Posted on July 2, 2011 at 8:01 pm"), written after the article,
        # nor another article's stamp in a "latest news" list
        later = (boilerplate.PAGE_DATE, boilerplate.COMMENTS, boilerplate.RELATED_LIST)
        served = [(a, b) for a, b, why in (page or _Furniture(article)).found() if why in later]
        kept = [s for s in kept if not any(a <= s.start < b for a, b in served)]
    return [(s.start, s.end) for s in article.sentences if s.boilerplate and s not in kept and s not in dating]


_NOT_NEWLINE = re.compile(r"[^\n]")


def furniture_blanked(article: Article, spans: Sequence[tuple[int, int]] | None = None) -> str:
    """The article's text with the sentences dating leaves out blanked (same offsets):
    `spans`, or `left_out(article)`."""
    marked = left_out(article) if spans is None else spans
    if not marked:
        return article.text
    text = article.text
    pieces, last = [], 0
    for start, end in sorted(marked):
        start = max(start, last)  # spans that overlap are blanked once
        if end <= start:
            continue
        pieces += [text[last:start], _NOT_NEWLINE.sub(" ", text[start:end])]
        last = end
    return "".join([*pieces, text[last:]])


def date_article(article: Article, hint_range: tuple[dt.date, dt.date] | None = None, *,
                 mentions: Sequence[Mention] | None = None,
                 min_confidence: float | None = None, calibration: Calibration | None = None,
                 check_given: bool = False, site: frozenset[str] = frozenset()) -> DateGuess:
    """`infer_date` on an article read by `dateline.ingest`: its sentences as split, its
    boilerplate left out. `mentions`: its `article_mentions`, when the caller has them
    already (the pipeline, from `article_readings`). With `check_given`, the date the source
    gave the article (not one inferred) is checked against the text (the guess's `given`).
    `site`: the lines its collection repeats on other stories' pages (`with_site_lines`)."""
    spans = article.sentence_spans()
    page = _Furniture(article, site)
    furniture = left_out(article, page)
    if mentions is None:
        mentions = article_mentions(article, furniture)
    # The article's language was identified, not named by the user: one without a language
    # file is read with the fallback tagger, as the article was tagged, not refused.
    lang = tagger_for_language(article.lang)[0].lex.code
    return infer_date(furniture_blanked(article, furniture), lang, hint_range, mentions=mentions,
                      sentences=spans, min_confidence=min_confidence, page=is_page(article),
                      calibration=calibration, first_comment=first_comment(article, page), served=served_by(article, page),
                      given=article.date if check_given and not article.date_inferred else None)


def with_site_lines(articles: Sequence[Article]) -> frozenset[str]:
    """The lines a collection's pages repeat on other stories' pages (`boilerplate.site_lines`:
    a site's name, header and "latest news" teasers), marked as furniture in every article
    that has one (in place, `mark_site`); pass them to `date_article` as `site`. A scraped
    collection's pages share the crawl's furniture, which the per-line rules miss when its
    words are no furniture words."""
    site, lines = boilerplate.site_lines_in([a.text for a in articles])
    for article, found in zip(articles, lines):
        mark_site(article, site, found)
    return site


def mark_site(article: Article, site: frozenset[str], found: Sequence[tuple[int, int]] | None = None) -> None:
    """Mark the collection's site lines (`site`, or only the article's own of them: dating
    reads no others, so a stream's worker is handed those alone, `own_site_lines`) in one
    article, in place. `found`: where the article has them (`boilerplate.lines_of`), if at hand."""
    found = boilerplate.lines_of(article.text, site) if found is None else found
    if not found:
        return
    if is_page(article):
        article.sentences = boilerplate.mark_site_lines(article.text, article.sentences, found)
    else:
        # a page now: its lone date lines are read again as a served page's (`_mark_page_dates`)
        article.sentences = boilerplate.mark(article.text, article.sentences, article.date, site)


def first_comment(article: Article, page: _Furniture | None = None) -> dt.date | None:
    """The earliest full date on the bylines of the readers' comments under the article (the
    comments are left out of dating, but their first day bounds publication: `COMMENT`);
    `page` as for `left_out`."""
    if not any(s.boilerplate and boilerplate.is_comment_heading(s.text) for s in article.sentences):
        return None
    return _earliest_day(article, boilerplate.comment_bylines(article.text, (page or _Furniture(article)).found()))


def served_by(article: Article, page: _Furniture | None = None) -> dt.date | None:
    """The earliest full date on the lines ingest marked as the page's date of the day or its
    late update (`boilerplate.PAGE_DATE`): left out of dating as the day the page was served,
    not written, it still says the article existed then (`BOUND`); `page` as for `left_out`."""
    if not any(s.boilerplate and (boilerplate.date_line(s.text) is not None or boilerplate.site_clock(s.text))
               for s in article.sentences):
        return None  # spares finding the page's furniture again
    return _earliest_day(article, [(a, b) for a, b, why in (page or _Furniture(article)).found()
                                   if why == boilerplate.PAGE_DATE])


def _earliest_day(article: Article, lines: Sequence[tuple[int, int]]) -> dt.date | None:
    """The earliest full date on the article's `lines` (start, end), left out of dating but
    read for the day the page existed by (`first_comment`, `served_by`)."""
    tagger = tagger_for_language(article.lang)[0]
    return min((s.day for a, b in lines for s in stated_days(tagger.find(article.text[a:b], dating=True))),
               default=None)


def is_page(article: Article) -> bool:
    """Whether ingest marked any of the article's lines as page furniture: a scraped page,
    which may carry the site's date of the day (see `BARE_STAMP_ODDS`)."""
    return any(s.boilerplate for s in article.sentences)


# ----------------------------------------------------------------------- collection context
# Near-duplicates: the same wire copy filed by several outlets, a page crawled twice. They
# share a publication date (a day apart at most, across time zones), so an undated copy takes
# the date of a dated one. Compared on word 5-grams of the text without its furniture, a
# sample of them (a fixed quarter, by hash: the same sample in every text), by containment, so
# that a copy cut short or with another outlet's furniture still matches.
TWIN_SHINGLE = 5
TWIN_SAMPLE = 4
TWIN_MIN_SHINGLES = 5
TWIN_CONTAINMENT = 0.8
_TWIN_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """The sampled word 5-gram hashes of a text (case and punctuation ignored)."""
    words = _TWIN_WORD.findall(text.casefold())
    grams = (zlib.crc32(" ".join(words[i:i + TWIN_SHINGLE]).encode()) for i in range(len(words) - TWIN_SHINGLE + 1))
    return frozenset(g for g in grams if g % TWIN_SAMPLE == 0)


@dataclass(slots=True)
class Twin:
    """A near-duplicate found for a text: its article, date, confidence and containment."""

    article_id: str
    date: dt.date
    confidence: float
    containment: float


def twin_shingles(article: Article) -> frozenset[int]:
    """The shingles `Twins` compares an article by: its text without the page furniture."""
    return shingles(furniture_blanked(article))


@dataclass(slots=True)
class Twins:
    """Dated texts of a collection, searchable for near-duplicates of a new text."""

    _entries: list[tuple[str, dt.date, float, frozenset[int]]] = field(default_factory=list)
    _index: dict[int, list[int]] = field(default_factory=dict)

    def add(self, article: Article, confidence: float = 1.0,
            grams: frozenset[int] | None = None) -> None:
        """Remember a dated article (an inferred date with its confidence); `grams`, its
        `twin_shingles`, when a worker process computed them already."""
        if article.date is None:
            return
        grams = twin_shingles(article) if grams is None else grams
        if len(grams) < TWIN_MIN_SHINGLES:
            return
        n = len(self._entries)
        self._entries.append((article.id, article.date, confidence, grams))
        for g in grams:
            self._index.setdefault(g, []).append(n)

    def find(self, article: Article, grams: frozenset[int] | None = None) -> Twin | None:
        """The most confident near-duplicate of the article among those remembered, if any;
        `grams` as for `add`."""
        grams = twin_shingles(article) if grams is None else grams
        if len(grams) < TWIN_MIN_SHINGLES:
            return None
        shared: dict[int, int] = {}
        for g in grams:
            for n in self._index.get(g, ()):
                shared[n] = shared.get(n, 0) + 1
        found = []
        for n, count in shared.items():
            article_id, day, confidence, other = self._entries[n]
            containment = count / min(len(grams), len(other))
            if containment >= TWIN_CONTAINMENT and article_id != article.id:
                found.append(Twin(article_id, day, confidence, containment))
        return max(found, key=lambda t: (t.confidence, t.containment), default=None)
