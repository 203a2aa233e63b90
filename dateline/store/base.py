"""What the rest of Dateline asks of a store: the repository interface and its result types.

The commands, the pipeline and the HTTP API use only these methods, so a backend other than
the embedded SQLite one (PostgreSQL for a shared, many-writer corpus) replaces it without
touching them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import numpy as np

from dateline.model import Article


class StoreError(Exception):
    """A store that cannot be used, said in one line with the fix. `problem` is that line
    without the "…, or use --no-store" a store error ends with when working without the store
    is a way round (`avoidable`), for a caller with no such option to say it without."""

    def __init__(self, problem: str, *, avoidable: bool = False) -> None:
        self.problem = problem
        super().__init__(f"{problem}, or use --no-store" if avoidable else problem)


# What happened to an article handed to the store.
NEW = "new"            # a text not seen before
COPY = "copy"          # a known text from another outlet or source (a wire copy): one more copy
KNOWN = "known"        # the same text, outlet and id (file, record, URL): stored once already
UPDATED = "updated"    # known, but analysed again by a newer Dateline: analysis replaced
REVISED = "revised"    # a new version of a stored article (same source, id and URL, another
                       # text: a feed item or page edited since): the older version replaced


class Added(NamedTuple):
    """What `Repository.add` did with one article: the outcome, its row and its text's id
    (the id the HTTP API and timelines give a stored article)."""

    outcome: str
    row: int
    text: int


@dataclass(slots=True)
class Outlet:
    """One published copy of a text: where and when it appeared."""

    id: int
    outlet: str
    source: str | None
    title: str | None
    url: str | None
    date: dt.date | None
    date_how: str | None
    date_confidence: float | None
    article_id: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class StoredArticle:
    """An article as kept in the corpus: the analysed article and every outlet that ran it."""

    id: int
    article: Article
    outlets: list[Outlet]
    date_how: str | None


@dataclass(slots=True)
class SearchHit:
    """A sentence that matches a search, with the days it names and the outlets of its text."""

    sentence_id: int
    article_id: int
    text: str
    score: float
    days: list[dt.date]
    lang: str | None
    highlights: list[tuple[int, int]]
    outlets: list[Outlet]


@dataclass(slots=True)
class StoreInfo:
    """What `dateline store info` shows."""

    path: str
    size_bytes: int
    schema_version: int
    texts: int
    articles: int
    by_language: dict[str, int]
    undated: int
    inferred: int
    cached_files: int
    stale_files: int
    stale_analyses: int
    orphan_texts: int
    saved_timelines: int


@dataclass(slots=True)
class SavedTimeline:
    """A saved timeline: what it is of (`params`, the HTTP API's names), its latest result
    (JSON, as `render.jsonout.timeline_dict` writes it) and when it was last brought up to date."""

    id: int
    name: str
    created: str
    params: dict[str, Any]
    result: dict[str, Any] | None = field(default=None)
    updated: str | None = None


class Selection(NamedTuple):
    """The stored articles a timeline is built from: one per text, with how many outlets ran
    each (near copies were merged when stored), and whether a limit cut the collection."""

    articles: list[Article]
    outlets: list[int]
    cut: bool


# One candidate sentence of a day, packed (`TimelineTables.packed_days`): its sentence (text,
# position), length in words, whether a summary may use it, how many (term, count) pairs it
# has, and its tier.
DAY_ROW = np.dtype([("text", "<i8"), ("n", "<i4"), ("words", "<i4"), ("on_topic", "i1"),
                    ("terms", "<i4"), ("tier", "i1")])


@dataclass(slots=True)
class TimelineState:
    """Where a saved timeline stands: the Dateline that computed it, the last article and
    sentence rows it has seen, the collection's languages, and whether its query matched."""

    fingerprint: str
    last_article: int
    last_sentence: int
    langs: list[str]
    query_used: bool


class TimelineTables(Protocol):
    """What one saved timeline keeps in the store between updates: the storage of
    `dateline.saved`, which computes it (the store only keeps and reads). Days are ISO strings;
    a text's share is its day votes (bits, publications), its candidate sentences (day, text,
    position, tier) with their words ((term number, count) pairs, little-endian int32), and its
    words' and lengths' counts. It runs in the store's `transaction()`."""

    def state(self) -> TimelineState | None:
        """None when it was never computed by this schema."""
        ...

    def start(self) -> None:
        """Forget everything kept but the result and history; the corpus stored so far is seen
        (a fresh state, with this Dateline's fingerprint)."""
        ...

    def seen(self) -> None:
        """The articles and sentences stored so far are now part of the timeline."""
        ...

    def set_langs(self, langs: Sequence[str], query_used: bool | None = None) -> None:
        """The collection's languages (and whether the query matched, when given)."""
        ...

    def forget_shares(self) -> None:
        """Drop every text's share (to count them again another way)."""
        ...

    def arrivals(self, last_article: int, last_sentence: int) -> tuple[list[tuple[int, int]], set[int]]:
        """(article row, text id) of the articles stored after `last_article`, and the texts
        whose sentences were stored again after `last_sentence` (analysed again)."""
        ...

    def revised(self, last_article: int) -> set[int]:
        """The article rows stored after `last_article` that replaced an older version of
        theirs (`REVISED`) whose text the timeline holds: its share of that text is out of date."""
        ...

    def replaced_texts(self, last_article: int) -> list[tuple[int, int]]:
        """(newer article row, the text that lost its older version) for each `REVISED` article
        stored after `last_article`, whatever the timeline holds."""
        ...

    def languages(self, text_ids: Sequence[int]) -> set[str]:
        """The languages of these texts."""
        ...

    def text_languages(self, text_ids: Sequence[int]) -> dict[int, str]:
        """Each of these texts' language, where known (what a timeline's sentence is shown in)."""
        ...

    def member_sentences(self) -> Iterator[str]:
        """The sentences of the texts counted in the timeline."""
        ...

    def sentence_texts(self, text_ids: Sequence[int]) -> dict[tuple[int, int], str]:
        """(text id, position) -> sentence, for these texts."""
        ...

    def articles_named(self, article_rows: Sequence[int]) -> list[dict[str, Any]]:
        """These article rows as the history names them (id, article, outlet, title, date)."""
        ...

    def known(self, text_ids: Sequence[int]) -> set[int]:
        """Which of these texts are counted in the timeline."""
        ...

    def last_text(self) -> int | None:
        """The highest text id counted."""
        ...

    def texts(self) -> int:
        """How many texts are counted."""
        ...

    def drop_days_of(self, text_ids: Sequence[int]) -> tuple[set[str], set[str]]:
        """Drop these texts' votes and candidates (their words stay counted; they stay counted
        texts, with the days `add_share` gives them again); the days they voted on, and the
        days they had candidates on."""
        ...

    def add_share(self, votes: Iterable[tuple[str, int, int, int]], texts: Iterable[tuple[int, Sequence[str]]],
                  lengths: dict[int, int]) -> None:
        """Add votes (day, text, bits, publications), the texts counted with the days they have
        candidates on (replacing those of a text already counted), and the sentences per length
        the texts new to the sums bring."""
        ...

    def term_numbers(self, terms: Sequence[str]) -> dict[str, int]:
        """The numbers of those of these terms already numbered."""
        ...

    def add_terms(self, numbered: dict[str, int]) -> None:
        """Number new terms."""
        ...

    def df(self) -> np.ndarray:
        """Per term number, the sentences holding it."""
        ...

    def set_df(self, df: np.ndarray) -> None:
        ...

    def lengths(self) -> list[tuple[int, int]]:
        """(words, sentences that long) of the collection."""
        ...

    def aggregate(self, bits: int, days: set[str] | None) -> None:
        """The per-day sums of these days (every day when None): per vote bit (the lowest
        `bits`), the texts that set it, then the publications."""
        ...

    def day_counts(self) -> dict[str, list[int]]:
        """Day -> its sums (see `aggregate`)."""
        ...

    def speaking(self, text_ids: Sequence[int]) -> list[tuple[str, int]]:
        """(day, text) of these texts' votes and candidate sentences."""
        ...

    def packed_days(self, days: Sequence[str]) -> list[tuple[bytes, bytes]]:
        """Per day, its candidates packed: `DAY_ROW` records in (text, position) order, and their
        terms one after the other (empty for a day without candidates). One row per day, the
        only copy of the candidates, since an update reads ~40 days."""
        ...

    def add_candidates(self, rows: Sequence[tuple[str, int, int, int, int, int, bytes]], later: bool) -> None:
        """Add candidates, given as (day, text, position, words, on topic, tier, terms), to
        the packed days they are on; `later` when their texts come after every text already
        on those days (they are then appended, not merged)."""
        ...

    def forget_repeats(self, days: Iterable[str]) -> None:
        ...

    def repeats(self) -> list[tuple[str, int, float, bytes, bytes]]:
        """The days kept as repeating: day, collection size, least cosine, repeated sentences
        ((text, position) pairs, int64), terms ((number, df) pairs, int32)."""
        ...

    def keep_repeats(self, read: Iterable[str], rows: Iterable[tuple[str, int, float, bytes, bytes]]) -> None:
        """Of the days `read`, these repeat (rows as `repeats` gives them)."""
        ...

    def recomputed(self, change: str, reason: str | None, causes: Sequence[dict[str, Any]]) -> None:
        """History: computed whole ("created", "recomputed") or an update's first row
        ("updated"), why, because of which articles."""
        ...

    def record(self, result: dict[str, Any], changes: Iterable[tuple[str, str, Any, Any, Any]]) -> None:
        """The new result (`Repository.saved_timeline` gives it back), and history rows (change, day,
        sentences before, after, because)."""
        ...


class Repository(Protocol):
    """The corpus: articles with their analysis, a full-text index and saved timelines."""

    path: Path

    # The per-file cache the pipeline uses to resume (see dateline.pipeline.process).
    def key(self, file: Path, options: str) -> str | None:
        """What identifies a file's processed result (path, size, time, options, code); None
        when the file cannot be stat'ed, so it is processed and not cached."""
        ...

    def get(self, key: str, *, undated_only: bool = False) -> list[Article] | None:
        """The articles kept under `key`, or None when the file must be processed again;
        `undated_only`: only those whose date the source did not give (inferred or none)."""
        ...

    def file_span(self, key: str) -> tuple[dt.date | None, dt.date | None, int]:
        """The first and last days the source gave the articles kept under `key`, and how many it gave."""
        ...

    def put(self, key: str, articles: list[Article], more: int = 0) -> None:
        """Keep a file's articles at once, so an interruption loses at most the current file;
        with `more` > 0 these are its first ones (dated, handed on at once), the file being
        kept complete when the `more` others (undated, dated last) are put under `key`."""
        ...

    def files_done(self, keys: Iterable[str]) -> set[str]:
        """Which of these file keys are stored complete: what a re-run may skip."""
        ...

    def mark_files(self, files: Mapping[str, Sequence[int]]) -> None:
        """Record files whose articles (these article ids) are all stored, only once they are."""
        ...

    def add(self, articles: Sequence[Article]) -> list[Added]:
        """Store analysed articles in one transaction; for each, what happened."""
        ...

    def dated_copies(self, article: Article) -> list[Article]:
        """The stored articles their source dated whose text is this article's (the same, or
        a near copy as `add` files it): an undated article's dated twins in the corpus."""
        ...

    def article(self, text_id: int) -> StoredArticle | None:
        """A stored article by its text's id, with every outlet that ran it (for citations)."""
        ...

    def date_span(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last publication days stored: the range a user can ask about."""
        ...

    def given_span(self) -> tuple[dt.date | None, dt.date | None, int]:
        """The first and last publication days their sources gave the stored articles (not
        inferred), and how many: the collection an undated article posted is dated within."""
        ...

    def search(self, query: str | Sequence[str], *, start: dt.date | None = None, end: dt.date | None = None,
               lang: str | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Sentences matching the query, best first, with the days they name and their outlets."""
        ...

    def collection(self, query: Sequence[str] | None = None, *, start: dt.date | None = None,
                   end: dt.date | None = None, lang: str | None = None,
                   among: Sequence[int] | None = None, forms: Sequence[str] = ()) -> list[int]:
        """Every text id a timeline of `query` may draw on, so a saved timeline can tell which
        new texts concern it. `forms`: other ways of writing the query's terms that also select
        a text (the entities they name, in other languages: `dateline.timeline.written_alike`)."""
        ...

    def timeline_articles(self, query: Sequence[str] | None = None, *,
                          start: dt.date | None = None, end: dt.date | None = None,
                          lang: str | None = None, limit: int | None = 2000,
                          forms: Sequence[str] = ()) -> Selection:
        """The articles a timeline is built from, as analysed when stored (no re-analysis);
        every one of them when `limit` is None; `forms` as for `collection`."""
        ...

    def languages(self) -> dict[str, int]:
        """Texts per language, most first (what a user may filter on)."""
        ...

    def generation(self) -> tuple[int, int, int]:
        """Changes whenever articles or analyses change: the key of caches computed from them."""
        ...

    def info(self) -> StoreInfo:
        """Counts for `dateline store info`: size, texts, languages, stale rows."""
        ...

    def prune(self) -> dict[str, int]:
        """Remove what no run will use again and compact the file; the articles stay."""
        ...

    def articles(self, text_ids: Sequence[int]) -> list[StoredArticle]:
        """Stored articles by their texts' ids, in the order asked, with every outlet that ran each."""
        ...

    def outlets(self, text_ids: Sequence[int]) -> dict[int, list[Outlet]]:
        """Text id -> the outlets that ran it, the representative one (dated by its source,
        first stored) first."""
        ...

    def transaction(self) -> AbstractContextManager[Any]:
        """All of a change or none of it (a saved timeline's update is one)."""
        ...

    def create_timeline(self, name: str, params: dict[str, Any]) -> int:
        """A new saved timeline (not computed yet: `dateline.saved` computes it); its id."""
        ...

    def timeline_tables(self, timeline_id: int) -> TimelineTables:
        """What a saved timeline keeps between updates (see `dateline.saved`)."""
        ...

    def timeline_history(self, timeline_id: int) -> list[dict[str, Any]]:
        """What changed in a saved timeline, oldest first, and which articles changed it."""
        ...

    def saved_timelines(self) -> list[SavedTimeline]:
        """Every saved timeline, newest first."""
        ...

    def saved_timeline(self, timeline_id: int) -> SavedTimeline | None:
        """One saved timeline as last updated, or None when there is no such id."""
        ...

    def delete_timeline(self, timeline_id: int) -> bool:
        """Delete a saved timeline and its history; False when there was no such id."""
        ...

    def close(self) -> None:
        """Release the file (every connection closed); what was added is committed already."""
        ...

    def __enter__(self) -> Repository: ...
    def __exit__(self, *_exc: object) -> None: ...
