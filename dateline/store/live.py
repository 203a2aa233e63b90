"""Saved timelines that follow the corpus: after an ingest, a saved timeline is updated by
touching only the days the new articles speak of, and what changed is kept with the
articles that caused it.

Why the update gives exactly the timeline a computation from scratch gives (a test checks
it, and `benchmarks/saved.py` measures both): every statistic the default method
(`dateline.timeline.default`) reads is a sum over the collection's texts. Per day, the
texts voting for each ranking feature, referring to it, published on it (by outlets), with
an on-topic sentence about it; per word, the sentences holding it (the IDF); per length,
the sentences that long (the length weights). A saved timeline keeps each text's votes and
candidate sentences per day, and those sums. A new text adds its share; a text that gained
an outlet (a wire copy, whose representative date may change) has its day rows replaced.
What is not a sum is computed again from the sums every time: sizing, standardizing and
ranking the days (one row per day, cheap) and summarizing the best days. Every new text
changes the IDF, so the candidate sentences of the days summarized are vectorized again (from
their words, kept per sentence: one sparse product) and chosen again; that is most of an
update's cost. Each day's candidates with their words are also kept packed in one row, and the
document frequencies in one array: an update reads those, not thousands of rows. Only a day that gave nothing last time because each of its on-topic sentences
repeated one already shown is skipped unread, while an exact bound proves it still does
(`Live._still_repeating`).

A saved timeline follows every stored text that matches its query, language and range
(the `limit` of an interactive timeline does not apply). It is computed again whole when
an update could not be a sum: the Dateline code changed, a stored text was analysed again,
the collection gained a language (the query's function words depend on its languages),
the query matched nothing before (the timeline then used every sentence), or a text older
than some already in it joined it (its words come first in the term order the vectors
follow). Methods other than the default one (DATEWISE, CLUST) are computed again whole on
each update.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from dateline.model import Article, Timeline
from dateline.store.codec import iso, parse_day

if TYPE_CHECKING:
    from scipy import sparse

    from dateline.store.sqlite import SQLiteStore
    from dateline.timeline import Corpus, Query
    from dateline.timeline.base import Picks

# Texts analysed per batch when a saved timeline is computed from scratch: bounds memory.
BATCH = 500
# How a candidate sentence speaks of its day (the tiers of the default method's summaries).
# CONTINUED: an undated sentence going on with a list entry, in the first tier and the attached
# one (`timeline.dates.listed`, `timeline.dates.attached`).
LISTED, MENTIONED, ATTACHED, CONTINUED = 0, 1, 2, 3
# Days beyond the asked number whose candidates are read at first: some days end up with
# no summary (every sentence already said), and then all the others are read.
SPARE_DAYS = 8
# Articles named per change in the history ("because of"), at most.
CAUSES = 20
# The tables of the texts' shares (what `_add_texts` writes), as opposed to the per-day
# sums and the state derived from them.
_SHARES = ("timeline_texts", "timeline_votes", "timeline_candidates", "timeline_sentences",
           "timeline_terms", "timeline_lengths")
# What a known text's share is replaced in when it gained an outlet (its words stay counted).
_PER_DAY = ("timeline_votes", "timeline_candidates", "timeline_sentences")
# The tables that an older schema's saved timelines are computed again from (its history stays).
DERIVED = (*_SHARES, "timeline_days", "timeline_day_candidates", "timeline_state", "timeline_repeats")
# How far above the method's repeat bound a proven cosine must stay for a day to be skipped:
# far more than float32 rounding, so that a skipped day is one the method would skip too.
SPARE_COSINE = 1e-3
# One candidate of a day in `timeline_day_candidates`: its sentence (text, position), length in
# words, whether a summary may use it, how many (term, count) pairs it has, and its tier.
DAY_ROW = np.dtype([("text", "<i8"), ("n", "<i4"), ("words", "<i4"), ("on_topic", "i1"),
                    ("terms", "<i4"), ("tier", "i1")])

SCHEMA = """
CREATE TABLE IF NOT EXISTS timeline_state (
    timeline_id INTEGER PRIMARY KEY REFERENCES timelines(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,          -- the Dateline that computed it
    last_article INTEGER NOT NULL,      -- articles.id and sentences.id seen so far
    last_sentence INTEGER NOT NULL,
    langs TEXT NOT NULL,                -- JSON list: the collection's languages
    query_used INTEGER NOT NULL,        -- 0 when the query matched nothing (all sentences used)
    updated TEXT NOT NULL,
    df BLOB NOT NULL DEFAULT x''        -- per term number: sentences of the collection holding
                                        -- it, little-endian int32 (one read gives an update the IDF)
);
CREATE TABLE IF NOT EXISTS timeline_texts (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    text_id INTEGER NOT NULL,
    PRIMARY KEY (timeline_id, text_id)
) WITHOUT ROWID;
-- One text's evidence for one day: a bit per ranking feature (FEATURES order), then a bit
-- for "has an on-topic sentence about the day" and one for "refers to the day"; and its
-- publications on the day (outlets). A text has a row for its publication day even when it
-- says nothing of that day (bits 0): its publications count in the day's support.
CREATE TABLE IF NOT EXISTS timeline_votes (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    text_id INTEGER NOT NULL,
    bits INTEGER NOT NULL,
    publications INTEGER NOT NULL,
    PRIMARY KEY (timeline_id, day, text_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS timeline_votes_text ON timeline_votes(timeline_id, text_id);
CREATE TABLE IF NOT EXISTS timeline_days (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    counts TEXT NOT NULL,               -- JSON: texts per feature, on topic, referring; publications
    PRIMARY KEY (timeline_id, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS timeline_candidates (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    text_id INTEGER NOT NULL,
    n INTEGER NOT NULL,                 -- sentences.n
    tier INTEGER NOT NULL,              -- LISTED, MENTIONED, ATTACHED or CONTINUED
    PRIMARY KEY (timeline_id, day, text_id, n)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS timeline_candidates_text ON timeline_candidates(timeline_id, text_id);
CREATE TABLE IF NOT EXISTS timeline_terms (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    term TEXT NOT NULL,
    number INTEGER NOT NULL,            -- its number in timeline_sentences.terms and timeline_state.df
    PRIMARY KEY (timeline_id, term)
) WITHOUT ROWID;
-- The candidate sentences' words, kept so that an update vectorizes them with the new IDF
-- without reading or splitting their texts again.
CREATE TABLE IF NOT EXISTS timeline_sentences (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    text_id INTEGER NOT NULL,
    n INTEGER NOT NULL,                 -- sentences.n
    words INTEGER NOT NULL,             -- its length in words
    on_topic INTEGER NOT NULL,          -- 1 when a summary may use it (`timeline.dates.on_topic`)
    terms BLOB NOT NULL,                -- (term number, count) pairs, little-endian int32
    PRIMARY KEY (timeline_id, text_id, n)
) WITHOUT ROWID;
-- A day's candidate sentences as `Live._days_corpus` reads them, packed (`_pack_day`): a
-- cache of timeline_candidates joined with timeline_sentences, dropped when an update touches
-- the day. One row per day instead of one per candidate: an update reads ~40 days of some
-- 400 candidates each, and row by row (a join scattered over the file) that read cost it more
-- than all the rest of its work.
CREATE TABLE IF NOT EXISTS timeline_day_candidates (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    candidates BLOB NOT NULL,           -- DAY_ROW records
    terms BLOB NOT NULL,                -- their terms, one after the other (as timeline_sentences.terms)
    PRIMARY KEY (timeline_id, day)
);
CREATE TABLE IF NOT EXISTS timeline_lengths (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    words INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    PRIMARY KEY (timeline_id, words)
) WITHOUT ROWID;
-- Days the last computation read that summarized nothing because each of their on-topic
-- candidates repeats a sentence already in the timeline: the least of those cosines, the IDF
-- they were computed with (collection size; the candidates' and repeated sentences' terms with
-- their document frequencies then), and the repeated sentences. See `Live._still_repeating`.
CREATE TABLE IF NOT EXISTS timeline_repeats (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    sentences INTEGER NOT NULL,
    least REAL NOT NULL,
    repeated BLOB NOT NULL,             -- (text_id, n) pairs, little-endian int64
    terms BLOB NOT NULL,                -- (term number, df) pairs, little-endian int32
    PRIMARY KEY (timeline_id, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS timeline_changes (
    id INTEGER PRIMARY KEY,
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    change TEXT NOT NULL,               -- created, recomputed, appeared, changed, disappeared
    day TEXT,
    before TEXT, after TEXT,            -- the entry's sentences (JSON), before and after
    because TEXT NOT NULL               -- JSON list of the new articles behind it
);
CREATE INDEX IF NOT EXISTS timeline_changes_timeline ON timeline_changes(timeline_id, id);
"""


@dataclass(frozen=True, slots=True)
class Params:
    """What a saved timeline is of, in the HTTP API's words (`q`, `from`, `to`, ...)."""

    q: tuple[str, ...] = ()
    method: str = "dateline"
    dates: int | None = None
    sentences: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    lang: str | None = None

    @classmethod
    def of(cls, data: dict[str, Any]) -> Params:
        """From saved JSON; unknown keys (an interactive timeline's `limit`) are ignored."""
        from dateline.timeline import METHODS

        method = data.get("method") or "dateline"
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
        return cls(tuple(data.get("q") or ()), method, data.get("dates"), data.get("sentences"),
                   parse_day(data.get("from")), parse_day(data.get("to")), data.get("lang"))

    def as_dict(self) -> dict[str, Any]:
        found = {"q": list(self.q), "method": self.method, "dates": self.dates,
                 "sentences": self.sentences, "from": iso(self.start), "to": iso(self.end),
                 "lang": self.lang}
        return {k: v for k, v in found.items() if v is not None}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Live:
    """Computes and updates the saved timelines of one SQLite store (see module docstring)."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store

    # -- entry points -------------------------------------------------------------------------

    def create(self, db: sqlite3.Connection, name: str, params: Params) -> int:
        """Save a timeline under `name` and compute it; its id."""
        timeline_id = int(db.execute("INSERT INTO timelines (name, created, params) VALUES (?, ?, ?)",
                                     (name, _now(), json.dumps(params.as_dict(), ensure_ascii=False))
                                     ).lastrowid)
        self._rebuild(db, timeline_id, params, "created")
        return timeline_id

    def update(self, db: sqlite3.Connection, timeline_id: int, params: Params) -> int:
        """Bring one saved timeline up to date with the corpus; the number of changes."""
        from dateline.store.sqlite import fingerprint

        state = db.execute("SELECT fingerprint, last_article, last_sentence, langs, query_used "
                           "FROM timeline_state WHERE timeline_id = ?", (timeline_id,)).fetchone()
        if state is None or state[0] != fingerprint():
            return self._rebuild(db, timeline_id, params, "recomputed", reason="Dateline changed")
        _, last_article, last_sentence, langs, query_used = state
        new_rows = db.execute("SELECT id, text_id FROM articles WHERE id > ?", (last_article,)).fetchall()
        # Not DISTINCT: SQLite would then scan every text's index instead of the new rows.
        reindexed = {r[0] for r in db.execute("SELECT text_id FROM sentences WHERE id > ?", (last_sentence,))}
        members = set(self.store.collection(params.q, start=params.start, end=params.end,
                                            lang=params.lang,
                                            among=sorted({r[1] for r in new_rows} | reindexed)))
        if not members:
            self._mark_seen(db, timeline_id)
            return 0
        known = {r[0] for r in select_in(db, "SELECT text_id FROM timeline_texts WHERE timeline_id = ? "
                                       "AND text_id IN ({})", [timeline_id], sorted(members))}
        langs_now = sorted(set(json.loads(langs)) | {r[0] for r in select_in(
            db, "SELECT DISTINCT lang FROM texts WHERE id IN ({})", [], sorted(members - known)) if r[0]})
        query = self._query(params, langs_now, True)
        causes = self._causes(db, [r[0] for r in new_rows if r[1] in members])
        if params.method != "dateline":
            return self._rebuild(db, timeline_id, params, "recomputed", causes=causes,
                                 reason=f"{params.method} is computed again whole")
        # The query's function words are those of the collection's languages: a new language
        # that drops another term changes every text's share.
        if known & reindexed or query != self._query(params, json.loads(langs), True) or not query_used:
            return self._rebuild(db, timeline_id, params, "recomputed", causes=causes,
                                 reason="a stored text was analysed again, the query reads differently "
                                        "in the collection's new language, or it had matched nothing")
        # Terms are numbered in the order they first come in the collection, its texts by id
        # (`_number_terms`): an older text joining it (a copy dated it into the range) comes
        # before texts already counted.
        last = db.execute("SELECT max(text_id) FROM timeline_texts WHERE timeline_id = ?", (timeline_id,)).fetchone()[0]
        if members - known and last is not None and min(members - known) < last:
            return self._rebuild(db, timeline_id, params, "recomputed", causes=causes,
                                 reason="a text older than some of the timeline's joined it")
        db.execute("UPDATE timeline_state SET langs = ? WHERE timeline_id = ?",
                   (json.dumps(langs_now), timeline_id))
        # Not DISTINCT: SQLite would then read all the timeline's rows in day order.
        old_days = {table: {r[0] for r in select_in(
            db, f"SELECT day FROM {table} WHERE timeline_id = ? AND text_id IN ({{}})", [timeline_id], sorted(known))}
            for table in ("timeline_votes", "timeline_candidates")}
        for table in _PER_DAY:
            select_in(db, f"DELETE FROM {table} WHERE timeline_id = ? AND text_id IN ({{}})",
                [timeline_id], sorted(known))
        touched = self._add_texts(db, timeline_id, sorted(members), query, params,
                                  fresh=members - known) | old_days["timeline_votes"] | old_days["timeline_candidates"]
        self._aggregate(db, timeline_id, touched)
        self._repack(db, timeline_id, known, members - known, old_days["timeline_candidates"])
        self._mark_seen(db, timeline_id)
        result = self._compute(db, timeline_id, params, query, False, touched=touched)
        return self._record(db, timeline_id, result, causes)

    # -- computing from scratch -----------------------------------------------------------------

    def _rebuild(self, db: sqlite3.Connection, timeline_id: int, params: Params, change: str, *,
                 reason: str | None = None, causes: Sequence[dict[str, Any]] = ()) -> int:
        """Forget the kept sums, compute them from every text of the collection, and record
        what changed; the number of changes."""
        for table in DERIVED:
            db.execute(f"DELETE FROM {table} WHERE timeline_id = ?", (timeline_id,))
        self._mark_seen(db, timeline_id, insert=True)
        if params.method == "dateline":
            ids = self.store.collection(params.q, start=params.start, end=params.end, lang=params.lang)
            langs = sorted({r[0] for r in select_in(db, "SELECT DISTINCT lang FROM texts WHERE id IN ({})",
                                              [], ids) if r[0]})
            query = self._query(params, langs, True)
            self._add_texts(db, timeline_id, ids, query, params, fresh=set(ids))
            fallback = bool(query) and bool(ids) and not self._matched(db, timeline_id, query)
            if fallback:  # as `timeline.prepare` does: every sentence is on topic
                for table in _SHARES:
                    db.execute(f"DELETE FROM {table} WHERE timeline_id = ?", (timeline_id,))
                db.execute("UPDATE timeline_state SET df = x'' WHERE timeline_id = ?", (timeline_id,))
                query = self._query(params, langs, False)
                self._add_texts(db, timeline_id, ids, query, params, fresh=set(ids))
            db.execute("UPDATE timeline_state SET langs = ?, query_used = ? WHERE timeline_id = ?",
                       (json.dumps(langs), int(not fallback), timeline_id))
            self._aggregate(db, timeline_id, None)
            result = self._compute(db, timeline_id, params, query, fallback)
        else:
            result = self._whole(params)
        db.execute("INSERT INTO timeline_changes (timeline_id, at, change, day, before, after, because) "
                   "VALUES (?, ?, ?, NULL, NULL, ?, ?)",
                   (timeline_id, _now(), change, json.dumps(reason),
                    json.dumps(list(causes), ensure_ascii=False)))
        return 1 + self._record(db, timeline_id, result, causes)

    def _whole(self, params: Params) -> Timeline:
        """DATEWISE or CLUST over the whole collection: they are not sums of their texts."""
        from dateline.timeline import build

        ids = self.store.collection(params.q, start=params.start, end=params.end, lang=params.lang)
        stored = self.store._stored(ids)
        return build([s.article for s in stored], query=list(params.q), dates=params.dates,
                     sentences=params.sentences, start=params.start, end=params.end,
                     method=params.method, outlets=[len(s.outlets) for s in stored])

    @staticmethod
    def _query(params: Params, langs: Iterable[str], used: bool) -> Query:
        from dateline.timeline import Query

        return Query.of(list(params.q) if used else None, set(langs) or None)

    def _matched(self, db: sqlite3.Connection, timeline_id: int, query: Query) -> bool:
        """Whether any candidate sentence of the collection matches the query (see
        `timeline.prepare`, which then uses every sentence)."""
        from dateline.ingest import fold

        rows = db.execute("SELECT s.text FROM timeline_texts m JOIN sentences s ON s.text_id = m.text_id "
                          "WHERE m.timeline_id = ?", (timeline_id,))
        return any(query.matches_folded(fold(" ".join(r[0].split()))) for r in rows)

    # -- each text's share ----------------------------------------------------------------------

    def _add_texts(self, db: sqlite3.Connection, timeline_id: int, ids: Sequence[int], query: Query,
                   params: Params, *, fresh: set[int]) -> set[str]:
        """Keep the day votes and candidate sentences of these texts, and add the words and
        lengths of the `fresh` ones (new to the collection) to the sums; the days touched."""
        from dateline.ingest import fold
        from dateline.timeline import Corpus, Size
        from dateline.timeline import dates as day_index
        from dateline.timeline.features import FEATURES, day_voters

        bounds = Size(1, 1, params.start, params.end)
        analyzer = _analyzer()
        touched: set[str] = set()
        for i in range(0, len(ids), BATCH):
            stored = self.store._stored(ids[i:i + BATCH])
            corpus = Corpus.build([s.article for s in stored], query, [len(s.outlets) for s in stored],
                                  vectorize=False)
            text_of = [s.id for s in stored]
            bits: dict[tuple[dt.date, int], int] = defaultdict(int)
            for (day, feature), voters in day_voters(corpus, bounds).items():
                for a in voters:
                    bits[(day, a)] |= 1 << FEATURES.index(feature)
            on_topic, refers = 1 << len(FEATURES), 1 << (len(FEATURES) + 1)
            topical = day_index.on_topic(corpus)
            candidates: list[tuple[Any, ...]] = []
            tiers = ((day_index.mentioned(corpus, bounds), None),
                     (day_index.attached(corpus, bounds), ATTACHED))
            # The default method's first tier, as it finds it (`Dateline.pick`).
            listed = {(day, s) for day, found in day_index.listed(corpus, bounds).items() for s in found}
            for index, tier in tiers:
                for day, sentences in index.items():
                    for s in sentences:
                        a = int(corpus.article_of[s])
                        if tier is None:
                            bits[(day, a)] |= refers
                        if topical[s]:
                            bits[(day, a)] |= on_topic
                        first = (day, s) in listed
                        kind = (CONTINUED if first else ATTACHED) if tier is not None else LISTED if first else MENTIONED
                        candidates.append((timeline_id, day.isoformat(), text_of[a],
                                           int(corpus.position[s]), kind, s))
                        touched.add(day.isoformat())
            # A text published on a day counts in the day's support (`timeline.size.support`)
            # whether or not it says anything of it.
            for a, article in enumerate(corpus.articles):
                if article.date is not None and bounds.allows(article.date):
                    bits.setdefault((article.date, a), 0)
            votes = []
            for (day, a), value in bits.items():
                article = corpus.articles[a]
                published = int(corpus.outlets[a]) if article.date == day else 0
                votes.append((timeline_id, day.isoformat(), text_of[a], value, published))
                touched.add(day.isoformat())
            db.executemany("INSERT INTO timeline_votes VALUES (?, ?, ?, ?, ?)", votes)
            db.executemany("INSERT INTO timeline_candidates VALUES (?, ?, ?, ?, ?)",
                           [c[:-1] for c in candidates])
            new = [a for a, tid in enumerate(text_of) if tid in fresh]
            counted = np.flatnonzero(np.isin(corpus.article_of, new))  # the sentences new to the sums
            chosen = sorted({c[-1] for c in candidates})
            words = {s: analyzer(fold(corpus.texts[s])) for s in {*counted.tolist(), *chosen}}
            df: Counter[str] = Counter()  # in the order the terms first come in the collection
            for s in counted:
                df.update(dict.fromkeys(words[s], 1))
            number = self._number_terms(db, timeline_id, df, {t for s in chosen for t in words[s]})
            db.executemany("INSERT INTO timeline_sentences VALUES (?, ?, ?, ?, ?, ?)", [
                (timeline_id, text_of[int(corpus.article_of[s])], int(corpus.position[s]), int(corpus.words[s]),
                 int(topical[s]), pack_terms(Counter(number[t] for t in words[s])))
                for s in chosen])
            if not new:
                continue
            db.executemany("INSERT INTO timeline_texts VALUES (?, ?)",
                           [(timeline_id, text_of[a]) for a in new])
            lengths = Counter(corpus.words[counted].tolist())
            db.executemany("INSERT INTO timeline_lengths VALUES (?, ?, ?) ON CONFLICT DO UPDATE "
                           "SET sentences = sentences + excluded.sentences",
                           [(timeline_id, w, n) for w, n in lengths.items()])
        return touched

    @staticmethod
    def _number_terms(db: sqlite3.Connection, timeline_id: int, df: Counter[str],
                      needed: set[str]) -> dict[str, int]:
        """Add `df` to the collection's document frequencies, giving new terms the next
        numbers in the order `df` has them; the numbers of those terms and of the `needed` ones
        (already counted). Numbered in the order terms first come in the collection (its texts
        by id), a sentence's terms sorted by number are in the order `Corpus.build`'s TF-IDF
        rows hold them (scikit-learn numbers terms as they come, then renames them in
        alphabetical order without sorting the rows again), so that sums over a row (norms,
        dot products) round the same way and ties between sentences are broken the same way."""
        terms = sorted(needed | df.keys())
        number = dict(select_in(db, "SELECT term, number FROM timeline_terms WHERE timeline_id = ? AND term IN ({})",
                          [timeline_id], terms))
        counted = _df(db, timeline_id)
        unknown = [t for t in df if t not in number]
        number.update(zip(unknown, range(len(counted), len(counted) + len(unknown))))
        db.executemany("INSERT INTO timeline_terms (timeline_id, term, number) VALUES (?, ?, ?)",
                       [(timeline_id, t, number[t]) for t in unknown])
        counted = np.concatenate([counted, np.zeros(len(unknown), dtype=np.int64)])
        np.add.at(counted, np.asarray([number[t] for t in df], dtype=np.int64),
                  np.asarray(list(df.values()), dtype=np.int64))
        db.execute("UPDATE timeline_state SET df = ? WHERE timeline_id = ?",
                   (counted.astype("<i4").tobytes(), timeline_id))
        return number

    def _aggregate(self, db: sqlite3.Connection, timeline_id: int, days: set[str] | None) -> None:
        """The per-day sums of the given days (every day when None) from the texts' votes."""
        from dateline.timeline.features import FEATURES

        sums = ", ".join(f"sum((bits >> {k}) & 1)" for k in range(len(FEATURES) + 2))
        select = f"SELECT day, {sums}, sum(publications) FROM timeline_votes WHERE timeline_id = ?"
        if days is None:
            db.execute("DELETE FROM timeline_days WHERE timeline_id = ?", (timeline_id,))
            rows = db.execute(select + " GROUP BY day", (timeline_id,)).fetchall()
        else:
            select_in(db, "DELETE FROM timeline_days WHERE timeline_id = ? AND day IN ({})", [timeline_id],
                sorted(days))
            rows = select_in(db, select + " AND day IN ({}) GROUP BY day", [timeline_id], sorted(days))
        db.executemany("INSERT INTO timeline_days VALUES (?, ?, ?)",
                       [(timeline_id, r[0], json.dumps(r[1:])) for r in rows])

    # -- the timeline from the sums -------------------------------------------------------------
    def _compute(self, db: sqlite3.Connection, timeline_id: int, params: Params, query: Query,
                 fallback: bool, touched: set[str] | None = None) -> Timeline:
        """Size, rank and summarize from the kept sums, as `timeline.build` does from a corpus.

        A day that summarized nothing last time, because each of its on-topic candidates
        repeated a sentence already in the timeline, is skipped unread when the update did
        not touch it, those sentences are in the timeline again, and the new IDF cannot have
        brought any of those cosines down to the method's bound (`_still_repeating`)."""
        from dateline.timeline import shortfalls
        from dateline.timeline.base import to_timeline
        from dateline.timeline.default import Dateline, ranked
        from dateline.timeline.features import FEATURES, feature_rows
        from dateline.timeline.ranker import shipped
        from dateline.timeline.size import size_from_support

        per_day = {dt.date.fromisoformat(day): json.loads(counts) for day, counts in db.execute(
            "SELECT day, counts FROM timeline_days WHERE timeline_id = ?", (timeline_id,))}
        texts = db.execute("SELECT count(*) FROM timeline_texts WHERE timeline_id = ?",
                           (timeline_id,)).fetchone()[0]
        features = len(FEATURES)
        support = {day: c[features + 1] + c[features + 2] for day, c in per_day.items()
                   if c[features + 1] + c[features + 2]}
        size = size_from_support(support, texts, dates=params.dates, sentences=params.sentences,
                                 start=params.start, end=params.end)
        days = sorted(day for day, c in per_day.items() if size.allows(day) and c[features])
        counts = {day: dict(zip(FEATURES, per_day[day][:features])) for day in days}
        scores = dict(zip(days, shipped().scores(feature_rows(counts, days)).tolist()))
        order = ranked(scores)
        lengths = db.execute("SELECT words, sentences FROM timeline_lengths WHERE timeline_id = ?",
                             (timeline_id,)).fetchall()
        collection = np.repeat(np.asarray([w for w, _ in lengths], dtype=np.int64),
                               [n for _, n in lengths])
        method = Dateline()
        bound = method.repeat_similarity + SPARE_COSINE
        repeating = self._still_repeating(db, timeline_id, touched, int(collection.size), bound)
        reach = size.dates + SPARE_DAYS + len(repeating)  # days known to repeat cost nothing to pass
        while True:
            read = self._days_corpus(db, timeline_id, [d for d in order[:reach] if d not in repeating],
                                     query, int(collection.size))
            skipper = _Skipper(repeating, read.keys)
            try:
                picks = method.summarize(read.corpus, size, order[:reach], listed=read.listed,
                                         mentioned=read.mentioned, attached=read.attached,
                                         weights=read.corpus.length_weights(collection), skip=skipper)
            except _Unread as unread:
                # Its repeated sentences left the timeline: read it, and with it every repeating
                # day whose repeated sentences are not all in the timeline so far. The next pass
                # summarizes the days before this one the same way, and the timeline only grows,
                # so the days kept still repeat then: one pass more at most, not one per day.
                repeating = {day: repeated for day, repeated in repeating.items()
                             if day != unread.day and repeated <= skipper.in_timeline}
                continue
            if len(picks) == size.dates or reach >= len(order):
                break
            reach = len(order)  # days that summarize nothing are rare: take all the rest at once
        last = max((order.index(day) for day, _ in picks), default=-1) if len(picks) == size.dates else reach - 1
        self._keep_repeats(db, timeline_id, read, [d for d in order[:last + 1] if d not in skipper.skipped],
                           picks, bound, int(collection.size))
        timeline = to_timeline(*self._cite(db, query, read.keys, picks), method.name)
        timeline.notes = self._notes(params, query, texts, fallback)
        if texts and not timeline.entries:
            timeline.notes.append("no sentence refers to a day in the requested range")
        timeline.notes += shortfalls(timeline, size, asked_dates=params.dates is not None)
        return timeline

    @staticmethod
    def _still_repeating(db: sqlite3.Connection, timeline_id: int, touched: set[str] | None,
                         sentences: int, bound: float) -> dict[dt.date, set[tuple[int, int]]]:
        """The days kept in `timeline_repeats` that still summarize nothing while their
        repeated sentences are in the timeline; for each, those sentences.

        Why it is exact: rows are L2-normalized sublinear counts times the IDF, so when every
        term's IDF is multiplied by a factor between r_min and r_max, a cosine between two
        sentences (non-negative rows) is at least its old value times (r_min / r_max)². A day
        is kept when its least cosine, so lowered over its own terms, stays above the bound,
        and no candidate of it came or went since (the days an update touches are forgotten)."""
        if touched is None:
            return {}
        # What was known of a touched day goes now, whether or not this walk reaches it.
        select_in(db, "DELETE FROM timeline_repeats WHERE timeline_id = ? AND day IN ({})", [timeline_id],
            sorted(touched))
        rows = db.execute("SELECT day, sentences, least, repeated, terms FROM timeline_repeats "
                          "WHERE timeline_id = ?", (timeline_id,)).fetchall()
        if not rows:
            return {}
        pairs = np.frombuffer(b"".join(r[4] for r in rows), dtype="<i4").reshape(-1, 2).astype(np.int64)
        df_now = _df(db, timeline_id)
        held = np.asarray([len(r[4]) // 8 for r in rows], dtype=np.int64)  # terms kept per day
        then = np.repeat([r[1] for r in rows], held)
        ratio = (np.log((1 + sentences) / (1 + df_now[pairs[:, 0]])) + 1) / (
            np.log((1 + then) / (1 + pairs[:, 1])) + 1)
        starts = np.cumsum(held) - held
        has_terms = held > 0
        spread = np.ones(len(rows))  # (r_min / r_max)² per day; a day without terms has none
        if ratio.size:
            spread[has_terms] = (np.minimum.reduceat(ratio, starts[has_terms])
                                 / np.maximum.reduceat(ratio, starts[has_terms])) ** 2
        return {dt.date.fromisoformat(day): {(int(t), int(n)) for t, n in
                                             np.frombuffer(repeated, dtype="<i8").reshape(-1, 2).tolist()}
                for (day, _, least, repeated, _), lowered in zip(rows, spread) if least * lowered > bound}

    @staticmethod
    def _keep_repeats(db: sqlite3.Connection, timeline_id: int, read: _Days, summarized: Sequence[dt.date],
                      picks: Picks, bound: float, sentences: int) -> None:
        """Of the days just summarized (in order), keep in `timeline_repeats` those that gave
        nothing because each on-topic candidate repeats a sentence already in the timeline
        (its cosine with one is above the bound), for `_still_repeating` to skip next time."""
        chosen = dict(picks)
        vectors = read.corpus.vectors
        before: list[int] = []
        kept = []
        for day in summarized:
            if day in chosen:
                before += chosen[day]
                continue
            own = [i for i in dict.fromkeys(read.mentioned.get(day, []) + read.attached.get(day, []))
                   if read.corpus.matches[i]]
            if own and not before:
                continue
            repeated: list[int] = []
            least = 2.0  # no on-topic candidate: nothing to summarize at any IDF
            if own:
                similar = (vectors[own] @ vectors[before].T).toarray()
                least = float(similar.max(axis=1).min())
                repeated = sorted({before[j] for j in similar.argmax(axis=1).tolist()})
            if least <= bound:
                continue
            columns = np.unique(vectors[own + repeated].indices)
            kept.append((timeline_id, day.isoformat(), sentences, least,
                         np.asarray([read.keys[i] for i in repeated], dtype="<i8").reshape(-1, 2).tobytes(),
                         np.stack([read.numbers[columns], read.df[columns]], axis=1).astype("<i4").tobytes()))
        select_in(db, "DELETE FROM timeline_repeats WHERE timeline_id = ? AND day IN ({})", [timeline_id],
            [d.isoformat() for d in summarized])
        db.executemany("INSERT INTO timeline_repeats VALUES (?, ?, ?, ?, ?, ?)", kept)

    def _days_corpus(self, db: sqlite3.Connection, timeline_id: int, days: Sequence[dt.date],
                     query: Query, sentences: int) -> _Days:
        """What summarizing `days` reads: a corpus of their candidate sentences, vectorized
        with the whole collection's IDF from their kept words, and which of them speak of
        each day, by tier. (Its texts, articles and mentions are left empty: summarizing does
        not read them; `_cite` reads the texts of the sentences chosen.)"""
        from dateline.timeline import Corpus

        packed = self._packed_days(db, timeline_id, days)
        records = [np.frombuffer(candidates, dtype=DAY_ROW) for candidates, _ in packed]
        rows = np.concatenate(records) if records else np.zeros(0, dtype=DAY_ROW)
        day = np.repeat(np.arange(len(days), dtype=np.int64), [len(r) for r in records])
        # In arrays, not row by row: a topic's update reads some 10,000 candidates.
        tid, n = rows["text"].astype(np.int64), rows["n"].astype(np.int64)
        # Sentences in corpus order, as `Corpus.build` lists them: by text, then position.
        _, first, number = np.unique((tid << 32) | n, return_index=True, return_inverse=True)
        read = _Days(_Keys(tid[first], n[first]))
        tier = rows["tier"]
        for index, wanted in ((read.attached, (tier == ATTACHED) | (tier == CONTINUED)),
                              (read.mentioned, (tier == LISTED) | (tier == MENTIONED)),
                              (read.listed, (tier == LISTED) | (tier == CONTINUED))):
            found_day, found = day[wanted], number[wanted]
            order = np.lexsort((found, found_day))
            found_day, found = found_day[order], found[order]
            starts = np.flatnonzero(np.diff(found_day, prepend=-1))
            for k, sentences_of_day in zip(found_day[starts].tolist(), np.split(found, starts[1:])):
                index[days[k]] = sentences_of_day.tolist()
        # Each sentence's (term, count) pairs, from its first candidate row.
        held = rows["terms"].astype(np.int64)
        pairs = np.frombuffer(b"".join(terms for _, terms in packed), dtype="<i4").reshape(-1, 2)
        own = held[first]
        take = np.repeat((np.cumsum(held) - held)[first] - (np.cumsum(own) - own), own) + np.arange(own.sum())
        vectors, read.numbers, read.df = self._vectors(db, timeline_id, pairs[take], own, sentences)
        read.corpus = Corpus(
            articles=[], texts=[""] * len(first),
            article_of=np.zeros(len(first), dtype=np.int64),
            position=n[first],
            words=rows["words"][first].astype(np.int64),
            mentions=[()] * len(first),
            matches=rows["on_topic"][first].astype(bool),
            vectors=vectors, query=query)
        return read

    @staticmethod
    def _packed_days(db: sqlite3.Connection, timeline_id: int,
                     days: Sequence[dt.date]) -> list[tuple[bytes, bytes]]:
        """Each day's candidates as `timeline_day_candidates` keeps them (`DAY_ROW` records,
        their terms); the days not kept there are packed from their rows, and kept."""
        wanted = [d.isoformat() for d in days]
        kept = {r[0]: (r[1], r[2]) for r in select_in(
            db, "SELECT day, candidates, terms FROM timeline_day_candidates WHERE timeline_id = ? "
                "AND day IN ({})", [timeline_id], wanted)}
        missing = [d for d in wanted if d not in kept]
        if missing:
            packed = _pack(select_in(db, _CANDIDATE_ROWS.format("day"), [timeline_id], missing))
            kept.update((day, packed.get(day, (b"", b""))) for day in missing)
            db.executemany("INSERT INTO timeline_day_candidates VALUES (?, ?, ?, ?)",
                           [(timeline_id, day, *kept[day]) for day in missing])
        return [kept[day] for day in wanted]

    @staticmethod
    def _repack(db: sqlite3.Connection, timeline_id: int, known: set[int], fresh: set[int],
                forget: set[str]) -> None:
        """Keep the packed days true to the candidate rows after an update: a day a known text
        had candidates on (`forget`) or has now is dropped, to be packed again when read; the
        fresh texts' candidates are added at the end of the packed days they speak of (their
        ids come after those of every text in the timeline, and packing is in id order)."""
        forget = forget | {r[0] for r in select_in(
            db, "SELECT day FROM timeline_candidates WHERE timeline_id = ? AND text_id IN ({})",
            [timeline_id], sorted(known))}
        select_in(db, "DELETE FROM timeline_day_candidates WHERE timeline_id = ? AND day IN ({})",
                  [timeline_id], sorted(forget))
        added = _pack(select_in(db, _CANDIDATE_ROWS.format("text_id"), [timeline_id], sorted(fresh)))
        db.executemany("UPDATE timeline_day_candidates SET candidates = CAST(candidates || ? AS BLOB), "
                       "terms = CAST(terms || ? AS BLOB) "
                       "WHERE timeline_id = ? AND day = ?",
                       [(*packed, timeline_id, day) for day, packed in added.items() if day not in forget])

    def _cite(self, db: sqlite3.Connection, query: Query, keys: _Keys,
              picks: Picks) -> tuple[Corpus, Picks]:
        """The chosen sentences, with their texts and articles, as a corpus of their own, and
        the picks numbered in it: what `to_timeline` reads."""
        from scipy import sparse

        from dateline.timeline import Corpus

        chosen = list(dict.fromkeys(keys[i] for _, sentences in picks for i in sentences))
        number = {key: i for i, key in enumerate(chosen)}
        text = dict(((r[0], r[1]), r[2]) for r in select_in(
            db, "SELECT text_id, n, text FROM sentences WHERE text_id IN ({})", [],
            sorted({tid for tid, _ in chosen})))
        texts = [" ".join(text[key].split()) for key in chosen]
        text_ids = list(dict.fromkeys(tid for tid, _ in chosen))
        article_of = {tid: a for a, tid in enumerate(text_ids)}
        outlets = self.store._outlets(text_ids)
        articles = [Article(id=str(tid), text="", date=outlets[tid][0].date, title=outlets[tid][0].title,
                            url=outlets[tid][0].url, path=outlets[tid][0].source,
                            date_inferred=outlets[tid][0].date_how == "inferred",
                            date_confidence=outlets[tid][0].date_confidence) for tid in text_ids]
        corpus = Corpus(
            articles=articles, texts=texts,
            article_of=np.asarray([article_of[tid] for tid, _ in chosen], dtype=np.int64),
            position=np.asarray([n for _, n in chosen], dtype=np.int64),
            words=np.asarray([len(t.split()) for t in texts], dtype=np.int64),
            mentions=[() for _ in chosen], matches=np.ones(len(chosen), dtype=bool),
            vectors=sparse.csr_matrix((len(chosen), 0), dtype=np.float32), query=query,
            outlets=np.asarray([len(outlets[tid]) for tid in text_ids], dtype=np.int64))
        return corpus, [(day, [number[keys[i]] for i in sentences]) for day, sentences in picks]

    @staticmethod
    def _vectors(db: sqlite3.Connection, timeline_id: int, pairs: np.ndarray, held: np.ndarray,
                 sentences: int) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
        """TF-IDF rows of sentences from their kept words (`pairs` of term number and count,
        `held[i]` of them for sentence i, one after the other), with the collection's document
        frequencies: what `Corpus.build` gives them when it vectorizes the whole collection
        (same smoothing, sublinear counts and L2 norm, done by scikit-learn with the IDF
        given; each row's terms in the order `Corpus.build`'s row holds them: see
        `_number_terms`); and each column's term number and document frequency."""
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfTransformer

        counted = _df(db, timeline_id)
        # The terms used, by a mask over every term number: `np.unique` sorts (or hashes) the
        # 200,000 pairs of a topic's update, twenty times slower.
        present = np.zeros(len(counted), dtype=bool)
        present[pairs[:, 0]] = True
        used = np.flatnonzero(present)
        if not used.size:
            return sparse.csr_matrix((len(held), 0), dtype=np.float32), used, used
        df = counted[used]
        column = np.cumsum(present) - 1
        counts = sparse.csr_matrix(
            (pairs[:, 1].astype(np.float32), column[pairs[:, 0]], np.concatenate([[0], np.cumsum(held)])),
            shape=(len(held), len(used)), dtype=np.float32)
        counts.sort_indices()
        transformer = TfidfTransformer(sublinear_tf=True)
        # In float32 and in the steps of scikit-learn's `fit` on float32 counts, as `Corpus.build`
        # gets it: an IDF rounded otherwise moves the vectors by ~1e-8, and that decides between
        # two sentences of equal score (same template, words of equal IDF).
        smoothed = df.astype(np.float32) + np.float32(1)
        transformer.idf_ = np.full_like(smoothed, sentences + 1)
        transformer.idf_ /= smoothed
        np.log(transformer.idf_, out=transformer.idf_)
        transformer.idf_ += np.float32(1)
        return transformer.transform(counts, copy=False).tocsr(), used, df

    @staticmethod
    def _notes(params: Params, query: Query, texts: int, fallback: bool) -> list[str]:
        """What limited the timeline, as `timeline.prepare` says it."""
        notes = []
        if not texts:
            notes.append("no stored article matches this timeline yet")
        if query.dropped:
            notes.append(f"query term(s) {', '.join(map(repr, query.dropped))} left out: made only of "
                         "words such as 'of' or 'the', they would match nearly every sentence")
        if fallback:
            notes.append(f"the query ({', '.join(params.q)}) matches no sentence; "
                         "the timeline uses every sentence instead")
        return notes

    # -- history --------------------------------------------------------------------------------

    def _causes(self, db: sqlite3.Connection, article_rows: Sequence[int]) -> list[dict[str, Any]]:
        """The new articles of an update, as the history names them."""
        return [{"id": r[0], "article": r[1], "outlet": r[2], "title": r[3],
                 "date": r[4]} for r in select_in(
            db, "SELECT text_id, article_id, outlet, title, date FROM articles WHERE id IN ({})", [],
            list(article_rows))]

    def _record(self, db: sqlite3.Connection, timeline_id: int, result: Timeline,
                causes: Sequence[dict[str, Any]]) -> int:
        """Save the new result and, per date, what appeared, changed or disappeared, with the
        new articles that speak of that day (all of the update's when none does: then the
        collection's statistics moved it); the number of changes."""
        from dateline.render.jsonout import timeline_dict

        new = timeline_dict(result)
        before = {e["date"]: e["sentences"] for e in (self._result_of(db, timeline_id) or {}).get("entries", [])}
        after = {e["date"]: e["sentences"] for e in new["entries"]}
        speaking: dict[str, set[int]] = defaultdict(set)
        for day, text_id in select_in(db, "SELECT day, text_id FROM timeline_votes WHERE timeline_id = ? "
                                    "AND text_id IN ({})", [timeline_id], sorted({c["id"] for c in causes})):
            speaking[day].add(text_id)
        changes = []
        for day in sorted(before.keys() | after.keys()):
            kind = ("appeared" if day not in before else "disappeared" if day not in after
                    else "changed" if before[day] != after[day] else None)
            if kind is None:
                continue
            why = [c for c in causes if c["id"] in speaking.get(day, ())] or list(causes)
            changes.append((timeline_id, _now(), kind, day,
                            json.dumps(before.get(day), ensure_ascii=False),
                            json.dumps(after.get(day), ensure_ascii=False),
                            json.dumps(why[:CAUSES], ensure_ascii=False)))
        db.executemany("INSERT INTO timeline_changes (timeline_id, at, change, day, before, after, "
                       "because) VALUES (?, ?, ?, ?, ?, ?, ?)", changes)
        db.execute("UPDATE timelines SET result = ? WHERE id = ?",
                   (json.dumps(new, ensure_ascii=False), timeline_id))
        return len(changes)

    @staticmethod
    def _result_of(db: sqlite3.Connection, timeline_id: int) -> dict[str, Any] | None:
        row = db.execute("SELECT result FROM timelines WHERE id = ?", (timeline_id,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def _mark_seen(self, db: sqlite3.Connection, timeline_id: int, *, insert: bool = False) -> None:
        """The articles and sentences stored so far are now part of the timeline."""
        from dateline.store.sqlite import fingerprint

        last_article, last_sentence = db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM articles), "
            "(SELECT coalesce(max(id), 0) FROM sentences)").fetchone()
        if insert:
            db.execute("INSERT INTO timeline_state (timeline_id, fingerprint, last_article, last_sentence, "
                       "langs, query_used, updated) VALUES (?, ?, ?, ?, '[]', 1, ?)",
                       (timeline_id, fingerprint(), last_article, last_sentence, _now()))
        else:
            db.execute("UPDATE timeline_state SET last_article = ?, last_sentence = ?, updated = ? "
                       "WHERE timeline_id = ?", (last_article, last_sentence, _now(), timeline_id))


class _Keys:
    """(text_id, n) of each sentence of a `_Days` corpus, made when asked for: a computation
    asks for a few dozen of its 10,000."""

    def __init__(self, text: np.ndarray, n: np.ndarray) -> None:
        self.text, self.n = text, n

    def __getitem__(self, i: int) -> tuple[int, int]:
        return int(self.text[i]), int(self.n[i])

    def __len__(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class _Days:
    """The candidate sentences of the days a computation reads (`Live._days_corpus`)."""

    keys: _Keys  # (text_id, n) of each corpus sentence
    listed: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(list))
    mentioned: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(list))
    attached: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(list))
    corpus: Corpus = field(init=False)
    numbers: np.ndarray = field(init=False)  # per vector column: its term's number and df
    df: np.ndarray = field(init=False)


class _Unread(Exception):
    """A day left unread as repeating turns out to need reading."""

    def __init__(self, day: dt.date) -> None:
        super().__init__(day.isoformat())
        self.day = day


class _Skipper:
    """`Dateline.summarize`'s `skip`: a repeating day (`Live._still_repeating`) is skipped
    while the sentences it repeats are in the timeline; if they are not, it must be read."""

    def __init__(self, repeating: dict[dt.date, set[tuple[int, int]]], keys: _Keys) -> None:
        self.repeating = repeating
        self.keys = keys
        self.skipped: set[dt.date] = set()
        self.in_timeline: set[tuple[int, int]] = set()  # the timeline only grows while summarizing

    def __call__(self, day: dt.date, in_timeline: list[int]) -> bool:
        repeated = self.repeating.get(day)
        if repeated is None:
            return False
        self.in_timeline.update(self.keys[i] for i in in_timeline[len(self.in_timeline):])
        if repeated <= self.in_timeline:
            self.skipped.add(day)
            return True
        raise _Unread(day)


# A timeline's candidates with their sentences' words, in the order days are packed, of the
# days or the texts (`{}`) given.
_CANDIDATE_ROWS = ("SELECT c.day, c.text_id, c.n, s.words, s.on_topic, c.tier, s.terms FROM timeline_candidates c "
                   "JOIN timeline_sentences s ON s.timeline_id = c.timeline_id AND s.text_id = c.text_id "
                   "AND s.n = c.n WHERE c.timeline_id = ? AND c.{} IN ({{}}) ORDER BY c.day, c.text_id, c.n")


def _pack(rows: Iterable[tuple[Any, ...]]) -> dict[str, tuple[bytes, bytes]]:
    """Candidate rows (`_CANDIDATE_ROWS`) packed per day, as `timeline_day_candidates` keeps them."""
    of_day: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for day, *row in rows:
        of_day[day].append(row)
    return {day: (np.asarray([(t, n, words, on_topic, len(terms) // 8, tier)
                              for t, n, words, on_topic, tier, terms in found], dtype=DAY_ROW).tobytes(),
                  b"".join(row[-1] for row in found)) for day, found in of_day.items()}


def _df(db: sqlite3.Connection, timeline_id: int) -> np.ndarray:
    """Per term number, the sentences of the timeline's collection holding the term."""
    row = db.execute("SELECT df FROM timeline_state WHERE timeline_id = ?", (timeline_id,)).fetchone()
    return np.frombuffer(row[0], dtype="<i4").astype(np.int64)


def pack_terms(counts: Counter[int]) -> bytes:
    """A sentence's (term number, count) pairs as kept in `timeline_sentences.terms`."""
    return np.asarray(sorted(counts.items()), dtype="<i4").reshape(-1, 2).tobytes()


def _analyzer() -> Any:
    """The word splitter of `Corpus.build`'s TF-IDF (scikit-learn's default token pattern)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(lowercase=False).build_analyzer()


# An IN list given as one parameter, a JSON array: one statement however many values there are,
# where a `?` each needs a statement per 500 (thousands of term lookups cost three times more in
# chunks).
JSON_LIST = "SELECT value FROM json_each(?)"


def select_in(db: sqlite3.Connection, sql: str, first: list[Any], ids: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Run `sql`, whose `{}` is an IN list, with the args `first` and then `ids`; its rows."""
    return db.execute(sql.format(JSON_LIST), [*first, json.dumps(list(ids))]).fetchall()
