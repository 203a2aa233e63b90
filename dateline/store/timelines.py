"""Where saved timelines keep what they are computed from: one SQLite backend of
`TimelineTables` (see `dateline.store.base`), the storage of `dateline.saved`.

This module stores and reads; it knows nothing of how a timeline is computed (that is
`dateline.saved`, after the timeline stage). A saved timeline keeps each text's share (its
day votes, candidate sentences with their words, word and length counts), the per-day sums
of the shares, the days known to repeat, and its history. The candidate sentences are kept
only packed, each day's in one row (what an update reads); each text names the days it has
candidates on, for an update to take them out when the text changes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from dateline.store.base import DAY_ROW, TimelineState

if TYPE_CHECKING:
    from dateline.store.sqlite import SQLiteStore

# The tables of the texts' shares, as opposed to the per-day sums and the state derived from them.
_SHARES = ("timeline_texts", "timeline_votes", "timeline_day_candidates", "timeline_terms", "timeline_lengths")
# The tables that an older schema's saved timelines are computed again from (its history stays).
DERIVED = (*_SHARES, "timeline_days", "timeline_state", "timeline_repeats")
# Tables of older schemas, dropped when a store is upgraded: each day's candidates and their
# sentences' words, one row each, before the packed days became their only copy (schema 7).
RETIRED = ("timeline_candidates", "timeline_sentences")

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
    days TEXT NOT NULL,                 -- JSON list: the days it has candidate sentences on
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
CREATE TABLE IF NOT EXISTS timeline_terms (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    term TEXT NOT NULL,
    number INTEGER NOT NULL,            -- its number in timeline_day_candidates.terms and timeline_state.df
    PRIMARY KEY (timeline_id, term)
) WITHOUT ROWID;
-- A day's candidate sentences, packed (`DAY_ROW`, `_pack`), with their words, kept so that an
-- update vectorizes them with the new IDF without reading or splitting their texts again. One
-- row per day, the only copy: an update reads ~40 days of some 400 candidates each, and row by
-- row (a join scattered over the file) that read cost it more than all the rest of its work;
-- writing a row per candidate and per sentence cost an update some 5% more (schema 6).
CREATE TABLE IF NOT EXISTS timeline_day_candidates (
    timeline_id INTEGER NOT NULL REFERENCES timelines(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    candidates BLOB NOT NULL,           -- DAY_ROW records, in (text, position) order
    terms BLOB NOT NULL,                -- their sentences' (term number, count) pairs sorted by number,
                                        -- one sentence after the other, little-endian int32
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
-- their document frequencies then), and the repeated sentences. See
-- `dateline.saved.live.Live._still_repeating`.
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
    change TEXT NOT NULL,               -- created, recomputed, updated; appeared, changed, disappeared
    day TEXT,
    before TEXT, after TEXT,            -- the entry's sentences (JSON), before and after
    because TEXT NOT NULL               -- JSON list of the new articles behind it
);
CREATE INDEX IF NOT EXISTS timeline_changes_timeline ON timeline_changes(timeline_id, id);
"""


# An IN list given as one parameter, a JSON array: one statement however many values there are,
# where a `?` each needs a statement per 500 (thousands of term lookups cost three times more in
# chunks).
JSON_LIST = "SELECT value FROM json_each(?)"


def select_in(db: sqlite3.Connection, sql: str, first: list[Any], ids: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Run `sql`, whose `{}` is an IN list, with the args `first` and then `ids`; its rows."""
    return db.execute(sql.format(JSON_LIST), [*first, json.dumps(list(ids))]).fetchall()


def _pack(rows: Sequence[tuple[str, int, int, int, int, int, bytes]]) -> dict[str, tuple[bytes, bytes]]:
    """Candidate rows (day, text, position, words, on topic, tier, terms) packed per day, as
    `timeline_day_candidates` keeps them, each day's in (text, position) order. By columns:
    a computation from scratch packs some 300,000 rows, and a record built per row cost it a
    second."""
    if not rows:
        return {}
    day, text, n, words, on_topic, tier, terms = zip(*rows)
    days, day_of = np.unique(np.asarray(day), return_inverse=True)
    order = np.lexsort((np.asarray(n), np.asarray(text), day_of))
    packed = np.empty(len(rows), dtype=DAY_ROW)
    for name, column in (("text", text), ("n", n), ("words", words), ("on_topic", on_topic), ("tier", tier)):
        packed[name] = np.asarray(column)[order]
    held = np.fromiter(map(len, terms), dtype=np.int64, count=len(rows))[order]
    packed["terms"] = held // 8
    joined = b"".join([terms[i] for i in order.tolist()])
    starts = np.searchsorted(day_of[order], np.arange(len(days) + 1)).tolist()
    offsets = np.concatenate([[0], np.cumsum(held)])[starts].tolist()
    return {d: (packed[a:b].tobytes(), joined[x:y])
            for d, a, b, x, y in zip(days.tolist(), starts, starts[1:], offsets, offsets[1:])}


def _without(packed: tuple[bytes, bytes], texts: set[int]) -> tuple[bytes, bytes]:
    """A packed day without the candidates of `texts`."""
    rows = np.frombuffer(packed[0], dtype=DAY_ROW)
    pairs = np.frombuffer(packed[1], dtype="<i8")  # a (term, count) pair as one item
    kept = ~np.isin(rows["text"], list(texts))
    return rows[kept].tobytes(), pairs[np.repeat(kept, rows["terms"])].tobytes()


def _merged(packed: tuple[bytes, bytes], added: tuple[bytes, bytes]) -> tuple[bytes, bytes]:
    """Two packed days of the same day as one, in (text, position) order."""
    rows = np.frombuffer(packed[0] + added[0], dtype=DAY_ROW)
    pairs = np.frombuffer(packed[1] + added[1], dtype="<i8")
    order = np.lexsort((rows["n"], rows["text"]))
    ends = np.cumsum(rows["terms"].astype(np.int64))
    pick = np.concatenate([np.arange(end - held, end) for end, held in
                           zip(ends[order].tolist(), rows["terms"][order].tolist())] or [np.zeros(0, np.int64)])
    return rows[order].tobytes(), pairs[pick].tobytes()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SQLiteTimelines:
    """One saved timeline's tables in a SQLite store (`TimelineTables`)."""

    def __init__(self, store: SQLiteStore, timeline_id: int) -> None:
        self.store = store
        self.id = timeline_id

    @property
    def db(self) -> sqlite3.Connection:
        return self.store.db

    # -- state ------------------------------------------------------------------------------

    def state(self) -> TimelineState | None:
        row = self.db.execute("SELECT fingerprint, last_article, last_sentence, langs, query_used "
                              "FROM timeline_state WHERE timeline_id = ?", (self.id,)).fetchone()
        return TimelineState(row[0], row[1], row[2], json.loads(row[3]), bool(row[4])) if row else None

    def start(self) -> None:
        """Forget everything kept but the history; the corpus stored so far is seen."""
        from dateline.store.sqlite import fingerprint

        for table in DERIVED:
            self.db.execute(f"DELETE FROM {table} WHERE timeline_id = ?", (self.id,))
        self.db.execute("INSERT INTO timeline_state (timeline_id, fingerprint, last_article, last_sentence, "
                        "langs, query_used, updated) VALUES (?, ?, ?, ?, '[]', 1, ?)",
                        (self.id, fingerprint(), *self._last_seen(), _now()))

    def seen(self) -> None:
        self.db.execute("UPDATE timeline_state SET last_article = ?, last_sentence = ?, updated = ? "
                        "WHERE timeline_id = ?", (*self._last_seen(), _now(), self.id))

    def _last_seen(self) -> tuple[int, int]:
        return self.db.execute("SELECT (SELECT coalesce(max(id), 0) FROM articles), "
                               "(SELECT coalesce(max(id), 0) FROM sentences)").fetchone()

    def set_langs(self, langs: Sequence[str], query_used: bool | None = None) -> None:
        self.db.execute("UPDATE timeline_state SET langs = ?, query_used = coalesce(?, query_used) "
                        "WHERE timeline_id = ?",
                        (json.dumps(list(langs)), None if query_used is None else int(query_used), self.id))

    def forget_shares(self) -> None:
        for table in _SHARES:
            self.db.execute(f"DELETE FROM {table} WHERE timeline_id = ?", (self.id,))
        self.db.execute("UPDATE timeline_state SET df = x'' WHERE timeline_id = ?", (self.id,))

    # -- the corpus, as the timeline follows it ---------------------------------------------

    def arrivals(self, last_article: int, last_sentence: int) -> tuple[list[tuple[int, int]], set[int]]:
        new_rows = self.db.execute("SELECT id, text_id FROM articles WHERE id > ?", (last_article,)).fetchall()
        # Not DISTINCT: SQLite would then scan every text's index instead of the new rows.
        reindexed = {r[0] for r in self.db.execute("SELECT text_id FROM sentences WHERE id > ?", (last_sentence,))}
        return [(r[0], r[1]) for r in new_rows], reindexed

    def revised(self, last_article: int) -> set[int]:
        return {r[0] for r in self.db.execute(
            "SELECT r.after_article FROM replaced r JOIN timeline_texts m ON m.timeline_id = ? AND m.text_id = r.text_id "
            "WHERE r.after_article > ?", (self.id, last_article))}

    def replaced_texts(self, last_article: int) -> list[tuple[int, int]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT after_article, text_id FROM replaced WHERE after_article > ?", (last_article,))]

    def languages(self, text_ids: Sequence[int]) -> set[str]:
        return {r[0] for r in select_in(self.db, "SELECT DISTINCT lang FROM texts WHERE id IN ({})", [],
                                        sorted(text_ids)) if r[0]}

    def text_languages(self, text_ids: Sequence[int]) -> dict[int, str]:
        return {r[0]: r[1] for r in select_in(self.db, "SELECT id, lang FROM texts WHERE id IN ({})", [],
                                              sorted(text_ids)) if r[1]}

    def member_sentences(self) -> Iterator[str]:
        return (r[0] for r in self.db.execute("SELECT s.text FROM timeline_texts m JOIN sentences s "
                                              "ON s.text_id = m.text_id WHERE m.timeline_id = ?", (self.id,)))

    def sentence_texts(self, text_ids: Sequence[int]) -> dict[tuple[int, int], str]:
        return {(r[0], r[1]): r[2] for r in select_in(
            self.db, "SELECT text_id, n, text FROM sentences WHERE text_id IN ({})", [], sorted(text_ids))}

    def articles_named(self, article_rows: Sequence[int]) -> list[dict[str, Any]]:
        return [{"id": r[0], "article": r[1], "outlet": r[2], "title": r[3], "date": r[4]} for r in select_in(
            self.db, "SELECT text_id, article_id, outlet, title, date FROM articles WHERE id IN ({})", [],
            list(article_rows))]

    # -- the texts' shares ------------------------------------------------------------------

    def known(self, text_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in select_in(self.db, "SELECT text_id FROM timeline_texts WHERE timeline_id = ? "
                                        "AND text_id IN ({})", [self.id], sorted(text_ids))}

    def last_text(self) -> int | None:
        return self.db.execute("SELECT max(text_id) FROM timeline_texts WHERE timeline_id = ?",
                               (self.id,)).fetchone()[0]

    def texts(self) -> int:
        return self.db.execute("SELECT count(*) FROM timeline_texts WHERE timeline_id = ?", (self.id,)).fetchone()[0]

    def drop_days_of(self, text_ids: Sequence[int]) -> tuple[set[str], set[str]]:
        # Not DISTINCT: SQLite would then read all the timeline's rows in day order.
        voted = {r[0] for r in select_in(self.db, "SELECT day FROM timeline_votes WHERE timeline_id = ? "
                                         "AND text_id IN ({})", [self.id], sorted(text_ids))}
        days: set[str] = set().union(*(json.loads(r[0]) for r in select_in(
            self.db, "SELECT days FROM timeline_texts WHERE timeline_id = ? AND text_id IN ({})",
            [self.id], sorted(text_ids))))
        select_in(self.db, "DELETE FROM timeline_votes WHERE timeline_id = ? AND text_id IN ({})",
                  [self.id], sorted(text_ids))
        gone = set(text_ids)
        left = {r[0]: _without((r[1], r[2]), gone) for r in select_in(
            self.db, "SELECT day, candidates, terms FROM timeline_day_candidates WHERE timeline_id = ? "
            "AND day IN ({})", [self.id], sorted(days))}
        self.db.executemany("UPDATE timeline_day_candidates SET candidates = ?, terms = ? "
                            "WHERE timeline_id = ? AND day = ?",
                            [(*packed, self.id, day) for day, packed in left.items() if packed[0]])
        select_in(self.db, "DELETE FROM timeline_day_candidates WHERE timeline_id = ? AND day IN ({})",
                  [self.id], sorted(day for day, packed in left.items() if not packed[0]))
        return voted, days

    def add_share(self, votes: Iterable[tuple[str, int, int, int]], texts: Iterable[tuple[int, Sequence[str]]],
                  lengths: dict[int, int]) -> None:
        self.db.executemany("INSERT INTO timeline_votes VALUES (?, ?, ?, ?, ?)", [(self.id, *v) for v in votes])
        self.db.executemany("INSERT INTO timeline_texts VALUES (?, ?, ?) ON CONFLICT DO UPDATE "
                            "SET days = excluded.days",
                            [(self.id, t, json.dumps(sorted(days))) for t, days in texts])
        self.db.executemany("INSERT INTO timeline_lengths VALUES (?, ?, ?) ON CONFLICT DO UPDATE "
                            "SET sentences = sentences + excluded.sentences",
                            [(self.id, w, n) for w, n in lengths.items()])

    def term_numbers(self, terms: Sequence[str]) -> dict[str, int]:
        return dict(select_in(self.db, "SELECT term, number FROM timeline_terms WHERE timeline_id = ? "
                              "AND term IN ({})", [self.id], sorted(terms)))

    def add_terms(self, numbered: dict[str, int]) -> None:
        self.db.executemany("INSERT INTO timeline_terms (timeline_id, term, number) VALUES (?, ?, ?)",
                            [(self.id, t, n) for t, n in numbered.items()])

    def df(self) -> np.ndarray:
        row = self.db.execute("SELECT df FROM timeline_state WHERE timeline_id = ?", (self.id,)).fetchone()
        return np.frombuffer(row[0], dtype="<i4").astype(np.int64)

    def set_df(self, df: np.ndarray) -> None:
        self.db.execute("UPDATE timeline_state SET df = ? WHERE timeline_id = ?",
                        (df.astype("<i4").tobytes(), self.id))

    def lengths(self) -> list[tuple[int, int]]:
        return self.db.execute("SELECT words, sentences FROM timeline_lengths WHERE timeline_id = ?",
                               (self.id,)).fetchall()

    # -- per day ----------------------------------------------------------------------------

    def aggregate(self, bits: int, days: set[str] | None) -> None:
        sums = ", ".join(f"sum((bits >> {k}) & 1)" for k in range(bits))
        select = f"SELECT day, {sums}, sum(publications) FROM timeline_votes WHERE timeline_id = ?"
        if days is None:
            self.db.execute("DELETE FROM timeline_days WHERE timeline_id = ?", (self.id,))
            rows = self.db.execute(select + " GROUP BY day", (self.id,)).fetchall()
        else:
            select_in(self.db, "DELETE FROM timeline_days WHERE timeline_id = ? AND day IN ({})", [self.id],
                      sorted(days))
            rows = select_in(self.db, select + " AND day IN ({}) GROUP BY day", [self.id], sorted(days))
        self.db.executemany("INSERT INTO timeline_days VALUES (?, ?, ?)",
                            [(self.id, r[0], json.dumps(r[1:])) for r in rows])

    def day_counts(self) -> dict[str, list[int]]:
        return {day: json.loads(counts) for day, counts in self.db.execute(
            "SELECT day, counts FROM timeline_days WHERE timeline_id = ?", (self.id,))}

    def speaking(self, text_ids: Sequence[int]) -> list[tuple[str, int]]:
        voted = select_in(self.db, "SELECT day, text_id FROM timeline_votes WHERE timeline_id = ? "
                          "AND text_id IN ({})", [self.id], sorted(text_ids))
        told = select_in(self.db, "SELECT text_id, days FROM timeline_texts WHERE timeline_id = ? "
                         "AND text_id IN ({})", [self.id], sorted(text_ids))
        return [(r[0], r[1]) for r in voted] + [(day, r[0]) for r in told for day in json.loads(r[1])]

    def packed_days(self, days: Sequence[str]) -> list[tuple[bytes, bytes]]:
        kept = {r[0]: (r[1], r[2]) for r in select_in(
            self.db, "SELECT day, candidates, terms FROM timeline_day_candidates WHERE timeline_id = ? "
                     "AND day IN ({})", [self.id], list(days))}
        return [kept.get(day, (b"", b"")) for day in days]

    def add_candidates(self, rows: Sequence[tuple[str, int, int, int, int, int, bytes]], later: bool) -> None:
        added = _pack(rows)
        if later:  # after every kept candidate of their days: appended
            self.db.executemany("INSERT INTO timeline_day_candidates VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE "
                                "SET candidates = CAST(candidates || excluded.candidates AS BLOB), "
                                "terms = CAST(terms || excluded.terms AS BLOB)",
                                [(self.id, day, *packed) for day, packed in added.items()])
            return
        kept = {r[0]: (r[1], r[2]) for r in select_in(
            self.db, "SELECT day, candidates, terms FROM timeline_day_candidates WHERE timeline_id = ? "
                     "AND day IN ({})", [self.id], sorted(added))}
        self.db.executemany("INSERT OR REPLACE INTO timeline_day_candidates VALUES (?, ?, ?, ?)",
                            [(self.id, day, *_merged(kept.get(day, (b"", b"")), packed))
                             for day, packed in added.items()])

    def forget_repeats(self, days: Iterable[str]) -> None:
        select_in(self.db, "DELETE FROM timeline_repeats WHERE timeline_id = ? AND day IN ({})", [self.id],
                  sorted(days))

    def repeats(self) -> list[tuple[str, int, float, bytes, bytes]]:
        return self.db.execute("SELECT day, sentences, least, repeated, terms FROM timeline_repeats "
                               "WHERE timeline_id = ?", (self.id,)).fetchall()

    def keep_repeats(self, read: Iterable[str], rows: Iterable[tuple[str, int, float, bytes, bytes]]) -> None:
        self.forget_repeats(read)
        self.db.executemany("INSERT INTO timeline_repeats VALUES (?, ?, ?, ?, ?, ?)", [(self.id, *r) for r in rows])

    # -- result and history -----------------------------------------------------------------

    def recomputed(self, change: str, reason: str | None, causes: Sequence[dict[str, Any]]) -> None:
        self.db.execute("INSERT INTO timeline_changes (timeline_id, at, change, day, before, after, because) "
                        "VALUES (?, ?, ?, NULL, NULL, ?, ?)",
                        (self.id, _now(), change, json.dumps(reason), json.dumps(list(causes), ensure_ascii=False)))

    def record(self, result: dict[str, Any], changes: Iterable[tuple[str, str, Any, Any, Any]]) -> None:
        self.db.executemany("INSERT INTO timeline_changes (timeline_id, at, change, day, before, after, "
                            "because) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(self.id, _now(), change, day, json.dumps(before, ensure_ascii=False),
                              json.dumps(after, ensure_ascii=False), json.dumps(because, ensure_ascii=False))
                             for change, day, before, after, because in changes])
        self.db.execute("UPDATE timelines SET result = ? WHERE id = ?",
                        (json.dumps(result, ensure_ascii=False), self.id))
