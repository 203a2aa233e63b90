"""The one data model that flows through every Dateline stage.

Articles are read by `dateline.ingest`, their time expressions found by `dateline.temporal`,
and timelines built from them by `dateline.timeline`. Every stage passes these plain
dataclasses along, so a result can always be traced back to the sentence and the article it
came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


class Resolution(StrEnum):
    """How a time expression's value was found: what it depends on besides its own words."""

    STATED = "stated"  # the words give it all: "March 17, 2023", "three days", "2019"
    YEAR_FROM_PUBLICATION = "year from publication"  # the day is named, the year is the
    # publication date's, on the side the tense says: "March 17", "July last year"
    PUBLICATION = "publication date"  # counted from the publication date: "yesterday", "next week"
    WEEKDAY = "weekday"  # a named weekday, the one before or after publication that the tense or
    # a shift word says: "Friday", "last Friday", "Friday night"
    LAST_DATE = "last date"  # counted from the date last mentioned: "the next day", "two days later"
    HOLIDAY = "holiday"  # a holiday's day by its rule, in the year named or the publication
    # date's: "Christmas", "Easter 2010", "Thanksgiving"
    FOCUS = "period in focus"  # the period under discussion: "the quarter", "a year ago" after it
    UNANCHORED = "unanchored"  # no publication date to count from: "XXXX-03-17"
    TENSE = "tense"  # a time gone by or to come, as the clause's tense says: "one day" (PAST_REF)


class Boundary(StrEnum):
    """What a time expression bounds rather than names as the day of an event."""

    SINCE = "since"  # the start of a state still going on: "missing since Sunday", "depuis dimanche"


@dataclass(slots=True)
class Timex:
    """A TIMEX3 time expression: character offsets into the text it was found in.

    `value` follows the TimeML TIMEX3 guidelines (`2023-03-17`, `2023-W11`, `P3D`,
    `XXXX-WXX-2`, `PRESENT_REF`, ...). Provenance, for the tagger's own expressions: `rules`
    are the ids of the grammar rules that found it (two when pieces were joined, "10 p.m." +
    "Wednesday"), `resolution` what its value was computed from, and `explanation` the same
    for people ("+1 W from publication date"); code reads the first two, never the third.
    `boundary` says when the expression bounds a stretch rather than names the day of an event
    ("disparus depuis dimanche": the start of a state, no day the news is about).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    rules: tuple[str, ...] = ()
    resolution: Resolution | None = None
    explanation: str = ""
    boundary: Boundary | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timex:
        """A time expression from its JSON form (`dataclasses.asdict`, lists for tuples)."""
        data = dict(data)
        data["rules"] = tuple(data.get("rules", ()))
        if data.get("resolution") is not None:
            data["resolution"] = Resolution(data["resolution"])
        if data.get("boundary") is not None:
            data["boundary"] = Boundary(data["boundary"])
        return cls(**data)

    def calendar_date(self) -> dt.date | None:
        """The single day this expression denotes, if its value is a full date."""
        v = self.value
        if len(v) >= 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit():
            try:
                return dt.date(int(v[:4]), int(v[5:7]), int(v[8:10]))
            except ValueError:
                return None
        return None


@dataclass(slots=True)
class Sentence:
    """A sentence of an article, with offsets into the article text.

    `boilerplate` marks page furniture (navigation, link lists, other articles' bylines,
    cookie and copyright lines): kept in the article, left out of dating and of timelines.
    """

    start: int
    end: int
    text: str
    timexes: list[Timex] = field(default_factory=list)
    boilerplate: bool = False


@dataclass(slots=True)
class Evidence:
    """One step of reasoning behind an inferred publication date."""

    cue: str
    detail: str
    weight: float = 0.0


@dataclass(slots=True)
class GivenCheck:
    """A publication date given by the source (a collection's folder, a feed, a DCT) checked
    against the text's own evidence: scraped collections file articles under wrong days.

    `near` is the posterior that the text was published within a week of `given`, once the
    given date counts as a publication label; `contradicted` when that is below even odds.
    `likelier` is the day the text makes likeliest away from `given`, `evidence` the cues
    that favour it over `given` (strongest first)."""

    given: dt.date
    contradicted: bool
    near: float
    likelier: dt.date | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class DateBasis:
    """What an article's inferred date was decided on besides its text, kept with it so that a
    later run over the collection reuses its analysis and decides the date again only when
    that changed: `first`..`last`, the span of days (a collection's, a crawl's) the inference
    was held to, both None when the text alone decided; `own` and `own_confidence`, the text's
    own answer, before a near-duplicate's date replaced it; `site`, a digest of the collection's
    site lines the text has (left out of its dating), None when it has none."""

    first: dt.date | None = None
    last: dt.date | None = None
    own: dt.date | None = None
    own_confidence: float = 0.0
    site: int | None = None

    @property
    def within(self) -> tuple[dt.date, dt.date] | None:
        """The span the inference was held to, if any."""
        return (self.first, self.last) if self.first and self.last else None


class Undecided(StrEnum):
    """Why the inference weighed no day at all (there is no best guess either): what a caller
    can act on, e.g. offer a hint range when the text names no year."""

    NOTHING = "nothing"  # no date, weekday, year or anniversary in the text
    NO_YEAR = "no year"  # days or weekdays, but no year to place them in
    NO_CANDIDATE_DAY = "no candidate day"  # no day in the years the text allows


@dataclass(slots=True)
class DateGuess:
    """An inferred publication date with its confidence and the evidence that decided it;
    `given` is the check of a date the source gave, when one was asked for; `undecided` says
    why no day was weighed at all, when none was."""

    date: dt.date | None
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    given: GivenCheck | None = None
    undecided: Undecided | None = None
    # below the answer threshold (`date` None): the best guess and its confidence, to show
    best_guess: dt.date | None = None
    best_confidence: float = 0.0


@dataclass(slots=True)
class Article:
    """A news article: its text, where it came from, and when it was published.

    `date_inferred` is true when the publication date was not given but inferred from the
    text; `date_confidence` then says how sure the inference was. A date given by the source
    says where it came from in `date_source` (a date header, a folder name, page metadata
    such as `<meta property="article:published_time">`, a feed item's date).
    `date_modified` is when the source says the article last changed, if it says so.
    `date_basis` says what an inferred date rests on besides the text (see `DateBasis`).
    """

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    lang: str | None = None
    date_inferred: bool = False
    date_confidence: float | None = None
    sentences: list[Sentence] = field(default_factory=list)
    author: str | None = None
    date_source: str | None = None
    date_modified: dt.date | None = None
    date_basis: DateBasis | None = None

    @property
    def where(self) -> str:
        """How a message names the article for a user to find it: its file, and for one of
        several records in a file (JSONL, a feed) the record's id in brackets (its line number
        when it has no id of its own); its id when it has no file (posted over HTTP). A stored
        article's id is the corpus's (`/api/articles/{id}`)."""
        if self.path is None or self.path.endswith(self.id):
            return self.path or self.id
        return f"{self.path} [{self.id}]"

    @property
    def timexes(self) -> list[Timex]:
        """All time expressions of the article, in text order."""
        return [t for s in self.sentences for t in s.timexes]

    def sentence_spans(self) -> list[tuple[int, int]] | None:
        """(start, end) of each sentence, for the tagger; None when the article is not split
        yet, so that the tagger splits it itself."""
        return [(s.start, s.end) for s in self.sentences] or None


ENTITY_TYPES = ("person", "org", "place", "other")


class EventStatus(StrEnum):
    """Whether a reported event took place, is planned, or is being announced."""

    HAPPENED = "happened"
    PLANNED = "planned"
    ANNOUNCED = "announced"


class EventAnchor(StrEnum):
    """Where an event mention's day came from, so later stages can rank by it without
    reading the explanation the renderers print."""

    NONE = ""  # no day: the report is undated
    EXPRESSION = "expression"  # the sentence's own time expression
    FOCUS_DAY = "focus day"  # the day its article is about, or else its publication date
    EARLIER_REPORT = "earlier report"  # the day earlier reports give an event that happens once


@dataclass(slots=True)
class EntityMention:
    """A name of an entity in an article: character offsets into the article text."""

    start: int
    end: int
    text: str
    entity: str
    sentence: int


@dataclass(slots=True)
class Entity:
    """A person, organization or place, with every name the collection writes it by.

    `id` is its canonical name; `within` names the entity it belongs to (Moscow, the
    Kremlin → Russia), so a query for the one finds the other.
    """

    id: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    articles: int = 0
    within: str | None = None


@dataclass(slots=True)
class EventMention:
    """One report of an event: the sentence, its trigger word, who took part, and when.

    `value` is the anchor as a TIMEX3 date value (`2023-03-20`, `2023-03`, `XXXX-XX-XX`);
    `anchor` says where it came from (`EventAnchor`) and `certainty` how sure that is (0–1).
    """

    article_id: str
    sentence: int
    text: str
    trigger: str
    kind: str
    start: int
    end: int
    participants: list[str] = field(default_factory=list)
    date: dt.date | None = None
    value: str = "XXXX-XX-XX"
    anchor: EventAnchor = EventAnchor.NONE
    certainty: float = 0.0
    status: EventStatus = EventStatus.HAPPENED
    # The participants the trigger's own words tie to it (its subject, object, or the entity
    # an event noun is about), as opposed to every entity the sentence names.
    arguments: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """An event as the whole collection reports it: every mention, from every article."""

    id: str
    kind: str
    participants: list[str]
    date: dt.date | None
    value: str
    status: EventStatus
    certainty: float
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        """Ids of the articles reporting the event, in first-mention order."""
        return list(dict.fromkeys(m.article_id for m in self.mentions))


@dataclass(slots=True)
class TimelineSentence:
    """A summary sentence of a timeline entry, with the article it was taken from."""

    text: str
    article_id: str
    article_date: dt.date | None = None
    date_inferred: bool = False
    title: str | None = None
    path: str | None = None
    url: str | None = None
    # The article's language: a reader lays the sentence out in its direction (Arabic right to left).
    lang: str | None = None
    # Set on entries built from events (see `dateline.events`): who took part, the kind of
    # event and whether it happened, and the same event as other articles report it.
    participants: list[str] = field(default_factory=list)
    event: str | None = None
    status: EventStatus | None = None
    anchor: EventAnchor | None = None
    certainty: float | None = None
    reports: list[TimelineSentence] = field(default_factory=list)


@dataclass(slots=True)
class Entry:
    """One date of a timeline and the sentences that summarize what happened on it."""

    date: dt.date
    sentences: list[TimelineSentence] = field(default_factory=list)


@dataclass(slots=True)
class Timeline:
    """A dated, sourced timeline, entries in ascending date order.

    `notes` tell the reader what limited it (a query that matched nothing, unreadable input).
    """

    entries: list[Entry] = field(default_factory=list)
    query: list[str] = field(default_factory=list)
    method: str = ""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[dt.date, list[str]]:
        """Date → summary sentence texts: the shape timeline metrics compare."""
        return {e.date: [s.text for s in e.sentences] for e in self.entries}
