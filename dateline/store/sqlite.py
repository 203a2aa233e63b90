"""The embedded corpus: one SQLite file holding articles, their analysis and a full-text index.

Reading, dating and tagging an article is the costly part of every job, so every analysed
article is kept: `dateline ingest` grows the corpus on purpose, and `dateline timeline` keeps
what it reads, keyed by file so an interrupted run resumes. One text is stored once, by a
hash of its normalized content; each outlet that ran it is a row of its own. Sentences are
indexed with FTS5 for search, and the days they name are indexed for date filters.

SQLite ships with Python and needs no server; WAL mode lets the web server read while an
ingest writes. Each thread gets its own connection (the HTTP server answers from a pool).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from hashlib import blake2b, sha256
from pathlib import Path
from typing import Any

import numpy as np

from dateline.version import __version__
from dateline.ingest import NEAR_DUPLICATE, parse_terms, query_forms, shown, signature, stems
from dateline.model import Article, Sentence
from dateline.store.base import (COPY, Added, KNOWN, NEW, REVISED, UPDATED, Outlet, SavedTimeline, SearchHit,
                                 Selection, StoredArticle, StoreError, StoreInfo)
from dateline.store.timelines import DERIVED as TIMELINE_TABLES
from dateline.store.timelines import RETIRED as RETIRED_TIMELINE_TABLES
from dateline.store.timelines import SCHEMA as TIMELINES_SCHEMA
from dateline.store.timelines import JSON_LIST, SQLiteTimelines, select_in
from dateline.store.location import default_path
from dateline.store.codec import (analysis_json, article_fields, content_hash, date_how,
                                  extra_from_json,
                                  extra_json, iso, timex_from_json,
                                  outlet_of, parse_day, sentence_days, sentences_from_json)

SCHEMA_VERSION = 9
# Texts whose hash and signature `dated_copies` keeps for `add` (it stores them within a batch
# of ingest's; the oldest are dropped beyond this, for a caller that never stores them).
_IDENTITIES_KEPT = 4096

# LSH over MinHash signatures (dateline.ingest.dedup): 16 bands of 8 values each. A text
# sharing 80% of its word 3-grams with a stored one shares a band with it 95% of the time,
# one sharing 50% only 6% of the time; candidates are then checked on the whole signature.
BANDS, ROWS = 16, 8
_HIGHLIGHT = ("\x02", "\x03")

# Version 2: the corpus. (Version 1, Dateline 0.1's cache, was one table of JSON per file.)
# How sentences are split into words for full-text search (and for `collection`'s probe).
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
_SCHEMA_V2 = """
CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,          -- content_hash of the normalized text
    text TEXT NOT NULL,
    lang TEXT,
    analysis TEXT NOT NULL,             -- sentences and time expressions, see codec
    fingerprint TEXT NOT NULL           -- the Dateline code and data that analysed it
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES texts(id) ON DELETE CASCADE,
    outlet TEXT NOT NULL,
    article_id TEXT NOT NULL,           -- the reader's id (file name, JSONL id)
    source TEXT, title TEXT, url TEXT,
    date TEXT, date_how TEXT, date_confidence REAL,
    own_text TEXT, own_analysis TEXT,   -- only when this copy's text differs in typography
    extra TEXT,                         -- other Article fields, JSON (see codec.extra_json)
    added TEXT NOT NULL,
    UNIQUE (text_id, outlet, article_id)
);
CREATE INDEX articles_date ON articles(date);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES texts(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX sentences_text ON sentences(text_id);
-- Days a sentence names (stated = 1) or, when it names none, its text's publication day.
CREATE TABLE sentence_days (
    day TEXT NOT NULL,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    stated INTEGER NOT NULL,
    PRIMARY KEY (day, sentence_id)
) WITHOUT ROWID;
CREATE INDEX sentence_days_sentence ON sentence_days(sentence_id);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='""" + FTS_TOKENIZE + """');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE files (
    key TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    articles TEXT NOT NULL              -- JSON list of articles.id, in reading order
);
CREATE INDEX files_path ON files(path);
CREATE TABLE timelines (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    params TEXT NOT NULL,
    result TEXT
);
"""
# Version 3: near-identical texts (wire copies with small edits) are found by their MinHash
# signature and stored as copies of one text.
_SCHEMA_V3 = """
ALTER TABLE texts ADD COLUMN signature BLOB;
CREATE TABLE text_bands (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    text_id INTEGER NOT NULL REFERENCES texts(id) ON DELETE CASCADE,
    PRIMARY KEY (band, value, text_id)
) WITHOUT ROWID;
CREATE INDEX text_bands_text ON text_bands(text_id);
"""
# Version 8: a new version of a stored article (same source, id and URL, another text) replaces
# it; the texts that lost an article so are listed for the saved timelines that hold them.
_SCHEMA_V8 = """
CREATE INDEX IF NOT EXISTS articles_article_id ON articles(article_id);
CREATE TABLE IF NOT EXISTS replaced (
    after_article INTEGER NOT NULL,     -- articles.id of the newer version
    text_id INTEGER NOT NULL,           -- the text that lost the older one (deleted if it was its last)
    PRIMARY KEY (after_article, text_id)
) WITHOUT ROWID;
"""
# Version 9: the full-text index holds each word's stem in its sentence's language
# (`ingest.stems`: "alluvioni" finds "alluvione"), made by a function every connection
# registers (`_STEMS`); a sentence keeps its language for its stems to be removed exactly as
# they were indexed (its text's row may be gone by then). The index is filled again.
_STEMS = "dateline_stems"
_SCHEMA_V9 = f"""
UPDATE sentences SET lang = (SELECT lang FROM texts WHERE texts.id = sentences.text_id);
DROP TRIGGER IF EXISTS sentences_ai;
DROP TRIGGER IF EXISTS sentences_ad;
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, {_STEMS}(new.text, new.lang));
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, {_STEMS}(old.text, old.lang));
END;
INSERT INTO sentences_fts(sentences_fts) VALUES ('delete-all');
INSERT INTO sentences_fts(rowid, text) SELECT id, {_STEMS}(text, lang) FROM sentences;
"""
# An id a reader made from a place in its input ("export.jsonl:3", "feed.xml#2"): the record
# there today may be another article than yesterday's, so it names no article across runs.
_POSITIONAL_ID = re.compile(r"[:#]\d+$")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Changes whenever Dateline's code or data changes, so no stale result is ever reused."""
    digest = sha256(__version__.encode())
    package = Path(__file__).parents[1]
    for file in sorted(package.rglob("*")):
        if file.suffix in (".py", ".toml", ".txt", ".json") and "examples" not in file.parts:
            digest.update(str(file.relative_to(package)).encode() + file.read_bytes())
    return digest.hexdigest()[:16]


def _bands(minhash: np.ndarray) -> list[tuple[int, int]]:
    """The signature's LSH bands as (band number, 64-bit hash of its values)."""
    return [(band, int.from_bytes(blake2b(minhash[band * ROWS:(band + 1) * ROWS].tobytes(),
                                          digest_size=8).digest(), "big", signed=True))
            for band in range(BANDS)]


def _statements(script: str) -> Iterator[str]:
    """The statements of a script, so they run inside our transaction (executescript
    would commit it)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""


def _fix(path: Path) -> str:
    return f"run `dateline store reset --db {path}` to start a new one"


# The first and last days the sources gave articles (not inferred), and how many they gave:
# `SQLiteStore.given_span` of them all, `file_span` of one file's (`_span` reads the row).
_GIVEN_SPAN = "SELECT min(date), max(date), count(date) FROM articles WHERE date_how != 'inferred'"


def _span(row: tuple[str | None, str | None, int]) -> tuple[dt.date | None, dt.date | None, int]:
    first, last, count = row
    return parse_day(first), parse_day(last), count


def fts_query(terms: Sequence[str], forms: Sequence[str] = ()) -> str | None:
    """An FTS5 query matching any term; each word's stem matches at a word start, case- and
    accent-insensitively, and a phrase's words in sequence, as timeline queries do
    (dateline.timeline.query). `forms` are other ways of writing the terms (an entity's names
    in other languages): their words' stems match whole, a word written with a closing `*` at
    a word start. The index holds stems in each sentence's language (`ingest.stems`), and a
    query names no language: each term is stemmed in every language (`query_forms`). Words are
    quoted and the index's own tokenizer folds them (case, accents; Arabic letters are left as
    written, as in the index), so no input is FTS5 syntax."""
    phrases = [" + ".join(f'"{w}"*' for w in _FTS_WORD.findall(form))
               for t in terms for form in query_forms(_fts_fold(t))]
    phrases += [" + ".join(f'"{w}"' + ("*" if star else "") for w, star in _form_words(form))
                for f in forms for form in query_forms(_fts_fold(f))]
    phrases = [p for p in dict.fromkeys(phrases) if p]
    return " OR ".join(phrases) or None


_FTS_WORD = re.compile(r"\w+")


def _fts_fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _form_words(form: str) -> list[tuple[str, bool]]:
    """A written form's words, each with whether it takes any ending (written `stem*`)."""
    out: list[tuple[str, bool]] = []
    for word in form.split():
        parts = _FTS_WORD.findall(_fts_fold(word))
        out += [(p, word.endswith("*") and i == len(parts) - 1) for i, p in enumerate(parts)]
    return out


def selection_match(query: Sequence[str] | None, forms: Sequence[str] = ()) -> str | None:
    """The FTS5 query selecting the texts of a timeline of `query` (timeline query values):
    its terms, and `forms`, other ways of writing them (an entity's names in other languages,
    which the caller gets from the timeline stage: the store knows no language); None for no
    query."""
    terms = parse_terms(query or ())
    return fts_query(terms, forms) if terms else None


_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')


def search_terms(query: str) -> list[str]:
    """A search box's terms: "double-quoted phrases" and words. Lenient where a timeline
    query (dateline.timeline.query) is strict, since people type "China's" and stray quotes
    into a search box: apostrophes stay inside words, an unpaired quote is ignored."""
    return [phrase or word for phrase, word in _TERM.findall(query) if (phrase or word).strip()]


def _day_bounds(start: dt.date | None, end: dt.date | None) -> list[str]:
    """`start` and `end` for `day BETWEEN ? AND ?`, an open end unbounded."""
    return [iso(start) or "0000-00-00", iso(end) or "9999-99-99"]


def _highlights(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip FTS5 highlight markers, returning the text and the marked spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == _HIGHLIGHT[0]:
            start = pos
        elif ch == _HIGHLIGHT[1]:
            spans.append((start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


def _memo_key(text: str) -> bytes:
    """What `SQLiteStore._identities` knows a text by: a 16-byte BLAKE2 digest of it as given
    (cheaper than `content_hash`, which normalizes first; a lone surrogate is kept, not refused)."""
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class SQLiteStore:
    """The corpus in one SQLite file (see module docstring); usable as a context manager."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.read_only = read_only
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._first_part: dict[str, list[int]] = {}  # rows of files put in part (`put`'s `more`)
        # [hash, signature or None] of the texts `dated_copies` was asked about, for `add` to take
        # rather than compute again: an undated copy is looked up, then stored in the same run.
        # Keyed by a digest of the text as given (`_memo_key`), not the text: 4,096 whole articles
        # were kept alive by the keys alone.
        self._identities: OrderedDict[bytes, list[Any]] = OrderedDict()
        if self.path.is_dir():
            raise StoreError(f"store {self.path} is a folder, not a file: give a file path "
                             "(--db FILE)", avoidable=True)
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's folder {self.path.parent}: "
                                 f"{exc.strerror or exc}; give another --db FILE", avoidable=True) from None
            if self.path.exists() and not os.access(self.path, os.W_OK):
                raise StoreError(f"store {self.path} is not writable; give another --db FILE",
                                 avoidable=True)
        elif not self.path.exists():
            raise StoreError(f"store {self.path} does not exist; create it with `dateline ingest`")
        try:
            self._migrate(self.db)
            if not read_only:
                self._drop_stale_files(self.db)
        except sqlite3.DatabaseError as exc:
            self.close()
            if "locked" in str(exc):
                raise StoreError(f"store {self.path} is locked by another process; try again") from None
            if "readonly" in str(exc) or "unable to open" in str(exc):
                raise StoreError(f"cannot write the store {self.path} ({exc}); give another "
                                 "--db FILE", avoidable=True) from None
            raise StoreError(f"store {self.path} is not a usable Dateline store ({exc}); "
                             f"{_fix(self.path)}", avoidable=True) from None

    # -- connections and schema -------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.read_only:
                conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True,
                                       check_same_thread=False, timeout=30, isolation_level=None)
            else:
                conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30,
                                       isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            try:  # the stemmers load here: raised in a trigger, their ImportError loses its message
                stems("", "en")
            except ImportError as error:
                conn.close()
                raise StoreError(f"store {self.path} cannot be indexed: {error}") from None
            conn.create_function(_STEMS, 2, stems, deterministic=True)
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def _migrate(self, db: sqlite3.Connection) -> None:
        """Bring the file to SCHEMA_VERSION, each step in one transaction."""
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > SCHEMA_VERSION:
            raise StoreError(f"store {self.path} was written by a newer Dateline (schema "
                             f"{version}, this one reads up to {SCHEMA_VERSION}); upgrade Dateline "
                             "or give another --db FILE")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"store {self.path} has an older schema ({version}); open it once "
                             "without --read-only to upgrade it")
        with self._transaction(db):
            if version < 2:
                if "files" in tables:  # version 1: key -> JSON of the file's articles
                    db.execute("ALTER TABLE files RENAME TO files_v1")
                for statement in _statements(_SCHEMA_V2):
                    db.execute(statement)
            if version < 3:
                for statement in _statements(_SCHEMA_V3):
                    db.execute(statement)
                for text_id, text in db.execute("SELECT id, text FROM texts").fetchall():
                    self._sign(db, text_id, signature(text))
            if version < 7:  # saved timelines that follow the corpus (dateline.saved)
                # Version 4 kept no words per candidate sentence, version 5 no packed days
                # and the document frequencies per term row, version 6 each candidate and
                # sentence in a row of its own besides the packed days: their saved timelines
                # keep their history and are computed again whole at their next update.
                for table in (*TIMELINE_TABLES, *RETIRED_TIMELINE_TABLES):
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in _statements(TIMELINES_SCHEMA):
                    db.execute(statement)
            if version < 8:
                for statement in _statements(_SCHEMA_V8):
                    db.execute(statement)
            if version < 9:
                if "lang" not in {r[1] for r in db.execute("PRAGMA table_info(sentences)")}:
                    db.execute("ALTER TABLE sentences ADD COLUMN lang TEXT")
                for statement in _statements(_SCHEMA_V9):
                    db.execute(statement)
            if version < 2 and "files" in tables:
                self._import_v1(db)
                db.execute("DROP TABLE files_v1")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _import_v1(self, db: sqlite3.Connection) -> None:
        """Version 1 kept each file's analysed articles as JSON, keyed by
        `path|size|mtime|options|fingerprint`: the articles become corpus articles, marked as
        analysed by that fingerprint. The file keys are not kept: their fingerprint is another
        Dateline's, so they would never be asked for again."""
        for key, payload in db.execute("SELECT key, articles FROM files_v1").fetchall():
            analysed_by = key.rsplit("|", 1)[-1]
            for data in json.loads(payload):
                self._add_one(db, _article_v1(data), analysed_by)

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """All of a change or none of it (what `dateline.saved` computes in one)."""
        return self._transaction()

    @contextmanager
    def _transaction(self, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT: all of a batch or none of it, even on kill -9."""
        db = db or self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _drop_stale_files(self, db: sqlite3.Connection) -> None:
        """Cached files processed by another Dateline version will never be asked for again."""
        with self._transaction(db):
            db.execute("DELETE FROM files WHERE fingerprint != ?", (fingerprint(),))

    # -- the per-file cache -----------------------------------------------------------------

    def key(self, file: Path, options: str) -> str | None:
        """What identifies a file's processed result; None if the file cannot be stat'ed."""
        try:
            stat = file.stat()
        except OSError:
            return None
        return json.dumps([shown(file.resolve()), stat.st_size, stat.st_mtime_ns, options,
                           fingerprint()], ensure_ascii=False)

    def get(self, key: str, *, undated_only: bool = False) -> list[Article] | None:
        """The articles saved under `key`, or None when the file must be processed;
        `undated_only`: only those the source gave no date (inferred or undated), which a run
        over a changed collection may date again."""
        ids = self._file_articles(key)
        if ids is None:
            return None
        if undated_only:
            stored = select_in(self.db, "SELECT count(*) FROM articles WHERE id IN ({})", [], ids)[0][0]
            if stored != len(set(ids)):
                return None
            ids = [r[0] for r in select_in(self.db, "SELECT id FROM articles WHERE (date IS NULL OR "
                                           "date_how = 'inferred') AND id IN ({})", [], ids)]
        found = {r[0]: r for r in self._article_rows(ids)}
        if len(found) != len(set(ids)):
            return None
        return [_article_from_row(found[i]) for i in ids]

    def file_span(self, key: str) -> tuple[dt.date | None, dt.date | None, int]:
        """The first and last days the source gave the articles saved under `key`, and how
        many it gave (None, None, 0 when none): a collection's span counts the files a run skips."""
        ids = self._file_articles(key)
        if ids is None:
            return None, None, 0
        return _span(select_in(self.db, _GIVEN_SPAN + " AND id IN ({})", [], ids)[0])

    def _file_articles(self, key: str) -> list[int] | None:
        """The `articles.id`s of the file stored complete under `key`, in its order, or None."""
        row = self.db.execute("SELECT articles FROM files WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, articles: list[Article], more: int = 0) -> None:
        """Save a file's articles at once, so an interruption loses at most the current file;
        with `more`, its first ones: the file is recorded with the rest."""
        with self._transaction() as db:
            ids = self._first_part.pop(key, []) + [self._add_one(db, a).row for a in articles]
            if more:
                self._first_part[key] = ids
            else:
                self._mark(db, key, ids)

    def mark_files(self, files: Mapping[str, Sequence[int]]) -> None:
        """Record files whose articles (these `articles.id`s) are all stored."""
        with self._transaction() as db:
            for key, ids in files.items():
                self._mark(db, key, ids)

    def _mark(self, db: sqlite3.Connection, key: str, ids: Sequence[int]) -> None:
        path, size, mtime = json.loads(key)[:3]
        # Rows of other versions of the file (changed since) are stale; a large JSONL file's
        # chunks (`|bytes=` in the options) are rows of one version, all kept.
        version = json.dumps([path, size, mtime], ensure_ascii=False)[:-1] + ","
        db.execute("DELETE FROM files WHERE path = ? AND substr(key, 1, ?) != ?",
                   (path, len(version), version))
        db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                   (key, path, fingerprint(), json.dumps(list(ids))))

    def files_done(self, keys: Iterable[str]) -> set[str]:
        """Which of these file keys are stored complete."""
        return {r[0] for r in select_in(self.db, "SELECT key FROM files WHERE key IN ({})", [], list(keys))}

    # -- adding articles --------------------------------------------------------------------

    def add(self, articles: Sequence[Article]) -> list[Added]:
        """Store analysed articles in one transaction; for each, what happened (NEW, COPY,
        KNOWN, UPDATED, REVISED) and its `articles.id`."""
        with self._transaction() as db:
            return [self._add_one(db, a) for a in articles]

    def _add_one(self, db: sqlite3.Connection, article: Article,
                 analysed_by: str | None = None) -> Added:
        analysed_by = analysed_by or fingerprint()
        digest, minhash = self._identities.pop(_memo_key(article.text), None) or (content_hash(article.text), None)
        outlet = outlet_of(article)
        row = db.execute("SELECT id, text, fingerprint FROM texts WHERE hash = ?", (digest,)).fetchone()
        if row is None:
            minhash = minhash if minhash is not None else signature(article.text)
            near = self._near_copy(db, minhash)
            if near is not None and self._only_older_versions(db, near, article):
                near = None  # a correction of its own text, which no other article holds: stored anew
            if near is not None:
                row = db.execute("SELECT id, text, fingerprint FROM texts WHERE id = ?", (near,)).fetchone()
        if row is None:
            cur = db.execute("INSERT INTO texts (hash, text, lang, analysis, fingerprint) "
                             "VALUES (?, ?, ?, ?, ?)",
                             (digest, article.text, article.lang, analysis_json(article), analysed_by))
            text_id = cur.lastrowid
            self._sign(db, text_id, minhash)
            self._index(db, text_id, article)
            added = self._insert_article(db, text_id, outlet, article, same_text=True)
            return Added(REVISED if self._replace_older(db, article, text_id, added) else NEW, added, text_id)
        text_id, text, analysed = row
        same_text = text == article.text
        found = db.execute("SELECT id, date, date_how, date_confidence, extra, own_text FROM articles "
                           "WHERE text_id = ? AND outlet = ? AND article_id = ?",
                           (text_id, outlet, article.id)).fetchone()
        if found is None:
            added = self._insert_article(db, text_id, outlet, article, same_text)
            return Added(REVISED if self._replace_older(db, article, text_id, added) else COPY, added, text_id)
        stored, stored_dating, own_text = found[0], tuple(found[1:5]), found[5]
        if not same_text and own_text != article.text and not _POSITIONAL_ID.search(article.id):
            # A near copy of its own older version (a correction of a few words): a row of the
            # new version replaces the old one's (a new row: saved timelines see its text arrive).
            db.execute("DELETE FROM articles WHERE id = ?", (stored,))
            return Added(REVISED, self._insert_article(db, text_id, outlet, article, same_text), text_id)
        if analysed_by != fingerprint():
            return Added(KNOWN, stored, text_id)
        dating = (iso(article.date), date_how(article), article.date_confidence, extra_json(article))
        if dating != stored_dating:
            # Dated again (an inferred date the collection changed): the new date, and the
            # analysis anchored to it.
            db.execute("UPDATE articles SET date = ?, date_how = ?, date_confidence = ?, extra = ?, "
                       "own_analysis = ? WHERE id = ?",
                       (*dating, None if same_text else analysis_json(article), stored))
        elif analysed == analysed_by or not same_text:
            return Added(KNOWN, stored, text_id)
        if same_text:
            db.execute("UPDATE texts SET analysis = ?, lang = ?, fingerprint = ? WHERE id = ?",
                       (analysis_json(article), article.lang, analysed_by, text_id))
            db.execute("DELETE FROM sentences WHERE text_id = ?", (text_id,))
            self._index(db, text_id, article)
        return Added(UPDATED, stored, text_id)

    def _only_older_versions(self, db: sqlite3.Connection, text_id: int, article: Article) -> bool:
        """Whether the articles holding a stored text are all older versions of `article` (same
        source, id and URL): a correction of a few words is a near copy of its old text, and
        was filed under it; the text searched and shown by timelines from the store stayed the
        old one. Such a text is replaced (`_replace_older`), as a text edited more is."""
        if _POSITIONAL_ID.search(article.id):
            return False
        holders = db.execute("SELECT article_id = ? AND source IS ? AND url IS ? FROM articles WHERE text_id = ?",
                             (article.id, article.path, article.url, text_id)).fetchall()
        return bool(holders) and all(same for (same,) in holders)

    def _replace_older(self, db: sqlite3.Connection, article: Article, text_id: int, added: int) -> bool:
        """Remove the older versions of an article just stored as row `added`: rows of the same
        source, id and URL holding another text (a feed item or a page edited since it was
        stored; a file edited in place). Both had been kept, and every search and timeline
        showed the old text beside the new. A text left with no article goes too; each text
        that lost one is listed for the saved timelines (`replaced`). Ids made from a place in
        the input (`_POSITIONAL_ID`) name no article across runs: never replaced."""
        if _POSITIONAL_ID.search(article.id):
            return False
        older = db.execute("SELECT id, text_id FROM articles WHERE article_id = ? AND source IS ? AND url IS ? "
                           "AND text_id != ? AND id != ?",
                           (article.id, article.path, article.url, text_id, added)).fetchall()
        for row, old_text in older:
            db.execute("DELETE FROM articles WHERE id = ?", (row,))
            db.execute("INSERT OR IGNORE INTO replaced VALUES (?, ?)", (added, old_text))
            db.execute("DELETE FROM texts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE text_id = ?)",
                       (old_text, old_text))
        return bool(older)

    def dated_copies(self, article: Article) -> list[Article]:
        """The stored articles their source dated whose text is this article's (the same text,
        or a near copy as `add` files it): what a run that skips the stored files still knows
        of a new undated article's dated twins (yesterday's wire story, today's undated copy)."""
        db = self.db
        key = _memo_key(article.text)
        identity = self._identities.get(key)
        if identity is None:
            identity = self._identities[key] = [content_hash(article.text), None]
            if len(self._identities) > _IDENTITIES_KEPT:
                self._identities.popitem(last=False)
        row = db.execute("SELECT id FROM texts WHERE hash = ?", (identity[0],)).fetchone()
        if row is None and identity[1] is None:
            identity[1] = signature(article.text)
        text_id = row[0] if row is not None else self._near_copy(db, identity[1])
        if text_id is None:
            return []
        ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE text_id = ? AND date IS NOT NULL "
                                        "AND date_how != 'inferred' ORDER BY id", (text_id,))]
        return [_article_from_row(r) for r in self._article_rows(ids)]

    def _sign(self, db: sqlite3.Connection, text_id: int, minhash: np.ndarray) -> None:
        """Keep a text's MinHash signature and its LSH bands, to find its near copies."""
        db.execute("UPDATE texts SET signature = ? WHERE id = ?", (minhash.tobytes(), text_id))
        db.executemany("INSERT OR IGNORE INTO text_bands VALUES (?, ?, ?)",
                       [(band, value, text_id) for band, value in _bands(minhash)])

    def _near_copy(self, db: sqlite3.Connection, minhash: np.ndarray) -> int | None:
        """The earliest stored text this one is a near copy of (estimated Jaccard similarity
        of word 3-grams at least NEAR_DUPLICATE), or None."""
        bands = _bands(minhash)
        # One primary-key lookup per band (a row-value IN list is not looked up by index).
        lookups = " UNION ".join("SELECT text_id FROM text_bands WHERE band = ? AND value = ?"
                                 for _ in bands)
        candidates = db.execute(f"SELECT t.id, t.signature FROM texts t WHERE t.id IN ({lookups}) "
                                "ORDER BY t.id", [x for band in bands for x in band]).fetchall()
        for text_id, stored in candidates:
            if stored and float(np.mean(np.frombuffer(stored, np.uint32) == minhash)) >= NEAR_DUPLICATE:
                return int(text_id)
        return None

    def _insert_article(self, db: sqlite3.Connection, text_id: int, outlet: str,
                        article: Article, same_text: bool) -> int:
        cur = db.execute(
            "INSERT INTO articles (text_id, outlet, article_id, source, title, url, date, "
            "date_how, date_confidence, own_text, own_analysis, extra, added) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (text_id, outlet, article.id, article.path, article.title, article.url,
             iso(article.date), date_how(article), article.date_confidence,
             None if same_text else article.text, None if same_text else analysis_json(article),
             extra_json(article), dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
        return int(cur.lastrowid)

    def _index(self, db: sqlite3.Connection, text_id: int, article: Article) -> None:
        """Sentences into the full-text index, and the days each names into the day index."""
        published = iso(article.date)
        for n, sentence in enumerate(article.sentences):
            sid = db.execute("INSERT INTO sentences (text_id, n, text, lang) VALUES (?, ?, ?, ?)",
                             (text_id, n, sentence.text, article.lang)).lastrowid
            days = [(d, sid, 1) for d in sentence_days(sentence)]
            if not days and published:
                days = [(published, sid, 0)]
            db.executemany("INSERT OR IGNORE INTO sentence_days VALUES (?, ?, ?)", days)

    # -- reading ----------------------------------------------------------------------------

    _ARTICLE_COLUMNS = ("a.id, a.text_id, a.outlet, a.article_id, a.source, a.title, a.url, a.date, "
                        "a.date_how, a.date_confidence, coalesce(a.own_text, t.text), "
                        "coalesce(a.own_analysis, t.analysis), t.lang, a.extra")

    def _article_rows(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        return select_in(self.db, f"SELECT {self._ARTICLE_COLUMNS} FROM articles a JOIN texts t "
                         "ON t.id = a.text_id WHERE a.id IN ({})", [], ids)

    def outlets(self, text_ids: Sequence[int]) -> dict[int, list[Outlet]]:
        """Every outlet of these texts, the representative one (dated by the source, first
        stored) first."""
        out: dict[int, list[Outlet]] = {}
        for r in select_in(self.db, "SELECT id, text_id, outlet, source, title, url, date, date_how, "
                           "date_confidence, article_id, extra FROM articles WHERE text_id IN ({}) "
                           "ORDER BY text_id, date_how = 'inferred', date IS NULL, id", [],
                           list(dict.fromkeys(text_ids))):
            out.setdefault(r[1], []).append(
                Outlet(r[0], r[2], r[3], r[4], r[5], parse_day(r[6]), r[7], r[8], r[9],
                       extra_from_json(r[10])))
        return out

    def _texts(self, text_ids: Sequence[int]) -> dict[int, tuple[str, str, str | None]]:
        return {r[0]: (r[1], r[2], r[3]) for r in select_in(
            self.db, "SELECT id, text, analysis, lang FROM texts WHERE id IN ({})", [], list(dict.fromkeys(text_ids)))}

    def articles(self, text_ids: Sequence[int]) -> list[StoredArticle]:
        """Texts as articles, one per text: id = the text's id, metadata from its
        representative outlet, in the order asked."""
        texts = self._texts(text_ids)
        outlets = self.outlets(text_ids)
        stored: list[StoredArticle] = []
        for tid in dict.fromkeys(text_ids):
            if tid not in texts or tid not in outlets:
                continue
            text, analysis, lang = texts[tid]
            first = outlets[tid][0]
            article = Article(id=str(tid), text=text, date=first.date, title=first.title,
                              url=first.url, path=first.source, lang=lang,
                              date_inferred=first.date_how == "inferred",
                              date_confidence=first.date_confidence,
                              sentences=sentences_from_json(text, analysis), **first.extra)
            stored.append(StoredArticle(tid, article, outlets[tid], first.date_how))
        return stored

    def article(self, text_id: int) -> StoredArticle | None:
        """A stored article by id (its text's id), with every outlet that ran it."""
        found = self.articles([text_id])
        return found[0] if found else None

    def search(self, query: str | Sequence[str], *, start: dt.date | None = None,
               end: dt.date | None = None, lang: str | None = None, limit: int = 20,
               offset: int = 0) -> list[SearchHit]:
        """Sentences matching the query, best first (BM25), each with the days it names and
        its text's outlets; `start`/`end` keep sentences about a day in that range (the days
        they name, else their article's publication day)."""
        match = fts_query(search_terms(query) if isinstance(query, str) else query)
        if match is None:
            return []
        sql = ["SELECT s.id, s.text_id, bm25(sentences_fts), "
               f"highlight(sentences_fts, 0, '{_HIGHLIGHT[0]}', '{_HIGHLIGHT[1]}'), t.lang "
               "FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
               "JOIN texts t ON t.id = s.text_id WHERE sentences_fts MATCH ?"]
        args: list[Any] = [match]
        if lang:
            sql.append("AND t.lang = ?")
            args.append(lang)
        if start or end:
            sql.append("AND EXISTS (SELECT 1 FROM sentence_days d WHERE d.sentence_id = s.id "
                       "AND d.day BETWEEN ? AND ?)")
            args += _day_bounds(start, end)
        sql.append("ORDER BY bm25(sentences_fts) LIMIT ? OFFSET ?")
        args += [limit, offset]
        rows = self.db.execute(" ".join(sql), args).fetchall()
        outlets = self.outlets([r[1] for r in rows])
        days = self._stated_days([r[0] for r in rows])
        hits: list[SearchHit] = []
        for sid, tid, score, marked, text_lang in rows:
            text, spans = _highlights(marked)
            hits.append(SearchHit(sid, tid, text, -score, days.get(sid, []), text_lang, spans,
                                  outlets.get(tid, [])))
        return hits

    def _stated_days(self, sentence_ids: Sequence[int]) -> dict[int, list[dt.date]]:
        days: dict[int, list[dt.date]] = {}
        if not sentence_ids:
            return days
        marks = ",".join("?" * len(sentence_ids))
        for sid, day in self.db.execute(f"SELECT sentence_id, day FROM sentence_days WHERE "
                                        f"stated = 1 AND sentence_id IN ({marks}) ORDER BY day",
                                        list(sentence_ids)):
            days.setdefault(sid, []).append(dt.date.fromisoformat(day))
        return days

    def collection(self, query: Sequence[str] | None = None, *, start: dt.date | None = None,
                   end: dt.date | None = None, lang: str | None = None,
                   among: Sequence[int] | None = None, forms: Sequence[str] = ()) -> list[int]:
        """Every text a timeline of `query` may draw on (ascending ids): with a query, those
        with a sentence matching it (or one of `forms`, other ways of writing its terms); in `lang`; naming a day in [start, end] when a range is
        given; only those of `among` when given (a saved timeline's new texts)."""
        if among is None:
            sql, args, _ = self._collection_sql(query, start, end, lang, forms)
            return sorted(r[0] for r in self.db.execute(sql, args))
        # Only these texts: their own sentences are matched, in a full-text index of their
        # own (matching in the corpus's index reads every match of the query in the corpus,
        # ten times slower for a common word), and not ranked. The probe keeps neither the
        # texts (`content=''`: a match gives only rowids, all it reads) nor their lengths
        # (`columnsize=0`, for ranking): half the cost of indexing a hundred new texts. It is
        # made once per connection and emptied before use (dropping it cost a third as much).
        match = selection_match(query, forms)
        where, filters = self._filters(start, end, lang)
        if match:
            self.db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.probe USING fts5(text, "
                            f"tokenize='{FTS_TOKENIZE}', content='', columnsize=0)")
            self.db.execute("INSERT INTO temp.probe (probe) VALUES ('delete-all')")
        ids = json.dumps(sorted(among))
        conditions, args = [f"t.id IN ({JSON_LIST})", *where], [ids, *filters]
        if match:  # the probe holds only these texts' sentences
            self.db.execute(f"INSERT INTO temp.probe (rowid, text) SELECT id, {_STEMS}(text, lang) FROM sentences "
                            f"WHERE text_id IN ({JSON_LIST})", [ids])
            conditions.append("t.id IN (SELECT s.text_id FROM temp.probe p JOIN sentences s ON s.id = p.rowid "
                              "WHERE probe MATCH ?)")
            args.append(match)
        return sorted(r[0] for r in self.db.execute("SELECT t.id FROM texts t WHERE " + " AND ".join(conditions), args))

    @staticmethod
    def _filters(start: dt.date | None, end: dt.date | None, lang: str | None) -> tuple[list[str], list[Any]]:
        """The conditions on a text `t` (and their args) of a timeline's language and range."""
        where: list[str] = []
        args: list[Any] = []
        if lang:
            where.append("t.lang = ?")
            args.append(lang)
        if start or end:
            where.append("EXISTS (SELECT 1 FROM sentences s2 JOIN sentence_days d ON "
                         "d.sentence_id = s2.id WHERE s2.text_id = t.id AND d.day BETWEEN ? AND ?)")
            args += _day_bounds(start, end)
        return where, args

    def _collection_sql(self, query: Sequence[str] | None, start: dt.date | None,
                        end: dt.date | None, lang: str | None,
                        forms: Sequence[str] = ()) -> tuple[str, list[Any], bool]:
        """The SELECT of matching text ids (`id`, and `score`, best match lowest), its args,
        and whether a query selects them (else every text qualifies)."""
        match = selection_match(query, forms)
        where, args = self._filters(start, end, lang)
        condition = " WHERE " + " AND ".join(where) if where else ""
        if match:
            return ("SELECT t.id AS id, m.score AS score FROM (SELECT tid, min(score) AS score FROM "
                    "(SELECT s.text_id AS tid, sentences_fts.rank AS score FROM sentences_fts "
                    "JOIN sentences s ON s.id = sentences_fts.rowid WHERE sentences_fts MATCH ?) "
                    "GROUP BY tid) m JOIN texts t ON t.id = m.tid" + condition, [match, *args], True)
        return "SELECT t.id AS id, NULL AS score FROM texts t" + condition, args, False

    def timeline_articles(self, query: Sequence[str] | None = None, *,
                          start: dt.date | None = None, end: dt.date | None = None,
                          lang: str | None = None, limit: int | None = 2000,
                          forms: Sequence[str] = ()) -> Selection:
        """The articles a timeline is built from, analysed as stored (no re-analysis), one per
        text with its number of outlets: with a query, the `limit` texts whose sentences match
        it best; else the latest `limit` texts (every one when `limit` is None: a saved timeline). Only texts naming a day in [start, end] when a
        range is given. Also says whether the limit cut the collection."""
        sql, args, matched = self._collection_sql(query, start, end, lang, forms)
        order = ("score" if matched else
                 "(SELECT max(date) FROM articles a WHERE a.text_id = c.id) DESC, c.id DESC")
        ids = [r[0] for r in self.db.execute(f"SELECT c.id FROM ({sql}) c ORDER BY {order} LIMIT ?",
                                             [*args, -1 if limit is None else limit + 1])]  # -1: no limit
        stored = self.articles(sorted(ids[:limit]))
        return Selection([s.article for s in stored], [len(s.outlets) for s in stored],
                         limit is not None and len(ids) > limit)

    def generation(self) -> tuple[int, int, int]:
        """Changes whenever articles or analyses are added or replaced: what a cache of
        results computed from the corpus is keyed by."""
        return self.db.execute("SELECT (SELECT coalesce(max(id), 0) FROM articles), "
                               "(SELECT coalesce(max(id), 0) FROM sentences), "
                               "(SELECT count(*) FROM articles)").fetchone()

    def languages(self) -> dict[str, int]:
        """Texts per language, most first."""
        return {r[0] or "?": r[1] for r in self.db.execute(
            "SELECT lang, count(*) FROM texts GROUP BY lang ORDER BY count(*) DESC, lang")}

    def date_span(self) -> tuple[dt.date | None, dt.date | None]:
        first, last = self.db.execute("SELECT min(date), max(date) FROM articles").fetchone()
        return parse_day(first), parse_day(last)

    def given_span(self) -> tuple[dt.date | None, dt.date | None, int]:
        return _span(self.db.execute(_GIVEN_SPAN).fetchone())

    # -- upkeep -----------------------------------------------------------------------------

    def info(self) -> StoreInfo:
        """Counts for `dateline store info`."""
        one = lambda sql, *a: self.db.execute(sql, a).fetchone()[0]  # noqa: E731
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        current = fingerprint()
        return StoreInfo(
            path=str(self.path), size_bytes=size, schema_version=one("PRAGMA user_version"),
            texts=one("SELECT count(*) FROM texts"), articles=one("SELECT count(*) FROM articles"),
            by_language=self.languages(),
            undated=one("SELECT count(*) FROM articles WHERE date IS NULL"),
            inferred=one("SELECT count(*) FROM articles WHERE date_how = 'inferred'"),
            cached_files=one("SELECT count(*) FROM files"),
            stale_files=one("SELECT count(*) FROM files WHERE fingerprint != ?", current),
            stale_analyses=one("SELECT count(*) FROM texts WHERE fingerprint != ?", current),
            orphan_texts=one("SELECT count(*) FROM texts t WHERE NOT EXISTS "
                             "(SELECT 1 FROM articles a WHERE a.text_id = t.id)"),
            saved_timelines=one("SELECT count(*) FROM timelines"))

    def prune(self) -> dict[str, int]:
        """Remove what no run will use again (cache rows of other versions, texts no article
        refers to), then compact the file. Articles themselves are the corpus and stay."""
        with self._transaction() as db:
            files = db.execute("DELETE FROM files WHERE fingerprint != ?", (fingerprint(),)).rowcount
            texts = db.execute("DELETE FROM texts WHERE NOT EXISTS "
                               "(SELECT 1 FROM articles a WHERE a.text_id = texts.id)").rowcount
            db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize')")
        before = self.info().size_bytes
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"stale_files": files, "orphan_texts": texts,
                "bytes_freed": max(0, before - self.info().size_bytes)}

    # -- saved timelines --------------------------------------------------------------------

    def create_timeline(self, name: str, params: dict[str, Any]) -> int:
        """A new saved timeline, not computed yet (`dateline.saved` computes it); its id."""
        return int(self.db.execute("INSERT INTO timelines (name, created, params) VALUES (?, ?, ?)",
                                   (name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                                    json.dumps(params, ensure_ascii=False))).lastrowid)

    def timeline_tables(self, timeline_id: int) -> SQLiteTimelines:
        """What a saved timeline keeps between updates (`dateline.store.timelines`)."""
        return SQLiteTimelines(self, timeline_id)

    def timeline_history(self, timeline_id: int) -> list[dict[str, Any]]:
        """What happened to a saved timeline, oldest first: created or recomputed (and why),
        then each date that appeared, changed or disappeared, with its sentences before and
        after and the new articles behind the change."""
        return [{"id": r[0], "at": r[1], "change": r[2], "date": r[3], "before": json.loads(r[4] or "null"),
                 "after": json.loads(r[5] or "null"), "because": json.loads(r[6])}
                for r in self.db.execute("SELECT id, at, change, day, before, after, because FROM "
                                         "timeline_changes WHERE timeline_id = ? ORDER BY id",
                                         (timeline_id,))]

    def saved_timelines(self) -> list[SavedTimeline]:
        return [SavedTimeline(r[0], r[1], r[2], json.loads(r[3]), updated=r[4]) for r in self.db.execute(
            "SELECT t.id, t.name, t.created, t.params, s.updated FROM timelines t LEFT JOIN "
            "timeline_state s ON s.timeline_id = t.id ORDER BY t.id DESC")]

    def saved_timeline(self, timeline_id: int) -> SavedTimeline | None:
        r = self.db.execute("SELECT t.id, t.name, t.created, t.params, t.result, s.updated FROM timelines t "
                            "LEFT JOIN timeline_state s ON s.timeline_id = t.id WHERE t.id = ?",
                            (timeline_id,)).fetchone()
        return SavedTimeline(r[0], r[1], r[2], json.loads(r[3]), json.loads(r[4]) if r[4] else None,
                             r[5]) if r else None

    def delete_timeline(self, timeline_id: int) -> bool:
        with self._transaction() as db:
            return db.execute("DELETE FROM timelines WHERE id = ?", (timeline_id,)).rowcount > 0

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _article_from_row(r: tuple[Any, ...]) -> Article:
    """An `articles` row joined with its text, as the reader produced it."""
    text = r[10]
    return Article(id=r[3], text=text, date=parse_day(r[7]), title=r[5], url=r[6], path=r[4],
                   lang=r[12], date_inferred=r[8] == "inferred", date_confidence=r[9],
                   sentences=sentences_from_json(text, r[11]), **extra_from_json(r[13]))


def _article_v1(data: dict[str, Any]) -> Article:
    """An article as schema version 1 wrote it (dataclasses.asdict, ISO date)."""
    sentences = [Sentence(s["start"], s["end"], s["text"], [timex_from_json(t) for t in s["timexes"]],
                          boilerplate=bool(s.get("boilerplate")))
                 for s in data.pop("sentences")]
    return Article(**article_fields(data), sentences=sentences)


def reset(path: str | os.PathLike[str]) -> list[Path]:
    """Delete a store file (and its WAL files), whatever state it is in; returns what was removed."""
    removed: list[Path] = []
    for candidate in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if candidate.is_file():
            candidate.unlink()
            removed.append(candidate)
    return removed
