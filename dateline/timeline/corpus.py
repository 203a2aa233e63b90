"""The sentences of a collection, with the days they mention and their TF-IDF vectors.

Built once per timeline and shared by every method, so methods differ only in how they pick
dates and sentences. Statistics (IDF, date counts) cover the whole collection; the query only
decides which sentences may appear in a summary, as news-tls does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from dateline.model import Article, Boundary, Resolution, Sentence, Timex
from dateline.timeline.query import Query, fold

if TYPE_CHECKING:  # imported when used: `dateline timeline` imports this before its workers read
    from scipy import sparse  # (0.1-0.3 s), and `preload` imports it while they do

# How a sentence refers to a day, from the time expression's provenance (see
# dateline.temporal.resolve). Languages differ in which they use most (French news dates more
# events by weekday than Spanish news), so the date ranker weighs each kind separately.
KINDS = ("stated", "year", "weekday", "computed", "anaphoric")
# Kinds of a day the sentence names itself ("17 de marzo de 2013", "March 17", "Christmas").
STATED_KINDS = frozenset({"stated", "year"})
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
# Sentences shorter or longer than this (in words) are headlines, captions or run-ons: they
# count as statistics but make poor summary sentences (the baselines' rule; Dateline's own
# summaries weigh length relative to the collection instead, see `length_weights`).
SUMMARY_WORDS = (6, 60)
# The shortest sentences of a collection, by percentile of length, taken only as a last resort.
SHORTEST_PERCENTILE = 10
# How many sentences opening with the day they name make an article a dated list (a
# chronology, "29 de enero: Gadafi rectifica..."): outlets publish chronologies of a story,
# each entry opening with its day, and the list as a whole is about the story even when its
# entries do not repeat the topic's name. 2 to 5 scored the same on both dev sets (closing
# note of #11 in session 11). Since the sentences going on with an entry are part of it
# (session 14, leave-one-topic-out, AR1-F / Date-F1): 2 gives Spanish ML-Crisis 0.234 / 0.459
# and English 0.483 / 0.807, 3 gives 0.241 / 0.458 and 0.482 / 0.794; 4 and 5 leave English
# the same and give Spanish 0.242 / 0.465 and 0.246 / 0.478, but at 5 one of its halves
# (`--sample 0.5`) loses 0.009 Date-F1. The dev sets pull apart (English gains at 2, Spanish
# at 5), so 3 stays.
LIST_ENTRIES = 3
# Words that may come before an entry's date ("El 15 de enero", "On March 3", "Le 2 mars",
# "Il 2 marzo": the article or preposition the tagger leaves out of the date). Session 14,
# leave-one-topic-out: 0 gains Spanish ML-Crisis one egypt date (Date-F1 0.465 -> 0.471; the
# Spanish tagger takes "El" into the date) and leaves English the same, but would make no
# French or Italian chronology a list; 2 costs English 0.017 AR1-F. 1 stays.
ENTRY_LEAD_WORDS = 1
_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of a text as written (runs of letters and digits): what counts as a word
    where the corpus counts or compares them (the words before a list entry's day, a title
    against its sentence)."""
    return _WORD_RE.findall(text)


def mention_kind(timex: Timex) -> str:
    """One of `KINDS`, from the expression's provenance: a full date in the text, a day and
    month taking the publication year (or a holiday), a weekday, a day counted from the
    publication date ("yesterday"), or one counted from another date ("the next day")."""
    resolution = timex.resolution
    if resolution is Resolution.STATED:
        return "stated"
    if resolution in (Resolution.YEAR_FROM_PUBLICATION, Resolution.HOLIDAY):
        return "year"
    if resolution is Resolution.WEEKDAY:
        return "weekday"
    if resolution is Resolution.PUBLICATION:
        return "computed"
    return "anaphoric"


@dataclass(frozen=True, slots=True)
class Mention:
    """A day a sentence refers to, how it refers to it (one of `KINDS`), and whether as the
    start of a state still going on ("depuis dimanche", `Timex.boundary`)."""

    date: dt.date
    kind: str
    since: bool = False

    @property
    def stated(self) -> bool:
        """Whether the sentence names the day outright rather than counting to it."""
        return self.kind in STATED_KINDS


def mention_of(timex: Timex) -> Mention | None:
    """The single day a DATE or TIME expression refers to, if it is one."""
    if timex.type not in ("DATE", "TIME"):
        return None
    day = timex.calendar_date()
    if day is None:
        return None
    return Mention(day, mention_kind(timex), timex.boundary is Boundary.SINCE)


_PERIOD_RE = re.compile(r"(\d{3})|(\d{4})(?:-(\d{2})|-W(\d{2})|-(?:SP|SU|FA|WI|Q\d|H\d))?")


def period_of(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """First and last day of the stretch a DATE expression coarser than a day denotes: a
    year, a month, an ISO week, a decade; a season, quarter or half as its whole year (its
    bounds differ between hemispheres and conventions, and the year holds them all)."""
    if timex.type != "DATE":
        return None
    found = _PERIOD_RE.fullmatch(timex.value)
    if found is None:
        return None
    decade, year, month, week = found.groups()
    try:
        if decade:
            return dt.date(int(decade) * 10, 1, 1), dt.date(int(decade) * 10 + 9, 12, 31)
        if month:
            first = dt.date(int(year), int(month), 1)
            return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        if week:
            first = dt.date.fromisocalendar(int(year), int(week), 1)
            return first, first + dt.timedelta(days=6)
        return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
    except ValueError:  # month 13, week 54: a tagger's slip dates nothing
        return None


def _ahead(span: tuple[dt.date, dt.date], article: Article) -> bool:
    """Whether a stretch of time starts after its article's publication day: a sentence naming
    one wherever it stands ("rechnet damit, den Tanker in der kommenden Woche freizuschleppen")
    tells of a plan, not of a day the article reports (audit of session 25, defect 12)."""
    return article.date is not None and span[0] > article.date


def elsewhere(periods: Sequence[tuple[dt.date, dt.date]], day: dt.date) -> bool:
    """Whether a sentence with no day of its own but these stretches of time ("desde
    mediados de 2004", "in August 2009") tells of another time than `day`: it names some
    stretch and none holds the day."""
    return bool(periods) and not any(first <= day <= last for first, last in periods)


@dataclass(slots=True)
class Corpus:
    """Every sentence of a collection as parallel arrays, indexed by sentence number."""

    articles: list[Article]
    texts: list[str]
    article_of: np.ndarray
    position: np.ndarray
    words: np.ndarray
    mentions: list[tuple[Mention, ...]]
    matches: np.ndarray
    vectors: sparse.csr_matrix
    query: Query
    # Per article: how many outlets ran its text (near copies are collapsed into one article).
    outlets: np.ndarray = field(default_factory=lambda: np.ones(0, dtype=np.int64))
    # Per sentence: an entry of a dated list (`LIST_ENTRIES` sentences of its article open
    # with the day they name).
    listed: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # Per sentence: the entry of a dated list it goes on with, or -1 (`_continued`); found once
    # here, as every stage of a build reads it (`dates.continued_entries`).
    continues: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # Per sentence: it holds its time expressions and nothing else (`_date_only`).
    date_only: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # Per sentence: the stretches of time coarser than a day it opens with, or that lie after
    # its article's publication (`period_of`, `_ahead`): a sentence without a day of its own
    # but naming another year, month or a coming week tells of that time.
    periods: list[tuple[tuple[dt.date, dt.date], ...]] = field(default_factory=list)

    @classmethod
    def build(cls, articles: Sequence[Article], query: Query | None = None,
              outlets: Sequence[int] | None = None, *, vectorize: bool = True) -> Corpus:
        """Collect the sentences of annotated articles, page furniture left out, and vectorize
        them; `outlets` says how many outlets ran each article (one each when not given).

        Without `vectorize`, `vectors` has no column: a saved timeline reads only the days and
        words of a batch of texts (it weighs their words with the whole collection's IDF
        later, see `dateline.saved`), and the batch's own TF-IDF costs it more than
        the rest of the batch's corpus."""
        query = query or Query.of(None)
        texts: list[str] = []
        article_of: list[int] = []
        position: list[int] = []
        mentions: list[tuple[Mention, ...]] = []
        listed: list[bool] = []
        date_only: list[bool] = []
        periods: list[tuple[tuple[dt.date, dt.date], ...]] = []
        for a, article in enumerate(articles):
            opens: list[bool] = []  # per sentence kept: whether it opens with a day it names
            for p, sentence in enumerate(article.sentences):
                if sentence.boilerplate:
                    continue
                texts.append(" ".join(sentence.text.split()))
                article_of.append(a)
                position.append(p)
                found: dict[dt.date, Mention] = {}
                first: tuple[int, Mention] | None = None  # the sentence's first day named
                timexes = _told(article, sentence)
                for timex in timexes:
                    m = mention_of(timex)
                    if m is None:
                        continue
                    if first is None or timex.start < first[0]:
                        first = (timex.start, m)
                    if m.date not in found or _RANK[m.kind] < _RANK[found[m.date].kind]:
                        found[m.date] = m  # a day named outright and counted to: named
                mentions.append(tuple(found.values()))
                periods.append(tuple(span for timex in timexes
                                     if (span := period_of(timex)) is not None
                                     and (_opens(article, sentence, timex.start) or _ahead(span, article))))
                date_only.append(_date_only(article, sentence))
                opens.append(first is not None and _opens_list_entry(article, sentence, *first))
            listed += opens if sum(opens) >= LIST_ENTRIES else [False] * len(opens)
        folded = [fold(t) for t in texts]  # once, for the query and the vectors alike
        from scipy import sparse

        return cls(
            articles=list(articles), texts=texts,
            article_of=np.asarray(article_of, dtype=np.int64),
            position=np.asarray(position, dtype=np.int64),
            words=np.asarray([len(t.split()) for t in texts], dtype=np.int64),
            mentions=mentions,
            matches=np.asarray([query.matches_folded(f, articles[a].lang) for f, a in zip(folded, article_of)],
                               dtype=bool),
            vectors=_vectorize(folded) if vectorize else sparse.csr_matrix((len(texts), 0), dtype=np.float32),
            query=query,
            outlets=np.asarray(outlets if outlets is not None else [1] * len(articles), dtype=np.int64),
            listed=np.asarray(listed, dtype=bool),
            continues=_continued(mentions, article_of, listed, periods),
            date_only=np.asarray(date_only, dtype=bool),
            periods=periods,
        )

    def __len__(self) -> int:
        return len(self.texts)

    def published(self, i: int) -> dt.date | None:
        """Publication date of sentence `i`'s article."""
        return self.articles[self.article_of[i]].date

    def summarizable(self, i: int) -> bool:
        """Whether sentence `i` may appear in a summary of the baselines (DATEWISE, CLUST, the
        name-match baseline): on topic and of a readable length."""
        low, high = SUMMARY_WORDS
        return bool(self.matches[i]) and low <= self.words[i] <= high

    def length_weights(self, collection: np.ndarray | None = None) -> np.ndarray:
        """Per sentence, a weight for summary scores that normalizes by length, with no word
        count fixed for any language: the collection's median sentence length over the
        sentence's (at most 1), so a long sentence must say more to win, since ROUGE F
        charges its extra words; and 0 for the collection's shortest tenth (headlines, date
        lines, captions), which are chosen only when nothing else is left.

        `collection` gives the lengths of the whole collection when this corpus holds only
        part of it (a saved timeline's best days); by default, this corpus's own."""
        lengths = self.words if collection is None else collection
        if not len(self.words) or not len(lengths):
            return np.ones(len(self.words))
        median = max(float(np.median(lengths)), 1.0)
        shortest = np.percentile(lengths, SHORTEST_PERCENTILE)
        return np.minimum(1.0, median / np.maximum(self.words, 1)) * (self.words >= shortest)


def _told(article: Article, sentence: Sentence) -> list[Timex]:
    """The sentence's time expressions but its wire dateline's date when it names a day of
    its own: "BALTIMORE, April 16 (Reuters) - Port officials said yesterday ..." tells of April
    15. The dateline's date is the day the story was filed, and counted as a day the sentence
    tells of, it took the sentence from the day it reports (the first day of the ranking takes a
    sentence naming several) and made the filing day the article's focus (`dates.focus_days`).

    A sentence whose only day is its dateline's keeps it: such a lead tells of the day it was
    filed (news reports the day's events, `dates.attached`), which a collection's publication
    date may not be. Leaving it out too made those 11 Spanish ML-Crisis lines undated leads
    (under the publication day and the day before): leave-one-topic-out AR1-F 0.2413 -> 0.2410,
    its `--sample 0.5` halves 0.1118 -> 0.1126 and 0.2237 -> 0.2229, Date-F1 the same (closing
    note of #11, session 24)."""
    wire = _dateline_date(article, sentence)
    if wire is None:
        return sentence.timexes
    own = [t for t in sentence.timexes if not (t.start < wire[1] and t.end > wire[0])]
    return own if any(mention_of(t) is not None for t in own) else sentence.timexes


def _dateline_date(article: Article, sentence: Sentence) -> tuple[int, int] | None:
    """The span of the date of a wire dateline opening the sentence, or None: the temporal
    stage's `opening_dateline`, the one pattern dating and the events stage read (a chronology's
    entry, "El 15 de marzo - ...", "On March 2 - ...", opens none)."""
    if not sentence.timexes or not article.lang:
        return None
    from dateline.temporal import available_languages, opening_dateline  # imported when first needed

    if article.lang not in available_languages():
        return None  # the temporal stage reads the datelines of the languages it has a file for
    opening = opening_dateline(article.text, article.lang, sentence.start)
    return None if opening is None else opening.date


def _opens(article: Article, sentence: Sentence, start: int) -> bool:
    """Whether the sentence opens with what starts at `start`: at most `ENTRY_LEAD_WORDS`
    words before it."""
    return len(words(article.text[sentence.start:start])) <= ENTRY_LEAD_WORDS


def _opens_list_entry(article: Article, sentence: Sentence, start: int, mention: Mention) -> bool:
    """Whether the sentence opens with the day it names first (`mention`, at `start`), named
    outright (`_opens`)."""
    return mention.stated and _opens(article, sentence, start)


def _continued(mentions: Sequence[tuple[Mention, ...]], article_of: Sequence[int],
               listed: Sequence[bool], periods: Sequence[Sequence[tuple[dt.date, dt.date]]]) -> np.ndarray:
    """Per sentence: the entry of a dated list (`listed`) it goes on with, or -1. A sentence
    without a day of its own after an entry goes on with it until its article's next entry
    ("29 de enero: Gadafi rectifica. Dice que..."): it tells of the entry's day. One naming
    another year or month ("Desde mediados de 2004, ...", `elsewhere`) ends the entry: it
    and the sentences after it tell of that time (a profile's "27 de abril de 1993" entry had
    its 2004 paragraph)."""
    entry = [-1] * len(mentions)
    last: dict[int, tuple[int, dt.date]] = {}  # article -> its last entry so far, and its day
    for i, (found, a, opens, spans) in enumerate(zip(mentions, article_of, listed, periods)):
        if opens:
            last[a] = (i, next(m.date for m in found if m.stated))
        elif not found and a in last:
            if elsewhere(spans, last[a][1]):
                del last[a]
            else:
                entry[i] = last[a][0]
    return np.asarray(entry, dtype=np.int64)


def _date_only(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence holds its time expressions and nothing else, but for at most
    `ENTRY_LEAD_WORDS` words before them (the article or preposition a tagger leaves out):
    "21 de abril de 2011.", "- 23 de mayo.", "Le 2 mars 2011". Such a line is a chronology's
    heading for its day or a page's date stamp: it says when, never what happened."""
    if not sentence.timexes:
        return False
    rest = list(article.text[sentence.start:sentence.end])
    for timex in sentence.timexes:
        for k in range(max(timex.start, sentence.start), min(timex.end, sentence.end)):
            rest[k - sentence.start] = " "
    first = max(min(t.start for t in sentence.timexes) - sentence.start, 0)
    before, after = "".join(rest[:first]), "".join(rest[first:])
    return len(words(before)) <= ENTRY_LEAD_WORDS and not _WORD_RE.search(after)


def preload() -> None:
    """Import scikit-learn's TF-IDF, which `Corpus.build` uses: the import alone costs 0.6–0.9 s
    CPU (scikit-learn imports scipy.stats, which builds its distributions' docstrings), a
    sixth of a 300-article timeline from raw text. A caller whose worker processes are still
    reading articles calls this meanwhile (`dateline timeline`), so the import overlaps the
    reading instead of following it; otherwise the first `Corpus.build` imports it."""
    import sklearn.feature_extraction.text  # noqa: F401 - imported for its cost, here


def _vectorize(texts: list[str]) -> sparse.csr_matrix:
    """L2-normalized TF-IDF rows of texts already folded (lower case, no accents); an empty
    or word-less collection gives an empty matrix."""
    from scipy import sparse

    if not texts:
        return sparse.csr_matrix((0, 0))
    from sklearn.feature_extraction.text import TfidfVectorizer  # imported when needed: see `preload`
    vectorizer = TfidfVectorizer(lowercase=False, sublinear_tf=True, dtype=np.float32)
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no word at all in the collection (only numbers or punctuation)
        return sparse.csr_matrix((len(texts), 0), dtype=np.float32)
